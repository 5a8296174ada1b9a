"""Structural shapes fresh notes are written in that earlier rules missed: a term note's
"Definition" section, one glossary item among plain notes, glossary lines with a line of prose
among them, ``## Term`` sections whose gloss names the term later or runs to three short
sentences. Each with a note that must give cards and one that must not."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def cards(text: str, path: str = "Notes/Note.md") -> list[tuple[str, tuple[str, ...]]]:
    return [(c.text, c.answers) for c in extract_note(text, path).candidates]


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


# --- "## Definition" in a term note ------------------------------------------------------------


def test_a_definition_section_glosses_the_alias_that_spells_the_title_out() -> None:
    text = (
        "---\naliases: [Spaced repetition]\n---\n# sr\n\n## Definition\n"
        "A learning technique in which reviews are scheduled at increasing intervals.\n\n## Why it works\nIt exploits the spacing effect.\n"
    )
    assert cards(text, "Zettel/sr.md") == [
        ("{{c1::Spaced repetition}}: A learning technique in which reviews are scheduled at increasing intervals.", ("Spaced repetition",))
    ]


def test_a_definition_section_glosses_the_title_of_the_note() -> None:
    text = "---\ntype: concept\n---\n## Definition\n\nA test double passed in only to fill a parameter the function requires.\n"
    assert answers(text, "Testing/Dummy object.md") == ["Dummy object"]


def test_a_definition_section_under_a_zettel_id_glosses_the_alias() -> None:
    text = "---\naliases: [Moral hazard]\n---\n## Definition\nThe risk that a party insulated from a loss behaves less carefully.\n"
    assert answers(text, "Zettel/202405021130.md") == ["Moral hazard"]


def test_a_definition_list_item_that_names_the_term_is_the_card() -> None:
    text = (
        "---\ntitle: Mercury\naliases: [Hg, quicksilver]\n---\n## Definition\n"
        "1. Mercury is the only metal that is liquid at room temperature.\n2. The smallest planet of the Solar System.\n"
    )
    assert cards(text, "Chem/Mercury.md") == [
        ("{{c1::Mercury}} is the only metal that is liquid at room temperature.", ("Mercury",))
    ]


def test_a_definition_section_of_an_api_page_or_a_question_gives_no_gloss() -> None:
    api = "---\ntitle: Refund\n---\n## Definition\n**POST** https://api.example.com/v1/orders/:id/refund\n"
    asked = "## Definition\nWhat exactly counts as a refund here?\n"
    mine = "## Definition\nI use this word for anything that makes me slow down.\n"
    assert answers(api, "Api/Refund.md") == []
    assert answers(asked, "Api/Refund.md") == []
    assert answers(mine, "Journal/Friction.md") == []


def test_a_glossary_of_equals_lines_may_say_what_a_term_does_or_can_be() -> None:
    # In a run of "Term = gloss" lines a gloss may open with what the term does, a negated
    # participle before its noun, or what can be done to it in general.
    text = (
        "# Compression glossary\n\n"
        "Entropy = the lower bound on the average number of bits per symbol for a source\n"
        "Dictionary coder = replaces repeated strings with references to entries in a dictionary\n"
        "Lossless compression = original data can be reconstructed exactly (ZIP, PNG, FLAC)\n"
        "Run-length encoding = replace runs of one value with (count, value) pairs, e.g. `AAAAB` → `4A1B`\n"
        "Compression ratio = uncompressed size divided by compressed size\n"
    )
    assert answers(text) == ["Entropy", "Dictionary coder", "Lossless compression", "Compression ratio"]
    # A day's report in the same shape stays news: something done, not what a term does.
    log = (
        "# Build log\n\nMonday = fixed the parser and merged the branch into main\n"
        "Tuesday = unpacked the boxes and set up the new desk\nWednesday = server was down most of the day\n"
    )
    assert answers(log) == []
    # A status report in "=" lines says how things stand (review finding).
    status = (
        "# Sprint status\n\nLogin page = needs two more days of testing on mobile\n"
        "Search = works but ranks old notes far too high\nExport = blocks on the PDF library licence question\n"
    )
    assert [c for c in extract_note(status, "Work/Sprint.md").candidates if c.rule == "glossary_line"] == []


# --- one glossary item among plain notes -------------------------------------------------------


def test_a_plain_item_glossed_by_a_pinned_noun_phrase_is_a_card() -> None:
    text = (
        "# Renal physiology\n\n- GFR matters for dosing\n- normal ~125 mL/min\n"
        "- Clearance: the volume of plasma completely cleared of a substance per minute\n"
        "- Indulgences = remissions of temporal punishment for sin, sold to fund the church\n"
    )
    assert answers(text) == ["Clearance", "Indulgences"]


def test_plain_items_of_labels_people_and_amounts_stay_without_cards() -> None:
    text = (
        "# Trip\n\n- Flour: 200 g\n- Alice: finished the booking page\n- Tomorrow: the museum of modern art with Sam\n"
        "- p = 0.5 for hidden layers, ~0.8 for inputs\n- Side effects: bradycardia, fatigue, cold peripheries\n"
    )
    assert answers(text, "Notes/Dropout p.md") == []


# --- glossary lines with a line of prose among them --------------------------------------------


def test_glossary_lines_count_with_one_line_of_prose_among_them() -> None:
    text = (
        "# Poetry terms\n\nEnjambment – a sentence runs on past the end of a line without punctuation.\n"
        "Caesura – a pause in the middle of a line.\nA volta is the turn in thought in a sonnet.\n"
    )
    assert answers(text)[:2] == ["Enjambment", "Caesura"]


def test_lines_of_places_in_capitals_stay_a_record() -> None:
    text = "# Servers\n\n> **Asia**: Singapore\n> **Europe**: Frankfurt, Germany\n> **North America**: San Francisco, USA\n> ^regions\n"
    assert answers(text) == []


# --- "## Term" sections ------------------------------------------------------------------------


def test_a_heading_gloss_that_names_its_term_later_keeps_the_sentences_before() -> None:
    text = (
        "# Enzyme kinetics\n\n## Km\nThe substrate concentration at which the reaction runs at half of Vmax. Low Km means high affinity.\n\n"
        "## Vmax\nMaximum rate, reached when every enzyme molecule is saturated with substrate.\n\n"
        "## Competitive inhibition\nThe inhibitor binds the active site and competes with the substrate.\n"
    )
    found = cards(text)
    assert ("{{c1::Km}}: The substrate concentration at which the reaction runs at half of Vmax.", ("Km",)) in found
    assert [a for _, a in found] == [("Km",), ("Vmax",), ("Competitive inhibition",)]


def test_three_short_sentences_and_a_term_inside_a_longer_word_still_gloss() -> None:
    text = (
        "# Data structures\n\n### Stack\nLast in, first out. Push and pop at the same end. Used for call frames and undo.\n\n"
        "### Queue\nFirst in, first out: enqueue at the back, dequeue at the front.\n\n"
        "### Hash table\nMaps keys to buckets with a hash function, so lookups take constant time on average.\n"
    )
    assert answers(text) == ["Stack", "Queue", "Hash table"]


def test_sections_that_announce_steps_or_repeat_their_heading_give_no_glossary() -> None:
    text = (
        "# Toolbar\n\n### Desktop\nOn the desktopversion you can customise the toolbar as follows:\n\n"
        "### Mobile\nOn the mobile app you can reorder the items as follows:\n\n"
        "### Tablet\nTablet layouts follow the desktop one.\n"
    )
    assert answers(text) == []


# --- tables whose last column says what sets each row apart ------------------------------------


def test_a_table_with_a_hallmark_column_is_a_glossary() -> None:
    text = (
        "# Piaget's stages\n\n| Stage | Age | Hallmark |\n|---|---|---|\n"
        "| Sensorimotor | 0–2 | learning through senses and action |\n| Preoperational | 2–7 | symbolic thought, but egocentric |\n"
    )
    assert cards(text) == [
        ("{{c1::Sensorimotor}}: learning through senses and action", ("Sensorimotor",)),
        ("{{c1::Preoperational}}: symbolic thought, but egocentric", ("Preoperational",)),
    ]


def test_a_software_table_with_a_key_feature_column_stays_without_cards() -> None:
    text = "# Plugins\n\n| Plugin | Version | Key feature |\n|---|---|---|\n| Dataview | 0.5 | queries over notes |\n"
    assert answers(text) == []


# --- defining callouts titled by a short name with digits --------------------------------------


def test_a_definition_callout_titled_by_a_short_name_with_digits() -> None:
    text = (
        "# Heart sounds\n\n> [!definition] S1\n> Closure of the mitral and tricuspid valves at the start of systole.\n\n"
        "> [!definition] Step 2\n> Listen at the apex with the bell of the stethoscope.\n"
    )
    assert answers(text) == ["S1"]


# --- plain glossary lists: more separators and scripts -----------------------------------------


def test_a_list_glossed_after_an_ellipsis() -> None:
    text = (
        "# Glossary\n- Complements ... goods consumed together\n- Substitutes ... goods that can replace each other\n"
        "- Monopsony ... a market with a single buyer\n"
    )
    assert answers(text) == ["Complements", "Substitutes", "Monopsony"]


def test_a_list_glossed_after_a_full_width_colon() -> None:
    text = (
        "# 明治維新\n\n- 廃藩置県：1871年、藩を廃止して全国に府県を置いた政策\n- 地租改正：土地の価格に応じて現金で税を納めさせた改革\n"
        "- 富国強兵 — 産業を育てて国を豊かにし、軍事力を強めるというスローガン\n"
    )
    assert answers(text) == ["廃藩置県", "地租改正", "富国強兵"]


def test_a_gloss_with_i_e_and_a_term_with_its_symbol() -> None:
    text = (
        "# Thermodynamics\n\n- Enthalpy (H) – heat content of a system at constant pressure\n"
        "- Entropy (S) – a measure of how many microstates fit the macrostate\n"
        "- Exergy – the useful work obtainable, i.e. the part of the energy that is not lost\n"
    )
    assert cards(text)[0] == ("{{c1::Enthalpy}} (H): heat content of a system at constant pressure", ("Enthalpy",))
    assert answers(text) == ["Enthalpy", "Entropy", "Exergy"]


def test_a_meeting_list_with_an_ellipsis_and_an_answer_line_stays_without_cards() -> None:
    text = (
        "# Standup\n\n- Alice ... finished the login page\n- Bob ... I will fix the tests\n- Carol ... we moved the deadline\n\n"
        "Review — Q: Who posted the theses? A: Martin Luther.\n"
    )
    assert answers(text) == []


# --- vocabulary lists of a language course -----------------------------------------------------


def test_a_list_under_a_flag_is_a_vocabulary_list_even_for_a_false_friend() -> None:
    text = (
        "# Falsos amigos 🇪🇸\n\n- *embarazada* — pregnant (NOT embarrassed!)\n- *constipado* — having a cold\n"
        "- *éxito* — success, not exit\n"
    )
    assert answers(text) == ["embarazada", "constipado", "éxito"]


def test_a_verb_keeps_the_case_it_takes_visible() -> None:
    text = (
        "# Verben mit Präposition (B1)\n\n- sich freuen auf + Akk. — to look forward to\n- sich erinnern an + Akk. — to remember\n"
        "- abhängen von + Dat. — to depend on\n"
    )
    assert cards(text)[0] == ("{{c1::sich freuen auf}} + Akk.: to look forward to", ("sich freuen auf",))
    assert answers(text) == ["sich freuen auf", "sich erinnern an", "abhängen von"]


def test_a_list_of_options_under_a_flag_that_names_itself_stays_without_cards() -> None:
    text = "# Editor 🇩🇪\n\n- Bold: makes the text bold\n- Highlight: highlights the selection\n"
    assert answers(text) == []


# --- bold terms leading sentences inside paragraphs --------------------------------------------


def test_bold_terms_leading_sentences_make_a_glossary_of_three() -> None:
    text = (
        "# Concurrency\n\n**Race condition.** The result depends on the timing of threads that touch shared state. "
        "**Deadlock.** Two or more threads each wait for a lock the other one holds.\n\n"
        "**Mutex.** A lock that only one thread can hold at a time.\n"
    )
    assert cards(text) == [
        ("{{c1::Race condition}}: The result depends on the timing of threads that touch shared state.", ("Race condition",)),
        ("{{c1::Deadlock}}: Two or more threads each wait for a lock the other one holds.", ("Deadlock",)),
        ("{{c1::Mutex}}: A lock that only one thread can hold at a time.", ("Mutex",)),
    ]


def test_bold_labels_before_notes_and_requests_stay_without_cards() -> None:
    seminar = (
        "# Seminar\n\n**Speaker**: Prof. Haddad (Leiden). **Title**: \"Archives of the ordinary\".\n\n"
        "**Follow up**: email her about the dataset and the ledgers.\n"
    )
    rules = (
        "# Community\n\n**Security concerns.** If you find a security issue, please contact support. "
        "**Plugins and themes.** For bug reports, open an issue on the repository.\n\n"
        "**When to ping.** Ping members only when they asked you to.\n"
    )
    assert answers(seminar) == []
    assert answers(rules) == []


# --- glossary entries run together on one line -------------------------------------------------


def test_glossary_sentences_run_together_in_one_paragraph() -> None:
    text = (
        "# Painting terms\n\nChiaroscuro: strong contrast between light and dark to model form. "
        "Sfumato: soft blending of tones without hard outlines. Contrapposto: a figure standing with its weight on one leg.\n"
    )
    assert answers(text) == ["Chiaroscuro", "Sfumato", "Contrapposto"]


def test_prose_with_one_labelled_sentence_stays_without_a_glossary_card() -> None:
    text = "# Log\n\nWe met on Monday. Update: the server is back online after the outage. Sam will check the logs.\n"
    assert answers(text) == []


# --- key-idea lists ----------------------------------------------------------------------------


def test_key_takeaways_name_an_idea_and_explain_it_in_a_clause() -> None:
    text = (
        "# Thinking, Fast and Slow\n\n## Key takeaways\n- The mind runs two systems, one fast and one slow.\n"
        "- Anchoring: estimates are pulled towards an initial number, even an irrelevant one.\n"
        "- WYSIATI (\"what you see is all there is\") — we build stories from whatever is at hand.\n"
    )
    assert cards(text) == [
        ("{{c1::Anchoring}}: estimates are pulled towards an initial number, even an irrelevant one.", ("Anchoring",)),
        ("{{c1::WYSIATI}} (\"what you see is all there is\"): we build stories from whatever is at hand.", ("WYSIATI",)),
    ]


def test_takeaways_that_count_frame_or_sit_under_another_heading_give_no_cards() -> None:
    counted = "## Key takeaways\n- Two production shapes: the offline pipeline and the online loop.\n- For day 9: the page is a server component.\n"
    elsewhere = "## Meeting\n- Anchoring: estimates are pulled towards an initial number.\n- Budget: we are over by ten percent.\n"
    assert answers(counted) == []
    assert answers(elsewhere) == []


# --- glossaries in Dataview field syntax --------------------------------------------------------


def test_a_glossary_written_as_inline_fields() -> None:
    text = (
        "# Semiconductors\n\n- Dopant:: an impurity added to a pure semiconductor to change its conductivity\n"
        "- Band gap:: the energy difference between the valence band and the conduction band\n"
    )
    assert cards(text)[0] == (
        "{{c1::Dopant}}: an impurity added to a pure semiconductor to change its conductivity", ("Dopant",)
    )
    assert answers(text) == ["Dopant", "Band gap"]


def test_dataview_fields_of_status_dates_links_and_thoughts_stay_without_cards() -> None:
    text = (
        "# Movie X\n\nstatus:: done\nrating:: 6\nwatched:: 2024-05-01\nsource:: [[IMDb]]\n"
        "Thoughts:: It was decent, but the second half drags on.\ndue-date:: the first Monday of the month after next\n"
    )
    assert answers(text) == []


# --- a heading that names a law, then the law --------------------------------------------------


def test_a_law_heading_is_glossed_by_the_statement_under_it() -> None:
    text = (
        "# Thermodynamics\n\n## Zeroth law\nIf two systems are each in thermal equilibrium with a third, "
        "they are in thermal equilibrium with each other.\n\n## Notes\nBring the lab book on Friday.\n"
    )
    assert cards(text) == [
        (
            "{{c1::Zeroth law}}: If two systems are each in thermal equilibrium with a third, "
            "they are in thermal equilibrium with each other.",
            ("Zeroth law",),
        )
    ]


def test_a_statement_under_an_ordinary_heading_or_a_personal_rule_gives_no_gloss() -> None:
    text = "# Week\n\n## Travel\nThe train leaves at eight from the main station.\n\n## My rule\nI never check email before noon.\n"
    assert answers(text) == []


# --- an announced glossary may date its entries -------------------------------------------------


def test_a_glossary_under_a_terms_heading_may_hold_a_year() -> None:
    text = (
        "# Cold War — terms\n\n- **Containment** – US policy of stopping the spread of Soviet influence\n"
        "- **Iron Curtain** – Churchill's 1946 image for the division of Europe into two blocs\n"
        "- **Détente** – the easing of US–Soviet tensions in the 1970s\n"
    )
    assert answers(text) == ["Containment", "Iron Curtain", "Détente"]


def test_a_schedule_under_a_words_heading_stays_without_cards() -> None:
    text = "# Words of the week\n\n- Monday: 9 to 11, room 4\n- Tuesday: 2 to 4, room 7\n"
    assert answers(text) == []


# --- study pairs run together after a short title -----------------------------------------------


def test_study_pairs_run_together_after_a_title_and_a_dash() -> None:
    text = "Reformation review — Q: Who posted the Ninety-five Theses? A: Martin Luther. Q: In which year? A: 1517.\n"
    assert answers(text, "History/Reformation.md") == ["Martin Luther", "1517"]


def test_a_sentence_before_the_pairs_is_no_title() -> None:
    text = "We went over the exam today. Q: Who posted the theses? A: Martin Luther. Q: In which year? A: 1517.\n"
    assert answers(text, "History/Reformation.md") == []


# --- plain glossary lists: glosses that are clauses, sub-items, numerals --------------------------


def test_principles_glossed_by_clauses_with_their_own_subject() -> None:
    text = (
        "# Principles of training\n\n1. Specificity: adaptations are specific to the kind of training done\n"
        "2. Progressive overload: load has to increase gradually for adaptation to continue\n"
        "3. Reversibility: fitness is lost when training stops\n"
    )
    assert answers(text) == ["Specificity", "Progressive overload", "Reversibility"]


def test_sub_items_do_not_break_a_glossary_list_and_roman_numerals_are_no_pronoun() -> None:
    text = (
        "# Control\n\n- open loop: output is not measured, no correction\n- closed loop = output measured and fed back\n"
        "- PID controller: proportional, integral and derivative terms\n  - the integral term removes steady-state error\n"
        "- plagal cadence - IV to I, the amen ending\n"
    )
    assert answers(text) == ["open loop", "closed loop", "PID controller", "plagal cadence"]


def test_reports_with_a_named_or_no_subject_and_lecture_asides_stay_without_cards() -> None:
    text = (
        "# Standup\n\n- Owner: Priya will send the deck\n- Server: is down again since Monday\n"
        "- Budget: we are over by ten percent\n- recap: knowledge as justified true belief\n"
        "- seminar q: does reliabilism collapse into externalism\n"
    )
    assert answers(text) == []


# --- study pairs written with field marks ---------------------------------------------------------


def test_study_pairs_written_q_double_colon_a_double_colon() -> None:
    text = (
        "## Printmaking quiz\n\nQ:: In which technique is the design cut into a wooden block?\nA:: Woodcut\n\n"
        "Q:: What is the acid-resistant layer on an etching plate called?\nA:: The ground\n"
    )
    assert cards(text) == [
        ("In which technique is the design cut into a wooden block? {{c1::Woodcut}}", ("Woodcut",)),
        ("What is the acid-resistant layer on an etching plate called? {{c1::The ground}}", ("The ground",)),
    ]


# --- two-column tables of things and their descriptions -------------------------------------------


def test_a_described_table_glossed_in_lower_case() -> None:
    text = (
        "# Métodos de irrigação\n\n| Método | Descrição |\n|---|---|\n"
        "| Gotejamento | a água é aplicada gota a gota junto à raiz |\n| Aspersão | a água é lançada no ar e cai como chuva |\n"
    )
    assert answers(text) == ["Gotejamento", "Aspersão"]


def test_a_settings_table_described_in_capitals_stays_without_cards() -> None:
    text = (
        "# Reader\n\n| Einstellung | Beschreibung |\n|---|---|\n| Schriftgröße | Textgröße anpassen. |\n"
        "| Thema | Farben auswählen. |\n\n| Step | Description |\n|---|---|\n| Install | download the installer and run it |\n"
    )
    assert answers(text) == []


def test_glossary_lines_without_full_stops_give_one_card_a_line() -> None:
    text = (
        "## Phonemes vs allophones\nphoneme = smallest unit of sound that can distinguish meaning (/p/ vs /b/)\n"
        "allophone = a predictable variant of a phoneme that does not change meaning\n"
    )
    assert cards(text) == [
        ("{{c1::phoneme}} = smallest unit of sound that can distinguish meaning (/p/ vs /b/)", ("phoneme",)),
        ("{{c1::allophone}} = a predictable variant of a phoneme that does not change meaning", ("allophone",)),
    ]


def test_an_announced_gloss_that_names_its_term_in_an_example_ends_before_it() -> None:
    text = (
        "# Vocabulario de geomorfología\n\n- **Meseta**: llanura elevada sobre el nivel del mar, como la Meseta Central.\n"
        "- **Cuenca**: territorio cuyas aguas desembocan en un mismo río, lago o mar.\n"
    )
    assert cards(text)[0] == ("{{c1::Meseta}}: llanura elevada sobre el nivel del mar", ("Meseta",))
    assert answers(text) == ["Meseta", "Cuenca"]


def test_a_quoted_name_after_an_article_hides_the_name_alone() -> None:
    text = (
        "# Meditations\n\n1. Dichotomy of control — split what is up to us from what is not.\n"
        "2. The \"view from above\": imagine your troubles from a great height.\n"
        "3. Memento mori — remember that you will die, to sort priorities.\n"
    )
    assert ("The \"{{c1::view from above}}\": imagine your troubles from a great height.", ("view from above",)) in cards(text)


def test_a_lecture_list_with_a_consequence_arrow_and_a_check_item() -> None:
    text = (
        "# Regression\n\n* residual: observed y minus fitted y\n* R² — share of the variance in y explained by the model\n"
        "* multicollinearity = predictors strongly correlated with each other → unstable coefficients\n"
        "* heteroscedasticity: residual spread changes with x\n* check: Q-Q plot for normality of residuals\n"
    )
    assert answers(text) == ["residual", "R²", "multicollinearity", "heteroscedasticity"]


def test_a_line_listing_members_is_no_gloss() -> None:
    text = "Crop rotation = growing different crops in sequence on one field. Classic Norfolk course: wheat, turnips, barley, clover.\n"
    assert "Classic Norfolk course" not in answers(text, "Farming/Crop rotation.md")


# --- slide notes: a heading, then a noun phrase without a full stop --------------------------------


def test_a_heading_glossed_by_a_noun_phrase_line_of_slide_notes() -> None:
    text = (
        "# Elasticity\n\n## Price elasticity of demand\n- A measure of how responsive quantity demanded is to a change in price\n"
        "- Demand is elastic if quantity changes more than price\n\n## Minimal pairs\ntwo words that differ in exactly one sound → the test for phonemes\n"
    )
    found = cards(text)
    assert ("{{c1::Price elasticity of demand}}: A measure of how responsive quantity demanded is to a change in price", ("Price elasticity of demand",)) in found
    assert ("{{c1::Minimal pairs}}: two words that differ in exactly one sound → the test for phonemes", ("Minimal pairs",)) in found


def test_a_first_line_that_is_a_step_a_person_or_a_title_heading_gives_no_gloss() -> None:
    text = (
        "# Trip\n\n## Packing\n- a pair of shoes that I can walk in all day\n\n## Settings\nthe list of plugins → open Community plugins\n"
    )
    assert answers(text) == []


@pytest.mark.parametrize(("note", "path"), [
    ("# Homeostasis\n\n## Definition\nThe tendency of a body to keep {{variable}} conditions stable.\n", "Homeostasis.md"),
    ("# Laws\n\n## Zeroth law\nIf two systems are each in equilibrium with {{a third}}, they are in equilibrium with each other.\n",
     "Laws.md"),
])
def test_a_section_gloss_holding_a_template_placeholder_makes_no_card(note: str, path: str) -> None:
    """"{{...}}" in the gloss would break the card's cloze markup: no card, not a broken one
    (the same sections without it are cards)."""
    assert extract_note(note, path).candidates == ()
    fixed = extract_note(note.replace("{{variable}}", "internal").replace("{{a third}}", "a third"), path).candidates
    assert [c.rule for c in fixed] in (["definition_section"], ["heading_gloss"])


def test_a_study_answer_with_a_comment_after_a_dash_hides_the_answer_only() -> None:
    note = "Q: Which gas do plants take in for photosynthesis?\nA: Carbon dioxide — through the stomata, mostly by day\n"
    [card] = extract_note(note, "Biology/Self quiz.md").candidates
    assert card.answers == ("Carbon dioxide",)
    assert card.text.endswith("{{c1::Carbon dioxide}} — through the stomata, mostly by day")
