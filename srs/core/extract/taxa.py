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
("Carabidae: 14") name no group a note teaches, and neither does a diary, a log or a plan
("Spent the morning databasing sheets of the family Asteraceae", "Trap 1 → Carabidae 14"): the
caller asks only of study notes, and a sentence in the first person or telling news, a name
followed by a count or used as a modifier ("the family Hominidae house"), and "order" as a
purchase or a sequence ("order Crassulaceae cuttings", "New order: ...") are left alone.
"""

from __future__ import annotations

import re

from srs.core.extract.families import news
from srs.core.extract.filters import looks_like_date
from srs.core.extract.found import Found
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.logtitles import diary_title, names_meeting
from srs.core.extract.notecards import personal_list
from srs.core.extract.sentences import cloze_text
from srs.core.extract.titlekinds import logged_title

__all__ = ["day_noted", "may_name_taxon", "named_taxa"]

# A name of a group above the genus, perhaps in italics or bold: a capital, then a Latin stem
# and the rank's ending (animals -idae, -inae, -oidea, -iformes; plants and fungi -aceae).
_TAXON = re.compile(r"(?<![\w*_])([*_]{0,2})([A-Z][a-z]{1,}(?:idae|inae|oidea|iformes|aceae))\1(?![\w*_])")
# The word for a rank (singular: "families" lists several), up to three words before the name:
# "of the family Alcedinidae", "the weasel family, Mustelidae", "The family is Tetraodontidae",
# "its own subfamily, Mellivorinae", "family — Plethodontidae". In lower case: "Family Iguanidae —
# genera I keep mixing up" opens a line as its heading would. "order" only as a rank: "of the
# order Passeriformes", or opening a lecture's line, "order Tetraodontiformes: puffers, ...".
_RANK_BEFORE = re.compile(
    r"(?:\b(?:family|subfamily|superfamily|suborder|infraorder)|\b(?:of|in|to|into)\s+the\s+order|^order"
    r"|\border\s+(?=is\b))\b"
    r"[\s,:—–-]*(?:(?:is|was|being|called|named)\s+)?(?:\(\s*)?$"
)
# "New World vultures = Cathartidae", "walrus -> Odobenidae": a name given to what stands before.
_GIVEN_BEFORE = re.compile(r"(?:=|->|→)\s*$")
# A diary's sentence with its "I" left out: "Spent the morning databasing sheets of ...".
_PAST_OPENING = re.compile(
    r"(?:[A-Z][a-z]+ed|Spent|Went|Saw|Found|Got|Made|Took|Had|Bought|Came|Left|Met|Sat|Did|Caught|Heard)\b"
)
# What may follow a group's name: the end of a clause or a word that joins it, not a count
# ("Carabidae 14") nor a noun it qualifies ("the Hominidae house").
_AFTER_NAME = re.compile(
    r"\s*(?:$|[,.;:)\]—–(=→]|->|-\s|"
    r"(?:is|are|was|were|and|or|with|which|that|includes?|contains?|together|along|alongside)\b)"
)
# Words that open a remark, not a gloss, after an item's name: "Curculionidae — lots, mostly ...".
_REMARK_OPENERS = frozenset("lots loads many some few two three several mostly maybe probably need needs ask check".split())
# An item that opens with the name and glosses it: "- Phocidae -> "true seals", no ear flaps",
# "- Alcedininae, the river kingfishers — small ...". (A gloss in words, not a count: "Carabidae: 14".)
_ITEM_GLOSS = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|:|=|->|→|\s[—–-])\s*[\"“(]?[A-Za-z][a-z]+[\s,]+[A-Za-z\"“]"
)


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
    if FIRST_PERSON.search(text) or news(text) or _PAST_OPENING.match(text):
        return []  # "... which Dad found, of the family Alcedinidae": a day's news, not a lesson
    found: list[Found] = []
    for name in names:
        term = name.group(2)
        if term.lower() in taken:
            continue
        before = text[: name.start()]
        if _AFTER_NAME.match(text, name.end()) is None:
            continue
        placed = (
            _RANK_BEFORE.search(before, max(0, len(before) - 40)) is not None
            or _GIVEN_BEFORE.search(before[-6:]) is not None
            or (
                opening_item and not before.strip() and _ITEM_GLOSS.match(text, name.end()) is not None
                and not _remark_after(text, name.end())
            )
        )
        if not placed:
            continue
        made = cloze_text(text, [(name.start(2), name.end(2), term)])
        if made is not None:
            found.append(Found(made[0], made[1], "taxon_name"))
            taken.add(term.lower())
    return found


def _remark_after(text: str, end: int) -> bool:
    """Whether what follows an item's opening name is a remark ("— lots, mostly from the nettle
    patch", "— two unidentified, ask on the forum"), not a gloss."""
    words = text[end:].strip(" ,:=—–-→>").split(None, 1)
    return bool(words) and words[0].lower().strip(",.;") in _REMARK_OPENERS


def day_noted(title: str, planned: bool) -> bool:
    """Whether a note, by its ``title``, records days rather than teaches: a diary, a log, a
    dated note, a meeting, a personal list or (``planned``) a plan, where a group's name is what
    was seen or bought."""
    return (
        planned or looks_like_date(title) or diary_title(title) or logged_title(title) or names_meeting(title)
        or personal_list(title, (), -1)
    )
