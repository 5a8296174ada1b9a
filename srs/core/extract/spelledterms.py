"""A term spelled out before its abbreviation anywhere in a sentence, then glossed.

Notes introduce a term in passing with its abbreviation in brackets and say what it is right
after: "... what limits it is the dynamic recrystallisation zone (DRZ): a band of fine grains
that ...", "... the line then shows a standing wave ratio (SWR) — the ratio of the largest to the
smallest ...", "... rated by the total harmonic distortion (THD), a measure of ...", "... the
mean free path (MFP, the average distance a particle travels between collisions) ...". The
other way round, the abbreviation comes first and its expansion in the bracket: "... what the
probe reads is the ORP (oxidation-reduction potential), a voltage that ...".

The abbreviation fixes the term's extent: the words just before the bracket whose initials give
its letters in order (``initials``), no more and no fewer. Only a gloss right after it counts: a
colon, a dash or "=" and a few words, or an article opening a noun phrase after a comma, in the
bracket or after it. A bracket that only names the thing in passing ("sent it to the World
Meteorological Organization (WMO) last week") gives nothing. Where the abbreviation comes first,
the card hides it and its expansion together, which would give each other away; a line that
opens so is a glossary entry, the line rules' to read ("BP (blood pressure) = 140/90 today").
"""

from __future__ import annotations

import re

from srs.core.extract.found import Found
from srs.core.extract.initials import spelled_out
from srs.core.extract.proseterms import NOT_MODIFIER
from srs.core.extract.sentences import cloze_text
from srs.core.extract.subjectwords import GOVERNING_PREPOSITIONS, NOT_TERM_WORDS, SECOND_PERSON
from srs.core.extract.termcards import term_card

__all__ = ["spelled_term"]

# An abbreviation opening a bracket: two to eight letters (digits and hyphens inside), at least
# two of them capitals ("SfM", "HbA1c"), then the bracket's end or a mark that opens a gloss.
_ABBREVIATION = re.compile(r"\((?P<abbr>[A-Za-z][A-Za-z0-9-]{1,7})(?=[),;:]|\s[—–]\s)")
_WORD = re.compile(r"[^\W\d_][\w'’/-]*")
# What glosses the term after the abbreviation: a colon, a dash or "=" and words, or an article
# opening a noun phrase (after the bracket's comma, or inside the bracket after a comma or dash).
_GLOSS = re.compile(
    r"\)(?::\s+\S+\s+\S+\s+\S+|\s+[—–]\s+\S+\s+\S+|\s*=\s*\S+\s+\S+|,\s+(?:an?|the)\s+[a-z]\S*\s+\S+)"
    r"|(?:[,:]|\s[—–])\s+(?:an?|the)\s+[a-z]\S*\s+\S+"
)
# An abbreviation, then its expansion alone in a bracket (no quotation: "WYSIATI ("what you see
# is all there is")" quotes a saying).
_EXPANDED = re.compile(r"(?<![\w*_`\[])(?P<abbr>[A-Z][A-Za-z0-9-]{1,7})\s+\((?P<expansion>[^()\"“”]{3,80})\)")
# What glosses the abbreviation after its bracket: as ``_GLOSS``, or a copula and an article, or
# "which" opening what it does.
_EXPANDED_GLOSS = re.compile(
    r":\s+\S+\s+\S+\s+\S+|\s+[—–]\s+\S+\s+\S+|\s*=\s*\S+\s+\S+|,\s+(?:an?|the|which)\s+[a-z]\S*\s+\S+"
    r"|\s+(?:is|are)\s+(?:an?|the)\s+\S+"
)
# The most words a spelled-out term may have (an abbreviation has at most eight letters, and
# small words such as "of" may give no letter).
_MOST_WORDS = 9


def spelled_term(text: str) -> Found | None:
    """The card hiding a term written out before its abbreviation and glossed after it (see the
    module), or None."""
    for match in _ABBREVIATION.finditer(text):
        abbreviation = match.group("abbr")
        if sum(1 for ch in abbreviation if ch.isupper()) < 2 or not _GLOSS.match(text, match.end()):
            continue
        before = text[: match.start()].rstrip(" ")
        start = _spelled_start(abbreviation, before)
        if start is None or before[start - 2 : start] in ("**", "__") or before[start - 1 : start] in ("*", "_", "[", "`"):
            continue  # (a term the writer marked is the markup rules' to read)
        if _news_after(before[:start], text[match.end() :], before[start:]):
            continue
        card = term_card(text, start, len(before), "spelled_term", not_words=NOT_TERM_WORDS, addressed=SECOND_PERSON)
        if card is not None:
            return card
    return _expanded_term(text) if ") " in text or "):" in text or ")," in text else None


def _expanded_term(text: str) -> Found | None:
    """The card hiding an abbreviation and the expansion in the bracket after it, glossed after
    the bracket, in the middle of a sentence (see the module), or None."""
    for match in _EXPANDED.finditer(text):
        abbreviation = match.group("abbr")
        if match.start() == 0 or sum(1 for ch in abbreviation if ch.isupper()) < 2 or not _EXPANDED_GLOSS.match(text, match.end()):
            continue
        span = spelled_out(abbreviation, match.group("expansion"))
        if span is None or term_card(text, match.start(), match.end("abbr"), "spelled_term", not_words=NOT_TERM_WORDS, addressed=SECOND_PERSON) is None:
            continue
        start, end = match.start("expansion") + span[0], match.start("expansion") + span[1]
        made = cloze_text(text, [(match.start(), match.end("abbr"), abbreviation), (start, end, text[start:end])])
        if made is not None:
            return Found(made[0], made[1], "spelled_term")
    return None


def _spelled_start(abbreviation: str, before: str) -> int | None:
    """Where the words that end ``before`` and spell out ``abbreviation`` start, or None: the
    nearest start whose words give all its letters and end exactly at the bracket."""
    words = list(_WORD.finditer(before))
    for word in reversed(words[-_MOST_WORDS:]):
        span = spelled_out(abbreviation, before[word.start() :])
        if span is not None and word.start() + span[1] == len(before):
            return word.start()
    return None



# Pronouns that open news rather than a gloss ("... (PTA): we raised ...").
_PRONOUNS = frozenset("we i he she they it you our my his her their this".split())
# Heads that point at a particular one instead of saying what a thing is ("the one with ...",
# "the person who signs ...").
_PARTICULAR_HEADS = frozenset("one ones person people guy".split())
# "...: the patient is stable overnight", "— the vendor sends the invoice ...": a particular
# thing's news, not a gloss.
_THING_NEWS = re.compile(r"(?:the|an?)\s+\S+\s+(?:is|are|was|were|has|had|[a-z]+s\s+(?:the|an?|its|their))\b", re.I)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _news_after(lead: str, after: str, term: str) -> bool:
    """Whether what follows a spelled-out term's abbreviation is news or a remark, not its gloss
    (a number, a pronoun, "the one ...", a particular thing's doings), or the term is a name in
    Title Case mentioned as a preposition's object without a noun phrase classifying it ("an
    ..."): an organisation, a building, a plan named in passing."""
    lead_words = [w.lower() for w in lead.split()[-2:]]
    if lead_words and lead_words[-1] in ("the", "a", "an"):
        lead_words = lead_words[:-1]
    governed = bool(lead_words) and lead_words[-1] in GOVERNING_PREPOSITIONS
    gloss = re.sub(r"^[)\s,:;=—–]+", "", after).split()
    if not gloss:
        return True
    first = gloss[0].lower()
    if first[:1].isdigit() or first in _PRONOUNS:
        return True  # "... (EF): 35%, down from ...", "... (PTA): we raised ..."
    if first in ("the", "a", "an"):
        head = next((w for w in (w.lower().strip(",;.") for w in gloss[1:4]) if w in _PARTICULAR_HEADS or w not in NOT_MODIFIER), "")
        if head in _PARTICULAR_HEADS:
            return True  # "... (EP), the one with single sign-on"
    if _THING_NEWS.match(" ".join(gloss[:5])):
        return True
    title_case = all(w[:1].isupper() for w in _NAME_WORD.findall(term) if w.lower() not in ("of", "and", "for", "the"))
    return governed and title_case and first not in ("a", "an")
