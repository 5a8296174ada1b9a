"""Glossaries written as whole blocks or structures: definition lists, paragraphs that open with a
bold term, bold and plain glossary lists, glossary tables, heading glossaries, terms glossed by
the list below them, study records and dictionary notes. Each with notes that must give cards and
notes that must not (option lists, meetings, recipes, contacts, diaries)."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def test_definition_list_entries_become_glossary_cards() -> None:
    text = (
        "# Weather words\n\nFog\n:   a cloud that touches the ground\n\n"
        "Hail\n: balls of ice that fall during thunderstorms\n\nDew point\n~ the temperature at which air becomes saturated\n"
    )
    assert answers(text) == ["Fog", "Hail", "Dew point"]


def test_loose_definition_list_takes_the_paragraph_before_as_its_term() -> None:
    text = "# Words\n\nQuorum\n\n: the least number of members needed for a meeting to decide\n"
    assert answers(text) == ["Quorum"]


def test_a_colon_line_that_opens_no_definition_gives_no_card() -> None:
    # Only a short term line followed by ": gloss" counts; a sentence that ends a paragraph does not.
    text = "I wrote this down after the call and will tidy it later.\n: see you then, I think\n"
    assert answers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "**Sonnet.** A poem of fourteen lines.\n\n**Haiku.** A short poem of three lines.\n\n**Limerick.** A humorous poem of five lines.\n",
        "**Sonnet**\nA poem of fourteen lines.\n\n**Haiku**\nA short poem of three lines.\n\n**Limerick**\nA humorous poem of five lines.\n",
        "**Sonnet** — a poem of fourteen lines.\n\n**Haiku** — a short poem of three lines.\n\n**Limerick** — a humorous poem of five lines.\n",
    ],
)
def test_paragraphs_opening_with_bold_terms_are_a_glossary(text: str) -> None:
    assert answers(text) == ["Sonnet", "Haiku", "Limerick"]


@pytest.mark.parametrize(
    "text",
    [
        # Meeting records, one speaker a paragraph: the bodies report.
        "**Alice.** Finished the landing page.\n\n**Bob.** Reviewed the budget.\n\n**Carol.** I will send the deck.\n",
        # Two entries only: a note may bold two words in passing.
        "**Sonnet.** A poem of fourteen lines.\n\n**Haiku.** A short poem of three lines.\n",
        # Labels of one record in one paragraph.
        "**Attendees**: Priya, Tom, Ana\n**Decisions**: ship on Friday\n**Owner**: Tom\n",
    ],
)
def test_bold_paragraphs_that_report_or_label_give_no_glossary(text: str) -> None:
    assert answers(text) == []


@pytest.mark.parametrize(
    ("heading", "term"),
    [("### 1. Tundra", "Tundra"), ("#### Tundra:", "Tundra")],
)
def test_heading_terms_lose_their_number_and_trailing_mark(heading: str, term: str) -> None:
    bodies = ["A treeless plain where the subsoil stays frozen.", "A dense forest near the equator.", "A dry region with little rain."]
    names = [heading, heading.replace("Tundra", "Rainforest").replace("1.", "2."), heading.replace("Tundra", "Desert").replace("1.", "3.")]
    text = "# Biomes\n\n" + "".join(f"{h}\n{b}\n\n" for h, b in zip(names, bodies))
    assert answers(text) == [term, "Rainforest", "Desert"]


def test_a_table_with_the_meaning_first_hides_the_term_column() -> None:
    text = "| Definition | Term |\n|---|---|\n| A wave's highest point | Crest |\n| A wave's lowest point | Trough |\n"
    assert answers(text) == ["Crest", "Trough"]


def test_a_table_of_people_and_what_they_are_known_for_hides_the_people() -> None:
    text = "| Scientist | Known for |\n|---|---|\n| Marie Curie | research on radioactivity |\n| Alan Turing | the universal computing machine |\n"
    assert answers(text) == ["Marie Curie", "Alan Turing"]


def test_a_table_of_people_and_their_roles_gives_no_card() -> None:
    text = "| Name | Role |\n|---|---|\n| Priya | design lead |\n| Tom | backend and release |\n"
    assert answers(text) == []


def test_bold_glossary_items_glossed_by_a_verb_or_in_kana() -> None:
    text = (
        "- **Scheduler**: assigns pods to nodes\n- **Kubelet**: runs on every node and starts containers\n"
        "- **Controller**: watching the cluster and correcting drift\n"
    )
    assert answers(text) == ["Scheduler", "Kubelet", "Controller"]
    participles = (
        "- **Bronze**: made of copper and tin\n- **Steel**: formed from iron and a little carbon\n"
        "- **Brass**: made of copper and zinc\n"
    )
    assert answers(participles) == ["Bronze", "Steel", "Brass"]
    kana = "- **駅** — えき: station\n- **空港** — くうこう: airport\n- **公園** — こうえん: park\n"
    assert answers(kana) == ["駅", "空港", "公園"]


@pytest.mark.parametrize(
    "text",
    [
        # Settings described by steps: no third-person verb, no glossary.
        "- **Theme** — choose light or dark\n- **Font size** — set it to 15\n- **Line numbers** — turn on in the View menu\n",
        # The same option names under two settings.
        "## Editor\n- **Wrap**: wraps long lines\n- **Tabs**: inserts spaces\n- **Ruler**: shows a margin\n"
        "## Preview\n- **Wrap**: wraps code blocks\n- **Tabs**: keeps tab stops\n- **Ruler**: hides the margin\n",
        # Two entries only.
        "- **Scheduler**: assigns pods to nodes\n- **Kubelet**: runs on every node\n",
    ],
)
def test_bold_items_that_are_options_or_too_few_give_no_verb_glossary(text: str) -> None:
    assert answers(text) == []


def test_two_entries_are_a_glossary_under_a_heading_that_announces_one() -> None:
    text = "# Dutch words\n\n- **Gezellig** — Warm, cosy togetherness\n- **Uitwaaien** — Walking in the wind to clear the head\n"
    assert answers(text) == ["Gezellig", "Uitwaaien"]


@pytest.mark.parametrize(
    "heading",
    ["Focail nua — seachtain 3", "Nowe słówka", "Nieuwe woorden", "Lessico", "Yeni kelimeler", "새 단어"],
)
def test_words_announced_in_other_languages_make_a_vocabulary_list(heading: str) -> None:
    text = f"# {heading}\n\n- bratach - flag\n- cuisneoir - fridge\n- scamall - cloud\n"
    assert answers(text) == ["bratach", "cuisneoir", "scamall"]


@pytest.mark.parametrize(
    "text",
    [
        # The same two entries under a heading that announces no glossary.
        "# Holiday\n\n- **Gezellig** — Warm, cosy togetherness\n- **Uitwaaien** — Walking in the wind to clear the head\n",
        # A list under "words" that is not all entries.
        "# Words\n\n- **Gezellig** — Warm, cosy togetherness\n- look up the other one\n",
        # Counts and reports under a glossary heading.
        "# Vocab progress\n\n- **Week 1**: 40 words\n- **Week 2**: 55 words\n",
    ],
)
def test_two_entries_without_a_glossary_heading_or_of_another_shape_give_no_card(text: str) -> None:
    assert answers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "## Ingredients\n- Butter: 50 g\n- Rice: 300 g\n- Stock: 1 litre\n- Parmesan: 2 handfuls\n",
        "# Who to call\n- Electrician: Sam, 555-0188\n- Vet: Dr. Moreau, weekdays\n- Neighbour: Mrs. Lind (spare key)\n",
    ],
)
def test_lists_of_amounts_or_people_are_no_glossary(text: str) -> None:
    assert answers(text) == []


def test_a_plain_glossary_list_still_counts() -> None:
    text = "- Tempo - the speed of a piece\n- Timbre - the colour of a sound\n- Ostinato - a pattern repeated throughout\n"
    assert answers(text) == ["Tempo", "Timbre", "Ostinato"]


def test_a_bold_glossary_list_takes_its_lower_case_noun_glosses_too() -> None:
    text = (
        "- **Osmosis**: movement of water across a membrane\n- **Diffusion**: spread of particles down a gradient\n"
        "- **Turgor**: pressure of cell contents against the wall\n"
    )
    assert answers(text) == ["Osmosis", "Diffusion", "Turgor"]


def test_bold_terms_with_an_abbreviation_before_the_gloss() -> None:
    text = (
        "- **Central processing unit** (CPU): the chip that executes instructions\n"
        "- **Random-access memory** (RAM): the working memory of a computer\n"
        "- **Solid-state drive** (SSD): a storage device without moving parts\n"
    )
    cards = extract_note(text, "Notes/Hardware.md").candidates
    assert [c.answers for c in cards] == [("Central processing unit",), ("Random-access memory",), ("Solid-state drive",)]
    assert cards[0].text.startswith("{{c1::Central processing unit}} (CPU): the chip")


def test_two_heading_sections_glossed_by_pinned_noun_phrases() -> None:
    text = "## Osmosis\nThe movement of water across a membrane.\n\n## Diffusion\nThe spread of particles down a gradient.\n"
    assert answers(text) == ["Osmosis", "Diffusion"]


def test_two_heading_sections_of_prose_give_no_glossary() -> None:
    text = "## Background\nThe team started the project in May.\n\n## Outcome\nThe launch went well overall.\n"
    assert answers(text) == []


def test_headings_that_hold_their_gloss_count_in_a_heading_glossary() -> None:
    text = (
        "# Weather\n\n## Front — boundary between two air masses\n\n## Jet stream: fast winds high in the atmosphere\n\n"
        "## Squall\nA sudden, sharp increase in wind speed.\n"
    )
    assert answers(text) == ["Front", "Jet stream", "Squall"]


def test_lecture_headings_with_a_dash_are_no_glossary() -> None:
    text = "# Course\n\n## Intro — what we cover this term\n\nSlides are online.\n\n## Labs — how they are graded\n\nSee the rubric.\n"
    assert answers(text) == []


def test_a_table_of_things_and_their_function_hides_the_things() -> None:
    text = "| Organ | Function |\n|---|---|\n| Liver | filters toxins from the blood |\n| Kidney | makes urine and balances salts |\n"
    assert answers(text) == ["Liver", "Kidney"]


def test_a_table_of_software_options_and_their_function_gives_no_card() -> None:
    text = "| Option | Function |\n|---|---|\n| Verbose | prints every step |\n| Dry run | shows what would change |\n"
    assert answers(text) == []


def test_part_of_speech_after_a_bold_word_keeps_a_vocabulary_list() -> None:
    text = "- **candid** (adj.) — truthful and straightforward\n- **wane** (v.) — to decrease gradually\n- **quorum** (n.) — the least number needed to decide\n"
    assert answers(text) == ["candid", "wane", "quorum"]


def test_a_term_heading_opening_with_a_labelled_definition() -> None:
    text = (
        "## Inflation\n**Definition:** a general rise in prices over time.\n**Example:** bread costing more each year.\n\n"
        "## Recession\n- Definition: two quarters of falling output\n- Cause: weak demand\n"
    )
    assert answers(text) == ["Inflation", "Recession"]


def test_a_labelled_definition_under_a_label_heading_gives_no_card() -> None:
    assert answers("## Notes\n**Definition:** still to look up in the textbook\n") == []


def test_a_vocabulary_list_written_with_equals_signs() -> None:
    text = "- le chat = the cat\n- la maison = the house\n- le jardin = the garden\n"
    assert answers(text) == ["chat", "maison", "jardin"]  # the article stays in sight


def test_a_list_of_assignments_gives_no_card() -> None:
    assert answers("- x = 4\n- y = 7\n- z = x + y\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "**Nucleus**\n- The control centre of the cell\n- Holds the DNA\n\n**Ribosome**\n- The site of protein synthesis\n\n"
        "**Lysosome**\n- A sac of digestive enzymes\n",
        "- **Nucleus**\n  - the control centre of the cell\n- **Ribosome**\n  - site of protein synthesis\n- **Lysosome**\n  - sac of digestive enzymes\n",
        "Nucleus:\n- control centre of the cell\n\nRibosome:\n- site of protein synthesis\n\nLysosome:\n- sac of digestive enzymes\n",
    ],
)
def test_terms_written_alone_glossed_by_the_first_item_below(text: str) -> None:
    assert answers(text) == ["Nucleus", "Ribosome", "Lysosome"]


@pytest.mark.parametrize(
    "text",
    [
        # A week plan: the items report what happened.
        "**Monday**\n- Went to the gym\n\n**Tuesday**\n- Finished the report draft\n\n**Wednesday**\n- Called the bank about fees\n",
        # Two pairs only.
        "**Nucleus**\n- Control centre of the cell\n\n**Ribosome**\n- Site of protein synthesis\n",
        # Steps under labels.
        "Setup:\n- Install the package first\n\nUsage:\n- Run the command in a shell\n\nNotes:\n- Works on Linux only\n",
        # Steps in another language, and the labels of a contrast.
        "**Palette**\n- Öffne die Befehlspalette\n\n**Explorer**\n- Klicke mit der rechten Maustaste\n\n**Leiste**\n- Wähle das Symbol\n",
        "Recommended:\n- the search box sits above the list\n\nNot recommended:\n- the search box sits below the list\n\n"
        "Also fine:\n- a search box in the header\n",
    ],
)
def test_labels_and_logs_followed_by_lists_give_no_glossary(text: str) -> None:
    assert answers(text) == []


def test_settings_sections_with_a_bold_name_on_its_own_line_give_no_glossary() -> None:
    text = (
        "**Sync status**\nShows the current status of the remote vault. This section holds a **Pause** button.\n\n"
        "**Device name**\nGive the device a unique name. It helps you tell devices apart.\n\n"
        "**Deleted files**\nHolds a button to **View** or **Restore** deleted files.\n"
    )
    assert answers(text) == []


def test_a_record_of_labelled_fields_is_no_glossary() -> None:
    text = (
        "# ACE inhibitors\n\n**Mechanism:** block the enzyme that makes angiotensin II.\n**Examples:** lisinopril, ramipril, enalapril.\n"
        "**Side effects:** dry cough, dizziness, high potassium.\n**Avoid in:** pregnancy.\n"
    )
    assert "Mechanism" not in answers(text) and "Examples" not in answers(text)


def test_a_paragraph_opening_with_a_bold_term_and_a_verb_is_prose_not_a_glossary_line() -> None:
    text = (
        "**Summary:** introduces a model built on attention alone.\n\n**Attention** relates positions of a sequence to each other.\n\n"
        "*Dropout* zeroes random units during training.\n\n**My take:** the speed gains matter more than the scores.\n"
    )
    assert "My take" not in answers(text)


def test_a_meeting_record_of_labelled_fields_gives_no_card() -> None:
    text = "# Sync\n\n**Attendees:** Priya, Tom\n**Decisions:** ship on Friday\n**Action items:** Tom updates the roadmap\n"
    assert answers(text) == []


@pytest.mark.parametrize(
    "bodies",
    [
        ["The movement of water across a [[membrane]].", "The spread of **particles** down a gradient.", "The pressure of cell contents against the wall."],
        ["movement of water across a membrane", "spread of particles down a gradient", "pressure of cell contents against the wall"],
    ],
)
def test_heading_glossary_entries_glossed_by_pinned_noun_phrases_with_links_or_in_lower_case(bodies: list[str]) -> None:
    text = "".join(f"## {t}\n{b}\n\n" for t, b in zip(["Osmosis", "Diffusion", "Turgor"], bodies))
    assert answers(text) == ["Osmosis", "Diffusion", "Turgor"]


def test_a_pinned_gloss_may_be_followed_by_more_paragraphs_and_a_homework_section_is_no_entry() -> None:
    text = (
        "## Osmosis\nThe movement of water across a membrane.\n\nIt matters for plant cells.\n\n"
        "## Diffusion\nThe spread of particles down a gradient.\n\n## Turgor\nThe pressure of cell contents against the wall.\n\n"
        "## Homework\nRead chapter 4 and do the problems.\n"
    )
    assert answers(text) == ["Osmosis", "Diffusion", "Turgor"]


def test_term_headings_glossed_by_the_first_item_below() -> None:
    text = "## Osmosis\n- movement of water across a membrane\n- passive\n\n## Diffusion\n- spread of particles down a gradient\n\n## Turgor\n- the pressure of cell contents on the wall\n"
    assert answers(text) == ["Osmosis", "Diffusion", "Turgor"]


def test_sections_holding_lists_give_no_glossary() -> None:
    text = "## Pros\n- easy to use every day\n\n## Cons\n- the price is high for students\n\n## Verdict\n- worth it for the battery\n"
    assert answers(text) == []


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ("| Begriff | Erklärung |\n|---|---|\n| Inflation | Anstieg des Preisniveaus |\n| Deflation | Sinken des Preisniveaus |\n", ["Inflation", "Deflation"]),
        ("| Термин | Определение |\n|---|---|\n| Инфляция | рост общего уровня цен |\n| Дефляция | снижение уровня цен |\n", ["Инфляция", "Дефляция"]),
        ("| 用語 | 説明 |\n|---|---|\n| 需要 | 買い手が買いたい量 |\n| 供給 | 売り手が売りたい量 |\n", ["需要", "供給"]),
    ],
)
def test_glossary_tables_headed_in_other_languages(table: str, expected: list[str]) -> None:
    assert answers(table) == expected


def test_a_table_of_abbreviations_hides_them_before_what_they_stand_for() -> None:
    table = (
        "| abbr | stitch | notes |\n|---|---|---|\n| ch | chain | yarn over, pull through the loop on the hook |\n"
        "| sc | single crochet | insert, yarn over, pull through both loops |\n"
    )
    assert [c.text for c in extract_note(table, "Crochet/Abbreviations.md").candidates] == ["{{c1::ch}}: chain", "{{c1::sc}}: single crochet"]
    # A column of meanings beside the spelled-out form is what each card shows.
    meanings = (
        "| Acronym | Stands for | Meaning |\n|---|---|---|\n| VFR | Visual Flight Rules | flying by looking outside |\n"
        "| IFR | Instrument Flight Rules | flying by the instruments alone |\n"
    )
    assert [c.text for c in extract_note(meanings, "Aviation/Acronyms.md").candidates][0] == "{{c1::VFR}}: flying by looking outside"
    # Abbreviations beside figures are data.
    data = "| Abbr | Count | Share |\n|---|---|---|\n| NL | 14 | a lot of it |\n| BE | 9 | some of it |\n"
    assert extract_note(data, "Stats/Countries.md").candidates == ()


def test_a_dictionary_note_of_top_level_words() -> None:
    text = "# Serendipity\n\n*serendipitous*\n\nFinding something good without looking for it.\n\n---\n\n# Hubris\n\nAn excessive pride or self-confidence.\n"
    assert answers(text) == ["Serendipity", "Hubris"]


def test_two_top_level_sections_of_prose_are_no_dictionary() -> None:
    text = "# Morning\n\nWoke up early and went for a run.\n\n# Evening\n\nDinner with Sam, then a film.\n"
    assert answers(text) == []


def test_a_bold_glossary_list_inside_a_callout() -> None:
    text = (
        "> [!note] Key terms\n> - **Osmosis**: movement of water across a membrane\n"
        "> - **Diffusion**: spread of particles down a gradient\n> - **Turgor**: pressure of cell contents against the wall\n"
    )
    assert answers(text) == ["Osmosis", "Diffusion", "Turgor"]


def test_two_heading_sections_glossed_by_a_capitalised_bare_noun_of_something() -> None:
    text = "# Glossary\n\n## Osmosis\nMovement of water across a membrane.\n\n## Turgor\nPressure of cell contents against the wall.\n"
    assert answers(text) == ["Osmosis", "Turgor"]


def test_two_heading_sections_of_a_diary_give_no_glossary() -> None:
    text = "## Background\nThe project began in May.\n\n## Evening\nDinner with Sam, then a film.\n"
    assert answers(text) == []


def test_a_table_of_types_hides_each_type_before_its_description() -> None:
    table = (
        "# Papillae\n\n## Types of papillae\n\n| Type | Shape / where | Taste buds? |\n|---|---|---|\n"
        "| filiform | thin and cone-shaped, all over the dorsum | no |\n| fungiform | mushroom-shaped red dots at the tip | yes |\n"
    )
    assert [c.text for c in extract_note(table, "Anatomy/Papillae.md").candidates] == [
        "{{c1::filiform}}: thin and cone-shaped, all over the dorsum", "{{c1::fungiform}}: mushroom-shaped red dots at the tip",
    ]
    # A manual's table of field types describes in capitals, or in figures: no glossary.
    fields = "| Type | Description |\n|---|---|\n| Text | Holds any text. |\n| Number | Holds a number. |\n"
    assert extract_note(fields, "Help/Properties.md").candidates == ()
    counts = "| Type | Count |\n|---|---|\n| filiform | many of them |\n| fungiform | a few of them |\n"
    assert extract_note(counts, "Anatomy/Counts.md").candidates == ()
    # A bug tracker's types (review finding).
    bugs = (
        "| Type | Description | Owner |\n|---|---|---|\n| Crash | app closes when the user opens settings twice | Ana |\n"
        "| Regression | search got slow again after the last update | Ben |\n| Cosmetic | icons misaligned in the sidebar | Ana |\n"
    )
    assert extract_note(bugs, "Work/Bugs.md").candidates == ()


def test_a_table_of_codes_then_names_hides_the_names() -> None:
    """"| Code | Name | What it's for |": the names are the terms, the codes stay beside them."""
    note = (
        "# Sewing machine feet\n\n| Code | Name | What it's for |\n|---|---|---|\n"
        "| A | Zipper foot | a narrow foot that sews right beside the teeth of a zip |\n"
        "| J | Blind hem foot | a foot with a guide that folds the hem so the stitch barely shows |\n"
    )
    cards = extract_note(note, "Sewing/Sewing machine feet.md").candidates
    assert [c.answers for c in cards] == [("Zipper foot",), ("Blind hem foot",)]


def test_a_table_of_acronyms_still_hides_the_acronyms() -> None:
    note = (
        "# Radio acronyms\n\n| Acronym | Full form | Definition |\n|---|---|---|\n"
        "| AGC | Automatic Gain Control | a circuit that keeps the output level steady as the signal fades |\n"
    )
    assert [c.answers for c in extract_note(note, "Radio/Radio acronyms.md").candidates] == [("AGC",)]
