"""The note's opening sentence glossing its title's term after a separator, and a one-line note
whose tags come before its closing Dataview field: the title's term is carded, restated titles
and comparisons are not."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def cards(text: str, path: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.rule, tuple(c.answers)) for c in extract_note(text, path).candidates]


def answers(text: str, path: str) -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("text", "path", "term"),
    [
        (
            "HACCP = hazard analysis and critical control points, a preventive system for food safety. #food",
            "Food/HACCP.md",
            "HACCP",
        ),
        (
            "Fitzpatrick scale: sorts skin into six types by how it reacts to sun – the palest always burns. "
            "Made in 1975.",
            "Derm/Fitzpatrick scale.md",
            "Fitzpatrick scale",
        ),
        (
            "# Relocation\n\nRelocation = working out where you are on the map after you have lost contact with it.\n",
            "Orienteering/Relocation.md",
            "Relocation",
        ),
        (
            "Polarized training — roughly 80% of sessions at low intensity and ~20% hard, with very little in between.\n",
            "Running/Polarized training.md",
            "Polarized training",
        ),
    ],
)
def test_the_opening_sentence_glosses_the_title_after_a_separator(text: str, path: str, term: str) -> None:
    assert ("title_definition", (term,)) in cards(text, path)


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("# Pattern alterations - class 3\n\nPattern alterations — class 3 (Tue eve) tags: #sewing #fitting\n", "Sewing/Pattern alterations - class 3.md"),
        ("# Ordinals - quick notes\n\nOrdinals — quick notes (from Enderton ch. 7 + lecture)\n", "Logic/Ordinals - quick notes.md"),
        ("# LING 210\n\nLING 210 — wk 9 — Basque phonology & dialects, with the handout\n", "Ling/LING 210.md"),
        ("Class 3 – wall hangings (Thurs eve)\n\n- dowel ~60 cm, driftwood fine\n", "Macrame/Class 3 - wall hangings.md"),
    ],
)
def test_a_title_restated_with_its_session_is_no_gloss(text: str, path: str) -> None:
    assert answers(text, path) == []


def test_a_comparison_title_is_no_term_of_its_own() -> None:
    text = (
        "# Sanding sealer vs friction polish\n\n"
        "Sanding sealer vs friction polish — sanding sealer is a thin shellac coat that soaks into the wood.\n"
    )
    assert answers(text, "Turning/Sanding sealer vs friction polish.md") == []


def test_a_one_line_note_with_tags_before_its_closing_field_keeps_its_cards() -> None:
    text = (
        "Koji mold (Aspergillus oryzae) is the fungus grown on steamed rice to make koji. "
        "Also used for miso, soy sauce and mirin. #sake #koji up:: [[Sake MOC]]"
    )
    assert answers(text, "Sake/Koji mold.md") == ["Koji mold"]


def test_a_table_row_naming_one_thing_twice_hides_both_names_in_one_card() -> None:
    text = (
        "| Class | Meaning |\n| --- | --- |\n"
        "| Blanco / Plata | unaged, or rested < 2 months |\n| Reposado | aged 2–12 months in oak |\n"
    )
    found = extract_note(text, "Tequila/Tequila classifications.md").candidates
    assert [tuple(c.answers) for c in found] == [("Blanco", "Plata"), ("Reposado",)]
    assert found[0].text == "{{c1::Blanco}} / {{c1::Plata}}: unaged, or rested < 2 months"


@pytest.mark.parametrize(
    ("text", "path", "term"),
    [
        (
            "# Zygodactyly\n\nZygodactyly is a toe arrangement in which two toes point forward (digits II and III) "
            "and two point backward (I and IV). Birds with it are called zygodactyl.\n",
            "Birds/Zygodactyly.md",
            "Zygodactyly",
        ),
        (
            "# Enhanced Fujita scale\n\nThe Enhanced Fujita scale rates a tornado's strength after the fact, from the damage it did.\n",
            "Weather/Enhanced Fujita scale.md",
            "Enhanced Fujita scale",
        ),
        (
            "# Gödel numbering\n\nGödel numbering assigns each symbol, formula and proof of a formal language a unique number.\n",
            "Logic/Gödel numbering.md",
            "Gödel numbering",
        ),
        (
            "Koji is steamed rice, barley or soybeans that have been grown through with the mould *Aspergillus oryzae*.\n",
            "Miso/Koji.md",
            "Koji",
        ),
        (
            "Ama are Japanese free divers, traditionally women, who dive without breathing gear to gather shellfish.\n",
            "Diving/Ama.md",
            "Ama",
        ),
        (
            # A people of the past, in the past tense, with a compound nationality before the noun.
            "The Sarmatians were Iranian-speaking horse nomads who replaced the earlier steppe peoples "
            "north of the Black Sea.\n",
            "Steppe/Sarmatians.md",
            "Sarmatians",
        ),
        (
            # A quoted example in the first person speaks for someone else, not the writer.
            'An infinitive is the base form of a verb after "to", as in "I want to leave" or "to err is human".\n',
            "Grammar/Infinitive.md",
            "infinitive",
        ),
    ],
)
def test_the_title_term_defined_in_the_opening_sentence(text: str, path: str, term: str) -> None:
    assert term in answers(text, path)


def test_a_roman_numeral_is_no_pronoun_but_i_still_is() -> None:
    from srs.core.extract.frames import FIRST_PERSON

    assert not FIRST_PERSON.search("type I always burns, Phase I trials, World War I was long, (I and IV)")
    assert FIRST_PERSON.search("so I went") and FIRST_PERSON.search("I think it is")


def test_a_title_term_said_to_be_so_and_so_is_no_definition() -> None:
    text = "# Tapestry techniques workshop\n\nTapestry is weft-faced, so all of these are about what happens where two colours meet.\n"
    assert answers(text, "Weaving/Tapestry techniques workshop.md") == []


def test_the_reader_told_what_to_do_after_a_definition_keeps_its_card() -> None:
    text = (
        "# Security pins defeat raking\n\nA spool pin is a driver pin with a narrow waist — when the waist reaches the "
        "shear line the plug turns a bit: you have to ease off tension to let the spool through.\n"
    )
    assert answers(text, "Locks/Security pins defeat raking.md") == ["spool pin"]


@pytest.mark.parametrize(
    "text",
    [
        "# Kin selection Q&A\n\nAltruism is a puzzle for selection: why help someone else reproduce at your own cost?\n",
        "# Tools\n\nA router is what you need first, so you can plane the edges.\n",
    ],
)
def test_a_sentence_speaking_to_the_reader_before_any_dash_or_colon_is_no_definition(text: str) -> None:
    assert answers(text, "Notes/Note.md") == []


def test_the_writers_remark_after_a_definition_keeps_its_card() -> None:
    text = "# Glazes\n\nA celadon is a grey-green glaze coloured by a little iron — my teacher fires hers in reduction.\n"
    assert answers(text, "Pottery/Glazes.md") == ["celadon"]
    assert answers("# Glazes\n\nA celadon is what my teacher fires in reduction.\n", "Pottery/Glazes.md") == []


def test_a_rulers_numeral_inside_a_definition_is_no_first_person() -> None:
    """"under Darius I around 515 BCE": the numeral after a name is no "I" of the writer's, which
    would make the sentence an aside about the note."""
    from srs.core.extract.frames import FIRST_PERSON

    text = "A daric was the standard gold coin of the Achaemenid Empire, introduced under Darius I around 515 BCE.\n"
    assert answers(text, "Coins/Daric.md") == ["daric"]
    assert FIRST_PERSON.search("struck under Charles I after the war") is None
    # The writer's "I" after a name that opens the sentence, or after a full stop, still counts.
    assert FIRST_PERSON.search("Today I went to the coin fair") is not None
    assert FIRST_PERSON.search("The fair was busy. Then I bought a daric") is not None
    assert FIRST_PERSON.search("Ghee is clarified butter that on Sunday I made from scratch") is not None
    assert FIRST_PERSON.search("A bivouac is a camp without tents, which with Sarah I tried") is not None


def test_a_five_word_concept_title_is_glossed_by_its_opening_fragment() -> None:
    note = "A cell that stores energy in a thin polymer layer between two carbon electrodes.\n"
    found = extract_note(note, "Energy/Electric double layer capacitor.md").candidates
    assert [c.text for c in found] == [
        "{{c1::Electric double layer capacitor}}: A cell that stores energy in a thin polymer layer between two carbon electrodes."
    ]
    # A claim of five words is not a concept's name: "Spaced practice beats massed practice".
    claim = "Spreading the same study time over several sessions gives better long-term retention.\n"
    assert extract_note(claim, "Learning/Spaced practice beats massed practice.md").candidates == ()


def test_a_title_term_spelled_with_hyphens_in_the_text_is_still_the_title_term() -> None:
    # "aliases: [ground source heat pump]" / "Ground-source heat pumps move ...": one term, two spellings.
    note = (
        "---\naliases: [GSHP, ground source heat pump]\n---\n"
        "Ground-source heat pump moves heat between a building and the shallow ground through buried loops of pipe.\n"
    )
    found = extract_note(note, "Energy/GSHP.md").candidates
    assert [c.answers[0] for c in found] == ["Ground-source heat pump"]


def test_a_two_word_title_hyphenated_in_the_text_is_a_modifier_not_the_term() -> None:
    note = "Full-stack developers handle both the browser code and the server code of an application.\n"
    assert extract_note(note, "Work/Full stack.md").candidates == ()


def test_a_participle_before_a_noun_phrase_defines_the_title_term() -> None:
    note = "Kimchi is finely chopped napa cabbage fermented with chilli, garlic and fish sauce.\n"
    assert [c.answers[0] for c in extract_note(note, "Food/Kimchi.md").candidates] == ["Kimchi"]
    # A passive of how it is made or rated is no definition.
    for text in ("Kimchi is salted by hand in big tubs and left for days.\n", "A pole is rated two ways and they differ.\n"):
        assert extract_note(text, "Food/Kimchi.md" if "Kimchi" in text else "Sport/Pole.md").candidates == ()


def test_a_book_notes_core_claim_is_no_gloss_of_the_books_title() -> None:
    note = (
        "---\ntitle: The Wealth of Nations\nauthor: Adam Smith\n---\n"
        "Core claim: the division of labour, limited only by the extent of the market, is what makes a nation rich over time.\n"
    )
    assert [c.rule for c in extract_note(note, "Books/Smith - Wealth of Nations.md").candidates if c.rule == "title_gloss"] == []


def test_a_places_note_with_a_declared_title_is_no_gloss() -> None:
    note = "---\ntitle: Casa Branca\n---\nSmall cosy family-run restaurant in Lisbon near the river, good grilled fish and cheap wine.\n"
    assert extract_note(note, "Places/Casa Branca.md").candidates == ()
