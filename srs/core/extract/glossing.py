"""What glossary rules built from blocks share: the card of a term and its gloss, and the words
that tell a gloss from a report or a step."""

from __future__ import annotations

import re

from srs.core.extract.filters import plausible_term
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.rules import Found
from srs.core.extract.sentences import clean_card_text, cloze_text, plain

# Articles that open a noun phrase gloss written in capitals ("The bending of light ...").
ARTICLES = frozenset("a an the der die das ein eine le la les un une el los las il lo gli uno una o os um uma het een".split())
NUMBER_MARK = re.compile(r"^\d{1,3}[.)]\s+|\s*[:：]$")
# A body that reports or instructs ("finished the page", "I think ...", "We met ..."). A lower-case
# participle before a noun describes instead ("programmed, orderly cell death", "uncontrolled
# growth"): it reports only when an object or particle follows ("finished the page", "moved it up").
REPORT = re.compile(
    r"^(?:[A-Z][a-z]*ed|[a-z]+ed(?=\s+(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|it|them|"
    r"him|me|us|up|out|on|off|to|with|some|all|over|back|down)\b)|I|We|You|He|She|They|It|My|Our|Your|See|Click|"
    r"Open|Tap|Press|Select)\b"
)
SENTENCE_STOP = re.compile(r"[.!?。！？](?:\s|$)")
STATUS = re.compile(r"^(?:is|are|was|were|will|would|has|have|had|can|could|should|now|no|not)\b")


def first_sentences(body: str, limit: int = 2) -> str:
    """The body up to its ``limit``-th sentence end."""
    count = 0
    for match in SENTENCE_STOP.finditer(body):
        count += 1
        if count == limit:
            return body[: match.start() + 1]
    return body


def gloss(term: str, body: str, rule: str, least: int = 2) -> Found | None:
    """"{{c1::Term}}: body" (the body's first two sentences), or None when the term is no term or
    the body reports, instructs, asks or is too short (under ``least`` words) or long to be a
    gloss. A vocabulary list glosses in one word ("perro — dog"): ``least`` 1 there."""
    term = plain(term).strip()
    body = clean_card_text(first_sentences(body.strip()))
    words = plain(body).split()
    if not plausible_term(term) or len(term.split()) > 6 or not least <= len(words) <= 50 or "{{" in body:
        return None
    if len(words) == 1 and plain(body).strip(" .").lower() == term.lower():
        return None
    if is_ui_instruction(body) or FIRST_PERSON.search(body) or body.endswith("?"):
        return None
    made = cloze_text(f"{term}: {body}", [(0, len(term), term)])
    return Found(made[0], made[1], rule) if made else None
