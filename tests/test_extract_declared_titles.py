"""Notes that name their term only in the ``title`` property and open with its gloss: a note goes
in, the card hiding the title comes out. The gloss may place its noun before pinning it, carry an
aside in brackets, or be pinned by a participle; a statement that names the term stays silent."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str) -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("note", "path", "expected"),
    [
        ("---\ntitle: Tone hole\n---\nThe opening on the flute body that a finger or a key closes. Its size sets the pitch.\n", "Flute/Tone hole.md", "Tone hole"),
        ("---\ntitle: Heavies\n---\nDense dark grains (mostly iron oxides, some garnet) that settle to the bottom of the pan with the gold.\n", "Panning/Heavies.md", "Heavies"),
        ("---\ntitle: Tie stone\n---\nLong stones laid right across the width of the wall so that they bind both faces together.\n", "Walls/Tie stone.md", "Tie stone"),
        # A verb after a relative word or "so that" belongs to the clause that pins the noun.
        ("---\ntitle: Repetitive strain injury\n---\nInjury or pain of muscles, tendons or nerves that is caused by repeated movement at work.\n", "Work/RSI.md", "Repetitive strain injury"),
        # An adverb of the participle is no modifier of the noun it pins.
        ("---\ntitle: Quick clay\n---\nWet marine clay abruptly flowing like water once a slide disturbs it.\n", "Geotech/Quick clay.md", "Quick clay"),
        ("---\ntitle: Malaxation\n---\nSlow mixing of the crushed olive paste for half an hour so that small oil droplets can merge into bigger ones.\n", "Oil/Malaxation.md", "Malaxation"),
    ],
)
def test_declared_title_glossed_by_the_opening(note: str, path: str, expected: str) -> None:
    assert answers(note, path) == [expected]


@pytest.mark.parametrize(
    ("note", "path"),
    [
        # The opening has a verb of its own: a statement, however it opens.
        ("---\ntitle: Depreciation methods\n---\nDepreciation spreads the cost of a long-lived asset over its useful life.\n", "Accounts/Depreciation methods.md"),
        ("---\ntitle: Tides\n---\nThe Moon's gravity raises two bulges of water on opposite sides of the Earth.\n", "Sea/Tides.md"),
    ],
)
def test_statements_stay_silent(note: str, path: str) -> None:
    assert answers(note, path) == []


def test_a_titled_callout_glosses_its_own_title() -> None:
    """"> [!info] Correlated colour temperature" / "> The temperature (in kelvin) of ...": the
    callout's title is the term, not the note's."""
    note = (
        "# Colour rendering\n\n> [!info] Correlated colour temperature\n"
        "> The temperature (in kelvin) of the black-body radiator whose colour is closest to the lamp's.\n"
    )
    assert "Colour rendering" not in answers(note, "Light/Colour rendering.md")



def test_a_claim_titles_subject_named_in_the_opening_is_its_card() -> None:
    """"# Pollarding extends willow lifespan" / "Pollarding means ...": the subject is the term, not
    the whole claim glossed by the sentence that names it."""
    note = (
        "# Pollarding extends willow lifespan\n\n"
        "Pollarding means cutting a tree back to its trunk at head height every few years and letting it sprout again.\n"
    )
    assert answers(note, "Trees/Pollarding extends willow lifespan.md") == ["Pollarding"]


def test_a_glossarys_title_is_no_term() -> None:
    note = "---\ntitle: Lexique de la vannerie\n---\nNotes prises pendant le stage à Fayl-Billot, à compléter plus tard avec le livre.\n"
    assert answers(note, "Vannerie/Lexique de la vannerie.md") == []


def test_an_untitled_definition_callout_glosses_the_notes_title() -> None:
    """"> [!definition]" with no title of its own: its type stands as its title, and it glosses
    the note's term."""
    note = "> [!definition]\n> A spin that is done on one foot with the free leg held behind at hip height.\n\nHard to hold past six turns.\n"
    assert answers(note, "Skating/Camel spin.md") == ["Camel spin"]
