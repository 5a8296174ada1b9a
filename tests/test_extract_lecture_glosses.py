"""Lecture notes gloss their terms in fragments: a bullet "term: the time for ...", a section under
a lower-case heading of two words or more glossed by its first bullet. Each case is a note shape
that once gave no card, beside the note that must stay silent though it reads alike."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Geology/Lecture 4.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def test_a_gloss_opening_with_the_and_a_number_word_is_no_particular_thing() -> None:
    """"the time for one full cycle" is a measure; "the red one" is a particular thing."""
    note = "# Vibration wk 3\n\n- period: the time for one full swing of the pendulum, about 2 s here\n- mass of the bob barely matters\n"
    assert answers(note, "Physics/Vibration wk 3.md") == ["period"]
    assert answers("# Bikes\n\n- mine: the red one with the basket\n", "Home/Bikes.md") == []


def test_a_gloss_with_a_conditional_gets_broken_is_no_report() -> None:
    note = (
        "# Coasts lect 2\n\n- scarp: a steep face cut into the foredune once the toe gets broken by storm waves\n"
        "- ask about the Holderness data\n"
    )
    assert answers(note, "Geography/Coasts lect 2.md") == ["scarp"]
    assert answers("# Standup 12 Mar\n\n- pipeline: broken again, Ana is on it\n", "Work/Standup 12 Mar.md") == []


def test_a_gloss_repeating_the_kind_pinned_by_a_comparison_defines() -> None:
    note = "# Frames wk 6\n\n- weak beam: a beam much less stiff than the columns it joins, so it yields first\n"
    assert answers(note, "Engineering/Frames wk 6.md") == ["weak beam"]


LOWER_CASE_SECTIONS = """# Salt marsh zonation — lecture 5

- zonation follows how often the tide floods the surface

## pioneer zone
- bare mud colonised by glasswort and cord grass, flooded twice a day
- sediment trapping starts here

## low marsh
- dense sward of saltmarsh grass just above the pioneer zone, flooded most tides
- grazing by geese

## upper marsh
- drier ground reached only by spring tides, with sea lavender and thrift
- rushes at the back edge

## Creek
- creek: a channel cut into the marsh that drains it on the ebb
"""


def test_lower_case_headings_of_two_words_glossed_by_their_first_bullet_are_terms() -> None:
    found = answers(LOWER_CASE_SECTIONS, "Geography/Salt marsh lecture 5.md")
    assert {"pioneer zone", "low marsh", "upper marsh", "creek"} <= {a.lower() for a in found}


def test_lower_case_topic_headings_of_a_log_stay_silent() -> None:
    note = (
        "# Week 12\n\n## key points\n- the deadline moved to Friday after the review\n\n"
        "## my thoughts\n- still unsure whether the second chapter works\n\n"
        "## next steps\n- email the supervisor, book the room\n"
    )
    assert answers(note, "Journal/Week 12.md") == []


def test_a_title_with_its_field_in_brackets_names_the_term_before_them() -> None:
    note = "Reefing means making the sail smaller by rolling or tying part of it away, before the wind gets too strong.\n\nMore below.\n"
    assert answers(note, "Sailing/Reefing (sailing).md") == ["Reefing"]


def test_a_title_term_glossed_by_a_bare_noun_pinned_by_a_participle() -> None:
    note = "Dead reckoning is position estimation done by adding speed and heading over the time since the last fix.\n\nMore.\n"
    assert answers(note, "Navigation/Dead reckoning.md") == ["Dead reckoning"]


@pytest.mark.parametrize(
    ("note", "path"),
    [
        # How a thing happens, not what it is: an adverb before the participle.
        ("Backups are automatically stored in the cloud every night for a month.\n\nMore.\n", "Home/Backups.md"),
        ("## Preset values\n\nPreset values are automatically generated based on the page content.\n", "Docs/Templates.md"),
    ],
)
def test_a_participle_after_an_adverb_says_how_not_what(note: str, path: str) -> None:
    assert answers(note, path) == []


def test_a_flattened_note_keeps_its_first_sentence_apart_from_the_tags_and_field_after_it() -> None:
    note = (
        "Kanban is a way of managing work in which each task is a card moving across columns of a board, "
        "with a limit on the cards in progress. #agile #workflow up:: [[Agile MOC]] The board makes waiting "
        "work visible, so the team sees where it piles up and fixes that first."
    )
    assert len(note) > 200 and "\n" not in note
    assert answers(note, "Agile/Kanban.md") == ["Kanban"]


def test_an_abbreviation_titled_note_spelled_out_in_its_first_sentence() -> None:
    note = "# RICE\n\nRest, Ice, Compression, Elevation — the first aid for a sprain in its first two days.\n\nMore.\n"
    assert answers(note, "Health/RICE.md") == ["RICE"]
    # The letters of a report ("All pages implemented") spell nothing out.
    assert answers("# API\n\nAll pages implemented, tests green and deployed.\n\nMore.\n", "Work/API.md") == []


def test_a_declared_title_glossed_by_a_noun_phrase_and_an_ing_participle() -> None:
    note = "---\ntitle: Mycorrhiza\n---\nFungal threads living around the roots of most land plants, trading minerals for sugar.\n"
    assert answers(note, "Botany/Mycorrhiza.md") == ["Mycorrhiza"]
    for scene in ("Kids playing in the garden all afternoon with the hose.", "Neighbours' kids playing in the garden all afternoon with the hose."):
        assert answers(f"---\ntitle: Summer holiday\n---\n{scene}\n", "Journal/Summer holiday.md") == []


def test_glosses_that_share_an_article_and_their_genus_in_another_language_define_each_term() -> None:
    """Kinds of one thing open alike ("le pas qui ...", "le pas où ..."): no option list."""
    note = (
        "# Pas de danse – notes\n\n"
        "- **Chassé** : le pas où un pied chasse l'autre, sur trois temps.\n"
        "- **Glissade** : le pas qui glisse sur le sol d'une position à l'autre.\n"
        "- Jeté : le pas où l'on lance une jambe puis saute dessus.\n"
    )
    assert answers(note, "Danse/Pas de danse.md") == ["Chassé", "Glissade", "Jeté"]


PARTS = """# Kayak anatomy

## Hull
Main shell just under the deck.
- check it for cracks every spring

## Cockpit
Big opening just behind the front deck.
- sealed with a spray deck

## Skeg
Small fixed fin right under the stern.
- drop it in a crosswind

## Other stuff
- **Hatch** / **bulkhead**: names differ by maker, never mind
"""


def test_sections_under_a_short_heading_naming_the_parts_of_a_thing_are_its_parts() -> None:
    assert answers(PARTS, "Paddling/Kayak anatomy.md") == ["Hull", "Cockpit", "Skeg"]


def test_sections_of_a_lecture_on_anatomy_named_by_topic_stay_silent() -> None:
    note = (
        "# Birds L4 — avian sensory anatomy\n\n"
        "### Hearing\n- owls have ears set at different heights, so they hear prey under snow\n- facial disc → funnels sound\n\n"
        "### Sight\n- raptors have two foveae and see ultraviolet trails\n- hawks dive at the trail\n\n"
        "### Smell\n- vultures have a keen nose for the gas of carcasses\n- better than we thought\n"
    )
    assert answers(note, "Biology/Birds L4.md") == []


def test_a_heading_over_kinds_is_no_term_of_its_own() -> None:
    note = (
        "# Clock anatomy\n\n## Parts of the movement\n- gear train, escapement and mainspring together\n- see photos\n\n"
        "## Types of escapement\n- anchor and deadbeat, mostly, in longcase clocks\n- verge in older ones\n\n"
        "## Pendulum\n- weighted rod whose swing sets the rate of the clock\n- longer = slower\n"
    )
    assert answers(note, "Clocks/Clock anatomy.md") == ["Pendulum"]


KINDS_WITH_YOU = """# Crossword types

## Types of crosswords

### Cryptic crossword
The original: every clue hides a definition plus wordplay that gives you the answer a second way.
- Guardian, Times

### Quick crossword
Plain definitions only; the grid is open so one answer gives you letters for many others.
- good for the train

### Barred crossword
grid with thick bars instead of black squares, so nearly every letter you write is checked twice.
- Listener style
"""


def test_members_of_a_kind_may_speak_of_anyone_who_meets_them() -> None:
    found = answers(KINDS_WITH_YOU, "Puzzles/Crossword types.md")
    assert found == ["Cryptic crossword", "Quick crossword", "Barred crossword"]  # and no "The original"


def test_members_of_a_kind_in_a_manual_that_tells_its_reader_what_they_can_do_stay_silent() -> None:
    note = (
        "# Note types\n\n## Types of notes\n\n"
        "### Daily notes\nOne note a day, in which you can keep a journal of what happened.\n- see settings\n\n"
        "### Canvas notes\nA board on which you can place cards, notes and images side by side.\n- beta\n\n"
        "### Bases\nA table of notes that lets you filter and sort them by their properties.\n- new\n"
    )
    assert answers(note, "Help/Note types.md") == []


def test_a_heading_that_announces_a_glossary_lists_terms_however_alike_their_glosses_open() -> None:
    note = (
        "# Słowniczek żeglarski\n\n"
        "- Halsowanie – zwrot przez sztag, dziobem przez linię wiatru\n"
        "- Rufowanie – zwrot przez rufę, rufą przez linię wiatru\n"
        "- Łopot – zwrot żagla, gdy wiatr wieje wzdłuż niego\n"
    )
    assert answers(note, "Żeglarstwo/Słowniczek żeglarski.md") == ["Halsowanie", "Rufowanie", "Łopot"]


def test_a_dutch_glossary_heading_is_read_and_a_pointer_in_it_is_no_term() -> None:
    note = (
        "# Zeilen begrippen\n\n"
        "- loefwaarts = de kant waar de wind vandaan komt\n"
        "- lijwaarts = de kant waar de wind naartoe waait\n"
        "- vgl. Engelse notities: [[Sailing terms]]\n"
    )
    assert answers(note, "Zeilen/Zeilen begrippen.md") == ["loefwaarts", "lijwaarts"]


def test_a_one_line_note_whose_line_breaks_became_double_spaces_is_read_line_by_line() -> None:
    note = (
        "# Escalada – termos  Cadena - a série de movimentos feita sem descansar entre as agarras  "
        "Regleta - a agarra pequena e fina onde só cabem as pontas dos dedos  "
        "Talão - o apoio do calcanhar numa agarra para puxar o corpo para a parede  #escalada"
    )
    assert "\n" not in note and len(note) > 200
    assert answers(note, "Escalada/Escalada - termos.md") == ["Cadena", "Regleta", "Talão"]


def test_two_spaces_after_full_stops_keep_a_one_line_definition_whole() -> None:
    note = (
        "Osmosis is the movement of water across a membrane from the weaker solution to the stronger one.  "
        "It needs no energy.  Cells swell in pure water for this reason.  Plants stay firm because of it."
    )
    assert answers(note, "Biology/Osmosis.md") == ["Osmosis"]


def test_portuguese_do_in_a_gloss_is_of_the_not_an_auxiliary() -> None:
    note = "# Escalada\n\n- Talão - o apoio do calcanhar numa agarra para puxar o corpo para a parede\n- treinar na quinta\n"
    assert answers(note, "Escalada/Aula 3.md") == ["Talão"]
    # English "do" after its subject still makes a clause: "Tom: they do the dishes on Fridays".
    assert answers("# Rota\n\n- Tom: they do the dishes on Fridays\n", "Home/Rota.md") == []


def test_a_click_as_a_noun_is_no_step_of_a_manual() -> None:
    note = (
        "## Types of ballpoint\n\n"
        "### Retractable\na click mechanism at the top: each press of the plunger pushes the tip out or pulls it in.\n- most office pens\n\n"
        "### Capped\na pen whose tip stays out, protected by a cap pushed on over it.\n- cheaper\n\n"
        "### Twist\na pen whose barrel halves turn against each other to push the tip out.\n- older style\n"
    )
    assert answers(note, "Pens/Ballpoints.md") == ["Retractable", "Capped", "Twist"]
    # A click on a part of the interface is a step.
    assert answers("## Sync\n\nClick the **Sync** button in the sidebar to start.\n", "Help/Sync.md") == []


def test_a_described_click_is_a_sound_not_a_step() -> None:
    """"the single click of a tap shoe": a click with a word describing it is a noun too."""
    note = 'Jingle plates are dance plates of two loose discs riveted together, so every strike makes a double "jingle" instead of the single click of a tap shoe.\n'
    assert answers(note, "Dance/Jingle plates.md") == ["Jingle plates"]
    # A right click on a file is still a step.
    assert answers("## Files\n\nDo a right click on the note and select **Rename**.\n", "Help/Files.md") == []


def test_a_full_width_equals_sign_separates_a_japanese_entry() -> None:
    note = "# 盆栽 用語メモ\n\n- 針金かけ（はりがねかけ）＝枝に針金を巻いて形を整える作業\n- 植え替え：根を整理して新しい土に植え直すこと\n"
    assert answers(note, "盆栽/盆栽 用語.md") == ["針金かけ", "植え替え"]


def test_a_field_word_before_a_generic_head_names_a_concept() -> None:
    note = "# Physics wk 2\n\n- dew point — the temperature at which the air becomes saturated and water condenses\n- humidity lecture next week\n"
    assert answers(note, "Physics/Physics wk 2.md") == ["dew point"]
    # A judging or ordering word before it labels a section of notes.
    assert answers("# Plan\n\n- Final step: the form goes to the office by Friday\n", "Work/Plan.md") == []


def test_a_kind_repeated_and_pinned_by_an_ing_participle_defines() -> None:
    note = "# Leaves lecture\n\n- compound leaves - leaves divided into separate leaflets on one stalk\n- toothed margins - margins cutting into small points along the edge\n"
    assert answers(note, "Botany/Leaves lecture.md") == ["compound leaves", "toothed margins"]


def test_a_russian_noun_ending_like_a_participle_deep_in_a_gloss_is_no_report() -> None:
    note = (
        "# Геодезия — термины\n\n"
        "- **Азимут** — угол между северным направлением меридиана и направлением на предмет.\n"
        "- **Репер** — знак, закреплённый на местности, высота которого известна.\n"
    )
    assert answers(note, "Геодезия/Геодезия - термины.md") == ["Азимут", "Репер"]
    assert answers("# Планёрка\n\n- Встреча — перенесена на пятницу\n- Итог — встреча перенесена, ждём ответа\n", "Работа/Планёрка.md") == []


def test_a_title_term_glossed_by_working_out_something() -> None:
    note = "Triangulation is working out a position from the angles to two known landmarks.\n\nMore.\n"
    assert answers(note, "Navigation/Triangulation.md") == ["Triangulation"]
    assert answers("The pump is working again since the repair.\n\nMore.\n", "Home/Pump.md") == []


def test_a_claim_titles_plural_subject_defined_in_the_singular() -> None:
    note = (
        "# Tuned liquid dampers cut sway in tall towers\n\n"
        "A tuned liquid damper is a huge tank (water or slurry, or a sloshing box) mounted near the top of a tall building "
        "and tuned to the building's natural frequency.\n"
    )
    assert answers(note, "Engineering/Tuned liquid dampers cut sway in tall towers.md") == ["tuned liquid damper"]


def test_a_writers_remark_after_a_short_gloss_leaves_it_a_gloss() -> None:
    note = "# Running wk 2\n\n- cadence: steps per minute. I run at about 170 on flat roads\n- bring water\n"
    assert answers(note, "Running/Running wk 2.md") == ["cadence"]
    # Speaking of the writer at once is a log.
    assert answers("# Rowing wk 2\n\n- erg test: my best 2k so far, 7:41\n- bring water\n", "Rowing/Rowing wk 2.md") == []


def test_a_dated_lesson_glosses_the_terms_it_taught() -> None:
    note = (
        "# lesson w/ Tom – 12 Mar\n\nhomework: scales in thirds, then arpeggios\n\n"
        "- rubato – stretching the tempo and giving the time back later in the phrase\n"
        "- portato: notes slightly separated under one bow, between legato and staccato\n"
        "- posture \"shoulders down\" × 10\n"
    )
    assert answers(note, "Violin/Violin lesson 2024-03-12.md") == ["rubato", "portato"]
    # A dated event that is no lesson keeps its fields to itself.
    log = "# Hawk watch\n\n- Site: the north ridge above the quarry, windy all day\n- Observers: me and Dana\n"
    assert answers(log, "Birds/Hawk watch 2023-09-17.md") == []


def test_a_log_word_inside_a_compound_of_the_title_marks_no_log() -> None:
    note = (
        "# Compta – cours 3\n\n## Livres\n"
        "- livre-journal : registre de toutes les opérations dans l'ordre chronologique\n"
        "- balance → tableau qui reprend pour chaque compte le total débit et le solde\n"
        "- exercice de TD : p. 40, n° 2 pour lundi\n"
    )
    assert answers(note, "Compta/Livre-journal et balance.md") == ["livre-journal", "balance"]
    # A journal is a log.
    assert answers("# Mon journal\n\n- humeur : fatigué mais content de la séance\n", "Perso/Journal de bord.md") == []


def test_a_course_day_is_no_log() -> None:
    note = "# Day 1\n\n- belay: holding the rope so a fall is caught\n- anchor - the fixed point the whole system hangs from\n- lunch at 12\n"
    assert answers(note, "Climbing/Rope course - day 1 notes.md") == ["belay", "anchor"]
    assert answers(note, "Climbing/Day 1 of the trip.md") == []


def test_a_quotation_that_says_your_makes_no_manual_of_a_book_note() -> None:
    note = (
        "# Book notes\n\nThe thesis: your body adapts to what you repeat, so the plan matters more than the kit.\n\n"
        "- Supercompensation — when the body rebuilds a little stronger than before after a hard session and rest\n"
        "- Detraining — the loss of fitness that sets in after two or three weeks without training\n\n"
        "> \"Your training is only as good as your recovery.\" — paraphrased\n"
    )
    assert answers(note, "Running/Book notes.md") == ["Supercompensation", "Detraining"]


def test_see_inside_a_gloss_is_no_pointer() -> None:
    note = "# Databases lect 7\n\n- read-your-writes — a client always gets to see the data it wrote itself\n- quiz next week\n"
    assert answers(note, "Databases/Databases lect 7.md") == ["read-your-writes"]
    pointer = "# Memory lect 2\n\nCapacity: about four chunks, says Cowan → see [[Chunking]] for more on this.\n"
    assert answers(pointer, "Psychology/Memory lect 2.md") == []


def test_a_claim_titles_plural_in_es_or_ies_defined_in_the_singular() -> None:
    note = (
        "# Lithium batteries lose capacity in the cold\n\n"
        "A lithium battery is a huge block (pouch or can, or a stack of cells) mounted near the base of a tall cabinet and charged by the grid.\n"
    )
    assert answers(note, "Electronics/Lithium batteries lose capacity in the cold.md") == ["lithium battery"]


@pytest.mark.parametrize(
    ("note", "path", "expected"),
    [
        # A note to self, what to remember, an exam, something pending, in the languages of the notes.
        ("# Tartufo – appunti\n\n- Tartufaio: il cercatore di tartufi, di solito con un cane addestrato\n"
         "- Da ricordare: richiudere sempre la buca!!\n", "Tartufi/Tartufo - appunti.md", ["Tartufaio"]),
        ("# Paddenstoelen\n\n- hoed: het bovenste deel van een paddenstoel, met de lamellen eronder\n"
         "- steel: het deel dat de hoed boven de grond houdt\n"
         "- mijn eigen aantekening: bij de cursus zeiden ze dat dit niet altijd klopt\n", "Natuur/Paddenstoelen.md", ["hoed", "steel"]),
        # Who said it and a note of the writer's own, in Chinese; a doctrine is still a term.
        ("# 进化 笔记\n\n进化学说：生物通过自然选择逐渐演变、形成新物种的理论体系。\n王老师说：下周的考试只考第三章和第四章的内容。\n"
         "自己的备注：下次问老师拉马克和达尔文的区别在哪里。\n", "生物/进化 笔记.md", ["进化学说"]),
    ],
)
def test_a_writers_aside_in_another_language_is_no_term(note: str, path: str, expected: list[str]) -> None:
    assert answers(note, path) == expected


@pytest.mark.parametrize(
    ("note", "path", "expected"),
    [
        # Terms that end or open like an aside, or are a label word elsewhere (from the sixth review).
        ("# 可计算性\n\n停机问题：判断任意一个程序在给定输入上是否会在有限步内停止运行的问题。\n"
         "图灵机：一种抽象的计算模型，由无限长的纸带和读写头组成。\n", "计算机/可计算性.md", ["停机问题", "图灵机"]),
        ("# 笔记法\n\n康奈尔笔记：一种把页面分成线索栏、笔记栏和总结栏三部分的记笔记方法。\n"
         "思维导图：用从中心向外分支的图形来整理想法的方法。\n", "学习方法/笔记法.md", ["康奈尔笔记", "思维导图"]),
        ("# Relieve – glosario\n\n- Pendiente: inclinación del terreno respecto a la horizontal, medida en grados\n"
         "- Ladera: cada una de las vertientes de una montaña\n", "Geografía/Relieve - glosario.md", ["Pendiente", "Ladera"]),
        ("# Obstetrics\n\nNulliparous: never having given birth to a viable infant.\n", "Medicine/Obstetrics.md", ["Nulliparous"]),
    ],
)
def test_real_terms_that_look_like_asides_keep_their_cards(note: str, path: str, expected: list[str]) -> None:
    assert answers(note, path) == expected


def test_a_comparison_is_no_entry() -> None:
    note = (
        "# Turbines wk 2\n\n- pitch control: turning the blades to shed power in high wind\n- diagram on slide 4\n"
        "- older machines: passive stall instead, no pitch\n- bring calculator\n- rotor brake: never touch it while it is turning\n"
    )
    assert answers(note, "Energy/Turbines wk 2.md") == ["pitch control"]


def test_a_courses_day_glosses_the_terms_taught() -> None:
    """"... course day 2" is a day of teaching, not a diary's day."""
    note = (
        "# Thatching — day 2\n\n"
        "- yealm = a neat layer of straw drawn and straightened, ready to lay on the roof\n"
        "- liggers = split hazel rods fixed along the ridge to hold the top coat down\n"
        "- lunch at the barn, cold again\n"
    )
    assert answers(note, "Thatching/Thatching course day 2.md") == ["yealm", "liggers"]


def test_a_compound_adjective_opens_a_gloss_after_an_arrow_or_a_capitalised_term() -> None:
    """"club-shaped cell on the gills that ...": a compound adjective in "-ed" is no verb of a report."""
    note = (
        "# Mycology lecture 3\n\n"
        "- Cystidium → club-shaped cell on the gills that sticks out between the basidia\n"
        "- Hypha → thread-like filament that grows at its tip and branches\n"
        "- ask about the spore print homework\n"
    )
    assert answers(note, "Fungi/Mycology lecture 3.md") == ["Cystidium", "Hypha"]
    assert answers("# Standup\n\n- Alice → finished the login page\n", "Work/Standup notes.md") == []


_WORKSHOP_DAY = (
    "clown workshop, day two (Sat)\n\n"
    "- morning: \"the walk\" → find your clown's walk from the feet up. Mine = bouncing on my toes\n"
    "- **triangulation** = look from the object to the audience and back; lets them in on what you noticed\n"
    "- **take** = the visible reaction beat. double take = look, look away, snap back\n"
    "- improv: two clowns, one chair → fight over it for 5 min. we were terrible. she loved it\n"
    "- red nose on = no talking in the first exercise\n"
)


def test_a_workshop_days_bold_terms_glossed_after_equals_are_cards_and_its_plain_lines_are_not() -> None:
    cards = extract_note(_WORKSHOP_DAY, "clowning/Workshop day 2.md").candidates
    assert [c.answers for c in cards] == [("triangulation",), ("take",)]


def test_a_lessons_notes_keep_their_terms_beside_steps_that_read_like_a_manuals() -> None:
    """"drop test: ball of mix dropped ..." and "add straw last" read like software steps, two of
    which make a note documentation; a workshop's or a lecture's notes are none, and keep their
    terms."""
    note = (
        "# Lime plaster workshop\n\n"
        "- **slump test**: fill the cone with mix, lift it off, measure how far the heap sinks\n"
        "- drop test: ball of plaster dropped from shoulder height, cracks mean too dry\n"
        "- add hair last, a handful at a time\n"
        "- open the bag only when the water is ready\n"
    )
    got = {c.answers[0] for c in extract_note(note, "Plaster/Workshop notes - lime plaster.md").candidates}
    assert {"slump test", "drop test"} <= got
    # The same lines under a manual's title stay documentation.
    assert not {c.answers[0] for c in extract_note(note, "Plaster/Mixer app setup.md").candidates} & {"drop test"}


def test_a_class_that_speaks_to_its_reader_keeps_its_entry_lines() -> None:
    """A teacher's asides speak to the class ("bring your own clay", "if your pot cracks ..."): the
    note is still a class's notes, not a manual whose option lines are dropped. A manual that
    speaks so loses them, as before."""
    body = (
        "(studio evening, bring your own clay next time!)\n\n"
        "- trimming = shave the leather-hard pot on the wheel to thin the base\n"
        "- throwing = shaping a pot from a spinning lump of clay by hand\n\n"
        "drying check: if your pot feels cold against your cheek it is still too wet to fire.\n"
    )
    assert answers("# Pottery class wk 2 - wheel basics\n\n" + body, "Pottery/Pottery class wk 2 - wheel basics.md") == ["trimming", "throwing"]
    assert answers("# Wheel settings\n\n" + body, "Pottery/Wheel settings.md") == []


def test_a_quoted_remark_among_a_lectures_glosses_is_no_entry() -> None:
    # "- prof: "this is why ..."": a quoted clause with its verb is what someone said; a quoted
    # translation ("- hygge: "cosiness" ...") still glosses.
    note = (
        "# GEOG 215\n\n- eye = calm, mostly clear centre\n- eyewall = ring of the tallest thunderstorms around the eye\n"
        "- rainbands = spiral bands of cloud\n- prof: \"this is why intensity forecasts are so hard\"\n"
    )
    assert answers(note) == ["eye", "eyewall", "rainbands"]
    words = (
        "# Danish words\n\n- hygge: \"cosiness\", a mood of warmth and being together\n"
        "- arbejdsglæde: joy at work, a word English lacks\n- pyt: never mind, let it go\n"
    )
    assert "hygge" in answers(words, "Danish/Danish words.md")


def test_a_course_code_and_its_week_or_lecture_number_name_a_lecture() -> None:
    """"GEOL 240 wk 6", "ZOOL215 L4", "Meteo II L11": a course's code and its week or lecture is a
    lecture's title, whose arrows gloss; "RFC 5952 notes" and a club's "week 6" are no course."""
    from srs.core.extract.logtitles import taught_title

    assert all(taught_title(t) for t in ("GEOL 240 wk 6 - karst", "ZOOL215 L4 kiwi biology", "Meteo II L11 lee waves", "Lec 09 storage"))
    assert not any(taught_title(t) for t in ("RFC 5952 notes", "Club series week 6 - race notes", "ISO 8601 dates"))
    note = (
        "# GEOL 240 — wk 6: karst\n\n"
        "- doline → closed depression where the rock below dissolved\n"
        "- uvala → several dolines merged into one larger hollow\n"
        "- polje → big flat-floored basin that floods in the wet season\n"
    )
    assert answers(note, "Geology/GEOL 240 wk 6 - karst.md") == ["doline", "uvala", "polje"]


def test_a_lecture_number_before_its_topic_names_a_lecture() -> None:
    """"Genomics L7 - expression arrays", "HEA L9 — jets": a subject and its lecture's number before
    the topic is a lecture's title too; "Pentax L90 review" and "Room L1" are not."""
    from srs.core.extract.logtitles import taught_title

    assert all(taught_title(t) for t in (
        "Genomics L7 - expression arrays", "HEA L9 — jets & SEDs", "Sleep medicine L9: hypersomnias", "Soils L3",
        "MolBio 301 — L12: Sanger chemistry",
    ))
    # (After a place or a body part it is no lecture's number: a warehouse's aisle, a spinal level.)
    assert not any(taught_title(t) for t in (
        "Pentax L90 review", "Room L1 booking list", "Level L2 parking", "Warehouse L4 - stock issues", "Back pain L5 - physio",
    ))
    note = (
        "# Soils L3 - weathering\n\n"
        "- hydrolysis → feldspar reacting with water to give clay\n"
        "- oxidation → iron in minerals rusting, reddening the soil\n"
        "- carbonation → limestone dissolved by carbonic acid in rain\n"
    )
    assert answers(note, "Soils/Soils L3 - weathering.md") == ["hydrolysis", "oxidation", "carbonation"]


def test_an_entry_term_leading_by_an_arrow_to_a_name_hides_only_the_term() -> None:
    # "- chelicerae → the "jaws": ...": the term is what the arrow leads from, never the arrow's whole line.
    note = (
        "# Crab anatomy - lecture 2\n\n"
        "- carapace → the \"shell\": dorsal plate covering the cephalothorax\n"
        "- chelipeds: the first pair of legs, ending in claws\n"
        "- swimmerets: small paired limbs under the abdomen that carry the eggs\n"
    )
    found = {c.answers[0]: c.text for c in extract_note(note, "Crabs/Crab anatomy - lecture 2.md").candidates}
    assert found["carapace"] == "{{c1::carapace}} → the \"shell\": dorsal plate covering the cephalothorax"
    assert not any("→" in answer for answer in found)


def test_a_section_label_in_a_lectures_glossary_list_counts_for_the_list_but_gets_no_card() -> None:
    note = (
        "# Endokrinologie VL 3 – Morbus Addison\n\n"
        "- Morbus Addison = primäre Nebennierenrindeninsuffizienz, Ausfall der Rinde\n"
        "- Addison-Krise: akute Dekompensation mit Schock und Hypoglykämie\n"
        "- Klinik: Müdigkeit, Hyperpigmentierung, Hypotonie, Salzhunger\n"
        "- Therapie: Hydrocortison plus Fludrocortison, Dosis bei Stress erhöhen\n"
    )
    got = [a for c in extract_note(note, "Medizin/Endokrinologie VL 3.md").candidates for a in c.answers]
    assert "Klinik" not in got and "Therapie" not in got
    assert {"Morbus Addison", "Addison-Krise"} <= set(got)


def test_an_outlines_topic_labels_are_no_terms_in_a_list_a_line_or_a_run() -> None:
    outline = (
        "# Abbasid golden age\n\n"
        "- literature: al-Jahiz wrote on animals, rhetoric and misers, in a plain and witty Arabic prose\n"
        "- science: the House of Wisdom, a library and translation centre in Baghdad, made Greek works Arabic\n"
        "- painting: the Baghdad school of illustrated manuscripts, with the *Maqamat* as its best example\n"
        "- muwashshah: a strophic poem in classical Arabic with a refrain in the vernacular\n"
    )
    got = [a for c in extract_note(outline, "History/Abbasid golden age.md").candidates for a in c.answers]
    assert not {"literature", "science", "painting"} & set(got)
    animal = "# Badger\n\nSome context first.\n\nreproduction: mates in spring, but the embryo waits until winter to implant\n"
    assert "reproduction" not in [a for c in extract_note(animal, "Zoology/Badger.md").candidates for a in c.answers]


def test_a_glossarys_heading_names_the_note_not_a_term() -> None:
    note = (
        "# Glosario: comercio de derechos de emisión\n\n"
        "Tope: la cantidad máxima total de emisiones permitida en el sistema; se reduce cada año.\n"
        "Fuga de carbono: traslado de producción y emisiones a países con políticas menos estrictas.\n"
    )
    got = [a for c in extract_note(note, "Clima/Comercio de emisiones - glosario.md").candidates for a in c.answers]
    assert "Glosario" not in got and "Tope" in got


def test_a_glossary_of_a_fields_label_words_keeps_the_entries_that_define_them() -> None:
    note = (
        "# Pathology - week 1\n\n"
        "- diagnosis: identification of a disease from history, examination and tests\n"
        "- aetiology: study of the causes of a disease\n"
        "- lesion: any abnormal change in a tissue or organ\n"
        "- habitat: natural environment in which a species lives and breeds\n"
        "- prognosis: likely course and outcome of a disease in a given patient\n"
        "- mechanism: step-by-step sequence of elementary reactions by which a reaction happens\n"
    )
    got = [a for c in extract_note(note, "Medicine/Pathology - week 1.md").candidates for a in c.answers]
    assert {"diagnosis", "aetiology", "lesion", "habitat", "prognosis", "mechanism"} <= set(got)
