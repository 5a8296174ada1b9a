"""Definition patterns beyond "**Term** is a ...": appositives, conditions, naming with an object,
other languages, vocabulary tables; each with sentences that must stay card-free."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/Note.md") -> list[tuple[str, ...]]:
    return [c.answers for c in extract_note(text, path).candidates]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        # appositive definition wherever the term stands
        ("Ainsworth designed the **Strange Situation**, which is a short laboratory procedure for toddlers.",
         "Strange Situation"),
        ("Most regulation works through **negative feedback**, which is a loop that reverses a change.",
         "negative feedback"),
        # a property defined by its condition
        ("An operation is **idempotent** if applying it twice has the same effect as once.", "idempotent"),
        ("A game has a **dominant strategy** when one move is best whatever the others do.", "dominant strategy"),
        # naming verbs with the named thing between verb and article
        ("He calls the patient's need to be admired the **mirroring transference**.", "mirroring transference"),
        ("He called such a figure a **selfobject**.", "selfobject"),
        ("Medieval theorists nicknamed it *diabolus in musica* because it sounded harsh.", "diabolus in musica"),
        ("Gould borrows the architectural term *spandrel* for a trait that is a by-product.", "spandrel"),
        # verbs that define a named measure or rule
        ("**Price elasticity of demand** measures how much demand responds to a change in price.",
         "Price elasticity of demand"),
        ("The **mailbox rule** says that an acceptance takes effect when it is sent.", "mailbox rule"),
        ("**Chunking** is grouping separate items into larger meaningful units.", "Chunking"),
        # a one-word tag before the sentence
        ("TIL: a **shibboleth** is a word or custom that marks someone as belonging to a group.", "shibboleth"),
        # a described term in a list item
        ("- **System 1** is fast, automatic and effortless", "System 1"),
        # other languages
        ("Die **Homöostase** ist die Fähigkeit eines Organismus, sein Milieu konstant zu halten.", "Homöostase"),
        ("Als **negative Rückkopplung** bezeichnet man einen Regelkreis, der Abweichungen verringert.",
         "negative Rückkopplung"),
        ("On appelle **chlorophylle** le pigment vert qui capte la lumière.", "chlorophylle"),
        ("**Энтропия** — это мера беспорядка термодинамической системы.", "Энтропия"),
        ("**恒常性**とは、生体が外部環境の変化にかかわらず内部環境を一定に保つ性質のことである。", "恒常性"),
        # (a reading in full-width brackets between the term and とは)
        ("**蒸散**（じょうさん）とは、植物の葉から水が水蒸気として出ていく現象である。", "蒸散"),
        # "what is described を X という / と呼ぶ": the name after the object marker
        ("冬に群れが体を寄せ合って寒さをしのぐ行動を**ハドリング**（huddling）という。", "ハドリング"),
        ("古い羽が一度に抜け替わる。これを**カタストロフィック換羽**と呼ぶ。", "カタストロフィック換羽"),
    ],
)
def test_definition_pattern(text: str, answer: str) -> None:
    assert (answer,) in answers(text)


def test_title_definition_in_french_with_article() -> None:
    text = "---\ntitle: Photosynthèse\n---\nLa photosynthèse est le processus par lequel les plantes captent la lumière.\n"
    assert answers(text, "Bio/2024 cours.md") == [("photosynthèse",)]


def test_vocabulary_table_keeps_one_word_meanings() -> None:
    text = "| Root | Meaning |\n|---|---|\n| bio | life |\n| chron | time |\n| same | same |\n"
    assert answers(text) == [("bio",), ("chron",)]


@pytest.mark.parametrize(
    "text",
    [
        "The function is called by the **scheduler** before each run starts.",
        "She is **happy** if the weather holds.",
        "Create a note called **Restaurants** and add a property to it.",
        "Crie uma nota chamada **Restaurantes** e adicione uma propriedade.",
        "usando il comando chiamato **Scarica allegati per il file attuale** nel menu.",
        "- **Obsidian Sync** is te vinden in het gedeelte **Sync**.",
        "- **Alle folgenden Bedingungen treffen zu** ist eine `und`-Aussage, die alle Bedingungen verlangt.",
        "- **Todos los siguientes son verdaderos** es una declaración que exige todas las condiciones.",
        "**Chunking** is being discussed in the next lecture on memory.",
        "I met **Anna**, who is a friend from school.",
    ],
)
def test_no_definition(text: str) -> None:
    assert answers(text, "Misc/Scratch.md") == []


# --- option lists are not glossaries, in any language ------------------------------------------

GLOSSARY = """# Ecology
- **Biome** — a large community of plants and animals shaped by one climate
- **Niche** — the role a species plays in its ecosystem and food web
- **Trophic level** — a step in a food chain, counted from the producers
"""


def test_glossary_list_keeps_every_entry() -> None:
    assert answers(GLOSSARY) == [("Biome",), ("Niche",), ("Trophic level",)]


@pytest.mark.parametrize(
    "text",
    [
        # options described with the same opening words
        "- **Cartella principale** — Le note vengono create nella radice della cassaforte.\n"
        "- **Stessa cartella** — Le note vengono create nella cartella della nota attiva.\n"
        "- **Cartella personalizzata** — Le note vengono create in una cartella a tua scelta.\n",
        # one labelled item among plain steps
        "- Una cuenta de Obsidian activa en este dispositivo.\n"
        "- Una suscripción activa de Obsidian Sync en la cuenta.\n"
        "- **Recomendado**: Un sistema de respaldo implementado para sus archivos.\n",
        # the same option name under two settings
        "Notes:\n\n- **Eigener Ordner** — ein Ordner deiner Wahl für neue Notizen im Vault.\n"
        "- **Wurzel** — die oberste Ebene des Vaults, wo alles beginnt.\n\n"
        "Anhänge:\n\n- **Eigener Ordner** — ein Ordner deiner Wahl für neue Anhänge im Vault.\n"
        "- **Wurzel** — die oberste Ebene des Vaults für alle Anhänge.\n",
        # a toolbar: most described entries do not read as definitions
        "- **Ansichtsmenü** — Ansichten erstellen, bearbeiten und wechseln.\n"
        "- **Ergebnisse** — Dateien begrenzen, kopieren und exportieren.\n"
        "- **Suche** — nach Elementen anhand ihrer Eigenschaften suchen.\n"
        "- **Neu** — eine neue Datei in der aktuellen Ansicht erstellen.\n",
    ],
)
def test_option_list_gives_no_glossary_cards(text: str) -> None:
    assert answers(text, "Docs/Settings.md") == []


# --- "## Term" headings as a glossary -----------------------------------------------------------

MUSIC = """# Music terms

## Legato
Smooth, connected playing with no silence between the notes.

## Staccato
Short, detached notes, each separated from the next.

## Fermata
A sign over a note telling the player to hold it longer than written.

## References
- my piano teacher
"""

LETTERS = """# Glossary

## A

### Allele
One of the variant forms of a gene at a given position.

### Apoptosis
Programmed death of a cell in a controlled sequence.

### Autotroph
An organism that makes its own food from light or chemicals.

## B

### Biome
A large community of plants and animals that share a climate.
"""


def test_heading_glossary_cards() -> None:
    found = extract_note(MUSIC, "Music/Terms.md").candidates
    assert [(c.answers, c.rule) for c in found] == [
        (("Legato",), "heading_glossary"), (("Staccato",), "heading_glossary"), (("Fermata",), "heading_glossary"),
    ]
    assert found[0].text == "{{c1::Legato}}: Smooth, connected playing with no silence between the notes."
    assert [c.answers for c in extract_note(LETTERS, "Bio/Glossary.md").candidates] == [
        ("Allele",), ("Apoptosis",), ("Autotroph",),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a settings page: one group of short sections among groups that are no glossary
        "## Editor\n\n### Line numbers\nShow line numbers in the gutter.\n\n### Indent guides\nShow vertical lines "
        "between list items.\n\n### Smart lists\nTakes care of indentation for you.\n\n## Files\n\n### Trash\nWhere "
        "deleted files go.\n\n- option one\n- option two\n\n### Attachments\nSee [[Attachments]] for more.\n\n"
        "### Links\n```\ncode\n```\n",
        # sections that introduce examples, name UI labels or repeat their heading
        "## Format currency\nDisplay a price with two decimals and a symbol:\n\n## Count items\nCount the items in "
        "a list property:\n\n## Combine text\nCreate a full name from two fields:\n",
        "## Zoom to fit\nSelect **Zoom to fit** to see every card.\n\n## Zoom to selection\nRight-click and select "
        "**Zoom to selection** now.\n\n## Reset zoom\nSelect **Reset zoom** in the corner.\n",
        # only two sections
        "## Legato\nSmooth, connected playing between notes.\n\n## Staccato\nShort, detached notes played apart.\n",
    ],
)
def test_sections_that_are_no_glossary(text: str) -> None:
    assert [c for c in extract_note(text, "Docs/Settings.md").candidates if c.rule == "heading_glossary"] == []


def test_title_that_ran_into_the_body_is_read_as_prose() -> None:
    text = "# Mitochondria Up: [[Cell biology]] The **mitochondrion** is the organelle that makes most ATP. **Tags:** #bio\n"
    assert answers(text, "Bio/Mitochondria.md") == [("mitochondrion",)]


def test_a_title_that_ran_into_the_body_past_its_tags_is_read_as_prose() -> None:
    text = (
        "# Phillips curve tags: #macro #inflation The Phillips curve is the observed inverse relationship between "
        "unemployment and inflation. In the short run, pushing unemployment down pushes inflation up.\n"
    )
    assert answers(text, "Macro/Phillips curve.md") == [("Phillips curve",)]


def test_long_heading_without_a_sentence_stays_a_heading() -> None:
    text = "# The **mitochondrion** is the organelle that makes most of the ATP in a cell today\n"
    assert answers(text, "Bio/Cells.md") == []
