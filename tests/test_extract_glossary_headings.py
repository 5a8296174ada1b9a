"""Sections under a heading that announces a glossary ("# 気象 用語メモ", "# Key terms"): each
section's heading is a term and its first sentence the gloss, in whatever shape the writer uses,
Chinese and Japanese glosses counted by their characters."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str) -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def test_japanese_term_memo() -> None:
    """Sections of two sentences each, one of them an entry line of its own, under a memo that
    announces its terms ("用語メモ")."""
    note = (
        '---\n'
        'tags: [気象, 試験]\n'
        '---\n'
        '# 気象 用語メモ\n'
        '\n'
        '試験対策。自分の言葉でまとめる。\n'
        '\n'
        '## 前線\n'
        '性質の違う二つの気団がぶつかる境目。天気が崩れやすいので注意。\n'
        '\n'
        '## 高気圧\n'
        '周りより気圧が高く、下降気流で雲ができにくい領域。晴れることが多い。\n'
        '\n'
        '## GPV\n'
        'GPV（格子点値）：数値予報モデルが格子の点ごとに出す予報値。\n'
        '\n'
        '## 偏西風\n'
        '中緯度の上空を西から東へ吹く強い風。ジェット気流はその一部。\n'
        '\n'
        '**メモ**：前線の記号は要復習 → [[天気図]]\n'
    )
    # (The expansion in full-width brackets stays in sight beside the cloze: "{{c1::GPV}}（格子点値）：...".)
    assert answers(note, "気象/気象 用語メモ.md") == ["前線", "高気圧", "GPV", "偏西風"]


def test_key_terms_glossed_by_fragments() -> None:
    note = (
        "# Rope work\n\n## Key terms\n\n### Bight\nany curved section of rope that does not cross itself\n\n"
        "### Standing part\nlong inactive end of the rope, not used in tying\n\n"
        "### Working end\nactive end, the one you tie the knot with\n"
    )
    assert answers(note, "Ropes/Rope work.md")[:2] == ["Bight", "Standing part"]


def test_a_study_plan_under_a_glossary_heading_stays_silent() -> None:
    note = (
        "# German words\n\n## Week 1\nLearn the first twenty words by Friday.\n\n"
        "## Week 2\nRevise week one and add the colours.\n\n## Week 3\nTest with Anna on Monday.\n"
    )
    assert answers(note, "German/German words.md") == []


def test_romance_glosses_pinned_by_a_relative_pronoun() -> None:
    """"## Marche en avant" / "Principe selon lequel ...", "## Fiche de traçabilité" / "Document
    qui précise ...": a capitalised noun pinned by a relative pronoun glosses the heading in French,
    however the sections go on."""
    note = (
        '# Hygiène en cuisine\n'
        '\n'
        'Notes du module 2 (formation, avril) – [[Formation MOC]]\n'
        '\n'
        '## Marche en avant\n'
        'Principe selon lequel les aliments avancent du plus sale vers le plus propre, sans retour en arrière.\n'
        '\n'
        '## Zone propre\n'
        "Zone où l'on dresse les plats prêts à servir ; accès par un sas, tenue dédiée.\n"
        '\n'
        '## Fiche de traçabilité\n'
        'Document qui précise *quoi*, *qui* et *quand* on nettoie. Le contrôleur demande toujours les fiches !\n'
        '\n'
        '> rem. : la formatrice a insisté sur les **pédiluves** — à revoir\n'
    )
    assert answers(note, "Cuisine/Hygiène en cuisine.md") == ["Marche en avant", "Zone propre", "Fiche de traçabilité"]


def test_a_manual_that_tells_its_reader_what_they_can_do_stays_silent() -> None:
    note = (
        "# Funciones\n\n## Tipo fecha\nFunciones que puedes usar con una fecha y hora.\n\n"
        "## Tipo lista\nFunciones que puedes usar con una lista ordenada de elementos.\n\n"
        "## Tipo archivo\nFunciones que puedes usar con un archivo de la bóveda.\n"
    )
    assert answers(note, "Ayuda/Funciones.md") == []


def test_members_under_a_japanese_heading_of_kinds_are_terms() -> None:
    """"## 結び方の種類" names the kinds of knot; each member's reading stays beside its cloze."""
    note = (
        "# 結び (knots)\n\n## 結び方の種類\n\n"
        "### 本結び (Hon-musubi)\n"
        "Two overhand knots tied in opposite directions, flat and secure for joining two ends of one cord.\n\n"
        "### 蝶結び (Chou-musubi)\n"
        "The bow used on gifts: two loops that come undone with a pull on one end.\n"
    )
    cards = extract_note(note, "Knots/結び (knots).md").candidates
    assert [c.answers for c in cards] == [("本結び",), ("蝶結び",)]
    assert cards[0].text.startswith("{{c1::本結び}} (Hon-musubi): Two overhand knots")


def test_a_compound_heading_of_kinds_names_its_members_alone() -> None:
    """"# Leningvormen" (forms of loan): its sections are members, though they share the
    compound's own noun ("lening")."""
    note = (
        "# Leningvormen\n\nAantekeningen bij hoofdstuk 4. Sinds vorig jaar krijg je alleen nog aftrek als je binnen 30 jaar aflost.\n\n"
        "## Annuïteitenlening\nIedere maand hetzelfde bruto bedrag. Eerst betaal je vooral rente, later vooral aflossing.\n\n"
        "## Lineaire lening\nJe lost iedere maand een vast deel af, dus de rente en de maandlasten dalen. Begint hoger.\n\n"
        "## Aflossingsvrije lening\nJe betaalt alleen rente; de schuld blijft staan tot het einde van de looptijd.\n\n"
        "Vraag voor de docent: geldt de oude regeling nog?\n"
    )
    assert answers(note, "Geld/Leningvormen.md") == ["Annuïteitenlening", "Lineaire lening", "Aflossingsvrije lening"]


def test_a_compound_of_kinds_alone_names_a_kind() -> None:
    from srs.core.extract.headings import compound_of_kinds

    assert compound_of_kinds("Leningvormen") and compound_of_kinds("Krankheitsformen")
    assert not compound_of_kinds("Vormen") and not compound_of_kinds("Hervormen") and not compound_of_kinds("Konzernreformen")


def test_a_cheat_sheets_sections_may_name_their_term_again() -> None:
    note = (
        "# Racing rules cheat sheet\n\n## Starboard tack\nA boat on starboard tack has the wind coming over her"
        " starboard side, boom out to port.\n\n## Overlap\nTwo boats overlap when neither is clear astern of the"
        " other.\n\n## Proper course\nThe course a boat would sail to finish as soon as possible without the"
        " others.\n\n## Mark-room\nRoom for the inside boat to sail to the mark and round it.\n"
    )
    cards = extract_note(note, "sailing/Racing rules cheat sheet.md").candidates
    assert [c.answers[0] for c in cards] == ["Starboard tack", "Overlap", "Proper course", "Mark-room"]
    assert "{{c1::Overlap}}: Two boats {{c1::overlap}} when" in cards[1].text


@pytest.mark.parametrize("title", ["Racing rules cheatsheet", "Racing rules cheat-sheet", "Racing rules cheat sheets"])
def test_a_cheat_sheet_is_named_with_or_without_a_space_or_a_hyphen(title: str) -> None:
    note = (
        f"# {title}\n\n## Overlap\nTwo boats overlap when neither is clear astern of the other.\n\n"
        "## Mark-room\nRoom for the inside boat to sail to the mark and round it.\n"
    )
    assert [c.answers[0] for c in extract_note(note, f"sailing/{title}.md").candidates] == ["Overlap", "Mark-room"]


def test_a_cheat_sheet_of_chores_or_a_diary_stays_silent() -> None:
    packing = (
        "# Packing cheat sheet\n\n## Tent\nTent goes in Tom's car, he checked the tent pegs last week.\n\n"
        "## Stove\nStove and gas: Anna brings the stove.\n\n## Food\nFood for three days, Mia plans the food.\n"
    )
    diary = (
        "# Regatta day\n\nRough day on the water.\n\n## Cheat sheet\n\n### Overlap\nOverlap happened twice at the"
        " windward mark and I lost both times.\n\n### Starts\nStarts were awful, I was late for every one of them.\n"
    )
    assert list(extract_note(packing, "trips/Packing cheat sheet.md").candidates) == []
    assert list(extract_note(diary, "diary/Regatta day.md").candidates) == []


def test_a_style_guide_under_a_terminology_heading_stays_silent() -> None:
    note = (
        "# Style guide\n\n## Terminology and grammar\n\n### Product names\nOur product names start with the"
        " brand, for example Notes Sync.\n\n### Directional terms\nHyphenate directional terms when you use"
        " them as adjectives.\n\n### Sentence case\nPrefer sentence case over title case for your headings.\n"
    )
    assert list(extract_note(note, "docs/Style guide.md").candidates) == []


def test_a_section_whose_first_item_is_an_arrow_entry_of_its_own_term_is_no_gloss_of_its_heading() -> None:
    """"## Drugs" / "- modafinil → first-line wake-promoting drug, ...": the arrow sets the item's
    own term apart, so the heading is a topic over entries, not a term glossed by the item; an
    item naming the heading's other name ("- aka raft system → ...") still glosses it."""
    note = (
        "# Sleep med L9 — hypersomnias\n\n## MSLT\n- multiple sleep latency test = 4–5 daytime nap opportunities, 2 h apart\n\n"
        "## Drugs\n- modafinil → first-line wake-promoting drug, DAT inhibitor\n- pitolisant -> H3 receptor inverse agonist\n\n"
        "## Ddx\n- idiopathic hypersomnia: sleepy, no cataplexy, long unrefreshing sleep\n"
    )
    assert "Drugs" not in answers(note, "Sleep/Sleep med L9.md")
    note = (
        "# Aquaponics systems\n\n## Types of aquaponic systems\n### Media bed\n- gravel or clay bed, flooded and drained\n"
        "### Deep water culture\n- aka raft system → plants sit in floating rafts on deep channels of water\n"
        "### Nutrient film technique\n- a thin film of water runs along narrow gutters past the roots\n"
    )
    assert "Deep water culture" in answers(note, "Aquaponics/Aquaponics systems.md")


def test_a_process_heading_whose_first_item_is_its_reaction_keeps_its_card() -> None:
    """"## Glycolysis" / "- glucose → 2 pyruvate ...": one arrow item under a heading in the
    singular is the process's own reaction, which glosses it."""
    note = (
        "# Cell respiration\n\n## Glycolysis\n- glucose → 2 pyruvate, net 2 ATP and 2 NADH\n- happens in the cytosol\n\n"
        "## Fermentation\n- pyruvate → lactate in muscle, regenerates NAD+\n- no oxygen needed\n"
    )
    assert answers(note, "Biology/Cell respiration.md") == ["Glycolysis", "Fermentation"]
