"""Key-idea lists: items under "## Key takeaways", "## Main ideas", "## Key concepts" ... that
name an idea and explain it ("- Anchoring: estimates are pulled towards an initial number").

Elsewhere a list item whose explanation is a clause ("estimates are pulled ...") reads as a note
or a report, so the glossary rules leave it; under a heading that announces the ideas of a book
or a lecture, "Name: explanation" is how each idea is written down. The name must be short and
no label, the explanation four words or more, and nobody's report or request."""

from __future__ import annotations

import re

from srs.core.extract.filters import is_label, plausible_term
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.glossing import REPORT
from srs.core.extract.headings import may_hold_stem
from srs.core.extract.rules import Found
from srs.core.extract.sentences import clean_card_text, cloze_text
from srs.core.markdown import Block

__all__ = ["announces_ideas", "any_announces_ideas", "takeaway_entries"]

_IDEAS_HEADING = re.compile(
    r"^(?:the\s+)?(?:key|main|core|big|central|important)\s+(?:takeaways?|ideas?|concepts?|points?|lessons?|insights?)\b"
    r"|^takeaways?\b|^lessons?\s+learned\b|\bin\s+(?:\d+|three|five)\s+(?:points|ideas)\b",
    re.I,
)
# "Habit stacking — tie ...", "Anchoring: estimates ...", "WYSIATI (\"what you see ...\") — we ...".
_IDEA = re.compile(
    r"^(?P<term>[^\W\d_][^:：=—–\n*_`\[\]()]{0,40}?)(?P<aside>\s*\([^()\n]{1,60}\))?\s*(?::\s|：|—\s|–\s|\s-\s|\s=\s)\s*(?P<body>\S.*)$"
)
_NOT_NAME = frozenset(
    """one two three four five six several many most some all each every both few no for if when to in on at
    with by from as after before during my our your his her their this that these those it we i you""".split()
)
_REQUEST = re.compile(r"\b(?:please|todo|to-do|read|ask)\b", re.I)


# What an ASCII heading that announces ideas holds, in lower case: each branch of the pattern
# ends in one of these words.
_IDEAS_STEMS = ("takeaway", "idea", "concept", "point", "lesson", "insight")


def announces_ideas(heading: str) -> bool:
    """A heading such as "Key takeaways", "Main ideas", "The book in 3 points"."""
    return may_hold_stem(heading, _IDEAS_STEMS) and _IDEAS_HEADING.search(heading.strip()) is not None


def any_announces_ideas(headings: list[str]) -> bool:
    """Whether one of ``headings`` announces ideas, the stems looked for in them joined first (as
    ``entries.any_announces_glossary``)."""
    return may_hold_stem("\n".join(headings), _IDEAS_STEMS) and any(announces_ideas(h) for h in headings)


def takeaway_entries(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """Cards of the items under a key-ideas heading, keyed by the item's block."""
    found: dict[int, Found] = {}
    for i, block in enumerate(blocks):
        if block.kind != "item" or block.level != 1 or not block.first_in_item or block.task or not block.headings:
            continue
        if not announces_ideas(block.headings[-1]):
            continue
        match = _IDEA.match(block.text)
        if match is None or "\n" in block.text:
            continue
        term, body = match.group("term").strip(), match.group("body").strip()
        if len(term.split()) > 4 or not plausible_term(term) or is_label(term) or len(body.split()) < 4:
            continue
        if term.split(None, 1)[0].lower() in _NOT_NAME:
            continue  # "Two production shapes: ...", "For day 9: ...": a count or a frame, no idea's name
        if REPORT.match(body) or _REQUEST.search(body[:20]) or is_ui_instruction(body) or body.endswith("?"):
            continue
        aside = match.group("aside") or ""
        made = cloze_text(f"{term}{aside}: {clean_card_text(body)}", [(0, len(term), term)])
        if made is not None:
            found[i] = Found(made[0], made[1], "glossary_list")
    return found
