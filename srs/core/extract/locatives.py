"""Parts named where they sit: "Below it is the watch room, where the keeper ...", "Above it lies
the accumulation zone, where snowfall exceeds ...", "Seaward of it you get embryo dunes, which are
low hummocks ...". A description of a structure walks through its parts by place; each part's
name follows the place, then a comma and what the part is or holds."""

from __future__ import annotations

import re

from srs.core.extract.found import Found
from srs.core.extract.subjectwords import NOT_TERM_WORDS
from srs.core.extract.termcards import term_card

_OPENERS = (
    "Below", "Above", "Beneath", "Under", "Behind", "Inside", "Outside", "Beside", "Next to", "Around",
    "Between", "On top", "At the top", "At the bottom", "At the base", "At the end",
)
_OPENER_WORDS = frozenset(word.split()[0] for word in _OPENERS)
# The place, the verb that sets the part there, the part's name, then what it is.
_LOCATIVE = (  # (compiled by ``re`` at its first use: few sentences open with a place)
    r"^(?:(?:Below|Above|Beneath|Under(?:neath)?|Behind|Inside|Outside|Beside|Next\s+to|Around|Between|On\s+top\s+of|"
    r"At\s+the\s+(?:top|bottom|base|end)\s+of)\s+(?:it|this|that|them|these|those|the\s+[a-z]+)"
    r"|[A-Z][a-z]+ward\s+of\s+(?:it|this|that|them|the\s+[a-z]+))\s*,?\s+"
    r"(?:is|are|lies|lie|sits|sit|comes|come|stands|stand|hangs|hang|runs|run|you\s+(?:(?:often|sometimes|usually)\s+)?(?:get|find|see))\s+"
    r"(?:(?:the|an?)\s+)?(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}),\s+(?:where|which|whose|the|an?)\s+\S+\s+\S+"
)


_NOBODY = re.compile(r"(?!)")


def placed_part(text: str) -> Found | None:
    """The card of a sentence that names a part after its place (``_LOCATIVE``), or None."""
    if text.split(None, 1)[0] not in _OPENER_WORDS and "ward of " not in text[:20]:
        return None
    match = re.match(_LOCATIVE, text)
    if match is None:
        return None
    # ("you get" is anyone who looks at the thing described: no reader addressed.)
    return term_card(text, match.start("term"), match.end("term"), "term_is", not_words=NOT_TERM_WORDS, addressed=_NOBODY)
