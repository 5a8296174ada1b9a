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


def test_a_kind_of_two_words_named_a_bold_kind() -> None:
    text = "# Shipping\n\nCarriers cancel calls. A cancelled departure is a **blank sailing** (also \"void sailing\").\n"
    assert answers(text) == ["blank sailing"]
    assert answers("# Diary\n\nThe new plan is a **huge** relief for everyone.\n") == []


def test_a_pronoun_opening_a_marked_term_names_that_term_not_the_title() -> None:
    text = "# Lacto-fermentation\n\nSome text here.\n\nIt is usually **kahm yeast** — a harmless, flat, wrinkly white layer of wild yeast.\n"
    found = extract_note(text, "Pickling/Lacto-fermentation.md").candidates
    assert [tuple(c.answers) for c in found] == [("kahm yeast",)]


def test_a_glossary_in_field_syntax_in_a_script_without_spaces() -> None:
    text = (
        "# ホタル用語集\n\n発光器:: 腹部の末端近くにある光を出す器官。発光細胞と反射層からなる。\n"
        "蛍狩り:: 夏の夜にホタルを見に行くこと。夏の季語。\n"
    )
    assert answers(text, "Fireflies/ホタル用語集.md") == ["発光器", "蛍狩り"]
    assert answers("# 日記\n\n状態:: 完了\n作成:: 2024年3月12日\n", "Daily/日記.md") == []
