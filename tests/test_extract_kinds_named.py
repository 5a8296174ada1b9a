"""Kinds of one thing named across a note (``srs.core.extract.families``): entries that a plain
glossary list would not vouch for on their own count when their terms share a head noun, or when
the note's title names that head. Each family shape with notes that must give cards, and notes of
labels, places and steps that must not."""

from __future__ import annotations

from srs.core.extract import extract_note
from srs.core.extract.families import head_of, kind_subject, noun_key, sorts_kinds
from srs.core.extract.sentences import split_sentences


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def rules(text: str, path: str = "Notes/Note.md") -> dict[str, str]:
    return {c.answers[0]: c.rule for c in extract_note(text, path).candidates}


# --- the words ------------------------------------------------------------------------------


def test_a_noun_and_its_plural_share_a_key() -> None:
    pairs = [("join", "joins"), ("boundary", "Boundaries"), ("bias", "biases"), ("class", "classes"), ("case", "cases")]
    assert all(noun_key(one) == noun_key(many) for one, many in pairs)
    assert len({noun_key(w) for w in ("join", "bias", "class", "case", "boundary")}) == 5


def test_head_of_a_kind_and_of_phrases_that_name_no_kind() -> None:
    assert head_of("Oblique intent") == noun_key("intent")
    assert head_of("secondary active transport") == noun_key("transport")
    assert head_of("Recklessness") == ""  # one word: no kind of anything
    assert head_of("Next step") == ""  # a generic phrase
    assert head_of("Main idea") == ""
    assert head_of("On macOS") == ""  # a place in the text, led by a preposition
    assert head_of("Windows or macOS") == ""  # a choice
    assert head_of('Select the "Sync') == ""  # ends in a name, not a common noun
    assert head_of("Wider interval") == ""  # a comparison, not a kind


def test_sorts_kinds_wants_one_head_that_the_title_names() -> None:
    assert sorts_kinds(["divergent margin", "passive margin"], "Continental margins")
    assert not sorts_kinds(["divergent margin", "passive margin"], "Week 4")
    assert not sorts_kinds(["passive margin", "ocean floor"], "Continental margins")


# --- list items ---------------------------------------------------------------------------


def test_two_entries_of_one_head_in_a_list_of_remarks_are_cards() -> None:
    text = (
        "# Pharm week 2\n\n## absorption routes\n"
        "- passive absorption: the drug crosses membranes down its gradient, no carrier\n"
        "- carrier-mediated absorption = uptake through a transporter protein, which can saturate\n"
        "- most oral drugs go the first way\n"
    )
    assert answers(text) == ["passive absorption", "carrier-mediated absorption"]
    assert set(rules(text).values()) == {"glossary_family"}


def test_sub_items_under_a_bold_heading_item_are_kinds_too() -> None:
    text = (
        "# Torts week 5\n\n1. **Causation**\n"
        "   - Factual causation: but for the act the harm would not have happened\n"
        "   - Legal causation — the harm was not too remote from the act\n"
        "2. **Remoteness** comes next week\n"
    )
    assert answers(text) == ["Factual causation", "Legal causation"]


def test_one_entry_whose_head_the_title_names_is_a_card() -> None:
    text = "# Cognitive biases\n\n- Anchoring bias: leaning too much on the first number one hears\n- read chapter 3 again\n"
    assert answers(text, "Psych/Cognitive biases.md") == ["Anchoring bias"]


def test_labels_and_steps_that_share_a_word_stay_without_cards() -> None:
    text = (
        "# Sprint 12\n\n- Next step: send the draft to Ana\n- Last step: merge it on Friday\n"
        "- Morning session: we went over the backlog together\n- Afternoon session: we paired on the login page\n"
    )
    assert answers(text) == []


def test_places_in_software_steps_stay_without_cards() -> None:
    text = (
        "# Sync your files\n\n- On Windows or macOS: Download the desktop app and sign in.\n"
        "- On macOS: Download the helper app and sign in.\n- Then open the vault.\n"
    )
    assert answers(text) == []


# --- lines in prose -------------------------------------------------------------------------


def test_lines_of_kinds_the_title_names_read_through_verb_like_glosses() -> None:
    text = (
        "# Continental margins\n\n"
        "Active margin ... plates meet at the coast, with earthquakes and volcanoes\n"
        "Passive margin ... plates carry the coast along, a wide shelf builds up\n"
    )
    assert answers(text, "Geo/Continental margins.md") == ["Active margin", "Passive margin"]


def test_a_kind_glossed_by_a_clause_with_its_own_subject() -> None:
    text = (
        "# Memory failures\n\n"
        "Forgetting has two sources. Retrieval failure: the trace is there but cannot be found. "
        "Storage failure is the other.\n"
    )
    assert "Retrieval failure" in answers(text, "Zettel/Memory failures.md")


def test_a_comparison_line_is_no_kind() -> None:
    text = "# Confidence intervals\n\nWider interval = more confidence, less precision.\n"
    assert answers(text, "Stats/Confidence intervals.md") == []


# --- sentence subjects ------------------------------------------------------------------------


def test_sentences_whose_subjects_are_kinds_of_the_title_are_cards() -> None:
    text = (
        "# Database locks\n\n"
        "A shared lock lets other readers in but keeps writers out. An exclusive lock keeps everyone else out "
        "until the transaction ends.\n\nAn intent lock marks a table whose rows someone has locked.\n"
    )
    found = rules(text, "DB/Database locks.md")
    assert list(found) == ["shared lock", "exclusive lock", "intent lock"]
    assert set(found.values()) == {"kind_subject"}


def test_one_sentence_about_a_kind_is_enough_when_its_modifier_sorts() -> None:
    text = "# Database locks\n\nA shared lock lets other readers in but keeps writers out. Deadlocks happen anyway.\n"
    assert answers(text, "DB/Database locks.md") == ["shared lock"]
    text = "# Database locks\n\nA good lock lets other readers in but keeps writers out. The only lock we use is row-level.\n"
    assert answers(text, "DB/Database locks.md") == []


def test_sentences_about_sides_or_steps_are_no_kinds() -> None:
    text = (
        "# Piano practice\n\nThe left hand plays the bass line slowly. The right hand plays the melody. "
        "The first step is to count aloud. The next step is to play hands together.\n"
    )
    assert answers(text, "Music/Piano practice.md") == []


def test_kind_subject_needs_a_verb_after_the_term() -> None:
    def first(text: str):
        return kind_subject(split_sentences(text, ())[0])

    assert first("An inner join returns only the matching rows.")[0] == noun_key("join")
    assert first("The red fox is common here.")[0] == noun_key("fox")
    assert first("An example of this appears later.") is None  # "example" heads nothing to learn
    assert first("A lock we hold keeps others out.") is None  # the writer speaking
    assert first("An inner join of two tables.") is None  # no verb: no subject


# --- one glossary line a paragraph --------------------------------------------------------------


def test_plain_glossary_lines_written_one_a_paragraph_are_cards() -> None:
    text = (
        "# Économie — notions\n\n"
        "Coût d'opportunité — valeur de la meilleure option à laquelle on renonce en faisant un choix.\n\n"
        "Rendement décroissant — baisse du gain obtenu par chaque unité supplémentaire d'un facteur.\n\n"
        "cf. manuel, chapitre 2\n"
    )
    assert answers(text) == ["Coût d'opportunité", "Rendement décroissant"]


def test_an_aside_after_bold_entries_written_one_a_paragraph_stays_out() -> None:
    text = (
        "# Marketing\n\n**Cible** — groupe de consommateurs auquel s'adresse une offre.\n\n"
        "**Notoriété** — degré de connaissance d'une marque par le public.\n\n"
        "À revoir : le cycle de vie du produit.\n\nHomework: shoot the same scene twice and compare.\n"
    )
    assert answers(text) == ["Cible", "Notoriété"]


def test_labelled_paragraphs_of_a_case_brief_give_no_run() -> None:
    text = (
        "# Case brief\n\nFacts: the claimant drank from an opaque bottle.\n\n"
        "Held: the maker owed her a duty of care.\n\nSignificance: foundation of the modern law of negligence.\n"
    )
    assert answers(text) == []


# --- callouts titled by their terms -----------------------------------------------------------


def test_two_note_callouts_titled_by_terms_and_glossed_by_fragments_are_cards() -> None:
    text = (
        "# Pottery class\n\n> [!note] Wedging\n> Kneading the clay to push out air bubbles before throwing.\n\n"
        "> [!tip] Leather hard\n> The stage at which clay is firm enough to carve but still damp.\n\nBring an apron.\n"
    )
    assert answers(text) == ["Wedging", "Leather hard"]
    assert set(rules(text).values()) == {"glossary_callouts"}


def test_one_note_callout_is_a_topic_not_a_glossary() -> None:
    text = "# Pottery class\n\n> [!note] Wedging\n> Kneading the clay to push out air bubbles before throwing.\n"
    assert answers(text) == []


def test_callouts_that_tell_something_about_their_title_give_no_cards() -> None:
    text = (
        "# Sync\n\n> [!note] Android support\n> The official app is not supported on older phones.\n\n"
        "> [!info] Manual syncing\n> If you use Git, you have to commit by hand.\n\n"
        "> [!tip] Tip\n> Here's a shortcut for the sidebar.\n"
    )
    assert answers(text) == []


# --- titles that set terms side by side --------------------------------------------------------


def test_each_term_of_a_compared_title_is_defined_by_its_own_paragraph() -> None:
    text = (
        "# Mitosis vs meiosis\n\nBoth divide a cell, for different ends.\n\n"
        "Mitosis is the division of one cell into two identical daughter cells, for growth and repair.\n\n"
        "Meiosis is the division of one cell into four cells with half the chromosomes.\n"
    )
    assert answers(text, "Bio/Mitosis vs meiosis.md") == ["Mitosis", "Meiosis"]


def test_a_paragraph_about_a_message_the_software_shows_defines_no_compared_term() -> None:
    text = (
        "# Status icon and messages\n\nThe icon in the corner shows how syncing goes.\n\n"
        "Status icon means exactly the same as the `Unable to connect` message.\n"
    )
    assert "title_definition" not in rules(text, "Sync/Status icon and messages.md").values()


def test_a_gloss_with_a_pronoun_inside_its_own_clause_still_glosses() -> None:
    text = (
        "# Strategy week 3\n\n- differentiation = making your offer stand apart from rivals\n"
        "- focus - choosing which narrow market you will serve\n"
        "- cost leadership: the position you hold when nobody can undercut you\n"
    )
    assert answers(text) == ["differentiation", "focus", "cost leadership"]


def test_a_list_of_reports_with_pronouns_stays_without_cards() -> None:
    text = "# Standup\n\n- Priya: we moved the deploy\n- Tom: I fixed the login page\n- Ana: you can review it now\n"
    assert answers(text) == []


def test_a_reading_in_full_width_brackets_stays_visible() -> None:
    text = "# 料理\n\n- 味醂（みりん）: 甘みのある調味用の酒。\n- 出汁（だし）: 昆布や鰹節から取った汁。\n- 落とし蓋: 材料の上に直接のせる蓋。\n"
    assert answers(text) == ["味醂", "出汁", "落とし蓋"]


# --- an aside in brackets after the hidden term ----------------------------------------------------


def test_an_abbreviation_or_second_name_after_a_term_stays_beside_the_cloze() -> None:
    from srs.core.extract.sentences import cloze_text

    text = "Equilibrium climate sensitivity (ECS) = long-term warming after a doubling of CO2."
    assert cloze_text(text, [(0, 37, "Equilibrium climate sensitivity (ECS)")]) == (
        "{{c1::Equilibrium climate sensitivity}} (ECS) = long-term warming after a doubling of CO2.",
        ("Equilibrium climate sensitivity",),
    )
    burr = "burr (wire edge): thin curl of steel pushed over to the back."
    assert cloze_text(burr, [(0, 16, "burr (wire edge)")])[1] == ("burr",)


def test_a_symbol_keeps_its_name_and_a_sentence_its_brackets() -> None:
    from srs.core.extract.sentences import cloze_text

    assert cloze_text("β (beta): the type II error rate.", [(0, 8, "β (beta)")])[1] == ("β (beta)",)
    answer = "After the verb, joined by a hyphen (enclisis)"
    assert cloze_text(f"Where? {answer}", [(7, 7 + len(answer), answer)])[1] == (answer,)


def test_a_table_of_terms_and_their_idea_is_a_glossary_unless_people_come_first() -> None:
    text = "# Motifs\n\n| Motif | Idea |\n|---|---|\n| Skewer | an attack through one piece onto another behind it |\n| Deflection | luring a defender away from its duty |\n"
    assert answers(text) == ["Skewer", "Deflection"]
    people = "# Thinkers\n\n| Thinker | Concept | In one line |\n|---|---|---|\n| Max Weber | Iron cage | the trap of rule-bound bureaucracy |\n"
    assert "Max Weber" not in answers(people)


# --- work notes that share the shapes of kinds (regressions found by review) --------------------


def test_work_notes_whose_items_share_a_head_give_no_cards() -> None:
    notes = [
        "# Sprint\n\n## Bugs\n- Login bug: users cannot sign in on Safari after the update\n- call Bob\n- ship it\n",
        "# Servers\n\n- Staging server: down since Monday morning\n- Production server: fine all week long\n- call Bob\n",
        "# Infra\n\nThe staging server runs the nightly build. The production server runs version 2.3. The backup server restarts every night.\n",
        "# Team meetings\n\nThe weekly meeting covers the roadmap. The daily meeting runs fifteen minutes.\n",
        "# Team standup\n\nPlatform team - blocked on the migration, the db is down\n",
        "# Standup\n\n- Priya: the deck we promised is late\n- Tom: the bug you found is fixed now\n- Ana: the review we had went well\n",
    ]
    assert [answers(text) for text in notes] == [[]] * len(notes)


def test_news_written_one_line_a_paragraph_is_no_glossary_run() -> None:
    text = "# Retro\n\nAna: the budget review moved to Friday.\n\nTom: the new hire starts on Monday.\n\nAction: send the slides.\n"
    assert answers(text) == []


def test_callouts_about_their_titles_with_a_gerund_subject_give_no_cards() -> None:
    text = (
        "# Sync\n\n> [!note] Vault sync\n> Syncing large vaults takes several minutes on a phone.\n\n"
        "> [!tip] Mobile app\n> Opening the app on a phone triggers a full sync.\n"
    )
    assert answers(text) == []


def test_a_backlog_table_with_an_idea_column_is_no_glossary() -> None:
    text = "# Backlog\n\n| Project | Idea | Owner |\n|---|---|---|\n| Garden app | track what grows where | Ana |\n| Reading log | one line a book | Tom |\n"
    assert answers(text) == []


def test_assignment_in_a_contract_glossary_is_a_term_not_a_label() -> None:
    text = (
        "# Contract law\n\n- Assignment: the transfer of a contractual right to a third party\n"
        "- Novation: the replacement of a party with the consent of all\n"
    )
    assert "Assignment" in answers(text)


def test_ratio_and_significance_are_terms_not_labels() -> None:
    assert answers("# Ratio\n\nA ratio is a comparison of two quantities by division.\n", "Maths/Ratio.md") == ["ratio"]
    stats = "# Stats\n\n- Significance: the threshold for rejecting the null\n- Power: the chance of detecting a real effect\n- Effect size: the magnitude of a difference\n"
    assert answers(stats) == ["Significance", "Power", "Effect size"]


def test_a_kind_named_twice_gives_one_card() -> None:
    text = "# Database locks\n\nA shared lock lets other readers in. A shared lock keeps writers out. An exclusive lock keeps everyone else out.\n"
    assert answers(text, "DB/Database locks.md") == ["shared lock", "exclusive lock"]


def test_each_run_of_paragraph_lines_is_read_once(monkeypatch) -> None:
    from srs.core.extract import lines

    calls = []
    real = lines.term_line
    monkeypatch.setattr(lines, "term_line", lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    paragraphs = 300
    text = "# Log\n\n" + "".join(f"Entry{i} word: the server answered request number {i} slowly\n\n" for i in range(paragraphs))
    extract_note(text, "Log.md")
    assert len(calls) <= 2 * paragraphs  # each paragraph once for the run, once for its own card


def test_maybe_entries_naming_kinds_of_one_thing_vouch_for_each_other() -> None:
    # Capitalised glosses ("MCV < 80 fL ...") read like a program's options on their own; three
    # bold entries sharing a head noun are kinds of one thing, a glossary.
    note = (
        "Sorting starts with the grain size:\n"
        "- **fine sandstone** — GS 0.1–0.25 mm → beach and dune settings\n"
        "- **medium sandstone** — GS 0.25–0.5 mm → rivers, shallow shelves\n"
        "- **coarse sandstone** — GS 0.5–2 mm → fans and braided rivers\n"
    )
    assert answers(note, "Geology/Sandstone.md") == ["fine sandstone", "medium sandstone", "coarse sandstone"]
    # Two are not enough, and neither are three options with no shared head noun.
    assert answers("\n".join(note.splitlines()[:3]), "Geology/Sandstone.md") == []
    options = (
        "Settings I use:\n- **Autosave** — On after 5 minutes, keeps drafts\n"
        "- **Spellcheck** — English (UK) plus German dictionary\n- **Theme** — Dark with a larger font\n"
    )
    assert answers(options, "Notes/Editor.md") == []
    # A manual's capitalised actions share words too: no kinds (a regression seen on translated help pages).
    actions = (
        "Shortcuts:\n- **Abrir nota diaria** — Ir directamente a la nota diaria de hoy\n"
        "- **Obtener nota diaria** — Obtiene el texto de una nota diaria\n"
        "- **Capturar en nota diaria** — Añade texto al final de la nota diaria\n"
    )
    assert answers(actions, "Ayuda/Obsidian para iOS.md") == []


def test_kin_entries_glossed_only_by_figures_vouch_for_none() -> None:
    # A shop list's sizes share a head noun too: "wood screw — 4 × 40 mm, box of 200".
    note = (
        "Screws to get:\n- **wood screw** — 4 × 40 mm, box of 200\n"
        "- **machine screw** — M6 × 30, 50 pcs\n- **drywall screw** — 3.5 × 35 mm, 1 kg\n"
    )
    assert answers(note, "Home/Hardware store.md") == []
