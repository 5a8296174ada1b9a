"""Inline tokens -> clean card text with spans.

The text keeps markdown emphasis as written (``**x**``, ``*x*``), shows wiki links as their
display text, keeps tags, inline code and math as written, and drops footnote markers, inline
HTML and images. Each interesting piece (emphasis, highlight, wiki link, cloze, tag, link) is a
``Span`` with its outer range (with markers) and inner range (the visible words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it.token import Token

from srs.core.markdown_inline import split_wikilink, wikilink_display

MEDIA_EXTENSIONS = frozenset(
    "png jpg jpeg gif bmp svg webp avif tif tiff heic ico mp3 wav m4a ogg flac webm 3gp mp4 mov "
    "mkv ogv pdf".split()
)
_SPACES = re.compile(r"[ \t\u00a0]{2,}")


@dataclass(frozen=True)
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


@dataclass
class Rendered:
    """Text and spans built from one inline token (mutable while building)."""

    text: str = ""
    spans: list[Span] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


_MARKERS = {"strong_open": "strong", "em_open": "em", "mark_open": "mark", "s_open": "s", "link_open": "link"}
_CLOSERS = {"strong_close", "em_close", "mark_close", "s_close", "link_close"}


def is_media(name: str) -> bool:
    """True for an embedded file (image, audio, video, pdf) rather than a note."""
    dot = name.rfind(".")
    return dot > 0 and name[dot + 1 :].lower() in MEDIA_EXTENSIONS


def render_inline(children: list[Token] | None) -> Rendered:
    """Render the children of an inline token into text + spans."""
    out = Rendered()
    parts: list[str] = []
    length = 0
    # stack of (kind, outer start, inner start, markup, target)
    stack: list[tuple[str, int, int, str, str]] = []

    def add(piece: str) -> None:
        nonlocal length
        if not piece:
            return
        if "  " in piece or "\t" in piece or "\u00a0" in piece:
            piece = _SPACES.sub(" ", piece)
        if piece[0] == " " and (length == 0 or parts[-1].endswith((" ", "\n"))):
            piece = piece.lstrip(" ")
            if not piece:
                return
        parts.append(piece)
        length += len(piece)

    for tok in children or ():
        kind = tok.type
        if kind == "text":
            add(tok.content)
        elif kind in ("softbreak", "hardbreak"):
            while parts and parts[-1].endswith(" "):
                last = parts.pop()
                length -= len(last)
                stripped = last.rstrip(" ")
                if stripped:
                    parts.append(stripped)
                    length += len(stripped)
                    break
            add("\n")
        elif kind in _MARKERS:
            span_kind = _MARKERS[kind]
            markup = "" if span_kind == "link" else (tok.markup or "==")
            target = str(tok.attrs.get("href", "")) if span_kind == "link" else ""
            start = length
            add(markup)
            stack.append((span_kind, start, length, markup, target))
        elif kind in _CLOSERS:
            if not stack:
                continue
            span_kind, start, inner_start, markup, target = stack.pop()
            inner_end = length
            add(markup)
            if inner_end > inner_start:
                out.spans.append(Span(span_kind, start, length, inner_start, inner_end, target))
        elif kind == "wikilink":
            content = tok.content
            target, _heading, alias = split_wikilink(content)
            if tok.meta.get("embed"):
                if is_media(target):
                    out.media.append(target)
                continue
            display = wikilink_display(content)
            if target:
                out.links.append(target)
            start = length
            add(display)
            if length > start:
                out.spans.append(Span("wikilink", start, length, start, length, target, alias))
        elif kind == "cloze":
            start = length
            add(tok.content)
            answer = tok.meta["answer"]
            inner = start + tok.content.index("::") + 2
            out.spans.append(Span("cloze", start, length, inner, inner + len(answer), answer, tok.meta["hint"]))
        elif kind == "tag":
            start = length
            add(tok.content)
            out.tags.append(tok.content[1:])
            out.spans.append(Span("tag", start, length, start + 1, length))
        elif kind == "code_inline":
            fence = "``" if "`" in tok.content else "`"
            start = length
            add(f"{fence}{tok.content}{fence}")
            out.spans.append(Span("code", start, length, start, length))
        elif kind in ("math_inline", "math_inline_double"):
            marker = "$$" if kind == "math_inline_double" else "$"
            start = length
            add(f"{marker}{tok.content}{marker}")
            out.spans.append(Span("code", start, length, start, length))
        elif kind == "image":
            src = str(tok.attrs.get("src", ""))
            if src and "://" not in src and is_media(src):
                out.media.append(src)
        # footnote_ref, html_inline and anything unknown render as nothing.
    text = "".join(parts)
    out.text = text
    return out
