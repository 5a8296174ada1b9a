"""The name of a family, an order or a subfamily of living things, named where a note places its
subject in the tree of life.

Biology notes place a plant or an animal by naming its group, and a careful reader learns that
name: "A kingfisher is any bird of the family Alcedinidae", "the largest member of the weasel
family, Mustelidae", "The family is Tetraodontidae", "- Phocidae -> "true seals", no ear flaps",
"New World vultures = Cathartidae". A zoological or botanical name above the genus has a fixed
ending (-idae, -inae, -oidea, -iformes, -aceae), so it is told apart from other capitalised
words by its shape alone. It becomes a card only where the sentence says it is a group's name:
after the word "family", "subfamily", "order" (or "superfamily", "suborder") a few words before,
after "=" or an arrow, or opening a list item that glosses it. A list of several families ("the
cribellate families: Deinopidae, Uloboridae, Amaurobiidae") and a count in a field log
("Carabidae: 14") name no group a note teaches.
"""

from __future__ import annotations

import re

from srs.core.extract.found import Found
from srs.core.extract.sentences import cloze_text

__all__ = ["named_taxa", "may_name_taxon"]

# A name of a group above the genus, perhaps in italics or bold: a capital, then a Latin stem
# and the rank's ending (animals -idae, -inae, -oidea, -iformes; plants and fungi -aceae).
_TAXON = re.compile(r"(?<![\w*_])([*_]{0,2})([A-Z][a-z]{3,}(?:idae|inae|oidea|iformes|aceae))\1(?![\w*_])")
# The word for a rank (singular: "families" lists several), up to three words before the name:
# "of the family Alcedinidae", "the weasel family, Mustelidae", "The family is Tetraodontidae",
# "its own subfamily, Mellivorinae", "family — Plethodontidae". In lower case: "Family Iguanidae —
# genera I keep mixing up" opens a line as its heading would.
_RANK_BEFORE = re.compile(
    r"\b(?:family|subfamily|superfamily|order|suborder|infraorder)\b[\s,:—–-]*(?:(?:is|was|being|called|named)\s+)?(?:\(\s*)?$"
)
# "New World vultures = Cathartidae", "walrus -> Odobenidae": a name given to what stands before.
_GIVEN_BEFORE = re.compile(r"(?:=|->|→)\s*$")
# An item that opens with the name and glosses it: "- Phocidae -> "true seals", no ear flaps",
# "- Alcedininae, the river kingfishers — small ...". (A gloss in words, not a count: "Carabidae: 14".)
_ITEM_GLOSS = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|:|=|->|→|\s[—–-])\s*[\"“(]?[A-Za-z][a-z]+[\s,]+[A-Za-z\"“]")


def may_name_taxon(text: str) -> bool:
    """The cheap test before ``named_taxa``: whether ``text`` holds a rank's ending at all."""
    return "idae" in text or "inae" in text or "oidea" in text or "formes" in text or "aceae" in text


def named_taxa(text: str, opening_item: bool, taken: set[str]) -> list[Found]:
    """Cards hiding each group name ``text`` gives as a group's (see the module's docstring);
    ``opening_item``: ``text`` opens a list item; ``taken``: answers (lower case) the sentence's
    other cards hide already."""
    names = list(_TAXON.finditer(text))
    if not names or len(names) > 2:
        return []  # (three names or more: a list of groups, none of them taught)
    found: list[Found] = []
    for name in names:
        term = name.group(2)
        if term.lower() in taken:
            continue
        before = text[: name.start()]
        placed = (
            _RANK_BEFORE.search(before[-40:]) is not None
            or _GIVEN_BEFORE.search(before[-6:]) is not None
            or (opening_item and not before.strip() and _ITEM_GLOSS.match(text, name.end()) is not None)
        )
        if not placed:
            continue
        made = cloze_text(text, [(name.start(2), name.end(2), term)])
        if made is not None:
            found.append(Found(made[0], made[1], "taxon_name"))
            taken.add(term.lower())
    return found
