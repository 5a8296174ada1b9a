"""Which cards vouch for a glossary run: a line read as "term — gloss" by the sentence rules, and
an entry whose gloss is in lower case (marked "maybe" only for software manuals' sake), speak
for the plain lines of their run as any sure glossary card does."""

from __future__ import annotations

from srs.core.extract import extract_note
from srs.core.extract.found import Found
from srs.core.extract.notecards import NoteCard
from srs.core.extract.notefinish import note_candidates


def cards(text: str, path: str = "Notes/Note.md") -> dict[str, str]:
    return {c.answers[0]: c.text for c in extract_note(text, path).candidates}


DIVING = (
    "The diving response is a set of automatic reactions that start when you hold your breath "
    "with cold water on your face: the heart slows and blood moves to the core.\n\n"
    "Parts of it:\n"
    "- bradycardia — slowing of the heart rate (often by 10–25% even in novices)\n"
    "- peripheral vasoconstriction — narrowing of the blood vessels in the arms and legs\n"
    "- **blood shift** — at depth, plasma moves into the chest so the lungs are not squeezed\n"
)


def test_a_dash_glossed_line_vouches_for_the_plain_line_beside_it() -> None:
    found = cards(DIVING, "Freediving/Diving response.md")
    assert {"bradycardia", "peripheral vasoconstriction", "blood shift"} <= set(found)
    assert found["peripheral vasoconstriction"] == (
        "{{c1::peripheral vasoconstriction}} — narrowing of the blood vessels in the arms and legs"
    )


LIGHTNING = (
    "# Lightning protection - lecture 4\n\n"
    "**LPS** = lightning protection system, in two parts.\n\n"
    "### External\n"
    "- air termination system → rods, wires and meshes on the roof whose job is to intercept the strike\n"
    "- down conductor: path from the air termination to the earth, several in parallel to split the current\n"
    "- earth termination system — electrodes (ring, rods, foundation) that disperse the current into the soil; aim low, < 10 Ω\n"
    "\n"
    "### Internal\n"
    "- SPD = surge protective device, fitted where power lines enter; clamps overvoltages by diverting surge current to earth\n"
    "- separation distance: minimum gap between conductors and other metal parts so that no spark jumps across\n"
)


def test_an_entry_glossed_in_lower_case_vouches_for_lines_glossed_in_plain_words() -> None:
    found = cards(LIGHTNING, "Lightning/Lightning protection - lecture 4.md")
    assert "down conductor" in found
    assert found["down conductor"].startswith("{{c1::down conductor}}: path from the air termination")


def test_a_line_with_a_figure_or_a_quote_is_not_vouched_for() -> None:
    note = DIVING + "- onset: within 30 seconds of the face going under\n- coach: \"relax first, the reflex does the rest\"\n"
    found = cards(note, "Freediving/Diving response.md")
    assert "peripheral vasoconstriction" in found
    assert "onset" not in found and "coach" not in found


def test_two_entries_of_a_run_vouch_for_a_maybe_entry_glossed_in_lower_case() -> None:
    """A bold entry glossed in another language may be read as a "maybe" one only (translated
    option lists look the same); two entries of the glossary run beside it vouch for it, as two
    sure items do. A "maybe" entry glossed by a name (a reading list's byline) stays out."""
    maybe = NoteCard(Found("{{c1::Sitio}}: lugar donde se conservan restos del pasado", ("Sitio",), "glossary_list?"), 3, "sitio", "")
    byline = NoteCard(Found("{{c1::Peig}} – Peig Sayers, giving it another go", ("Peig",), "glossary_list?"), 4, "peig", "")
    runs = [
        NoteCard(Found("{{c1::Estrato}}: cada una de las capas de tierra depositadas", ("Estrato",), "glossary_run"), 5, "estrato", ""),
        NoteCard(Found("{{c1::Ajuar}} — conjunto de objetos junto al difunto", ("Ajuar",), "glossary_run"), 6, "ajuar", ""),
    ]
    kept = [c.answers[0] for c in note_candidates([maybe, byline, *runs], ui_seen=False)]
    assert kept == ["Sitio", "Estrato", "Ajuar"]
    # (One entry of a run is not enough.)
    maybe = NoteCard(Found("{{c1::Sitio}}: lugar donde se conservan restos del pasado", ("Sitio",), "glossary_list?"), 3, "sitio", "")
    assert [c.answers[0] for c in note_candidates([maybe, runs[0]], ui_seen=False)] == ["Estrato"]


def test_a_reading_lists_bylines_get_no_vouching_from_a_run() -> None:
    note = (
        "# Leabhair le léamh\n\n"
        "- **Cré na Cille** – Máirtín Ó Cadhain. slow going\n"
        "- **Peig** – Peig Sayers, giving it another go\n"
        "- **Deoraíocht** – Pádraic Ó Conaire\n"
    )
    assert not {"Cré na Cille", "Peig", "Deoraíocht"} & set(cards(note, "Gaeilge/Leabhair le léamh.md"))
