"""A two-word title's first word as a term of its own: "# Thinset mortar" / "Thinset is a
cement-based adhesive ...". The first word names the thing and the second its kind, so a note's
first sentence may define the first word alone; it must then read as an English definition with
no writer, reader, opinion or generic head in it."""

from __future__ import annotations

import re

from srs.core.extract.frames import FIRST_PERSON, READER
from srs.core.extract.proseterms import GENERIC_HEADS, NOT_MODIFIER, PIN

__all__ = ["headed_definition", "title_head"]

# "Thinset mortar", "Marram grass": a capitalised word, then a lower-case noun naming its kind.
_HEADED_TITLE = re.compile(r"^([A-Z][a-z]{3,})\s+[a-z]{3,}$")


def title_head(title: str) -> str:
    """The first word of a two-word title whose second names a kind ("Thinset" of "Thinset
    mortar"), which a note's first sentence may define on its own; "" for other titles."""
    headed = _HEADED_TITLE.match(title)
    return headed.group(1) if headed else ""


_ENGLISH_COPULA = re.compile(r"^(?:The\s+)?\S+\s+(?:\([^()]{1,40}\)\s+)?(?:is|are|means|refers)\b")
# The title head's sentence: the head (a bracket aside), a copula, an article, the predicate.
_HEAD_PREDICATE = re.compile(
    r"^\S+\s+(?:\([^()]{1,40}\)\s+)?(?:is|are)\s+(?P<article>the|an?)\s+(?P<pred>.*)$",
    re.I | re.S,
)


def headed_definition(text: str, title: str) -> bool:
    """Whether ``text``, opening with the first word of a two-word ``title`` ("Thinset mortar" /
    "Thinset is a cement-based adhesive ..."), can define it: no writer or reader in it ("Thinset
    is a nightmare, I spent ..."), no word of order or opinion opening the predicate ("Marco is a
    great hire"), no generic head but the title's own kind word ("Partitive case" / "the case
    of ..."), and after "the" a noun pinned down ("Banana is the star here" is a recipe's aside)."""
    if FIRST_PERSON.search(text) or READER.search(text):
        return False
    match = _HEAD_PREDICATE.match(text[4:] if text.startswith("The ") else text)
    if match is None:
        return _ENGLISH_COPULA.match(text) is not None  # ("Lundi est une journée chargée, j'ai ...": English only)
    words = match.group("pred").split()
    if not words:
        return False
    first = words[0].lower()
    if first in NOT_MODIFIER or first.endswith("est"):
        return False
    if first.strip(",.") in GENERIC_HEADS and first != title.split()[-1].lower():
        return False
    if match.group("article").lower() == "the":
        pin = PIN.search(match.group("pred"), 0, 60)
        return pin is not None and len(match.group("pred")[: pin.start()].split()) <= 5
    return True
