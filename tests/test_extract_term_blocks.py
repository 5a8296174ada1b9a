"""Terms that own a block: a term standing alone as a heading (and more shapes below), with its
meaning in the block under it. Each family with notes that must give cards and notes that must
stay silent."""

from __future__ import annotations

from pathlib import Path

from srs.core.extract import extract_note

CORPUS = Path(__file__).resolve().parent / "corpus"


def cards(text: str, path: str = "Notes/Note.md") -> list[tuple[str, tuple[str, ...]]]:
    return [(c.text, c.answers) for c in extract_note(text, path).candidates]


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


# --- sibling headings that each name a term -----------------------------------------------------


def test_term_sections_that_go_on_after_their_gloss_give_one_card_each() -> None:
    text = (
        "# Nutrition lecture 2\n\n"
        "## Trace elements\nThe minerals the body can only use in tiny amounts, such as iron and zinc.\n"
        "- iodine deficiency: goitre\n\n"
        "## Antioxidants\nThe compounds that slow the oxidation of other molecules.\nMostly from fruit.\n"
        "- vitamin C, vitamin E\n"
    )
    assert cards(text) == [
        ("{{c1::Trace elements}}: The minerals the body can only use in tiny amounts, such as iron and zinc.", ("Trace elements",)),
        ("{{c1::Antioxidants}}: The compounds that slow the oxidation of other molecules.", ("Antioxidants",)),
    ]


def test_term_sections_glossed_in_another_language_or_by_a_gerund() -> None:
    german = (
        "# Grundbegriffe der Soziologie\n\n"
        "## Anomie\nDer Zustand der Normlosigkeit in einer Gesellschaft, etwa nach *raschem* Wandel.\n\n"
        "## Habitus\nDie Gesamtheit der verinnerlichten Dispositionen einer Person (Bourdieu).\n- Geschmack, Sprache\n"
    )
    assert answers(german) == ["Anomie", "Habitus"]
    gerunds = (
        "# Pruning cuts\n\n"
        "### Pollarding\nCutting a tree back to the trunk every few years so it sprouts a dense head.\n- willows, limes\n\n"
        "### Coppicing\nCutting a tree down to a stump near the ground to grow many new stems.\n- hazel\n"
    )
    assert answers(gerunds) == ["Pollarding", "Coppicing"]


def test_term_sections_glossed_by_slide_fragments() -> None:
    text = (
        "# Particles\n\n## が\nsubject marker, new information\n- 猫が好き\n\n## で\nplace of an action: 図書館で勉強する\n- バスで\n"
    )
    assert answers(text) == ["が", "で"]


def test_under_a_heading_that_names_a_kind_any_explanation_will_do() -> None:
    text = (
        "# Estimation techniques\n\n"
        "### PERT\nEstimate = (optimistic + 4 × likely + pessimistic) ÷ 6.\n- three-point\n\n"
        "### Planning poker\nEach person shows a card at once, then the outliers explain their numbers.\n- Fibonacci cards\n"
    )
    assert answers(text) == ["PERT", "Planning poker"]


def test_a_kind_of_the_term_labelling_its_gloss_is_hidden_too() -> None:
    text = (
        "# Types of defence in negligence\n\n"
        "## Volenti\nThe claimant's free and informed acceptance of the risk of harm.\n- a full defence\n\n"
        "## Illegality\nThe rule that no action arises from the claimant's own crime.\n- a full defence\n\n"
        "## Consent\nExpress consent: the claimant's clear agreement to run the risk.\n- by a share\n"
    )
    assert ("{{c1::Consent}}: Express {{c1::consent}}: the claimant's clear agreement to run the risk.",
            ("Consent", "consent")) in cards(text)


def test_topic_sections_of_one_subject_stay_silent() -> None:
    text = (
        "# Asthma\n\n"
        "## Presentation\nWheeze, cough and breathlessness, worse at night.\n- ask about triggers\n\n"
        "## Investigations\nSpirometry shows reversible obstruction.\n- peak flow diary\n\n"
        "## Management\nThe inhaler steps of the guideline, from a reliever upwards.\n- check technique\n"
    )
    assert cards(text) == []


def test_settings_and_release_note_sections_stay_silent() -> None:
    settings = (
        "# Appearance\n\n## Font types\n\n### Interface font\nSets the base font for the app.\n- default: Inter\n\n"
        "### Text font\nSets the font for the editor and reading view.\n- default: system\n\n"
        "### Font size\nSets the size of the text in pixels.\n- default: 16\n"
    )
    assert cards(settings) == []
    release = (
        "# v2.1\n\n## Improvements\nPressing Enter now accepts the suggestion.\n- thanks to testers\n\n"
        "## No longer broken\nClicking a checkbox toggles the right box.\n- on mobile too\n"
    )
    assert cards(release) == []


def test_sections_about_their_own_term_or_addressed_to_the_reader_give_no_heading_card() -> None:
    text = (
        "# Sync\n\n## Version history\nYou can restore any note from the last year.\n\n"
        "## Selective sync\nSelective sync lets you choose which file types to sync.\n"
    )
    assert [c for c in extract_note(text, "Help/Sync.md").candidates if c.rule == "heading_glossary"] == []


# --- tables whose rows each describe a named thing --------------------------------------------


def test_a_table_of_names_and_descriptions_gives_a_card_a_row_whatever_its_headers() -> None:
    text = (
        "# Rock types\n\n| Rock | Forms by | How to spot it |\n|---|---|---|\n"
        "| Granite | cooling magma | coarse crystals of quartz, feldspar and mica |\n"
        "| Basalt | lava cooling fast | dark and fine-grained, often with small holes |\n"
        "| Marble | heat on limestone | sugary texture that fizzes with acid |\n"
    )
    assert cards(text)[0] == (
        "{{c1::Granite}} — Forms by: cooling magma; How to spot it: coarse crystals of quartz, feldspar and mica",
        ("Granite",),
    )
    assert answers(text) == ["Granite", "Basalt", "Marble"]


def test_the_name_column_is_the_one_the_descriptions_are_about() -> None:
    text = (
        "| Economist | Idea | Gist |\n|---|---|---|\n"
        "| Adam Smith | Invisible hand | self-interest guiding markets toward the common good |\n"
        "| John Maynard Keynes | Paradox of thrift | saving by everyone at once lowering total income |\n"
    )
    assert answers(text) == ["Invisible hand", "Paradox of thrift"]


def test_a_column_of_notes_beside_names_in_bold_describes_them() -> None:
    # "Notes" heads a column of remarks in a log; beside names the writer set in bold it describes
    # them, and a nickname in quotes may open the description.
    zones = (
        "| zone | depth | notes |\n|---|---|---|\n"
        '| **Mesopelagic** | 200–1000 m | "twilight zone", some light but not enough for photosynthesis |\n'
        '| **Bathypelagic** | 1000–4000 m | "midnight zone", no sunlight at all, only bioluminescence |\n'
        "| **Hadal zone** | 6000 m + | ocean trenches only, the deepest water there is |\n"
    )
    assert answers(zones) == ["Mesopelagic", "Bathypelagic", "Hadal zone"]
    # Without bold, another column must describe the names too.
    colours = (
        "| Colour | Production | Notes |\n|---|---|---|\n"
        "| Grey hydrogen | steam reforming of natural gas, the carbon dioxide released | most of today's supply |\n"
        "| Blue hydrogen | same as grey but with carbon capture and storage | leaks decide if it is low-carbon |\n"
    )
    assert answers(colours) == ["Grey hydrogen", "Blue hydrogen"]
    log = (
        "| Site | Depth | Notes |\n|---|---|---|\n| North reef | 12 m | visibility poor, lots of surge near the drop |\n"
        "| South wall | 18 m | good light, a turtle near the anchor line |\n"
    )
    assert cards(log) == []


def test_a_first_column_of_bold_names_may_be_headed_by_a_data_word() -> None:
    # "| State | ..." heads a task table's column; over names set in bold it names kinds.
    states = (
        "| State | Nutrients | Typical look |\n|---|---|---|\n"
        "| **Oligotrophic** | low N and P | clear, deep blue, oxygen all the way down |\n"
        "| **Eutrophic** | high | green, algal blooms, bottom goes anoxic |\n"
    )
    assert answers(states) == ["Oligotrophic", "Eutrophic"]
    tasks = "| State | Task | Owner |\n|---|---|---|\n| Done | write the intro section | Ana |\n| Open | check all the figures | Ben |\n"
    assert cards(tasks) == []


def test_tables_of_data_plans_or_settings_stay_silent() -> None:
    schedule = (
        "| Week | Topic | Reading |\n|---|---|---|\n| Alpha | the first chapter of the book | pages one to forty |\n"
        "| Beta | the second chapter of the book | pages forty to ninety |\n"
    )
    settings = (
        "| Control | Kind | Effect |\n|---|---|---|\n| Show toolbar | Toggle | Shows the toolbar above the editor. |\n"
        "| Font size | Slider | Changes the size of the text everywhere. |\n"
    )
    lower_case_names = (
        "| Zone | Area | Remark |\n|---|---|---|\n| north | the hills | usually wet in the spring months |\n"
        "| south | the coast | dry and windy for most of the year |\n"
    )
    syntax = (
        "| Style | Markup | Result |\n|---|---|---|\n| Bold | `**text**` | the text in a heavier weight |\n"
        "| Italic | `*text*` | the text slanted to the right |\n"
    )
    for text in (schedule, settings, lower_case_names, syntax):
        assert cards(text) == []


# --- bold terms on lines of their own ------------------------------------------------------------


def test_bold_terms_alone_on_their_line_may_gloss_with_the_same_first_word() -> None:
    text = (
        "# Tides\n\nWhat the water does over a month.\n\n"
        "**Spring tide**  \nwater rising highest and falling lowest, near new and full moon.\n\n"
        "**Neap tide**  \nwater moving least, near the quarter moons.\n\n"
        "**Slack water**  \nwater barely moving at the turn of the tide.\n"
    )
    assert answers(text) == ["Spring tide", "Neap tide", "Slack water"]


def test_bold_options_glossed_with_the_same_two_words_stay_silent() -> None:
    text = (
        "# Sync modes\n\n**Manual**  \nsyncs only when asked.\n\n**Hourly**  \nsyncs only at the top of each hour.\n\n"
        "**Live**  \nsyncs only on a change to a file.\n"
    )
    assert cards(text) == []


def test_a_reading_list_with_comments_stays_silent() -> None:
    text = (
        "| Book | Genre | Notes |\n|---|---|---|\n| Dune | science fiction | loved the world, slow first part |\n"
        "| Emma | comedy of manners | sharp and funny, a little long |\n"
    )
    assert cards(text) == []


# --- a note titled by a theorem, stated in its first sentence -----------------------------------


def test_the_first_sentence_of_a_theorem_note_states_the_theorem() -> None:
    text = "# Pythagorean theorem\n\nIn a right triangle the square on the hypotenuse equals the sum of the squares on the other two sides.\n"
    assert answers(text, "Maths/Pythagorean theorem.md") == ["Pythagorean theorem"]


# --- callouts titled by their term ---------------------------------------------------------------


def test_in_a_callout_glossary_callouts_of_any_type_gloss_their_titles() -> None:
    text = (
        "# Knots\n\n> [!definition] Bowline\n> A fixed loop at the end of a line that does not slip.\n\n"
        "> [!definition] Cleat hitch\n> The turns that hold a line on a cleat.\n\n"
        "> [!tip] Round turn\n> Pass the line twice around the post before the hitches, so the load is shared.\n\n"
        "> [!note] H2O\n> Water, the liquid every knot gets soaked in.\n\n> [!tip]\n> Practise each knot with your eyes closed.\n"
    )
    got = cards(text)
    assert ("{{c1::Round turn}}: Pass the line twice around the post before the hitches, so the load is shared.", ("Round turn",)) in got
    assert ("{{c1::H2O}}: Water, the liquid every knot gets soaked in.", ("H2O",)) in got
    assert not any("Tip" in answers for _text, answers in got)


def test_a_lone_tip_callout_or_a_remark_in_a_callout_stays_silent() -> None:
    lone = "# Bread\n\n> [!tip] Windowpane test\n> Stretch a small piece of dough thin until light shows through.\n"
    assert cards(lone) == []
    remark = (
        "# Sync\n\n> [!definition] Vault\n> A folder of notes.\n\n> [!definition] Remote vault\n> A copy of a vault kept on the server.\n\n"
        "> [!note] Processing time\n> It may take up to an hour for usage to update.\n"
    )
    assert "Processing time" not in answers(remark)


def test_a_two_column_table_of_names_and_lower_case_descriptions() -> None:
    text = "| Tool | Use |\n|---|---|\n| Awl | making small holes in leather or wood |\n| Rasp | shaping wood coarsely before filing |\n"
    assert cards(text) == [
        ("{{c1::Awl}} — Use: making small holes in leather or wood", ("Awl",)),
        ("{{c1::Rasp}} — Use: shaping wood coarsely before filing", ("Rasp",)),
    ]


# --- a title whose note was joined into it by pipes --------------------------------------------


def test_glossary_lines_joined_by_pipes_into_the_title_are_lines_again() -> None:
    text = (
        "# Logical fallacies | Straw man: attacking a distorted version of the argument | "
        "Red herring: a distraction from the question at hand | Ad hominem: attacking the person instead of the claim\n"
    )
    assert answers(text) == ["Straw man", "Red herring", "Ad hominem"]


def test_a_long_title_with_pipes_and_no_entries_stays_a_title() -> None:
    text = "# Reading week | catching up on the two long papers | then the problem sets for Friday\n\nNothing else.\n"
    assert cards(text) == []


def test_lower_case_statements_under_topic_headings_stay_silent() -> None:
    text = (
        "# Bird senses\n\n### Hearing\n- owls have ears set at different heights\n- faces work as dishes\n\n"
        "### Smell\n- kiwis: nostrils at the tip of the bill\n- vultures find carrion by smell\n"
    )
    assert cards(text) == []


def test_a_section_opening_with_another_name_is_glossed_by_its_next_sentence() -> None:
    text = (
        "# Volcanic rock types\n\n## Pumice\naka *pumicite*. Light rock full of gas bubbles, so it floats.\n\n"
        "## Obsidian\nNatural glass from lava that cooled too fast to crystallise.\n"
    )
    assert cards(text)[0] == ("{{c1::Pumice}}: Light rock full of gas bubbles, so it floats.", ("Pumice",))


def test_statements_under_a_heading_naming_a_kind_stay_silent() -> None:
    text = (
        "# Project types\n\n### Website\nNew login page is live since Monday.\n- more later\n\n"
        "### Mobile app\nRelease was delayed by the review.\n- more later\n"
    )
    assert cards(text) == []


def test_descriptions_may_open_with_an_ordinal_but_figures_are_no_description() -> None:
    ordinal = (
        "| Chord | Built on | Sounds |\n|---|---|---|\n| Dominant seventh | 5th degree of the major scale | tense, wants to resolve |\n"
        "| Leading-tone seventh | 7th degree of the major scale | unstable and dark |\n"
    )
    assert answers(ordinal) == ["Dominant seventh", "Leading-tone seventh"]
    figures = "| Lift | Load |\n|---|---|\n| Deadlift | 3×5 @ 100 kg |\n| Press | 5×5 @ 40 kg |\n"
    assert cards(figures) == []


def test_a_reference_table_of_names_and_short_attributes_gives_a_card_a_row() -> None:
    text = (
        "| Element | Symbol | Group |\n|---|---|---|\n| Sodium | Na | alkali metals |\n"
        "| Chlorine | Cl | halogens |\n| Neon | Ne | noble gases |\n"
    )
    assert cards(text)[0] == ("{{c1::Sodium}} — Symbol: Na; Group: alkali metals", ("Sodium",))
    assert answers(text) == ["Sodium", "Chlorine", "Neon"]


def test_feature_matrices_comparisons_and_trackers_stay_silent() -> None:
    matrix = "| Feature | Mobile | Desktop |\n|---|---|---|\n| Sync | Yes | Yes |\n| Themes | Limited | Full |\n| Plugins | No | Yes |\n"
    comparison = "| Aspect | Trains | Planes |\n|---|---|---|\n| Speed | slower | faster |\n| Comfort | roomy | cramped |\n| Cost | cheap | dear |\n"
    tracker = "| Project | Lead | Client |\n|---|---|---|\n| Atlas | Maria | Acme |\n| Beacon | Tom | Globex |\n| Comet | Ana | Initech |\n"
    for text in (matrix, comparison, tracker):
        assert cards(text) == []


def test_exercise_sections_that_say_what_to_prove_stay_silent() -> None:
    note = (
        "## Exercises\n\n### Symmetric\n\nshow that the relation holds both ways for every pair\n\n"
        "### Reflexive\n\nprove that every element relates to itself\n\n"
        "### Transitive\n\nderive the chain rule for three elements from the definition\n"
    )
    assert answers(note) == []


def test_comparison_tables_named_by_their_axis_in_any_language_stay_silent() -> None:
    note = (
        "| Caratteristica | Stack | Coda |\n| --- | --- | --- |\n"
        "| Ordine di uscita | Ultimo entrato | Primo entrato |\n"
        "| Operazioni tipiche | Push e pop | Enqueue e dequeue |\n"
        "| Uso comune | Chiamate di funzione | Code di stampa |\n"
    )
    assert answers(note) == []


def test_sections_under_a_plural_title_are_its_members_glossed_by_what_they_do() -> None:
    note = (
        "# Map projections\n\n"
        "Every projection distorts something. You choose what to keep.\n\n"
        "#### Conformal\nPreserves local angles, so small shapes look right. Area suffers.\n- e.g. Mercator\n\n"
        "#### Equal-area\nPreserves area everywhere, at the cost of shape.\n- e.g. Mollweide, Albers\n\n"
        "#### Compromise\nBalances all distortions without removing any of them.\n- e.g. Robinson\n"
    )
    answers = {c.answers[0] for c in extract_note(note, "Maps/Map projections.md").candidates}
    assert {"Conformal", "Equal-area", "Compromise"} <= answers


def test_sections_under_a_plural_second_level_heading_stay_topics() -> None:
    # Manuals file their topics under plural headings below the title: no kind is named there.
    # ("Bird senses" above: a plural title's sections glossed in statements stay silent too.)
    note = (
        "## Card actions\n\n"
        "### Arrange cards\nDrag a selected card to move it.\n\n"
        "### Resize a card\nDrag any edge of a card to resize it.\n"
    )
    assert extract_note(note, "Help/Canvas.md").candidates == ()


def test_korean_term_sections_glossed_by_a_noun_phrase() -> None:
    # Sections that go on after their gloss (a list below): only the term-section rule reads them.
    note = (
        "# 용어 정리\n\n"
        "## 스키마\n경험을 통해 형성된 지식의 틀 (schema). 새로운 정보를 해석할 때 쓰인다.\n- 예: 식당 스키마\n\n"
        "## 메타인지\n자신의 사고 과정을 알아차리고 조절하는 능력.\n- 생각에 대한 생각\n"
    )
    assert {c.answers[0] for c in extract_note(note, "인지/용어 정리.md").candidates} == {"스키마", "메타인지"}


def test_korean_sections_that_end_with_a_verb_are_statements() -> None:
    note = (
        "# 수업 메모\n\n"
        "## 시험\n다음 주 월요일에 본다.\n- 3~5장\n\n"
        "## 과제\n금요일까지 보고서를 낸다.\n- 2장 이내\n"
    )
    assert extract_note(note, "수업/메모.md").candidates == ()


def test_the_sections_of_a_lecture_are_no_terms() -> None:
    note = (
        "# MOSFET\n\n"
        "## Structure\ngate / gate oxide / semiconductor stack, source and drain on either side\n- high-k oxides now\n\n"
        "## Operation\nthe gate voltage opens a channel between source and drain\n- threshold voltage first\n\n"
        "## Symptoms\nfatigue, pallor and shortness of breath on exertion\n- see the table\n"
    )
    assert extract_note(note, "EE/MOSFET.md").candidates == ()


def test_members_of_a_kind_share_its_noun_and_may_gloss_with_an_arrow() -> None:
    note = (
        "# Seam finishes\n\n## Types of seam finish\n\n"
        "### French seam\nSeam sewn twice: wrong sides together first, then right sides enclosing the edge.\n\n"
        "### Flat-felled seam\nOne allowance trimmed, the other folded over it and topstitched → very strong.\n\n"
        "### Hong Kong finish\nEach allowance bound separately with a strip of bias binding.\n\n"
        "### Pinked\nJust cut the edge with pinking shears, for fabrics that barely fray.\n"
    )
    found = {c.answers[0]: c.text for c in extract_note(note, "Sewing/Seam finishes.md").candidates}
    assert set(found) == {"French seam", "Flat-felled seam", "Hong Kong finish", "Pinked"}
    assert found["French seam"].startswith("{{c1::French seam}}: Seam sewn twice")


def test_sections_named_in_their_parent_heading_are_its_members() -> None:
    note = (
        "# Ethos, pathos, logos\n\nThe three modes of persuasion.\n\n"
        "## Ethos\nPersuasion through the speaker's character and credibility.\n- competence, honesty\n\n"
        "## Pathos\nPersuasion by putting the audience into an emotional state.\n- anger, pity, fear\n\n"
        "## Logos\nPersuasion through the argument itself: reasoning and evidence.\n- enthymemes\n"
    )
    answers = {c.answers[0] for c in extract_note(note, "Rhetoric/Ethos pathos logos.md").candidates}
    assert {"Ethos", "Pathos", "Logos"} <= answers


def test_a_defining_callout_that_compares_two_terms_leaves_them_to_its_body() -> None:
    note = (
        "# Streaming\n\n> [!definition] Event time vs processing time\n"
        "> **Event time** is when the event actually happened; **processing time** is when our system sees it.\n"
    )
    answers = [c.answers for c in extract_note(note, "Data/Streaming.md").candidates]
    assert answers == [("Event time",), ("processing time",)]


def test_phases_of_a_process_are_members_of_a_kind() -> None:
    # The members end with the singular of the kind's noun ("Phases" / "Lag phase"), and are
    # explained in the writer's own shapes (a statement, an alias first, an arrow).
    note = (
        "# Growth curve\n\nBatch culture, no new nutrients.\n\n## Phases of growth\n"
        "### Lag phase\nCells adjust to the new medium, making enzymes and repairing damage, so numbers barely rise."
        " Longer after an old inoculum.\n\n"
        "### Log phase\na.k.a. exponential phase. Cells divide at a constant, maximal rate; the population doubles"
        " each generation. Most antibiotics work best here.\n\n"
        "### Stationary phase\nNutrients run out / waste builds up → growth rate = death rate, cell number plateaus."
        " Endospores show up here.\n\n"
        "### Death phase\nCell count declines, usually exponentially.\n"
    )
    assert answers(note, "Micro/Growth curve.md") == ["Lag phase", "Log phase", "Stationary phase", "Death phase"]


def test_sections_ending_with_the_noun_their_parent_names_are_its_members() -> None:
    # "# Levers in the body" over "## First-class lever" ...: the members end with the singular of
    # the title's noun, and any explanation will do, a statement of its own included.
    note = (
        "# Levers in the body\n\nEvery lever: fulcrum (joint), effort (muscle), load (resistance).\n\n"
        "## First-class lever\nFulcrum sits between effort and load.\n\n- neck extension\n\n"
        "## Second-class lever\nLoad is between fulcrum and effort.\n\n- standing on tiptoes\n\n"
        "## Third-class lever\nEffort is applied between fulcrum and load.\n\n- most limbs, e.g. elbow flexion\n"
    )
    assert answers(note, "Biomech/Levers in the body.md") == ["First-class lever", "Second-class lever", "Third-class lever"]


def test_members_of_a_named_kind_may_be_explained_by_a_statement() -> None:
    # Under "Theories of crime" a section's statement says what the theory holds.
    note = (
        "# Criminology\n\nIntro.\n\n## Theories of crime\n\n"
        "### Differential association\nSutherland. Crime is learned through interaction with close others.\n\n- techniques and attitudes\n\n"
        "### Strain theory\nSociety sets goals that it gives not everyone the means to reach.\n\n- Merton, later Agnew\n\n"
        # ("broken" before a noun is an adjective, no news that something broke)
        "### Broken windows\nWilson & Kelling 1982. Visible disorder such as a broken window left unrepaired invites more.\n\n- contested\n"
    )
    assert answers(note, "Crim/Criminology.md") == ["Differential association", "Strain theory", "Broken windows"]


def test_members_under_types_of_a_kind_may_share_their_head_noun() -> None:
    # "## Types of rotation": "Continuous cropping" and "Relay cropping" are kinds of rotation
    # that share their own noun, where settings share their first word.
    note = (
        "# Rotation types\n\n## Types of rotation\n"
        "### Continuous cropping\nSame crop every year. Simple, but pests build up.\n\n"
        "### Ley farming\nArable crops alternate with a grass **ley** of several years that is grazed.\n\n"
        "### Relay cropping\nThe second crop is sown into the first before the first is harvested.\n\n"
        "## Notes\n- grandad's farm: 3 yrs ley, wheat, barley\n"
    )
    assert answers(note, "Farm/Rotation types.md") == ["Continuous cropping", "Ley farming", "Relay cropping"]


def test_a_kind_word_alone_under_a_heading_naming_the_kind_names_it_too() -> None:
    # "# Enamelling techniques" / "## Techniques" / "### Champlevé": the bare word is the kind.
    note = (
        "# Enamelling techniques\n\n## Techniques\n\n"
        "### Champlevé\nCells are carved or cast *into* the metal surface and filled with enamel.\n\n"
        "### Plique-à-jour\nEnamel held in open cells with no backing, so light shines through.\n\n"
        "### Grisaille\nPainting in shades of white enamel over a dark ground.\n"
    )
    assert answers(note, "Craft/Enamelling techniques.md") == ["Champlevé", "Plique-à-jour", "Grisaille"]


def test_a_member_of_a_kind_may_be_described_by_a_participle() -> None:
    # "### Arch dam" / "Curved in plan, ...": under "Types of dams" a participle and its
    # preposition describe the member (the note of dev37 that showed it).
    note = (CORPUS / "dev37" / "dam engineering" / "Dam types.md").read_text(encoding="utf-8")
    assert answers(note, "Dams/Dam types.md") == ["Gravity dam", "Arch dam", "Buttress dam", "Embankment dam"]


def test_a_glossary_section_may_open_with_a_participle_before_a_bare_noun_phrase() -> None:
    # "## Tusks" / "Elongated upper incisors that ...": under a glossary's heading a participle
    # before a bare noun phrase describes the term (a report's verb takes a determiner: "Moved the ...").
    # (The note of dev90 that showed it: two of its sections open so, "Fused nose and upper lip, ...".)
    note = (CORPUS / "dev90" / "elephants" / "Elephant anatomy glossary.md").read_text(encoding="utf-8")
    assert answers(note, "Elephants/Elephant anatomy glossary.md") == ["Tusks", "Ivory", "Molar progression", "Pinnae", "Trunk"]


def test_a_title_naming_families_makes_its_sections_members_glossed_past_a_nickname() -> None:
    # "# Crocodylia — the three living families": a taxon's families, genera or breeds are its
    # members; a section opening with a nickname or its members in a few words ("True
    # crocodiles". / "Alligators and caimans.") is glossed by the sentence after it too.
    note = (
        "# Crocodylia — the three living families\n\nOrder Crocodylia, ~27 species. Tell them apart by snout and teeth.\n\n"
        "## Crocodylidae\n\"True crocodiles\". Snout usually V-shaped; the large 4th tooth of the lower jaw sticks out.\n\n"
        "## Alligatoridae\nAlligators and caimans. Broad U-shaped snout; the lower teeth hide when the mouth is closed.\n\n"
        "## Gavialidae\nThe gharial (and, going by DNA, the false gharial *Tomistoma*). Extremely long, thin snout.\n"
    )
    found = extract_note(note, "Reptiles/Crocodylia families.md").candidates
    assert [c.answers[0] for c in found] == ["Crocodylidae", "Alligatoridae", "Gavialidae"]
    assert found[0].text.startswith('{{c1::Crocodylidae}}: "True crocodiles". Snout usually V-shaped')
    # A short gloss that is a noun phrase of its own stays alone ("The reproductive female.").
    castes = (
        "# Ant castes\n\n## Types of ants\n\n### Queen\nThe reproductive female. Born winged, then a queen breaks off her wings.\n\n"
        "### Worker\nA sterile female that forages, nurses and builds.\n"
    )
    assert [c.text for c in extract_note(castes, "Ants/Ant castes.md").candidates][0] == "{{c1::Queen}}: The reproductive female."


def test_positions_and_german_compounds_of_kinds_name_a_kind() -> None:
    # "## Puestos en ataque" (positions) and "## Bauarten" (types of build) name kinds too.
    spanish = (
        "# Balonmano\n\n#táctica\n\n## Puestos en ataque\n\n"
        "### Pivote\nJuega dentro de la defensa, pegado a la línea de seis metros. Bloquea y abre huecos.\n\n"
        "### Extremo\nJugador que ocupa las esquinas, rápido, con tiro de ángulo cerrado.\n\n"
        "### Central\nEl que organiza el ataque desde el centro del campo.\n"
    )
    assert answers(spanish, "Sport/Balonmano.md") == ["Pivote", "Extremo", "Central"]
    german = (
        "# Stirlingmotor – Bauarten\n\nMan unterscheidet die Motoren nach der Anordnung der Kolben.\n\n## Bauarten\n\n"
        "### Alpha-Maschine\nZwei Arbeitskolben in zwei getrennten Zylindern, einer heiß, einer kalt.\n\n"
        "### Beta-Maschine\nVerdränger und Arbeitskolben sitzen im **selben** Zylinder.\n\n"
        "### Gamma-Maschine\nWie Beta, aber der Arbeitskolben hat seinen eigenen Zylinder.\n"
    )
    assert answers(german, "Technik/Stirlingmotor Bauarten.md") == ["Alpha-Maschine", "Beta-Maschine", "Gamma-Maschine"]


def test_under_a_plural_title_half_the_sections_explaining_their_terms_make_a_glossary() -> None:
    # "# Boilerplate clauses": sections that say what each clause does, beside one that only
    # talks about its term and one that is a remark.
    note = (
        "# Boilerplate clauses\n\n"
        "## Force majeure\nExcuses performance when something outside both parties' control gets in the way.\n\n"
        "## Governing law\nwhich country's law applies to the contract, paired with a jurisdiction clause.\n\n"
        "## Waiver\nKeeps a party's rights alive even when it does not enforce them at once.\n\n"
        "## Notices\nhow and where formal notices must be sent. boring, but get the addresses right.\n\n"
        "## Counterparts\nI never remember this one, look it up before the exam.\n"
    )
    assert answers(note, "Law/Boilerplate clauses.md") == ["Force majeure", "Governing law", "Waiver"]


def test_sections_glossed_by_a_capitalised_romance_noun_phrase() -> None:
    # "## Boulle" / "Technique où l'on découpe ...": a noun pinned at once by "où" or "de".
    note = (
        "# Marqueterie\n\n## Boulle\nTechnique où l'on découpe ensemble deux matériaux superposés, écaille et laiton.\n\n"
        "## Frisage\nPlacage de bois disposé en motifs géométriques selon le sens du fil.\n\n"
        "## Ombrage\nOn brunit le bord d'une pièce dans du sable chaud.\n"
    )
    assert answers(note, "Bois/Marqueterie.md") == ["Boulle", "Frisage", "Ombrage"]
    # A Dutch manual's step ("Volg de instructies voor ...") and a setting's verb read the same
    # and are no such gloss.
    from srs.core.extract.sectionglosses import romance_noun_gloss

    assert romance_noun_gloss("Placage de bois disposé en motifs géométriques.")
    assert romance_noun_gloss("Lentille implantée dans l'œil sans retirer le cristallin.")
    assert not romance_noun_gloss("Volg de instructies voor Print and export entries in Journal on Mac")
    assert not romance_noun_gloss("Imposta de default il carattere del testo.")


def test_a_section_may_open_with_the_mark_that_sets_its_gloss() -> None:
    # "## Interlanguage" / "- = the learner's own evolving system ...": the "=" glosses the heading.
    note = (
        "# LING 214 — Lecture 5\n\n**Topic:** learner language\n\n"
        "## Interlanguage\n- = the learner's own evolving system, rule governed in its own right\n- term from Selinker\n\n"
        "## Fossilization\n- some errors stop changing even after years of exposure\n- debated whether permanent\n\n"
        "## Transfer\n- L1 features carried over into the L2\n"
    )
    assert answers(note, "Ling/Lecture 5.md")[:2] == ["Interlanguage", "Fossilization"]


def test_action_headings_that_end_with_the_parents_noun_are_no_members() -> None:
    # A manual in another language names actions on the thing its parent names ("Byt kort",
    # "Mengedit kartu"): they end the same way, and stay silent.
    note = (
        "# Lærred\n\nIntro.\n\n## Kort\n\n"
        "### Byt kort\nDu kan udskifte et notekort med et andet kort af samme type.\n\n1. Vælg kortet.\n2. Vælg **Byt**.\n\n"
        "### Flyt kort\nTræk et valgt kort for at flytte det.\n\n- Hold `Shift` nede.\n\n"
        "### Slet kort\nFjern valgte kort ved at højreklikke på dem.\n\n- Vælg **Slet**.\n"
    )
    assert answers(note, "Plugin/Lærred.md") == []


def test_sections_glossed_by_noun_phrases_without_their_article() -> None:
    note = (
        "# Homicide outline\n\n## Murder\nUnlawful killing with **malice aforethought**. Malice is not spite.\n\n"
        "## Voluntary manslaughter\nIntentional killing mitigated by adequate provocation, with no cooling-off time.\n\n"
        "## Involuntary manslaughter\nUnintentional killing through criminal negligence.\n\n- misdemeanor-manslaughter\n"
    )
    assert answers(note, "Law/Homicide outline.md") == ["Murder", "Voluntary manslaughter", "Involuntary manslaughter"]
    # A section of a report opens with a statement: no gloss.
    report = (
        "# Sprint review\n\n## Backend\nMigration of the orders table is done and deployed.\n\n- next: indexes\n\n"
        "## Frontend\nLogin page was rebuilt with the new components.\n\n- next: tests\n"
    )
    assert answers(report, "Work/Sprint review.md") == []


def test_a_heading_that_labels_a_section_is_no_term_among_term_headings() -> None:
    note = (
        "# Lighting layers\n\nIntro.\n\n## Ambient lighting\nGeneral light that fills the whole room evenly.\n\n- ceiling lights\n\n"
        "## Task lighting\nBright light aimed at one place of work, a desk or a bench.\n\n- desk lamps\n\n"
        "## Other things\nColour temperature matters as much as the brightness of the lamps.\n\n- warm in living rooms\n"
    )
    assert answers(note, "Design/Lighting layers.md") == ["Ambient lighting", "Task lighting"]
    # A heading of two words whose head reads like a label's still names a concept.
    errors = (
        "# Stats\n\n## Standard error\nThe standard deviation of a sampling distribution of a statistic.\n\n- shrinks with n\n\n"
        "## Sampling error\nThe difference between a sample statistic and the population value.\n\n- random\n"
    )
    assert answers(errors, "Stats/Errors.md") == ["Standard error", "Sampling error"]


def test_a_section_number_with_a_paragraph_sign_is_no_part_of_the_term() -> None:
    note = (
        "# Reading notes\n\nChapter two.\n\n"
        "## §13 Basis\nA collection of subsets whose unions give every open set of the topology.\n\n"
        "## §16 Subspace topology\nThe topology whose open sets are the intersections with open sets of the whole space.\n"
    )
    assert answers(note, "Maths/Reading notes.md") == ["Basis", "Subspace topology"]



def test_sections_that_use_each_others_terms_are_a_vocabulary() -> None:
    note = (
        "# Lake layers\n\nIn summer a lake separates into layers.\n\n"
        "## Epilimnion\nThe warm, well-mixed upper layer. In contact with the air, so it holds oxygen → most plankton grow here.\n\n"
        "## Metalimnion\nMiddle layer where temperature drops quickly. Material sinking from the epilimnion slows here.\n\n"
        "## Hypolimnion\nCold, dense bottom water cut off from the surface all summer. Decomposition uses up its oxygen.\n\n"
        "## Turnover\nWhen the surface cools in autumn, wind mixes the whole lake. Re-oxygenates the hypolimnion, brings nutrients up.\n"
    )
    found = set(answers(note, "Limnology/Lake layers.md"))
    assert {"Epilimnion", "Metalimnion", "Hypolimnion", "Turnover"} <= found


def test_sections_on_aspects_of_one_subject_are_no_vocabulary() -> None:
    # No section uses another's heading: they are aspects of the title's subject, not terms.
    note = (
        "# Gout\n\nA crystal arthropathy.\n\n"
        "## Onset\nSudden, very painful swelling of the big toe joint. Often at night. After a heavy meal. Lasts days.\n\n"
        "## Tests\nJoint aspirate with needle-shaped crystals. Serum urate. Can be normal. Repeat later.\n\n"
        "## Drugs\nAnti-inflammatories first. Then long-term urate lowering. Once the flare settles. For life.\n"
    )
    assert answers(note, "Medicine/Gout.md") == []
    # A manual that speaks to its reader stays silent even when its sections name each other.
    manual = (
        "# Base syntax\n\nYour base holds three sections. Write your filters first.\n\n"
        "## Filters\nRules that narrow the files. They run before any formulas. Each holds a test. Or a group.\n\n"
        "## Formulas\nComputed values. Filters and views can both read them. Any property. Any function.\n\n"
        "## Views\nLayouts of the files left by the filters. Formulas show as columns. Sorted. Grouped.\n"
    )
    assert answers(manual, "Help/Base syntax.md") == []


def test_a_students_def_mark_is_no_part_of_the_outlines_term() -> None:
    note = (
        "# Civ Pro - lect 7\n\n"
        "- Pleading def\n  - formal written document in which a party sets out the facts it relies on\n"
        "- Particulars def\n  - further details of an allegation so the other side knows the case to meet\n"
        "- Default judgment def\n  - judgment entered against a defendant who fails to file a defence in time\n"
    )
    assert answers(note, "Law/Civ Pro - lect 7.md") == ["Pleading", "Particulars", "Default judgment"]


def test_a_section_opening_with_an_entry_of_another_term_gives_that_term_not_the_heading() -> None:
    # Lecture notes head topics ("Préparation") and gloss terms in the items under them: the
    # item's own term is the card, the topic none (it had hidden "Préparation" before the entry).
    note = (
        "# Cours 3 — Migration des oiseaux\n\n## Pourquoi partir ?\n- ressources saisonnières, longueur du jour\n"
        "- **philopatrie** : tendance d'un oiseau à revenir se reproduire là où il est né\n\n"
        "## Préparation\n- hyperphagie — l'oiseau mange beaucoup plus que d'habitude avant le départ et stocke des graisses\n"
        "- mue avant/après selon les espèces\n\n"
        "## Orientation\n- compas solaire, compas stellaire (cf. [[Sun compass|compas solaire]])\n"
        "- magnétoréception : capacité à percevoir le champ magnétique terrestre pour s'orienter\n"
        "- odeurs ? pas très clair\n"
    )
    assert answers(note, "Oiseaux/Cours 3.md") == ["philopatrie", "hyperphagie", "magnétoréception"]


def test_term_sections_in_a_script_without_spaces_count_its_words_by_characters() -> None:
    # Japanese glosses hold few spaces: counted by spaces, most were "too short" to gloss.
    note = (
        "# 氷河の用語\n\n授業で出てきた用語のまとめ。\n\n"
        "## クレバス\n氷河の表面にできる深い割れ目。英語では crevasse。雪で隠れていることがあるので危ない。\n\n"
        "## セラック\nクレバスが交差したところにできる塔のような氷の塊。いつ崩れるか分からない。\n\n"
        "## 氷床\n大陸規模で陸地をおおう巨大な氷の塊で、面積が5万 km² 以上のもの。\n"
    )
    assert answers(note, "Glaciology/氷河の用語.md") == ["クレバス", "セラック", "氷床"]


def test_members_under_a_plural_title_may_be_described_by_a_phrase_without_a_verb() -> None:
    note = (
        "# Roast defects\n\n"
        "## Baking\nFlat, bready, papery taste from a roast that **stalls** — the rate of rise flattens out in the middle. "
        "Nothing visible on the bean, you only catch it in the cup.\n\n"
        "## Scorching\nDark burnt patches on the flat side of the bean, from too much drum heat early on.\n\n"
        "## Tipping\nthe ends of the bean get charred, little dark spots at each end.\n\n"
        "## Underdevelopment\nThe inside of the bean hasn't caught up with the outside: grassy, sour.\n"
    )
    assert answers(note, "Coffee/Roast defects.md") == ["Baking", "Scorching", "Tipping", "Underdevelopment"]


def test_members_under_a_plural_title_may_open_with_its_noun() -> None:
    note = (
        "# Projections cartographiques\n\nIntro.\n\n"
        "## Projection conforme\nConserve les angles localement, donc les formes des petites zones. Ex. **Mercator** → "
        "super pour la navigation 🙃\n\n"
        "## Projection équivalente\nConserve les surfaces (rapports d'aire), mais déforme les formes. Ex. Mollweide.\n\n"
        "## Projection aphylactique\nNe conserve ni les angles ni les surfaces, c'est un compromis.\n\n"
        "## Ellipsoïde\n%% à compléter %%\n"
    )
    assert answers(note, "Carto/Projections cartographiques.md") == [
        "Projection conforme", "Projection équivalente", "Projection aphylactique",
    ]


def test_a_section_glossed_by_an_epithet_set_apart_at_once() -> None:
    note = (
        "---\naliases: [Fates]\n---\nThe Moirai were the three sister goddesses who controlled the thread of every mortal life.\n\n"
        "## Clotho\nThe spinner — spins the thread at birth.\n\n"
        "## Lachesis\nThe allotter; measures out how long the thread will be.\n\n"
        "## Atropos\n\"The one who cannot be turned.\" Cuts the thread.\n"
    )
    assert answers(note, "Myth/Moirai.md") == ["Moirai", "Clotho", "Lachesis"]



def test_theories_named_as_a_kind_with_sections_that_open_with_their_source() -> None:
    # "Theories" names the kind whose noun two sections end with ("theory"); a section may open
    # with who put the idea forward ("Festinger.", "Zajonc 1968."), its gloss after it.
    text = (
        "# Theories of behaviour — seminar notes (wk 2-3)\n\n"
        "## Attachment theory\nBowlby: infants need one steady carer (comfort, safety) that they can turn to. "
        "The bond shapes later relationships. Ainsworth tested it with the strange situation.\n\n"
        "## Social learning theory\nNobody learns alone - learning is copying what others are rewarded for (parents, "
        "peers, TV). Bandura's Bobo doll study is the classic.\n\n"
        "## Cognitive dissonance\nFestinger. Holding two clashing beliefs feels bad, like any other threat to the "
        "self - so people change one. The $1 vs $20 study.\n\n"
        "## Mere exposure\nZajonc 1968. Seeing a thing again and again (faces, words, logos) makes people like it "
        "more → even without noticing. Advertisers love it.\n"
    )
    assert answers(text) == ["Attachment theory", "Social learning theory", "Cognitive dissonance", "Mere exposure"]


def test_bold_terms_on_lines_of_their_own_under_a_kind_heading_head_descriptions_of_a_few_sentences() -> None:
    text = (
        "# Anaemia\n\nNotes from the ward teaching.\n\n## Types of anaemia\n\n"
        "**Microcytic anaemia**\nSmall red cells: iron deficiency, thalassaemia trait. Check ferritin first.\n\n"
        "**Macrocytic anaemia**\nLarge red cells — B12 or folate deficiency, alcohol, liver disease. Film shows oval macrocytes.\n\n"
        "**Normocytic anaemia**\nNormal-sized cells: acute blood loss, chronic disease, kidney failure. Often mixed causes.\n"
    )
    assert answers(text) == ["Microcytic anaemia", "Macrocytic anaemia", "Normocytic anaemia"]


def test_bold_terms_on_lines_of_their_own_over_settings_pages_stay_silent() -> None:
    text = (
        "# Sync\n\n## Sync settings\n\n"
        "**Selective sync**\nChoose the folders to sync. Open the panel to change it. It applies at once.\n\n"
        "**Sync history**\nShows every version of a file. Open the file menu to see it. It keeps a year.\n\n"
        "**Conflict files**\nSaved next to the original. Rename or delete them by hand. They are never synced.\n"
    )
    assert answers(text) == []


def test_a_sentence_with_a_subject_of_its_own_defines_it_not_the_heading_above() -> None:
    text = "# Script basics\n\nAn abugida is a writing system where each consonant letter carries an inherent vowel.\n"
    assert answers(text) == ["abugida"]
    # A bare noun phrase under a heading still glosses the heading's term.
    text = "# Notes\n\n## Stationary point\nA point where the derivative of the function is zero.\n"
    assert answers(text) == ["Stationary point"]


def test_a_copula_inside_the_relative_clause_keeps_a_headings_gloss() -> None:
    text = "# Chemistry\n\n## Solute\nA substance that is dissolved in a solvent to form a solution.\n"
    assert answers(text) == ["Solute"]


def test_an_option_list_under_a_heading_that_only_mentions_types_stays_silent() -> None:
    text = (
        "# Reader\n\n## Supported file types\n"
        "- **pdf** — opens in the built-in viewer with zoom and search\n"
        "- **epub** — opens in the built-in viewer with reflowed text\n"
        "- **mobi** — opens in the built-in viewer after a conversion\n"
    )
    assert answers(text) == []


# --- sibling headings that name kinds of what the title names ------------------------------------


def test_sections_named_as_kinds_of_the_titles_thing_gloss_however_terse() -> None:
    note = (
        "# Erikson's stages of development\n\nEight stages across the lifespan.\n\n"
        "## Trust stage\nBirth to 18 months. Whether the baby can rely on its carers, fed when **hungry**.\n\n"
        "## Autonomy stage\n18 months to 3. Toilet training, doing things alone.\n\n"
        "## Initiative stage\n3 to 5. Planning games and taking the lead.\n\n"
        "## Industry stage\n5 to 12. School skills, comparing oneself with peers.\n"
    )
    found = dict((a[0], t) for t, a in cards(note, "Psych/Erikson's stages.md"))
    assert {"Trust stage", "Autonomy stage", "Initiative stage", "Industry stage"} <= set(found)
    assert found["Autonomy stage"] == "{{c1::Autonomy stage}}: 18 months to 3. Toilet training, doing things alone."


def test_a_kinds_card_keeps_its_gloss_not_the_sections_later_remarks() -> None:
    note = (
        "# Kiln types\n\n"
        "## Electric kiln\nElements in the walls heat the **ware** evenly. Very popular for DIY.\n\n"
        "## Gas kiln\nBurners fire into the chamber, so **reduction** is possible. Needs a vent, e.g. a hood.\n\n"
        "## Wood kiln\nWood is stoked for days, and **ash** glazes the pots. More even temperatures — what I want.\n"
    )
    found = dict((a[0], t) for t, a in cards(note, "Ceramics/Kiln types.md"))
    assert found["Electric kiln"] == "{{c1::Electric kiln}}: Elements in the walls heat the **ware** evenly."
    assert found["Wood kiln"] == "{{c1::Wood kiln}}: Wood is stoked for days, and **ash** glazes the pots."


def test_a_section_without_the_kinds_noun_may_stand_among_them() -> None:
    note = (
        "# Types of sauna\n\n"
        "## Smoke sauna\nNo chimney. The smoke fills the room while it heats, then is let out. Hours of work.\n\n"
        "## Wood-fired sauna\nA stove with a chimney, **löyly** from stones on top.\n\n"
        "## Electric sauna\nThe usual one in flats and [[gyms]]; heats fast.\n\n"
        "## Banya\nThe Russian cousin, wetter, with **venik** whisks.\n"
    )
    assert {"Smoke sauna", "Wood-fired sauna", "Electric sauna"} <= set(answers(note, "Sauna/Types of sauna.md"))


def test_a_manuals_tasks_are_no_kinds() -> None:
    # The title does not name what the headings share: tasks in a sidebar.
    tasks = (
        "# Sidebar\n\n"
        "## Open tabs\nSeveral ways. Drag a **tab** there, or use the command.\n\n"
        "## Close tabs\nSome close from the **context menu**, others cannot.\n\n"
        "## Pin tabs\nA pinned **tab** stays put when other parts of the app change.\n"
    )
    assert answers(tasks, "Interface/Sidebar.md") == []
    # Under a title that names them, they still open with a command.
    assert answers(tasks.replace("# Sidebar", "# Tabs"), "Interface/Tabs.md") == []
    # The title names them, but they are steps announced by a label.
    steps = (
        "# Workspaces\n\n"
        "## Save a workspace\n**Ribbon menu:**\n\n- Click the icon.\n\n"
        "## Load a workspace\n**Ribbon menu:**\n\n- Click the icon.\n\n"
        "## Delete a workspace\n**Ribbon menu:**\n\n- Click the icon.\n"
    )
    assert answers(steps, "Plugins/Workspaces.md") == []


def test_kinds_leave_the_other_sections_to_their_own_shape() -> None:
    """Review regression: once the kinds of levers made the group a glossary, every section was
    read as a plain gloss and its card ran on into remarks ("... Neck extension — head nodding")."""
    note = (CORPUS / "dev28" / "biomechanics" / "Levers in the body.md").read_text(encoding="utf-8")
    found = dict((a[0], t) for t, a in cards(note, "Biomechanics/Levers in the body.md"))
    assert found["First-class lever"] == "{{c1::First-class lever}}: Fulcrum sits between effort and load."
