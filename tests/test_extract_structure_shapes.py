"""Structural shapes met in public study vaults that earlier rules missed: glosses that open
with a participle, glossary lists announced by a callout's title, question callouts, ``;;``
separated cards. Each with a note that must give cards and one that must not."""

from __future__ import annotations

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def test_a_gloss_opening_with_a_participle_is_no_report() -> None:
    text = (
        "# Key terms\n\n- **Apoptosis**: programmed, orderly cell death without inflammation.\n"
        "- **Necrosis**: uncontrolled cell death following injury.\n- **Lysis**: the bursting of a cell.\n"
    )
    assert answers(text) == ["Apoptosis", "Necrosis", "Lysis"]


def test_a_list_of_reports_under_a_glossary_heading_stays_without_cards() -> None:
    text = (
        "# Terms of the contract\n\n- Anna: finished the draft on Monday\n- Ben: moved it to the shared folder\n"
        "- Chloé: Fixed the typos in section 2\n"
    )
    assert answers(text) == []


def test_a_callout_titled_key_terms_announces_its_list() -> None:
    text = (
        "# Cell death\n\n> [!info] Key terms\n> - **Apoptosis**: programmed, orderly cell death.\n"
        "> - **Necrosis**: uncontrolled cell death following injury.\n"
    )
    assert answers(text) == ["Apoptosis", "Necrosis"]


def test_a_callout_with_another_title_announces_nothing() -> None:
    text = (
        "# Cell death\n\n> [!tip] Reminders\n> - **Apoptosis**: programmed, orderly cell death.\n"
        "> - **Necrosis**: uncontrolled cell death following injury.\n"
    )
    assert answers(text) == []
