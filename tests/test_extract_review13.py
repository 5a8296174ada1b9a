"""Regression tests for what the review of this round's rules found: a writer's own breeds and
cultivars, pets' nicknames, a day after a name between commas, a flattened recipe, pointer lines
read again as a glossary's run, and real terms the new guards lost."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (
            "# Breeds we met at the park\n\n## Poodle\nCurly coat and very clever.\n\n"
            "## Beagle\nLoud, nose always on the ground.\n",
            "Dogs/Park.md",
        ),
        (
            "# Cats at the shelter — breeds\n\n## Siamese\n\"Mr Whiskers\". He hissed at everyone all day.\n\n"
            "## Persian\nTom and Jerry. Two brothers, very fluffy.\n",
            "Pets/Shelter.md",
        ),
        ("# Diary\n\nThey adopted a puppy, the runt, last week.\n", "Diary/Puppy.md"),
        (
            "# Pancakes - flour = 200 g - milk = 300 ml - eggs = 2 - butter = a knob for the pan, not too much - "
            "sugar = 1 tbsp, or more if the kids are around - mix everything, rest 30 min, fry in a hot pan, flip once",
            "Recipes/Pancakes.md",
        ),
    ],
)
def test_ordinary_notes_give_no_card(text: str, path: str) -> None:
    assert answers(text, path) == []


def test_a_pointer_line_is_not_read_again_as_a_glossary_run() -> None:
    text = (
        "# Medidas de associação\n\n- Risco relativo: razão entre a incidência nos expostos e nos não expostos\n"
        "- Odds ratio: razão entre as chances de exposição em casos e controles\n"
        "- Risco atribuível: diferença entre as incidências dos dois grupos\n"
        "- Intervalo de confiança: ver aula 6\n"
    )
    assert "Intervalo de confiança" not in answers(text, "Epi/Medidas.md")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('# Methods\n\nOur approach is called "test-driven development" by most teams.\n', "test-driven development"),
        ("# Programming\n\n## Class: a blueprint from which objects are made\n\nText.\n", "Class"),
    ],
)
def test_terms_the_new_guards_must_not_lose(text: str, expected: str) -> None:
    assert expected in answers(text)
