"""General definition shapes: each pattern with notes that must give cards and notes that must not.

The patterns are the ones notes are written in whatever the subject: appositives, naming verbs,
glossary lists in every form, definition tables, title definitions in many languages."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        ("**Variance** captures how far values spread out from their average.", "n.md", ["Variance"]),
        ("**Deadlock** occurs when two processes each wait for the other to release a lock.", "n.md", ["Deadlock"]),
        ("**Opportunity cost** designates the value of the best alternative given up.", "n.md", ["Opportunity cost"]),
        ("**Homeostasis**: the maintenance of a stable internal environment in a body.", "n.md", ["Homeostasis"]),
        ("La **mitose** désigne la division du noyau d'une cellule eucaryote.", "n.md", ["mitose"]),
        ("Este processo chama-se **osmose** e ocorre nas células.", "n.md", ["osmose"]),
        ("这个过程称为**光合作用**。", "n.md", ["光合作用"]),
        ("**光合作用**是植物利用光能合成有机物的过程。", "n.md", ["光合作用"]),
        ("光合成とは、植物が光エネルギーを使って糖を作る反応である。", "光合成.md", ["光合成"]),
        ("Zellatmung bezeichnet den Abbau von Glucose in der Zelle zur Energiegewinnung.", "Zellatmung.md",
         ["Zellatmung"]),
        ("- **Julienne** — cutting vegetables into thin strips\n- **Brunoise** — a fine dice of vegetables\n"
         "- **Chiffonade** — thinly sliced leafy herbs or greens\n", "Cooking.md", ["Julienne", "Brunoise", "Chiffonade"]),
    ],
)
def test_general_pattern(text: str, path: str, expected: list[str]) -> None:
    assert answers(text, path) == expected


@pytest.mark.parametrize(
    "text",
    [
        "**Update**: the server is down again and we are waiting.",
        "**Mood:** 7/10 and rain all day long today",
        "**Exemple**: A la barra d'eines de l'esquerra, seleccioneu una opció.",
        "- **Nuevo** — crear un nuevo archivo en la vista actual.\n- **Sortera** — sortera och gruppera filer.\n"
        "- **Resultados** — limitar, copiar y exportar archivos.\n",
        "- **Bold**: makes the selected text bold\n- **Italic**: makes the selected text italic\n"
        "- **Strike**: strikes the selected text through\n",
    ],
)
def test_general_pattern_stays_quiet(text: str) -> None:
    assert answers(text) == []
