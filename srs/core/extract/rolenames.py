"""Things named for the role they play, then spelled out after a colon: "The result is a prefix
code: no codeword is the beginning of another", "End products are melanoidins: large brown
polymers ...". The name is the term; the subject only says what part the thing plays."""

from __future__ import annotations

import re

from srs.core.extract.entryglosses import COMMAND_VERBS
from srs.core.extract.filters import plausible_term
from srs.core.extract.found import Found
from srs.core.extract.proseterms import NOT_MODIFIER
from srs.core.extract.termcards import term_card
from srs.core.extract.unmarked import EMPTY_HEADS, NOT_SUBJECT, SECOND_PERSON

# "The result is a prefix code: ...", "End products are melanoidins: ...", "Its characteristic flaw
# is recoil: ...": a subject that names the role a thing plays, a copula, the thing's name of up
# to four words, then a colon and what the name covers.
_ROLE_NAMED = (  # (compiled by ``re`` at its first use: few sentences hold a colon after a copula)
    r"^(?:(?:The|Its|Their|His|Her|This|Our)\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?"
    # (Not "result" or "outcome", which report a match or a vote: "The result is a draw: ...".)
    r"(?:product|products|flaw|evidence|example|idea|fix|remedy|cure|solution|mechanism|culprit|"
    r"technique|trick|move|tool|test|method|strategy|principle)\s+(?:is|are)\s+(?:(?P<article>an?|the)\s+)?"
    r"(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}|[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}):\s+\S+(?:\s+\S+){3}"
)


def role_named(text: str) -> Found | None:
    """The card of a sentence that names the thing playing a role, then spells it out after a
    colon (``_ROLE_NAMED``): the name is the term. Not an empty word ("The problem is time: ..."),
    an adjective or an adverb ("The result is obvious: ...", "The cure is mostly ..."), nor steps."""
    match = re.match(_ROLE_NAMED, text)
    if match is None:
        return None
    words = match.group("term").lower().split()
    if words[-1] in EMPTY_HEADS or words[0] in NOT_MODIFIER or not plausible_term(match.group("term")):
        return None
    term = match.group("term")
    if term[:1].isupper() and not term.split()[0].isupper():
        return None  # "The main tool is Excel: ...", "The name is Rex: ...": a name, not a term
    if words[0].endswith("ly") or (
        len(words) == 1 and match.group("article") is None and (len(words[0]) < 6 or words[0].endswith(_ADJECTIVE_ENDINGS))
    ):
        return None  # "The evidence is weak: ...", "The move is risky: ...": how it is, not what
    after = text[match.end("term") + 1 :].split(None, 1)[:1]
    if after and after[0].lower().strip(",;") in COMMAND_VERBS:
        return None  # "The fix is simple: restart the router ...": steps, no name
    return term_card(text, match.start("term"), match.end("term"), "known_as", not_words=NOT_SUBJECT, addressed=SECOND_PERSON)


# Endings of English adjectives: a predicate of one such word says how the thing is ("obvious").
_ADJECTIVE_ENDINGS = ("ous", "ful", "ive", "able", "ible", "ic", "al", "ent", "ant", "less", "ple", "ear", "asy", "ard", "y")
