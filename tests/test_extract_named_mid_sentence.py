"""A term named by "is called" or "a kind called" in the middle of a sentence, with a remark after
its comma, colon, semicolon or dash; a phrasal verb ("called off") names nothing."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("That diagonal give is called bias stretch, and the whole panel layout of a sail fights it.", "bias stretch"),
        ("The invertebrates living in there are collectively called the hyporheos.", "hyporheos"),
        ("This adaptation is called cold water habituation: the body learns to blunt the gasp.", "cold water habituation"),
        ("That mix of patterns is called split ergativity — here the split is conditioned by aspect.", "split ergativity"),
        ("When they surface they let out a long whistling exhale called isobue; it helps recover the breath.", "isobue"),
        ("Plotting the sun's position at the same clock time every day gives the figure-8 called the analemma.", "analemma"),
    ],
)
def test_a_term_named_in_the_middle_of_its_sentence(sentence: str, term: str) -> None:
    assert term in answers(f"# Notes\n\nSome context first.\n\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "The match against the second team was called off, because of the rain all week.",
        "The whole family of my neighbour is called Smith, and they moved in last May.",
    ],
)
def test_a_phrasal_verb_or_a_name_is_no_term(sentence: str) -> None:
    assert answers(f"# Diary\n\n{sentence}\n") == []
