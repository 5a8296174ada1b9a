"""Outlines that hold cards: a list item naming a term with its definition nested under it
("- Primary succession\n  - colonisation of bare substrate ..."), or a question with its answer
nested under it ("- What does [ʃ] stand for?\n  - voiceless postalveolar fricative").

An outline also nests topics over their details ("- Organization\n  - [[Capture ideas]]"), so a
term entry counts only when at least two sibling items have that shape and they are most of the
list; a question counts on its own. Linear in the number of blocks.
"""

from __future__ import annotations

import re

from srs.core.extract.blockshapes import BlockSigns, block_signs
from srs.core.extract.filters import is_label, plausible_term
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.rules import Found
from srs.core.extract.sentences import clean_card_text, cloze_text, plain
from srs.core.markdown import Block

# A student's mark after a term whose definition is nested below it: "- Default judgment def".
_DEF_MARKS = (" def", " defn", " definition")
# A bare term: plain or emphasised, no sentence punctuation, no link.
_TERM = re.compile(r"^(?:\*\*|__|\*|_)?(?P<term>[^\W\d_][^.!?:;,\[\]`*_=]{0,50}?)(?:\*\*|__|\*|_)?\s*:?$")
# What a bare term (``_TERM``) never holds: sentence punctuation, a link's bracket, code, "=".
_NOT_TERM = re.compile(r"[.!?;,\[\]`=]")
_PERSONAL = re.compile(r"\b(?:I|my|me|we|our)\b")
_ARTICLES = frozenset("a an the one any".split())
# "- **Hostile**\n  - Definition: possession without ...": the child says it is the definition.
_DEF_LABEL = re.compile(
    r"^(?:\*\*|__)?(?:definition|defn|def|meaning|means|définition|definición|definição|definizione|bedeutung|"
    r"significado|significato|значение|определение)\s*[:：](?:\*\*|__)?\s+",
    re.I,
)
_STATUS = re.compile(
    r"^(?:\S+\s+){0,3}?(?:is|are|was|were|will|would|has|have|had|can|should|fixed|added|removed|improved|now)\b", re.I
)


def _definition(child: Block, least: int = 3) -> str:
    """The child's text when it reads as a definition (a gloss of ``least`` words or more)."""
    text = clean_card_text(child.text)
    words = plain(text).split()
    if len(words) < least or len(words) > 60 or "\n" in child.text or text.endswith("?") or text.startswith(("[[", "[", "!")):
        return ""
    if any(s.kind in ("wikilink", "link") and s.start == 0 for s in child.spans) or _PERSONAL.search(text):
        return ""
    return "" if is_ui_instruction(text) else text


def nested_entries(blocks: tuple[Block, ...], signs: BlockSigns | None = None) -> dict[int, Found]:
    """Cards from nested term and question items, keyed by the parent item's block index (the
    child item right after it is the card's body). ``signs``: the note's ``block_signs``, when
    the caller has them."""
    found: dict[int, Found] = {}
    entries: dict[int, Found] = {}  # term entries, kept if their lists hold enough of them
    answered: set[int] = set()  # questions with an answer nested under them: no list members
    # Only an item with a nested item right under it can give a card: most items have none.
    for i in (signs if signs is not None else block_signs(blocks)).parents:
        block, child = blocks[i], blocks[i + 1]
        text = block.text
        # A question ends in "?" (cleaning the text keeps it, and adds none): most items hold none.
        question = False
        if "?" in text:
            text = clean_card_text(text)
            question = text.endswith("?") and len(text.split()) >= 3
        if not question and _NOT_TERM.search(block.text):
            continue  # a sentence, not a bare term: no entry whatever is nested
        body = _definition(child, 1 if question else 3)  # an answer may be one word
        if body and question:
            answered.add(i)
            made = cloze_text(f"{text} {body}", [(len(text) + 1, len(text) + 1 + len(body), body)])
            if made is not None:
                found[i] = Found(made[0], made[1], "study_qa")
            continue
        labelled = _DEF_LABEL.match(body) if body else None
        if labelled:
            body = body[labelled.end() :]
        # A gloss opens in lower case or with an article (or is labelled a definition); release
        # notes and steps nested under a heading item open with a capitalised sentence ("Fixed
        # ...", "Obre l'aplicació ...").
        gloss = len(body.split()) >= 3 and (labelled or body[:1].islower() or plain(body).split()[0].lower() in _ARTICLES) and not _STATUS.match(body)
        match = _TERM.match(block.text.strip()) if gloss else None
        term = match.group("term").strip() if match else ""
        if term.lower().endswith(_DEF_MARKS) and " " in term:
            term = term.rsplit(None, 1)[0]  # "- Pleading def" over its definition: a lecture's mark
        if not term or len(term.split()) > 5 or not plausible_term(term) or is_label(term):
            continue
        made = cloze_text(f"{term}: {body}", [(0, len(term), term)])
        if made is not None:
            entries[i] = Found(made[0], made[1], "glossary_outline")
    if not entries:
        return found  # no entry at all: the lists need not be told apart
    # Entries count per list of items (one depth under one heading path): every item but an
    # answered question is a member.
    pending: dict[tuple[int, tuple[str, ...]], list[tuple[int, Found | None]]] = {}
    for i, block in enumerate(blocks):
        if block.kind == "item" and block.first_in_item and not block.task and i not in answered:
            pending.setdefault((block.level, block.headings), []).append((i, entries.get(i)))
    for group in pending.values():
        carded = [(i, card) for i, card in group if card is not None]
        if len(carded) >= 2 and 3 * len(carded) >= 2 * len(group):
            found.update(carded)
    return found
