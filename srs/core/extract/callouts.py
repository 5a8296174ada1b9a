"""Definition callouts: ``> [!definition] Eigenvalue`` then ``> A scalar λ such that ...``.

The writer files the term in the callout's title and its definition in the body, so the body
need not name the term nor read as a defining sentence. Only callout types that say "this is a
definition" count; ``[!info]`` or ``[!note]`` titles name topics as often as terms."""

from __future__ import annotations

import re

from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.rules import Found
from srs.core.extract.sentences import clean_card_text, cloze_text
from srs.core.markdown import Block

DEFINING_TYPES = frozenset({"definition", "def", "defn", "term", "concept", "définition", "definición", "definizione"})
# The first sentence of the body: up to a full stop followed by a space or the end.
_FIRST_SENTENCE = re.compile(r"^(.+?[.!。])(?:\s|$)", re.S)


# "S1", "CO2", "IL-6", "p53": a short name with digits, which a heading would rather use for a
# step or a date; a defining callout's writer chose it as the term.
_SHORT_NAME = re.compile(r"^(?=[^\s]*[^\W\d_])[^\W_][\w-]{0,7}$")


def _short_name(title: str) -> str:
    title = title.strip()
    return title if _SHORT_NAME.match(title) and not title.isdigit() else ""


def definition_callouts(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """``{{c1::Eigenvalue}}: A scalar λ such that ...`` for the first paragraph of each defining
    callout whose title is a term and whose first sentence (five to forty words, no first person,
    not naming the term again) glosses it. Keyed by the paragraph's block."""
    # ``glosses`` imports the structural rules: read it at call time, not at import.
    from srs.core.extract.glosses import heading_subject

    found: dict[int, Found] = {}
    for i, block in enumerate(blocks):
        if not block.callout or block.kind != "paragraph" or block.callout.lower() not in DEFINING_TYPES:
            continue
        if not block.headings or (i > 0 and blocks[i - 1].callout == block.callout and blocks[i - 1].headings == block.headings):
            continue  # a later paragraph of the same callout
        term = heading_subject(block.headings[-1]) or _short_name(block.headings[-1])
        match = _FIRST_SENTENCE.match(block.text.strip()) if term else None
        if match is None:
            continue
        gloss = clean_card_text(match.group(1).replace("\n", " "))
        words = len(gloss.split())
        if not 3 <= words <= 40 or term.lower() in gloss.lower() or FIRST_PERSON.search(gloss):
            continue
        made = cloze_text(f"{term}: {gloss}", [(0, len(term), term)])
        if made is not None:
            found[i] = Found(made[0], made[1], "glossary_list")
    return found
