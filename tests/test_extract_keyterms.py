"""Key terms: bold noun phrases in prose become cards when nothing else defines them."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def _answers(text: str, path: str = "Lecture 4 - enzymes.md") -> list[tuple[str, ...]]:
    return [c.answers for c in extract_note(text, path).candidates]


def _rules(text: str, path: str = "Lecture 4 - enzymes.md") -> dict[str, str]:
    return {c.answers[0]: c.rule for c in extract_note(text, path).candidates}


@pytest.mark.parametrize(
    "sentence, term",
    [
        ("Enzymes lower the **activation energy** of a reaction without being consumed.", "activation energy"),
        ("During the seminar we saw how the substrate binds at the **active site** of the enzyme.", "active site"),
        ("The **Marshall Plan** (1948) sent economic aid to rebuild Western Europe.", "Marshall Plan"),
        ("When three duplicate ACKs arrive, TCP performs **fast retransmit** of the segment.", "fast retransmit"),
    ],
)
def test_a_bold_key_term_in_a_lecture_sentence_becomes_a_card(sentence: str, term: str) -> None:
    note = f"# Notes\n\nA **catalyst** is a substance that speeds up a reaction.\n\n{sentence}\n"
    cards = extract_note(note, "Lecture 4.md").candidates
    mine = [c for c in cards if c.answers == (term,)]
    assert len(mine) == 1
    assert "{{c1::" + term + "}}" in mine[0].text and "**" not in mine[0].text


@pytest.mark.parametrize(
    "sentence",
    [
        "I **really** should start the essay before the weekend is over.",  # one lower-case word
        "But **too many** constraints and you are just filling in a form.",  # function words
        "Tomato passata on the lowest heat for **3 hours** at minimum, stirring.",  # a number
        "If nothing shows, press **Ctrl+P** and run **Sync: Reload** from the list.",  # UI step
        "Study the **Najdorf** lines above first before the club night.",  # an instruction
        "Reading: **Chemerinsky** ch. 2, pp. 30–61, before the Tuesday class.",  # a label line
        "**Line numbers** — turn them on in the View menu of the app.",  # an option list entry
        "**The Dispossessed** — Ursula K. Le Guin, recommended by a friend.",  # a reading list
        "**Don't** name the emotion, put the clenched jaw on the page instead.",  # a contraction
    ],
)
def test_bold_that_is_no_key_term_gives_no_key_term_card(sentence: str) -> None:
    assert "key_term" not in _rules(f"# Notes\n\n{sentence}\n", "Thoughts.md").values()


def test_a_note_nothing_else_defines_in_keeps_only_lower_case_multi_word_terms() -> None:
    # Alone, a capitalised bold name is as often a product, a person or a button as a term.
    text = "The **Marshall Plan** sent economic aid to rebuild Western Europe after the war.\n\n" \
           "Enzymes lower the **activation energy** of a reaction without being consumed.\n"
    assert _answers(text, "Misc.md") == [("activation energy",)]


def test_software_documentation_gives_no_key_term_cards() -> None:
    text = (
        "Open the settings and select **Sync** to start.\n\n"
        "The **selective sync** option controls which of the files are uploaded to the server.\n"
    )
    assert "key_term" not in _rules(text, "Sync setup.md").values()


def test_daily_notes_and_tasks_give_no_key_term_cards() -> None:
    assert _answers("Met with **Sarah Jones** about the grant application today.\n", "2024-03-05.md") == []
    assert _answers("- [ ] send the **Quarterly Report** to the whole team by Friday\n", "Work.md") == []


@pytest.mark.parametrize("title", ["Shop log - bench build.md", "Fieldwork diary day 12.md", "Italian study log.md"])
def test_logs_and_diaries_give_no_key_term_cards(title: str) -> None:
    text = "Flattened the glued section with the **scrub plane**, winding sticks say it's close.\n"
    assert _answers(text, title) == []
    assert _answers(text, "Hand planes.md") == [("scrub plane",)]


def test_a_term_another_rule_defines_gets_no_second_card() -> None:
    text = "The **Krebs cycle** is a series of reactions that releases energy.\n\nLater the **Krebs cycle** feeds the electron transport chain.\n"
    rules = [c.rule for c in extract_note(text, "Biology.md").candidates if c.answers == ("Krebs cycle",)]
    assert len(rules) == 1 and rules[0] != "key_term"


def test_key_term_cards_keep_note_order() -> None:
    text = (
        "Enzymes lower the **activation energy** of a reaction without being consumed.\n\n"
        "An **allosteric site** is a binding site away from the active site.\n\n"
        "The substrate binds at the **catalytic pocket** of the folded enzyme.\n"
    )
    cards = extract_note(text, "Enzymes.md").candidates
    assert [c.answers[0] for c in cards] == ["activation energy", "allosteric site", "catalytic pocket"]
    assert [c.line for c in cards] == sorted(c.line for c in cards)




def test_a_roman_numeral_i_is_no_first_person() -> None:
    text = (
        "A **republic** is a state whose head is not a monarch.\n\n"
        "After World War I, the **Weimar Republic** replaced the German Empire, and it lasted until 1933.\n"
    )
    assert ("Weimar Republic",) in _answers(text, "History.md")


def test_titles_that_name_a_subject_with_log_or_day_words_keep_their_key_terms() -> None:
    text = "The **geometric mean** is what a log-normal variable centres on, not the arithmetic mean.\n"
    assert ("geometric mean",) in _answers(text, "Log-normal distribution.md")


def test_a_dash_after_a_bold_term_named_by_a_copula_opens_its_gloss() -> None:
    text = "The stages of cold water shock.\n\nThe middle stage is **swim failure** — muscles in the limbs cool so much that swimming stops.\n"
    assert _answers(text, "Cold water shock notes.md") == [("swim failure",)]
    # A choice named after "the plan is": no term glossed.
    choice = "Moving day.\n\nThe plan is **option two** — we rent a van and do it ourselves on Saturday.\n"
    assert _answers(choice, "Moving notes.md") == []
    # A list's entry opens its line with the bold term: the glossary rules judge it.
    entry = "The options here.\n\nThe list shows **Focus mode** — hides the sidebars and the status bar entirely.\n"
    assert _answers(entry, "Editor notes.md") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Before the box, most of the cargo moved as **break-bulk**: sacks and crates loaded piece by piece.", [("break-bulk",)]),
        ("Once the mycelium takes off it produces heat — **thermogenesis** — and a thick cake can climb past 40 °C.", [("thermogenesis",)]),
        ("A locked chord produces **ring** — overtones so strong that the ear hears an extra voice on top.", [("ring",)]),
    ],
)
def test_a_lower_case_word_glossed_at_once_after_a_colon_or_a_dash_is_a_key_term(text: str, expected: list[tuple[str, ...]]) -> None:
    # (Beside a definition: a note with no other card keeps only key terms of several words.)
    note = f"Notes from the course.\n\nA **reefer** is a refrigerated shipping container.\n\n{text}\n"
    assert _answers(note, "Course notes.md") == [("reefer",), *expected]


@pytest.mark.parametrize(
    "text",
    [
        # A verb after "that", "or", a modal: the dash glosses the clause, not a term.
        "Flat, bready taste from a roast that **stalls** — the rate of rise flattens out in the middle of the roast.",
        "Rain water that **pools** — standing on the slab for days — is the first sign of a failed fall.",
        # Emphasis before a colon: a word of no content.
        "The thing to remember is that you **must**: keep the ladder footed at all times on site.",
    ],
)
def test_a_lower_case_verb_or_emphasis_before_a_dash_is_no_key_term(text: str) -> None:
    note = f"Notes from the course.\n\nA **reefer** is a refrigerated shipping container.\n\n{text}\n"
    assert _answers(note, "Course notes.md") == [("reefer",)]


def test_a_lower_case_term_glossed_at_once_stands_behind_a_label() -> None:
    note = (
        "Rigging, the second morning of the course.\n\n"
        "- anchors: natural ones like a tree or a boulder, bolts, and a **meat anchor** = a person is the anchor for the last one down\n"
        "- rule of thumb: **test first** — the pull test tells you if the rope will come down at the end\n"
    )
    assert _answers(note, "canyoning/Guide course day 2 - rigging.md") == [("meat anchor",)]


def test_key_terms_of_a_courses_day_are_read_and_of_a_diarys_day_are_not() -> None:
    note = "Rigging notes.\n\nA knot and a carabiner jammed at the ring make the **biner block** for a single strand of rope.\n"
    assert _answers(note, "canyoning/Guide course day 2 - rigging.md") == [("biner block",)]
    assert _answers(note, "trips/Ticino trip day 2.md") == []
    # A workshop's numbered session with its topic is taught; its day alone, or its diary, is logged.
    assert _answers(note, "canyoning/Workshop day 2 - rigging.md") == [("biner block",)]
    assert _answers(note, "canyoning/Class 3: anchors.md") == [("biner block",)]
    assert _answers(note, "canyoning/Workshop day 2.md") == []
    assert _answers(note, "canyoning/Workshop diary week 12.md") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The only card of its note: a term glossed at once is kept, however short.
        ("Halfway through ageing some people do **tenchigaeshi** — turning the miso top to bottom into a clean crock.", [("tenchigaeshi",)]),
        ("It is thrown out at the start of each **mène** — one round, from the throw until all the boules are played.", [("mène",)]),
        # A noun phrase set off by commas glosses it too.
        ("The flavour is locked up as **glucovanillin**, vanillin bound to a sugar, and it comes free during sweating.", [("glucovanillin",)]),
        ("Each flower gives three **stigmas**, the red threads, and they weigh almost nothing once dry.", [("stigmas",)]),
    ],
)
def test_a_lone_lower_case_term_glossed_at_once_is_a_card_of_its_own(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _answers(f"Notes from the class.\n\n{text}\n", "Class notes.md") == expected


@pytest.mark.parametrize(
    "text",
    [
        # A past verb after the comma: a log's line goes on, no gloss.
        "Mon: wedged ten kilos of **grogged clay**, started the armature for the torso and the base.",
        # The comma opens a clause: no noun phrase glosses the word.
        "The kiln went up to **maturity**, which was too hot for the slip we had mixed last term.",
    ],
)
def test_a_comma_after_a_bold_word_that_opens_no_noun_phrase_glosses_nothing(text: str) -> None:
    assert _answers(f"Notes from the class.\n\n{text}\n", "Class notes.md") == []


GLAZE_LECTURE = """# Glazing lecture 3

- glaze goes on bisqueware, never on greenware
- **crawling** → glaze pulling back into islands on the pot, bare clay between them
- **crazing** → a net of fine cracks in the fired glaze from a mismatch in shrinkage
- **blistering** → burst bubbles in the glaze, sharp craters left behind
- **pinholing** → tiny craters where gas escaped from the body during the firing
"""


def test_a_lectures_bold_terms_glossed_after_an_arrow_are_cards() -> None:
    """"- **crawling** → glaze pulling back ...": the arrow glosses the term that opens the line,
    however many lines open so (a lecture's list, not a list of options) and however terse the
    gloss ("burst bubbles in the glaze, ..." holds one word of English's commonest)."""
    got = _answers(GLAZE_LECTURE, "Ceramics/Glazing lecture 3.md")
    assert got == [("crawling",), ("crazing",), ("blistering",), ("pinholing",)]


@pytest.mark.parametrize(
    "line",
    [
        "- **heat** → steam → the loaf rises in the oven before the crust sets",  # a chain of consequences
        "- **rain** → see the weather note for the plan on the day",  # a pointer
        "- **DALI** vs. Casambi for controls → M&E prefers **DALI-2**, cost check needed",  # no gloss right after the term
    ],
)
def test_an_arrow_that_glosses_nothing_gives_no_key_term(line: str) -> None:
    note = f"# Bread lecture 2\n\n- ovens vary a lot\n{line}\n"
    assert _answers(note, "Baking/Bread lecture 2.md") == []


@pytest.mark.parametrize(
    "sentence, term",
    [
        ("A dated coin in a layer gives a **terminus post quem** for it.", "terminus post quem"),
        ("a hot, thin gas gives **emission lines** — bright lines at wavelengths of its elements", "emission lines"),
        ("Usually **kahm yeast** — a harmless, flat white film of wild yeast", "kahm yeast"),
        ("sticks at the **glass transition** (Tg), soft above it", "glass transition"),
    ],
)
def test_a_terse_sentences_term_stands_after_an_article_or_before_its_gloss(sentence: str, term: str) -> None:
    """A lecture's sentence may hold a single word of English's commonest ("the", "of"); its bold
    term is still a card when an article stands before it or a gloss opens right after it."""
    assert (term,) in _answers(f"# Materials lecture 6\n\n- intro\n- {sentence}\n", "Lecture 6 - materials.md")


@pytest.mark.parametrize(
    "sentence",
    [
        "prof said **know dates** in order of events",  # chatter: no article, no gloss
        "found **sea holly** + **evening primrose** on the dunes",
        "Use a **vista de leitura** para confirmar que a etiqueta foi aplicada.",  # Portuguese's "a"
        "Vælg **Opret** til højre for **Opret ny boks**",  # Danish's "for"
        "We spent an hour on the **transcendental ego** — as usual nobody agreed",  # the writer's group
    ],
)
def test_a_terse_sentence_without_article_or_gloss_or_in_another_language_gives_no_key_term(sentence: str) -> None:
    assert _answers(f"# Field trip notes\n\n- intro\n- {sentence}\n", "Field notes.md") == []


def test_a_meeting_titled_by_its_day_and_month_has_no_key_terms() -> None:
    """"Club night 12 March" is a log without its year; "Lecture 12 March" is still taught."""
    sentence = "Martin suggested an **endgame study night** in April, the club agreed to it."
    assert _answers(f"# Club night\n\n{sentence}\n", "Chess/Club night 12 March.md") == []
    assert _answers(f"# Lecture\n\n{sentence}\n", "Chess/Lecture 12 March.md") == [("endgame study night",)]


DRESSAGE_SCALE = """# Training scale
lecture 2 — riding theory

- 1. **Rhythm** (Takt) → regularity of the footfalls in every gait, same tempo
- 2. **Suppleness** (Losgelassenheit) → the horse loose, relaxed, back swinging in trot
- 3. **Contact** (Anlehnung) → steady, elastic connection to the rider's hand
- 4. **Straightness** (Geraderichten) → hind feet follow front feet on lines and circles
"""


def test_an_aside_in_brackets_may_stand_between_the_term_and_its_arrow() -> None:
    got = {a[0] for a in _answers(DRESSAGE_SCALE, "Riding/Training scale.md")}
    assert {"Rhythm", "Suppleness", "Contact", "Straightness"} <= got


@pytest.mark.parametrize(
    "sentence, term",
    [
        ("Music at a milonga comes in **tandas** (sets of three or four songs of one orchestra) with a break.", "tandas"),
        ("Each growth ring has soft **earlywood** (grown in spring, light and porous) and harder wood.", "earlywood"),
    ],
)
def test_a_lone_word_glossed_in_brackets_is_a_key_term(sentence: str, term: str) -> None:
    assert _answers(f"# Notes\n\n{sentence}\n", "Dance/Milonga codes.md") == [(term,)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Everything in the code is measured in **units** (one dit = 1 unit) and nothing else.",  # a figure
        "Salt is always measured by **weight** (of the water, or of the whole jar) for the brine.",  # a preposition
        "Add the **salt** (lots of it, honestly) to the water for the brine.",  # a quantity
    ],
)
def test_a_bracket_after_a_lone_word_that_glosses_nothing_gives_no_key_term(sentence: str) -> None:
    assert _answers(f"# Notes\n\n{sentence}\n", "Cooking/Brine.md") == []


def test_a_dash_after_a_term_inside_the_sentence_opens_its_gloss() -> None:
    """After an article inside a sentence, a dash opens the bold term's gloss; at the line's start
    it would be a list's entry ("**Title** — Author"), and a note to self glosses nothing."""
    gloss = "Glass rods each have a **melting range** (MR) — how hot the glass must get before it flows."
    assert _answers(f"# Lampwork lecture\n\n{gloss}\n", "Lampwork lecture.md") == [("melting range",)]
    note = "The client says the old latch has only the **cam lever** (part 4) on the side — check fig. 4"
    assert _answers(f"# Patent call\n\n{note}\n", "Patent call.md") == []


def test_a_word_in_brackets_names_what_the_clause_before_it_describes() -> None:
    note = "# Water cycle\n\nPlants release water vapour through their leaves (**transpiration**), and it condenses on the glass.\n"
    assert _answers(note, "Terrariums/Water cycle.md") == [("transpiration",)]
    # (A short label's aside is no such clause.)
    assert _answers("# Log\n\nPlatform kit (**metcalfe**) arrived today, the roof is the only thing left.\n", "Layout.md") == []


def test_a_word_after_equals_names_what_the_clause_before_it_describes() -> None:
    note = "# Cob lecture\n\n- trimming back the sides of a lift with a spade once it has stiffened = **paring**\n"
    assert _answers(note, "Building/Cob lecture.md") == [("paring",)]
    # (A judgement or a figure after "=" names nothing.)
    chatter = "# Inks\n\n- the red ink in the old pen from last year = **gorgeous**, but it dries slowly\n"
    assert _answers(chatter, "Pens/Inks.md") == []


def test_a_bold_term_before_an_ascii_arrow_is_glossed_as_before_an_arrow() -> None:
    note = "# Immunology lecture 5\n\n- intro to the innate response\n- **chemotaxis** -> movement of cells along a chemical gradient toward the wound\n"
    assert _answers(note, "Immunology lecture 5.md") == [("chemotaxis",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A described subject, a copula, then the name closing the sentence.
        ("Three waste products, feces, urine and sweat, are the **malas**. Their amount is a sign.", [("malas",)]),
        ("You grind the ink stick on a stone with water. The stone itself is the **suzuri**.", [("suzuri",)]),
        ("Each folded sheet of parchment is a **bifolium** (two leaves, four pages).", [("bifolium",)]),
        # Without an article the subject must be long and the word no adjective's.
        ("This whole stage of turning raw notes into themes is **synthesis**.", [("synthesis",)]),
        # A noun in "-y" that no adjective ends in ("-logy", "-ergy", "-nomy" ...), set off by dashes too.
        (
            "The general mechanism — individuals coordinating by changing a shared environment that cues further work — is **stigmergy**.",
            [("stigmergy",)],
        ),
        # A superlative names a fact, unless it picks a part or a moment.
        ("Of all the body's organs, the largest organ is the **skin**.", [("skin",)]),
    ],
)
def test_a_name_a_copula_gives_its_described_subject_closes_the_sentence(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _answers(f"Notes from the class.\n\n{text}\n", "Class notes.md") == expected


@pytest.mark.parametrize(
    "text",
    [
        "After the storm in the night it was a **disaster** for the harbour.",  # a pronoun describes nothing
        "After the long drive back home the weather was **awful**.",  # an adjective's word
        "After the long drive back home the whole kitchen was **sticky**.",  # "-y" of an adjective
        "What you need for the whole course is **patience**.",  # "what" describes nothing
        '**Note:** _Savile Row_ uses "bespoke" strictly; some shops call MTM bespoke, which is **marketing**.',  # a verdict
        "The plan is **option**.",  # a choice named
        "The best purchase this year was the **blender**.",  # a subject that ranks picks one
        "The hardest part is the **waiting**.",
        "D-value is a **time**, z-value is a **temperature**.",  # the subject runs back over a bold term
    ],
)
def test_a_copula_before_a_closing_word_that_names_nothing_gives_no_card(text: str) -> None:
    assert _answers(f"Notes from the class.\n\n{text}\n", "Class notes.md") == []


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("- integrated phage DNA = **prophage**", "prophage"),
        ("- stress (UV, DNA damage) → prophage excises → switches to lytic = **induction**", "induction"),
        ("- joined by a narrow waist = **pedicel**", "pedicel"),
        ("- standing waves in cavity → only certain freq. allowed = **longitudinal modes**, spacing c / 2L", "longitudinal modes"),
    ],
)
def test_a_lectures_terse_description_named_in_bold_after_equals_is_a_card(line: str, term: str) -> None:
    note = f"# Micro lecture 6\n\n- **lytic cycle**: phage attaches, injects its DNA and lyses the cell\n{line}\n"
    assert (term,) in _answers(note, "Micro lecture 6.md")


@pytest.mark.parametrize(
    "line",
    [
        "- the run on Tuesday = **easy**",  # a state after a short description
        "- the red ink in the old pen = **gorgeous**",  # a judgement
        "- my mood after the long week = **exhausted**",  # the writer's
        "- Went to the market for bread = **done**",  # a diary's line
        "- tea = **oolong**",  # too short to describe anything
        "- tickets closed this week = **done**",  # a status
        "- API migration status for the team = **pending**",
        "- rent plus utilities plus internet = **covered**",  # a participle's state
    ],
)
def test_equals_before_a_bold_word_that_names_no_description_gives_no_card(line: str) -> None:
    assert _answers(f"# Week\n\n{line}\n", "Week.md") == []


def test_an_abbreviation_spelled_out_at_once_is_a_key_term_of_its_own() -> None:
    note = (
        "# Visual line of sight\n\nMost demos work. Default rules in most countries require **VLOS** — visual line of sight: "
        "the remote pilot must see the aircraft.\n\nDelivery at any useful range needs **BVLOS** (beyond visual line of sight) "
        "operation, which is only allowed case by case.\n"
    )
    assert _answers(note, "Drones/Visual line of sight is the real limit.md") == [("VLOS",), ("BVLOS",)]
    # (Capitals that the words after them do not spell are a product's or a team's name.)
    assert _answers("# Plan\n\nThe whole project now depends on **ACME** (the vendor we picked last year) for parts.\n", "Plan.md") == []


def test_a_name_with_its_symbol_in_bold_gives_one_card() -> None:
    note = "# Orbits lecture\n\n- **eccentricity e** = how elongated the orbit is, 0 for a circle\n- **inclination i** = tilt of the orbit against the equator\n"
    assert _answers(note, "Orbits lecture.md") == [("eccentricity",), ("inclination",)]


def test_a_bold_term_naming_what_the_title_claims_is_kept_alone() -> None:
    """A note titled by a claim whose only card is the bold name of the claim's subject: kept,
    though no other rule found a card (a capitalised bold name is otherwise emphasis there)."""
    from srs.core.extract import extract_note

    note = (
        "#history\n\nIn 1346 the English longbowmen broke the French cavalry at the **Battle of Crécy** and the"
        " knights never charged the same way again.\n"
    )
    got = [a for c in extract_note(note, "History/Crécy showed longbows beating mounted knights.md").candidates for a in c.answers]
    assert got == ["Battle of Crécy"]
    diary = "Met **Anna Berg** at the station and we walked along the harbour for an hour before the rain.\n"
    assert extract_note(diary, "Journal/Anna showed me the harbour walk.md").candidates == ()


@pytest.mark.parametrize(
    "sentence, term",
    [
        ("In counterpoint a **canon** is strict imitation: a second voice repeats the first exactly.", "canon"),
        ("Nothing is lost at once, because the **reflog** records every position a branch tip has had.", "reflog"),
        ("Songbirds make their sounds with the **syrinx**, at the base of the trachea.", "syrinx"),
    ],
)
def test_a_lone_lower_case_word_after_an_article_is_the_noun_it_opens(sentence: str, term: str) -> None:
    note = f"# Notes\n\nA **catalyst** is a substance that speeds up a reaction.\n\n{sentence}\n"
    assert (term,) in _answers(note, "Lecture 4.md")


@pytest.mark.parametrize(
    "sentence",
    [
        "It turned out to be a **huge** problem for the whole project in the end.",  # an adjective before its noun
        "Admiralty jurisdiction attaches to the **ship** itself, not just to the owner.",  # stressed
        "Restoring force comes mostly from the **weight** of the chain being lifted off the seabed.",
        "On a circle to the left the horse should be on the **left** lead, or it is unbalanced.",  # a side
        "D-value is a **time**, z-value is a **temperature**.",  # two set against each other
        "It is **really** a matter of practice, **honestly**, and of the teacher you have.",  # adverbs
        # A predicate's noun after a copula, a state, a sentence's subject in a diary, an object.
        "Honestly the new espresso machine is a **lifesaver** in the mornings.",
        "The **kids** are asleep and the house is quiet now.",
        "The **sauce** needs more salt and a bit of sugar.",
        "The kids loved the **aquarium** and the penguins.",
        "It was a **long** and tiring day at the office.",
    ],
)
def test_a_lone_word_after_an_article_that_is_stressed_gives_no_key_term(sentence: str) -> None:
    note = f"# Notes\n\nA **catalyst** is a substance that speeds up a reaction.\n\n{sentence}\n"
    assert [a for a in _answers(note, "Lecture 4.md") if a != ("catalyst",)] == []


def test_a_label_before_a_sentence_of_prose_does_not_silence_its_terms() -> None:
    note = (
        "# Notes\n\nA **catalyst** is a substance that speeds up a reaction.\n\n"
        "Irony: the fire that destroyed the palace is what baked the clay tablets of the **royal archive** hard.\n"
    )
    assert ("royal archive",) in _answers(note, "Lecture 4.md")


def test_a_word_in_eed_is_no_past_verb_of_prose_after_a_label() -> None:
    """"speed", "indeed", "need": a word that ends in "-eed" makes no sentence of prose after a
    label, so a bold term there is a label's value, not a key term."""
    note = (
        "# Notes\n\nA **catalyst** is a substance that speeds up a reaction.\n\n"
        "Indeed: the fire that swept through the palace in the night kept the clay tablets of the **royal archive** at speed.\n"
    )
    assert [a for a in _answers(note, "Lecture 4.md") if a != ("catalyst",)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mon: wedged ten kilos of **grogged clay**, then started the armature for the torso and the arms.",  # a day's log
        "Reading: **Chemerinsky** ch. 2, pp. 30–61, before the Tuesday class.",  # a short label line
        "Anna: the **retention policy** was changed last week because legal asked for it.",  # a speaker's news
        "Rule of thumb: **test first** — the spot test on the thallus tells you whether the lichen has the acids.",
    ],
)
def test_a_days_label_a_short_line_and_the_labels_own_value_stay_silent(sentence: str) -> None:
    note = f"# Notes\n\nA **catalyst** is a substance that speeds up a reaction.\n\n{sentence}\n"
    assert [a for a in _answers(note, "Lecture 4.md") if a != ("catalyst",)] == []


@pytest.mark.parametrize(
    ("note", "title", "term"),
    [
        (
            "# Stars\n\nOn the upper branch the rate of mass loss jumps a hundredfold in a few thousand years — the **superwind**.\n",
            "Red giants lose mass.md", "superwind",
        ),
        (
            "# Jellyfish\n\nHow: cells of the medusa switch identity directly into other cell types without going back through a "
            "stem-cell stage — the **transdifferentiation**. Muscle cells become nerve cells.\n",
            "Turritopsis can revert to a polyp.md", "transdifferentiation",
        ),
    ],
)
def test_a_term_after_a_dash_that_closes_the_sentence_names_what_the_clause_describes(note: str, title: str, term: str) -> None:
    """The clause before the dash (eight words or more) describes what the term names: the term is
    glossed, and keeps its card in a note no other rule finds anything in."""
    assert (term,) in _answers(note, title)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hot shop clear here is about 96 and the fusing glass is 90 — **incompatible**, then.",  # a verdict goes on
        "Short remark — the **kettle**.",  # too short a clause to describe anything
        "The latency of the search page went down from 800 to 120 ms after the cache — **huge**.",  # a verdict
        "The one open question we still have to settle with the supplier before signing: **pricing**.",  # an answer
        "The thing that matters most to the board this quarter is — the **retention**.",  # an answer after a copula
    ],
)
def test_a_verdict_or_a_short_remark_after_a_dash_names_nothing(sentence: str) -> None:
    assert _answers(f"# Notes\n\n{sentence}\n", "Glass notes.md") == []


def test_a_lone_bold_word_stressed_in_a_note_whose_title_is_a_claim_is_no_key_term() -> None:
    body = "Most of the talking happens in the **kitchen**, while someone is chopping onions and nobody is looking at anyone.\n"
    got = extract_note(f"#evergreen\n\n{body}", "Family/Family dinners matter more than activities.md").candidates
    assert [c.answers for c in got] == []
    trip = "# Boat trip Llangollen 2023-08\n\nfirst lock at Grindley Brook — the **staircase**!! took ages to get through\n"
    assert extract_note(trip, "Trips/Boat trip Llangollen 2023-08.md").candidates == ()


def test_an_eponym_in_bold_is_a_key_term_and_a_possessive_or_a_contraction_is_not() -> None:
    note = (
        "An enzyme is a protein that speeds up a chemical reaction in the cell.\n\n"
        "Aqueous humour drains through the trabecular meshwork into **Schlemm's canal** and on into the veins.\n\n"
        "Whatever you do, **don't** let the pressure climb for weeks before the next check.\n\n"
        "The results went straight to **Tom's** inbox after the clinic closed for the day.\n"
    )
    got = [a for answers in _answers(note, "Eyes/Glaucoma lecture.md") for a in answers]
    assert "Schlemm's canal" in got
    assert "don't" not in got and "Tom's" not in got


def test_an_abbreviation_in_brackets_may_stand_between_a_key_term_and_its_gloss() -> None:
    note = (
        "An enzyme is a protein that speeds up a chemical reaction in the cell.\n\n"
        "Odd as it sounds, fish kills are all about **dissolved oxygen** (DO) — the amount of oxygen gas held in the water, which falls overnight.\n"
    )
    assert ("dissolved oxygen",) in _answers(note, "Aquaculture/Pond fish die at dawn, not at night.md")


def test_an_abbreviation_then_a_name_glosses_no_key_term_in_a_meeting() -> None:
    note = (
        "An enzyme is a protein that speeds up a chemical reaction in the cell.\n\n"
        "From Monday the new **project lead** (PL) — Priya, she takes over the budget and the hiring from Tom.\n"
    )
    assert ("project lead",) not in _answers(note, "Projects/Falcon kickoff.md")
