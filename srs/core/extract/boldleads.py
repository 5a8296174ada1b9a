"""Bold terms leading sentences inside paragraphs: a glossary written as running prose.

    **Race condition.** The result depends on the timing of threads ... **Deadlock.** Two or more
    threads each wait for a lock the other holds.

    **Mutex.** A lock that only one thread can hold at a time.

The paragraph rules read a bold term that opens each paragraph; here several terms share one
paragraph, so each sentence that opens with a bold term and a stop, a colon or a dash is an entry.
One such sentence is as often a label ("**Update.** We moved ..."), so the note must hold three
entries or more, with distinct terms, and two thirds of its bold-led sentences must be entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from srs.core.extract.filters import is_label
from srs.core.extract.glossing import ARTICLES, REPORT, gloss
from srs.core.extract.rules import Found

__all__ = ["BoldLead", "bold_lead", "accepted_leads"]

# "**Term.** Body", "**Term:** body", "**Term** — body", "**Term**: body".
_LEAD = re.compile(
    r"^(?:\*\*|__)(?P<term>[^*_\n]{1,50}?)(?P<inner>[.:：])?(?:\*\*|__)"
    r"(?(inner)[ \t]+|[ \t]*(?:[.:：]|[—–])[ \t]+)(?P<body>\S.*)$",
    re.S,
)


_COUNTS = frozenset("one two three four five several many most some any each every all both".split())
# The reader addressed, or asked: a request, not a gloss.
_ADDRESS = re.compile(r"\b(?:you|your|please|du|dich|dein|bitte|vous|tu|usted|voi|jij|je)\b", re.I)


@dataclass(frozen=True)
class BoldLead:
    """One sentence led by a bold term: its card, or None when it reads as a label or a report."""

    term: str
    found: Found | None


def bold_lead(text: str) -> BoldLead | None:
    """The entry a sentence opening with a bold term makes, or None when it has no such shape."""
    match = _LEAD.match(text)
    if match is None:
        return None
    term, body = match.group("term").strip(), match.group("body").strip()
    if is_label(term) or REPORT.match(body) or len(term.split()) > 5:
        return BoldLead(term, None)
    if re.search(r"(?<!\w)" + re.escape(term.lower()) + r"(?!\w)", body.lower()):
        return BoldLead(term, None)  # "**Bold.** Makes the text bold.": an option names itself
    # A gloss opens in lower case after a colon or a dash, or with an article or a count ("A lock
    # that ...", "Two or more threads ..."); "**Speaker**: Prof. Haddad", "**Security.** If you
    # find ..." and "**Für Fehlerberichte** ..." are labels before notes and requests.
    first = body.split(None, 1)[0].lower()
    if not (body[:1].islower() or first in ARTICLES or first in _COUNTS) or _ADDRESS.search(body):
        return BoldLead(term, None)
    return BoldLead(term, gloss(term, body, "glossary_paragraph", least=4))


def accepted_leads(leads: list[BoldLead]) -> bool:
    """Whether a note's bold-led sentences make a glossary (see the module's docstring)."""
    entries = [lead for lead in leads if lead.found is not None]
    terms = {lead.term.lower() for lead in entries}
    return len(entries) >= 3 and len(terms) == len(entries) and 3 * len(entries) >= 2 * len(leads)
