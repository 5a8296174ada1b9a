"""Abbreviations spelled out on an entry line: the card hides the abbreviation whatever the gloss
goes on to say (a figure, the reader, a remark), and only a real expansion counts."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note
from srs.core.extract.entrylines import entry_line
from srs.core.extract.initials import spells_out


def answers(text: str, path: str = "Notes/Lecture 4.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("abbreviation", "text", "expected"),
    [
        ("MLVSS", "mixed liquor volatile suspended solids, in mg/L", True),
        ("FONSI", "finding of no significant impact", True),  # the "of" gives its initial
        ("AVAD", "años de vida ajustados por discapacidad", True),  # "de" and "por" give none
        ("PPK", "post-processed kinematic, done in the office", True),  # a hyphenated word gives two
        ("CBM", "contrary body movement", True),
        ("BSE", 'bovine spongiform encephalopathy ("mad cow"), UK epidemic', True),  # an aside may follow
        ("USB", "plugged the drive in again", False),
        ("ASAP", "send the deck to Tom", False),
        ("RTK", "the real thing, kind of", False),
        # The letters open a sentence that goes on: no expansion.
        ("AB", "Ana booked the room, moved to Friday", False),
        ("ETA", "end of Thursday at the latest", False),
    ],
)
def test_spells_out(abbreviation: str, text: str, expected: bool) -> None:
    assert spells_out(abbreviation, text) is expected


def test_lecture_abbreviations_give_cards() -> None:
    note = (
        "# Aquaculture lecture 4\n\n"
        "- **FCR** (feed conversion ratio) = the feed given per kilo of weight gained; salmon ~1.1–1.3\n"
        "- **CRR** — Certified Realtime Reporter; you write live to a screen and need 96% accuracy\n"
        "- MLVSS – mixed liquor volatile suspended solids, the living part of the sludge in the tank\n"
    )
    cards = extract_note(note, "Aquaculture lecture 4.md").candidates
    # An abbreviation beside its expansion gives the other away: both are hidden in one cloze when
    # the rest of the gloss still says what the thing is; after a remark the expansion is the cue.
    assert [c.answers for c in cards] == [
        ("FCR", "feed conversion ratio"),
        ("CRR",),
        ("MLVSS", "mixed liquor volatile suspended solids"),
    ]
    assert cards[0].text.startswith("{{c1::FCR}} ({{c1::feed conversion ratio}}) = the feed given")
    assert cards[1].text.startswith("{{c1::CRR}} — Certified Realtime Reporter; you write")
    assert cards[2].text.startswith("{{c1::MLVSS}} – {{c1::mixed liquor volatile suspended solids}}, the living part")


def test_an_expansion_that_is_the_whole_gloss_stays_in_sight() -> None:
    # Hiding both would leave nothing to recall them by.
    cards = extract_note("# Pharmacology week 2\n\n- TTFL = transcription-translation feedback loop\n", "Pharmacology week 2.md").candidates
    assert [(c.answers, c.text) for c in cards] == [(("TTFL",), "{{c1::TTFL}} = transcription-translation feedback loop")]


@pytest.mark.parametrize(
    "note",
    [
        "# Week 3\n\n- USB: plugged the drive in again, still nothing\n- ASAP - send the deck to Tom before Friday\n",
        "# Tasks\n\n- TODO: take out the bins before Friday\n",
    ],
)
def test_capitals_that_spell_nothing_stay_silent(note: str) -> None:
    assert answers(note) == []


@pytest.mark.parametrize(
    "line",
    [
        # The letters spelled out, but what follows is news, a step, code, a menu or a remark.
        "CI: currently idle",
        "OK: only kidding, see you at 5",
        "PR: please review by Friday",
        "SF: see `foo --bar`",
        "CP: click **Preferences**",
        "API: all pages implemented, tests green since 14:00.",
    ],
)
def test_spelled_capitals_with_news_or_steps_are_no_entry(line: str) -> None:
    assert entry_line(line) is None



def test_a_term_with_its_own_script_in_brackets_is_defined_by_the_copula() -> None:
    """"Bonsai (盆栽, "tray planting") is the Japanese art of ...": the reading in brackets is an
    aside of the term, as an abbreviation is."""
    note = '# Japanese arts\n\nBonsai (盆栽, "tray planting") is the Japanese art of growing miniature trees in shallow pots.\n'
    cards = extract_note(note, "Arts/Japanese arts.md").candidates
    assert [c.answers for c in cards] == [("Bonsai",)]
    assert cards[0].text.startswith('{{c1::Bonsai}} (盆栽, "tray planting") is the Japanese art')


def test_only_the_expansion_is_hidden_beside_its_abbreviation() -> None:
    note = (
        "# Radio lecture 3\n\n"
        "- **MUF** (maximum usable frequency, dt. höchste brauchbare Frequenz) — the highest frequency the layer still returns\n"
        "- HPLC: high-performance liquid chrom., the column method run at high pressure\n"
    )
    texts = [c.text for c in extract_note(note, "Radio lecture 3.md").candidates]
    # What the aside adds stays in sight; a shortened word keeps its stop inside the cloze.
    assert texts[0].startswith("{{c1::MUF}} ({{c1::maximum usable frequency}}, dt. höchste brauchbare Frequenz) — ")
    assert texts[1].startswith("{{c1::HPLC}}: {{c1::high-performance liquid chrom.}}, the column method")
