"""Glossaries written with headings whose sections go on past their gloss (``glossaryrest``):
the first sentence still glosses the heading's term (a mention of it hidden too), and a label
word among the headings ("## Tip") may name a part. Lookalikes stay silent: closing sections,
clauses under a label, notes that speak to their reader, first sentences holding a link."""

from __future__ import annotations

from srs.core.extract import extract_note


def cards(text: str, path: str) -> dict[str, str]:
    return {a: c.text for c in extract_note(text, path).candidates for a in c.answers}


def test_a_section_naming_its_term_in_its_first_sentence_keeps_it_hidden() -> None:
    text = (
        "# Horse gaits\n\n"
        "## Walk\nFour-beat gait, each hoof landing on its own.\n\n"
        "## Pace\nTwo-beat lateral gait, both legs on one side moving together.\n\n"
        "## Canter\nThree-beat gait with a moment of suspension.\n\n"
        "## Amble\nSmooth lateral four-beat gait; some breeds amble for hours without tiring. It is rare in warmbloods.\n"
    )
    found = cards(text, "Riding/Horse gaits.md")
    assert {"Walk", "Pace", "Canter", "Amble"} <= set(found)
    assert found["Amble"] == "{{c1::Amble}}: Smooth lateral four-beat gait; some breeds {{c1::amble}} for hours without tiring."


def test_two_strict_glosses_and_a_section_going_on_make_a_glossary() -> None:
    text = (
        "# Pasta shapes\n\n"
        "### Penne\nShort tubes cut on a slant at both ends.\n\n"
        "### Farfalle\nSmall rectangles pinched in the middle into a bow.\n\n"
        "### Orzo\nOrzo pasta is tiny and shaped like a grain of rice. Often baked. Sometimes toasted first. Cheap too.\n\n"
        "- al dente = cooked to be firm when bitten\n"
    )
    found = cards(text, "Cooking/Pasta notes.md")
    assert {"Penne", "Farfalle", "Orzo"} <= set(found)
    # The sentence opens with the term as its subject: the card is the sentence itself.
    assert found["Orzo"] == "{{c1::Orzo}} pasta is tiny and shaped like a grain of rice."


def test_a_label_word_among_a_parts_glossary_names_a_part() -> None:
    text = (
        "# Parts of a kite\n\n"
        "## Tip\nThe pointed upper end of the spine.\n\n"
        "## Spine\nThe upright stick that runs down the middle of the sail.\n\n"
        "## Bridle\nThe short strings that tie the frame to the main cord.\n\n"
        "## Sail\nThe fabric stretched over the frame that catches the wind.\n\n"
        "## Notes\nCheck the shop for spare spars.\n"
    )
    found = cards(text, "Kites/Parts of a kite.md")
    assert {"Tip", "Spine", "Bridle", "Sail"} <= set(found)
    assert "Notes" not in found


def test_a_closing_label_section_stays_silent() -> None:
    text = (
        "# Bread words\n\n"
        "## Crumb\nThe soft inner part of a loaf.\n\n"
        "## Crust\nThe hard outer layer formed in the oven.\n\n"
        "## Oven spring\nThe final swell of the dough once it meets the hot oven.\n\n"
        "## Summary\nThree words, all about texture.\n"
    )
    assert "Summary" not in cards(text, "Baking/Bread words.md")


def test_a_label_section_holding_a_clause_stays_silent() -> None:
    text = (
        "# Rope parts\n\n"
        "## Standing part\nThe long inactive part of a rope, not used in tying.\n\n"
        "## Working end\nThe end of the rope used to tie the knot.\n\n"
        "## Bight\nA bend of rope that does not cross itself.\n\n"
        "## Tip\nDressing a knot before loading it is what keeps it strong.\n\n"
        "## Loop\nA bend of rope that crosses itself.\n"
    )
    assert "Tip" not in cards(text, "Knots/Rope parts.md")


def test_sections_of_a_note_speaking_to_its_reader_stay_silent() -> None:
    text = (
        "# Sync\n\nYou can sync your vault across your devices. Your notes stay encrypted.\n\n"
        "## Local vault\nFolder of notes stored on this device.\n\n"
        "## Remote vault\nCopy of the vault kept on the sync server.\n\n"
        "## Selective sync\nSetting that limits which files sync. Open the settings and pick your folders. "
        "Your choices apply at once. You can change them later. Your other devices follow.\n"
    )
    assert cards(text, "Help/Sync.md") == {}


def test_a_section_opening_with_the_writers_own_story_stays_silent() -> None:
    text = (
        "# Weather terms\n\n"
        "## Front\nBorder where a warm and a cold body of air meet.\n\n"
        "## Ridge\nElongated area of high pressure.\n\n"
        "## Trough\nElongated area of low pressure.\n\n"
        "## Squall line\nI watched a long line of storms cross the lake last summer. "
        "They moved fast. They were loud. Worth a photo.\n"
    )
    assert "Squall line" not in cards(text, "Meteorology/Weather terms.md")


def test_topic_sections_of_a_log_stay_silent() -> None:
    text = (
        "# Garden log\n\n"
        "## Monday\nPlanted the beans along the fence.\n\n"
        "## Tuesday\nWatered everything twice, it was hot.\n\n"
        "## Wednesday\nRain all day. Stayed in. Read about compost. Ordered seeds. Called the plumber.\n"
    )
    assert cards(text, "Garden/Garden log.md") == {}
