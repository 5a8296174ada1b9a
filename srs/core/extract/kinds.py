"""Lists that name the kinds of one thing: "1. **Fleeting notes:** Ideas or reminders ...",
"2. **Literature notes:** Summaries of ...".

A glossary entry with a capitalised gloss reads like a meeting note ("**Alice:** Finished the
page") or a task ("**Call:** Mum about lunch"), so it is not taken on its own. When two or more
entries of one list name noun phrases that end in the same lower-case head ("... notes",
"... learning"), the list sorts the kinds of one thing: each entry defines its term.
"""

from __future__ import annotations

import re
from collections import Counter

from srs.core.extract.blockshapes import BlockSigns, block_signs
from srs.core.extract.lists import run_index
from srs.core.extract.rules import Found
from srs.core.extract.sentences import cloze_text
from srs.core.markdown import Block

_KIND_ENTRY = re.compile(
    r"^(?:\*\*|__)(?P<term>[A-Z][^*_\n:：]{1,50}?)(?P<colon>[:：])?(?:\*\*|__)\s*(?(colon)|[:：])\s+(?P<body>\S.*)$",
    re.S,
)
_HEAD = re.compile(r"^[a-z][a-z-]{2,}$")
_WORD = re.compile(r"^[A-Za-z][a-z-]*$")
# A gloss that opens with a pronoun, a past verb, a step ("To view ...", "Tap and hold") or a
# number reports or instructs, it does not define.
_REPORT_START = re.compile(
    r"^(?:I|We|He|She|They|It|You|My|Our|This|That|To|For|If|When|Open|Tap|Touch|Click|Select|Press|Use|Go|See|Om|Um|Para|Pour|Per|För|\d)\b"
    r"|^[A-Z][a-z]+ed\b"
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|we|our|us|vi|wij|wir|nous|noi|du)\b", re.I)
# A term with a preposition or conjunction inside names a topic ("Markdown in properties").
_FUNCTION_WORDS = frozenset(
    "in on at of for to from with by and or into about via as the a an i af av van von de der des du la le och og "
    "en et om um zu im para por pour".split()
)


def _entry(block: Block) -> tuple[str, str] | None:
    match = _KIND_ENTRY.match(block.text)
    if match is None:
        return None
    term, body = match.group("term").strip(), match.group("body").strip()
    words = term.split()
    if not 2 <= len(words) <= 4 or not _HEAD.match(words[-1]) or not all(_WORD.match(w) for w in words):
        return None
    if any(w.lower() in _FUNCTION_WORDS for w in words):
        return None
    if len(body.split()) < 4 or not body[:1].isupper() or _REPORT_START.match(body) or body.endswith("?"):
        return None
    if _SECOND_PERSON.search(" ".join(body.split(None, 2)[:2])) or "**" in body or "`" in body or "[[" in body:
        return None  # an instruction to the reader or a step naming a button or a path
    return term, body


def kind_glossaries(blocks: tuple[Block, ...], signs: BlockSigns | None = None) -> dict[int, Found]:
    """Cards of list items that name kinds sharing a head word, by block index. Their rule,
    "glossary_kinds", does not vouch for other entries of the note the way a sure
    "glossary_list" does. ``signs``: the note's ``block_signs``, when the caller has them."""
    # An entry opens with a capital in bold, and a kind needs a second one: most notes have no
    # such pair of list items at all.
    if (signs if signs is not None else block_signs(blocks)).capital_items < 2:
        return {}
    run_of = run_index(blocks)  # which list each item belongs to; the entries are read below
    entries: dict[int, tuple[str, str]] = {}
    for i, block in enumerate(blocks):
        if block.kind == "item" and block.first_in_item and run_of[i] >= 0:
            entry = _entry(block)
            if entry:
                entries[i] = entry
    heads = Counter((run_of[i], term.split()[-1].lower()) for i, (term, _b) in entries.items())
    found: dict[int, Found] = {}
    for i, (term, body) in entries.items():
        if heads[(run_of[i], term.split()[-1].lower())] < 2:
            continue
        made = cloze_text(f"**{term}**: {body}", [(0, len(term) + 4, term)])
        if made is not None:
            found[i] = Found(made[0], made[1], "glossary_kinds")
    return found
