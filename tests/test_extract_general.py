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
        # appositives, mid-sentence clauses, named subjects, naming verbs
        ("The cell relies on the **ribosome**, a molecular machine that builds proteins.", "n.md", ["ribosome"]),
        ("The schemes fail when they ignore *mētis*, the practical knowledge that comes from experience.",
         "n.md", ["mētis"]),
        ("The plural suffix has three **allomorphs**, variant forms of one morpheme.", "n.md", ["allomorphs"]),
        ("When output shrinks, a **recession** is a period of falling output for two quarters.", "n.md",
         ["recession"]),
        ("Rejecting a true null hypothesis is a **Type I error**.", "n.md", ["Type I error"]),
        ("A reaction that releases heat to its surroundings is **exothermic**; its enthalpy falls.", "n.md",
         ["exothermic"]),
        ("The position a consumer has reached in a partition is called its **offset**; it is committed.", "n.md",
         ["offset"]),
        ("An organism's genetic makeup is called its **genotype**, while its observable traits are its "
         "**phenotype**.", "n.md", ["genotype", "phenotype"]),
        ("Economists refer to this as the **multiplier effect**, and it explains a lot.", "n.md",
         ["multiplier effect"]),
        ("He calls an event that lies outside expectations, carries an extreme impact, and is explained "
         "afterwards a **Black Swan**.", "n.md", ["Black Swan"]),
        ("A **reinforcing loop** amplifies whatever is happening in the system.", "n.md", ["reinforcing loop"]),
        ("A player is in an **offside position** if any part of the body is nearer to the goal line.", "n.md",
         ["offside position"]),
        ("Die **Enthalpie** $H$ ist die Summe aus innerer Energie und Volumenarbeit.", "n.md", ["Enthalpie"]),
        # glossary lines in paragraphs, plain glosses, counted bodies, a closing section
        ("**Chiaroscuro**: strong contrast between light and dark.\n**Sfumato**: soft transitions between tones.\n"
         "**Impasto**: paint laid on so thickly that strokes stand up.\n", "Art.md", ["Chiaroscuro", "Sfumato", "Impasto"]),
        ("- **aller** — to go (je vais, tu vas)\n- **faire** — to do, to make\n- **vouloir** — to want (je veux)\n",
         "Verbes.md", ["aller", "faire", "vouloir"]),
        ("- **Substitution** — one atom in a molecule is replaced by another\n"
         "- **Elimination** — two groups leave neighbouring carbons\n"
         "- **Addition** — two molecules combine across a double bond\n"
         "- **Condensation** — two molecules join while water is lost\n", "Orgo.md",
         ["Substitution", "Elimination", "Addition", "Condensation"]),
        ("## Exposition\nThe opening section, which presents the first theme.\n\n"
         "## Development\nThe middle section, in which the themes are broken up.\n\n"
         "## Recapitulation\nThe return of both themes in the tonic.\n\n"
         "## Listening\n- Mozart, Symphony 40\n", "Sonata.md", ["Exposition", "Development", "Recapitulation"]),
        # vocabulary tables with language or meaning headers, flashcard lines
        ("| Deutsch | English |\n|---|---|\n| der Löffel | spoon |\n| die Gabel | fork |\n", "Vokabeln.md",
         ["der Löffel", "die Gabel"]),
        ("| 日本語 | 読み | 意味 |\n|---|---|---|\n| 食べる | たべる | to eat |\n| 飲む | のむ | to drink |\n", "動詞.md",
         ["食べる", "飲む"]),
        ("la maleta::the suitcase\nel andén::the platform\n", "Viaje.md", ["the suitcase", "the platform"]),
        ("Mole :: the amount of substance holding Avogadro's number of particles\n", "Chem.md", ["Mole"]),
        ("- **идти** — to go on foot, in one direction\n- **ходить** — to go on foot, habitually\n"
         "- **ехать** — to go by vehicle, in one direction\n", "Глаголы.md", ["идти", "ходить", "ехать"]),
        # plain-text glossary lists
        ("- Tonic — the first degree of the scale\n- Dominant — the fifth degree of the scale\n"
         "- Subdominant — the fourth degree of the scale\n", "Degrees.md", ["Tonic", "Dominant", "Subdominant"]),
        ("- Perfect cadence: V–I, sounds final\n- Plagal cadence: IV–I, the amen cadence\n"
         "- Half cadence: ends on V, sounds unfinished\n", "Cadences.md",
         ["Perfect cadence", "Plagal cadence", "Half cadence"]),
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
        "- Tom: will send the deck on Monday\n- Priya: budget is tight this quarter\n- Sam: we need a new room\n",
        "- In loops: `{% for c in items %}`\n- In conditionals: `{% if x %}`\n- In assignments: `{% set a = b %}`\n",
        "- Vault: createFolder now returns a folder\n- Theming: new CSS variables have been added\n"
        "- Metadata: the cache no longer inherits from the item\n- Editor: fixed a crash on paste\n",
        "status:: done\nrating:: 4 out of 5 stars overall\n",
        "| Command | What it does |\n|---|---|\n| `ls` | list the files |\n| `cd` | change the folder |\n",
        "We visited **Paris**, the capital of France, last summer.",
        "Meet **Anna**, a friend of mine from school, at the cafe.",
        "She recommended a podcast about **sourdough**, of all things.",
        "In **general**, what works for Reading view works on Publish.",
        "The Command palette supports **fuzzy matching**, allowing you to search for commands.",
        "- Tom presented the **roadmap draft**\n- Priya: budget is tight\n- **Decision:** postpone the mobile app\n",
        "- **Waarden berekenen** — voeg prijzen toe, bereken totalen of voer bewerkingen uit.\n"
        "- **Menu** — creeu, editeu i canvieu vistes.\n- **Nou** — crea un fitxer nou a la vista actual.\n",
        "- **Bold**: makes the selected text bold\n- **Italic**: makes the selected text italic\n"
        "- **Strike**: strikes the selected text through\n",
    ],
)
def test_general_pattern_stays_quiet(text: str) -> None:
    assert answers(text) == []


def test_title_claim_gives_way_to_the_sentence_that_names_the_term() -> None:
    text = "Harder practice helps retention. [[Robert Bjork]] named these *desirable difficulties*.\n"
    assert answers(text, "Desirable difficulties make learning stick.md") == ["desirable difficulties"]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("La **vendange en vert** consiste à couper des grappes encore vertes pour concentrer la récolte.", "vendange en vert"),
        ("El **encalado** consiste en cubrir la pared con cal para protegerla de la humedad.", "encalado"),
        ("Lo **sfumato** consiste nel velare i contorni con passaggi di tono impercettibili.", "sfumato"),
    ],
)
def test_what_a_practice_consists_in_defines_it(sentence: str, term: str) -> None:
    cards = extract_note(sentence + "\n", "Notes/Notes.md").candidates
    assert [c.answers for c in cards] == [(term,)]
