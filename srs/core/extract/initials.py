"""Abbreviations spelled out: "MLSS – mixed liquor suspended solids", "FONSI – finding of no
significant impact", "AVAD (años de vida ajustados por discapacidad)". The opening words of a
gloss give the abbreviation's letters in order, one initial a word (each part of a hyphenated word
its own), and small function words may give their initial or none."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
# Words an abbreviation may skip: "finding of no significant impact" (FONSI keeps the "of"),
# "años de vida ajustados por discapacidad" (AVAD skips "de" and "por").
_SKIPPABLE = frozenset("of the and a an for in on to by de del des du la le el los las por para di da dei delle und der die das von für".split())


def spells_out(abbreviation: str, text: str) -> bool:
    """Whether the opening words of ``text`` spell out ``abbreviation`` (see the module)."""
    letters = abbreviation.lower()
    words = _WORD.findall(text[: 12 * len(letters) + 20])[: 2 * len(letters) + 2]
    if not words or words[0].lower() in _SKIPPABLE and words[0][:1].lower() != letters[0]:
        return False
    return _spells(letters, [w.lower() for w in words])


def _spells(letters: str, words: list[str]) -> bool:
    """Whether ``words`` (from the first) give ``letters`` in order: a search over which of the
    small words give their initial. Short: an abbreviation has at most six letters."""
    if not letters:
        return True
    if not words:
        return False
    first, rest = words[0], words[1:]
    if first[0] == letters[0] and _spells(letters[1:], rest):
        return True
    return first in _SKIPPABLE and _spells(letters, rest)
