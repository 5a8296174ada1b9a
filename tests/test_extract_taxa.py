"""The name of a family, an order or a subfamily where a note places its subject in the tree of
life: a note goes in, its cards come out."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def cards(text: str, path: str = "Zoology/Kingfisher.md") -> list[tuple[str, tuple[str, ...]]]:
    return [(c.text, c.answers) for c in extract_note(text, path).candidates]


def answers(text: str, path: str = "Zoology/Kingfisher.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A kingfisher is any bird of the family Alcedinidae: roughly 115 species of compact, big-headed birds.", "Alcedinidae"),
        ("The wolverine is the largest land-dwelling member of the weasel family, Mustelidae, and lives in the boreal forest.", "Mustelidae"),
        ("The family is Tetraodontidae, after the four fused teeth that form the beak.", "Tetraodontidae"),
        ("It is the only living species in its genus and gets its own subfamily, Mellivorinae, of its own.", "Mellivorinae"),
        ("Pufferfish belong to the order Tetraodontiformes together with boxfish and triggerfish.", "Tetraodontiformes"),
        ("Pelicans (genus *Pelecanus*, family Pelecanidae) are large water birds with a long bill.", "Pelecanidae"),
    ],
)
def test_a_group_named_after_its_rank_gets_a_card(sentence: str, name: str) -> None:
    note = f"# Notes\n\nSome context first.\n\n{sentence}\n"
    assert name in answers(note, "Zoology/Reading notes.md")
    card = next(text for text, hidden in cards(note, "Zoology/Reading notes.md") if hidden == (name,))
    assert "{{c1::" + name + "}}" in card


def test_a_group_given_after_an_arrow_or_an_equals_sign_gets_a_card() -> None:
    note = (
        "# Pinniped lecture 4\n\n"
        "- Phocidae -> \"true seals\", no ear flaps, move on land by humping along\n"
        "- Otariidae -> \"eared seals\" = sea lions + fur seals; walk on all 4 flippers\n"
        "- New World vultures = Cathartidae (condors, turkey vulture)\n"
    )
    found = answers(note, "Zoology/Pinniped lecture 4.md")
    assert {"Phocidae", "Otariidae", "Cathartidae"} <= set(found)


def test_a_list_item_naming_a_group_then_its_common_name_hides_the_group_only() -> None:
    note = (
        "A kingfisher is a compact, big-headed, long-billed bird.\n\n"
        "The family splits three ways:\n\n"
        "- Alcedininae, the river kingfishers — small, mostly fish-eaters\n"
        "- Halcyoninae, the tree kingfishers — the big noisy group, many hunt lizards far from water\n"
        "- Cerylinae, the water kingfishers — pied and belted kingfishers; hover before diving\n"
    )
    texts = dict((hidden[0], text) for text, hidden in cards(note))
    assert texts["Alcedininae"].startswith("{{c1::Alcedininae}}, the river kingfishers")
    assert {"Halcyoninae", "Cerylinae"} <= set(texts)


@pytest.mark.parametrize(
    "note",
    [
        # A field log's counts, and a table of them.
        "# Pitfall trap run - week 6\n\n- Carabidae: 14\n- Staphylinidae: 3\n\n| trap | Carabidae | notes |\n|---|---|---|\n| 1 | 4 | wet |\n",
        # A list of several groups, none of them taught.
        "# Spinnerets\n\nSome context first.\n\nThe cribellate families: Deinopidae (net-casting), Uloboridae, Amaurobiidae.\n",
        # A capitalised rank opening a line as its heading would.
        "# Iguanidae review\n\nFamily Iguanidae — genera I keep mixing up\n",
        # A name with no rank before it.
        "# Sirenia\n\nSome context first.\n\nSirenians are related to elephants and to hyraxes (Hyracoidea) in one clade.\n",
    ],
)
def test_a_group_named_in_passing_gets_no_card(note: str) -> None:
    assert not [a for a in answers(note, "Zoology/Notes.md") if a.endswith(("idae", "inae", "oidea"))]


@pytest.mark.parametrize(
    ("note", "path"),
    [
        # A diary, a log, a shopping or reading list: what was seen, counted or bought.
        ("# Herbarium volunteering\n\nSpent the morning databasing sheets of the family Asteraceae, mostly hawkweeds.\n", "Days/Herbarium volunteering.md"),
        ("# Pitfall traps\n\n- Trap 1 → Carabidae 14, mostly Pterostichus\n- Trap 2 → Staphylinidae 3, one spider\n", "Field/Pitfall traps 2024-06-14.md"),
        ("# Birding\n\nDad found a kingfisher, of the family Alcedinidae obviously, and would not stop going on about it.\n", "Days/Birding Minsmere.md"),
        ("# Natural history\n\n- something on the family Corvidae, Rich recommended one\n", "Lists/Reading list - natural history.md"),
        # "order" as a purchase or a sequence, a name before a noun, a list item that remarks.
        ("# Plants\n\nSome context first.\n\nRemember to order Crassulaceae cuttings from the seller in Cornwall this week.\n", "Plants/Succulents.md"),
        ("# Beetles\n\nSome context first.\n\nNew order: Carabidae, then Staphylinidae, then the rest by size.\n", "Insects/Beetle collection.md"),
        ("# Zoo\n\nSome context first.\n\nThe gorilla family, Hominidae house is new and huge this year.\n", "Zoo/Great apes.md"),
        ("# Beetles\n\n- Curculionidae — lots, mostly from the nettle patch, need labels\n- Chrysomelidae — two unidentified, ask on the forum\n", "Insects/Beetles.md"),
    ],
)
def test_a_group_named_in_a_diary_a_log_or_a_list_gets_no_card(note: str, path: str) -> None:
    assert not [c for c in extract_note(note, path).candidates if c.rule == "taxon_name"]


def test_a_group_with_a_short_stem_is_a_group_too() -> None:
    note = "# Cats\n\nSome context first.\n\nAll cats belong to the family Felidae, which split from the other carnivores long ago.\n"
    assert "Felidae" in answers(note, "Zoology/Cats.md")
