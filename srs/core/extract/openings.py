"""A paragraph's opening sentence under a heading, and the note's opening sentence: where writers
define the heading's or the title's term without marking it.

Both read one sentence that no marked rule carded yet, and add their cards to ``made`` (the
sentence's cards so far); ``answers`` holds the answers the later rules must not card twice.
"""

from __future__ import annotations

from srs.core.extract.callouts import titled_callout
from srs.core.extract.glosses import DEFINITION_CALLOUTS, heading_fragment, heading_gloss, title_gloss
from srs.core.markdown import Block
from srs.core.extract.notecards import NoteCard
from srs.core.extract.rules import Found
from srs.core.extract.sentences import Sentence, plain
from srs.core.extract.structure import defined_by_sentence, heading_term
from srs.core.extract.termsections import definition_heading, definition_section, note_term
from srs.core.extract.titleheads import headed_definition, title_head
from srs.core.extract.titles import names_title, title_statement

__all__ = ["heading_opening", "title_opening"]


def heading_opening(
    sentence: Sentence, block: Block, blocks: tuple[Block, ...], bi: int, heading_before: Block | None,
    title: str, aliases: tuple[str, ...], cards: list[NoteCard], made: list[Found], answers: set[str], quote: bool,
) -> None:
    """Cards of a sentence that opens the paragraph or the item after a heading (or the body of a
    definition callout): the heading's term defined or glossed, or the note's own term under
    "## Definition". ``cards``: the note's cards so far (its term is carded once)."""
    kind = block.kind
    text = block.text
    if (
        heading_before is not None and sentence.index == 0 and not made and kind != "heading"
        and not quote and definition_heading(heading_before.text)
    ):
        # "## Definition" in a term note: the note's own term, glossed or named.
        term = note_term(title, aliases)
        card = definition_section(sentence, term)
        if card and not any(c.found.answers[0].lower() == term.lower() for c in cards):
            made.append(card)
            answers.add(term.lower())
    if (
        heading_before is not None and sentence.index == 0 and not made and heading_before.level >= 2
        and (kind == "paragraph" or kind == "item" and block.first_in_item and block.level == 1) and not quote
        and not (sentence.text.endswith(".") and kind == "paragraph")
    ):
        # "## Minimal pairs" / "two words that differ in exactly one sound": slide notes.
        card = heading_fragment(sentence, plain(heading_before.text), text)
        if card:
            made.append(card)
    if heading_before is not None and sentence.index == 0 and kind == "paragraph":
        term = heading_term(heading_before)
        card = defined_by_sentence(sentence, term, "heading_definition") if term else None
        if card and card.answers[0].lower() not in answers:
            made.append(card)
        elif not made:
            card = heading_gloss(sentence, plain(heading_before.text), text)
            if card:
                made.append(card)
    elif (
        sentence.index == 0 and not made and block.callout.lower() in DEFINITION_CALLOUTS and block.headings
        and (bi == 0 or blocks[bi - 1].headings != block.headings)
    ):
        # "> [!definition] Stationary point" then "> A point where ...": the title is the term.
        card = heading_gloss(sentence, block.headings[-1], text)
        if card:
            made.append(card)


def title_opening(
    sentence: Sentence, block: Block, blocks: tuple[Block, ...], heading_before: Block | None,
    title: str, terms_of_title: list[str], declared: bool, made: list[Found], answers: set[str],
) -> bool:
    """Cards of the note's opening sentence that define or gloss its title's term. Returns whether
    the paragraph names the title term later instead (a later sentence may define it)."""
    for term in terms_of_title:
        card = defined_by_sentence(sentence, term, "title_definition", opening=heading_before is None or heading_before.level == 1)
        if card:
            if card.answers[0].lower() not in answers:
                made.append(card)
            return False
    # "# Thinset mortar" / "Thinset is a cement-based adhesive ...": the title's first word,
    # held to a plain definition's shape.
    head = title_head(title)
    card = defined_by_sentence(sentence, head, "term_is") if head and headed_definition(sentence.text, title) else None
    if card and card.answers[0].lower() not in answers:
        made.append(card)
    if not made and (heading_before is None or heading_before.level == 1) and not titled_callout(block, blocks):
        card = title_statement(sentence, terms_of_title) or title_gloss(sentence, title, block.text, declared)
        if card:
            made.append(card)
    return not made and block.kind == "paragraph" and names_title(block.text, terms_of_title)
