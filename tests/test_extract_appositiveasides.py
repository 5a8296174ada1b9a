"""Appositives that gloss something else than the noun before them: a list of examples, a
description renamed by a short name that has its own gloss, and the object of a marked term's
preposition. A note goes in, its cards come out."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Science/Reading notes.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("sentence", "hidden"),
    [
        # A list of examples: each item after the first looks like the gloss of the one before.
        ("Hang the sign on anything solid — gravel, a brick, a heavy planter box — so that it stays put.", "brick"),
        ("Jump onto a small, exact target — a bollard, the edge of a step, a low beam — and land there.", "bollard"),
        ("Injuries on the ramp are mostly **pinching** — a sleeve, a scarf, the strap of a bag caught in the gap.", "sleeve"),
        # A dash before a list of examples: the list is no gloss of the noun before the dash.
        ("Small objects get into the drain — a washer, a bottle cap, the lid of a jar — and block the trap.", "drain"),
        # A marked term, a preposition, and the phrase after it: the gloss is the marked term's.
        ("Installers now fit a **drip loop** under the sill: a slack curve of cable that lets rain drip off before the entry hole.", "sill"),
        ("The crew fixes a **guide rail** instead of the rope: a rigid steel bar bolted along the track that keeps the cart aligned.", "rope"),
        ("Each hive has a **landing board** on its front — a narrow ledge of wood where returning bees touch down.", "front"),
    ],
)
def test_an_aside_that_glosses_another_thing_makes_no_card_of_the_noun(sentence: str, hidden: str) -> None:
    assert hidden not in answers(sentence)


@pytest.mark.parametrize(
    ("sentence", "hidden", "described"),
    [
        # A description first, then the thing's short name, then the name's gloss.
        ("The slate is split along a faint line, the cleave — a plane of weakness left by pressure in the rock.", "cleave", "faint line"),
        ("Each pipe ends in a narrow slot, the windway — a thin channel that aims the air at the lip of the mouth.", "windway", "narrow slot"),
        ("Frost lifts the soil into a bump — a pingo, i.e. a mound of earth heaved up over a core of ice.", "pingo", "bump"),
    ],
)
def test_a_renamed_description_hides_the_name_not_the_description(sentence: str, hidden: str, described: str) -> None:
    found = answers(sentence)
    assert described not in found
    assert hidden in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The lookalikes: a single appositive, pinned down, still glosses the noun before it.
        ("The cell keeps its chromosomes in the nucleus, the membrane-bound compartment that holds the genome.", "nucleus"),
        ("Most orb weavers spin a stabilimentum — a zigzag band of silk woven into the centre of the web.", "stabilimentum"),
        ("Trading moves the price away from the mid — a price impact, i.e. the change in price caused by the order itself.", "price impact"),
        # A bold word elsewhere in the sentence, with no preposition between it and the term.
        ("In **cold forging** the blank is then pressed into a swage, a hardened steel block that holds the shape of the part.", "swage"),
        # A comma before the article, but no list: a name after a description, then "which".
        ("The flower stalk ends in a woody knob, the receptacle, which carries the seeds.", "receptacle"),
    ],
)
def test_a_true_appositive_still_gives_its_card(sentence: str, expected: str) -> None:
    assert expected in answers(sentence)
