"""A note titled by its term opens with the term and what it is, in shapes beyond "X is a ...":
a bare noun pinned by "about", two authors' method, a quoted term, a term with what it belongs
to, and a long noun phrase pinned by a relative clause."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def title_answers(title: str, body: str) -> list[str]:
    """The answers of every card of a note titled ``title`` holding ``body``."""
    return [a for c in extract_note(f"{body}\n", f"Topic/{title}.md").candidates for a in c.answers]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A bare noun pinned by "about".
        ("Beta", "Beta is information about how to climb a particular problem: which holds to use.", ["Beta"]),
        # Two authors before the possessive.
        (
            "Zone System",
            "The Zone System is Adams and Fred Archer's method for choosing exposure and development.",
            ["Zone System"],
        ),
        # A quoted term, then its copula.
        (
            "Yes, and",
            '"Yes, and" is the basic agreement rule of improv: accept whatever your partner establishes.',
            ["Yes, and"],
        ),
        # The term, then what it belongs to.
        (
            "Light cone",
            "The light cone of an event is the set of all spacetime points that a light signal could reach.",
            ["light cone"],
        ),
        # A noun phrase of six words pinned by "that".
        (
            "Ampullae of Lorenzini",
            "The ampullae of Lorenzini are jelly-filled pores on a shark's snout that detect weak electric fields.",
            ["ampullae of Lorenzini"],
        ),
    ],
)
def test_a_title_defined_by_its_opening_sentence(title: str, body: str, expected: list[str]) -> None:
    assert title_answers(title, body) == expected


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # A quoted term said to mean several things is a warning, not a definition.
        ("RS lect 2 - resolution", '"resolution" means 4 diff things, don\'t mix them up in the exam!!'),
        # A state, not a noun, before "about".
        ("Beta", "Beta is worried about the release and wants another week."),
        # A particular one, not what the term belongs to.
        ("Dinner party", "The dinner party of the year is the one at Anna's, always in December."),
        # An adjective of opinion after the copula.
        ("Zone System", "The Zone System is great for beginners who want to print well."),
    ],
)
def test_remarks_that_open_with_the_title_stay_silent(title: str, body: str) -> None:
    assert title_answers(title, body) == []


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Quadratic residues",
            "An integer a is a quadratic residue modulo p if it is congruent to a perfect square mod p.",
            ["quadratic residue"],
        ),
        ("Accretion dilution", "A deal is accretive when pro forma EPS is above the buyer's standalone EPS.", ["accretive"]),
        (
            "Pipelines should be idempotent",
            "A job is idempotent when running it twice with the same input leaves the same state.",
            ["idempotent"],
        ),
    ],
)
def test_a_term_earned_under_a_condition_the_title_names(title: str, body: str, expected: list[str]) -> None:
    assert title_answers(title, body) == expected


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # The title does not name the state: a kitchen's or a diary's remark.
        ("Sunday baking", "A cake is done when a skewer comes out clean from the middle."),
        ("Weekly review", "A week is a success if I ship at least one thing and sleep enough."),
    ],
)
def test_a_condition_of_an_ordinary_state_stays_silent(title: str, body: str) -> None:
    assert title_answers(title, body) == []


def test_an_abbreviation_may_stand_between_a_bold_term_and_its_equals_sign_in_prose() -> None:
    body = "Going through a wall that should be solid. **Out of bounds** (OoB) = ending up outside the playable area because of it."
    assert title_answers("Types of glitches", body) == ["Out of bounds"]


@pytest.mark.parametrize(
    "body",
    [
        "Good match. **Score** (final) = 3-1 for us, a great game.",
        "Shopping. **Milk** (2L) = 1.49 at the corner shop today.",
        "Gym. **Deadlift** (DL) = 100 kg today, a new record.",
    ],
)
def test_a_quantity_after_a_bracket_and_an_equals_sign_is_no_gloss(body: str) -> None:
    assert title_answers("Log", body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "**Martyngał** to proces stochastyczny, w którym warunkowa wartość oczekiwana jest równa obecnej.",
            ["Martyngał"],
        ),
        ("**Entropie** je míra neuspořádanosti systému v termodynamice.", ["Entropie"]),
        # The writer's own things: "my notes are my thoughts of the day".
        ("**Notatki** to moje myśli z dnia, nic więcej, żadnych definicji.", []),
        # A place, a state, a superlative, a passive: a diary's or a manual's remarks.
        ("**Przycisk** jest na górze ekranu, naciśnij go, żeby zapisać.", []),
        ("**Obiad** jest gotowy o piątej, przyjdź wcześniej, proszę.", []),
        ("**Wykład** to najnudniejsza część tygodnia, serio, każdy to wie.", []),
        ("**Pondělí** je můj nejhorší den, vždycky prší a je zima.", []),
        ("**Funkcje globalne** są używane bez typu w każdej formule.", []),
        # A diary's day: "tomorrow is a day off".
        ("**Jutro** to dzień wolny, więc śpię dłużej niż zwykle.", []),
        # English: "to" after a bold word is no copula.
        ("**Pass** to the left wing when the defender steps up.", []),
    ],
)
def test_polish_and_czech_define_without_an_article(body: str, expected: list[str]) -> None:
    assert title_answers("Notatki", "Wstęp do tematu.\n\n" + body) == expected


def test_italian_plurals_define_with_i() -> None:
    body = "- Le **tessere** sono i piccoli pezzi di pietra o di vetro con cui si compone il mosaico."
    assert title_answers("Mosaici di Ravenna", "Appunti.\n\n" + body) == ["tessere"]


def test_a_title_term_followed_by_of_keeps_its_whole_phrase() -> None:
    """"The term structure of rates is ..." in a note titled "Term structure": "of" is no head noun
    after the title's words, so the cloze does not end on it."""
    from srs.core.extract import extract_note

    note = "The term structure of rates is the curve of yields against time to maturity.\n"
    cards = extract_note(note, "Finance/Term structure.md").candidates
    assert [c.answers for c in cards] == [("term structure of rates",)]
