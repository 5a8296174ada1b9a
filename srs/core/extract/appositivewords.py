"""The words of an appositive's gloss, for ``appositives``: a gerund that is a label's gloss, a
description by size or shape, a head that says nothing of what a thing is, and a gloss that is a
clause with a verb of its own."""

from __future__ import annotations

import re

from srs.core.extract.proseterms import NOT_MODIFIER

__all__ = ["FINITE", "IRREGULAR_PAST", "WORD", "clause", "sized", "vague_head", "verb_phrase"]

# What follows a verb in the past, not an adjective in "-ed": an object's article, an adverb.
_CLAUSE_FOLLOWERS = frozenset("the a an its their his her this that halfway out up down off over away again".split())
_PIN_PREPOSITIONS = frozenset("by to for in from with at as on into along between of".split())
# Heads that set the term against another, not say what it is ("the push, the opposite of ...").
_RELATIONAL_HEADS = frozenset("opposite reverse inverse".split())
_RELATIVES = frozenset("that which who whose where when whereby".split())
# Words of size and shape: "a small tool with ..." describes, where "the same as ..." does not.
_SIZE_WORDS = frozenset("small tiny little big huge long short high low thin thick".split())
# Heads that say nothing of what a thing is ("the one near the station", "the kind that ...").
_VAGUE_HEADS = frozenset("one ones thing things stuff bit bits way ways kind kinds sort sorts lot lots guy guys".split())
# A finite verb right after the gloss's noun makes a clause of it ("— the player was expected to").
FINITE = frozenset("being is are was were has have had can could will would should must may might does did do".split())
# Verbs in the past that end in no "-ed": after the gloss's noun they make a clause of it ("—
# the keynote of the morning ran an hour over").
IRREGULAR_PAST = frozenset(
    """ran went came took got gave said saw knew thought told began broke fell felt found held kept left lost
    met paid put sat sent stood won wrote grew drew rose""".split()
)
WORD = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")


def verb_phrase(words: list[str]) -> bool:
    """Whether a term's words are a gerund alone or with its particle ("pulling away"), what a
    label's gloss may be, not a term ("inbreeding depression" is one)."""
    return words[0].endswith("ing") and (len(words) == 1 or words[1] in _PARTICLES)


_PARTICLES = frozenset("away out up down off back in on over through around".split())


def sized(words: list[str]) -> bool:
    """Whether a gloss opens with an article, a word of size or shape and a noun ("a small tool
    with ...", "the long pins that ..."): a description, however plain its first adjective."""
    return len(words) >= 3 and words[1].lower() in _SIZE_WORDS and WORD.fullmatch(words[2]) is not None and words[2] not in _RELATIVES


def vague_head(word: str) -> bool:
    """Whether a gloss's first noun says nothing of what a thing is ("the one near ...", "the same
    as ...", "the opposite of ...")."""
    head = word.lower().strip(",")
    return head in _VAGUE_HEADS or head in NOT_MODIFIER or head in _RELATIONAL_HEADS


def clause(words: list[str]) -> bool:
    """Whether a gloss (its first words) is a clause with a verb of its own before any relative
    word: "the keynote of the morning ran an hour over", "the battery of the laptop died ...".
    A participle before a preposition pins the noun down ("a polymer stored in ...")."""
    for k, word in enumerate(words[1:10], 1):
        low = word.lower().strip(",;.:")
        if low in _RELATIVES or word[-1:] in ",;.:":
            return False
        following = words[k + 1].lower() if k + 1 < len(words) else ""
        if low in FINITE:
            return True
        if low in IRREGULAR_PAST and following not in _PIN_PREPOSITIONS:
            return True
        if low.endswith("ed") and k >= 2 and (following in _CLAUSE_FOLLOWERS or following.endswith("ly") or not following):
            return True  # "died halfway", "failed, ...": a verb; "closely related genomes": an adjective
        if low.endswith("ed") and k >= 2 and words[k - 1][:1].isupper() and words[k - 2][:1].isupper():
            return True  # "the Constitutional Court ruled in 1995 that ...": a named body acts
    return False
