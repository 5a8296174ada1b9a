"""Words that label a line of notes rather than name a term (``labelwords``): the remark after
"Tension:", "History:", "Relates to:", "Weak spot:" or "Arguments for:" is no gloss of the label,
while a concept that ends in such a word keeps its card."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str) -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    "line",
    [
        "Tension: one national rate against rates fitted to local labour markets.",
        "History: the first plants were built in the seventies near the salt domes.",
        "Tactics: pickets at the door, rattles to warn the street, banners on every close.",
        "Formation: the bodies probably formed closer in and were flung outward by the planets.",
        "Relates to: the cache design, the write-ahead log and the backup schedule.",
        "Weak spot: the catalyst is easily poisoned by sulfur, so the feed must be clean.",
        "Arguments for: simplicity, no poverty trap and more bargaining power for workers.",
    ],
)
def test_a_label_and_its_remark_make_no_card(line: str) -> None:
    note = f"# Notes\n\nSome context for the topic at hand, written as plain prose.\n\n- {line}\n"
    assert answers(note, "Topics/Notes.md") == []


def test_a_concept_ending_in_a_label_word_keeps_its_card() -> None:
    note = "- **Surface tension**: the energy needed to enlarge a liquid's surface by one unit of area\n"
    assert answers(note, "Physics/Liquids.md") == ["Surface tension"]


def test_a_lectures_history_line_and_a_dated_line_are_no_entries_of_its_glossary_run() -> None:
    note = (
        "# ASTR 101 — L7 — spectra\n\n"
        "- emission line: light at one wavelength from atoms dropping to a lower level\n"
        "- absorption line: a dark gap where cooler gas in front takes light out\n"
        "- history: 1814 Fraunhofer maps hundreds of dark lines in sunlight\n"
        "- 1859 Kirchhoff and Bunsen: each element has its own set of lines\n"
        "- continuum: the smooth spectrum of a hot dense body\n"
    )
    found = answers(note, "Astro/ASTR 101 L7 - spectra.md")
    assert found == ["emission line", "absorption line", "continuum"]
    german = "# Sterne — VL 3\n\n- Vorgeschichte: Stern auf dem Riesenast, starke Winde und großer Massenverlust\n"
    assert answers(german, "Astro/Sterne VL 3.md") == []
