"""Commas inside a glossing noun phrase: an aside, or adjectives listed one after another.

A glossary-style opening often stacks its modifiers with commas or sets an aside between them
before what pins the noun down ("A small carved box, usually of lacquered wood, that holds ...",
"Dry, crumbly, aged cheese used for grating ..."). The shape tests of a gloss read one noun
phrase and its pin; these commas hide that shape, so they are read away first.
"""

from __future__ import annotations

import re

__all__ = ["noun_phrase_commas"]

# ", usually of lacquered wood, that holds ...": an aside between commas, right before the word
# that pins the noun (a relative word, or "used"/"made" ...).
_COMMA_ASIDE = re.compile(
    r",\s+[^,;:.]{2,60}?,\s+(?=(?:that|which|who|whose|where|(?:in|by|at|on|through|from)\s+which|used|made)\s)"
)
# "Dry, crumbly, aged cheese ...", "Mostly nocturnal, solitary rodents ...", "Slow, careful
# sanding and polishing ...": the modifiers listed before the noun, of which the last is kept.
# (Only when a lower-case word follows: "Paris, Texas" or "Oslo, Bergen and ..." list names.)
_LISTED_MODIFIERS = re.compile(
    r"^(?P<article>(?:The|An?)\s+)?(?(article)[a-z]|[A-Z])[\w'’-]*(?:\s+[a-z][\w'’-]*)?,\s+(?:[a-z][\w'’-]*,\s+)*(?:[a-z][\w'’-]*\s+(?:and|or)\s+)?(?=[a-z][\w'’-]*\s+[a-z])"
)


# Heads of a diary's or a log's noun phrase: an occasion, not a thing a term names ("Quiet, rainy
# morning spent reading ...", "A long day, mostly workshops, that ended ..."). Its commas stay, and
# the gloss tests read it as written.
_OCCASIONS = frozenset(
    """day days morning mornings afternoon evening evenings night nights week weekend weekends month
    walk walks trip trips visit visits session sessions lunch dinner breakfast meeting meetings call
    calls party ride rides run runs hike hikes outing shift shifts weather""".split()
)


def noun_phrase_commas(text: str, listed: bool) -> str:
    """``text`` with an aside between commas taken out before the word that pins its noun, and
    (``listed``: the note declares its title, whose gloss may be written as a glossary's) a list of
    modifiers at its start cut to the last one ("Dry, crumbly, aged cheese" -> "Aged cheese", "A
    small, round stone" -> "A round stone")."""
    if not _OCCASIONS.isdisjoint(re.findall(r"[a-z]+", text[: text.find(",") + 30].lower())):
        return text
    text = _COMMA_ASIDE.sub(" ", text, count=1)
    if listed:
        listed_at = _LISTED_MODIFIERS.match(text)
        if listed_at is not None:
            rest = text[listed_at.end() :]
            # (The article stays: "A small, round stone ..." is read as "A round stone ...".)
            text = listed_at.group("article") + rest if listed_at.group("article") else rest[:1].upper() + rest[1:]
    return text
