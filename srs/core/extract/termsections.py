"""A term note's ``## Definition`` section: the note names its term in the title (or in an alias
that spells the title out) and gives its meaning under a heading that only says "Definition".

Term notes written from a template look like this::

    ---
    aliases: [Spaced repetition]
    ---
    # sr
    ## Definition
    A learning technique in which reviews are scheduled at increasing intervals.

The heading names no term, so the heading rules skip it; the paragraph names none either, so the
sentence rules skip it too. The card hides the note's term before the section's first sentence:
"{{c1::Spaced repetition}}: A learning technique in which ...". When the first sentence names the
term itself ("Mercury is the only metal that ..."), that sentence is the card.
"""

from __future__ import annotations

import re

from srs.core.extract.filters import plausible_term
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.found import Found
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.sentences import Sentence
from srs.core.extract.structure import defined_by_sentence
from srs.core.extract.titles import title_terms

__all__ = ["definition_heading", "definition_section", "note_term"]

# A heading that announces the note's own definition, in the languages notes are written in.
_DEFINITION_HEADING = re.compile(
    r"^(?:definition|définition|definición|definição|definizione|definitie|definicja|meaning|"
    r"what\s+it\s+is|what\s+is\s+it\??)\s*:?$",
    re.I,
)
_WORDS = re.compile(r"[^\W\d_]+")


def definition_heading(text: str) -> bool:
    """Whether a heading is only the word "Definition" (or its kin): it names no term itself."""
    # Every such heading is short and opens with one of a few letters: most headings are ruled
    # out before the regex runs.
    return len(text) < 24 and text[:1] in "DdMmWw" and _DEFINITION_HEADING.match(text.strip()) is not None


def note_term(title: str, aliases: tuple[str, ...]) -> str:
    """The term a term note is about: its title without a date, emoji or kind word, or the alias
    that spells the title out ("sr" -> "Spaced repetition", "maillard" -> "Maillard reaction") or
    stands for a title that is only an id."""
    bare = title_terms(title, ())[-1].strip()
    low = bare.lower()
    for alias in aliases:
        alias = alias.strip()
        words = _WORDS.findall(alias)
        if len(words) < 2 or not plausible_term(alias):
            continue
        initials = "".join(w[0] for w in words).lower()
        # A Zettelkasten id as the file name ("202405021130") names nothing: the alias does.
        if low == initials or alias.lower().startswith(low + " ") or not _WORDS.search(bare):
            return alias
    return bare


def definition_section(sentence: Sentence, term: str) -> Found | None:
    """The card of the first sentence under a "Definition" heading of the note about ``term``."""
    text = sentence.text.strip()
    if not term or not plausible_term(term) or len(_WORDS.findall(term)) > 5 or any(ch.isdigit() for ch in term):
        return None
    named = defined_by_sentence(sentence, term, "title_definition")
    if named is not None:
        return named
    # A gloss: a plain sentence of a few words that does not name the term (a sentence that names
    # it elsewhere is read by the sentence rules), asks nothing, and is no step or aside.
    if sentence.spans or text.count(" ") < 3 or not text[:1].isalpha() or text.endswith(("?", ":")):
        return None
    # (A "{{" would break the card's cloze markup: a template's placeholder, not a definition.)
    if term.lower() in text.lower() or "http" in text or "{{" in text or FIRST_PERSON.search(text) or is_ui_instruction(text):
        return None
    return Found("{{c1::" + term + "}}: " + text, (term,), "definition_section")
