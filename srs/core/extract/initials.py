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
    return spelled_out(abbreviation, text) is not None


def spelled_out(abbreviation: str, text: str) -> tuple[int, int] | None:
    """Where the opening words of ``text`` that spell out ``abbreviation`` start and end, or None."""
    letters = abbreviation.lower()
    found = list(_WORD.finditer(text, 0, 12 * len(letters) + 20))[: 2 * len(letters) + 2]
    words = [m.group().lower() for m in found]
    if not words or text[: found[0].start()].strip(" \"'“«(") or (words[0] in _SKIPPABLE and words[0][0] != letters[0]):
        return None  # (the expansion opens the gloss)
    end = _spells(letters, words, 0)
    if end is None:
        return None
    after = text[found[end - 1].end() :].lstrip(" ")
    return (found[0].start(), found[end - 1].end()) if not after or after[0] in _PHRASE_ENDS else None



def expansion_beside(abbreviation: str, line: str, gloss: int, aside: tuple[int, int] | None) -> tuple[int, int] | None:
    """Where ``line``, an entry for ``abbreviation``, spells it out: in the ``aside`` after it
    ("**FCR** (feed conversion ratio) = kg of feed per kg of gain"), or opening the gloss that
    starts at ``gloss`` when the gloss goes on to say more ("CTF: contrast transfer function, how
    defocus modulates contrast"). The two side by side give each other away, so a card hides
    both and the rest of the gloss is its cue. None for an expansion that is the whole gloss
    ("ADME = absorption, distribution, ..."): hiding both would leave no cue."""
    if aside is not None:
        inner = line[aside[0] : aside[1]].strip(" ()（）")
        at = line.index(inner, aside[0]) if inner else -1
        return (at, at + len(inner)) if inner and spells_out(abbreviation, inner) else None
    span = spelled_out(abbreviation, line[gloss:])
    return (gloss + span[0], gloss + span[1]) if span is not None and len(line[gloss + span[1] :].split()) >= 3 else None


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
