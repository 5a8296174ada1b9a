"""Parts named where they sit: "Below it is the watch room, where the keeper ...", "Above it lies
the accumulation zone, where snowfall exceeds ...", "Seaward of it you get embryo dunes, which are
low hummocks ...". A description of a structure walks through its parts by place, from the part
it has just described ("it"); each part's name follows the place, then a comma and what the part
is or holds."""

from __future__ import annotations

import re

from srs.core.extract.found import Found
from srs.core.extract.subjectwords import NOT_TERM_WORDS
from srs.core.extract.termcards import term_card

# The places, each with the word that opens it (the cheap test before the pattern).
_PLACES = ("Below", "Above", "Beneath", "Under", "Underneath", "Behind", "Inside", "Outside", "Beside", "Around", "Between", "Next to")
_PLACE_OPENINGS = tuple(place + " " for place in _PLACES)
# The place (from the part just described), the verb that sets the part there, the part's name,
# then what it is: a relative word, or an article that opens what it is ("the bottom of the rope").
_LOCATIVE = (  # (compiled by ``re`` at its first use: few sentences open with a place)
    r"^(?:(?:" + "|".join(place.replace(" ", r"\s+") for place in _PLACES) + r")\s+(?:it|this|that|them|these)|[A-Z][a-z]+ward\s+of\s+(?:it|this|them))\s*,?\s+"
    r"(?:is|are|lies|lie|sits|sit|comes|come|stands|stand|hangs|hang|runs|run|you\s+(?:(?:often|sometimes|usually)\s+)?(?:get|find|see))\s+"
    r"(?:(?:the|an?)\s+)?(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}),\s+"
    # ("which are low hummocks ...": a noun phrase; not "which is full by nine": how it is.)
    r"(?:where\s+\S+|which\s+(?:is|are)\s+(?:(?:an?|the)\s+)?(?!(?:an?|the|best|worst|nicest|favourite|mess|pain|nightmare)\b)[a-z]+\s+"
    r"(?!(?:by|at|in|on|of|for|to|from|until|since|and)\b)[a-z]+|"
    r"whose|(?:the|an?)\s+(?!\S+\s+and\b))\s*\S+"
)
# The writer after the name: a room of their own, not a part ("where we keep the chairs"). ("you"
# is anyone who uses the thing: "which is what you hold for the backstroke".)
_PEOPLE = r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\b(?!\.)"  # (compiled by ``re`` at its first use; not "i.e.", nor "US")
# No reader addressed: ``term_card``'s test of the reader, which "you get" must pass.
_NOBODY = re.compile(r"(?!)")


def placed_part(text: str) -> Found | None:
    """The card of a sentence that names a part after its place (``_LOCATIVE``), or None."""
    if not text.startswith(_PLACE_OPENINGS) and "ward of " not in text[:20]:
        return None  # (one test of the opening, no copy of the sentence: most sentences open otherwise)
    match = re.match(_LOCATIVE, text)
    if match is None or re.search(_PEOPLE, text[match.end("term") :]):
        return None
    # ("you get" is anyone who looks at the thing described: no reader addressed.)
    return term_card(text, match.start("term"), match.end("term"), "term_is", not_words=NOT_TERM_WORDS, addressed=_NOBODY)

