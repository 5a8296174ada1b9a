"""Definition lists written in HTML, which Markdown has no syntax of its own for:

    <dl>
    <dt>crossing number</dt>
    <dd>the least number of crossings over all diagrams of the knot.</dd>
    </dl>

The parser keeps an HTML block out of the note's prose (it is markup, like code), so the terms of
such a list are read here, from the note's text: each ``<dt>`` and the ``<dd>`` after it make one
glossary entry. A list inside code (fenced, indented or inline), a comment, an HTML comment or a
``<pre>``/``<script>`` element is an example, not a glossary, and gives nothing.
"""

from __future__ import annotations

import html
import re

from srs.core.extract.cardcontext import sentence_key
from srs.core.extract.filters import plausible_term
from srs.core.extract.found import Found
from srs.core.extract.notecards import NoteCard

__all__ = ["definition_list_cards"]

# What hides a list from the reader: a fenced code block, an Obsidian comment, an HTML comment,
# inline code, an indented line (a code block) and the raw elements of HTML ("<pre>", "<script>" ...).
_HIDDEN = re.compile(
    r"^(?P<fence>```|~~~)[^\n]*\n.*?^(?P=fence)[ \t]*$|%%.*?%%|<!--.*?-->|`[^`\n]+`|^(?: {4}|\t)<dl\b[^\n]*$"
    r"|<(?P<raw>script|pre|code|style|template|textarea)\b.*?</(?P=raw)\s*>",
    re.S | re.M,
)
_LIST = re.compile(r"<dl\b[^>]*>(.*?)</dl\s*>", re.S | re.I)
_PAIR = re.compile(r"<dt\b[^>]*>(?P<term>.*?)</dt\s*>\s*<dd\b[^>]*>(?P<gloss>.*?)</dd\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def _plain(fragment: str) -> str:
    """An HTML fragment's text: tags dropped, entities read, white space made single."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub("", fragment))).strip()


def definition_list_cards(text: str) -> list[NoteCard]:
    """A card for each term of each HTML definition list in ``text`` that no code or comment
    hides: "{{c1::crossing number}}: the least number of crossings ...", on the ``<dt>``'s line."""
    if "<dt" not in text and "<DT" not in text:
        return []
    # Hidden spans are blanked, not cut, so that offsets (and line numbers) stay the note's.
    visible = _HIDDEN.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    cards: list[NoteCard] = []
    for listing in _LIST.finditer(visible):
        for pair in _PAIR.finditer(visible, listing.start(1), listing.end(1)):
            term, gloss = _plain(pair.group("term")), _plain(pair.group("gloss"))
            if not 1 <= len(term.split()) <= 6 or len(gloss.split()) < 3 or "{{" in term + gloss or not plausible_term(term):
                continue
            card = "{{c1::" + term + "}}: " + gloss
            line = visible.count("\n", 0, pair.start()) + 1
            cards.append(NoteCard(Found(card, (term,), "glossary_list"), line, sentence_key(f"{term}: {gloss}"), ""))
    return cards
