"""A glossary list's entries vouch for each other: an entry whose gloss opens with a capitalised
phrase (how a translated program's option list reads too) is kept beside two entry lines of its
list, and a lesson's number in any language labels a line rather than naming a term."""

from __future__ import annotations

from srs.core.extract import extract_note


def answers(text: str, path: str) -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


TOOLS = """# Attrezzi per la legatoria

- **Piegaossa** — stecca di osso per piegare e lisciare i fogli senza segnarli.
- **Punteruolo** — ago robusto con manico per forare le segnature prima della cucitura.
- **Corner punch** — fustella per arrotondare gli angoli dei fogli e delle copertine.
- **Telaio** — struttura di legno per tendere i nastri durante la cucitura dei quinterni.
"""


def test_a_capitalised_entry_is_kept_beside_two_entry_lines() -> None:
    """"Corner punch" opens its gloss like an option would; its list's other entries vouch for it."""
    assert answers(TOOLS, "Legatoria/Attrezzi.md") == ["Piegaossa", "Punteruolo", "Corner punch", "Telaio"]


def test_a_question_is_not_vouched_for() -> None:
    note = TOOLS.replace("e delle copertine.", "serve davvero?")
    assert "Corner punch" not in answers(note, "Legatoria/Attrezzi.md")


def test_a_lessons_number_labels_its_line_in_other_languages() -> None:
    note = (
        "# Arte romanica – appunti  **Lezione 4 (prof. Neri)** — Abside: parte terminale semicircolare della chiesa dietro"
        " l'altare. Cripta: ambiente sotterraneo sotto il presbiterio dove si conservano le reliquie. Nartece: atrio"
        " porticato davanti alla facciata riservato ai catecumeni."
    )
    got = answers(note, "Arte/Arte romanica - appunti.md")
    assert "Lezione 4 (prof. Neri)" not in got and "Lezione 4" not in got
    assert {"Cripta", "Nartece"} <= set(got)


FLIGHT_LOG = """# Flight log

**Date**: 2024-05-18 (Sat am)
**Envelope**: G-OWLS, Lindstrand 90
**Take-off**: Bath recreation ground, 06:05
**Fuel**: 4 × 30 L tanks, used ~60%
**Wind**: 4 kt NW at surface, 10 kt at 800 ft

- smooth landing, crew found us fast
"""


def test_a_logs_fields_with_figures_give_no_cards() -> None:
    """A flight log's "**Fuel**: 4 × 30 L tanks" records the day; nothing there is a term."""
    assert answers(FLIGHT_LOG, "Ballooning/Flight log - Bath.md") == []


def test_a_journal_club_is_no_journal() -> None:
    """A journal club reads a paper: its glossary lines are terms, figures and all."""
    note = (
        "# Journal club - sham surgery trials\n\n"
        "- placebo arm: the group given a sham operation, 1 in 3 patients here\n"
        "- blinding: hiding the allocation from patients and assessors until week 52\n"
        "- crossover: moving from one arm to the other after 12 months\n"
    )
    assert answers(note, "Medicine/Journal club - sham surgery trials.md") == ["placebo arm", "blinding", "crossover"]


def test_a_courses_day_keeps_its_glosses_with_figures() -> None:
    """A day's number alone names no log: "ground school - day 1" is a course's day."""
    note = (
        "# Glider ground school - day 1\n\n"
        "- circuit: the rectangular pattern flown around the airfield before landing, at about 800 ft\n"
        "- high key: the point in the circuit where the downwind leg starts, 1,000 ft above the field\n"
    )
    assert answers(note, "Gliding/Glider ground school - day 1.md") == ["circuit", "high key"]


def test_a_share_after_an_entrys_name_stays_beside_the_cloze() -> None:
    note = (
        "# Running gait - lecture 2\n\n"
        "- stride = initial contact of one foot → next initial contact of the same foot\n"
        "- contact phase ~40% — the part of the stride when a foot is on the ground\n"
        "- flight phase ~60% — both feet in the air, legs swinging through\n"
        "- toe-off: last moment of contact, the big toe pushes off\n"
    )
    cards = extract_note(note, "Sport/Running gait - lecture 2.md").candidates
    assert [c.answers for c in cards] == [("stride",), ("contact phase",), ("flight phase",), ("toe-off",)]
    assert cards[1].text.startswith("{{c1::contact phase}} ~40%: the part of the stride")


def test_two_terms_told_apart_in_one_head_give_no_card() -> None:
    note = "# Glaze faults - lecture 6\n\n- crawling ≠ pinholing. pinholing = tiny craters left where gas escaped through the glaze\n"
    assert "crawling ≠ pinholing. pinholing" not in answers(note, "Ceramics/Glaze faults - lecture 6.md")


KNOTS = """# Knot glossary

- **Bight:** a slack loop. The part of a rope bent back on itself, no crossing.
- **Standing part:** the inactive length — the part you don't tie with, usually under load.
- **Working end:** "the tail" — the end that moves through the knot → it finishes the tie.
- **Varroa** → own note [[Other note|elsewhere]]
"""


def test_a_glossary_titled_note_lists_its_bold_terms_uncarded() -> None:
    """Under "Knot glossary", three terms in bold with their glosses are entries, though no rule
    reads any of them on its own; a pointer to another note is none."""
    assert answers(KNOTS, "Ropes/Knot glossary.md") == ["Bight", "Standing part", "Working end"]


def test_the_same_run_elsewhere_stays_a_list_of_fields() -> None:
    note = KNOTS.replace("# Knot glossary", "# Boat trip 3 May")
    assert answers(note, "Boats/Boat trip 3 May.md") == []


def test_an_entry_kept_on_its_siblings_word_vouches_for_no_question() -> None:
    note = TOOLS + "- **Pear drill** — punta a forma di pera per forare il cartone, ma serve davvero?\n"
    got = answers(note, "Legatoria/Attrezzi.md")
    assert "Corner punch" in got and "Pear drill" not in got


def test_glosses_opening_alike_with_mixed_marks_are_a_lectures_list() -> None:
    """Every gloss opens with "flow", as a program's options open with one verb; but the writer
    mixed ":", "—" and "=", as no program writes its options: a lecture's list, every entry kept."""
    note = (
        "# Open channel flow\n\n## Regimes\n"
        "- subcritical: flow slower than the shallow-water wave speed, Froude number below one\n"
        "- critical — flow exactly at the wave speed, Froude number of one\n"
        "- supercritical = flow faster than the wave speed, so no wave can travel upstream\n"
    )
    assert answers(note, "Hydraulics/Open channel flow.md") == ["subcritical", "critical", "supercritical"]


def test_an_option_list_with_one_mark_stays_silent() -> None:
    """The same glosses with one mark throughout read as a program's options, as before."""
    note = (
        "# Settings\n\n## Sync mode\n"
        "- Manual: syncs only when you press the button in the toolbar\n"
        "- Timed: syncs every few minutes while the app stays open\n"
        "- Live: syncs each change as soon as it is saved\n"
    )
    assert answers(note, "Help/Settings.md") == []


def test_two_sure_items_of_a_bulleted_glossary_vouch_for_an_entry_a_rule_was_unsure_of() -> None:
    """"- **Deployment** — manages ..." and "- **DaemonSet** — runs ..." make the list a glossary:
    "- **StatefulSet** — like a Deployment, but ..." (an entry a rule was not sure of) is one of
    its entries. One sure item vouches for nothing (a manual may hold one), nor does any item for
    a line that asks a question."""
    from srs.core.extract.found import Found
    from srs.core.extract.notecards import NoteCard
    from srs.core.extract.notefinish import note_candidates

    def card(rule: str, term: str, gloss: str, line: int) -> NoteCard:
        return NoteCard(Found("{{c1::" + term + "}}: " + gloss, (term,), rule), line, term.lower(), "", line)

    def cards(*, both: bool) -> list[NoteCard]:  # (fresh each time: the cards lose their marks)
        return [
            card("glossary_items~", "Deployment", "manages identical pods and rolls out new versions.", 1),
            card("glossary_list?", "StatefulSet", "like a Deployment, but each pod keeps its own identity.", 2),
            *([card("glossary_items~", "DaemonSet", "runs one pod on every node.", 3)] if both else []),
            card("glossary_list?", "Job", "like a Deployment, but does it ever finish?", 4),
        ]

    assert [c.answers[0] for c in note_candidates(cards(both=True), False)] == ["Deployment", "StatefulSet", "DaemonSet"]
    assert [c.answers[0] for c in note_candidates(cards(both=False), False)] == ["Deployment"]
