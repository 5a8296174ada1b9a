"""A definition after a lead-in clause and a colon or a dash, read as the sentence it is.

"Not to be confused with tinctures — bitters are alcohol extracts of roots used to ...", "Easy
to confuse: a tarn is a small mountain lake that ...", "The key idea here is osmosis: osmosis is
the movement of water across a membrane ...": the writer opens with a lead-in (a contrast, a
remark) and the clause after the colon or dash is a plain definition that opens with its term.
The sentence rules read a term only at the start of a sentence, so they miss it there.

Only the clause's own subject counts, judged by the same rules as any sentence's (the caller's
``read``), and the card is made on the whole sentence: the writer's "I" or the reader's "you"
anywhere before the definition still tells against it. A one-word label ("Note:", "Pro:"), a
dated or a task's lead-in and a comparison of the note's two things are no lead-in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from srs.core.extract.found import Found
from srs.core.extract.sentences import Sentence
from srs.core.extract.subjectwords import NOT_SUBJECT, NOT_TERM_WORDS, SECOND_PERSON
from srs.core.extract.termcards import term_card

# The separators that close a lead-in, looked for within a lead-in's reach of the start.
_SEPARATORS = (": ", " — ", " – ")
_LEAD_REACH = 100
# The clause after the separator: an optional article, a term of one to four words, then a copula
# or a defining verb (a cheap test before the sentence rules run).
_CLAUSE_OPENING = re.compile(
    r"(?:(?:the|an?|The|An?)\s+)?[^\W\d_][\w'’/-]*(?:\s+[\w'’/-]+){0,3}?\s+(?:is|are|means|refers)\s"
)
# Lead-ins of a diary or a to-do list: what follows is news or a task, not a definition. A
# comparison's lead-in names the note's two things, whose own rules read it ("Tarn vs lake — ...").
_NOT_LEAD = re.compile(r"\d|\b(?:today|yesterday|tomorrow|todo|to-do|update|status|done|vs|versus)\b", re.I)


def after_lead_in(sentence: Sentence, read: Callable[[Sentence], Found | None]) -> Found | None:
    """The card of the plain definition after a lead-in and its colon or dash, or None. ``read``
    is the rule that reads a sentence opening with an unmarked term (``plain_subject``)."""
    text = sentence.text
    cuts = [at for at in (text.find(sep, 0, _LEAD_REACH) for sep in _SEPARATORS) if at > 0]
    if not cuts:
        return None
    cut = min(cuts)
    lead = text[:cut]
    begin = cut + (2 if text[cut] == ":" else 3)
    # (One word before the separator is a label: "Pro: ...", "Note: ...", "Related: ..." head a
    # remark of their own kind.)
    if not 2 <= len(lead.split()) <= 12 or _NOT_LEAD.search(lead) or not _CLAUSE_OPENING.match(text, begin):
        return None
    clause = text[begin:]
    opening = clause.split(None, 2)
    if (opening[1] if opening[0].lower() in ("a", "an", "the") else opening[0]).lower() in NOT_SUBJECT:
        return None  # "...: any turnover means ...": a quantifier or a pronoun opens no term
    # The clause as a sentence of its own: its first letter capitalised, as it would stand.
    found = read(replace(sentence, text=clause[:1].upper() + clause[1:], spans=()))
    if found is None or not found.answers:
        return None
    answer = found.answers[0]
    at = clause.lower().find(answer.lower(), 0, len(answer) + 4)
    if at < 0:
        return None  # the rule hid a word past the clause's subject
    start = begin + at
    return term_card(text, start, start + len(answer), "term_is", not_words=NOT_TERM_WORDS, addressed=SECOND_PERSON)
