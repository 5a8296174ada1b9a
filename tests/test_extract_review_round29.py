"""Regression tests for the review of the rules added in rules-29: each false card a reviewer
found in realistic notes, and the card the rule is for beside it."""

from __future__ import annotations

from srs.core.extract import extract_note


def answers(text: str, path: str = "Lecture 4.md") -> list[tuple[str, ...]]:
    return [c.answers for c in extract_note(text, path).candidates]


def test_a_nickname_or_what_the_writer_is_called_is_no_japanese_term() -> None:
    note = "# 日記\n\n友達はみんな彼女を**リンちゃん**と呼んでいる。\n\nうちの子は私のことを**ママ**と呼ぶ。\n"
    assert answers(note) == []
    named = "# ペンギン\n\n親が海へ出ている間、雛たちが集まって身を寄せ合う集団を**クレイシ**（crèche）という。\n"
    assert answers(named) == [("クレイシ",)]


def test_a_double_dash_inside_a_flattened_answer_is_part_of_it() -> None:
    note = "# Git Q&A\n\nQ: How do you throw away local changes to one file? A: git checkout -- file.txt Q: Which command lists stashes? A: git stash list\n"
    assert answers(note) == [("git checkout -- file.txt", "git stash list")]


def test_a_verdict_or_a_list_after_is_the_is_no_name() -> None:
    note = (
        "# Notes\n\nSome context here.\n\n"
        "The agenda for the kickoff meeting is the following: intro, scope, budget.\n\n"
        "The place we booked for the anniversary is the Pestana: a **gorgeous** old palace on the river.\n"
    )
    assert answers(note) == []


def test_a_lower_case_byline_gets_no_vouching_from_a_run() -> None:
    note = (
        "# Lecturas\n\n"
        "- **Dune** — frank herbert, relectura en verano\n"
        "- Piranesi — susanna clarke, me lo recomendó Ana\n"
        "- Sapiens — yuval noah harari, a medias\n"
    )
    assert ("Dune",) not in answers(note, "Libros/Lecturas.md")


def test_a_diarys_deed_and_what_the_thing_was_like_is_no_appositive_term() -> None:
    note = (
        "# Notes\n\nSome context first.\n\n"
        "Booked the cottage, a stone house with wood-burning stoves near the lake.\n\n"
        "Dad finally fixed the gate, a wooden fence built around the old posts.\n"
    )
    assert answers(note) == []


def test_a_flattened_logs_three_items_are_no_lecture_list() -> None:
    """Items glossed by what the writer did ("sown indoors", "turned it twice") are a log's, not a lecture's."""
    note = (
        "# Spring garden (April, after the late frost) - tomatoes: sown indoors, waiting for the last frost"
        " - compost: turned it twice this month with the fork - slugs: a real problem again near the lettuce, beer traps did nothing\n"
    )
    assert answers(note, "Garden/Spring garden.md") == []


def test_apart_from_or_unlike_after_a_japanese_term_is_no_definition() -> None:
    """"**X**（月曜）とは別に" is "apart from X (Monday)": an aside that is no reading, and とは
    followed by 別, 違 or 異 sets something apart, it does not define."""
    assert answers("# 会議\n\n**定例会議**（月曜）とは別に、金曜にも短い打ち合わせがある。\n") == []
    assert answers("# 旅行\n\n**新幹線**（のぞみ）とは違って、こだまは各駅に止まる。\n") == []
