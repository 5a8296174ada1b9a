"""The whole obsidian-help vault (software documentation, 2,300 notes in many languages) extracts
without an exception, and its UI instructions do not become cards."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from srs.core.extract import extract_note

VAULT = Path(__file__).resolve().parents[2] / "shared" / "vaults" / "obsidian-help"

pytestmark = pytest.mark.skipif(not VAULT.is_dir(), reason="../shared/vaults/obsidian-help absent")

_UI = re.compile(r"^(?:Select|Click|Press|Tap|Open|Go to|Navigate|Choose)\b|→")


def test_every_note_extracts_and_ui_steps_give_no_cards() -> None:
    total = 0
    for path in sorted(VAULT.rglob("*.md")):
        rel = path.relative_to(VAULT).as_posix()
        note = extract_note(path.read_text(encoding="utf-8", errors="replace"), rel)
        assert note.info.path == rel
        for card in note.candidates:
            total += 1
            assert "{{c" in card.text, (rel, card)
            assert all(a in card.text for a in card.answers), (rel, card)
            assert "[[" not in card.text and "**{{" not in card.text and "}}**" not in card.text, (rel, card)
            if card.rule not in ("cloze_markup", "highlight"):
                assert not _UI.search(card.text), (rel, card.text)
    # Documentation is mostly instructions: only a small share of its sentences are definitions.
    assert 0 < total < 600
