"""Term tables whose first row describes nothing yet, whose rows are numbered, or whose names
carry a version: each named row becomes a card."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str) -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def test_a_table_whose_first_row_glosses_by_symbol_is_still_a_term_table() -> None:
    text = (
        "# Modes of the major scale\n\n"
        "| Mode | Starts on | Character / what to remember |\n|---|---|---|\n"
        "| Ionian | 1 | = major scale |\n"
        "| Dorian | 2 | minor scale with a raised 6th, think of So What |\n"
        "| Phrygian | 3 | minor with a flat 2nd, Spanish flavour |\n"
        "| Lydian | 4 | major with a raised 4th, dreamy, film scores |\n"
    )
    assert answers(text, "Music/Modes of the major scale.md") == ["Ionian", "Dorian", "Phrygian", "Lydian"]


def test_a_numbered_table_of_names_and_descriptions() -> None:
    text = (
        "# Positions – backs\n\n| # | Position | What they do |\n|---|---|---|\n"
        "| 9 | Scrum-half | link between forwards and backs; puts ball into scrum |\n"
        "| 10 | Fly-half | main decision-maker and playmaker, kicks for territory |\n"
        "| 15 | Fullback | last line of defence, fields kicks, joins the line in attack |\n"
    )
    assert answers(text, "Rugby/Positions - backs.md") == ["Scrum-half", "Fly-half", "Fullback"]


def test_names_with_their_version_are_names() -> None:
    text = (
        "# License families cheat sheet\n\n| License | Key point |\n|---|---|\n"
        "| MIT License | very short permissive license: do anything, just keep the notice |\n"
        "| Apache License 2.0 | permissive like MIT, but adds an explicit patent grant |\n"
        "| MPL-2.0 | file-level copyleft, changed files stay under the same license |\n"
    )
    assert answers(text, "Licensing/License families cheat sheet.md") == ["MIT License", "Apache License 2.0", "MPL-2.0"]


def test_a_numbered_table_of_data_stays_silent() -> None:
    text = (
        "# Runs\n\n| # | Date | Route | Notes |\n|---|---|---|---|\n"
        "| 1 | 2024-03-01 | River loop | felt heavy, legs tired after the hills |\n"
        "| 2 | 2024-03-03 | Park | easy, nice weather and a coffee after |\n"
        "| 3 | 2024-03-05 | Hills | hard, walked the last climb twice |\n"
    )
    assert answers(text, "Training/Runs.md") == []


def test_a_writers_star_or_emoji_after_a_term_stays_out_of_the_cloze() -> None:
    text = (
        "# Ottoman glossary\n\n| Term | Meaning |\n|---|---|\n"
        "| Grand vizier ★ | the sultan's chief minister, keeper of the imperial seal |\n"
        "| Alto sax in E♭ | sounds a major sixth lower than written |\n"
    )
    found = extract_note(text, "History/Ottoman glossary.md").candidates
    assert [c.answers for c in found] == [("Grand vizier",), ("Alto sax in E♭",)]
    assert found[0].text.startswith("{{c1::Grand vizier}} ★: ")


@pytest.mark.parametrize(
    "line",
    ["- Cost: range sidelobes around the peak, fixed by windowing", "- Structure: a thick primary cord with many pendant cords",
     "- Access: fistula better than graft, graft better than catheter", "- speaker: env artist from a AAA studio, 2023",
     "- Exception: if you know very little about the value, let them go first", "- pendiente: añadir la foto del parque y la duna"],
)
def test_a_lone_label_word_opens_no_entry(line: str) -> None:
    text = f"# Notes\n\n- Opportunity cost: the value of the next best alternative given up\n{line}\n"
    assert answers(text, "Notes/Notes.md") == ["Opportunity cost"]


def test_three_maybe_entries_beside_a_sure_one_make_a_glossary() -> None:
    text = (
        "# Effetti — appunti lezione 4 **Delay**: ripete il segnale dopo un certo tempo (eco) · **Riverbero**: simula lo "
        "spazio di una stanza, tante riflessioni fitte · **Compressore**: riduce la differenza tra suoni forti e deboli · "
        "**Wah**: filtro passa-banda che si sposta col pedale, suono vocale #chitarra"
    )
    assert answers(text, "Guitar/Effetti per chitarra - appunti.md") == ["Delay", "Riverbero", "Compressore", "Wah"]
