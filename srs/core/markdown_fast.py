"""The same blocks as the markdown-it-py parser, from markdown-it-pyrs (markdown-it in Rust).

markdown-it-pyrs parses about ten times faster than markdown-it-py but knows no Obsidian syntax.
This module turns its syntax tree into the block tokens ``markdown.parse`` walks, finds wiki
links, embeds, highlights, clozes, tags and inline math inside its text nodes itself, and renders
each block's inline content with the same ``InlineBuilder`` as markdown-it-py's tokens. Wherever
that could give other blocks than markdown-it-py would, it gives up and returns None, and the
note is parsed by markdown-it-py as before:

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
from bisect import bisect_left
from typing import Any

from srs.core.markdown_guard import needs_markdown_it_py
from srs.core.markdown_inline import CLOZE_RE, TAG_RE
from srs.core.markdown_render import InlineBuilder, Rendered

_OPENERS = re.compile(r"[{!\[=#$]")
_WIKILINK_WINDOW = 600
_MARK_WINDOW = 1200
_CLOZE_WINDOW = 1200
_TAG_WINDOW = 200
_BREAKS = frozenset(("softbreak", "hardbreak"))
_MAX_DEPTH = 16  # nesting the walk follows (well under markdown-it-py's maxNesting of 40)

_RS: Any = None  # the Rust parser, or False when markdown-it-pyrs is not installed


class GiveUp(Exception):
    """The Rust parser's tree cannot be turned into exactly markdown-it-py's tokens."""


_NONE: dict = {}


class Tok:
    """The part of a markdown-it block ``Token`` that ``markdown.parse`` reads. An inline token
    carries its text already rendered, in ``meta["rendered"]``."""

    __slots__ = ("type", "map", "tag", "content", "meta")

    def __init__(self, type_: str, line: int | None = None, *, tag: str = "", content: str = "",
                 meta: dict | None = None) -> None:
        self.type = type_
        self.map = None if line is None else [line, line + 1]
        self.tag = tag
        self.content = content
        self.meta = meta or _NONE  # shared: nothing writes to a token's meta after it is made


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


def fast_tokens(source: str) -> list[Tok] | None:
    """markdown-it-py's block tokens for ``source`` (inline ones rendered), or None when this
    note must be parsed by markdown-it-py."""
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
    data = source.encode("utf-8")
    newlines: list[int] = []
    at = data.find(b"\n")
    while at >= 0:
        newlines.append(at)
        at = data.find(b"\n", at + 1)
    out: list[Tok] = []
    try:
        _Walker(newlines, out).blocks(tree.children)
    except GiveUp:
        return None
    return out


class _Walker:
    def __init__(self, newlines: list[int], out: list[Tok]) -> None:
        self.newlines = newlines
        self.out = out
        self.depth = 0  # containers the walk is inside

    def line(self, node: Any) -> int:
        span = node.srcmap
        if span is None:
            raise GiveUp
        return bisect_left(self.newlines, span[0])

    def blocks(self, nodes: list[Any]) -> None:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise GiveUp  # markdown-it-py stops nesting at 40 levels; the Rust parser never does
        out = self.out
        for node in nodes:
            name = node.name
            if name == "paragraph":
                out.append(Tok("paragraph_open", self.line(node)))
                out.append(Tok("inline", meta={"rendered": inline(node.children)}))
            elif name in ("bullet_list", "ordered_list"):
                out.append(Tok(name + "_open"))
                for item in node.children:
                    out.append(Tok("list_item_open"))
                    self.item(item.children)
                    out.append(Tok("list_item_close"))
                out.append(Tok(name + "_close"))
            elif name in ("heading", "lheading"):
                out.append(Tok("heading_open", self.line(node), tag=f"h{node.meta['level']}"))
                out.append(Tok("inline", meta={"rendered": inline(node.children)}))
            elif name == "blockquote":
                out.append(Tok("blockquote_open"))
                self.blocks(node.children)
                out.append(Tok("blockquote_close"))
            elif name == "table":
                self.table(node)
            elif name in ("fence", "code_block", "html_block"):
                out.append(Tok(name))
            elif name == "front_matter":
                content = node.meta["content"].removesuffix("\n")
                if not content.strip():
                    raise GiveUp  # empty properties: the parsers disagree on whether they exist
                out.append(Tok("front_matter", self.line(node), content=content))
            elif name == "footnote_container":
                out.append(Tok("footnote_block_open"))
                for note in node.children:
                    if note.name != "footnote_def":
                        raise GiveUp
                    out.append(Tok("footnote_open"))
                    self.blocks(note.children)
                    out.append(Tok("footnote_close"))
                out.append(Tok("footnote_block_close"))
            elif name == "footnote_ref_anchor":
                continue
            elif name != "hr":
                raise GiveUp
        self.depth -= 1

    def item(self, nodes: list[Any]) -> None:
        """A list item: in a tight list its paragraphs are bare inline nodes, grouped here."""
        run: list[Any] = []
        for node in nodes:
            if node.name in _BLOCK_NAMES:
                self.flush(run)
                self.blocks([node])
            else:
                run.append(node)
        self.flush(run)

    def flush(self, run: list[Any]) -> None:
        if run:
            self.out.append(Tok("paragraph_open", self.line(run[0])))
            self.out.append(Tok("inline", meta={"rendered": inline(run)}))
            run.clear()

    def table(self, node: Any) -> None:
        out = self.out
        out.append(Tok("table_open"))
        for part in node.children:
            head = part.name == "thead"
            if head:
                out.append(Tok("thead_open"))
            for row in part.children:
                out.append(Tok("tr_open", self.line(row)))
                for cell in row.children:
                    out.append(Tok("th_open" if head else "td_open"))
                    out.append(Tok("inline", meta={"rendered": inline(cell.children)}))
                out.append(Tok("tr_close"))
            if head:
                out.append(Tok("thead_close"))
        out.append(Tok("table_close"))


_BLOCK_NAMES = frozenset((
    "paragraph", "bullet_list", "ordered_list", "heading", "lheading", "blockquote", "table", "fence",
    "code_block", "html_block", "hr", "front_matter",
))


def inline(nodes: list[Any]) -> Rendered:
    """A block's inline nodes rendered as markdown-it-py's tokens would be."""
    build = InlineBuilder()
    _inline(nodes, build, True, True)
    return build.done()


def _inline(nodes: list[Any], build: InlineBuilder, top: bool, tag_at_start: bool, depth: int = 0) -> None:
    """``tag_at_start``: a ``#`` at the first node may start a tag (the block starts there)."""
    if depth > _MAX_DEPTH:
        raise GiveUp  # markdown-it-py stops nesting at 40 levels; the Rust parser never does
    count = len(nodes)
    allow = tag_at_start  # the character before this node is a space, a line break or none
    for index, node in enumerate(nodes):
        name = node.name
        if name == "text":
            last = index + 1 == count
            # What follows this node in the source: nothing, a line break, or other markup.
            open_end = not (last and top) and not (not last and nodes[index + 1].name in _BREAKS)
            content = node.meta["content"]
            if top and (index == 0 or last):
                # markdown-it-py strips a block's content of all Unicode space (a trailing
                # no-break space); the Rust parser of ASCII space only.
                stripped = content.lstrip() if index == 0 else content
                stripped = stripped.rstrip() if last else stripped
                if stripped != content:
                    if not stripped:
                        raise GiveUp
                    content = stripped
            _obsidian(content, build, allow, open_end, bounded=False)
            allow = bool(content) and (content[-1].isspace() or content[-1] in "(,")
            continue
        allow = name in _BREAKS
        if name in _BREAKS:
            build.line_break()
        elif name == "text_special":
            build.text(node.meta["content"])
        elif name in ("strong", "em", "strikethrough"):
            marker = node.meta["marker"]
            build.open("s" if name == "strikethrough" else name, marker * 2 if name != "em" else marker)
            _inline(node.children, build, False, False, depth + 1)
            build.close()
        elif name in ("link", "autolink"):
            _plain_label(node.children)
            build.open("link", "", node.meta["url"])
            _inline(node.children, build, False, False, depth + 1)
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


def _obsidian(text: str, build: InlineBuilder, tag_at_start: bool, open_end: bool, *, bounded: bool) -> None:
    """Render one text node, finding the Obsidian inline rules' syntax in it.

    ``open_end``: more markup follows in the source, so a tag reaching the end may go on there.
    ``bounded``: the text is all the rules may search (inside a highlight); an unclosed marker
    is then plain text, as in markdown-it-py, instead of a reason to give up.
    """
    if "](" in text or "~~" in text or (open_end and text.endswith("[")):
        # A link the Rust parser left as text, tildes it paired differently ("~~~~a~~"), or a
        # "[[" it split into text and a link ("[[]()]]").
        raise GiveUp
    found = _OPENERS.search(text)
    if found is None:
        build.text(text)
        return
    n = len(text)
    plain = 0  # start of the text not yet rendered
    while found is not None:
        at = found.start()
        marker = found.group()
        if marker == "{":
            marker = "{{c" if text.startswith("{{c", at) else ""
        elif marker == "!":
            marker = "![[" if text.startswith("![[", at) else ""
        elif marker == "[":
            marker = "[[" if text.startswith("[[", at) else ""
        elif marker == "=":
            marker = "==" if text.startswith("==", at) else ""
        resume = at + 1
        made: tuple | None = None  # what was found: (builder method, its arguments...)
        if marker == "#":
            before = text[at - 1] if at else ""
            if (before.isspace() or before in "(,") if at else tag_at_start:
                match = TAG_RE.match(text, at, min(n, at + _TAG_WINDOW))
                if match is not None and match.end() == n and open_end:
                    raise GiveUp
                if match is None and at + 1 == n and open_end:
                    raise GiveUp
                if match is not None:
                    made, resume = (build.tag, match.group(0)), match.end()
        elif marker == "==":
            start = at + 2
            if not text.startswith("===", at) and start < n and not text[start].isspace():
                end = text.find("==", start, min(n, start + _MARK_WINDOW))
                if end < 0 and not bounded:
                    raise GiveUp
                if end > start and not text[end - 1].isspace():
                    made, resume = ("mark", start, end), end + 2
            elif start >= n and not bounded:
                raise GiveUp
        elif marker.endswith("[["):
            embed = marker == "![["
            start = at + len(marker)
            end = text.find("]]", start, min(n, start + _WIKILINK_WINDOW))
            if end < 0:
                if not bounded:
                    raise GiveUp
            elif "[[" not in text[start:end]:
                made, resume = (build.wikilink, text[start:end], embed), end + 2
            elif embed:
                resume = at + 1  # "![[" failed: "[[" one further may still be a link
        elif marker == "$":
            # dollarmath's inline rule: to the next "$", searched without bound (so even out of
            # a highlight); "$$" never gets here.
            end = text.find("$", at + 1)
            if end < 0:
                raise GiveUp
            made, resume = (build.code, text[at : end + 1]), end + 1
        elif marker == "{{c":
            match = CLOZE_RE.match(text, at, min(n, at + _CLOZE_WINDOW))
            if match is None:
                if not bounded:
                    raise GiveUp
            else:
                made, resume = (build.cloze, match.group(0), match.group(2), match.group(3) or ""), match.end()
        if made is not None:
            if at > plain:
                build.text(text[plain:at])
            if made[0] == "mark":
                build.open("mark", "==")
                _obsidian(text[made[1] : made[2]], build, False, False, bounded=True)
                build.close()
            else:
                made[0](*made[1:])
            plain = resume
        found = _OPENERS.search(text, resume)
    if plain < n:
        build.text(text[plain:])
