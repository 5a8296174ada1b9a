"""Obsidian-flavoured markdown -> blocks with source lines.

One reused markdown-it instance (built lazily: importing this module stays cheap) parses each
note once. The token stream becomes a flat list of ``Block`` values (headings, paragraphs, list
items, table rows) whose text is already clean card text (see ``markdown_render``). Code, math,
HTML, comments, footnote definitions and front matter never become blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from srs.core.markdown_events import (
    CELL, FRONT_MATTER, HEAD_CLOSE, HEAD_OPEN, HEADING, ITEM, LIST_CLOSE, LIST_OPEN, PARAGRAPH, QUOTE_CLOSE,
    QUOTE_OPEN, ROW_CLOSE, ROW_OPEN, SKIP_CLOSE, SKIP_OPEN, TABLE, token_events,
)
from srs.core.markdown_fast import fast_events
from srs.core.markdown_flat import looks_flattened, restore_flattened
from srs.core.markdown_pre import blank_comments, normalise
from srs.core.markdown_render import Span, new_span

_MD: Any = None
_CALLOUT = re.compile(r"^\[!([\w-]+)\][+-]?[ \t]*")
_TASK = re.compile(r"^\[[ xX\-/<>?!*]\]\s")


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of prose: ``kind`` is heading, paragraph, item or row.

    ``line`` is the 1-based line in the original file. ``text`` is clean card text in which
    ``spans`` mark emphasis, highlights, links, clozes and tags. ``headings`` is the path of
    headings (and callout titles) above the block. A row carries its cells as (text, spans).
    """

    kind: str
    line: int
    text: str
    spans: tuple[Span, ...] = ()
    level: int = 0  # heading level, or list depth for items
    headings: tuple[str, ...] = ()
    quote: bool = False
    callout: str = ""
    task: bool = False
    cells: tuple[tuple[str, tuple[Span, ...]], ...] = ()
    header: bool = False  # a table's header row
    table: int = -1  # index of the table a row belongs to
    first_in_item: bool = False  # the first paragraph of a list item


class _BlockMaker:
    """Makes a ``Block`` with every field given (what ``_block`` returns: equal to ``Block(...)``,
    same hash and repr, still frozen) at under half the cost of setting each slot through its
    descriptor, and a fraction of the frozen dataclass's __init__ (which sets each field through
    object.__setattr__): the same slots, set by a plain __init__'s attribute stores (the
    interpreter's fastest), then ``__class__`` assignment, which Python allows between classes of
    the same layout (see ``markdown_render._SpanMaker``). Slots, not a filled __dict__: the rules
    read a block's fields many times, and an instance whose __dict__ was asked for reads each
    attribute several times more slowly."""

    __slots__ = Block.__slots__

    def __init__(self, kind: str, line: int, text: str, spans: tuple[Span, ...], level: int,
                 headings: tuple[str, ...], quote: bool, callout: str, task: bool,
                 cells: tuple[tuple[str, tuple[Span, ...]], ...], header: bool, table: int, first_in_item: bool) -> None:
        self.kind = kind
        self.line = line
        self.text = text
        self.spans = spans
        self.level = level
        self.headings = headings
        self.quote = quote
        self.callout = callout
        self.task = task
        self.cells = cells
        self.header = header
        self.table = table
        self.first_in_item = first_in_item
        self.__class__ = Block  # type: ignore[assignment]


if TYPE_CHECKING:
    def _block(kind: str, line: int, text: str, spans: tuple[Span, ...], level: int, headings: tuple[str, ...],
               quote: bool, callout: str, task: bool, cells: tuple[tuple[str, tuple[Span, ...]], ...], header: bool,
               table: int, first_in_item: bool) -> Block:
        """``Block(...)`` with every field given, made faster."""
else:
    _block = _BlockMaker  # (a class, not a function calling it: a call less per block)


@dataclass(frozen=True)
class Document:
    """A parsed note: its blocks, front matter source, links, tags and embeds."""

    blocks: tuple[Block, ...]
    front_matter: str | None
    front_matter_line: int
    tags: tuple[str, ...]
    media: tuple[str, ...]
    links: tuple[str, ...]
    flattened: bool


def build_markdown_it(*, dispatch: bool = True) -> Any:
    """A new MarkdownIt with the Obsidian rules; ``dispatch`` narrows its rule loops (same tokens)."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    from srs.core.markdown_dispatch import install_block_dispatch, install_inline_dispatch
    from srs.core.markdown_inline import RULE_STARTS, add_obsidian_inline

    md = MarkdownIt("commonmark", {"html": True, "maxNesting": 40})
    md.enable(["table", "strikethrough"])
    md.use(front_matter_plugin).use(footnote_plugin).use(dollarmath_plugin, allow_space=True, double_inline=True)
    add_obsidian_inline(md)
    if dispatch:
        install_inline_dispatch(md, RULE_STARTS)
        install_block_dispatch(md)
    return md


def markdown_parser() -> Any:
    """The shared MarkdownIt instance with the Obsidian rules (built on first use)."""
    global _MD
    if _MD is None:
        _MD = build_markdown_it()
    return _MD


def prepare(text: str) -> tuple[str, bool]:
    """The text markdown-it sees: normalised, flattened notes restored, comments blanked."""
    text = normalise(text)
    flattened = looks_flattened(text)
    if flattened:
        text = restore_flattened(text)
    return blank_comments(text), flattened


def _cut(text: str, spans: tuple[Span, ...], start: int) -> tuple[str, tuple[Span, ...]]:
    """The text from ``start`` on, with the spans that lie inside it shifted."""
    cut = tuple(
        new_span(s.kind, s.start - start, s.end - start, s.inner_start - start, s.inner_end - start, s.target, s.extra)
        for s in spans
        if s.start >= start
    )
    return text[start:], cut


def parse(text: str, *, fast: bool = True) -> Document:
    """Parse a note into blocks. May raise on pathological input; callers guard it.

    The events come from the Rust parser when it can give exactly markdown-it-py's (see
    ``markdown_fast``); ``fast=False`` always uses markdown-it-py.
    """
    source, flattened = prepare(text)
    parsed = fast_events(source) if fast else None
    if parsed is None:
        parsed = token_events(markdown_parser().parse(source, {}))
    events, found = parsed
    blocks: list[Block] = []
    headings: list[tuple[int, str]] = []
    path: tuple[str, ...] = ()  # the titles in ``headings``, rebuilt when it changes
    front_matter: str | None = None
    fm_line = 1
    list_depth = 0
    quote_depth = 0
    callout_stack: list[str] = []  # callout type per open blockquote ("" when none)
    quote_fresh = False  # the next paragraph is the first inside a blockquote
    item_fresh = False
    table_index = -1
    in_head = False
    row_cells: list[tuple[str, tuple[Span, ...]]] = []
    row_line = 0
    skip_depth = 0  # inside footnote definitions

    for op, line, text, spans, level in events:
        if op == PARAGRAPH:
            callout = ""
            if quote_fresh:
                quote_fresh = False
                found_callout = _CALLOUT.match(text)
                if found_callout:
                    callout = found_callout.group(1).lower()
                    callout_stack[-1] = callout
                    newline = text.find("\n")
                    title = text[found_callout.end() : newline if newline >= 0 else len(text)].strip()
                    headings.append((7, title or callout.capitalize()))
                    path = tuple(t for _level, t in headings)
                    text, spans = _cut(text, spans, newline + 1 if newline >= 0 else len(text))
                    line += 1
            elif callout_stack:
                callout = next((c for c in reversed(callout_stack) if c), "")
            task = list_depth > 0 and item_fresh and text[:1] == "[" and _TASK.match(text) is not None
            if skip_depth == 0 and text and not text.isspace():
                blocks.append(
                    _block(
                        "item" if list_depth > 0 else "paragraph", line, text, spans, list_depth, path,
                        quote_depth > 0, callout, task, (), False, -1, item_fresh,
                    )
                )
            item_fresh = False
        elif op == ITEM:
            item_fresh = True
        elif op == LIST_OPEN:
            list_depth += 1
        elif op == LIST_CLOSE:
            list_depth -= 1
        elif op == CELL:
            row_cells.append((text, spans))
        elif op == HEADING:
            while headings and headings[-1][0] >= level and headings[-1][0] <= 6:
                headings.pop()
            path = path[: len(headings)]  # (``path`` holds the titles in ``headings``)
            title = text.replace("\n", " ").strip()
            if skip_depth == 0 and title:
                blocks.append(_block("heading", line, title, spans, level, path, quote_depth > 0, "", False, (), False, -1, False))
                headings.append((level, title))
                path = (*path, title)
        elif op == ROW_OPEN:
            row_cells = []
            row_line = line
        elif op == ROW_CLOSE:
            cells = tuple((cell_text.strip(), cell_spans) for cell_text, cell_spans in row_cells)
            row_text = " | ".join(c[0] for c in cells)
            # A header row with empty cells still says where a table starts and how many columns
            # it has (a glossary written under a blank header).
            if skip_depth == 0 and (row_text.strip(" |") or in_head):
                blocks.append(
                    _block("row", row_line, row_text, (), 0, path, quote_depth > 0, "", False, cells, in_head,
                           table_index, False)
                )
        elif op == QUOTE_OPEN:
            quote_depth += 1
            callout_stack.append("")
            quote_fresh = True
        elif op == QUOTE_CLOSE:
            quote_depth -= 1
            if callout_stack and callout_stack.pop():
                # Leaving a callout: drop its title from the heading path.
                if headings and headings[-1][0] > 6:
                    headings.pop()
                    path = tuple(t for _level, t in headings)
        elif op == SKIP_OPEN:
            skip_depth += 1
        elif op == SKIP_CLOSE:
            skip_depth = max(0, skip_depth - 1)
        elif op == FRONT_MATTER:
            front_matter = text
            fm_line = line or 1
        elif op == TABLE:
            table_index += 1
        elif op == HEAD_OPEN:
            in_head = True
        elif op == HEAD_CLOSE:
            in_head = False
        else:  # code, math, HTML: a list item's first paragraph is no longer ahead
            item_fresh = False
    # (made by filling its __dict__: faster than the frozen dataclass's __init__; most notes have
    # no media, many no tags)
    document = object.__new__(Document)
    fields = document.__dict__
    fields["blocks"] = tuple(blocks)
    fields["front_matter"] = front_matter
    fields["front_matter_line"] = fm_line
    fields["tags"] = tuple(dict.fromkeys(found.tags)) if found.tags else ()
    fields["media"] = tuple(dict.fromkeys(found.media)) if found.media else ()
    fields["links"] = tuple(dict.fromkeys(found.links)) if found.links else ()
    fields["flattened"] = flattened
    return document
