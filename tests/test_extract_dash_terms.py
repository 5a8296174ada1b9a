"""Terms glossed between dashes, or after a lead-in and a dash, in the middle of prose."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(sentence: str) -> list[str]:
    note = f"# Notes\n\nA first line about other things.\n\n{sentence}\n"
    return [a for c in extract_note(note, "Soil/Notes.md").candidates for a in c.answers]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Soil texture — the relative proportions of sand, silt and clay particles — is a given for a field.", "Soil texture"),
        ("A step further: hormesis — a biphasic dose-response in which a low dose helps and a high dose harms.", "hormesis"),
        ("Citizens did it too, e.g. clipping — shaving slivers of metal off the edge of a coin.", "clipping"),
    ],
)
def test_a_term_glossed_after_a_dash_is_hidden(sentence: str, term: str) -> None:
    assert answers(sentence) == [term]


@pytest.mark.parametrize(
    "sentence",
    [
        "Meeting — the usual crowd — went long.",
        "We met Darwin — the man who wrote the book of the year — at the bar.",
        "Then: lunch — the best part of the day at the old place by the river.",
    ],
)
def test_a_dash_after_a_name_or_a_report_gives_nothing(sentence: str) -> None:
    assert answers(sentence) == []


def test_a_meetings_heading_names_its_topic_and_decision_not_a_term() -> None:
    note = "# Sync: move mobile cache from Realm to SQLite\n\n**Status:** decided\n**Owner:** Priya\n"
    assert extract_note(note, "Work/Meeting 2024-05-21 - cache migration.md").candidates == ()
    log = "# Homelab: move everything to compose and retire the old box\n\n- [x] backups first\n"
    assert extract_note(log, "Home/Homelab migration log.md").candidates == ()
    # A study log's heading that defines is still a card.
    studied = "# Osmosis: the movement of water across a membrane\n\nRead ch. 3 today.\n"
    assert [c.answers[0] for c in extract_note(studied, "Journal/Study journal.md").candidates] == ["Osmosis"]
    # The same heading in a study note glosses its term.
    study = "# Entropy: a measure of the disorder of a system\n\nMore below.\n"
    assert [c.answers[0] for c in extract_note(study, "Physics/Thermo notes.md").candidates] == ["Entropy"]


def test_a_remark_labelled_irony_is_no_term() -> None:
    note = (
        "# The library survived the fire\n\nSome context.\n\n"
        "Irony: the sack of the city in 612 BC is what baked the clay tablets hard.\n"
    )
    assert "Irony" not in [c.answers[0] for c in extract_note(note, "History/The library survived the fire.md").candidates]
