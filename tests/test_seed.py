"""The seed note, restored and as received (flattened to one line), gives the same clean cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from srs.core.extract import extract_note

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
RESTORED = SEEDS / "Empathic attunement.md"
FLATTENED = SEEDS / "000_bb6cb23113a94715.txt"
REQUIRED = {"empathic attunement", "experience-near", "Good Enough Mothering"}

pytestmark = pytest.mark.skipif(not RESTORED.exists() or not FLATTENED.exists(), reason="../shared seeds absent")


def _cards(path: Path):
    return extract_note(path.read_text(encoding="utf-8"), "Psychology/Empathic attunement.md").candidates


@pytest.mark.parametrize("path", [RESTORED, FLATTENED], ids=["restored", "flattened"])
def test_seed_yields_the_three_defined_terms(path: Path) -> None:
    cards = _cards(path)
    answers = {a for c in cards for a in c.answers}
    assert REQUIRED <= answers
    attunement = next(c for c in cards if c.answers == ("empathic attunement",))
    assert attunement.text == (
        "This quality of connection is called {{c1::empathic attunement}}, which is our capacity to "
        "understand and experience what someone else is going through."
    )


@pytest.mark.parametrize("path", [RESTORED, FLATTENED], ids=["restored", "flattened"])
def test_seed_cards_are_clean_and_labels_give_nothing(path: Path) -> None:
    for card in _cards(path):
        assert "**" not in card.text and "[[" not in card.text and "[^" not in card.text
        assert "{{c1::" in card.text
        for label in ("Up", "Tags", "Planted", "Next", "Back", "See Also"):
            assert not card.text.startswith(label) and label + ":" not in card.text
        assert not card.text.startswith("Whilst")
    assert not any("Whilst empathic attunement" in c.text for c in _cards(path))


def test_both_versions_give_the_same_texts_and_answers() -> None:
    restored = [(c.text, c.answers, c.rule) for c in _cards(RESTORED)]
    flattened = [(c.text, c.answers, c.rule) for c in _cards(FLATTENED)]
    assert restored == flattened


def test_seed_note_info() -> None:
    info = extract_note(RESTORED.read_text(encoding="utf-8"), "Psychology/Empathic attunement.md").info
    assert info.title == "Empathic attunement"
    assert info.tags == ("Psychology",)
