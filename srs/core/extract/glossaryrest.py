"""The rest of a glossary written with headings: once most sibling ``## Term`` sections read as
glosses (``headingglossary``), a section that goes on past its gloss still opens with one.

"## Mantle" / "Layer of rock between the crust and the core. Mostly solid, but it creeps over
millions of years, and that slow flow drives the plates. See also the note on convection." fails
the strict reading of a single gloss (more than three sentences; a link), yet among glossed
siblings its first sentence is what the writer means the term to be."""

from __future__ import annotations

import re
from typing import Callable

from srs.core.extract.frames import FIRST_PERSON, READER
from srs.core.extract.headings import EMOJI_PREFIX, HEADING_MARKS, HEADING_NUMBER
from srs.core.extract.kindsections import SCHEDULE
from srs.core.extract.plainlists import STUDY_STEP
from srs.core.extract.rules import Found
from srs.core.extract.sectionglosses import ROMANCE_READER
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.sentences import clean_card_text, cloze_text, plain
from srs.core.markdown import Block

__all__ = ["rest_of_glossary"]

# A sentence's end: a stop then a space or the end ("e.g." and "approx." stop nothing: see below).
_STOP = re.compile(r"[.!?。！？](?=\s|$)")
# Abbreviations whose full stop ends no sentence.
_NO_STOP = re.compile(r"(?:\b(?:e\.g|i\.e|etc|approx|ca|cf|vs|viz|incl|esp|resp|z\.B|d\.h|usw|p\.ex|fig|sp|spp|St|Dr|Mr|Mrs|Ms|Prof)|\b[A-Z])\.$")
# Spans that make a first sentence another rule's matter: a link is a pointer, code a command.
_NOT_PLAIN = frozenset({"link", "wikilink", "code", "cloze"})
# A section told in the first person's past ("We stopped at the pier ...", "I lost two on ..."):
# a log's day or stop, not a gloss's section.
_NARRATED = re.compile(r"\b(?:[Ww]e|I)\s+(?:\w+ed|went|took|saw|found|got|had|made|lost|came|ate|drove|left|spent|stayed|fed)\b")
# How a part of a thing is described under a label-like heading: an article, then a lower-case word.
_DESCRIBED_PART = re.compile(r"(?:The|An?)\s+[a-z]")


def _first_sentence(text: str) -> str:
    """The first sentence of ``text`` with its full stop, or "" when it has none."""
    for match in _STOP.finditer(text):
        if not _NO_STOP.search(text[: match.end()]):
            return text[: match.end()]
    return ""


def rest_of_glossary(
    blocks: tuple[Block, ...], members: list[int], entries: dict[int, Found], term_of: Callable[[Block], str], labelled: tuple[int, ...] = (),
) -> dict[int, Found]:
    """Cards for the sections of a glossary group (headings ``members`` whose ``entries`` made it
    one) that no strict reading glossed, read from the first sentence of their first paragraph:
    "{{c1::Term}}: <first sentence>". ``term_of``: the term a heading names ("" for none).

    The sentence must read as a gloss on its own: 3 to 40 words ending in a full stop, no link or
    code in it, no instruction, step or schedule, no word to the reader or of the writer. A
    mention of the term in it is hidden too (``_card``). Keyed by the paragraph's block index, as
    ``heading_glossary``'s cards are.

    ``labelled``: sibling headings among the group's that read as a label elsewhere ("## Tip",
    "## Table", "## Tag" in a glossary of a thing's parts). Inside a glossary they name a part as
    well, when their section opens with a bare noun phrase, no clause ("The pointed upper end of
    the spine."): a closing "## Notes" / "We skipped the last chapter." speaks of the note."""
    found: dict[int, Found] = {}
    for i in sorted((*members, *labelled)):
        if i + 1 in entries or i in entries or i + 1 >= len(blocks):
            continue
        label = i in labelled or not term_of(blocks[i])
        term = label_term(blocks[i]) if label else term_of(blocks[i])
        body = blocks[i + 1]
        if not term or len(term.split()) > 4 or body.kind != "paragraph" or body.quote:
            continue
        text = clean_card_text(body.text)
        first = _first_sentence(text)
        if not first or first.endswith((":", "：")):
            continue
        if any(span.kind in _NOT_PLAIN and span.start < len(first) for span in body.spans):
            continue
        words = plain(first).split()
        if not 3 <= len(words) <= 40 or "{{" in first:
            continue
        # (A gloss opens with a capital, or in lower case under a term in lower case: "### errno" /
        # "thread-local error number set by ...".)
        if not (first[:1].isupper() or term[:1].islower() and first[:1].islower()):
            continue
        if is_ui_instruction(first) or STUDY_STEP.match(first) or SCHEDULE.match(first):
            continue
        # (A manual's sections tell their reader what they can do: "One note a day, in which you can ...".)
        if not ROMANCE_READER.isdisjoint(w.lower() for w in words[:12]) or READER.search(first) or FIRST_PERSON.search(first):
            continue
        if label and (_CLAUSE.search(first) or len(words) > 25):
            continue
        if label and not _DESCRIBED_PART.match(first):
            continue  # "## Homework" / "Chapter 4 exercises.": a label's content; a part is described after an article
        if not label and _NARRATED.search(text):
            continue  # "## Lakeside" / "... We stopped at the pier ...": a travel log's stop, told
        card = _card(term, plain(first))
        if card is not None:
            found[i + 1] = card
    return found


# A finite verb of a clause: a label's section that holds one before any relative pronoun says
# something ("We skipped ...", "Check the ...", "This is ..."), a gloss names a thing.
_CLAUSE = re.compile(
    r"^(?:(?!\b(?:that|which|who|whose|where|when)\b).)*?\b(?:is|are|was|were|has|have|had|will|would|can|could|should|"
    r"must|need|needs|do|does|did|check|see|read|remember|don't|isn't|it's|this|these)\b",
    re.I,
)


def label_term(heading: Block) -> str:
    """A label heading's words as a term ("## Tip", "## 3. Table"): one to three words, no mark."""
    title = HEADING_MARKS.sub("", HEADING_NUMBER.sub("", EMOJI_PREFIX.sub("", plain(heading.text)))).strip()
    # (No test of a plausible term: a label's word is a common one, "Tip", "Table", "Tag".)
    return title if 1 <= len(title.split()) <= 3 and title[:1].isalpha() and "{{" not in title else ""


# What may stand before a section's term opening its sentence as the subject: "Orzo pasta is ...",
# "Le mistral, c'est ...".
_OPENING_ARTICLE = r"(?:(?:the|an?|le|la|les|l'|el|los|las|il|lo|der|die|das|de|het|een)\s*)?"


def _card(term: str, sentence: str) -> Found | None:
    """"{{c1::Term}}: <sentence>", each mention of the term in the sentence hidden too ("## Amble" /
    "Smooth lateral gait; some breeds amble for hours"); a sentence that opens with the term as its
    subject is the card alone ("## Orzo" / "Orzo pasta is tiny and shaped like a grain of rice.")."""
    named = [m for m in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", sentence, re.I)]
    opens = bool(named) and re.match(_OPENING_ARTICLE + r"$", sentence[: named[0].start()], re.I) is not None
    if named and not opens and re.match(r"\S+\s+" + _OPENING_ARTICLE + r"$", sentence[: named[0].start()], re.I):
        return None  # "## Line numbers" / "Show line numbers in the gutter.": a setting names its heading at once
    if not named:
        made = cloze_text(f"{term}: {sentence}", [(0, len(term), term)])
    elif opens:
        made = cloze_text(sentence, [(m.start(), m.end(), m.group()) for m in named])
    else:
        shift = len(term) + 2
        made = cloze_text(f"{term}: {sentence}", [(0, len(term), term)] + [(m.start() + shift, m.end() + shift, m.group()) for m in named])
    return Found(made[0], made[1], "heading_glossary") if made else None

