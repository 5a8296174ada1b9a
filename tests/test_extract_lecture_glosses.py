"""Lecture notes gloss their terms in fragments: a bullet "term: the time for ...", a section under
a lower-case heading of two words or more glossed by its first bullet. Each case is a note shape
that once gave no card, beside the note that must stay silent though it reads alike."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Geology/Lecture 4.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def test_a_gloss_opening_with_the_and_a_number_word_is_no_particular_thing() -> None:
    """"the time for one full cycle" is a measure; "the red one" is a particular thing."""
    note = "# Vibration wk 3\n\n- period: the time for one full swing of the pendulum, about 2 s here\n- mass of the bob barely matters\n"
    assert answers(note, "Physics/Vibration wk 3.md") == ["period"]
    assert answers("# Bikes\n\n- mine: the red one with the basket\n", "Home/Bikes.md") == []


def test_a_gloss_with_a_conditional_gets_broken_is_no_report() -> None:
    note = (
        "# Coasts lect 2\n\n- scarp: a steep face cut into the foredune once the toe gets broken by storm waves\n"
        "- ask about the Holderness data\n"
    )
    assert answers(note, "Geography/Coasts lect 2.md") == ["scarp"]
    assert answers("# Standup 12 Mar\n\n- pipeline: broken again, Ana is on it\n", "Work/Standup 12 Mar.md") == []


def test_a_gloss_repeating_the_kind_pinned_by_a_comparison_defines() -> None:
    note = "# Frames wk 6\n\n- weak beam: a beam much less stiff than the columns it joins, so it yields first\n"
    assert answers(note, "Engineering/Frames wk 6.md") == ["weak beam"]


LOWER_CASE_SECTIONS = """# Salt marsh zonation — lecture 5

- zonation follows how often the tide floods the surface

## pioneer zone
- bare mud colonised by glasswort and cord grass, flooded twice a day
- sediment trapping starts here

## low marsh
- dense sward of saltmarsh grass just above the pioneer zone, flooded most tides
- grazing by geese

## upper marsh
- drier ground reached only by spring tides, with sea lavender and thrift
- rushes at the back edge

## Creek
- creek: a channel cut into the marsh that drains it on the ebb
"""


def test_lower_case_headings_of_two_words_glossed_by_their_first_bullet_are_terms() -> None:
    found = answers(LOWER_CASE_SECTIONS, "Geography/Salt marsh lecture 5.md")
    assert {"pioneer zone", "low marsh", "upper marsh", "creek"} <= {a.lower() for a in found}


def test_lower_case_topic_headings_of_a_log_stay_silent() -> None:
    note = (
        "# Week 12\n\n## key points\n- the deadline moved to Friday after the review\n\n"
        "## my thoughts\n- still unsure whether the second chapter works\n\n"
        "## next steps\n- email the supervisor, book the room\n"
    )
    assert answers(note, "Journal/Week 12.md") == []
