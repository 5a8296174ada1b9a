"""Glossary-shaped lines that log a price, a time or an amount, and labels before a colon, give no
card; the glossary entries beside them still do."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note
from srs.core.extract.logentries import is_log_gloss


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def test_a_tasting_log_priced_line_by_line_gives_nothing() -> None:
    note = "# Tasting night\n\n1. Rioja 2020 — €14 — fine, a bit thin\n2. Barolo 2017 — €38 — everyone's favourite\n3. Douro 2019 — 19 € — buy again!\n"
    assert answers(note) == []


@pytest.mark.parametrize(
    "note",
    [
        "- Prochain cours : mardi 18h, salle 3.\n- Devoirs : exercices 4 et 5\n",
        "Arbeitszeit: ca. 10 Min.\nBackzeit: 35 Minuten bei 180 Grad\n",
        "- Standup: Tue 10:30 in the small room\n- Retro: Friday after lunch\n",
    ],
)
def test_schedules_and_durations_give_nothing(note: str) -> None:
    assert answers(note) == []


def test_labels_before_a_colon_give_nothing_but_the_entries_beside_them_do() -> None:
    note = "- Exam: know which lens corrects which!\n- Opposite: positive split.\n- myopia: near-sighted, the image focuses in front of the retina\n"
    assert answers(note) == ["myopia"]


@pytest.mark.parametrize(
    ("gloss", "logged"),
    [
        ("€22 — everybody's favourite", True),
        ("12 USD per month", True),
        ("22 € — buy again", True),
        ("5.50 $ each", True),
        ("mardi 18h, salle 3", True),
        ("10:30 in room 4", True),
        ("ca. 10 Min.", True),
        ("about 20 minutes", True),
        ("the time taken for half the nuclei to decay", False),
        ("10 km race run at threshold pace", False),
        ("Sunday's child is full of grace", False),
        ("3rd person singular", False),
    ],
)
def test_what_counts_as_a_logged_gloss(gloss: str, logged: bool) -> None:
    assert is_log_gloss(gloss) is logged


@pytest.mark.parametrize("path", ["Daily/2025-04-03.md", "Journal/2025-W28 Weekly Review.md", "Templates/Meeting template.md"])
def test_daily_notes_and_templates_give_no_glossary_cards(path: str) -> None:
    note = "- Université d'accueil : doit signer la convention avant lundi\n- Dossier : à envoyer au secrétariat\n"
    assert answers(note, path) == []


def test_a_dated_lecture_keeps_its_glossary() -> None:
    note = "- **Entropy**: a measure of the disorder of a system\n- **Enthalpy**: the heat content of a system at constant pressure\n"
    assert answers(note, "Lectures/2024-03-08 Thermodynamics.md") == ["Entropy", "Enthalpy"]


def test_a_week_log_keyed_by_short_day_names_gives_no_cards() -> None:
    note = (
        "# Rotation week 2\n\n"
        "Mon — general clinic with Dr. Haas, lots of eczema follow-ups.\n"
        "Tue — theatre day, watched three cases from start to finish.\n"
        "Wed — patch testing clinic, reading the day-three results.\n"
        "Thu — teaching in the morning, then the weekly quiz.\n"
    )
    assert extract_note(note, "Log/Rotation week 2.md").candidates == ()


def test_a_plural_term_glossed_only_by_its_members_gives_no_card() -> None:
    note = (
        "# Qubits\n\n"
        "- Superposition: a qubit holds a weighted mix of 0 and 1 until it is measured\n"
        "- Entanglement: two qubits share one state that neither has alone\n"
        "- Physical implementations: superconducting transmons, trapped ions, photons, spins in silicon…\n"
        "- Decoherence: the loss of quantum behaviour through contact with the environment\n"
    )
    answers = {c.answers[0] for c in extract_note(note, "Quantum/Qubits.md").candidates}
    assert answers == {"Superposition", "Entanglement", "Decoherence"}


@pytest.mark.parametrize("gloss", ["look up", "??? look up", "nog opzoeken", "TODO find the paper", "nachschlagen!", "(add later)"])
def test_a_gloss_left_for_later_is_no_gloss(gloss: str) -> None:
    assert is_log_gloss(gloss)


def test_glossary_lines_left_for_later_or_said_by_someone_give_no_cards() -> None:
    note = (
        "# Class 3\n\n"
        "- Lazarus taxon: a group that vanishes from the record and reappears much later\n"
        "- Elvis taxon: a look-alike that evolved to resemble an extinct form\n"
        "- Dead clade walking: a group that survives an extinction but never recovers\n"
        "- Signor-Lipps effect: look up\n"
        "- Nibs she recommended: Nikko G, Leonardt Principal\n"
        "- everyone: hold for the laugh after the teapot gag\n"
    )
    answers = {c.answers[0] for c in extract_note(note, "Paleo/Class 3.md").candidates}
    assert answers == {"Lazarus taxon", "Elvis taxon", "Dead clade walking"}


def test_the_notes_title_written_out_as_its_first_line_is_no_entry() -> None:
    note = "Pattern alterations — class 3 (Tue eve)\n\n- full bust adjustment: adds room over the bust without changing the shoulder\n"
    answers = [c.answers[0] for c in extract_note(note, "Sewing/Pattern alterations - class 3.md").candidates]
    assert "Pattern alterations" not in answers
    # A line that glosses the title's own term stays a card.
    glossed = "Adverse selection: when buyers know more about their own risk than the insurer does.\n"
    assert [c.answers[0] for c in extract_note(glossed, "Insurance/Adverse selection.md").candidates] == ["Adverse selection"]


def test_labels_of_a_class_list_are_no_terms() -> None:
    note = "- Techniques: actors step out of role and songs break the action\n- 다음 주: 구성궁예천명 임서 시작\n"
    assert extract_note(note, "Theatre/Class.md").candidates == ()


def test_a_tip_from_someone_and_a_question_label_are_no_terms() -> None:
    note = "- Tension tip from Anna: pull toward the spine, not outward, or the fold tears\n- 疑问：为什么纠缠不能用来超光速通信？\n"
    assert extract_note(note, "Binding/Kettle stitch.md").candidates == ()


def test_a_log_of_days_and_months_without_a_year_gives_nothing() -> None:
    note = (
        "# Workshop diary\n\n- 4 Feb — cut the moulds 1–7 from 18 mm ply, stacked by station\n"
        "- 17 Feb — cold, the epoxy didn't kick overnight, heater on next time\n- Mar 20 — disbudding booked with the vet\n"
    )
    assert answers(note) == []
    bold = "# Workshop diary\n\n- **4 Feb** — cut the moulds 1–7 from 18 mm ply\n- **17 Feb** — cold, epoxy didn't kick overnight\n"
    assert answers(bold) == []


@pytest.mark.parametrize(("text", "date"), [("4 Feb", True), ("Sept. 3", True), ("May 4", True), ("Maybe 4", False), ("Zone 4", False), ("4 Marches", False)])
def test_a_day_and_a_month_alone_are_a_date(text: str, date: bool) -> None:
    from srs.core.extract.filters import looks_like_date

    assert looks_like_date(text) is date
