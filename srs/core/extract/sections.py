"""Terms whose definition sits in the block below them: a term heading whose section opens with a
labelled definition ("## Osmosis" / "**Definition:** the movement of ..."), and terms written
alone ("**Nucleus**", "Osmosis:", a bold list item) glossed by the first item of the list below.
Cards are keyed by the block that holds the definition."""

from __future__ import annotations

import re

from srs.core.extract.filters import is_label
from srs.core.extract.glossing import ARTICLES as _ARTICLES
from srs.core.extract.glossing import NUMBER_MARK as _NUMBER_MARK
from srs.core.extract.glossing import REPORT as _REPORT
from srs.core.extract.glossing import STATUS as _STATUS
from srs.core.extract.glossing import gloss as _gloss
from srs.core.extract.lists import LIST_ARTICLES, _parallel
from srs.core.extract.rules import Found
from srs.core.extract.sentences import plain
from srs.core.markdown import Block

# "**Definition:** the movement of ...", "- Def: ...": a labelled definition under a term heading.
DEFINITION_LINE = re.compile(
    r"^(?:\*\*|__)?(?:definition|def|defn|meaning|defined\s+as|definición|définition|definizione|definição|bedeutung)"
    r"\s*[:：](?:\*\*|__)?\s*(?P<body>\S[^\n]*)",
    re.I,
)


def labelled_definitions(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """A term heading whose section opens with a labelled definition ("## Osmosis" then
    "**Definition:** the movement of water ..."), as course-note templates write them."""
    found: dict[int, Found] = {}
    for i, block in enumerate(blocks[:-1]):
        if block.kind != "heading" or block.level < 2:
            continue
        after = blocks[i + 1]
        if after.kind not in ("paragraph", "item") or after.text[:1] not in "*_DdMmBb":
            continue
        match = DEFINITION_LINE.match(after.text)
        term = _NUMBER_MARK.sub("", plain(block.text)).strip()
        if match is None or len(term.split()) > 5 or is_label(term):
            continue
        card = _gloss(term, match.group("body"), "heading_definition")
        if card is not None:
            found[i + 1] = card
    return found


# A block that is only a term: "**Nucleus**", "Osmosis:", "- **Nucleus**".
_TERM_ONLY = re.compile(r"^(?:(?:\*\*|__)(?P<bold>[^*_\n]{1,50}?)[:：]?(?:\*\*|__)[:：]?|(?P<plain>[^\W\d_][^\n:：*_`\[\]]{0,48}?)[:：])$")


# "movement of water ...", "the site of protein synthesis", "a sac that holds ...".
_OF_GLOSS = re.compile(r"^(?:(?:a|an|the)\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?\s+(?:of|that|which|whose|where|whereby)\s")
_TERM_WORDS = re.compile(r"^[^\W\d_][^.!?:;,\[\]`*_=()]{0,48}$")


def headed_lists(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """Terms written alone ("**Nucleus**", "Osmosis:", a bold list item, a heading) each followed by a list
    whose first item glosses them ("- Control centre of the cell"): three such pairs or more,
    distinct terms, first items that neither report nor open alike. Keyed by the first item."""
    pairs: list[tuple[int, str, str]] = []
    for i, block in enumerate(blocks[:-1]):
        if block.kind not in ("paragraph", "item", "heading") or block.quote or len(block.text) > 60:
            continue
        child = blocks[i + 1]
        if child.kind != "item" or not child.first_in_item or child.task:
            continue
        if block.kind == "heading":
            # "## Osmosis" then "- movement of water across ...": the heading is the term.
            term = plain(block.text).strip() if block.level >= 2 and child.level == 1 else ""
        else:
            match = _TERM_ONLY.match(block.text)
            if match is None or (block.kind == "item" and child.level <= block.level):
                continue
            term = (match.group("bold") or match.group("plain") or "").strip()
        if not term or not _TERM_WORDS.match(term):
            continue
        body = child.text.strip()
        words = plain(body).split()
        if len(term.split()) > 4 or is_label(term) or not 3 <= len(words) <= 30 or "\n" in body:
            continue
        if _REPORT.match(body) or _STATUS.match(body.lower()) or not body[:1].isalpha() or "?" in body or "**" in body:
            continue
        if not (body[:1].islower() or body.split(None, 1)[0].lower() in _ARTICLES):
            continue  # "Öffne die Befehlspalette", "Click the ribbon": steps under a label, not glosses
        if block.kind == "heading" and not _OF_GLOSS.match(body[:1].lower() + body[1:]):
            continue  # any section holds a list; only a gloss pinned by "of"/"that" names the heading
        pairs.append((i + 1, term, body))
    terms = [t.lower() for _i, t, _b in pairs]
    if len(pairs) < 3 or len(set(terms)) != len(pairs):
        return {}
    if any(a != b and re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", b) for a in terms for b in terms):
        return {}  # "Recommended:" / "Not recommended:": labels of a contrast, not terms
    if _parallel([tuple(w.lower() for w in plain(b).split(None, 2)[:2]) for _i, _t, b in pairs], LIST_ARTICLES):
        return {}
    found: dict[int, Found] = {}
    for i, term, body in pairs:
        card = _gloss(term, body, "glossary_outline~")
        if card is not None:
            found[i] = card
    return found if len(found) >= 3 else {}


# An alias line under a dictionary entry's word: "*anachronistic*".
_ENTRY_OPENERS = frozenset("a an the one any something someone somebody".split())
_ALIAS_LINE = re.compile(r"^(?:\*[^*\n]{1,60}\*|_[^_\n]{1,60}_)$")


def dictionary_entries(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """A note written as a dictionary, one top-level heading a word ("# Anachronism", an optional
    italic alias line, then its definition), as definition plugins store them: two words or more,
    and every top-level heading of the note of that shape. Keyed by the definition."""
    found: dict[int, Found] = {}
    heads = 0
    for i, block in enumerate(blocks):
        if block.kind != "heading" or block.level != 1:
            continue
        heads += 1
        j = i + 1
        alias = j < len(blocks) and blocks[j].kind == "paragraph" and _ALIAS_LINE.match(blocks[j].text) is not None
        j += alias
        body = blocks[j] if j < len(blocks) else None
        term = plain(block.text).strip()
        if body is None or body.kind != "paragraph" or body.quote or not _TERM_WORDS.match(term) or len(term.split()) > 4:
            return {}
        if not body.text[:1].isupper() or _REPORT.match(body.text) or "\n" in body.text:
            return {}
        if not alias and body.text.split()[0].lower() not in _ENTRY_OPENERS:
            return {}  # without an alias line, only a gloss that opens as a noun phrase ("A mild word ...")
        card = _gloss(term, body.text, "glossary_entry")
        if card is None:
            return {}
        found[j] = card
    return found if heads >= 2 else {}
