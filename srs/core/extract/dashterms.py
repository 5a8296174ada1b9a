"""A term glossed between dashes, or after a lead-in and a dash, in the middle of prose.

Writers who define as they go set the gloss off with an em dash::

    Soil texture — the relative proportions of sand, silt and clay particles — is a given.
    A step further: hormesis — a biphasic dose-response in which a low dose ... .
    Private citizens did it too, e.g. clipping — shaving slivers of metal off the edge of a coin.

The term stands at the start of the sentence with a second dash closing its gloss (a line "Term
— gloss" is a glossary line, read by the line rules), or after a colon, a semicolon or "e.g.". The
gloss opens as a noun phrase (an article, then a noun pinned by "of", "in which", "that" ...) or
as a gerund phrase, runs four words or more and is no opinion ("the best part of ..."). A dash
after a name and before a report ("Meeting — the usual crowd — went long") gives nothing.

A term may also stand after its article as a verb's object or complement, its gloss closed by a
second dash or the sentence's end: "What sets the pace is the cadence — the number of steps per
minute ...". Not after a preposition, whose object a dash qualifies as often as it names a term
("... runs along the grain — the direction of ..."), nor before a gloss holding a marked term.
"""

from __future__ import annotations

import re

from srs.core.extract.appositivewords import clause
from srs.core.extract.found import Found
from srs.core.extract.proseterms import NOT_MODIFIER, GENERIC_HEADS
from srs.core.extract.sentences import Sentence
from srs.core.extract.subjectwords import GOVERNING_PREPOSITIONS
from srs.core.extract.termcards import term_card

__all__ = ["dash_term"]

# The term (one to four words, no sentence mark) at the start or after a lead-in, then the dash.
_DASHED = re.compile(
    r"(?:^|[:;]\s+|\be\.g\.,?\s+|\bi\.e\.,?\s+)"
    r"(?P<term>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+[—–]\s+"
    r"(?P<gloss>(?:(?:a|an|the)\s+|[a-z]{3,}ing\s+)[^—–;]{12,})"
)
# What pins a gloss's noun down: the gloss says which thing it is, not just anything about it.
_PINNED = re.compile(r"\b(?:of|in which|by which|that|which|where|whose|used|from|between|off|for)\b")
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)


def dash_term(sentence: Sentence) -> Found | None:
    """The card hiding a term glossed after a dash (see the module docstring), or None."""
    text = sentence.text
    if "—" not in text and " – " not in text:
        return None
    for match in _DASHED.finditer(text):
        gloss = match.group("gloss")
        words = gloss.split()
        if len(words) < 4 or _PINNED.search(" ".join(words[:8])) is None:
            continue
        head = words[1].lower().strip(",") if _ARTICLE.match(gloss) else ""
        if head in GENERIC_HEADS or head in NOT_MODIFIER:
            continue  # "lunch — the best part of the day": an opinion, not what the term is
        start, end = match.start("term"), match.end("term")
        if " and " in match.group("term") or " or " in match.group("term"):
            continue  # "two ways: shade and evapotranspiration — the water ...": two things, one gloss
        if start == 0 and text[match.end() : match.end() + 1] not in ("—", "–"):
            continue  # "Variance — the average ...": a glossary line, the line rules' to read
        article = _ARTICLE.match(text, start, end)
        if article is not None:
            start = article.end()  # "the masdar — the verbal noun ...": the noun is the term
        # A capitalised word after the start of the sentence is a name ("Darwin — the man who ..."),
        # unless the whole term is capitalised at the sentence's start.
        if start > 0 and text[start].isupper() and match.group(0)[:1] not in ":;" and not text[start:end].isupper():
            continue
        card = term_card(text, start, end, "dash_gloss")
        if card is not None:
            return card
    return _introduced_dash_term(text) if " a " in text or " an " in text or " the " in text else None


# "... what sets the pace is the cadence — the number of steps per minute ...", "Each batch gets a
# cost driver — the quantity used to share its overhead out ...": a short noun phrase after its article, the
# object or the complement of a verb, then its gloss after a dash, closed by a second dash or the
# sentence's end.
_INTRODUCED = re.compile(
    r"(?:^|\s)(?P<lead>[\w'’]+)\s+(?:the|an?)\s+(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})\s+[—–]\s+"
    r"(?P<gloss>(?:(?:a|an|the)\s+|[a-z]{3,}ing\s+)[^—–;]{12,}?)(?:\s[—–]\s|[.!]?$)"
)
# Words that make the noun phrase after them their object: a restatement after a dash qualifies
# such an object as often as it names a term ("... a crack runs along the grain — the direction
# of ..."); and words no term of this shape holds.
_GOVERNING = GOVERNING_PREPOSITIONS | frozenset(
    "out off up down during after before since until despite throughout beneath among amid half and or but".split()
)
_NOT_IN_TERM = frozenset("is are was were be been and or but this that these those its their his her our my your".split())


def _introduced_dash_term(text: str) -> Found | None:
    """The card hiding a noun phrase after its article and before a dash that glosses it (see
    ``_INTRODUCED``), or None."""
    for match in _INTRODUCED.finditer(text):
        words = match.group("term").split()
        if match.group("lead").lower() in _GOVERNING or _NOT_IN_TERM.intersection(words) or words[0] in NOT_MODIFIER:
            continue
        if "**" in match.group("gloss") or "[[" in match.group("gloss"):
            continue  # "... is itself a fallacy — the **fallacy fallacy** ...": the term the writer marked
        gloss = match.group("gloss").split()
        if len(gloss) < 4 or _PINNED.search(" ".join(gloss[:8])) is None or clause(gloss):
            continue  # (not a clause of its own: "... — the battery of the laptop died halfway")
        if _ARTICLE.match(gloss[0] + " ") and not gloss[1][:1].islower():
            continue  # "brought the cheese — a Gouda from the market": a particular thing, by its name or number
        head = gloss[1].lower().strip(",") if _ARTICLE.match(gloss[0] + " ") else ""
        if head in GENERIC_HEADS or head in NOT_MODIFIER or words[-1] in GENERIC_HEADS:
            continue
        card = term_card(text, match.start("term"), match.end("term"), "dash_gloss")
        if card is not None:
            return card
    return None
