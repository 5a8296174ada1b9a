"""The same tokens as the markdown-it-py parser, from markdown-it-pyrs (markdown-it in Rust).

markdown-it-pyrs parses about ten times faster than markdown-it-py but knows no Obsidian syntax.
This module turns its syntax tree into the token stream ``markdown.parse`` walks, and finds wiki
links, embeds, highlights, clozes and tags inside its text nodes itself. Wherever that could
give other tokens than the markdown-it-py rules would, it gives up and returns None, and the note
is parsed by markdown-it-py as before:

- notes with syntax the Rust parser reads differently or not at all: ``$$`` math, backslash
  escapes, inline footnotes ``^[...]``, link reference definitions, deep nesting (markdown-it-py
  stops at 40 levels), very long notes (deep recursion in Rust must never be reached);
- an Obsidian marker whose closing marker is not inside the same text node (``[[a *b* c]]``, a
  highlight around bold text): the two parsers would split that text differently;
- a tag that runs to the end of a text node followed by more markup.

``tests/test_markdown_fast.py`` compares both parsers on every corpus note and on generated ones.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from srs.core.markdown_inline import CLOZE_RE, TAG_RE

_MAX_CHARS = 50_000
# Link reference definitions, anywhere (in a quote or list too): "[[x]]" may then be a link to
# one. And a line whose container prefix (quotes, list markers) or indentation is deep enough to
# near markdown-it-py's maxNesting.
_DEFINITION = re.compile(r"\[(?!\^)[^\]\n]+\]:")
_DEEP = re.compile(r"\n[ \t]*(?:>[ \t]*|(?:[*+\-]|\d{1,9}[.)])[ \t]+){12,}|\n[ \t]{24,}\S")
# Shapes the two parsers read differently: a line starting with a space that is not ASCII
# (markdown-it-py strips it, the Rust parser not); a footnote definition with nothing after
# "]: ", or right under a line of text (only markdown-it-py ends the paragraph there); an empty
# list item; a list or quote marker followed by such a space.
_ODD_SPACE = re.compile(r"[\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\x0b\x0c\x1c-\x1f]")
_ODD_SPACE_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:[>*+\-]|\d{1,9}[.)])[ \t]*)?"
    r"[\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\x0b\x0c\x1c-\x1f]"
)
_ODD_FOOTNOTE = re.compile(r"\[\^[^\]\n]*\]:(?![ \t]+\S)|\n(?=[ \t]*\[\^[^\]\n]*\]:)")
_FOOTNOTE_DEF = re.compile(r"[ \t]*\[\^[^\]\n]*\]:")
_EMPTY_ITEM = re.compile(r"\n[ \t]*(?:[*+\-]|\d{1,9}[.)])[ \t]*(?=\n|$)")


def _odd_lines(source: str) -> bool:
    """The shapes above; each regex runs only when a cheap test says it may match."""
    if _ODD_SPACE.search(source) and _ODD_SPACE_LINE.search(source):
        return True
    if "[^" in source:
        for found in _ODD_FOOTNOTE.finditer(source):
            if not found.group().startswith("\n"):
                return True  # nothing after "]: "
            # A definition right under a line of text that is not itself a definition.
            above = source.rfind("\n", 0, found.start())
            line = source[above + 1 : found.start()]
            if line.strip() and not _FOOTNOTE_DEF.match(line):
                return True
    return _EMPTY_ITEM.search(source) is not None


_DELIMITER_ROW = re.compile(r"[ \t|:\-]*-[ \t|:\-]*")


def _odd_table(source: str) -> bool:
    """True unless every table is written the common way: header and delimiter rows starting
    with "|", after a blank line or a heading. The parsers disagree on the rest (a delimiter row
    without a pipe, a table under a quote or a paragraph line)."""
    if "|" not in source or "-" not in source:
        return False
    lines = source.split("\n")
    for i in range(1, len(lines)):
        row = lines[i]
        if "-" not in row or not _DELIMITER_ROW.fullmatch(row):
            continue
        header = lines[i - 1]
        if "|" not in header and "|" not in row:
            continue  # a setext heading or a rule, not a table
        before = lines[i - 2].strip() if i >= 2 else ""
        if not (header.lstrip().startswith("|") and row.lstrip().startswith("|")) or before[:1] not in ("", "#"):
            return True
    return False


# Where an Obsidian rule may start (a character class: far faster to search than alternatives).
_OPENERS = re.compile(r"[{!\[=#$]")
_WIKILINK_WINDOW = 600
_MARK_WINDOW = 1200
_CLOZE_WINDOW = 1200
_TAG_WINDOW = 200
_BREAKS = frozenset(("softbreak", "hardbreak"))

_RS: Any = None  # the Rust parser, or False when markdown-it-pyrs is not installed


class GiveUp(Exception):
    """The Rust parser's tree cannot be turned into exactly markdown-it-py's tokens."""


_NONE: dict = {}


class Tok:
    """The part of a markdown-it ``Token`` that ``markdown.parse`` and ``render_inline`` read."""

    __slots__ = ("type", "map", "tag", "content", "children", "markup", "attrs", "meta")

    def __init__(self, type_: str, line: int | None = None, *, tag: str = "", content: str = "",
                 children: list[Tok] | None = None, markup: str = "", attrs: dict | None = None,
                 meta: dict | None = None) -> None:
        self.type = type_
        self.map = None if line is None else [line, line + 1]
        self.tag = tag
        self.content = content
        self.children = children
        self.markup = markup
        # Shared empty dicts: nothing writes to a token's attrs or meta after it is made.
        self.attrs = attrs or _NONE
        self.meta = meta or _NONE


def _parser() -> Any:
    global _RS
    if _RS is None:
        try:
            from markdown_it_pyrs import MarkdownIt
        except ImportError:  # an optional accelerator: without it every note takes the slow path
            _RS = False
        else:
            _RS = MarkdownIt("commonmark").enable_many(["table", "strikethrough", "front_matter", "footnote"])
    return _RS


_TICKS = re.compile(r"`+")


def _unclosed_ticks(line: str) -> bool:
    """True when a backtick run on ``line`` opens a code span that no run of its length closes."""
    runs = [len(run) for run in _TICKS.findall(line)]
    i = 0
    while i < len(runs):
        try:
            i = runs.index(runs[i], i + 1) + 1
        except ValueError:
            return True
    return False


def _panics(source: str) -> bool:
    """True for text that makes markdown-it-pyrs 0.4 panic: an open "[" followed by a backtick
    run that never closes (its label scan indexes past the end). Judged line by line within each
    stretch between blank lines, fenced code included, erring towards True."""
    if "`" not in source or "[" not in source:
        return False
    bracket = False  # a "[" since the last blank line
    for line in source.split("\n"):
        if not line.strip():
            bracket = False
            continue
        if "`" in line and (bracket or "[" in line):
            # Table cells are parsed one by one: judge each piece between pipes too.
            pieces = [line, *line.split("|")] if "|" in line else [line]
            if any(_unclosed_ticks(piece) for piece in pieces):
                return True
        bracket = bracket or "[" in line
    return False


def needs_markdown_it_py(source: str) -> bool:
    """True for a note the Rust parser reads differently or could fail on: long ones, ``$$``
    math, backslash escapes, inline footnotes, link reference definitions, deep nesting, and
    the backtick shapes it panics on (a caught panic still prints a backtrace)."""
    return (
        len(source) > _MAX_CHARS or "\\" in source or "$$" in source or "^[" in source
        or ("]:" in source and _DEFINITION.search(source) is not None)
        or _DEEP.search("\n" + source) is not None or _odd_lines(source)
        or _odd_table(source) or _panics(source)
    )


def fast_tokens(source: str) -> list[Tok] | None:
    """markdown-it-py's tokens for ``source`` (block tokens; inline ones as children), or None
    when this note must be parsed by markdown-it-py."""
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

    def line(self, node: Any) -> int:
        span = node.srcmap
        if span is None:
            raise GiveUp
        return bisect_left(self.newlines, span[0])

    def blocks(self, nodes: list[Any]) -> None:
        out = self.out
        for node in nodes:
            name = node.name
            if name == "paragraph":
                out.append(Tok("paragraph_open", self.line(node)))
                out.append(Tok("inline", children=inline(node.children)))
            elif name in ("bullet_list", "ordered_list"):
                out.append(Tok(name + "_open"))
                for item in node.children:
                    out.append(Tok("list_item_open"))
                    self.item(item.children)
                    out.append(Tok("list_item_close"))
                out.append(Tok(name + "_close"))
            elif name in ("heading", "lheading"):
                out.append(Tok("heading_open", self.line(node), tag=f"h{node.meta['level']}"))
                out.append(Tok("inline", children=inline(node.children)))
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
            self.out.append(Tok("inline", children=inline(run)))
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
                    out.append(Tok("inline", children=inline(cell.children)))
                out.append(Tok("tr_close"))
            if head:
                out.append(Tok("thead_close"))
        out.append(Tok("table_close"))


_BLOCK_NAMES = frozenset((
    "paragraph", "bullet_list", "ordered_list", "heading", "lheading", "blockquote", "table", "fence",
    "code_block", "html_block", "hr", "front_matter",
))


def inline(nodes: list[Any]) -> list[Tok]:
    """markdown-it-py's inline tokens for a block's inline nodes."""
    out: list[Tok] = []
    _inline(nodes, out, True, True)
    return out


def _inline(nodes: list[Any], out: list[Tok], top: bool, tag_at_start: bool) -> None:
    """``tag_at_start``: a ``#`` at the first node may start a tag (the block starts there)."""
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
            _obsidian(content, out, allow, open_end, bounded=False)
            allow = bool(content) and (content[-1].isspace() or content[-1] in "(,")
            continue
        allow = name in _BREAKS
        if name in _BREAKS:
            out.append(Tok(name))
        elif name == "text_special":
            out.append(Tok("text", content=node.meta["content"]))
        elif name in ("strong", "em", "strikethrough"):
            marker = node.meta["marker"]
            markup = marker * 2 if name != "em" else marker
            kind = "s" if name == "strikethrough" else name
            out.append(Tok(kind + "_open", markup=markup))
            _inline(node.children, out, False, False)
            out.append(Tok(kind + "_close", markup=markup))
        elif name in ("link", "autolink"):
            _plain_label(node.children)
            out.append(Tok("link_open", attrs={"href": node.meta["url"]}))
            _inline(node.children, out, False, False)
            out.append(Tok("link_close"))
        elif name == "image":
            _plain_label(node.children)
            out.append(Tok("image", attrs={"src": node.meta["url"]}))
        elif name == "code_inline":
            out.append(Tok("code_inline", content="".join(child.meta["content"] for child in node.children)))
        elif name in ("html_inline", "footnote_ref"):
            out.append(Tok(name))
        elif name != "footnote_ref_anchor":  # the back-link closing a footnote: never text
            raise GiveUp


_LABEL_MARKERS = re.compile(r"[\[\]$]|==|\{\{c")


def _plain_label(nodes: list[Any]) -> None:
    """Give up on a link whose label holds Obsidian markers or brackets: markdown-it-py runs its
    inline rules while looking for the label's end, so a wiki link there changes where it ends."""
    for node in nodes:
        if node.name == "text" and _LABEL_MARKERS.search(node.meta["content"]):
            raise GiveUp
        _plain_label(node.children)


def _obsidian(text: str, out: list[Tok], tag_at_start: bool, open_end: bool, *, bounded: bool) -> None:
    """Tokens for one text node, finding the Obsidian inline rules' syntax in it.

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
        out.append(Tok("text", content=text))
        return
    n = len(text)
    plain = 0  # start of the text not yet emitted
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
        token: Tok | None = None
        inner: tuple[int, int] | None = None
        if marker == "#":
            before = text[at - 1] if at else ""
            if (before.isspace() or before in "(,") if at else tag_at_start:
                match = TAG_RE.match(text, at, min(n, at + _TAG_WINDOW))
                if match is not None and match.end() == n and open_end:
                    raise GiveUp
                if match is None and at + 1 == n and open_end:
                    raise GiveUp
                if match is not None:
                    token, resume = Tok("tag", content=match.group(0)), match.end()
        elif marker == "==":
            start = at + 2
            if not text.startswith("===", at) and start < n and not text[start].isspace():
                end = text.find("==", start, min(n, start + _MARK_WINDOW))
                if end < 0 and not bounded:
                    raise GiveUp
                if end > start and not text[end - 1].isspace():
                    inner, resume = (start, end), end + 2
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
                token = Tok("wikilink", content=text[start:end], meta={"embed": embed})
                resume = end + 2
            elif embed:
                resume = at + 1  # "![[" failed: "[[" one further may still be a link
        elif marker == "$":
            # dollarmath's inline rule: to the next "$", searched without bound (so even out of
            # a highlight); "$$" never gets here.
            end = text.find("$", at + 1)
            if end < 0:
                raise GiveUp
            token = Tok("math_inline", content=text[at + 1 : end], markup="$")
            resume = end + 1
        elif marker == "{{c":
            match = CLOZE_RE.match(text, at, min(n, at + _CLOZE_WINDOW))
            if match is None:
                if not bounded:
                    raise GiveUp
            else:
                token = Tok("cloze", content=match.group(0), meta={
                    "number": int(match.group(1)), "answer": match.group(2), "hint": match.group(3) or "",
                })
                resume = match.end()
        if token is not None or inner is not None:
            if at > plain:
                out.append(Tok("text", content=text[plain:at]))
            if token is not None:
                out.append(token)
            else:
                out.append(Tok("mark_open", markup="=="))
                _obsidian(text[inner[0] : inner[1]], out, False, False, bounded=True)
                out.append(Tok("mark_close", markup="=="))
            plain = resume
        found = _OPENERS.search(text, resume)
    if plain < n:
        out.append(Tok("text", content=text[plain:]))
