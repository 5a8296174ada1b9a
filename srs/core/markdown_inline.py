"""Obsidian inline syntax as markdown-it rules: wiki links, embeds, ``==highlights==``, Anki
clozes and ``#tags``.

They are real inline rules (not regex passes over the source), so they never fire inside code
spans, and markdown inside a highlight is still parsed. Every search for a closing marker is
bounded to a window so that a pathological line cannot make parsing quadratic.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (markdown-it-py is imported only when a note needs it: see ``markdown``)
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline

_WIKILINK_WINDOW = 600
_MARK_WINDOW = 1200
CLOZE_RE = re.compile(r"\{\{c(\d{1,3})::((?:(?!\}\}|::).)+?)(?:::((?:(?!\}\}).)*?))?\}\}", re.S)
_CLOZE_WINDOW = 1200
# Obsidian tags: letters, digits, "_", "-", "/" (any script); at least one non-digit.
TAG_RE = re.compile(r"#([\w/\-]*[^\W\d][\w/\-]*)")
_TAG_WINDOW = 200


def split_wikilink(content: str) -> tuple[str, str, str]:
    """Split ``target#heading|alias`` into (target, heading, alias); any part may be empty."""
    if "|" not in content and "#" not in content and "^" not in content:
        # The commonest link, a bare target: the partitions below would give this too.
        return content.strip(), "", ""
    content, bar, alias = content.partition("|")
    if bar and content.endswith("\\"):  # inside tables the pipe is escaped as "\|"
        content = content[:-1]
    target, sep, heading = content.partition("#")  # (a "#" splits before any "^")
    if not sep:
        target, sep, heading = content.partition("^")
    if sep:
        heading = heading.strip().lstrip("^#").strip()
    return target.strip(), heading, alias.strip()


def wikilink_display(content: str) -> str:
    """What Obsidian shows for ``[[content]]``: the alias, else the target, else the heading."""
    target, heading, alias = split_wikilink(content)
    if alias:
        return alias
    if target:
        return target
    return heading


def _wikilink(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    embed = src.startswith("![[", pos)
    if not embed and not src.startswith("[[", pos):
        return False
    start = pos + (3 if embed else 2)
    limit = min(state.posMax, start + _WIKILINK_WINDOW)
    end = src.find("]]", start, limit)
    if end < 0:
        return False
    content = src[start:end]
    if "\n" in content or "[[" in content:
        return False
    if not silent:
        token = state.push("wikilink", "", 0)
        token.content = content
        token.meta = {"embed": embed}
    state.pos = end + 2
    return True


def _mark(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if not src.startswith("==", pos) or src.startswith("===", pos):
        return False
    start = pos + 2
    if start >= state.posMax or src[start].isspace():
        return False
    limit = min(state.posMax, start + _MARK_WINDOW)
    end = src.find("==", start, limit)
    if end <= start or src[end - 1].isspace() or "\n\n" in src[start:end]:
        return False
    if not silent:
        state.push("mark_open", "mark", 1)
        old_pos, old_max = state.pos, state.posMax
        state.pos, state.posMax = start, end
        state.md.inline.tokenize(state)
        state.pos, state.posMax = old_pos, old_max
        state.push("mark_close", "mark", -1)
    state.pos = end + 2
    return True


def _cloze(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if not src.startswith("{{c", pos):
        return False
    match = CLOZE_RE.match(src, pos, min(state.posMax, pos + _CLOZE_WINDOW))
    if match is None:
        return False
    if not silent:
        token = state.push("cloze", "", 0)
        token.content = match.group(0)
        token.meta = {"number": int(match.group(1)), "answer": match.group(2), "hint": match.group(3) or ""}
    state.pos = match.end()
    return True


def _tag(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if src[pos] != "#":
        return False
    if pos > 0 and not (src[pos - 1].isspace() or src[pos - 1] in "(,"):
        return False
    match = TAG_RE.match(src, pos, min(state.posMax, pos + _TAG_WINDOW))
    if match is None:
        return False
    if not silent:
        token = state.push("tag", "", 0)
        token.content = match.group(0)
    state.pos = match.end()
    return True


# The characters each rule can start at (for the dispatching inline loop).
RULE_STARTS = {"obsidian_cloze": "{", "obsidian_wikilink": "![", "obsidian_mark": "=", "obsidian_tag": "#"}


def add_obsidian_inline(md: MarkdownIt) -> None:
    """Register the Obsidian inline rules on ``md`` (before emphasis, so ``**`` inside a link or
    cloze is not taken as emphasis)."""
    md.inline.ruler.before("emphasis", "obsidian_cloze", _cloze)
    md.inline.ruler.before("link", "obsidian_wikilink", _wikilink)
    md.inline.ruler.before("emphasis", "obsidian_mark", _mark)
    md.inline.ruler.before("emphasis", "obsidian_tag", _tag)
