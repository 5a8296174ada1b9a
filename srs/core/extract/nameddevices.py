"""Named tests, rules and methods announced by a colon: "The windowpane test: stretch a small
piece of dough ...", "The safe harbor rule: no penalty if ...". (Moved out of ``unmarked``, which
asks it of sentences no other rule gave a card.)"""

from __future__ import annotations

import re

from srs.core.extract.found import Found
from srs.core.extract.proseterms import NOT_MODIFIER
from srs.core.extract.termcards import term_card

# "The windowpane test: stretch ...", "The safe harbor rule: no penalty if ...": a named test,
# rule or law, a colon, and what it says or how it goes.
_NAMED_DEVICE = re.compile(
    r"^The\s+(?P<term>(?:[\w'’-]+\s+){1,3}(?:test|rule|law|effect|principle|method|technique|paradox|heuristic|"
    r"bias|fallacy|theorem|hypothesis|criterion|trick|manoeuvre|maneuver)):\s+\S+(?:\s+\S+){3}"
)


# What a diary says after the colon: a result or news ("passed first time", "results back on
# Monday", "negative again", "no phones from now on").
_NEWS_AFTER = re.compile(
    r"\b(?:was|were|got|came|went|passed|failed|booked|done|again|today|yesterday|tomorrow|tonight|now|apparently|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b",
    re.I,
)
_PAST_OPENING = re.compile(r":\s+(?:\S+\s+){0,2}?[a-z]{3,}ed\b")  # "...: passed first time", "...: results finally arrived"


def named_device(text: str) -> Found | None:
    """The card of "The <name> test/rule/law ...: <what it says>", hiding the name with its kind;
    not a diary's result ("The driving test: passed first time ...")."""
    match = _NAMED_DEVICE.match(text)
    if match is None or not match.group("term")[:1].islower() and not match.group("term")[:1].isdigit():
        return None  # ("The Weber effect: ...": a proper name a named-after rule reads)
    # ("The new rule: ...", "The first test: ...": a word of order or opinion names no device;
    # news opens what follows the colon.)
    end = match.end("term")
    if any(w.lower() in NOT_MODIFIER for w in match.group("term").split()[:-1]) or _NEWS_AFTER.search(text, end, end + 50) or _PAST_OPENING.match(text, end):
        return None
    # (After the colon, "you" is whoever runs the test or follows the rule: "stretch ... between your fingers".)
    return term_card(text, match.start("term"), match.end("term"), "term_is", generic_from=match.end("term"))
