"""Sentence shapes generalised after measuring the extractor on notes it had never seen
(``tests/corpus/dev6``). Each shape has sentences that must give a card and look-alike
sentences that must not."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


# --- an aside that is a described noun phrase defines the term --------------------------------


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        (
            "# Terminal velocity\n\nTerminal velocity, the highest speed reached by a body falling through a fluid, "
            "depends on its drag.\n",
            "Terminal velocity.md",
            ["Terminal velocity"],
        ),
        (
            "# Physics\n\n## Half-life\n\nHalf-life, the time needed for half of a sample to decay, varies from "
            "microseconds to billions of years.\n",
            "Physics.md",
            ["Half-life"],
        ),
    ],
)
def test_an_appositive_aside_defines_the_title_or_heading_term(text: str, path: str, expected: list[str]) -> None:
    assert answers(text, path) == expected


def test_an_aside_about_the_writers_own_people_defines_nothing() -> None:
    text = "# Team\n\n## Marta\n\nMarta, the head of our lab, was away again on Tuesday.\n"
    assert answers(text, "Team.md") == []


# --- a work introduces a named thing and describes it in an appositive --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Summary\n\nThe authors introduce ResNet, a network built from residual blocks with skip connections.\n", ["ResNet"]),
        ("Hinton's group proposed the Capsule Network, an architecture based on groups of neurons.\n", ["Capsule Network"]),
    ],
)
def test_an_introduced_name_with_a_described_appositive_gives_a_card(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "At dinner I introduced Marco, a colleague of mine from the old job.\n",
        "They presented Alice, a friend of ours from school, to the committee.\n",
        "The paper introduces the problem, a question that is still open.\n",
    ],
)
def test_introducing_a_person_or_a_plain_noun_gives_no_card(text: str) -> None:
    assert answers(text) == []


# --- a dash announces a gloss without an article -------------------------------------------------


def test_a_dash_gloss_without_article_defines_a_lower_case_term_after_a_verb() -> None:
    text = "2. Keep *index cards* — entry points to clusters of related notes.\n"
    assert answers(text) == ["index cards"]


@pytest.mark.parametrize(
    "text",
    [
        "Ship *release notes* – updated daily with the fixes of the week.\n",
        "Read **Dune** — great book with a slow start.\n",
    ],
)
def test_a_dash_remark_after_a_term_gives_no_card(text: str) -> None:
    assert answers(text) == []


# --- a process named by its modifier, defined by the condition it happens under ------------------


def test_a_modifier_term_of_a_process_defined_by_its_condition() -> None:
    assert answers("An *isobaric* process occurs at constant pressure.\n") == ["isobaric"]


@pytest.mark.parametrize(
    "text",
    [
        "A **slow** process happens when you least expect it to.\n",
        "The *big* event takes place on Friday at noon.\n",
    ],
)
def test_a_process_remark_or_an_appointment_gives_no_card(text: str) -> None:
    assert answers(text) == []


# --- a term with its abbreviation or symbol, in other languages and before a colon gloss ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La tasa interna de retorno (TIR) es la tasa de descuento que anula el valor actual neto.\n", ["tasa interna de retorno"]),
        ("Die Bundesversammlung (BV) ist das Organ, das den Bundespräsidenten wählt.\n", ["Bundesversammlung"]),
        ("Spring constant ($k$): the force needed per unit of extension of the spring.\n", ["Spring constant"]),
    ],
)
def test_an_abbreviated_or_symbolised_term_is_defined_in_any_language(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_a_parenthesised_date_before_a_colon_is_no_abbreviation() -> None:
    assert answers("Retro (Thursday): the sprint went well for the whole team.\n") == []


# --- kinds enumerated after a lead, each glossed in parentheses ------------------------------------


def test_kinds_enumerated_with_parenthesised_glosses_are_terms() -> None:
    text = "Rocks come in three classes: **igneous** (cooled from magma), **sedimentary** (laid down in layers) and **metamorphic** (changed by heat).\n"
    assert answers(text) == ["igneous", "sedimentary", "metamorphic"]


def test_the_writers_own_kinds_of_things_give_no_card() -> None:
    text = "We had two kinds of cake: **chocolate** (rich and dark) and **lemon** (tart and fresh).\n"
    assert answers(text) == []


# --- a saying named by a word before it and glossed after it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The motto *liberté, égalité, fraternité* ("liberty, equality, fraternity") dates from the Revolution.\n', ["liberté, égalité, fraternité"]),
        ("Stoics repeated the maxim *memento mori*, meaning remember that you will die.\n", ["memento mori"]),
    ],
)
def test_a_saying_with_its_translation_is_a_term(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_a_title_in_parentheses_after_a_phrase_is_no_translation() -> None:
    assert answers("The phrase *Dune* (a book I love) came up at dinner.\n") == []
