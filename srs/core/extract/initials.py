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
    if after[:1] == "(" and ")" in after:
        # ("bovine spongiform encephalopathy ("mad cow"), ...": an aside, then the phrase ends;
        # "Paid time off (three days) booked for June" goes on as a sentence.)
        after = after[after.index(")") + 1 :].lstrip(" ") or "."
    return (found[0].start(), found[end - 1].end()) if not after or after[0] in _PHRASE_ENDS else None


def expansion_beside(abbreviation: str, line: str, gloss: int, aside: tuple[int, int] | None) -> tuple[int, int] | None:
    """Where ``line``, an entry for ``abbreviation`` whose gloss starts at ``gloss``, spells it
    out: in the ``aside`` after it ("**FCR** (feed conversion ratio) = the feed given per kilo
    of gain"), or opening the gloss ("CTF: contrast transfer function, how defocus modulates
    contrast"). The two side by side give each other away, so a card hides both, and the rest of
    the gloss is its cue: None when that rest says nothing of what the thing is (``_cue``), and
    hiding both would leave nothing to recall them by ("ADME = absorption, distribution, ...",
    "BP (blood pressure) = 140/90 this morning", "CI: continuous integration, must be green")."""
    if aside is not None:
        # ("MUF (maximum usable frequency, dt. höchste brauchbare Frequenz) — ...": the
        # expansion, not what the aside adds to it.)
        inner = aside[0] + len(line[aside[0] : aside[1]]) - len(line[aside[0] : aside[1]].lstrip(" (（"))
        span = spelled_out(abbreviation, line[inner : aside[1]])
        found, cue = (inner + span[0], inner + span[1]) if span else None, line[gloss:]
    else:
        span = spelled_out(abbreviation, line[gloss:])
        found = (gloss + span[0], gloss + span[1]) if span else None
        # (An aside after the expansion is no part of the cue: "DPF = diesel particulate filter
        # (the sooty one), traps soot ...".)
        cue = _ASIDE.sub("", line[found[1] :].lstrip(" \"”’'")).lstrip(" ,;:.=—–-") if found else ""
    if found is None or not _cue(cue, abbreviation):
        return None
    # ("HPLC: high-performance liquid chrom., solvent ...": a shortened last word keeps its stop.)
    return found[0], found[1] + 1 if line[found[1] : found[1] + 2] == ".," else found[1]


# How a gloss goes on after an expansion when it still says what the thing is: an article, a
# quantifier or a word that opens a description ("the concentration of sludge ...", "how defocus
# modulates contrast", "whoever gives the help"); a remark, a reading or a date does not ("no
# action needed", "meeting on the 14th", "must be green before merge").
_CUE_OPENERS = frozenset("a an the any one each every how what which who whoever where when".split())


# An aside in brackets opening what follows an expansion.
_ASIDE = re.compile(r"^\s*[(（][^()（）]*[)）]")


def _cue(text: str, abbreviation: str) -> bool:
    """Whether what a gloss says after an expansion still says what the thing is (see
    ``_CUE_OPENERS``): three words or more, neither the abbreviation again nor another entry."""
    words = text.split()
    if len(words) < 3 or re.search(rf"\b{re.escape(abbreviation)}\b", text) or ": " in text:
        return False
    return words[0].lower().strip("\"“(") in _CUE_OPENERS


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
