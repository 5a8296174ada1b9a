"""Glossaries run together on one line, entries set apart by " · ": a note goes in, its cards
come out. A title or a label may come first, a term may carry an aside or a dash of its own, and a
record's fields (figures in most of them) stay silent."""

from __future__ import annotations

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/One line.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def test_a_title_and_a_dash_before_the_first_entry() -> None:
    note = (
        "Bridge bearings — elastomeric pad: a block of rubber and steel plates that lets the deck move a little · "
        "rocker bearing: a curved steel piece that tilts as the deck expands · "
        "pot bearing: a rubber disc sealed in a steel pot, for heavy loads. #bridges\n"
    )
    assert answers(note) == ["elastomeric pad", "rocker bearing", "pot bearing"]


def test_grades_with_figures_in_their_asides() -> None:
    note = (
        "Tea grades (leaf size, sorted at 2 mm): FOP = flowery orange pekoe, whole leaf with some tips · "
        "GFOP (GFOP1, GFOP2) = golden flowery orange pekoe, more golden tips in the leaf · "
        "BOP (BOP1) = broken orange pekoe, smaller pieces that brew faster · "
        "Fannings = tiny leaf fragments left after sorting the broken grades · "
        "C1–C3 = crush-tear-curl, tiny pellets for tea bags. #tea\n"
    )
    found = answers(note)
    assert found[:3] == ["FOP", "GFOP", "BOP"]
    assert "GFOP (GFOP1, GFOP2)" not in found


def test_a_label_with_an_aside_before_the_first_entry() -> None:
    note = (
        "Hand families (evening class, copied off the board): Uncial – rounded capitals, the book hand of early monks · "
        "Rustic – tall narrow capitals, quick to write · Textura – dense black letter with broken strokes · "
        "Italic – slanted, joined, made for speed · see [[Pens]] #lettering\n"
    )
    assert answers(note) == ["Uncial", "Rustic", "Textura", "Italic"]


def test_a_record_with_figures_in_most_fields_stays_silent() -> None:
    note = (
        "Dive 14 · Site: the north wall of the quarry · Depth: 18 m at the deepest point · "
        "Water: 9 °C below the thermocline · Visibility: 6 m, green and murky · Buddy: Sam from the club\n"
    )
    assert answers(note) == []


def test_study_pairs_run_into_the_title_hide_the_terms_they_define() -> None:
    """A note flattened into its title, study pairs in a row, a link and tags at the end: each
    question asks what a term means and a definition answers, so the terms are the clozes (the
    link at the end is no navigation before the body)."""
    note = (
        "# Umpire study Q&A — Q: What is a no-ball? A: an illegal delivery, usually because the bowler's front foot"
        " lands beyond the popping crease; the batting side gets an extra run. Q: What is a wide? A: a delivery that"
        " passes too far from the batter to be hit from a normal stance, also worth one run. #cricket [[Laws]]"
    )
    cards = extract_note(note, "Cricket/Umpire study Q&A.md").candidates
    # (Each pair is a card of its own, as it was before the line breaks were lost.)
    assert [c.answers for c in cards] == [("no-ball",), ("wide",)]


def test_a_flattened_title_before_its_body_is_no_part_of_the_term() -> None:
    """"# Soak test A soak test (...) measures ...": the note's title, then its body's first sentence."""
    note = (
        "# Soak test A soak test (percolation test) measures how fast water drains into the soil where a"
        " soakaway would go, in seconds per millimetre. Dig the hole, fill it twice and time the second fall. [[Drainage]]"
    )
    got = [a for c in extract_note(note, "Drainage/Soak test.md").candidates for a in c.answers]
    assert "soak test" in got and not any(a.startswith("Soak test A") for a in got)


def test_a_gerund_and_its_verb_under_a_claim_title_gloss_nothing() -> None:
    """"Picking works on ... because ...": a sentence about picking, not the title's gloss."""
    note = "# Spool pins defeat picking\n\nPicking works on cheap locks because standard pins set one at a time when lifted.\n"
    assert [c.rule for c in extract_note(note, "Locks/Spool pins defeat picking.md").candidates if c.rule == "title_gloss"] == []


def test_a_lecture_list_that_lost_its_line_breaks_and_its_heading_is_read_item_by_item() -> None:
    """No heading, no bold: three items glossed after "=" (in capitals or in lower case) say the
    line was a list. Its opening words are its title, not an entry."""
    note = (
        "Ward round — renal teaching w/ Dr P (wk 3) - AKI = rise in creatinine ≥26 µmol/L in 48 h or ≥1.5× baseline"
        " - eGFR: estimate of filtration from creatinine, age and sex - KDIGO staging (2012) = three stages by creatinine"
        " and urine output - prerenal AKI = low perfusion, kidney itself fine - ask about contrast before CT\n"
    )
    found = {c.answers[0]: c.text for c in extract_note(note, "Renal/Ward round notes - renal.md").candidates}
    assert {"AKI", "eGFR", "prerenal AKI"} <= set(found)
    assert found["eGFR"].startswith("{{c1::eGFR}}: estimate of filtration")
    assert not any(answer.startswith("Ward round") for answer in found)



def test_a_meetings_fields_run_together_on_one_line_stay_one_paragraph() -> None:
    """Fields in lower case after "=" are a meeting's, not a lecture's list: two items at least
    must be glossed in capitals for a line with no heading to be read as a flattened list."""
    from srs.core.markdown import looks_flattened

    line = (
        "Weekly sync with Dana and Raj, Tuesday - status = mostly green, the export slipped a day"
        " - owner = Raj for the invoice export work - next step = demo on Friday - risk = the vendor may not deliver"
        " the new scanner before the end of the month"
    )
    assert len(line) >= 200  # (shorter lines are never read as flattened)
    assert not looks_flattened(line)
    assert extract_note(line + "\n", "Work/Billing.md").candidates == ()
    lecture = line.replace("status =", "SIRS =").replace("owner =", "MAP =")
    assert looks_flattened(lecture)


def test_study_pairs_that_lost_their_line_breaks_each_make_a_card() -> None:
    """An export of study cards flattened onto one line: each "Q: ... A: ..." pair is a card, a
    "question?::answer" field ends where the next sentence opens, and the cloze and highlight
    after it are kept (the whole line was lost before)."""
    note = (
        "Inca quiz (pasted from the phone app) Q: Who built Machu Picchu? A: Pachacuti"
        " Q: What was the Inca capital? A: Cusco Which knotted cords recorded numbers?::Quipu"
        " The Inca road network was called the {{c1::Qhapaq Ñan}}. Runners called chasquis carried ==messages in relays==. #inca\n"
    )
    found = {c.answers[0]: c.text for c in extract_note(note, "Inca/Inca quiz.md").candidates}
    assert set(found) == {"Pachacuti", "Cusco", "Quipu", "Qhapaq Ñan", "messages in relays"}
    assert found["Cusco"] == "What was the Inca capital? {{c1::Cusco}}"
    assert found["Quipu"].endswith("{{c1::Quipu}}")


def test_prose_before_flattened_study_pairs_keeps_its_own_cards() -> None:
    """The prose that opened the line is a paragraph of its own, read by the sentence rules; a
    lower-case "what is X?" with a long answer hides X."""
    note = (
        "Compilers midterm (typed on the bus) — a **lexer** is the stage that turns characters into tokens for the parser."
        " Q: what is a basic block? A: a straight run of instructions with one entry and one exit and no jumps inside it."
        " Q: SSA? A: every variable is assigned exactly once, copies get fresh names. #compilers\n"
    )
    found = {c.answers[0]: c.text for c in extract_note(note, "Compilers/Compilers midterm.md").candidates}
    assert {"lexer", "basic block", "SSA"} <= set(found)
    assert found["basic block"].startswith("what is a {{c1::basic block}}?")


def test_codes_glossed_one_after_another_under_a_flattened_heading() -> None:
    """"ABC = gloss" entries with nothing between them are a glossary's lines, each a card."""
    note = (
        "# Aviation codes #flying ## Airport weather (read off the ATIS) CAVOK = ceiling and visibility OK, no cloud below"
        " five thousand feet NOSIG = no significant change expected in the next two hours"
        " TEMPO = temporary fluctuations lasting under an hour each BECMG = becoming, a lasting change over a period\n"
    )
    assert answers(note, "Flying/Aviation codes.md") == ["CAVOK", "NOSIG", "TEMPO", "BECMG"]


def test_flattened_lecture_items_may_carry_an_abbreviation_in_brackets() -> None:
    note = (
        "# Glaciers tags: #geology Glaciers flow under their own weight, and the ice deforms as it moves downhill."
        " - firn = old snow half way to ice, granular - equilibrium line (ELA) = where a year's gain equals its loss"
        " - ablation zone = the part below it, losing more than it gains each year\n"
    )
    assert {"firn", "equilibrium line", "ablation zone"} <= set(answers(note, "Geology/Glaciers.md"))
    # (The item with its abbreviation counts among the items that set the list apart: each item is
    # a line of its own, not the tail of the one before.)
    from srs.core.markdown import restore_flattened

    lines = restore_flattened(note).splitlines()
    assert "- equilibrium line (ELA) = where a year's gain equals its loss" in lines
    assert "- ablation zone = the part below it, losing more than it gains each year" in lines


def test_a_flattened_heading_ends_before_a_capitalised_adjective_and_its_comma() -> None:
    note = (
        "# Tea kinds  A short list from the tasting. ## Kinds ### Sencha Grassy, bright steamed green tea from Japan,"
        " the everyday cup. ### Gyokuro Sweet, rich shade-grown tea, brewed cooler and slower. ### Hojicha Roasted,"
        " low-caffeine tea with a nutty smell. --- #tea\n"
    )
    found = {c.answers[0]: c.text for c in extract_note(note, "Tea/Tea kinds.md").candidates}
    assert {"Sencha", "Gyokuro", "Hojicha"} <= set(found)
    assert found["Gyokuro"].startswith("{{c1::Gyokuro}}: Sweet, rich")


def test_a_german_gloss_opening_with_an_adjective_is_no_infinitive() -> None:
    """"klare" ends as an Italian infinitive does; a gloss with German function words is German."""
    note = "# Auge\n\nKammerwasser = klare Flüssigkeit, wird vom Ziliarkörper gebildet und fließt über den Kammerwinkel ab.\n"
    assert answers(note, "Auge/Auge.md") == ["Kammerwasser"]


def test_bold_entries_set_apart_by_bars_end_before_the_remarks_after_them() -> None:
    """A quoted example in the gloss ("I was ...") is no first person, and the remark after the
    last entry's bar is no part of its card."""
    note = (
        "# Phrasal tenses — class notes 4/5 **Past perfect** = had + participle; an action finished before another past one"
        " (\"I had eaten when she came\") | **Present continuous** = am/is/are + -ing; an action going on now (\"I am reading\")"
        " | **Future continuous** = will be + -ing; an action in progress at a future time | remember: no dates with"
        " the present perfect | revise [[Irregular verbs]] for Friday #english\n"
    )
    found = {c.answers[0]: c.text for c in extract_note(note, "English/Phrasal tenses.md").candidates}
    assert set(found) == {"Past perfect", "Present continuous", "Future continuous"}
    assert found["Future continuous"].endswith("an action in progress at a future time")


def test_lower_case_items_after_a_title_and_its_tags_are_read_one_by_one() -> None:
    note = (
        "Bat roosting #bats #ecology - bats hang head down so they can drop into flight without a run-up"
        " - torpor = a short daily drop in body temperature and heart rate to save energy"
        " - hibernaculum = the cave or cellar where bats spend the winter - swarming = autumn gatherings at cave mouths,"
        " probably for mating - numbers fall when caves are disturbed\n"
    )
    assert {"torpor", "hibernaculum", "swarming"} <= set(answers(note, "Bats/Bat roosting.md"))


def test_a_flattened_lectures_arrow_entries_are_vouched_by_its_other_entries() -> None:
    """Items glossed after ":" and "->" in a lecture that lost its line breaks make one run."""
    note = (
        "# Castles (HIST 112, 3 Nov) - motte = earth mound with a wooden tower on top, quick to build"
        " - bailey: the yard below the motte, fenced, with the stables - keep: the great stone tower, last refuge"
        " - barbican -> outer gate tower guarding the drawbridge, a killing ground for attackers"
        " - machicolation -> openings in a parapet floor to drop stones on attackers below → murder holes\n"
    )
    found = set(answers(note, "Castles/Castles lecture.md"))
    assert {"motte", "bailey", "keep", "barbican", "machicolation"} <= found


def test_a_double_dash_after_a_flattened_answer_ends_it() -> None:
    """" -- " between two cards of a flattened deck stood where a line break was: the answer
    before it ends there, and the highlight and the field after it are cards of their own."""
    note = (
        "#deck Q: Which river flows through Baghdad? A: Tigris Q: Which city was the Abbasid capital after 836? A: Samarra"
        " -- The round city founded by al-Mansur in 762: ==Madinat al-Salam== -- Abbasid office of the chief minister::vizierate\n"
    )
    found = {c.answers[0]: c.text for c in extract_note(note, "History/Abbasid deck.md").candidates}
    assert set(found) == {"Tigris", "Samarra", "Madinat al-Salam", "vizierate"}
    assert found["Samarra"] == "Which city was the Abbasid capital after 836? {{c1::Samarra}}"


def test_lower_case_items_after_a_bracket_still_count_towards_a_flattened_list() -> None:
    """"# Title (from the whiteboard) - term: gloss ... (x) - term: gloss ...": items set apart after
    a bracket are items of the list too, so three worded ones in all say it is one; a note to self
    among them ("- TODO ...") is set apart, not left in a gloss."""
    note = (
        "# Rust ownership (copied from the slides) - borrow: a reference that uses a value without owning it (&T)"
        " - move semantics: assignment transfers ownership, so the old binding can no longer be used"
        " - lifetime: the region of code over which a reference is valid - TODO ask about Pin\n"
    )
    found = {c.answers[0]: c.text for c in extract_note(note, "Rust/Rust ownership.md").candidates}
    assert {"borrow", "move semantics", "lifetime"} <= set(found)
    assert found["lifetime"] == "{{c1::lifetime}}: the region of code over which a reference is valid"


def test_a_flattened_glossary_set_apart_by_dashes_alone_is_read_entry_by_entry() -> None:
    """"# Title - Term - gloss - Term - gloss ...": the dash that sets an entry apart also sets its
    term apart from its gloss; a capitalised term of a few words, then a gloss in lower case, is
    an entry."""
    note = (
        "# Heron vocab - Siege - a group of herons standing together in shallow water - Powder down - "
        "feathers that crumble into a fine powder the bird combs through its plumage - Canopy feeding - "
        "spreading the wings over the water to cut the glare while fishing - Heronry - a colony of nests, "
        "usually high in trees #birds\n"
    )
    assert answers(note, "Birds/Heron vocab.md") == ["Siege", "Powder down", "Canopy feeding", "Heronry"]


def test_a_flattened_list_of_remarks_under_a_heading_keeps_its_study_pair() -> None:
    """"# Title - remark - remark ... Q: ...? A: ...": a heading over a list of plain remarks lost its
    line breaks; one study pair after it is a card, and the remarks give none."""
    note = (
        "# Moose safety (notes from the park sign) - moose look calm but can kick with the front hooves "
        "- a moose that has been fed loses its fear of people - if one lowers its head and its hackles rise, back off "
        "- calving season is May to June, cows with calves are the most dangerous - cars kill more moose than wolves do "
        "Q: which hooves does a moose kick with? A: the front hooves\n"
    )
    assert answers(note, "Moose/Moose safety.md") == ["the front hooves"]


def test_a_run_on_glossary_after_a_heading_is_no_list_of_remarks() -> None:
    """Entries that follow one another as sentences ("... variety. Sanke - white body ...") are read
    by the run-on rule, not set apart at every dash."""
    note = (
        "# Koi glossary Kohaku - white koi with red patterns, the most popular variety. Sanke - white body with red "
        "patterns and small black markings. Showa - black base colour with red and white. Ogon - single-colour "
        "metallic koi, gold or platinum. #koi\n"
    )
    assert answers(note, "Koi/Koi glossary.md") == ["Kohaku", "Sanke", "Showa", "Ogon"]


def test_a_flattened_recipe_set_apart_by_dashes_is_no_glossary() -> None:
    """" - Flour - two cups ... - Milk - ...": dashes set entries and glosses apart only under a
    title that names a glossary ("vocab", "terms", "glossary")."""
    note = (
        "# Pancakes (Sunday batch) - Flour - two cups, sifted twice - Milk - one and a half cups, cold - "
        "Eggs - two, beaten with the milk - Butter - melted, plus a knob for the pan - Sugar - one spoon, more for the kids\n"
    )
    assert answers(note, "Food/Pancakes.md") == []
