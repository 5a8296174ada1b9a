"""A term restated after "i.e." in the middle of a sentence.

Notes name a thing in passing and say what it is right after: "Fix: counter-bracing, i.e. a
second diagonal that ...", "wet soil → slumping, i.e. the bank slides down in one piece", "the
river cuts off the bend — an oxbow, i.e. a lake left behind when ...". (A sentence that opens
with the term is ``subjects.glossed_subject``'s.)

The term's extent is what is hard to tell in running text, so only a short noun phrase of one to
three words in lower case counts, and only where something marks where it starts: a colon, an
arrow or a dash, or an article after one of those or a verb ("... is a wedge, i.e. ..."), never
after a preposition, whose object a restatement qualifies as often as it names it ("the grain
runs along a woven fabric, i.e. parallel to ..."). The restatement must open with a word that
can say what the thing is, not a number, a preposition or a pronoun ("... a bit later, i.e.
from the ...", "..., i.e. it ...").
"""

from __future__ import annotations

import re

from srs.core.extract.found import Found
from srs.core.extract.subjectwords import GOVERNING_PREPOSITIONS, NOT_TERM_WORDS, SECOND_PERSON
from srs.core.extract.termcards import term_card

__all__ = ["restated_term"]

_RESTATED = re.compile(r",\s+i\.\s?e\.,?\s+(?P<first>[^\W\d_][\w'’-]*)\s+\S+")
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[a-z][\w'’/-]*")
# Marks that end what comes before a term.
_LEADS = frozenset({"→", "->", "—", "–", "=>"})
_ARTICLES = frozenset({"a", "an"})
# Words a term of this shape never holds: an article, a preposition, a copula or a possessive
# (the words before them belong to the sentence, not to the term).
_NOT_IN_TERM = frozenset(
    "the a an this that these those of by on in at from with to for into onto via through over under about around "
    "between is are be was were its their his her our my your and or but".split()
)
# First words of a restatement that say no more what the thing is.
_NOT_GLOSS = frozenset(
    "from in on at with by for to into about around roughly approximately because when where what how why who which "
    "it its they them we you i he she this that these those not no only just so".split()
)
_MOST_WORDS = 3
# One-word labels of a day's or a status's note ("Wednesday: rain, i.e. ...").
_DATE_LABELS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow status weather mood".split())


def restated_term(text: str) -> Found | None:
    """The card hiding a short term restated after ", i.e." (see the module), or None."""
    for match in _RESTATED.finditer(text):
        if match.group("first").lower() in _NOT_GLOSS:
            continue
        start = _term_start(text[: match.start()])
        if start is None:
            continue
        label = text[:start].split()
        label = label if len(label) == 1 else []
        if label and label[0].endswith(":") and label[0].rstrip(":").lower() in _DATE_LABELS:
            continue  # "Wednesday: rain, i.e. ...": a day's note
        if any(ch.isdigit() for ch in " ".join(text[match.end("first"):].split()[:3])) or match.group("first").lower() in ("another", "more", "less", "same"):
            continue  # "acidic, i.e. pH around 5.5": a value
        if " " not in text[start:match.start()].strip() and text[start:match.start()].strip().endswith(("ed", "ic")):
            continue  # "Status: blocked, i.e. ...": a state, not a thing
        card = term_card(text, start, match.start(), "restated_term", not_words=NOT_TERM_WORDS, addressed=SECOND_PERSON)
        if card is not None:
            return card
    return None


def _term_start(before: str) -> int | None:
    """Where the term that ends ``before`` starts, or None: the last one to three words in lower
    case, after a lead mark or an article that no preposition governs."""
    tokens = list(_TOKEN.finditer(before))
    for count in range(1, min(_MOST_WORDS, len(tokens) - 1) + 1):
        word = tokens[-count]
        if not _WORD.fullmatch(word.group()) or word.group() in _NOT_IN_TERM:
            return None
        lead = tokens[-count - 1].group()
        if lead.endswith(":") or lead in _LEADS:
            return word.start()
        if lead.lower() in _ARTICLES:
            governing = tokens[-count - 2].group().lower() if count + 2 <= len(tokens) else ""
            return None if governing in GOVERNING_PREPOSITIONS else word.start()
    return None
