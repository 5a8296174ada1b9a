"""The same blocks as the markdown-it-py parser, from markdown-it-pyrs (markdown-it in Rust).

markdown-it-pyrs parses about ten times faster than markdown-it-py but knows no Obsidian syntax.
This module turns its syntax tree into the block events ``markdown.parse`` walks, finds wiki
links, embeds, highlights, clozes, tags and inline math inside its text nodes itself (in
``markdown_obsidian``), and renders each block's inline content with the same ``InlineBuilder``
as markdown-it-py's tokens. Wherever that could give other blocks than markdown-it-py would, it
gives up and returns None, and the note is parsed by markdown-it-py as before:

- notes with syntax the Rust parser reads differently, not at all, or panics on: ``$$`` math,
  backslash escapes, inline footnotes ``^[...]``, link reference definitions, some table,
  footnote and list shapes, unclosed backticks after "[", deep nesting (markdown-it-py stops at
  40 levels) and very long notes (deep recursion in Rust must never be reached);
- an Obsidian marker whose closing marker is not inside the same text node (``[[a *b* c]]``, a
  highlight around bold text): the two parsers would split that text differently;
- a tag that runs to the end of a text node followed by more markup; a link label holding
  brackets or Obsidian markers.

``tests/test_markdown_fast.py`` compares both parsers on every corpus note, on generated notes
and on random Obsidian snippets.
"""

from __future__ import annotations

import re
from typing import Any

from srs.core.markdown_events import (
    CELL, CODE_EVENT, FRONT_MATTER, HEAD_CLOSE_EVENT, HEAD_OPEN_EVENT, HEADING, ITEM_EVENT, LIST_CLOSE_EVENT,
    LIST_OPEN_EVENT, PARAGRAPH, QUOTE_CLOSE_EVENT, QUOTE_OPEN_EVENT, ROW_CLOSE_EVENT, ROW_OPEN,
    SKIP_CLOSE_EVENT, SKIP_OPEN_EVENT, TABLE_EVENT, Event,
)
from srs.core.markdown_guard import needs_markdown_it_py
from srs.core.markdown_obsidian import GiveUp, markup_free, obsidian
from srs.core.markdown_render import Found, InlineBuilder, collapse_spaces

_BREAKS = frozenset(("softbreak", "hardbreak"))
_MAX_DEPTH = 16  # nesting the walk follows (well under markdown-it-py's maxNesting of 40)

_RS: Any = None  # the Rust parser, or False when markdown-it-pyrs is not installed


def _parser() -> Any:
    """The shared markdown-it-pyrs parser (built on first use), or False without the package."""
    global _RS
    if _RS is None:
        try:
            from markdown_it_pyrs import MarkdownIt
        except ImportError:  # an optional accelerator: without it every note takes the slow path
            _RS = False
        else:
            _RS = MarkdownIt("commonmark").enable_many(["table", "strikethrough", "front_matter", "footnote"])
    return _RS


def fast_events(source: str) -> tuple[list[Event], Found] | None:
    """The events markdown-it-py's tokens would give for ``source`` (see ``token_events``), or
    None when this note must be parsed by markdown-it-py."""
    if needs_markdown_it_py(source):
        return None
    parser = _parser()
    if not parser:
        return None
    try:
        tree = parser.tree(source)
    except BaseException as exc:  # noqa: BLE001 - a Rust panic arrives as a BaseException
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return None
    walker = _Walker(source.encode("utf-8"))
    try:
        walker.blocks(tree.children)
    except GiveUp:
        return None
    return walker.out, walker.found


class _Walker:
    """Turns the Rust parser's block nodes into events, in document order."""

    def __init__(self, data: bytes) -> None:
        self.data = data  # the source as UTF-8: the tree's source maps are byte offsets
        self.at = 0  # a byte offset, and the number of line breaks before it
        self.breaks = 0
        self.out: list[Event] = []
        self.found = Found()
        self.build = InlineBuilder(self.found)
        self.depth = 0  # containers the walk is inside

    def line(self, node: Any) -> int:
        """The 1-based line ``node`` starts on (counted on from the last line asked for: the
        walk goes forward, but for footnote definitions, which the tree moves to the end)."""
        span = node.srcmap
        if span is None:
            raise GiveUp
        start = span[0]
        if start >= self.at:
            self.breaks += self.data.count(b"\n", self.at, start)
        else:
            self.breaks -= self.data.count(b"\n", start, self.at)
        self.at = start
        return self.breaks + 1

    def inline(self, op: int, line: int, nodes: list[Any], names: list[str], level: int = 0) -> None:
        """An event for a paragraph, heading or cell whose inline content is ``nodes``."""
        build = self.build
        if len(names) == 1 and names[0] == "text":
            # The commonest block: one text node, mostly without markup. That text, stripped as
            # ``_inline`` strips a block's first and last text, is then all there is.
            content = nodes[0].meta["content"]
            text = content.strip()
            if markup_free(text):
                if not text and content:
                    raise GiveUp
                self.out.append((op, line, collapse_spaces(text), (), level))
                return
            obsidian(text, build, True, False, bounded=False)  # (what ``_inline`` would do)
        else:
            _inline(nodes, names, build, True, True)
        text, spans = build.done()
        self.out.append((op, line, text, spans, level))

    def blocks(self, nodes: list[Any]) -> None:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise GiveUp  # markdown-it-py stops nesting at 40 levels; the Rust parser never does
        out = self.out
        for node in nodes:
            name = node.name
            if name == "paragraph":
                children = node.children
                self.inline(PARAGRAPH, self.line(node), children, [child.name for child in children])
            elif name == "bullet_list" or name == "ordered_list":
                out.append(LIST_OPEN_EVENT)
                for item in node.children:
                    out.append(ITEM_EVENT)
                    self.item(item.children)
                out.append(LIST_CLOSE_EVENT)
            elif name == "heading" and (plain := self.plain_heading(node)) is not None:
                out.append(plain)
            elif name == "heading" or name == "lheading":
                children = node.children
                self.inline(HEADING, self.line(node), children, [child.name for child in children], node.meta["level"])
            elif name == "blockquote":
                out.append(QUOTE_OPEN_EVENT)
                self.blocks(node.children)
                out.append(QUOTE_CLOSE_EVENT)
            elif name == "table":
                self.table(node)
            elif name in ("fence", "code_block", "html_block"):
                out.append(CODE_EVENT)
            elif name == "front_matter":
                content = node.meta["content"].removesuffix("\n")
                if not content.strip():
                    raise GiveUp  # empty properties: the parsers disagree on whether they exist
                out.append((FRONT_MATTER, self.line(node), content, (), 0))
            elif name == "footnote_container":
                out.append(SKIP_OPEN_EVENT)
                for note in node.children:
                    if note.name != "footnote_def":
                        raise GiveUp
                    out.append(SKIP_OPEN_EVENT)
                    self.blocks(note.children)
                    out.append(SKIP_CLOSE_EVENT)
                out.append(SKIP_CLOSE_EVENT)
            elif name == "footnote_ref_anchor":
                continue
            elif name != "hr":
                raise GiveUp
        self.depth -= 1

    def plain_heading(self, node: Any) -> Event | None:
        """The event of an ATX heading whose title holds no inline syntax (most headings), read
        from its source line: one crossing into Rust for what its node would give in four (its
        children, their names, the text's content and the level)."""
        line = self.line(node)  # (reads the source map: the heading starts at ``self.at``)
        end = self.data.find(b"\n", self.at)
        written = self.data[self.at : end if end >= 0 else len(self.data)].decode("utf-8").lstrip(" ")
        title = written.lstrip("#")
        level = len(written) - len(title)
        if not 1 <= level <= 6 or (title and title[0] not in " \t") or _INLINE_SYNTAX.search(title) is not None:
            return None
        title, written = title.strip(), title
        if not title and written.strip(" \t"):
            return None  # (only Unicode space: left to the node, on which the walk gives up)
        if "  " in title or "\t" in title or "\u00a0" in title:
            title = collapse_spaces(title)
        return (HEADING, line, title, (), level)

    def item(self, nodes: list[Any]) -> None:
        """A list item: in a tight list its paragraphs are bare inline nodes, grouped here."""
        if not nodes:
            return
        names = [node.name for node in nodes]
        if _BLOCK_NAMES.isdisjoint(names):  # the commonest item: one run of inline nodes
            self.inline(PARAGRAPH, self.line(nodes[0]), nodes, names)
            return
        start = 0  # the first inline node of the run not yet made a paragraph
        for index, name in enumerate(names):
            if name in _BLOCK_NAMES:
                if index > start:
                    self.inline(PARAGRAPH, self.line(nodes[start]), nodes[start:index], names[start:index])
                start = index + 1
                self.blocks([nodes[index]])
        if start < len(nodes):
            self.inline(PARAGRAPH, self.line(nodes[start]), nodes[start:], names[start:])

    def table(self, node: Any) -> None:
        out = self.out
        out.append(TABLE_EVENT)
        for part in node.children:
            head = part.name == "thead"
            if head:
                out.append(HEAD_OPEN_EVENT)
            for row in part.children:
                out.append((ROW_OPEN, self.line(row), "", (), 0))
                for cell in row.children:
                    children = cell.children
                    self.inline(CELL, 0, children, [child.name for child in children])
                out.append(ROW_CLOSE_EVENT)
            if head:
                out.append(HEAD_CLOSE_EVENT)


_BLOCK_NAMES = frozenset((
    "paragraph", "bullet_list", "ordered_list", "heading", "lheading", "blockquote", "table", "fence",
    "code_block", "html_block", "hr", "front_matter",
))


def _inline(nodes: list[Any], names: list[str], build: InlineBuilder, top: bool, tag_at_start: bool,
            depth: int = 0) -> None:
    """Render ``nodes`` (``names`` are their names, read once: each read crosses into Rust).

    ``tag_at_start``: a ``#`` at the first node may start a tag (the block starts there).
    """
    if depth > _MAX_DEPTH:
        raise GiveUp  # markdown-it-py stops nesting at 40 levels; the Rust parser never does
    last = len(nodes) - 1
    allow = tag_at_start  # the character before this node is a space, a line break or none
    # After a text node ``allow`` is judged from its last character, only when the next text
    # node has markup to search (most have none): ``before`` is that text, None after other nodes.
    before: str | None = None
    for index, node in enumerate(nodes):
        name = names[index]
        if name == "text":
            content = node.meta["content"]
            if top and (index == 0 or index == last):
                # markdown-it-py strips a block's content of all Unicode space (a trailing
                # no-break space); the Rust parser of ASCII space only.
                stripped = content.lstrip() if index == 0 else content
                stripped = stripped.rstrip() if index == last else stripped
                if stripped != content:
                    if not stripped:
                        raise GiveUp
                    content = stripped
            if markup_free(content):
                build.text(content)  # (all ``obsidian`` would do)
            else:
                # What follows this node in the source: nothing, a line break, or other markup.
                open_end = names[index + 1] not in _BREAKS if index < last else not top
                if before is not None:
                    allow = bool(before) and (before[-1].isspace() or before[-1] in "(,")
                obsidian(content, build, allow, open_end, bounded=False)
            before = content
            continue
        before = None
        allow = name in _BREAKS
        if allow:
            build.line_break()
        elif name == "text_special":
            build.text(node.meta["content"])
        elif name in ("strong", "em", "strikethrough"):
            marker = node.meta["marker"]
            kind = "s" if name == "strikethrough" else name
            markup = marker * 2 if name != "em" else marker
            children = node.children
            if len(children) == 1 and (child := children[0]).name == "text":
                # The commonest emphasis, one text node: what ``_inline`` would do for it.
                content = child.meta["content"]
                if markup_free(content):
                    build.emphasis(kind, markup, content)
                    continue
                build.open(kind, markup)
                obsidian(content, build, False, True, bounded=False)
            else:
                build.open(kind, markup)
                _inline(children, [child.name for child in children], build, False, False, depth + 1)
            build.close()
        elif name in ("link", "autolink"):
            children = node.children
            _plain_label(children)
            build.open("link", "", node.meta["url"])
            _inline(children, [child.name for child in children], build, False, False, depth + 1)
            build.close()
        elif name == "image":
            _plain_label(node.children)
            build.image(node.meta["url"])
        elif name == "code_inline":
            content = "".join(child.meta["content"] for child in node.children)
            fence = "``" if "`" in content else "`"
            build.code(f"{fence}{content}{fence}")
        elif name not in ("html_inline", "footnote_ref", "footnote_ref_anchor"):
            raise GiveUp  # (those three render as nothing)


# What may start inline syntax of markdown-it or of the Obsidian rules (a line break too): a
# heading's title without these is one text node.
_INLINE_SYNTAX = re.compile(r"[\n\\`~*_\[\]!<>&{}=#$^%]")
_LABEL_MARKERS = re.compile(r"[\[\]$]|==|\{\{c")


def _plain_label(nodes: list[Any], depth: int = 0) -> None:
    """Give up on a link whose label holds Obsidian markers or brackets: markdown-it-py runs its
    inline rules while looking for the label's end, so a wiki link there changes where it ends."""
    for node in nodes:
        if node.name == "text" and _LABEL_MARKERS.search(node.meta["content"]):
            raise GiveUp
        if node.children:
            if depth > _MAX_DEPTH:
                raise GiveUp
            _plain_label(node.children, depth + 1)
