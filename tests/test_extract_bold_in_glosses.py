"""Terms set in bold inside a list entry's gloss: the item's label is glossed, and the bold words
are what the item teaches, a card of their own. Bold for emphasis, figures, parts of words and
bold in meetings' notes stay silent."""

from __future__ import annotations

from srs.core.extract import extract_note


def cards(text: str, path: str) -> dict[str, str]:
    return {a: c.text for c in extract_note(text, path).candidates for a in c.answers}


def test_a_bold_term_in_a_lecture_items_gloss_gets_its_own_card() -> None:
    note = (
        "# Lecture 5 - the Mongol army\n\n"
        "- army structure: units of ten, hundred and thousand + the **tumen** (ten thousand riders)\n"
        "- tactics: the **feigned retreat**: draw the enemy out, then turn and encircle\n"
        "- supply: remounts, several horses per rider, dried meat\n"
    )
    found = cards(note, "History/Lecture 5 - the Mongol army.md")
    assert found["tumen"] == "army structure: units of ten, hundred and thousand + the {{c1::tumen}} (ten thousand riders)"
    assert "feigned retreat" in found
    assert "army structure" in found  # (the label stays a card: it may be a term too)


def test_emphasis_figures_and_parts_of_words_are_no_terms() -> None:
    note = (
        "# Glazes lecture\n\n"
        "- glaze firing: the second firing, done at the **same** temperature or higher than the bisque\n"
        "- crawling: glaze pulls away from the clay body and is **not** fixable after firing\n"
        "- cone 6: the **7 hours** firing most studio kilns run for stoneware glazes\n"
        "- crazing: a net of fine cracks in the glaze, the glaze shrinks **more** than the body\n"
    )
    found = cards(note, "Ceramics/Glazes lecture.md")
    assert not {"same", "not", "7 hours", "more"} & set(found)


def test_a_lone_lower_case_word_counts_only_when_glossed_at_once() -> None:
    note = (
        "# Felting class\n\n"
        "- felting needle: a triangular steel needle with tiny **barbs** (notches) that tangle the fibres on the way in\n"
        "- wet felting: hot soapy water and friction, the fibres shrink on **dry** wool too slowly\n"
    )
    found = cards(note, "Crafts/Felting class.md")
    assert "barbs" in found and "dry" not in found


def test_a_meetings_items_give_no_bold_cards() -> None:
    note = (
        "# Meeting - lab move kickoff\n\n"
        "- Scope: move the freezers and the **confocal microscope** to the new building by March\n"
        "- Safety: lifting plan, the **exclusion zone** around the crane, hi-vis for everyone\n"
    )
    assert not {"confocal microscope", "exclusion zone"} & set(cards(note, "Lab/Meeting - lab move kickoff.md"))


def test_bold_in_a_gloss_in_another_language_stays_silent() -> None:
    """Only English function words tell a term from emphasis here."""
    note = (
        "# Massa - notas\n\n"
        "- Sova: trabalhar a massa até desenvolver o glúten; massa de bagel é dura, **cansa o braço**.\n"
        "- Fermentação: a massa descansa na geladeira por uma noite inteira, sabor **mais complexo**.\n"
    )
    assert not {"cansa o braço", "mais complexo"} & set(cards(note, "Padaria/Massa - notas.md"))
