"""Questions that ask what a term means ("What is heartwood?", "What does *rubato* mean?", "Qu'est-ce
que la rétrogradation ?", a card's front that is only the term): where the term stands, for
``qa`` and ``questions``, and how long an answer must be to define it."""

from __future__ import annotations

import re

from srs.core.extract.filters import is_exercise, is_label, plausible_term
from srs.core.extract.labelwords import LINE_LABELS

__all__ = ["DEFINITION_WORDS", "asked_term"]


# "What is heartwood?", "What's a ring-porous wood?", "Headway" (a card's front that is only a
# term): a question that asks what a term means, the term of one to four words.
# The term may stand in quotes or emphasis ("What does "ullage" mean?"), and the question may go
# on with an aside or a second question ("What is scrambling (as a stat)?", "What is decanting
# and why do we do it?"). "What does it mean to get "up and down"?" asks for a quoted phrase.
_ASKS_TERM = (  # (compiled by ``re`` at its first use: only long answers ask for it)
    r"^(?:(?:[Ww]hat(?:'s|’s|\s+is|\s+are)|[Dd]efine)\s+(?:(?P<the>an?|the)\s+)?[\"“*_]?(?P<term>(?!meant\s)[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}?)[\"”*_]?"
    r"(?:\s+\([^()]{1,30}\)|\s+and\s+(?:why|how|what|when|where)\b[^?]{0,60})?(?:\s+(?:then|again|exactly|anyway))?\s*[?:]?"
    r"|[Ww]hat\s+does\s+(?:(?P<the2>an?|the)\s+)?[\"“*_]?(?P<meant>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}?)[\"”*_]?\s+mean\s*\?"
    r"|What\s+does\s+it\s+mean\s+to\s+(?:be\s+|get\s+|have\s+|go\s+)?[\"“](?P<quoted>[^\W\d_][^\"”]{1,40})[\"”]\s*\?"
    # "What do dealers mean by the orient of a pearl?", "What is meant by bulking?": what a field's
    # people mean by a term (what it belongs to may follow).
    r"|What\s+(?:do\s+[a-z]+|does\s+[a-z]+|is|are)\s+mean[t]?\s+by\s+(?:(?:an?|the)\s+)?[\"“*_]?(?P<by>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}?)[\"”*_]?"
    r"(?:\s+(?:of|in|for|on)\s+[^?]{1,30})?\s*\?"
    # The same in Spanish, French, Portuguese, Italian and German: "¿Qué es el desgasificado?",
    # "Qu'est-ce que la rétrogradation ?", "O que é a ...?", "Che cos'è il ...?", "Was ist ein ...?".
    r"|(?:¿\s*(?:Qué\s+(?:es|son|significa)|Que\s+es)|Qu['’]est-ce\s+qu(?:e\s+|['’])|Que\s+signifie|O\s+que\s+(?:é|são|significa)"
    r"|(?:Che\s+)?[Cc]os['’]è|Cosa\s+(?:è|significa)|Was\s+(?:ist|sind|bedeutet))\s*"
    r"(?:(?:el|la|los|las|lo|un|una|le|les|o|a|os|as|um|uma|il|gli|ein|eine|der|die|das)\s+|l['’]\s*)?"
    r"[\"“«*_]?(?P<other>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}?)[\"”»*_]?\s*\?"
    # ("Baroque pearl?", "And bank cushion?": a card's front that is the term and a question mark.)
    r"|(?:And\s+(?:(?:an?|the)\s+)?)?(?P<front>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s*[:?]?)$"
)
# Words that make a question ask for something else than a term's meaning ("What is the capital of ...",
# "What is happening ...?", "¿Qué es eso?", "Qu'est-ce que tu fais ?", "Was ist los?").
_NOT_ASKED = frozenset(
    """of called for in on at by to from with stand stands when where which who how why and or but happening going wrong
    eso esto aquello ello tu tú te je il elle on nous vous ils elles ça cela ceci isso isto aquilo você questo quello
    ciò es er sie dies los""".split()
)
# An answer this long defines: the question's term is what the card hides.
DEFINITION_WORDS = 8


def asked_term(question: str) -> tuple[int, int] | None:
    """Where the term stands in a question that asks what it means (``_ASKS_TERM``): "What is
    heartwood?", "What does *rubato* mean?", a card's front that is only the term ("Headway");
    None for any other question."""
    asked = re.match(_ASKS_TERM, question)
    if asked is None:
        return None
    group = next(name for name in ("term", "meant", "quoted", "by", "other", "front") if asked.group(name) is not None)
    term = asked.group(group)
    words = term.lower().split()
    # (A quoted phrase is a term whatever its words: "up and down".)
    if (group != "quoted" and not _NOT_ASKED.isdisjoint(words)) or not plausible_term(term) or is_label(term):
        return None  # "What is the capital of Peru?", "What does DAW stand for?": not a term's meaning
    if (asked.group("the") or asked.group("the2")) and len(words) == 1 and words[0] in LINE_LABELS:
        return None  # "What is the treatment?", "the mechanism?": a question about the case at hand
    if group == "front" and is_exercise(term):
        return None  # "Explain osmosis": an exercise, not a term
    if group == "front" and question.rstrip().endswith("?") and (len(words) > 3 or words[-1].endswith("ed")):
        return None  # "I riquadri sono riducibili?", "Budget approved?": a sentence, not a term
    return asked.start(group), asked.end(group)
