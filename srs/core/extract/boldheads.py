"""Bold lines used as headings: a paragraph holding only ``**Inflation**`` and the paragraph
after it glossing the term ("A general rise in the price level.", or the first item of a list in
lower case: "- a general rise in prices"). Written by people who bold a
term instead of making it a heading; read like a heading glossary, so it takes three such pairs
and two thirds of the note's bold-only paragraphs."""

from __future__ import annotations

import re

from srs.core.extract.filters import is_label, plausible_term
from srs.core.extract.uitext import is_ui_instruction, is_ui_step
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.glossing import ARTICLES, REPORT
from srs.core.extract.rules import Found
from srs.core.extract.sentences import clean_card_text, cloze_text, plain
from srs.core.markdown import Block

_BOLD_LINE = re.compile(r"^(?:\*\*|__)(?P<term>[^*_\n]{1,50}?)[:：]?(?:\*\*|__)[:：]?$")
# Words of an interface step in a method's fragment. (Narrower than ``uitext.mentions_ui``, whose
# "select" is also a breeder's verb: "**Pedigree method**" / "select individual plants in F2 ...".)
_INTERFACE_WORDS = re.compile(r"\b(?:click|tap|button|menu|settings|toolbar|tab|window|dialog|shortcut|press)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?。！？]['\"”’)]*$")
_SENTENCE_STOP = re.compile(r"[.!?。！？](?:\s|$)")


def _gloss(term: str, block: Block, given: str | None = None) -> Found | None:
    text = clean_card_text(block.text if given is None else given)
    words = plain(text).split()
    # The gloss is the paragraph below, or the first item of the list below, which lecture notes
    # write as a fragment in lower case ("**Competitive inhibition**" / "- inhibitor looks like
    # the substrate, competes for the active site").
    item = block.kind == "item" and block.level == 1 and block.first_in_item and not block.task and text[:1].islower()
    # (So is a lower-case line under the bold term in its own paragraph: "**Mass selection**" /
    # "pick individual plants by phenotype, bulk their seed, repeat".)
    item = item or (given is not None and text[:1].islower())
    if not (block.kind == "paragraph" or item) or block.quote or "\n" in text.strip() or not 3 <= len(words) <= 60:
        return None
    if not (item or _SENTENCE_END.search(text)) or len(_SENTENCE_STOP.findall(text)) > 2 or term.lower() in text.lower():
        return None
    # (In a lecture's fragment a bare arrow is a consequence, "binds the ES complex → Vmax ↓".)
    # (A method's fragment may open with its verb, "pick individual plants ...": only a step in
    # an interface, "click Save", turns it away there.)
    if given is not None:
        ui = _INTERFACE_WORDS.search(text) is not None
    else:
        ui = is_ui_step(text) if item else is_ui_instruction(text)
    if FIRST_PERSON.search(text) or REPORT.match(text) or ui or "{{" in text:
        return None
    made = cloze_text(f"{term}: {text}", [(0, len(term), term)])
    return Found(made[0], made[1], "heading_glossary") if made else None


def bold_headings(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """Cards keyed by the gloss paragraph's block index."""
    heads = 0
    entries: dict[int, Found] = {}
    terms: set[str] = set()
    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or block.quote or not block.text.startswith(("**", "__")):
            continue
        first, _newline, rest = block.text.strip().partition("\n")
        match = _BOLD_LINE.match(first.strip())
        if match is None:
            continue
        heads += 1
        term = match.group("term").strip()
        if len(term.split()) > 5 or not plausible_term(term) or is_label(term) or term.lower() in terms:
            continue
        if rest:
            # "**Mass selection**" / "pick individual plants by phenotype, ...": the gloss on the
            # next line of the same paragraph, in lower case (the card is the paragraph's own).
            card = _gloss(term, block, rest) if rest[:1].islower() else None
            at = i
        else:
            card = _gloss(term, blocks[i + 1]) if i + 1 < len(blocks) else None
            at = i + 1
        if card is not None:
            terms.add(term.lower())
            entries[at] = card
    if len(entries) < 3 or 3 * len(entries) < 2 * heads:
        return {}
    # Options described alike ("**Manual**" / "syncs only when asked.", "**Hourly**" / "syncs only
    # at the top of each hour."): settings, not terms.
    # (An article opens glosses of any kind: "A general rise ...", "A general fall ..." differ after it.)
    openings = []
    for card in entries.values():
        words = card.text.split("}}: ", 1)[-1].lower().split()
        openings.append(" ".join(words[1:3] if words[:1] and words[0] in ARTICLES else words[:2]))
    return {} if len(set(openings)) < len(openings) else entries
