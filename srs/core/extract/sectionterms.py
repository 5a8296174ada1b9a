"""The term a section's heading names, when it names one: "## Glycemic index", "### MoSCoW",
not "## Background", "## How it works", "## Tips for beginners", "## 3 March" or "## Notes:"."""

from __future__ import annotations

import re

from srs.core.extract.filters import is_label, looks_like_date, plausible_term
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.labelwords import heading_labels
from srs.core.extract.headings import EMOJI_PREFIX, HEADING_MARKS, SECTION_NUMBER, names_kind, names_kinds_of
from srs.core.extract.sentences import plain
from srs.core.markdown import Block

# (Letters and Roman numerals number an outline's sections too: "A. Standing", "IV. Remedies".)
_HEADING_NUMBER = re.compile(r"^(?:" + SECTION_NUMBER + r"|(?:[A-Z]|[IVX]{1,4})[.)])\s+(?=\D)")
# Headings that name a part of a text or a talk, not a concept: a section of notes about anything.
_SECTION_WORDS = frozenset(
    """background method methods methodology results result discussion conclusion conclusions recap review
    readings reading exercises exercise practice homework installation install usage setup configuration
    requirements limitations advantages disadvantages benefits drawbacks applications history criticism
    critique critiques problems problem solutions solution tasks assignment assignments lecture lectures
    session sessions slides chapter notes thoughts reflection reflections feedback next plan plans goals
    goal motivation prerequisites contents faq troubleshooting changelog features feature options settings
    syntax commands examples exemple ejemplos beispiele esempi exemplos mnemonic mnemonics misc miscellaneous
    other others general basics fundamentals details extras bonus part changes improvements fixes bugs
    divers diverses varios varias vari varie verschiedenes sonstiges overig overige
    new structure operation function functions mechanism mechanisms properties characteristics uses
    causes symptoms signs treatment diagnosis management prognosis complications""".split()
)
# Headings that ask or announce rather than name ("How it works", "Wie ...", "No longer broken", "New in 1.2").
_QUESTION_WORDS = frozenset(
    """how why what when where who which whom whose wie warum was wann wo wer welche comment pourquoi quand
    où qui quoi quel quelle cómo por qué cuándo dónde quién cual come perché quando dove chi como porque
    onde quem no not new""".split()
)
# A lecture's or a course's notes, by their title: "Dune succession — lect 3", "CE 447 week 5".
_LECTURE = re.compile(
    r"\b(?:lect(?:ure)?s?|class|course|seminar|module|lesson|wk|week|session|unit|L\d+|vorlesung|cours|clase|lezione|aula|college)\b", re.I
)
# "Tips for beginners", "Moving to Obsidian", "Default view for new tabs": a setting or a topic.
_ACTION_WORDS = re.compile(r"\b(?:for|to|with|from|into|and|vs|versus|about)\b", re.I)


# Counts that open a heading over kinds ("Two types", "Deux types", "Drei Arten", "Dos tipos").
_COUNT_WORDS = frozenset(
    """two three four five six seven deux trois quatre cinq zwei drei vier fünf dos tres cuatro cinco
    due tre quattro cinque dois três""".split()
)


def section_term(heading: Block) -> str:
    """The heading as a term when it can be one: a short name, no label, question or section name."""
    text = heading.text
    if heading.level < 2 or len(text) > 60 or text.endswith("?") or "`" in text or "[" in text:
        return ""
    term = plain(text).strip()
    # The patterns only where their first or last character stands (most headings: neither).
    if term[:1] and not term[0].isalnum():
        term = EMOJI_PREFIX.sub("", term)
    if term[1:2] in (".", ")") or term[:1].isdigit() or term[:1] in "IVX§":
        term = _HEADING_NUMBER.sub("", term)
    if term.endswith((":", "：", "—", "–", "-")):
        term = HEADING_MARKS.sub("", term).strip()
    words = term.split()
    if not words or len(words) > 4 or not plausible_term(term) or is_label(term):
        return ""
    if term[:1].islower() and (len(words) < 2 or not any(_LECTURE.search(h) for h in heading.headings)):
        # A heading in lower case is a slide's topic ("## passive", "## bulk") or a log's item
        # ("## kitchen tap"); in a lecture's notes one of two words or more names a term ("## dune slack").
        return ""
    if heading_labels(term.lower().split()):
        return ""  # "## Other things", "## Main points": a section of notes ("## Mistake" alone may be a doctrine)
    low = term.lower()
    if low in _SECTION_WORDS or words[0].lower() in _QUESTION_WORDS or _ACTION_WORDS.search(term) or names_kinds_of(term):
        return ""  # ("Parts of the flute", "Types of mechanism": a section over kinds, not a term)
    if len(words) == 2 and (words[0].isdigit() or words[0].lower() in _COUNT_WORDS) and names_kind(term):
        return ""  # "## Deux types", "## Three stages": a count of kinds, over them
    if looks_like_date(term) or is_ui_instruction(term):
        return ""
    return term
