"""A note titled by its term whose opening sentence says what the term is, read through the
shapes that hid the gloss: an aside between commas, modifiers listed with commas, a compound
adjective in "-ed", an aside in brackets, a second name between commas, a title in the plural over
a sentence in the singular, a "(lit note)" after the title, and a doing of the term that "means" a
doing. Diaries, scenes and claims about a doing stay silent."""

from __future__ import annotations

from srs.core.extract import extract_note


def cards(text: str, path: str) -> dict[str, str]:
    return {a: c.text for c in extract_note(text, path).candidates for a in c.answers}


def declared(title: str, body: str) -> str:
    return f"---\ntitle: {title}\n---\n{body}\n\nSee also the workshop handout.\n"


def test_an_aside_between_commas_before_the_relative_clause() -> None:
    found = cards(declared("Inro", "A small lacquered case, usually hung from the sash, that holds seals and medicine."), "crafts/Inro.md")
    assert found["Inro"].startswith("{{c1::Inro}}: A small lacquered case")


def test_modifiers_listed_with_commas_before_a_pinned_noun() -> None:
    note = declared("Loden", "Thick, water-resistant, felted wool cloth made in the Alps for coats and capes.")
    assert "Loden" in cards(note, "textiles/Loden.md")
    note = declared("Dormice", "Mostly nocturnal, tree-dwelling rodents living in hedges and woodland edges of Europe.")
    assert "Dormice" in cards(note, "mammals/Dormice.md")


def test_a_compound_adjective_in_ed_is_a_modifier_not_the_participle() -> None:
    note = "Ciliates are single-celled protists covered in short beating cilia.\n\nThey swim fast.\n"
    assert cards(note, "protists/Ciliates.md")["Ciliates"].startswith("{{c1::Ciliates}} are single-celled")


def test_modifiers_with_commas_or_brackets_and_a_second_name() -> None:
    note = "Gouache is opaque, chalky watercolour paint mixed with gum arabic.\n\nIt dries lighter.\n"
    assert "Gouache" in cards(note, "painting/Gouache.md")
    note = "Placer deposits are loose, sandy (often river-borne) sediments concentrated by moving water.\n\nPanning works.\n"
    assert "Placer deposits" in cards(note, "geology/Placer deposits.md")
    note = "Kakishibu, or persimmon tannin, is sour juice pressed from unripe persimmons and left to ferment.\n\nIt smells.\n"
    assert "Kakishibu" in cards(note, "dyeing/Kakishibu.md")


def test_an_abbreviation_in_brackets_before_what_the_term_does() -> None:
    note = "Mohs scale (MS) ranks minerals by which ones can scratch the others, from talc to diamond.\n\nOrdinal only.\n"
    assert "Mohs scale" in cards(note, "minerals/Mohs scale.md")


def test_a_title_in_the_plural_over_a_sentence_in_the_singular() -> None:
    note = "A splice joins two ropes by tucking their strands into each other.\n\nIt keeps most of the strength.\n"
    assert cards(note, "knots/Splices.md")["splice"] == "A {{c1::splice}} joins two ropes by tucking their strands into each other."
    # (A longer word that starts with the singular is no match: "tide table" under "Tides".)
    note = "A tide table lists the times of high and low water for a port.\n\nBuy one yearly.\n"
    assert "tide" not in cards(note, "sea/Tides.md")


def test_a_kind_of_note_in_brackets_after_the_title() -> None:
    note = "The Shiji is a Chinese history of the early dynasties, compiled by a court astrologer.\n\nLong.\n"
    assert cards(note, "history/Shiji (lit note).md")["Shiji"].startswith("The {{c1::Shiji}} is a Chinese history")


def test_a_doing_of_the_title_term_that_means_a_doing() -> None:
    note = "Playing rubato means stretching some beats and hurrying others while the bar keeps its length.\n\nChopin.\n"
    assert cards(note, "piano/Rubato.md")["rubato"] == (
        "Playing {{c1::rubato}} means stretching some beats and hurrying others while the bar keeps its length."
    )


def test_a_doing_that_means_a_cost_or_a_ritual_stays_silent() -> None:
    note = "Making kimchi means a whole weekend of chopping and salting for the family.\n\nWorth it.\n"
    found = cards(note, "food/Kimchi.md")
    assert "Kimchi" not in found and "kimchi" not in found
    note = "Making kimchi is a family ritual every autumn for us.\n\nWorth it.\n"
    found = cards(note, "food/Kimchi.md")
    assert "Kimchi" not in found and "kimchi" not in found


def test_a_diary_scene_with_commas_stays_silent() -> None:
    assert cards(declared("Garden Sunday", "Quiet, rainy morning spent reading in the garden with coffee."), "journal/Garden Sunday.md") == {}
    assert cards(declared("Offsite", "A long day, mostly workshops, that ended with dinner at the harbour."), "work/Offsite.md") == {}
    assert cards(declared("River walk", "Cold, wet, windy walk with the dog, mostly along the river."), "journal/River walk.md") == {}


def test_a_list_of_names_is_no_list_of_modifiers() -> None:
    note = declared("Hanseatic towns", "Lübeck, Bremen and Hamburg traded furs, grain and salt across the Baltic.")
    assert cards(note, "history/Hanseatic towns.md") == {}
