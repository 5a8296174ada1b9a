"""Words for actions, defined by the action: "Kerning is adjusting the space between ...",
"Rouletting is separation by cutting ...", "Overtopping is water flowing over the crest ...".
A craft names what its people do with an -ing word; a sentence that says what the action is,
with what it acts on or where, defines the word."""

from __future__ import annotations

import re

from srs.core.extract.families import news
from srs.core.extract.found import Found
from srs.core.extract.proseterms import NOT_MODIFIER
from srs.core.extract.subjectwords import NOT_TERM_WORDS, SECOND_PERSON
from srs.core.extract.termcards import term_card

# "Kerning is adjusting the space between ...", "Rouletting is separation by cutting ...": a craft's
# word for an action, defined by the action (a gerund, or a noun of action, then what it acts on).
_GERUND_SUBJECT = (  # (compiled by ``re`` at its first use: few sentences open with an -ing word and "is")
    # ("Dry brushing is ...": a lower-case word may name the way the action is done, checked below.)
    r"^(?P<term>(?:(?P<modifier>[A-Z][a-z]{2,})\s+[a-z]{2,}|[A-Z][a-z]{2,})ing(?:\s+(?:up|out|down|off|back|over|through))?)\s+is\s+(?!(?:being|going|getting|coming|doing|working|running|trying|looking|"
    r"taking|making|starting|killing|helping|becoming|happening|growing|paying|driving|winning|losing)\b)"
    # ("Earthing up is drawing soil from between the rows ...": the action's object may come first.)
    r"(?:[a-z]{3,}ing|[a-z]{3,}(?:tion|sion|ment|ance|ence))\s+(?:[a-z]{3,}\s+(?=from|into|onto|over|through|across|along|around|between))?(?:the|an?|by|of|in|from|with|into|up|out|down|off|over|"
    r"through|your|its|their|each|one|two)\s+\S+"
    # "Overtopping is water flowing over the crest ...": what acts, then its action and where.
    r"|^(?P<term2>[A-Z][a-z]{2,}ing)\s+is\s+[a-z]{3,}\s+[a-z]{3,}ing\s+(?:over|from|into|through|across|along|out|off|onto|under|around|between)\s+\S+"
)
# What is going on now, beyond the news ``families.news`` reads (days, "again", times): "Marketing
# is pushing the new launch hard this quarter", "Shipping is still running through the old
# warehouse". (Read in the main clause only, before a comma or a clause of its own: "Overtopping
# is water flowing over the crest, which is now the commonest failure" still defines.)
_GOING_ON = (
    r"\b(?:still|now|currently|(?:this|next|last)\s+(?:week|month|year|quarter|term|sprint|"
    r"weekend|season)|every\s+(?:day|morning|evening|night|week|month))\b"
)
_MAIN_CLAUSE_END = re.compile(r",\s|\s(?:which|that|so|because|when|while)\s")
# Everyday nouns in -ing, no action of a craft ("Nothing is ...", "Building is taking ...").
_NOT_GERUND_TERMS = frozenset(
    "nothing something anything everything morning evening spring king thing string building ceiling feeling "
    "meeting wedding clothing pudding timing "
    # A team's work: what it is doing, in a meeting's notes ("Catering is handling the lunch ...").
    "marketing hiring catering testing shipping parking training planning funding staffing recruiting billing "
    "accounting engineering housing cleaning booking ticketing scheduling onboarding budgeting refactoring ordering "
    "purchasing invoicing packing".split()
)


def gerund_subject(text: str) -> Found | None:
    """The card of a sentence that opens with a craft's -ing word and says what the action is
    (``_GERUND_SUBJECT``), or None: not an everyday -ing noun, nor a report of what happened."""
    match = re.match(_GERUND_SUBJECT, text)
    if match is None:
        return None
    group = "term" if match.group("term") else "term2"
    end = _MAIN_CLAUSE_END.search(text, match.end(group))
    main = text[: end.start() if end else len(text)]
    modifier = match.group("modifier") if group == "term" else None
    if modifier and (modifier.lower() in NOT_MODIFIER or modifier.lower() in NOT_TERM_WORDS):
        return None  # ("Our hiring is ...", "Some sanding is ...": whose or how much, no kind of action)
    action = next(w for w in reversed(match.group(group).split()) if w.endswith("ing"))
    if action.lower() in _NOT_GERUND_TERMS or news(main) or re.search(_GOING_ON, main):
        return None  # ("Flooding is water getting into the cellar again": what happened, not what it is)
    # (Past the action and what it acts on, "you" is whoever does it: "... until you have a ridge".)
    return term_card(
        text, match.start(group), match.end(group), "term_is", not_words=NOT_TERM_WORDS, addressed=SECOND_PERSON,
        generic_from=match.end(),
    )
