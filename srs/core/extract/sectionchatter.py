"""Sections that log a day rather than gloss a term: a plan's times and rooms, a trip's legs, a
recipe's steps, a review's verdicts. Sibling headings read as a glossary
(``structure.heading_glossary``) are none when most of their sections open like this: "## Beginner
level" / "Mondays 6pm, room 204.", "## First stage" / "Flew to Lisbon ...", "## Bottom layer" /
"Bake the sponge for 25 minutes ...", "## Sony review" / "Great noise cancelling, but ..."."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["mostly_chatter"]

_CHATTER = re.compile(
    # A clock, a weekday, a room, a quarter: when and where, not what.
    r"\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|\b\d{1,2}:\d\d\b|\bat\s+\d{1,2}\b(?![.,]\d)|\buntil\s+(?:noon|midnight|\d)"
    r"|(?-i:\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b)|\broom\s+\d{2,}|\bQ[1-4]\b"
    # A rating: "8/10", "4.5/5".
    r"|\b\d+(?:\.\d+)?\s?/\s?(?:5|10|100)\b"
    # A verdict, as the section opens ("Great noise cancelling, but ..."; a kind's gloss may end
    # in one: "... Great for groups of 6+").
    r"|^(?-i:(?:Great|Good|Nice|Very|Pretty|Terrible|Excellent|Decent|Awesome|Amazing|Seamless|Meh)\b)",
    re.I,
)
# A log's past ("Flew to Lisbon ...", "Back home on Sunday"), a recipe's steps and times ("Bake
# for 25 minutes"): glosses of a procedure's kinds open this way too ("## Wet granulation" / "Mix
# the powder with ..."), so only headings that need their title to read as kinds are judged by them.
_LOGGED = re.compile(
    r"\b\d+\s+(?:minutes|mins|hours|hrs|nights)\b"
    r"|(?:^|[.!?;]\s+)(?:Flew|Went|Stayed|Arrived|Left|Back|Drove|Took|Visited|Met|Had|Got|Bought|Came|Bake|"
    r"Spread|Whip|Mix|Stir|Add|Pour|Fold|Roast|Chop|Slice|Blend|Boil|Simmer|Fry|Knead|Serve|Preheat|Whisk|Melt|"
    r"Sprinkle|Bring)\b"
)


_INDEFINITE = re.compile(r"An?\s")


def _gloss(card_text: str) -> str:
    """A section card's text after its hidden heading term."""
    return card_text.split("}}", 1)[-1].lstrip(":： ").replace("**", "").replace("__", "")


def mostly_chatter(card_texts: Iterable[str], kinds: bool = False) -> bool:
    """Whether half or more of a group's section cards (their texts) log a day, not a term.
    ``kinds``: the headings are read as kinds of the title's thing, and a log's verbs count too."""
    texts = list(card_texts)
    # (Not a gloss that opens with an indefinite article, a definition's shape, however it goes on
    # to an example's time or rating: "An external cue ..., strongest at 7am", "A three-month part
    # of the fiscal year; Q1 starts ...", "A scale of agreement from 1/5 ...".)
    glosses = [_gloss(text) for text in texts]
    hits = sum(
        1 for gloss in glosses
        if not _INDEFINITE.match(gloss) and (_CHATTER.search(gloss) or (kinds and _LOGGED.search(gloss)))
    )
    return len(texts) >= 2 and 2 * hits >= len(texts)
