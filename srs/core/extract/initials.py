"""Abbreviations spelled out: "MLSS – mixed liquor suspended solids", "FONSI – finding of no
significant impact", "AVAD (años de vida ajustados por discapacidad)". A gloss spells out an
abbreviation when its opening words give the abbreviation's letters in order, one initial a word
(each part of a hyphenated word its own; small function words may give their initial or none),
and those words make a phrase of their own: a mark or the end of the text follows them, where a
sentence that happens to open with the letters goes on ("AB: Ana booked the room ...")."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
# Words an abbreviation may skip: "finding of no significant impact" (FONSI keeps the "of"),
# "años de vida ajustados por discapacidad" (AVAD skips "de" and "por").
_SKIPPABLE = frozenset(
    "of the and a an for in on to by de del des du la le el los las por para di da dei delle und der die das von für".split()
)
# What may follow an expansion: a mark that ends the phrase, or the end of the text.
_PHRASE_ENDS = frozenset(",;:.)\"'”»—–-=/·")


def spells_out(abbreviation: str, text: str) -> bool:
    """Whether the opening words of ``text`` spell out ``abbreviation`` (see the module)."""
    letters = abbreviation.lower()
    found = list(_WORD.finditer(text, 0, 12 * len(letters) + 20))[: 2 * len(letters) + 2]
    words = [m.group().lower() for m in found]
    if not words or text[: found[0].start()].strip(" \"'“«(") or (words[0] in _SKIPPABLE and words[0][0] != letters[0]):
        return False  # (the expansion opens the gloss)
    end = _spells(letters, words, 0)
    if end is None:
        return False
    after = text[found[end - 1].end() :].lstrip(" ")
    return not after or after[0] in _PHRASE_ENDS



def _spells(letters: str, words: list[str], at: int) -> int | None:
    """How many of ``words`` give ``letters`` in order from ``at`` (the index after the last word
    used), or None: a search over which of the small words give their initial. Short: an
    abbreviation has at most six letters."""
    if not letters:
        return at
    if at >= len(words):
        return None
    word = words[at]
    if word[0] == letters[0]:
        end = _spells(letters[1:], words, at + 1)
        if end is not None:
            return end
    return _spells(letters, words, at + 1) if word in _SKIPPABLE else None
