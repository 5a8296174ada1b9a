"""The block-shaped glossary rules of ``entries`` and the modules beside it, run only where a note
can feed them.

Each rule reads a shape that only some notes hold (three bold-term paragraphs, two question
blocks, a term alone over a list ...). One pass over the note's blocks counts the cheap signs
each shape needs, and a rule runs only when its count is reached: the counts are necessary
conditions of the rule finding anything, so skipping a rule never changes the cards. Most notes
hold none of the shapes and pay only for that one pass.

The same pass gives the other whole-note passes the first test each makes (an item that can be a
plain entry, two items opening with a capital in bold, an item with one nested under it, lines
opening with emphasis, the headings below the top level): a caller that has the note's signs
passes them on, and each pass then reads no block it has no use for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from srs.core.extract.boldheads import bold_headings
from srs.core.extract.callouts import DEFINING_TYPES, definition_callouts
from srs.core.extract.entries import (
    announced_lists, announces_glossary, any_announces_glossary, bold_item_lists, bold_runs, definition_list,
)
from srs.core.extract.questions import block_questions, run_together_questions
from srs.core.extract.records import field_records
from srs.core.extract.rules import Found
from srs.core.extract.sections import DEFINITION_LINE, dictionary_entries, headed_lists, labelled_definitions
from srs.core.extract.takeaways import any_announces_ideas, takeaway_entries
from srs.core.markdown import Block

__all__ = ["BlockSigns", "block_entries", "block_signs", "may_be_plain"]

# How a term written alone over a list can end ("**Nucleus**", "Osmosis:"; ``headed_lists``).
# A line break too: the term pattern's "$" matches before a closing one.
_TERM_ENDS = (":", "：", "**", "__", "\n")



def may_be_plain(text: str) -> bool:
    """Whether ``text`` can match the plain entry pattern of ``plainlists``: it opens with a letter
    (a word character, as the pattern's first class is one) and holds a separator's mark (every
    separator holds one of ":", "：", "—", "–", "-", "=", "..." or "…"). Most list items fail one of
    these tests, which cost a fraction of the pattern: it tries the separators after each of the
    term's first 41 characters before it fails."""
    return text[:1].isalnum() and (
        ":" in text or "-" in text or "=" in text or "—" in text or "–" in text or "：" in text
        or "..." in text or "…" in text
    )


Rule = Callable[[tuple[Block, ...]], dict[int, Found]]


@dataclass(slots=True)
class BlockSigns:
    """What the one walk over a note's blocks found for the block-shaped rules (the blocks two of
    them read one by one, and the whole-note rules whose counts were reached) and for the other
    whole-note passes (the first test each makes)."""

    definition_lines: list[int]  # paragraphs that may be a definition list's entry
    run_together: list[int]  # one-line paragraphs that may hold run-together study pairs
    bold: list[int]  # paragraphs and items opening in bold: the only ones a study record reads
    records: bool  # study records (field_records) can be found
    rules: list[Rule]  # the other rules to run, in their order
    plain_item: bool  # an item may be a plain glossary entry (``plainlists`` reads the lists then)
    capital_items: int  # items opening with a capital in bold (``kinds`` needs two)
    parents: list[int]  # items with an item nested right under them (``outline`` reads only these)
    emphasis_lines: bool  # paragraphs that may be glossary lines (``lists.paragraph_glossaries``)
    subheadings: list[int]  # headings below the top level (``structure.heading_glossary``)


def block_signs(blocks: tuple[Block, ...]) -> BlockSigns:
    """Walk the blocks once and count the cheap signs each block-shaped rule needs. Linear."""
    definition_lines: list[int] = []
    run_together: list[int] = []
    bold: list[int] = []
    plain_item = False
    capital_items = 0
    parents: list[int] = []
    emphasis = 0  # paragraphs out of quotes opening in emphasis ...
    emphasis_lines = False  # ... three of them, or one of several lines
    subheadings: list[int] = []
    # Signs kept as they were first written (each rule ran when its sign was seen) ...
    bold_paragraph = bold_item = question = announced = labelled = headed = False
    # ... and counts that each rule needs reached to find anything (see the rules themselves).
    bold_paragraphs = 0  # paragraphs out of quotes opening in bold: three entries (bold_runs, bold_headings)
    bold_items = 0  # items opening in bold: three entries (bold_item_lists)
    record_items = 0  # one-line items opening in bold: three fields (field_records) ...
    record_paragraph = False  # ... or a paragraph of three lines opening in bold
    asked = 0  # blocks that may hold a question block_questions answers: two pairs
    term_pairs = 0  # a term alone right over a list's first item: three pairs (headed_lists)
    top = 0  # top-level headings: two or more may be the words of a dictionary note
    top_items = 0  # items at the top level: announced_lists needs two, takeaway_entries one
    defining = False  # a paragraph in a callout of a defining type: one card is enough ...
    callouts = 0  # ... else definition_callouts needs two callout paragraphs
    headings: list[str] = []  # their texts: searched once the items say a heading rule can use them
    before: Block | None = None  # the block above
    for i, block in enumerate(blocks):
        kind, text = block.kind, block.text
        if kind == "item":
            first = block.first_in_item and not block.task
            lead = text[:1]
            if lead in "*_" and text.startswith(("**", "__")):  # one character first: cheaper
                bold_item = True
                bold.append(i)
                capital_items += "A" <= text[2:3] <= "Z"
                record_items += "\n" not in text
                bold_items += first
            elif not plain_item and lead.isalnum():  # the letter first: no call for most items
                plain_item = may_be_plain(text)
            if before is not None:
                above = before.kind
                if not headed:
                    headed = above == "heading" or before.text.endswith((":", "**", "__"))
                # Most items follow an item of their own depth: no term written alone, and no item
                # this one is nested under, is above them.
                if first and (above != "item" or block.level > before.level):
                    if above == "item" and before.first_in_item and not before.task:
                        parents.append(i - 1)
                    if not before.quote and len(before.text) <= 60:
                        if above == "heading":
                            term_pairs += before.level >= 2 and block.level == 1
                        elif above == "paragraph" or above == "item":
                            term_pairs += before.text.endswith(_TERM_ENDS)
            if first and block.level == 1:
                top_items += 1
            if "\n" in text and "?" in text:  # one character first: a cheaper scan
                question = question or "?\n" in text
                asked += not block.quote and text.count("\n") == 1
            # "> [!info] Key terms" then "> - **Apoptosis**: ...": a callout's title announces too.
            if block.callout and not announced:
                announced = bool(block.headings) and announces_glossary(block.headings[-1])
        elif kind == "paragraph":
            # Only a paragraph in a callout can be read by definition_callouts.
            if block.callout:
                defining = defining or block.callout.lower() in DEFINING_TYPES
                callouts += 1
            one_line = "\n" not in text  # most paragraphs: then one scan answers both tests below
            lead = text[:1]
            if lead == "*" or lead == "_":  # one character first: most paragraphs open otherwise
                if not block.quote:
                    emphasis += 1  # a line opening with emphasis
                    emphasis_lines = emphasis_lines or emphasis >= 3 or not one_line
                if text.startswith(("**", "__")):
                    bold_paragraph = True
                    bold.append(i)
                    bold_paragraphs += not block.quote
                    record_paragraph = record_paragraph or (not one_line and text.count("\n") >= 2)
            elif not one_line and not emphasis_lines and ("\n*" in text or "\n_" in text) and not block.quote:
                emphasis_lines = True  # a line opening with emphasis in a paragraph of several
            # A definition line needs a colon or tilde right after a line break (or at the start).
            if lead in ":~" or not one_line and ("\n:" in text or "\n~" in text):
                definition_lines.append(i)
            # Both tests need a "Q" in the first 64 characters: one scan for it first (most have none).
            if one_line and text.find("Q", 0, 64) >= 0 and ("Q" in text[:12] or text.find("Q: ", 0, 64) >= 0):
                run_together.append(i)
            if "?" in text:
                question = True
                # A one-line question ending the block, or a question line over its answer line.
                asked += not block.quote and ("?" in text[-3:] if one_line else text.count("\n") == 1)
        elif kind == "heading":
            headings.append(text)
            level = block.level
            if level == 1:
                top += 1
            elif level >= 2:
                subheadings.append(i)
            if "?" in text[-3:]:
                question = question or text.endswith("?")
                asked += not block.quote and level >= 2 and "\n" not in text
            if level >= 2 and i + 1 < len(blocks) and not labelled:
                # labelled_definitions' own tests of the block below, the pattern last.
                after = blocks[i + 1]
                labelled = (
                    (after.kind == "paragraph" or after.kind == "item") and after.text[:1] in "*_DdMmBb"
                    and DEFINITION_LINE.match(after.text) is not None
                )
        before = block
    # The headings' patterns are asked only of notes with the items their rules read.
    if top_items >= 2 and not announced and headings:
        announced = any_announces_glossary(headings)
    ideas = top_items >= 1 and bool(subheadings) and any_announces_ideas([blocks[h].text for h in subheadings])
    # The rules whose counts are reached, in the order they run (an earlier rule's card stands).
    rules: list[Rule] = []
    if bold_paragraphs >= 3:
        rules.append(bold_runs)
    if question and asked >= 2:
        rules.append(block_questions)
    if bold_items >= 3:
        rules.append(bold_item_lists)
    if announced and top_items >= 2:
        rules.append(announced_lists)
    if labelled:
        rules.append(labelled_definitions)
    if headed and term_pairs >= 3:
        rules.append(headed_lists)
    if top >= 2:
        rules.append(dictionary_entries)
    if defining or callouts >= 2:
        rules.append(definition_callouts)
    if bold_paragraphs >= 3:
        rules.append(bold_headings)
    if ideas:
        rules.append(takeaway_entries)
    records = (bold_paragraph or bold_item) and (record_paragraph or record_items >= 3)
    return BlockSigns(
        definition_lines, run_together, bold, records, rules, plain_item, capital_items, parents, emphasis_lines, subheadings
    )


def block_entries(blocks: tuple[Block, ...], signs: BlockSigns | None = None) -> dict[int, Found]:
    """Cards of definition lists, bold-term paragraph glossaries, answered question blocks and the
    other block-shaped entries, by the index of the block holding the definition or answer.
    ``signs``: the note's ``block_signs``, when the caller has them. Linear in the number of blocks."""
    if signs is None:
        signs = block_signs(blocks)
    found: dict[int, Found] = {}
    for i in signs.definition_lines:
        card = definition_list(blocks, i)
        if card is not None:
            found[i] = card
    for i in signs.run_together:  # a run of study pairs wins over a definition line
        card = run_together_questions(blocks[i].text)
        if card is not None:
            found[i] = card
    if signs.records:
        found.update({k: v for k, v in field_records(blocks, signs.bold).items() if k not in found})
    for rule in signs.rules:
        found.update({k: v for k, v in rule(blocks).items() if k not in found})
    return found
