"""The block events ``markdown.parse`` turns into blocks, and how markdown-it-py's tokens give them.

An event is a plain tuple ``(op, line, text, spans, level)``: ``op`` says what happens (a
paragraph, a list opening, a table row closing...), ``line`` is the 1-based source line (0 where
it does not matter), ``text`` and ``spans`` are a paragraph's, heading's or cell's rendered
inline content (a front matter event carries its source in ``text``) and ``level`` is a
heading's level. Both parsers produce the same events: markdown-it-py's tokens through
``token_events`` here, the Rust parser's tree through ``markdown_fast``. Tuples, not objects:
a note has hundreds of events, and the walk over them is the hot loop of every scan.
"""

from __future__ import annotations

from typing import Any

from srs.core.markdown_render import Found, InlineBuilder, Span, render_inline

Event = tuple[int, int, str, tuple[Span, ...], int]

# What an event does (the walk in ``markdown.parse`` branches on these).
PARAGRAPH, ITEM, LIST_OPEN, LIST_CLOSE, CELL, HEADING, ROW_OPEN, ROW_CLOSE = range(8)
QUOTE_OPEN, QUOTE_CLOSE, SKIP_OPEN, SKIP_CLOSE, FRONT_MATTER, TABLE, HEAD_OPEN, HEAD_CLOSE = range(8, 16)
CODE = 16  # fenced or indented code, math or HTML: only ends a list item's first paragraph


def bare(op: int) -> Event:
    """An event with nothing but its op (shared: events are never changed once made)."""
    return (op, 0, "", (), 0)


ITEM_EVENT, LIST_OPEN_EVENT, LIST_CLOSE_EVENT = bare(ITEM), bare(LIST_OPEN), bare(LIST_CLOSE)
QUOTE_OPEN_EVENT, QUOTE_CLOSE_EVENT = bare(QUOTE_OPEN), bare(QUOTE_CLOSE)
SKIP_OPEN_EVENT, SKIP_CLOSE_EVENT, CODE_EVENT = bare(SKIP_OPEN), bare(SKIP_CLOSE), bare(CODE)
TABLE_EVENT, HEAD_OPEN_EVENT, HEAD_CLOSE_EVENT = bare(TABLE), bare(HEAD_OPEN), bare(HEAD_CLOSE)
ROW_CLOSE_EVENT = bare(ROW_CLOSE)

# markdown-it token types and their ops; every other token (closing tags mostly) is no event.
_OPS: dict[str, int] = {
    "paragraph_open": PARAGRAPH,
    "list_item_open": ITEM,
    "bullet_list_open": LIST_OPEN,
    "ordered_list_open": LIST_OPEN,
    "bullet_list_close": LIST_CLOSE,
    "ordered_list_close": LIST_CLOSE,
    "td_open": CELL,
    "th_open": CELL,
    "heading_open": HEADING,
    "tr_open": ROW_OPEN,
    "tr_close": ROW_CLOSE,
    "blockquote_open": QUOTE_OPEN,
    "blockquote_close": QUOTE_CLOSE,
    "footnote_block_open": SKIP_OPEN,
    "footnote_open": SKIP_OPEN,
    "footnote_block_close": SKIP_CLOSE,
    "footnote_close": SKIP_CLOSE,
    "front_matter": FRONT_MATTER,
    "table_open": TABLE,
    "thead_open": HEAD_OPEN,
    "thead_close": HEAD_CLOSE,
    "fence": CODE,
    "code_block": CODE,
    "html_block": CODE,
    "math_block": CODE,
    "math_block_eqno": CODE,
}


def token_events(tokens: list[Any]) -> tuple[list[Event], Found]:
    """The events of markdown-it-py's tokens, and what their inline content points at.

    A paragraph, heading or cell event takes the inline token after its opening token.
    """
    found = Found()
    build = InlineBuilder(found)
    out: list[Event] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        op = _OPS.get(tok.type)
        i += 1
        if op is None:
            continue
        line = (tok.map[0] + 1) if tok.map else 0
        if op == PARAGRAPH or op == HEADING:
            if i < n:
                text, spans = render_inline(tokens[i].children, build)
                level = 0
                if op == HEADING:
                    level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
                out.append((op, line, text, spans, level))
                i += 1
        elif op == CELL:
            if i < n and tokens[i].type == "inline":
                text, spans = render_inline(tokens[i].children, build)
                out.append((op, line, text, spans, 0))
                i += 1
        elif op == FRONT_MATTER:
            out.append((op, line, tok.content, (), 0))
        else:
            out.append((op, line, "", (), 0))
    return out, found
