"""Blocks -> candidate cards, each with the rule that made it.

``extract_note(text, path)`` parses a note once and runs the rules over its sentences. It never
raises: a note that cannot be read degrades to no cards and a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from srs.core.extract.blockshapes import block_signs
from srs.core.extract.calloutterms import callout_terms
from srs.core.extract.dashterms import dash_term
from srs.core.extract.fences import unclosed_fence_warning
from srs.core.extract.headings import runon_heading
from srs.core.extract.notepipeline import finished_cards
from srs.core.extract.logtitles import names_meeting, plan_title, study_title, taught_title
from srs.core.extract.titlekinds import logged_title
from srs.core.extract.questions import run_together_questions
from srs.core.extract.descriptions import described_title
from srs.core.extract.entries import names_glossary
from srs.core.extract.uitext import ManualSigns, is_ui_instruction
from srs.core.extract.families import kind_subject
from srs.core.extract.keyterms import KeyTerm, key_terms
from srs.core.extract.entrylines import entry_lines, entry_reach
from srs.core.extract.labellines import is_label_line
from srs.core.extract.notefinish import note_candidates
from srs.core.extract.kinds import kind_glossaries
from srs.core.extract.lines import (
    glossary_line_count, glossary_paragraph_runs, glossary_sentence_count, heading_line, kin_heads, line_sep_near_start, pinned_gloss_near_start, term_line,
)
from srs.core.extract.lists import paragraph_glossaries
from srs.core.extract.outline import nested_entries
from srs.core.extract.properties import read_properties
from srs.core.extract.claims import attributed_claim
from srs.core.extract.markup import explicit
from srs.core.extract.notecards import NoteCard
from srs.core.extract.boldleads import BoldLead, bold_lead
from srs.core.extract.cardcontext import headings_context, sentence_card, sentence_key
from srs.core.extract.rules import MAX_SENTENCE, Found, definitions, long_enough
from srs.core.extract.reversecopula import reverse_copula
from srs.core.extract.qa import is_study_pair, is_study_question, prose_qa, qa_lines, study_qa
from srs.core.extract.unmarked import unmarked_subject
from srs.core.extract.proseterms import kind_of_previous, paired_subjects
from srs.core.extract.sentences import has_quote, plain, split_sentences
from srs.core.extract.subjects import linked_subject
from srs.core.extract.structure import (
    glossary_header, glossary_row, heading_glossary, plain_list_glossary, title_terms,
)
from srs.core.extract.claimtitles import claim_word_taken, title_claim
from srs.core.extract.taxa import day_noted, may_name_taxon, named_taxa
from srs.core.extract.termtables import term_table
from srs.core.extract.titlespellings import spelled_as_written
from srs.core.extract.claimsubjects import claim_definition, claim_openings
from srs.core.extract.titles import claim_candidate, claim_card, compared_definition, compared_terms, later_title_sentence, opens_claim, title_openings
from srs.core.extract.openings import heading_opening, title_opening
from srs.core.markdown import Document, parse
from srs.core.model import CardCandidate, NoteInfo

__all__ = ["ExtractedNote", "extract_note"]


@dataclass(frozen=True)
class ExtractedNote:
    """A note's facts and its candidate cards in note order, with warnings (no path prefix)."""

    info: NoteInfo
    candidates: tuple[CardCandidate, ...]
    warnings: tuple[str, ...]
    failed: bool = False  # the note could not be read: its stored cards must be left as they are


# The callout types of a plain quote ("" is a blockquote with no callout).
_QUOTED_CALLOUTS = frozenset(("", "quote", "cite"))


# "# Homelab: move everything to compose": a heading's term, then a task's verb.
_TASK_HEADING = re.compile(r"^(?:#{1,6}\s+)?[^:\n]{1,40}:\s+(?:move|migrate|fix|add|remove|clean|set|switch|replace|retire|upgrade|install|finish|start|try|check|buy|book|plan|write|update)\b", re.I)


def _stem(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return name[: name.rfind(".")] if "." in name[1:] else name


def extract_note(text: str, path: str, *, fast: bool = True) -> ExtractedNote:
    """Extract a note's info and candidate cards. Never raises. ``fast=False`` parses with
    markdown-it-py alone (the same cards; for when the Rust parser is not to be trusted)."""
    try:
        return _extract(text, path, fast)
    except RecursionError:
        reason = "the note is nested too deeply to read"
    except Exception as exc:  # noqa: BLE001 - any failure on odd input degrades to a warning
        reason = f"the note could not be read ({type(exc).__name__}: {exc})"
    return ExtractedNote(NoteInfo(path=path, title=_stem(path)), (), (f"{reason}; its cards are kept as they were",), failed=True)


def _extract(text: str, path: str, fast: bool = True) -> ExtractedNote:
    doc: Document = parse(text, fast=fast)
    source = text  # (``text`` is each block's below)
    arrows = text.count("→") + text.count(" -> ") >= 3  # (a lecture's arrow glossary needs three; a plan's lead to steps)
    props = read_properties(doc.front_matter, doc.front_matter_line)
    warnings = [props.warning] if props.warning else []
    fence = unclosed_fence_warning(text)
    if fence:
        warnings.append(fence)
    title = props.title or _stem(path)
    planned = plan_title(title)
    # (Only a lesson's, a lecture's or a glossary's arrows gloss by their shape alone: elsewhere they
    # lead to consequences, steps and news, "- heat → expansion of the rails", "- onions → fry ...".)
    arrows = arrows and not planned and (taught_title(title) or names_glossary(title))
    info = NoteInfo(
        path=path,
        title=title,
        tags=tuple(dict.fromkeys((*props.tags, *doc.tags))),
        aliases=props.aliases,
        media=doc.media,
    )
    cards: list[NoteCard] = []
    blocks = doc.blocks
    glossary_tables: dict[int, int] = {}  # table -> the column of its meanings
    table_rows: dict[int, Found] = {}  # rows of term tables read by their cells' shape
    terms_of_title = spelled_as_written(title_terms(title, props.aliases), text)
    compared = compared_terms(title)  # "Tacking vs gybing": each defined in a paragraph of its own
    compared_openings = tuple(t.lower() for t in compared)  # what a later sentence opening with one starts with
    title_done = False
    # The first paragraph when it names the title term after an opening that did not define it,
    # and how a sentence opening with the term begins.
    title_block, title_opens = -1, ()
    # "Weak ties bring new information": the claim's subject, and whether a paragraph or an item opens with it.
    claimed, claim_opened = claim_candidate(title) if title.count(" ") >= 3 else None, False
    claim_opens = claim_openings(title) if title.count(" ") >= 2 else ()  # until a sentence defines a subject
    claim_reach = len(claim_opens[-1]) if claim_opens else 0
    emphasised: list[str] = []
    skip_next = False
    manual = ManualSigns()  # software documentation: option lists there are not glossaries
    signs = block_signs(blocks)  # one walk: each whole-note pass below reads only what it can use
    glossary_sections = heading_glossary(blocks, signs, title)
    if "[!" in text:  # callouts: the other terms of a note that glosses in callouts
        glossary_sections = {**callout_terms(blocks), **glossary_sections}
    glossary_lines = paragraph_glossaries(blocks, signs)
    plain_entries = plain_list_glossary(blocks, title, signs)
    kinds = kind_glossaries(blocks, signs)
    nested = nested_entries(blocks, signs)
    leads: list[tuple[BoldLead, NoteCard | None]] = []  # sentences led by a bold term
    key_found: list[tuple[KeyTerm, NoteCard]] = []  # bold key terms, kept at the end if nothing defines them
    kinds_named: list[tuple[str, NoteCard]] = []  # sentences whose subject may name a kind (families)
    paragraph_runs: dict[int, int] | None = None  # glossary lines one a paragraph, read at first need
    heading_contexts: dict[tuple[str, ...], str] = {}
    flattened = doc.flattened
    # A long note on one line, flattened or not: its sentences may each have opened a line.
    one_line = flattened or (len(text) >= 200 and "\n" not in text.strip())

    for bi, block in enumerate(blocks):
        if skip_next:
            skip_next = False
            continue
        # Each field of a block is read once: a parsed block's field costs several times a local.
        kind = block.kind
        if kind == "heading" and (flattened or block.level == 1):
            block = runon_heading(block, title)
            kind = block.kind
        if block.task:
            continue
        text = block.text
        line0 = 1 if flattened else block.line
        if kind == "paragraph" and block is not blocks[bi] and text.count("Q:") >= 2:
            # "# Ref study Q&A — Q: ...? A: ... Q: ...": study pairs run into the title, read as
            # the paragraph they were (``block_entries`` reads the note's own paragraphs).
            run = run_together_questions(text)
            if run is not None:
                cards.append(NoteCard(run, line0, sentence_key(text), "", bi))
                continue
        if claimed and not claim_opened and (kind == "paragraph" or kind == "item"):
            claim_opened = opens_claim(text, claimed)
        if kind == "heading" and line_sep_near_start(text) and not names_meeting(title) and not (logged_title(title) and _TASK_HEADING.match(text)):
            # "## Entropy: a measure of ...", "# Jevons paradox: when efficiency raises consumption".
            # (A meeting's heading names its topic and what was decided, "# Sync: move the cache
            # ...", and so does a log's heading whose gloss opens with a task's verb; a study log's
            # "# Osmosis: the movement of water ..." defines.)
            card = heading_line(plain(text), title)
            if card:
                cards.append(NoteCard(card, line0, sentence_key(text), "", bi))
                title_done = title_done or card.answers[0].lower() in title.lower()
                continue
        if kind == "row":
            if block.header:
                column = glossary_header(block.cells)
                if column:
                    glossary_tables[block.table] = column
                elif len(block.cells) >= 2:
                    table_rows.update(term_table(blocks, bi))  # names and descriptions by shape
                continue
            if block.table in glossary_tables or bi in table_rows:
                card = glossary_row(block, glossary_tables[block.table]) if block.table in glossary_tables else table_rows[bi]
                if card:
                    cards.append(NoteCard(card, line0, sentence_key(text), " › ".join(block.headings)))
            continue
        # Study Q/A split over two consecutive blocks ("- Q: ..." then "- A: ...").
        if (
            is_study_question(text) and bi + 1 < len(blocks) and is_study_pair(text, blocks[bi + 1].text)
            and "\n" not in text and "\n" not in blocks[bi + 1].text
        ):
            card = study_qa(text, blocks[bi + 1].text)
            if card:
                cards.append(NoteCard(card, line0, sentence_key(text), " › ".join(block.headings)))
            skip_next = True
            continue
        # A callout ("> [!note]", "> [!info]") is the writer's own text; a plain quote, or a
        # callout of one, holds someone else's words, which a rule reads only where it marks a term.
        quote = block.quote and block.callout in _QUOTED_CALLOUTS
        if kind == "paragraph" and "?" in text and not quote:
            asked = prose_qa(text)
            if asked:
                cards.append(NoteCard(asked, line0, sentence_key(text), " › ".join(block.headings), bi))
                continue
        qa = qa_lines(block) if kind != "heading" else None
        if qa is not None:
            for card in qa:
                cards.append(NoteCard(card, line0, sentence_key(card.text), " › ".join(block.headings)))
            continue
        parent = nested.get(bi)
        if parent is not None:
            cards.append(NoteCard(parent, line0, sentence_key(text), " › ".join(block.headings), bi))
            skip_next = True  # the nested item is the card's body
            continue
        entry = plain_entries.get(bi) or kinds.get(bi)
        if entry is not None:
            cards.append(NoteCard(entry, line0, sentence_key(text), " › ".join(block.headings), bi))
            continue
        sections = glossary_sections.get(bi)
        if sections is not None:
            cards.append(NoteCard(sections, line0, sentence_key(text), " › ".join(block.headings), bi))
        marked = False  # a cloze or highlight in the block: only then can explicit() find one
        bold = False  # a strong span in the block: only then can key_terms() find one
        spans = block.spans
        for s in spans:
            span_kind = s.kind
            if span_kind == "strong" or span_kind == "em":
                emphasised.append(text[s.inner_start : s.inner_end])
                bold = bold or span_kind == "strong"
            elif span_kind == "cloze" or span_kind == "mark":
                marked = True
        heading = kind == "heading"
        # A heading's sentences give cards only by explicit markup, or as glossary lines in a quote.
        sentences = split_sentences(text, spans) if not heading or marked or quote else []
        heading_before = blocks[bi - 1] if bi > 0 and blocks[bi - 1].kind == "heading" else None
        in_item = kind == "item" or bi in glossary_lines
        line_shapes = -1  # counted when a sentence first needs it
        for sentence in sentences:
            sentence_text = sentence.text
            if len(sentence_text) > MAX_SENTENCE:
                continue
            line = line0 if flattened else line0 + sentence.line_offset
            made: list[Found] = []
            ui: bool | None = None  # known once the definition rules asked
            single = explicit(sentence) if marked else None
            if single:
                made.append(single)
            elif (
                not heading
                and (sentence.spans or '"' in sentence_text or "'" in sentence_text  # (has_quote's ASCII tests, no call)
                     or (not sentence_text.isascii() and has_quote(sentence_text)) or (sentence.index == 0 and (heading_before or not title_done)))
                and not is_label_line(sentence, in_item)
            ):
                # Sentences with no emphasis, link or quote can only be a title/heading definition.
                ui = is_ui_instruction(sentence_text)
                if ui:
                    manual.read(sentence_text)
                made.extend(definitions(sentence, in_item=in_item, first=True, ui=ui, opening=sentence.index == 0 or in_item, list_item=kind == "item"))
                claim = attributed_claim(sentence)
                if claim:
                    made.append(claim)
                elif not made and not ui and (sentence.index == 0 or in_item):
                    subject = linked_subject(sentence, in_item=in_item)
                    if subject:
                        made.append(subject)
                # The answers so far, for the heading and title rules below (they read only a
                # paragraph's opening sentence).
                opening_paragraph = sentence.index == 0 and kind == "paragraph"
                answers = {a.lower() for f in made for a in f.answers} if opening_paragraph and made else set()
                heading_opening(sentence, block, blocks, bi, heading_before, title, props.aliases, cards, made, answers, quote)
                if not title_done and sentence.index == 0 and kind == "paragraph" and long_enough(sentence_text, 5):
                    title_done = True
                    if title_opening(sentence, block, blocks, heading_before, title, terms_of_title, bool(props.title), made, answers):
                        title_block = bi  # it names the title term later: that sentence may define it
                        title_opens = title_openings(terms_of_title)

            if title_block == bi and sentence.index > 0 and not made and sentence_text[:80].lower().startswith(title_opens):
                made.extend(later_title_sentence(sentence, terms_of_title))  # "... Checks and balances is the companion idea: ..."
                title_block = -1 if made else bi
            if not made and not heading:
                # Subjects with no markup: "Détente refers to ...", "We speak of moral hazard when ...".
                # (A later sentence of the paragraph may define the other term when it opens with it:
                # "Prevalence is the proportion ... Incidence counts new cases ...".)
                subject = (
                    compared and kind == "paragraph"
                    and (sentence.index == 0 or sentence_text[:60].lower().startswith(compared_openings))
                    and compared_definition(sentence, compared)
                ) or (
                    claim_opens and sentence_text[:claim_reach].lower().startswith(claim_opens) and claim_definition(sentence, title)
                ) or unmarked_subject(sentence, quote, title) or (dash_term(sentence) if not quote and ("—" in sentence_text or " – " in sentence_text) else None) or (
                    reverse_copula(sentence) if not quote and kind == "paragraph" and sentence_text.startswith("The ") else None
                )
                claim_opens = () if subject and subject.rule == "title_definition" else claim_opens
                # "A widow is ...; an orphan is ...": a card each (after a one-character test: a semicolon or a colon).
                pair = paired_subjects(sentence) if not quote and (";" in sentence_text or ":" in sentence_text) else ()
                if pair:
                    made.extend(pair)
                elif subject:
                    made.append(subject)
                elif kind == "item" and sentence.index == 0 and cards and cards[-1].block == bi - 1 and (
                    subject := kind_of_previous(sentence_text, cards[-1].found.answers[0])  # "Bonding social capital ties ..."
                ):
                    made.append(subject)
                elif not quote and kind == "paragraph":
                    # "An inner join returns ...": kept at the end if the note names other kinds.
                    named_kind = kind_subject(sentence) if sentence_text.startswith(("A", "The")) else None  # (its first test)
                    if named_kind:
                        here = headings_context(block.headings, heading_contexts)
                        kinds_named.append((named_kind[0], sentence_card(named_kind[1], line, sentences, sentence.index, here, bi)))
            # A "maybe" glossary entry ("glossary_list?") gives way to a glossary line that is sure.
            # The separator stands within a short term's reach of the start: look no further.
            if (
                line_shapes and (kind == "paragraph" or quote) and line_sep_near_start(sentence_text)
                and all(f.rule.endswith("?") for f in made)
            ):
                if line_shapes < 0:
                    line_shapes = glossary_line_count(text)
                    if line_shapes <= 1 and len(sentences) > 1 and "\n" not in text:
                        line_shapes = max(line_shapes, glossary_sentence_count([s.text for s in sentences]))
                    if line_shapes == 1 and kind == "paragraph" and "\n" not in text:
                        paragraph_runs = paragraph_runs if paragraph_runs is not None else glossary_paragraph_runs(blocks)
                        line_shapes = paragraph_runs.get(bi, 1)  # one glossary line a paragraph
                if line_shapes >= 2 and "\n" in sentence_text:
                    # Glossary lines with no full stop run into one sentence: one card a line.
                    parts = sentence_text.split("\n")
                    kin = kin_heads(parts)
                    lined = [term_line(part, title, line_shapes, kin=kin) for part in parts]
                    made = [card for card in lined if card] or made
                else:
                    card = term_line(sentence_text, title, line_shapes) if line_shapes else None
                    if card:
                        made = [card]
            elif (
                not made and kind == "item" and sentence.index == 0 and not quote and block.first_in_item
                and not sentence.spans and pinned_gloss_near_start(sentence_text)
            ):
                # "- Clearance: the volume of plasma cleared ..." in a list of notes, not a glossary:
                # one plain item with a gloss pinned as a noun phrase (term_line's single-line
                # test). Emphasised terms are the list rules' (option lists drop them).
                card = term_line(sentence_text, title, 0, single=True)
                if card:
                    made = [card]
            if (not made or all(f.rule.endswith("?") for f in made)) and not heading and not (sections and sentence.index == 0):
                # "- gambit: giving up material ...", "SID = once daily": an entry line on its own.
                # (Not the opening of a term's section: "### French seam" / "Seam sewn twice: ...".)
                reach = entry_reach(sentence, sentences, kind == "item", block.first_in_item)
                if one_line and (reach == 1 or (reach == 0 and kind == "paragraph" and sentence.index > 0 and line_sep_near_start(sentence_text))):
                    reach = 2  # (in a note that lost its newlines any sentence may have opened a line)
                if reach:
                    made = entry_lines(sentence_text, title, first_line=reach == 2) or made
            if not made and kind == "paragraph" and not quote and sentence_text.startswith(("**", "__")):
                lead = bold_lead(sentence_text)  # "**Mutex.** A lock that ...": kept if the note has three
                if lead is not None:
                    here = headings_context(block.headings, heading_contexts)
                    leads.append((lead, sentence_card(lead.found, line, sentences, sentence.index, here, bi) if lead.found else None))
            if (kind == "paragraph" or kind == "item") and may_name_taxon(sentence_text) and not day_noted(title, planned):
                # "... any bird of the family Alcedinidae: ...": the group's name, a card of its own.
                opening_item = kind == "item" and sentence.index == 0 and block.first_in_item
                made.extend(named_taxa(sentence_text, opening_item, {a.lower() for f in made for a in f.answers}))
            if sections and sentence.index == 0 and made:
                # The section's gloss glosses its heading: "## Alembic" / "Two-part still: a pot ...".
                made = [f for f in made if not f.rule.startswith("glossary_")]
            place = None  # where the sentence's cards stand, made with its first card
            for found in made:
                cards.append(sentence_card(found, line, sentences, sentence.index, headings_context(block.headings, heading_contexts), bi, place))
                place = cards[-1].place
            if bold and not heading and sentence.spans and not single:  # explicit markup wins
                for term in key_terms(sentence, ui):
                    key_found.append((term, sentence_card(term.found, line, sentences, sentence.index, headings_context(block.headings, heading_contexts), bi, place)))
                    place = key_found[-1][1].place

    # (A tag of one word names a topic, "#carbon", "#mortar"; one of several names a term, "#moral-hazard".)
    tag_terms = [t.rsplit("/", 1)[-1].replace("-", " ").replace("_", " ") for t in info.tags]
    # A term a sentence already defines needs no second card from the title, nor does a word of
    # it ("Fast fashion relies on ..." hides no "fashion" where "Fast fashion is ..." is a card).
    taken = {a.lower() for c in cards for a in c.found.answers}
    claim = title_claim(title, [*emphasised, *props.aliases, *(t for t in tag_terms if " " in t)], frozenset(taken))
    claim = claim or (claim_card(title, claimed) if claim_opened else described_title(title, doc.front_matter))  # or the title's description
    if claim and not any(c.found.text == claim.text for c in cards) and not {a.lower() for a in claim.answers} & taken and not claim_word_taken(claim, taken, title):
        cards.insert(0, NoteCard(claim, 1, sentence_key(title), ""))

    software = manual.seen and not study_title(title)
    cards, studied = finished_cards(
        cards, blocks, title, source, leads=leads, kinds_named=kinds_named, key_found=key_found, software=software,
        flattened=flattened, arrows=arrows, planned=planned, claimed=claimed is not None,
    )
    return ExtractedNote(info, note_candidates(cards, software, studied), tuple(warnings))
