"""A note's ``description`` property glossing its title term ("description: Non-selective beta
blocker used for hypertension ..."): the card hides the title before the description."""

from __future__ import annotations

import re

from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.found import Found
from srs.core.extract.titles import bare_title, title_words

# A property glossing the note's term: "description: Non-selective beta blocker used for ...".
_DESCRIPTION = re.compile(r"^(?:description|summary|definition):[ \t]*[\"']?(?P<text>[^\n\"']{12,200})[\"']?[ \t]*$", re.M)
# A noun phrase pinned down, as a gloss is written: an optional article, up to three words (lower
# case after the first), its head, then what pins it ("used for", "that", "of" ...).
_NOUN_GLOSS = re.compile(
    r"^(?:(?:The|An?)\s+)?(?:[A-Za-z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)\s+"
    r"(?:that|which|who|whose|of|used|for|where|whereby|between|made|given|caused|produced|(?:in|by|through)\s+which)\s+\S+"
)
_POINTERS = ("This ", "These ", "Here ", "That ")
# Heads of a template's placeholder or a page's blurb ("A brief description of the note").
_BLURB_HEADS = frozenset("description summary overview introduction guide list collection note notes page set bunch".split())


def described_title(title: str, front_matter: str | None) -> Found | None:
    """"{{c1::Propranolol}}: Non-selective beta blocker used for hypertension ...": the note's
    ``description`` property glosses its title term with a pinned noun phrase (not "Learn how to
    ...", "This page explains ...", "Obsidian Sync is a service ..."), naming neither it nor the writer."""
    if not front_matter or ("description:" not in front_matter and "summary:" not in front_matter and "definition:" not in front_matter):
        return None
    match = _DESCRIPTION.search(front_matter)
    if match is None:
        return None
    text = match.group("text").strip()
    term = bare_title(title)
    gloss = None if text.startswith(_POINTERS) else _NOUN_GLOSS.match(text)
    if gloss is None or gloss.group("head") in _BLURB_HEADS or not title_words(term):
        return None
    if term.lower() in text.lower() or FIRST_PERSON.search(text) or "{{" in text or "`" in text:
        return None
    if not text.endswith((".", "!", "?")):
        text += "."
    return Found("{{c1::" + term + "}}: " + text, (term,), "title_gloss")
