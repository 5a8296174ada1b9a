"""The card of a plain term: the checks every rule that finds a term with no markup ends with.

The rules of ``unmarked``, ``actors`` and ``namings`` find a term by the shape of its sentence
("Détente refers to ...", "... is known as the NAIRU."). Whatever the shape, a term made of stop
words or no plausible name, a sentence about the writer, one addressed to the reader and a UI step
give no card; otherwise the card hides the term.
"""

from __future__ import annotations

import re

from srs.core.extract.filters import STOP_TERMS, plausible_term
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.found import Found
from srs.core.extract.frames import FIRST_PERSON, READER
from srs.core.extract.sentences import cloze_text

# Words after a term that stress it ("the quotient itself", "the number alone").
_INTENSIFIER = re.compile(r"(?<=\w)\s+(?:itself|themselves|alone|too|also)$")
# A possessor in lower case opening a term ("station's walkshed", "cell's resting potential").
_OWNER = re.compile(r"[a-z][\w-]*['’]s\s+")
_INDEFINITE_BEFORE = re.compile(r"(?:^|(?<=\s))[Aa]n?\s$")
NO_WORDS: frozenset[str] = frozenset()  # for rules that judge a term's words themselves
# A predicate that points back at what the note said before ("are rotations of this sphere").
_POINTS_BACK = re.compile(r"\s+(?:is|are)\s+(?:an?\s+|the\s+)?[a-z]+\s+(?:of|in|on|around)\s+(?:this|these|that|those)\s+[a-z]")


_ASIDE = re.compile(r"\s*\([^()]*\)")


_ELABORATION = re.compile(r"\s[—–]\s|:\s")


def term_card(
    text: str, start: int, end: int, rule: str, *, not_words: frozenset[str] = STOP_TERMS,
    addressed: re.Pattern[str] = READER, generic_from: int | None = None,
) -> Found | None:
    """The card hiding ``text[start:end]`` as ``rule``, or None when the term holds one of
    ``not_words`` (lower case) or is no plausible term, or when the sentence speaks of the writer
    (``FIRST_PERSON``), to the reader (``addressed``: each rule knows which pronouns address
    someone in its languages) or is a UI step. Past ``generic_from`` (where a definition's
    predicate is pinned down: "the value of the next best alternative you give up") "you" and
    "we" mean anyone and are no address."""
    term = text[start:end]
    intensified = _INTENSIFIER.search(term)
    if intensified is not None:
        # "The difference quotient itself is the slope ...": the word sets the term off, no part of it.
        term = term[: intensified.start()]
        end = start + len(term)
    owner = _OWNER.match(term) if _INDEFINITE_BEFORE.search(text, max(0, start - 4), start) else None
    if owner is not None and owner.end() < len(term):
        # "A station's walkshed is ...": whose it is, no part of the term. After "the" or none the
        # possessive names the thing ("The prisoner's dilemma", "occam's razor", "Hooke's law").
        start += owner.end()
        term = term[owner.end() :]
    if any(w.lower() in not_words for w in term.split()) or not plausible_term(term):
        return None
    # ("... (you can have one without the other)": a reader addressed in an aside is anyone.)
    probe = _ASIDE.sub("", text) if generic_from is None and "(" in text else text
    mine_from = len(text)  # where the writer's "I" and "my" no longer tell against a definition
    if generic_from is None and not probe.rstrip().endswith("?"):
        # ("A spool pin is a driver pin with a narrow waist — when ... you have to ease off ...": the
        # definition ends at its dash or colon; the reader addressed after it is told what to do,
        # the writer's remark there is the writer's. Not a question put to the reader: "Altruism is
        # a puzzle: why help at your own cost?")
        elaboration = _ELABORATION.search(probe, end)
        generic_from = elaboration.start() if elaboration is not None else None
        if elaboration is not None and probe is text:
            mine_from = elaboration.start()
    if FIRST_PERSON.search(text, 0, mine_from) or addressed.search(probe, 0, len(probe) if generic_from is None else generic_from) or is_ui_instruction(text):
        return None
    if start == 0 and _POINTS_BACK.match(text, end):
        return None  # "Single-qubit gates are rotations of this sphere.": it leans on the sentence before
    made = cloze_text(text, [(start, end, term)])
    return Found(made[0], made[1], rule) if made else None
