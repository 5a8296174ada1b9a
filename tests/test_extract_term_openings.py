"""Lines that open with a plain term and say what it is without a separator.

Shapes read here: a predicate noun pinned down by where the thing sits ("the pale crust on the
surface of ..."), bare plurals placed the same way, two-word action terms ("Cold rolling is
pressing ..."), laws named after a person followed by what they state ("Snell's law relates
..."), and a plain definition after a lead-in and a colon or dash ("Often taken for a pond —
a tarn is ..."). Each comes with lookalikes from diaries, meetings and opinions that must stay silent.
"""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def _answers(text: str, title: str = "Notes.md") -> list[tuple[str, ...]]:
    return [tuple(c.answers) for c in extract_note(text, title).candidates]


@pytest.mark.parametrize(
    ("line", "term"),
    [
        # A predicate noun pinned by a place or a companion, not only by "of" or "that".
        ("Verdigris is the thin green film on the surface of old bronze.", "Verdigris"),
        ("Heartwood is the dense dark core inside the trunk of a mature tree.", "Heartwood"),
        ("- saddle horn is the raised knob on the front of a western saddle", "saddle horn"),
        # A bare plural placed the same way.
        ("Drumlins are elongated oval hills in glaciated lowlands, shaped by moving ice.", "Drumlins"),
        # A two-word action term: a modifier, then the -ing word.
        ("Cold rolling is pressing the metal between rollers below its recrystallisation point.", "Cold rolling"),
        ("Dry brushing is dragging a nearly dry brush over raised detail.", "Dry brushing"),
        # A law named after a person, then what it states or relates.
        ("Snell's law relates the angles of incidence and refraction to the two refractive indices.", "Snell's law"),
        ("Zipf's law says the frequency of a word falls off roughly as the inverse of its rank.", "Zipf's law"),
        ("Bragg's law of diffraction gives the angles at which a crystal reflects X-rays strongly.", "Bragg's law"),
        # A plain definition after a lead-in clause and its colon or dash.
        ("Often taken for a pond — a tarn is a small mountain lake that fills a glacial cirque.", "tarn"),
        ("Easy to confuse: osmosis is the movement of water across a membrane that lets only water through.", "osmosis"),
    ],
)
def test_plain_term_openings_make_a_card(line: str, term: str) -> None:
    assert (term,) in _answers(line + "\n")


@pytest.mark.parametrize(
    "line",
    [
        # People, the writer's things, opinions and questions after the preposition.
        "Lisa is the new designer on our team.",
        "Buying a used car is a bet on how long the gearbox lasts.",
        "Whether a bridge is safe changes with every inspection.",
        "Money is the main worry for the whole team.",
        # Plural subjects with a passive verb and a preposition: what happens to them.
        "Tickets are sold for weeks in the lobby before the show.",
        # Two-word -ing subjects that are news, or whose first word says whose or how much.
        "Our hiring is taking forever this quarter.",
        "Team building is happening on Friday afternoon.",
        "Some sanding is needed on the back door before painting.",
        "Spring cleaning is turning the whole house upside down.",
        # A possessive rule of the writer's own world, an organisation, or news.
        "Mum's rule says no phones at the dinner table, ever.",
        "NASA's rule says every launch needs two independent reviews.",
        "Alice's model predicts the release slips again by two weeks.",
        # Lead-ins of news, tasks and the writer's own remarks.
        "Update: the deadline is the end of March.",
        "Status: the build is the blocker for the release.",
        "Plan for the weekend: groceries are the first stop on the list.",
        "I keep mixing these up — a tarn is a small mountain lake that fills a cirque.",
        "Reminder — the meeting is the one in room 4 with the projector.",
        "Pro: the numerical advantage makes a breakthrough easier.\nCon: any turnover means an easy goal against.",
        "Related: late starts are the delays that cost the most, by far.",
    ],
)
def test_lookalikes_stay_silent(line: str) -> None:
    assert _answers(line + "\n") == []
