"""A term's reading, translation or abbreviation written beside it in brackets: shown on the card,
not hidden, wherever the writer put it (inside the bold or after it), and never a second card."""

from __future__ import annotations

from srs.core.extract import extract_note


def cards(text: str, path: str = "Notes/Note.md") -> list[tuple[str, str]]:
    return [(c.answers[0], c.text) for c in extract_note(text, path).candidates]


def test_a_japanese_glossary_with_readings_inside_the_bold_hides_each_term() -> None:
    note = (
        "# 書道 用語集\n\n"
        "- **墨（すみ）**：松煙や油煙を膠で固めたもの。\n"
        "- **硯（すずり）**：墨を磨るための石の道具。\n"
        "- **和紙**：楮などから作る紙。にじみやすい。\n"
        "- **にじみ**：墨が紙の上で広がること。\n"
    )
    found = dict(cards(note, "書道/書道 用語集.md"))
    assert {"墨", "硯", "和紙", "にじみ"} <= set(found)
    assert found["墨"].startswith("{{c1::墨}}（すみ）")


def test_a_term_with_a_gloss_in_brackets_inside_the_bold_is_one_card() -> None:
    note = (
        "# Kelp anatomy\n\n"
        "- **Stipe (stalk)**: the flexible stem that holds the blades up in the water column\n"
        "- **Holdfast**: the root-like base that grips the rock, it takes in no nutrients\n"
    )
    stipe = [text for answer, text in cards(note, "Kelp/Kelp anatomy.md") if answer.startswith("Stipe")]
    assert len(stipe) == 1 and "the flexible stem" in stipe[0]


def test_a_term_hidden_once_with_and_once_without_its_abbreviation_is_one_card() -> None:
    note = (
        "# Acoustics lecture 3\n\n"
        "- **sound pressure level (SPL)** → log measure of pressure against 20 µPa\n"
        "- inverse square law: intensity drops with 1/r² from a point source\n"
        "- acoustic impedance - ratio of sound pressure to particle velocity\n"
    )
    hidden = [answer.split(" (")[0] for answer, _ in cards(note, "Acoustics/Acoustics lecture 3.md")]
    assert hidden.count("sound pressure level") == 1


def test_a_bold_aside_that_is_a_term_of_its_own_is_no_reading() -> None:
    # "**Strong version** (**linguistic determinism**)": two bold phrases, neither a reading.
    note = "# Whorf\n\n- **Strong version** (**linguistic determinism**): language fixes thought\n"
    assert ("Strong version", "{{c1::Strong version}} (linguistic determinism): language fixes thought") not in cards(note)



def test_an_entry_lines_term_with_its_aside_inside_the_bold() -> None:
    from srs.core.extract.entrylines import entry_line

    card = entry_line("**Stipe (stalk)**: the flexible stem that holds the blades up")
    assert card is not None and card.answers == ("Stipe",)
    assert card.text.startswith("{{c1::Stipe}} (stalk): the flexible stem")
    # Brackets that do not pair are no aside.
    assert entry_line("**墨（すみ)**：松煙や油煙を膠で固めたもの。") is None


def test_two_senses_of_one_name_are_two_cards() -> None:
    note = (
        "# Mercury\n\n"
        "- **Mercury (planet)**: the smallest planet and the one closest to the Sun\n"
        "- **Mercury (element)**: the only metal that is liquid at room temperature\n"
        "- **Venus**: the second planet from the Sun, with a thick carbon dioxide atmosphere\n"
    )
    hidden = [answer for answer, _ in cards(note, "Science/Mercury.md")]
    assert len([answer for answer in hidden if answer.startswith("Mercury")]) == 2



def test_a_term_with_and_without_its_abbreviation_or_field_is_one_card() -> None:
    note = (
        "# Transcription\n\n"
        "- **messenger RNA (mRNA)**: the copy of a gene that carries its code to the ribosome\n"
        "- **ribosome**: the machine that reads the code and builds the protein\n\n"
        "**Messenger RNA** is the RNA that carries a gene's code out of the nucleus.\n"
    )
    hidden = [answer.lower() for answer, _ in cards(note, "Biology/Transcription.md")]
    assert len([a for a in hidden if a.startswith("messenger rna")]) == 1


def test_an_answer_splits_into_its_term_and_its_aside() -> None:
    from srs.core.extract.notefinish import _split_aside

    assert _split_aside("Mercury (planet)") == ("mercury", "planet")
    assert _split_aside("Mercury") == ("mercury", "")
    assert _split_aside("墨（すみ）") == ("墨", "すみ")
