"""Plain terms named by what stands around them rather than by a verb of naming.

- A description, then the term after a dash at the sentence's end: "If the bell keeps ringing with
  no food, the response fades — extinction." The term is a noun of one or two words ending as
  abstract nouns do, not a remark ("— again", "— monarchies panicked"), in English prose without code.
- A quantity and the unit it is measured in: "Power is measured in watts; 1 W = 1 J/s."
- A work or a method that uses a named technique, glossed by an appositive whose head is a kind
  of method: "The novel uses free indirect discourse, a technique in which the narrator ...", or any
  appositive whose noun "<preposition> which" pins down: "Steels show an endurance limit, a stress
  below which they seem to survive indefinitely".
"""

from __future__ import annotations

import re

from srs.core.extract.filters import STOP_TERMS, is_ui_instruction, plausible_term
from srs.core.extract.found import Found
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.sentences import Sentence, cloze_text

_DASH_NAMED = re.compile(r"\s[—–]\s*(?P<term>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\s*[.!]?\s*$")
_NOUN_ENDING = (
    "tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "sis", "age", "ure", "ery", "ency", "ancy", "phy",
)
_MEASURED_IN = re.compile(
    r"^(?P<subject>[A-Z][a-z]+(?:\s+[a-z]+){0,2})\s+(?:is|are)\s+(?:usually\s+|typically\s+|commonly\s+|normally\s+)?"
    r"measured\s+in\s+(?P<term>[a-z]+(?:\s+[a-z]+)?)\s*(?:[;,.(]|$)"
)
# "uses X, a technique in which ...": a verb of use, the term, and an appositive headed by a kind of method.
_USES_TECHNIQUE = re.compile(
    r"\b(?:uses|used|employs|employed|relies\s+on|relied\s+on|adopts|adopted|applies|applied|exploits|pioneered|"
    r"popularised|popularized|introduces|introduced)\s+(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+(?:an?|the)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}(?:technique|method|device|strategy|approach|procedure|practice|principle|mechanism|"
    r"algorithm|form|style|mode)\s+(?:of|that|which|in\s+which|by\s+which|whereby|where|for|used)\s+\S+"
)
# "Steels show an endurance limit, a stress below which they ...": an appositive whose noun a
# preposition and "which" pin down names what the term is.
_PINNED_APPOSITIVE = re.compile(
    r"\b(?:an?|the)\s+(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*\s+(?:below|above|at|in|by|through|under|beyond|for|on|with)\s+which\s+\S+"
)
_READER = re.compile(r"\b(?:you|your|we|our)\b", re.I)


def _card(text: str, start: int, end: int, rule: str = "term_is") -> Found | None:
    term = text[start:end]
    if any(w.lower() in STOP_TERMS for w in term.split()) or not plausible_term(term):
        return None
    if FIRST_PERSON.search(text) or _READER.search(text) or is_ui_instruction(text):
        return None
    made = cloze_text(text, [(start, end, term)])
    return Found(made[0], made[1], rule) if made else None


def dash_named(sentence: Sentence) -> Found | None:
    """"..., the response fades — extinction.": hide the term the dash names."""
    text = sentence.text
    match = _DASH_NAMED.search(text)
    if match is None or len(text[: match.start()].split()) < 6:
        return None
    words = match.group("term").split()
    if len(words) > 2 or not words[-1].endswith(_NOUN_ENDING) or "`" in text or not text.replace("—", "").replace("–", "").isascii():
        return None  # "— monarchies panicked", "— same numbers": remarks, not the name of a thing
    return _card(text, match.start("term"), match.end("term"))


def measured_in(sentence: Sentence) -> Found | None:
    """"Power is measured in watts; ...": hide the unit."""
    match = _MEASURED_IN.match(sentence.text)
    if match is None:
        return None
    return _card(sentence.text, match.start("term"), match.end("term"))


def named_around(sentence: Sentence) -> Found | None:
    """The first of the namings above that the sentence holds, or None (substring tests first)."""
    text = sentence.text
    if ("—" in text or "–" in text) and (text.endswith((".", "!")) or text[-1:].isalpha()):
        found = dash_named(sentence)
        if found:
            return found
    if "measured in" in text:
        found = measured_in(sentence)
        if found:
            return found
    if ", a" in text or ", the " in text:
        if " which " in text:
            match = _PINNED_APPOSITIVE.search(text)
            if match:
                return _card(text, match.start("term"), match.end("term"))
        for verb in _USE_STEMS:
            if verb in text:
                match = _USES_TECHNIQUE.search(text)
                return _card(text, match.start("term"), match.end("term")) if match else None
    return None


# Every verb of ``_USES_TECHNIQUE`` holds one of these: most sentences hold none.
_USE_STEMS = (" use", " employ", " reli", " rel", " adopt", " appl", " exploit", " pioneer", " popular", " introduc")
