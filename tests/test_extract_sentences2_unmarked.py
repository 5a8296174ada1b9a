"""An unmarked term opening a sentence that defines it (``srs.core.extract.unmarked``).

The rule is a function of one sentence; these tests call it directly with sentences of their own."""

from __future__ import annotations

import pytest

from srs.core.extract.sentences import Sentence
from srs.core.extract.unmarked import condition_named, named_last, plain_subject


def answer(text: str) -> list[str]:
    found = plain_subject(Sentence(text, (), 0, 0))
    return list(found.answers) if found else []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hysteresis refers to the dependence of a system's state on its history.", ["Hysteresis"]),
        ("A tariff is a tax that a government levies on imported goods.", ["tariff"]),
        ("Osmotic pressure is the pressure needed to stop the flow of water across a membrane.", ["Osmotic pressure"]),
        ("La fotosíntesis es el proceso por el que las plantas producen glucosa.", ["fotosíntesis"]),
        ("La meiosis es la división celular que produce cuatro gametos haploides.", ["meiosis"]),
        ("Le quorum désigne le nombre minimal de membres présents pour délibérer.", ["quorum"]),
        ("A usucapião é a aquisição da propriedade pela posse prolongada.", ["usucapião"]),
        ("Die Gewaltenteilung ist die Verteilung der Staatsgewalt auf mehrere Organe.", ["Gewaltenteilung"]),
        # A word in quotes before the pin.
        ('Style brisé is the "broken" texture of French lute and harpsichord music.', ["Style brisé"]),
        # A relative clause without "that", its subject a pronoun that means anyone.
        ("A budget is the amount you plan to spend each month.", ["budget"]),
        ("The significance level is the threshold you pick before looking at the data.", ["significance level"]),
        ("The reorder point is the stock level at which you order again.", ["reorder point"]),
    ],
)
def test_an_unmarked_term_defined_by_its_sentence(text: str, expected: list[str]) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Budget is the main constraint for the whole team this quarter.",
        "The meeting on Friday was a waste of everyone's time.",
        "The sync interval is the number of minutes between two background syncs.",
        "Alice Smith is the lead of the platform team since May.",
        "Before that there is a fog of half-ideas that feel like understanding.",
        "Lunch is the best part of my day at the office.",
        "Templates are stored in the templates folder by default.",
        "It is a tool that everyone on the team uses daily.",
        # What the reader can do is no relative clause that pins a noun.
        "Cards is a type of view you can use in Bases.",
        "The canvas is the place you can drop any file into.",
    ],
)
def test_statements_about_things_and_people_define_nothing(text: str) -> None:
    assert answer(text) == []


def test_an_upper_case_abbreviation_is_no_pronoun() -> None:
    assert answer("Containment was the US policy of stopping the spread of communism.") == ["Containment"]


# --- a described subject named at the end of its sentence ---------------------------------------


def named(text: str) -> list[str]:
    found = named_last(Sentence(text, (), 0, 0))
    return list(found.answers) if found else []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lowest point of an orbit around the Earth is called the perigee.", ["perigee"]),
        ("A price set by the state above the market price is known as a price floor.", ["price floor"]),
        ("Errors that come from overconfident forecasts are what Philip Tetlock called hedgehog errors.", ["hedgehog errors"]),
        ("The rate at which the economy grows without inflation is known as the NGDP.", ["NGDP"]),
    ],
)
def test_a_described_subject_named_at_the_end(text: str, expected: list[str]) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The little bakery near the station is called Luna.",
        "The spreadsheet we use for budgets is called the tracker.",
        "This old file format is known as the legacy one.",
    ],
)
def test_names_of_places_and_the_writers_things_give_no_card(text: str) -> None:
    assert named(text) == []


# --- measuring and meaning verbs, and a defining appositive after the term ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marginal utility measures the extra satisfaction from one more unit of a good.", ["Marginal utility"]),
        ("Opportunity cost, put simply, means the value of the best alternative given up.", ["Opportunity cost"]),
        ("La productivité mesure la quantité produite par heure de travail.", ["productivité"]),
        ("Overfitting, the tendency of a model to learn noise in its training data, is common in small samples.", ["Overfitting"]),
    ],
)
def test_measuring_meaning_and_appositive_definitions(text: str, expected: list[str]) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Marta, the head of the lab, was away again on Tuesday.",
        "Friday means that the office closes early for everyone.",
    ],
)
def test_roles_and_plans_define_nothing(text: str) -> None:
    assert answer(text) == []


# --- a term named by its condition -----------------------------------------------------------------


def conditioned(text: str) -> list[str]:
    found = condition_named(Sentence(text, (), 0, 0))
    return list(found.answers) if found else []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We speak of a liquidity trap when interest rates are near zero and saving stays high.", ["liquidity trap"]),
        ("A firm has a natural monopoly in a market when one supplier can serve it most cheaply.", ["natural monopoly"]),
    ],
)
def test_a_term_named_by_its_condition(text: str, expected: list[str]) -> None:
    assert conditioned(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We talk about it when we meet on Friday next week.",
        "A team has lunch together when the sprint ends on time.",
    ],
)
def test_plans_and_habits_are_no_conditions(text: str) -> None:
    assert conditioned(text) == []


# --- a generic "a"/"an" subject, and opinions that share the shape --------------------------------


def test_a_generic_subject_with_a_head_pinned_by_any_preposition() -> None:
    assert answer("A caesura is a pause in the middle of a line of verse.") == ["caesura"]


@pytest.mark.parametrize(
    "text",
    [
        "A walk is the best thing in the morning for anyone.",
        "Coffee is a waste of money for most students.",
        "Sleep is the main thing that helps before exams.",
    ],
)
def test_opinions_shaped_like_definitions_give_no_card(text: str) -> None:
    assert answer(text) == []


# --- pointers and pronouns of software documentation in several languages ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Esto significa que tus datos son duraderos y no dependen de un formato.",
        "Das bedeutet, dass die Daten vollständig dir gehören und sicher sind.",
        "Ciò significa che i plugin ereditano i livelli di accesso del programma.",
        "O texto abaixo é um exemplo de um bloco incorporado na nota.",
        "Below is the list of settings that can be changed at any time.",
    ],
)
def test_pronouns_and_pointers_in_documentation_define_nothing(text: str) -> None:
    assert answer(text) == []


def test_unmarked_definitions_reach_the_extractor() -> None:
    from srs.core.extract import extract_note

    text = "# Economics 101\n\nSome intro for the week.\n\nWe speak of moral hazard when insurance makes people take more risks.\n"
    assert ("moral hazard",) in [c.answers for c in extract_note(text, "Economics 101.md").candidates]


def test_front_and_back_in_separate_blocks_are_a_study_pair() -> None:
    from srs.core.extract import extract_note

    cards = extract_note("Front: What organelle makes ATP?\n\nBack: The mitochondrion.\n", "Cards.md").candidates
    assert [c.answers for c in cards] == [("The mitochondrion.",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "you" and "we" inside the clause that pins the definition down mean anyone.
        ("Opportunity cost is the value of the next best alternative you give up.", ["Opportunity cost"]),
        ("Confirmation bias is the tendency to search for information that confirms what we already believe.", ["Confirmation bias"]),
        # Spoken to the reader before the definition is pinned, or about what the reader can do: no card.
        ("Your vault is a folder of notes that Obsidian reads.", []),
        ("Cards is a type of view that you can use in Bases.", []),
        ("A block is a unit of text you should keep short.", []),
    ],
)
def test_generic_you_and_we_after_the_pinned_head(text: str, expected: list[str]) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun without an article, pinned at once by a relative clause.
        ("Chartjunk is decoration that does not tell the viewer anything about the data.", ["Chartjunk"]),
        # "something" is no gerund, and a vague pronoun is no gloss (regression: "Pizza" was a term).
        ("Pizza is something that everyone likes.", []),
        ("Homework is stuff that piles up on Fridays.", []),
    ],
)
def test_a_bare_noun_pinned_at_once_defines(text: str, expected: list[str]) -> None:
    assert answer(text) == expected
