"""The pattern families the extractor promises, in wordings no corpus was tuned on, and the
lists, labels and asides that must stay out. One test per family, each with notes that must give
their cards and notes that must give none."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Okazaki fragments** are short DNA pieces synthesized on the lagging strand.\n", ["Okazaki fragments"]),
        ("**Scaffolding** (in education) is support given to a learner that is gradually removed.\n", ["Scaffolding"]),
        ("**Latency**—the time between a request and its response—matters more than throughput.\n", ["Latency"]),
        ("**Momentum** = mass × velocity, a vector quantity conserved in closed systems.\n", ["Momentum"]),
        ("Kahneman (2011) defines **System 1** as fast, automatic and intuitive thinking.\n", ["System 1"]),
        ("Maslow (1943) describes **self-actualization** as the desire to become the most one can be.\n",
         ["self-actualization"]),
        ("A **monad** is a design pattern that wraps values and chains computations.\n", ["monad"]),
        ("The **Saturn V** is a rocket that NASA built for the Apollo programme.\n", ["Saturn V"]),
    ],
)
def test_emphasised_term_in_a_defining_frame(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "**Python** is great for scripting that runs once.\n",
        "**This** is just a note that I wrote quickly.\n",
        "I **really** think this is a good book, and it is a **must** read for everyone.\n",
    ],
)
def test_emphasis_without_a_defining_frame_gives_no_card(text: str) -> None:
    assert answers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Mitosis - division of a cell into two identical daughter cells\n- Meiosis - division producing four "
         "haploid gametes\n- Cytokinesis - splitting of the cytoplasm after division\n",
         ["Mitosis", "Meiosis", "Cytokinesis"]),
        ("1. **Ionic bond**: a bond formed by the transfer of electrons between atoms.\n2. **Covalent bond**: a bond "
         "formed by sharing electron pairs between atoms.\n", ["Ionic bond", "Covalent bond"]),
    ],
)
def test_glossary_lists_with_hyphens_and_shared_head_nouns(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What is the powerhouse of the cell?\n?\nThe mitochondrion\n", ["The mitochondrion"]),
        ("Hund\n??\ndog\n", ["dog"]),
        ("Which cells secrete antibodies?\n?\nPlasma cells\n<!--SR:!2024-11-02,3,250-->\n", ["Plasma cells"]),
        ("Quel mot-clé ouvre un bloc séquentiel ?\n?\n`process`\n", ["process"]),
        ("`gg`:::go to the first line\n`u`:::undo\n", ["go to the first line", "undo"]),
        ("The capital of Australia is {{c1::Canberra::city}}.\n", ["Canberra"]),
        ("Largest planet:::Jupiter\n", ["Jupiter"]),
    ],
)
def test_cards_written_out_in_the_note(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- **Allele**\n  - one of two or more versions of a gene at the same locus\n- **Genotype**\n"
         "  - the genetic makeup of an organism\n", ["Allele", "Genotype"]),
        ("- Primary succession\n  - colonisation of bare substrate with no soil\n- Pioneer species\n"
         "  - the first colonisers of a bare site, typically lichens\n", ["Primary succession", "Pioneer species"]),
        ("- What does [ʃ] stand for?\n\t- voiceless postalveolar fricative\n", ["voiceless postalveolar fricative"]),
    ],
)
def test_nested_outline_entries(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # release notes and steps nest sentences under a heading item
        "- Swipe actions\n  - You can now use two-finger swipe to navigate back.\n- Mobile toolbar\n"
        "  - Fixed the toolbar not scrolling on small screens.\n",
        # one topic over its details is no glossary
        "- Organisation\n  - capture ideas in an inbox first\n- Something else entirely\n- And another item\n",
        "- Driving principles\n  - [[Write notes like planting a forest]]\n- Philosophy\n  - [[What is a second brain]]\n",
    ],
)
def test_outlines_that_are_not_glossaries(text: str) -> None:
    assert answers(text) == []


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        ("Photosynthesis.md", "Photosynthesis: the process by which plants turn light into sugar.\n", ["Photosynthesis"]),
        ("Kintsugi.md", "Kintsugi — the Japanese art of repairing broken pottery with gold.\n", ["Kintsugi"]),
        ("📘 Stoicism.md", "Stoicism is a school of Hellenistic philosophy founded in Athens.\n", ["Stoicism"]),
        ("2024-03-05 Bayes theorem.md", "Bayes theorem describes the probability of an event given prior knowledge.\n",
         ["Bayes theorem"]),
        ("Mitochondria.md", "Mitochondria are membrane-bound organelles that generate most of the cell's energy.\n",
         ["Mitochondria"]),
        ("Ribosome.md", "Ribosomes are molecular machines that build proteins from amino acids.\n", ["Ribosomes"]),
        ("Second Brain Concept.md", "## Summary\nA Second Brain is a personal knowledge system that extends memory.\n",
         ["Second Brain"]),
        ("Moral hazard.md", "In economics, moral hazard is a situation where an actor has an incentive to take risk.\n",
         ["moral hazard"]),
        ("Sunk cost.md", "It is a cost that has already been incurred and cannot be recovered.\n", ["Sunk cost"]),
        ("Meeting notes.md", "Meeting notes is where I keep the minutes of our weekly sync.\n", []),
    ],
)
def test_title_definitions(path: str, text: str, expected: list[str]) -> None:
    assert answers(text, path) == expected


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        ("n.md", "Minimal pair: two words that differ in exactly one sound.\nAllophone: a variant of a phoneme that "
         "never changes meaning.\n", ["Minimal pair", "Allophone"]),
        ("n.md", "Gegenpressing - winning the ball back immediately after losing it\nFalse nine - a centre-forward who "
         "drops deep into midfield\n", ["Gegenpressing", "False nine"]),
        ("n.md", "*Taxa de administração*: percentual anual cobrado pelo fundo sobre o patrimônio.\n",
         ["Taxa de administração"]),
        ("n.md", "**Инфляция** — устойчивый рост общего уровня цен в экономике.\n", ["Инфляция"]),
        ("SQL window functions.md", "Window function: computes a value across a set of rows related to the current row.\n",
         ["Window function"]),
        # labels, asides and daily notes written the same way
        ("n.md", "Today: deep work 9–12 on the thesis, then admin.\n", []),
        ("n.md", "Open question: is this why faster CI never makes our pipeline shorter?\n", []),
        ("n.md", "prof: the idea is outdated, don't write it in the exam.\n", []),
        ("n.md", "**Exam tip:** always do duty first, even when it's obvious.\n", []),
        ("n.md", "Good: Learn to create templates that capture metadata.\nCould be tweaked: Learn how to create "
         "templates.\n", []),
    ],
)
def test_glossary_lines_in_prose(path: str, text: str, expected: list[str]) -> None:
    assert answers(text, path) == expected


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("Packing list - Iceland.md", "- Base layer: merino, 2 sets\n- Shell: the orange one\n- Insulation: down jacket\n"
         "- Boots: waterproofed on Sunday?\n"),
        ("Groceries.md", "- **oat milk** x2\n- **eggs** (free range)\n- **coriander**: the big bunch, not the pot\n"),
        ("n.md", "## Currently reading\n- **Dune** — a gift from Sam, halfway through\n"
         "- **Middlemarch** — the book club pick for March\n"),
        ("n.md", "## Groceries\n- **Milk**: two litres from the corner shop\n- **Bread**: the sourdough one\n"),
    ],
)
def test_personal_lists_give_no_cards(path: str, text: str) -> None:
    assert answers(text, path) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| Tool | What it does | How sure am I |\n| --- | --- | --- |\n| Discount rate | the interest rate the "
         "central bank charges banks | 🟢 |\n", ["Discount rate"]),
        ("| Acronym | Stands for | Means here |\n| --- | --- | --- |\n| SLO | service level objective | our target |\n",
         ["SLO"]),
        ("| Word | Translation |\n|---|---|\n| Hund | dog |\n| Katze | cat |\n", ["Hund", "Katze"]),
        ("| Setting | Default |\n|---|---|\n| Spell check | on |\n", []),
    ],
)
def test_glossary_tables_with_any_meaning_header(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Classical conditioning**, first described by Ivan Pavlov, is a form of learning in which a stimulus "
         "comes to trigger a response.\n", ["Classical conditioning"]),
        ("**Social capital** is, for him, the actual or potential resources that come from a network.\n",
         ["Social capital"]),
        ("The **Forer effect** is our tendency to rate vague descriptions as accurate descriptions of ourselves.\n",
         ["Forer effect"]),
        ("- **Mutualismo**: interacción en la que ambas especies se benefician.\n- **Comensalismo**: una especie se "
         "beneficia y la otra no se ve afectada.\n", ["Mutualismo", "Comensalismo"]),
    ],
)
def test_copulas_with_asides_and_possessives(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        ("Entropy.md", "## Entropy: a measure of how many microstates fit a macrostate\n\n$$S = k \\ln W$$\n",
         ["Entropy"]),
        ("Jevons paradox.md", "# Jevons paradox: when efficiency raises consumption\n\nCheaper coal, more coal.\n",
         ["Jevons paradox"]),
        ("n.md", "## Tonic: the first degree of the scale\n\nIt gives the key its name.\n", ["Tonic"]),
        ("Lindy effect.md", "> [!tldr] Definition\n> The *Lindy effect*: for non-perishable things, every extra year "
         "of survival implies a longer remaining life.\n", ["Lindy effect"]),
        ("n.md", "Def.: Ein *Bakteriophage* ist ein Virus, das ausschließlich Bakterien infiziert.\n", ["Bakteriophage"]),
        ("n.md", "# Gestalt\n\n## 🔲 Proximity\nElements placed close together are seen as a group.\n\n## 🎨 Similarity\n"
         "Elements that share colour or shape are seen as related.\n\n## ⭕ Closure\nThe mind completes incomplete "
         "shapes.\n", ["Proximity", "Similarity", "Closure"]),
        # lecture titles and chapter headings are no definitions
        ("n.md", "# Torts — Negligence (wk 2)\n\nText.\n", []),
        ("n.md", "# Deutsch: in der Küche 🇩🇪\n\nText.\n", []),
        ("n.md", "## Step 2: install the plugin from the list\n", []),
    ],
)
def test_headings_callouts_and_prefixed_definitions(path: str, text: str, expected: list[str]) -> None:
    assert answers(text, path) == expected


def test_one_word_answers_under_questions_and_numerals_in_glosses() -> None:
    assert answers("- What does [ŋ] stand for?\n\t- velar nasal\n") == ["velar nasal"]
    text = ("Perfect cadence - V to I, sounds finished\nPlagal cadence - IV to I, the Amen of hymns\n"
            "Interrupted cadence - V to vi, the surprise ending\n")
    assert answers(text) == ["Perfect cadence", "Plagal cadence", "Interrupted cadence"]
    assert answers("Alice: I finished the login page and the tests\nBob: I will pair with Carol\n") == []


def test_a_lecture_list_glosses_a_term_by_what_it_has_or_can_do() -> None:
    # Without "has ..." read as a gloss, three entries of five are too few for a glossary.
    note = (
        "# Stereochemistry L7\n\n"
        "- chirality – a molecule is chiral when it is not superimposable on its mirror image\n"
        "- enantiomers: non-superimposable mirror images of each other\n"
        "- racemic mixture → 50:50 of two enantiomers, optically inactive\n"
        "- meso compound: has stereocentres but an internal mirror plane\n"
        "- epimers: diastereomers that differ at one stereocentre only\n"
    )
    answers = {c.answers[0] for c in extract_note(note, "Chem/Stereochemistry L7.md").candidates}
    assert {"meso compound", "enantiomers", "epimers"} <= answers


def test_a_status_list_of_people_and_pages_stays_a_status_list() -> None:
    note = (
        "## Standup\n\n"
        "- Anna: has the slides, will send them tonight\n"
        "- Marco: can't make Thursday\n"
        "- login page: has been shipped to staging\n"
        "- search: can now filter by tag\n"
    )
    assert extract_note(note, "Work/Standup.md").candidates == ()


def test_again_is_no_news_only_in_a_process_of_gerunds() -> None:
    from srs.core.extract.families import news

    assert not news("regurgitating a cud, rechewing it and swallowing it again; cows spend hours at it")
    assert news("nothing works again after the update")
    assert news("during standup the build failed again")


def test_again_in_a_noun_phrases_relative_clause_is_no_news() -> None:
    from srs.core.extract.families import news

    assert not news("the 52-year cycle after which both counts line up again")
    assert not news("a state in which the muscle contracts again")
    assert news("the printer jammed again")
    assert news("the build that broke again today")  # a day is news whatever comes before
    note = "# Aztec calendar\n\nIntro.\n\n- calendar round = the 52-year cycle after which both counts line up again\n- other stuff here\n"
    assert [c.answers for c in extract_note(note, "Aztec calendar - lecture.md").candidates] == [("calendar round",)]
