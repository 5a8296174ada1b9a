"""A described subject, then the name a copula gives it: "The rotating updraft is the
mesocyclone, typically ...". Choices, verdicts, named things and lists of roles stay silent."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(sentence: str) -> list[str]:
    note = f"# Notes\n\nSome context comes first here.\n\n{sentence}\n"
    return [a for c in extract_note(note, "Topic/Notes.md").candidates for a in c.answers]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The sinking cold air under the storm is the downburst, up to 50 m/s at the ground.", ["downburst"]),
        ("The narrow, high-pitched drum is the dayan: carved from one block of rosewood.", ["dayan"]),
        ("The oldest carved slabs are the Danzantes.", ["Danzantes"]),
        ("The pufferfish family is Tetraodontidae, after the four fused teeth of the beak.", ["Tetraodontidae"]),
        # (Emphasis inside the gloss marks its parts, not another term.)
        # (A noun ending as an adjective does, glossed after its colon, is still the name.)
        ("The metric foot of the limerick is the anapaest: two light beats, then a heavy one.", ["anapaest"]),
        ("The middle foot of the line is the amphibrach: a light, a heavy and a light beat (da-*DUM*-da).", ["amphibrach"]),
    ],
)
def test_a_described_subject_named_after_its_copula(sentence: str, expected: list[str]) -> None:
    assert answers(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The best option is the bus, it leaves every ten minutes.",
        "The main problem is the cost: nobody budgeted for the licence.",
        "The Great Barrier Reef is the obvious example, with thousands of reefs.",
        "The verb is the action, the actants are the characters, the rest the setting.",
        "The peacock's tail is the poster child — a weak male could not survive dragging it.",
        "The water in the lake was freezing, so we turned back.",
        "The lens order is its size class: first order is the largest.",
        "The term is Lee Ross's (1977).",
    ],
)
def test_choices_verdicts_named_things_and_roles_stay_silent(sentence: str) -> None:
    assert answers(sentence) == []
