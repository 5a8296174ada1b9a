"""Structural shapes met in public study vaults that earlier rules missed: glosses that open
with a participle, glossary lists announced by a callout's title, question callouts, ``;;``
separated cards. Each with a note that must give cards and one that must not."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def test_a_gloss_opening_with_a_participle_is_no_report() -> None:
    text = (
        "# Key terms\n\n- **Apoptosis**: programmed, orderly cell death without inflammation.\n"
        "- **Necrosis**: uncontrolled cell death following injury.\n- **Lysis**: the bursting of a cell.\n"
    )
    assert answers(text) == ["Apoptosis", "Necrosis", "Lysis"]


def test_a_list_of_reports_under_a_glossary_heading_stays_without_cards() -> None:
    text = (
        "# Terms of the contract\n\n- Anna: finished the draft on Monday\n- Ben: moved it to the shared folder\n"
        "- Chloé: Fixed the typos in section 2\n"
    )
    assert answers(text) == []


def test_a_callout_titled_key_terms_announces_its_list() -> None:
    text = (
        "# Cell death\n\n> [!info] Key terms\n> - **Apoptosis**: programmed, orderly cell death.\n"
        "> - **Necrosis**: uncontrolled cell death following injury.\n"
    )
    assert answers(text) == ["Apoptosis", "Necrosis"]


def test_a_callout_with_another_title_announces_nothing() -> None:
    text = (
        "# Cell death\n\n> [!tip] Reminders\n> - **Apoptosis**: programmed, orderly cell death.\n"
        "> - **Necrosis**: uncontrolled cell death following injury.\n"
    )
    assert answers(text) == []


def test_a_question_callout_is_answered_by_its_body() -> None:
    text = (
        "# Astronomy quiz\n\n> [!question] What is the closest star to the Sun?\n> Proxima Centauri\n\n"
        "> [!faq]- Which planet has the shortest day?\n> Jupiter\n"
    )
    assert answers(text) == ["Proxima Centauri", "Jupiter"]


def test_a_question_callout_labelled_q_and_a_hides_the_answer_without_its_label() -> None:
    text = "# Capability\n\n> [!question] Q: What DPMO corresponds to a six sigma process?\n> A: 3.4\n"
    found = extract_note(text, "Quality/Capability.md").candidates
    assert [(c.text, c.answers) for c in found] == [("What DPMO corresponds to a six sigma process? {{c1::3.4}}", ("3.4",))]


def test_a_named_answer_followed_by_what_it_is_hides_the_name() -> None:
    text = "# DART\n\n> [!question] What body did DART hit?\n> Dimorphos, the moonlet of Didymos\n"
    found = extract_note(text, "Space/DART.md").candidates
    assert [(c.text, c.answers) for c in found] == [("What body did DART hit? {{c1::Dimorphos}}, the moonlet of Didymos", ("Dimorphos",))]


def test_a_species_named_as_the_answer_then_what_it_is_hides_the_species() -> None:
    text = "# Mudskippers\n\nQ: Largest mudskipper?\nA: Periophthalmodon schlosseri, the giant mudskipper, up to ~27 cm\n"
    found = extract_note(text, "Fish/Mudskipper quiz.md").candidates
    assert [c.answers for c in found] == [("Periophthalmodon schlosseri",)]
    assert found[0].text.endswith("{{c1::Periophthalmodon schlosseri}}, the giant mudskipper, up to ~27 cm")


def test_tags_closing_an_answers_line_are_no_part_of_the_answer() -> None:
    flattened = (
        "Mudskipper quiz (pasted, the line breaks got lost) Q: Largest mudskipper? A: Periophthalmodon schlosseri "
        "Q: What do they breathe through on land? A: skin and mouth lining Q: Most terrestrial genus? A: Periophthalmus #quiz #fish"
    )
    found = extract_note(flattened, "Fish/Mudskipper quiz.md").candidates
    assert [c.answers for c in found] == [("Periophthalmodon schlosseri",), ("skin and mouth lining",), ("Periophthalmus",)]
    assert "#quiz" not in found[-1].text


def test_a_documentation_faq_answered_yes_or_at_length_gives_no_card() -> None:
    text = (
        "# Callouts\n\n> [!faq]- Are callouts foldable?\n> Yes! The contents are hidden when collapsed.\n\n"
        "> [!question] Why use callouts?\n> They let you include additional content without breaking the flow "
        "of your notes, and they can be folded, nested and styled.\n"
    )
    assert answers(text) == []


def test_double_semicolon_separates_front_and_back() -> None:
    text = "# Dates\n\nYear the Berlin Wall fell ;; 1989\nFirst emperor of Rome ;; Augustus\n\nWhich AWS service stores objects? ;; S3\n"
    assert answers(text) == ["1989", "Augustus", "S3"]


def test_semicolons_in_prose_separate_nothing() -> None:
    assert answers("# Log\n\nWe met at ten; then lunch; then the review.\n") == []


def test_a_table_of_things_whose_last_column_says_what_each_does_is_a_glossary() -> None:
    text = (
        "# Antibiotics\n\n| Drug | Class | Mechanism |\n|---|---|---|\n"
        "| Amoxicillin | Penicillin | inhibits cell-wall synthesis |\n| Doxycycline | Tetracycline | blocks the 30S subunit |\n"
    )
    assert answers(text) == ["Amoxicillin", "Doxycycline"]


def test_a_software_table_with_a_function_column_stays_without_cards() -> None:
    text = (
        "# Keys\n\n| Key | Mode | Function |\n|---|---|---|\n| Ctrl+S | normal | saves the file |\n"
        "| Ctrl+Q | normal | quits the editor |\n"
    )
    assert answers(text) == []


def test_a_definition_callout_defines_the_term_in_its_title() -> None:
    text = (
        "# Linear algebra\n\n> [!definition] Eigenvalue\n> A scalar λ such that Av = λv for some non-zero vector v.\n"
        "> It may be complex.\n\n> [!definition] Rank\n> The dimension of the column space of a matrix.\n"
    )
    assert answers(text) == ["Eigenvalue", "Rank"]


def test_an_info_callout_or_a_first_person_body_defines_nothing() -> None:
    text = (
        "# Linear algebra\n\n> [!info] Exam week\n> The dimension of the problem set doubles this week.\n\n"
        "> [!definition] Rank\n> I still need to look this one up before Friday.\n"
    )
    assert answers(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Erosion – the removal of soil by wind or water; Weathering – the breakdown of rock in place; "
        "Deposition – the laying down of carried sediment.",
        "Plate tectonics terms: Erosion - the removal of soil by wind or water; Weathering - the breakdown "
        "of rock in place; Deposition - the laying down of carried sediment.",
        "**Erosion** - the removal of soil by wind or water | **Weathering** - the breakdown of rock in place | "
        "**Deposition** - the laying down of carried sediment",
        "Terms: 1) Erosion: the removal of soil by wind or water. 2) Weathering: the breakdown of rock in place. "
        "3) Deposition: the laying down of carried sediment.",
        # Middle dots part the entries; a closing remark, tags and links are no entry.
        "Erosion = the removal of soil by wind or water · Weathering = the breakdown of rock in place · "
        "Deposition = the laying down of carried sediment · remember: it all ends in the sea · #geo [[Rocks MOC]]",
        # A one-line note's title before a dash, and one remark among five parts.
        "Landforms quick notes — Erosion = the removal of soil by wind or water; Weathering = the breakdown of rock "
        "in place; field trip to the quarry on Friday; Deposition = the laying down of carried sediment; "
        "Lithification = the hardening of sediment into rock. #geo",
        # A dash inside the first entry's gloss is no title's (review finding).
        "Erosion — the removal of soil by wind or water - mostly on bare slopes; Weathering — the breakdown of rock "
        "in place; Deposition — the laying down of carried sediment",
    ],
)
def test_a_glossary_run_together_on_one_line_gives_each_entry(line: str) -> None:
    assert answers(f"{line}\n")[:3] == ["Erosion", "Weathering", "Deposition"]


@pytest.mark.parametrize(
    "line",
    [
        "Monday – dentist at nine; Tuesday – gym; Wednesday – call mum about the trip",
        "Anna: will send the deck; Ben: books the room for us; Chloé: has the slides ready now",
        "Steps: 1) Open: the settings window first. 2) Click: the sync tab there. 3) Press: the button to save.",
        "Crew: me on the instrument, Dev on the rod · Weather: 24 °C, hazy, light wind · Instrument: the Leica TS07 again",
        # One part of five that reads as no entry is a remark; two are a log.
        "Week plan — Monday – dentist at nine; the car to the garage; Tuesday – gym with Sam; lunch with Ana; Friday – call mum about the trip",
    ],
)
def test_a_run_together_schedule_or_status_line_gives_no_glossary(line: str) -> None:
    assert [c for c in extract_note(f"{line}\n", "Notes/Log.md").candidates if c.rule.startswith("glossary")] == []


def test_a_bold_abbreviation_with_a_long_expansion_is_a_glossary_entry() -> None:
    text = (
        "# Cardiology abbreviations\n\n- **ECG** (electrocardiogram): a recording of the heart's electrical activity.\n"
        "- **EF** (ejection fraction): the share of blood pumped out with each beat.\n"
        "- **BNP** (brain natriuretic peptide): a hormone released by stretched ventricles.\n"
    )
    assert answers(text) == ["ECG", "EF", "BNP"]


def test_letter_sections_of_an_alphabetical_glossary_part_one_glossary() -> None:
    text = (
        "# Glossary\n\n## C\n\n### Cohort study\nAn observational study that follows an exposed group over time.\n\n"
        "### Confounder\nA variable associated with both the exposure and the outcome.\n\n"
        "## I\n\n### Incidence\nThe number of new cases of a disease in a population over a period.\n"
    )
    assert answers(text) == ["Cohort study", "Confounder", "Incidence"]


def test_two_heading_sections_glossed_by_a_noun_pinned_in_another_language() -> None:
    text = (
        "# Biologia vegetal\n\n## Fotossíntese\nProcesso pelo qual as plantas convertem a energia luminosa em energia química.\n\n"
        "## Transpiração\nPerda de água na forma de vapor pelas folhas.\n"
    )
    assert answers(text) == ["Fotossíntese", "Transpiração"]


def test_two_sections_of_a_diary_are_no_glossary() -> None:
    text = "# Week\n\n## Monday\nDinner with Sam at the new place.\n\n## Tuesday\nLunch at home, then the gym.\n"
    assert answers(text) == []


def test_nested_items_labelled_definition_gloss_their_parent_terms() -> None:
    text = (
        "# Adverse possession\n\n### Elements\n\n1. **Open and notorious**\n   - Definition: possession visible to a reasonable owner\n"
        "2. **Hostile**\n   - Definition: possession without the owner's permission\n"
    )
    assert answers(text) == ["Open and notorious", "Hostile"]


def test_an_outline_template_with_placeholders_gives_no_card() -> None:
    text = (
        "# Template\n\n1. **[Element 1]**\n   - Definition: [What this means]\n"
        "2. **[Element 2]**\n   - Definition: [What this means]\n"
    )
    assert answers(text) == []


def test_heading_sections_of_one_glossing_item_are_a_heading_glossary() -> None:
    text = (
        "# Prices\n\n### Inflation\n- a general rise in prices over time\n\n### Deflation\n- a general fall in prices over time\n\n"
        "### Stagflation\n- inflation with slow growth and high unemployment\n"
    )
    assert answers(text) == ["Inflation", "Deflation", "Stagflation"]


def test_heading_sections_of_one_task_or_step_item_give_no_card() -> None:
    text = (
        "# Week\n\n### Monday\n- Call the bank about the card\n\n### Tuesday\n- Buy milk and bread\n\n"
        "### Wednesday\n- Send the slides to Ana\n"
    )
    assert answers(text) == []


def test_bold_lines_used_as_headings_gloss_the_paragraph_after_them() -> None:
    text = (
        "# Econ\n\n**Inflation**\n\nA general rise in the price level.\n\n**Deflation**\n\nA general fall in the price level.\n\n"
        "**Disinflation**\n\nA slowdown in the rate of inflation.\n"
    )
    assert answers(text) == ["Inflation", "Deflation", "Disinflation"]


def test_bold_lines_used_as_headings_gloss_the_first_item_of_the_list_after_them() -> None:
    text = (
        "# BIOC 201 — L7\n\n## Types of reversible inhibition\n**Competitive inhibition**\n"
        "- inhibitor looks like the substrate, competes for the active site\n- Km up, Vmax unchanged\n\n"
        "**Uncompetitive inhibition**\n- binds only the ES complex → Km and Vmax both ↓\n- rare-ish\n\n"
        "**Noncompetitive inhibition**\n- binds E and ES equally well, at another site → Vmax ↓, Km same\n"
    )
    assert answers(text) == ["Competitive inhibition", "Uncompetitive inhibition", "Noncompetitive inhibition"]


def test_bold_labels_over_lists_of_tasks_give_no_card() -> None:
    # (Labels that are no dates: the first items are steps, not glosses.)
    text = (
        "# Chores\n\n**Errands**\n- pick up the parcel from the post office\n\n**Garden**\n"
        "- cut back the roses and rake the leaves\n\n**Car**\n- book the service for next month\n"
    )
    assert answers(text) == []


def test_bold_day_lines_over_diary_paragraphs_give_no_card() -> None:
    text = (
        "# Week\n\n**Monday**\n\nI went to the gym after work.\n\n**Tuesday**\n\nWe met Sam for dinner.\n\n"
        "**Wednesday**\n\nFinished the report at last.\n"
    )
    assert answers(text) == []


def test_front_and_back_labels_are_a_question_and_its_answer() -> None:
    text = "# Cards\n\nFront: What is the largest organ of the body?\nBack: The skin\n"
    assert answers(text) == ["The skin"]


def test_a_question_and_answer_table_hides_the_answers() -> None:
    text = (
        "# Quiz\n\n| Question | Answer |\n|---|---|\n| What is the capital of Japan? | Tokyo |\n"
        "| What is the capital of Egypt? | Cairo |\n"
    )
    found = extract_note(text, "Notes/Quiz.md").candidates
    assert [c.text for c in found] == ["What is the capital of Japan? {{c1::Tokyo}}", "What is the capital of Egypt? {{c1::Cairo}}"]


def test_a_question_and_answer_table_of_open_items_gives_no_card() -> None:
    text = "# FAQ draft\n\n| Question | Answer |\n|---|---|\n| Pricing page wording | TBD |\n"
    assert answers(text) == []


@pytest.mark.parametrize("marker", ["-", "*"])
def test_a_list_that_lost_its_line_breaks_gives_each_entry(marker: str) -> None:
    line = (
        f"{marker} Allele: a variant form of a gene {marker} Locus: the position of a gene on a chromosome "
        f"{marker} Phenotype: the observable traits of an organism"
    )
    assert answers(f"{line}\n") == ["Allele", "Locus", "Phenotype"]


def test_a_list_that_lost_its_line_breaks_may_gloss_after_equals_and_hold_a_step() -> None:
    line = (
        "The stages, in order: - nigredo = blackening, putrefaction, the matter broken down - albedo = whitening, "
        "purification, washing - rubedo = reddening, the final stage of the work"
    )
    assert answers(f"{line}\n") == ["nigredo", "albedo", "rubedo"]
    # (A step among the entries is no entry of its own, and costs the others nothing.)
    steps = (
        "Lecture 6 - start with COPE: construction, occupancy, protection and exposure - PML = the biggest loss "
        "you would expect from one event - Rate on line: premium divided by the limit of the layer - survey report: "
        "an engineer's account of the site's physical state"
    )
    assert answers(f"{steps}\n") == ["PML", "Rate on line", "survey report"]
    # (A day's list whose line breaks were lost glosses nothing.)
    packing = "Packing: - passport = in the blue bag - charger = packed in the case - tickets = printed at home - snacks = buy at the station"
    assert answers(f"{packing}\n") == []


def test_a_dash_inside_an_ordinary_item_splits_nothing() -> None:
    text = "# Trip\n\n- Packed the bags - Monday: train at nine - Tuesday: museum with Ana\n"
    assert [c for c in extract_note(text, "Notes/Trip.md").candidates if c.rule.startswith("glossary")] == []


def test_a_glossary_table_run_together_on_one_line_gives_each_row() -> None:
    line = (
        "| Term | Meaning | |---|---| | Allele | a variant form of a gene | | Locus | the position of a gene on a chromosome | "
        "| Phenotype | the observable traits of an organism |"
    )
    assert answers(f"{line}\n") == ["Allele", "Locus", "Phenotype"]


def test_a_run_together_table_of_dates_gives_no_card() -> None:
    line = "| Date | Paper | Room | |---|---|---| | 12 Jan | Pharmacology | Hall B | | 15 Jan | Anatomy | Hall A |"
    assert answers(f"{line}\n") == []


def test_a_vocabulary_list_under_an_announcing_heading_may_gloss_in_one_word() -> None:
    text = "# Spanish words\n\n- perro — dog\n- gato — cat\n- casa — house\n"
    assert answers(text) == ["perro", "gato", "casa"]


def test_one_word_glosses_without_an_announcing_heading_or_repeating_the_term_give_no_card() -> None:
    assert answers("# Lesson 2\n\n- perro — dog\n- gato — cat\n- casa — house\n") == []
    assert answers("# Key terms\n\n- Save — save\n- Open — open\n") == []


@pytest.mark.parametrize("sep", ["=", "-", ":"])
def test_entry_lines_under_a_vocabulary_heading_are_a_glossary(sep: str) -> None:
    text = f"# French vocabulary\n\nle chat {sep} the cat\nla maison {sep} the house\nle livre {sep} the book\n"
    assert answers(text) == ["le chat", "la maison", "le livre"]


def test_entry_lines_under_another_heading_or_with_times_are_no_glossary() -> None:
    assert answers("# Monday\n\nAnna = the keys\nBen = the car\nChloé = the tickets\n") == []
    assert answers("# Key terms\n\nStart - 9:00\nLunch - 12:30\nEnd - 17:00\n") == []


def test_a_pronunciation_between_a_bold_term_and_its_gloss_is_skipped() -> None:
    text = (
        "# Words\n\n- **ephemeral** /ɪˈfem(ə)rəl/ — lasting a very short time\n"
        "- **laconic** /ləˈkɒnɪk/ — using very few words\n- **garrulous** /ˈɡarələs/ — talking a great deal\n"
    )
    assert answers(text) == ["ephemeral", "laconic", "garrulous"]


def test_bold_items_with_the_gloss_on_the_next_line_are_a_glossary() -> None:
    text = (
        "# Terms\n\n- **Osmosis**\n  the movement of water across a membrane\n- **Diffusion**\n  the spread of particles down a gradient\n"
        "- **Filtration**\n  the passage of fluid through a membrane\n"
    )
    assert answers(text) == ["Osmosis", "Diffusion", "Filtration"]


def test_bold_items_with_status_on_the_next_line_give_no_card() -> None:
    text = (
        "# Tasks\n\n- **Website**\n  was moved to the new host\n- **Newsletter**\n  is waiting for review\n"
        "- **Budget**\n  has been approved\n"
    )
    assert answers(text) == []


def test_a_glossary_table_under_a_blank_header_row_gives_its_cards() -> None:
    text = (
        "| | |\n|---|---|\n| DNS | The system that turns host names into addresses |\n"
        "| NAT | Rewriting addresses at a router so many hosts share one address |\n"
    )
    assert [c.answers for c in extract_note(text, "Networking acronyms.md").candidates] == [("DNS",), ("NAT",)]


@pytest.mark.parametrize(
    ("answer", "hidden"),
    [
        # A list's first two items, a channel, a colour: the whole answer is the answer.
        ("Warm clothes, the rain jackets and wellies", "Warm clothes, the rain jackets and wellies"),
        ("post in #incidents", "post in #incidents"),
        ("orange #ffa500", "orange #ffa500"),
    ],
)
def test_an_answer_that_only_looks_like_a_species_or_a_tag_is_kept_whole(answer: str, hidden: str) -> None:
    text = f"# Family FAQ\n\nQ: What should we bring?\nA: {answer}\n"
    found = extract_note(text, "Family/Trip FAQ.md").candidates
    assert [c.answers for c in found] == [(hidden,)]
