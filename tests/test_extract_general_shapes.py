"""General sentence shapes that name or define a term, found by measuring the extractor on notes
it had never seen (``tests/corpus/dev4``). Each shape has sentences that must give a card and
sentences of a look-alike shape that must not."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


# --- an appositive that names what the words before it describe ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A lake with no outflow to the sea, an *endorheic basin*, loses water only by evaporation.\n", ["endorheic basin"]),
        ("The wave heights add up at one point, the **constructive interference**, then cancel further on.\n", ["constructive interference"]),
        ("A word borrowed back into its source language — a **reborrowing** — often changes meaning.\n", ["reborrowing"]),
        ("Its counterpart, **negative feedback**, damps any change in the system.\n", ["negative feedback"]),
        ("The inventor of the printing press, **Johannes Gutenberg**, worked in Mainz.\n", ["Johannes Gutenberg"]),
    ],
)
def test_naming_appositive_gives_the_named_term(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We bought apples, pears, the **plums**, and some grapes.\n",
        "Bring the tent, a **torch**, and enough water for two days.\n",
        "I met Ana at the station, the **old one**, and we walked home.\n",
    ],
)
def test_lists_and_asides_are_no_naming_appositive(text: str) -> None:
    assert answers(text) == []


# --- a common-noun term at a sentence start, described by what it does --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Garbage collection** reclaims memory that the program can no longer reach.\n", ["Garbage collection"]),
        ("*Cross-validation* estimates how well a model generalises to unseen data.\n", ["Cross-validation"]),
    ],
)
def test_common_term_described_by_its_verb(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "**Kahneman** argues that intuition is often overconfident in noisy domains.\n",
        "**Maria Lopez** presents the quarterly numbers at the next meeting.\n",
    ],
)
def test_a_name_at_the_start_is_no_described_term(text: str) -> None:
    assert answers(text) == []


# --- a bare plural subject pinned by a relative clause, then the term ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Animals that are active mainly at night are **nocturnal**.\n", ["nocturnal"]),
        ("Words that sound alike but differ in meaning are *homophones*; *homonyms* share spelling too.\n", ["homophones"]),
    ],
)
def test_described_plural_subject_names_the_term(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_a_plural_subject_without_a_relative_clause_names_nothing() -> None:
    assert answers("Cats in our street are **everywhere** this summer.\n") == []
