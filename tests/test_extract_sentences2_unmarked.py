"""An unmarked term opening a sentence that defines it (``srs.core.extract.unmarked``).

The rule is a function of one sentence; these tests call it directly with sentences of their own."""

from __future__ import annotations

import pytest

from srs.core.extract.sentences import Sentence
from srs.core.extract.unmarked import plain_subject


def answer(text: str) -> list[str]:
    found = plain_subject(Sentence(text, (), 0, 0))
    return list(found.answers) if found else []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hysteresis refers to the dependence of a system's state on its history.", ["Hysteresis"]),
        ("A tariff is a tax that a government levies on imported goods.", ["tariff"]),
        ("Osmotic pressure is the pressure needed to stop the flow of water across a membrane.", ["Osmotic pressure"]),
        ("La fotosíntesis es el proceso por el que las plantas producen glucosa.", ["fotosíntesis"]),
        ("La meiosis es la división celular que produce cuatro gametos haploides.", ["meiosis"]),
        ("Le quorum désigne le nombre minimal de membres présents pour délibérer.", ["quorum"]),
        ("A usucapião é a aquisição da propriedade pela posse prolongada.", ["usucapião"]),
        ("Die Gewaltenteilung ist die Verteilung der Staatsgewalt auf mehrere Organe.", ["Gewaltenteilung"]),
    ],
)
def test_an_unmarked_term_defined_by_its_sentence(text: str, expected: list[str]) -> None:
    assert answer(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Budget is the main constraint for the whole team this quarter.",
        "The meeting on Friday was a waste of everyone's time.",
        "The sync interval is the number of minutes between two background syncs.",
        "Alice Smith is the lead of the platform team since May.",
        "Before that there is a fog of half-ideas that feel like understanding.",
        "Lunch is the best part of my day at the office.",
        "Templates are stored in the templates folder by default.",
        "It is a tool that everyone on the team uses daily.",
    ],
)
def test_statements_about_things_and_people_define_nothing(text: str) -> None:
    assert answer(text) == []


def test_an_upper_case_abbreviation_is_no_pronoun() -> None:
    assert answer("Containment was the US policy of stopping the spread of communism.") == ["Containment"]
