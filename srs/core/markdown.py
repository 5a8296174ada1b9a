"""Obsidian-flavoured markdown -> blocks with source lines.

One reused markdown-it instance (built lazily: importing this module stays cheap) parses each
note once. The token stream becomes a flat list of ``Block`` values (headings, paragraphs, list
items, table rows) whose text is already clean card text (see ``markdown_render``). Code, math,
HTML, comments, footnote definitions and front matter never become blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from srs.core.markdown_fast import fast_tokens
from srs.core.markdown_pre import blank_comments, looks_flattened, normalise, restore_flattened
from srs.core.markdown_render import Rendered, Span, render_inline

_MD: Any = None
_CALLOUT = re.compile(r"^\[!([\w-]+)\][+-]?[ \t]*")
_TASK = re.compile(r"^\[[ xX\-/<>?!*]\]\s")


@dataclass(frozen=True)
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


def _cut(rendered: Rendered, start: int) -> tuple[str, tuple[Span, ...]]:
    """The text from ``start`` on, with the spans that lie inside it shifted."""
    text = rendered.text[start:]
    spans = tuple(
        Span(s.kind, s.start - start, s.end - start, s.inner_start - start, s.inner_end - start, s.target, s.extra)
        for s in rendered.spans
        if s.start >= start
    )
    return text, spans


# Token types the walk acts on; every other token (closing tags mostly) is skipped at once.
_PARAGRAPH, _ITEM, _LIST_OPEN, _LIST_CLOSE, _CELL, _HEADING, _ROW_OPEN, _ROW_CLOSE = range(8)
_QUOTE_OPEN, _QUOTE_CLOSE, _SKIP_OPEN, _SKIP_CLOSE, _FRONT_MATTER, _TABLE, _HEAD_OPEN, _HEAD_CLOSE = range(8, 16)
_CODE = 16
_OPS: dict[str, int] = {
    "paragraph_open": _PARAGRAPH,
    "list_item_open": _ITEM,
    "bullet_list_open": _LIST_OPEN,
    "ordered_list_open": _LIST_OPEN,
    "bullet_list_close": _LIST_CLOSE,
    "ordered_list_close": _LIST_CLOSE,
    "td_open": _CELL,
    "th_open": _CELL,
    "heading_open": _HEADING,
    "tr_open": _ROW_OPEN,
    "tr_close": _ROW_CLOSE,
    "blockquote_open": _QUOTE_OPEN,
    "blockquote_close": _QUOTE_CLOSE,
    "footnote_block_open": _SKIP_OPEN,
    "footnote_open": _SKIP_OPEN,
    "footnote_block_close": _SKIP_CLOSE,
    "footnote_close": _SKIP_CLOSE,
    "front_matter": _FRONT_MATTER,
    "table_open": _TABLE,
    "thead_open": _HEAD_OPEN,
    "thead_close": _HEAD_CLOSE,
    "fence": _CODE,
    "code_block": _CODE,
    "html_block": _CODE,
    "math_block": _CODE,
    "math_block_eqno": _CODE,
}


def _rendered(inline: Any) -> Rendered:
    """An inline token's text and spans (the fast parser's tokens carry them rendered already)."""
    done = inline.meta.get("rendered") if inline.meta else None
    return done if done is not None else render_inline(inline.children)


def parse(text: str, *, fast: bool = True) -> Document:
    """Parse a note into blocks. May raise on pathological input; callers guard it.

    The tokens come from the Rust parser when it can give exactly markdown-it-py's (see
    ``markdown_fast``); ``fast=False`` always uses markdown-it-py.
    """
    source, flattened = prepare(text)
    tokens: Any = fast_tokens(source) if fast else None
    if tokens is None:
        tokens = markdown_parser().parse(source, {})
    blocks: list[Block] = []
    tags: list[str] = []
    media: list[str] = []
    links: list[str] = []
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
    row_cells: list[Rendered] = []
    row_line = 0
    skip_depth = 0  # inside footnote definitions

    def collect(rendered: Rendered) -> None:
        tags.extend(rendered.tags)
        media.extend(rendered.media)
        links.extend(rendered.links)

    ops = _OPS
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        op = ops.get(tok.type)
        if op is None:
            i += 1
            continue
        if op == _PARAGRAPH:
            if i + 1 < n:
                line = (tok.map[0] + 1) if tok.map else 0
                rendered = _rendered(tokens[i + 1])
                collect(rendered)
                text, spans = rendered.text, tuple(rendered.spans)
                callout = ""
                if quote_fresh:
                    quote_fresh = False
                    found = _CALLOUT.match(text)
                    if found:
                        callout = found.group(1).lower()
                        callout_stack[-1] = callout
                        newline = text.find("\n")
                        title = text[found.end() : newline if newline >= 0 else len(text)].strip()
                        headings.append((7, title or callout.capitalize()))
                        path = tuple(t for _level, t in headings)
                        start = newline + 1 if newline >= 0 else len(text)
                        text, spans = _cut(Rendered(text, list(spans)), start)
                        line += 1
                elif callout_stack:
                    callout = next((c for c in reversed(callout_stack) if c), "")
                task = False
                if list_depth > 0 and item_fresh and _TASK.match(text):
                    task = True
                block_kind = "item" if list_depth > 0 else "paragraph"
                if skip_depth == 0 and text.strip():
                    blocks.append(
                        Block(
                            block_kind, line, text, spans, list_depth, path, quote_depth > 0,
                            callout, task, first_in_item=item_fresh,
                        )
                    )
                item_fresh = False
                i += 1
        elif op == _ITEM:
            item_fresh = True
        elif op == _LIST_OPEN:
            list_depth += 1
        elif op == _LIST_CLOSE:
            list_depth -= 1
        elif op == _CELL:
            if i + 1 < n and tokens[i + 1].type == "inline":
                rendered = _rendered(tokens[i + 1])
                collect(rendered)
                row_cells.append(rendered)
                i += 1
        elif op == _HEADING:
            if i + 1 < n:
                line = (tok.map[0] + 1) if tok.map else 0
                rendered = _rendered(tokens[i + 1])
                collect(rendered)
                level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
                while headings and headings[-1][0] >= level and headings[-1][0] <= 6:
                    headings.pop()
                path = tuple(t for _level, t in headings)
                title = rendered.text.replace("\n", " ").strip()
                if skip_depth == 0 and title:
                    blocks.append(Block("heading", line, title, tuple(rendered.spans), level, path, quote_depth > 0))
                    headings.append((level, title))
                    path = (*path, title)
                i += 1
        elif op == _ROW_OPEN:
            row_cells = []
            row_line = (tok.map[0] + 1) if tok.map else 0
        elif op == _ROW_CLOSE:
            cells = tuple((c.text.strip(), tuple(c.spans)) for c in row_cells)
            text = " | ".join(c[0] for c in cells)
            # A header row with empty cells still says where a table starts and how many columns
            # it has (a glossary written under a blank header).
            if skip_depth == 0 and (text.strip(" |") or in_head):
                blocks.append(
                    Block("row", row_line, text, (), 0, path, quote_depth > 0,
                          cells=cells, header=in_head, table=table_index)
                )
        elif op == _QUOTE_OPEN:
            quote_depth += 1
            callout_stack.append("")
            quote_fresh = True
        elif op == _QUOTE_CLOSE:
            quote_depth -= 1
            if callout_stack and callout_stack.pop():
                # Leaving a callout: drop its title from the heading path.
                if headings and headings[-1][0] > 6:
                    headings.pop()
                    path = tuple(t for _level, t in headings)
        elif op == _SKIP_OPEN:
            skip_depth += 1
        elif op == _SKIP_CLOSE:
            skip_depth = max(0, skip_depth - 1)
        elif op == _FRONT_MATTER:
            front_matter = tok.content
            fm_line = ((tok.map[0] + 1) if tok.map else 0) or 1
        elif op == _TABLE:
            table_index += 1
        elif op == _HEAD_OPEN:
            in_head = True
        elif op == _HEAD_CLOSE:
            in_head = False
        else:  # code, math, HTML: a list item's first paragraph is no longer ahead
            item_fresh = False
        i += 1
    return Document(
        tuple(blocks), front_matter, fm_line, tuple(dict.fromkeys(tags)), tuple(dict.fromkeys(media)),
        tuple(dict.fromkeys(links)), flattened,
    )
