"""Inline tokens -> clean card text with spans.

The text keeps markdown emphasis as written (``**x**``, ``*x*``), shows wiki links as their
display text, keeps tags, inline code and math as written, and drops footnote markers, inline
HTML and images. Each interesting piece (emphasis, highlight, wiki link, cloze, tag, link) is a
``Span`` with its outer range (with markers) and inner range (the visible words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from srs.core.markdown_inline import split_wikilink

if TYPE_CHECKING:  # (markdown-it-py is imported only when a note needs it: see ``markdown``)
    from markdown_it.token import Token

MEDIA_EXTENSIONS = frozenset(
    "png jpg jpeg gif bmp svg webp avif tif tiff heic ico mp3 wav m4a ogg flac webm 3gp mp4 mov "
    "mkv ogv pdf".split()
)
_SPACES = re.compile(r"[ \t\u00a0]{2,}")


@dataclass(frozen=True, slots=True)
class Span:
    """A marked piece of block text: ``text[start:end]`` with markers, ``[inner_start:inner_end]``
    the words a reader sees. ``kind`` is strong, em, mark, wikilink, link, cloze, tag or code."""

    kind: str
    start: int
    end: int
    inner_start: int
    inner_end: int
    target: str = ""  # wiki link target, cloze answer
    extra: str = ""  # wiki link alias, cloze hint


class _SpanMaker:
    """Makes a ``Span`` (the value ``new_span`` returns: equal to ``Span(...)``, same hash and
    repr, still frozen) at about a third of the frozen dataclass's cost.

    A frozen dataclass's __init__ sets each field through object.__setattr__, the costliest way
    there is, and for the spans of a vault (one or more in most blocks) that is most of their
    cost; setting each slot through its descriptor (a method-wrapper call) costs half as much.
    This class has the same slots and a plain __init__, whose attribute stores are the
    interpreter's fastest, and the instance then becomes a Span by ``__class__`` assignment (the
    two layouts are the same, which Python checks). Slots, not a filled __dict__: an instance whose
    __dict__ was asked for reads each attribute several times more slowly, and the rules read
    spans' fields often.
    """

    __slots__ = Span.__slots__

    def __init__(self, kind: str, start: int, end: int, inner_start: int, inner_end: int, target: str = "",
                 extra: str = "") -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.inner_start = inner_start
        self.inner_end = inner_end
        self.target = target
        self.extra = extra
        self.__class__ = Span  # type: ignore[assignment]


if TYPE_CHECKING:
    def new_span(kind: str, start: int, end: int, inner_start: int, inner_end: int, target: str = "",
                 extra: str = "") -> Span:
        """``Span(kind, start, end, inner_start, inner_end, target, extra)``, made faster."""
else:
    new_span = _SpanMaker  # (a class, not a function calling it: a call less per span)


@dataclass(slots=True)
class Found:
    """What a note's inline content points at, in order of appearance (repeats kept): embedded
    media, wiki link targets, tags. One per note: every block's builder adds to it."""

    media: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


_MARKERS = {"strong_open": "strong", "em_open": "em", "mark_open": "mark", "s_open": "s", "link_open": "link"}
_CLOSERS = {"strong_close", "em_close", "mark_close", "s_close", "link_close"}


def collapse_spaces(piece: str) -> str:
    """``piece`` with its runs of spaces collapsed (what ``InlineBuilder.text`` shows of a piece
    that starts a block)."""
    if "  " in piece or "\t" in piece or "\u00a0" in piece:
        return _SPACES.sub(" ", piece)
    return piece


def is_media(name: str) -> bool:
    """True for an embedded file (image, audio, video, pdf) rather than a note."""
    dot = name.rfind(".")
    return dot > 0 and name[dot + 1 :].lower() in MEDIA_EXTENSIONS


class InlineBuilder:
    """Builds blocks' text and spans piece by piece (from markdown-it tokens, or straight from
    the Rust parser's tree in ``markdown_fast``). One builder serves a whole note: ``done`` hands
    over a block's text and spans and starts the next block; links, tags and media go straight
    into the note's ``Found``."""

    __slots__ = ("found", "parts", "length", "stack", "spans")

    def __init__(self, found: Found) -> None:
        self.found = found
        self.parts: list[str] = []
        self.length = 0
        # stack of (kind, outer start, inner start, markup, target)
        self.stack: list[tuple[str, int, int, str, str]] = []
        self.spans: list[Span] = []

    def text(self, piece: str) -> None:
        """Add visible text (runs of spaces collapse; no space doubles one already there)."""
        if not piece:
            return
        if "  " in piece or "\t" in piece or "\u00a0" in piece:
            piece = _SPACES.sub(" ", piece)
        parts = self.parts
        if piece[0] == " " and (self.length == 0 or parts[-1].endswith((" ", "\n"))):
            piece = piece.lstrip(" ")
            if not piece:
                return
        parts.append(piece)
        self.length += len(piece)

    def line_break(self) -> None:
        parts = self.parts
        while parts and parts[-1].endswith(" "):
            last = parts.pop()
            self.length -= len(last)
            stripped = last.rstrip(" ")
            if stripped:
                parts.append(stripped)
                self.length += len(stripped)
                break
        self.text("\n")

    def open(self, kind: str, markup: str, target: str = "") -> None:
        """Open emphasis (strong, em, mark, s) or a link; its markers stay in the text."""
        start = self.length
        if markup:  # (markers never hold spaces: what ``text`` would do comes down to this)
            self.parts.append(markup)
            self.length += len(markup)
        self.stack.append((kind, start, self.length, markup, target))

    def emphasis(self, kind: str, markup: str, piece: str) -> None:
        """Emphasis around plain text (no markup inside): ``open``, ``text`` and ``close`` in
        one call, for the commonest emphasis."""
        # What ``text`` would do with the words comes down to collapsing their spaces: they follow
        # a marker (never a space), so no space of theirs is dropped.
        if "  " in piece or "\t" in piece or "\u00a0" in piece:
            piece = _SPACES.sub(" ", piece)
        start = self.length
        inner_start = start + len(markup)
        inner_end = inner_start + len(piece)
        self.length = end = inner_end + len(markup)
        self.parts.extend((markup, piece, markup))
        if inner_end > inner_start:
            self.spans.append(new_span(kind, start, end, inner_start, inner_end))

    def close(self) -> None:
        if not self.stack:
            return
        kind, start, inner_start, markup, target = self.stack.pop()
        inner_end = self.length
        if markup:
            self.parts.append(markup)
            self.length += len(markup)
        if inner_end > inner_start:
            self.spans.append(new_span(kind, start, self.length, inner_start, inner_end, target))

    def wikilink(self, content: str, embed: bool) -> None:
        target, heading, alias = split_wikilink(content)
        if embed:
            if is_media(target):
                self.found.media.append(target)
            return
        display = alias or target or heading  # as ``wikilink_display`` shows it
        if target:
            self.found.links.append(target)
        start = self.length
        self.text(display)
        if self.length > start:
            self.spans.append(new_span("wikilink", start, self.length, start, self.length, target, alias))

    def cloze(self, content: str, answer: str, hint: str) -> None:
        start = self.length
        self.text(content)
        inner = start + content.index("::") + 2
        self.spans.append(new_span("cloze", start, self.length, inner, inner + len(answer), answer, hint))

    def tag(self, content: str) -> None:
        start = self.length
        self.text(content)
        self.found.tags.append(content[1:])
        self.spans.append(new_span("tag", start, self.length, start + 1, self.length))

    def code(self, written: str) -> None:
        """Inline code or math, kept as written (with its markers) and marked as code."""
        start = self.length
        self.text(written)
        self.spans.append(new_span("code", start, self.length, start, self.length))

    def image(self, src: str) -> None:
        if src and "://" not in src and is_media(src):
            self.found.media.append(src)

    def done(self) -> tuple[str, tuple[Span, ...]]:
        """The block's text and spans; the builder is then empty, ready for the next block."""
        text = "".join(self.parts)
        spans = tuple(self.spans)
        self.parts = []
        self.length = 0
        self.stack.clear()  # (an unclosed marker is dropped, as a fresh builder would)
        if spans:
            self.spans = []
        return text, spans


def render_inline(children: list[Token] | None, build: InlineBuilder) -> tuple[str, tuple[Span, ...]]:
    """Render the children of a markdown-it inline token into text and spans."""
    for tok in children or ():
        kind = tok.type
        if kind == "text":
            build.text(tok.content)
        elif kind in ("softbreak", "hardbreak"):
            build.line_break()
        elif kind in _MARKERS:
            span_kind = _MARKERS[kind]
            if span_kind == "link":
                build.open("link", "", str(tok.attrs.get("href", "")))
            else:
                build.open(span_kind, tok.markup or "==")
        elif kind in _CLOSERS:
            build.close()
        elif kind == "wikilink":
            build.wikilink(tok.content, bool(tok.meta.get("embed")))
        elif kind == "cloze":
            build.cloze(tok.content, tok.meta["answer"], tok.meta["hint"])
        elif kind == "tag":
            build.tag(tok.content)
        elif kind == "code_inline":
            fence = "``" if "`" in tok.content else "`"
            build.code(f"{fence}{tok.content}{fence}")
        elif kind in ("math_inline", "math_inline_double"):
            marker = "$$" if kind == "math_inline_double" else "$"
            build.code(f"{marker}{tok.content}{marker}")
        elif kind == "image":
            build.image(str(tok.attrs.get("src", "")))
        # footnote_ref, html_inline and anything unknown render as nothing.
    return build.done()
