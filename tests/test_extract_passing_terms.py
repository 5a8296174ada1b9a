"""Plain terms met in the middle of a sentence and glossed at once: a term spelled out before its
abbreviation (or an abbreviation before its expansion), a term restated after "i.e.", a term after
its article and before a dash that glosses it. Lookalikes that only mention a thing in passing
stay silent."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note
from srs.core.extract.dashterms import dash_term
from srs.core.extract.restatedterms import restated_term
from srs.core.extract.sentences import Sentence
from srs.core.extract.spelledterms import spelled_term


def cards(text: str, path: str = "Notes/Study notes.md") -> list[tuple[str, tuple[str, ...]]]:
    return [(c.rule, tuple(c.answers)) for c in extract_note(text, path).candidates]


def _sentence(text: str) -> Sentence:
    return Sentence(text=text, spans=(), index=1, line_offset=0)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # A colon, a dash, "=" or an appositive after the bracket.
        ("What limits grain growth is the dynamic recrystallisation zone (DRZ): a band of fine grains near the weld.", "dynamic recrystallisation zone"),
        ("The line then shows a standing wave ratio (SWR) — the ratio of the largest to the smallest voltage.", "standing wave ratio"),
        ("Amplifiers are rated by the total harmonic distortion (THD), a measure of how much the output adds.", "total harmonic distortion"),
        ("- across the cell the resting potential difference (RPD) = the voltage when no current flows", "resting potential difference"),
        # The gloss inside the bracket, after a comma or a dash.
        ("Gases mix fast because of the mean free path (MFP, the average distance a particle travels between collisions).", "mean free path"),
        # Small words may give no letter; a foreign term spells its own abbreviation.
        ("Silt settles in the zone of maximum turbidity (ZMT): the stretch where fresh and salt water meet.", "zone of maximum turbidity"),
        ("Il progetto rispetta il deflusso ecologico minimo (DEM): la portata che deve restare nel fiume.", "deflusso ecologico minimo"),
    ],
)
def test_term_spelled_before_its_abbreviation(text: str, term: str) -> None:
    found = spelled_term(text)
    assert found is not None and found.answers == (term,)


def test_abbreviation_before_its_expansion_hides_both() -> None:
    found = spelled_term("The probe reads the ORP (oxidation reduction potential), a voltage that tells how oxidising the water is.")
    assert found is not None and found.answers == ("ORP", "oxidation reduction potential")


@pytest.mark.parametrize(
    "text",
    [
        # Named in passing: no gloss after the bracket.
        "We sent the samples to the World Meteorological Organization (WMO) last week for checking.",
        "The Central Processing Unit (CPU) was at ninety percent all afternoon during the run.",
        # The letters are not the words' initials.
        "The pump was fitted with a pressure relief valve (PSV): a spring-loaded valve that opens at a set pressure.",
        # One capital is no abbreviation: a symbol or a unit.
        "The system is described by the decay constant (k): the fraction of nuclei that decay each second.",
        # A quoted saying, not an expansion.
        'Her motto was WYSIWYG ("what you see is what you get"), the idea that the screen shows the page.',
        # The writer's own doings.
        "I finally passed the Advanced Driving Test (ADT): a long drive with an examiner in the back.",
    ],
)
def test_abbreviation_lookalikes_stay_silent(text: str) -> None:
    assert spelled_term(text) is None


def test_abbreviation_opening_a_line_is_the_entry_rules() -> None:
    # ("BP (blood pressure) = 140/90 this morning": a reading, whatever the entry rules make of it.)
    assert spelled_term("BP (blood pressure) = 140/90 this morning") is None


def test_spelled_term_in_a_note() -> None:
    note = (
        "# Fatigue\n\n"
        "The main symptom is excessive evening fatigue (EEF): a heavy need to rest after work, "
        "even after a long night.\n"
    )
    assert ("spelled_term", ("excessive evening fatigue",)) in cards(note)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Fix: counter-bracing, i.e. a second diagonal that takes the load the other way.", "counter-bracing"),
        ("- wet clay → slumping, i.e. the wall sags under its own weight", "slumping"),
        ("The river cuts off the bend — an oxbow, i.e. a lake left behind when a meander is abandoned.", "oxbow"),
        ("Most old stoves have a damper, i.e. a plate in the flue that controls the draught.", "damper"),
    ],
)
def test_term_restated_after_ie(text: str, term: str) -> None:
    found = restated_term(text)
    assert found is not None and found.answers == (term,)


@pytest.mark.parametrize(
    "text",
    [
        # After a preposition the restatement qualifies the object.
        "The grain runs along a woven fabric, i.e. parallel to the selvage edge.",
        "Intensity drops with distance from a point source, i.e. six decibels per doubling.",
        # The restatement opens with a preposition, a number or a pronoun.
        "The heat leaves the surface a bit later, i.e. from the afternoon side of the rock.",
        "Result: ten samples, i.e. 4 more than last time in the lab.",
        # No mark or article sets the term's start.
        "The committee approved the new budget proposal, i.e. the one from March.",
        # A name.
        "Next stop: Lisbon, i.e. the capital of Portugal on the Atlantic coast.",
    ],
)
def test_restated_lookalikes_stay_silent(text: str) -> None:
    assert restated_term(text) is None


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("What sets the pace is the cadence — the number of steps taken per minute.", "cadence"),
        ("Each batch gets a cost driver — the quantity used to share the batch's overhead out to products.", "cost driver"),
    ],
)
def test_term_after_its_article_glossed_by_a_dash(text: str, term: str) -> None:
    found = dash_term(_sentence(text))
    assert found is not None and found.answers == (term,)


@pytest.mark.parametrize(
    "text",
    [
        # The object of a preposition.
        "A crack runs along the grain — the direction of the fibres in the board.",
        "The glitter collects on the plate with a speaker — the particles gather where nothing moves.",
        # A term the writer marked in the gloss is the card's.
        "Calling it a fallacy is itself a fallacy — the **fallacy fallacy** that people fall into.",
        # An opinion or a vague head after the dash.
        "We finally fixed the leaking tap — the best part of the whole weekend at home.",
    ],
)
def test_dash_lookalikes_stay_silent(text: str) -> None:
    assert dash_term(_sentence(text)) is None


def test_dash_clause_after_an_object_stays_silent() -> None:
    # ("... — the wall of the harbour died ...": a sentence of its own after the dash, no gloss.)
    assert dash_term(_sentence("The storm hit the coast — the wall of the harbour died slowly over the winter.")) is None
