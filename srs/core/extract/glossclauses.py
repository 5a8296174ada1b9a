"""Whether an entry's gloss opens as a clause with a subject of its own ("Priya: will send the
deck", "Update: the server is down") rather than as a noun phrase, and whether such a clause is a
general statement that still glosses its term ("a belief is justified if ...")."""

from __future__ import annotations

import re

# A gloss that opens as a clause or a report: a finite verb or a personal pronoun among its first
# four words (a set lookup of the words, cheaper than a scan).
_CLAUSE_WORDS = frozenset("is are was were will would has have had did does do can could should must we he she they".split())
# A gloss that is a general statement with a subject of its own: an indefinite noun phrase or a
# bare lower-case noun ("a belief is justified if ...", "evil is the price of ..."), or one that
# opens with "whoever", "whatever" ("whoever is to move loses").
_GENERAL_STATEMENT = re.compile(
    r"^(?:(?:an?|any|every|each|some|many|most|all|no|few)\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*\s+(?:is|are|can|does|do)\b"
    r"|(?:whoever|whatever|whichever|wherever|whenever|how|what|when|where)\b)"
)
# Words after which "do" is the English auxiliary (a subject, "to", "not"); elsewhere it may be
# Portuguese "do" (of the): "o apoio do calcanhar".
_DO_SUBJECTS = frozenset("i we you they people to not".split())


def _clause_word(opening: list[str]) -> bool:
    """Whether the first four of a gloss's lower-case words hold a word of a clause
    (``_CLAUSE_WORDS``); the fifth only tells whether a "do" is English ("do not")."""
    if _CLAUSE_WORDS.isdisjoint(opening[:4]):
        return False  # (most glosses: one test in C)
    for k, word in enumerate(opening[:4]):
        if word in _CLAUSE_WORDS and (
            word != "do" or k == 0 or opening[k - 1] in _DO_SUBJECTS or (k + 1 < len(opening) and opening[k + 1] in ("not", "n't"))
        ):
            return True
    return False


# "evil is the price of ...": a bare subject and its verb.
_BARE_SUBJECT = re.compile(r"^[a-z][\w'-]*\s+(?:is|are|can|does|do)\b")
# "I went ...": the pronoun, not the numeral in "V to I".
_FIRST_I = re.compile(r"^(?:\S+\s+){0,3}?I\s+[a-z]")


def opens_clause(flat: str, lowered: list[str]) -> bool:
    """Whether a gloss (``flat``, its lower-case words ``lowered``) opens as a clause: a finite
    verb or a personal pronoun among its first four words, or "I" as their subject."""
    # (_FIRST_I needs "I" and a space after it: a plain gloss holds no other whitespace.)
    return _clause_word(lowered[:5]) or ("I " in flat and _FIRST_I.match(flat) is not None)


# "the relation is marked on the head", "the music is cut into segments ...": what is done to a
# thing wherever the term holds, in the present passive, then where or how.
_HOW_IT_WORKS = re.compile(
    r"^the\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*\s+(?:is|are)\s+(?:[a-z]{3,}ed|[a-z]{3,}en|split|cut|set|spread|held|kept|built|made|put)"
    r"\s+(?:on|in|into|by|as|between|across|over|onto|through|along)\b"
)


def general_statement(flat: str, term: str) -> bool:
    """Whether a gloss that opens as a clause states something general of an indefinite or bare
    subject (``_GENERAL_STATEMENT``; a bare one only for a term of two words or in lower case),
    or says how the term works in the present passive (``_HOW_IT_WORKS``, for such a term too)."""
    return _GENERAL_STATEMENT.match(flat) is not None or (
        (_BARE_SUBJECT.match(flat) is not None or _HOW_IT_WORKS.match(flat) is not None) and (len(term.split()) >= 2 or term[:1].islower())
    )
