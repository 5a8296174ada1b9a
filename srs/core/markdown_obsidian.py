"""Obsidian inline syntax inside the text nodes of markdown-it-pyrs' tree.

The Rust parser knows no Obsidian syntax: wiki links, embeds, highlights, clozes, tags and inline
math arrive as plain text, and ``obsidian`` finds them there as the Obsidian inline rules of
``markdown_inline`` would in markdown-it-py, handing each to the block's ``InlineBuilder``. Where
the two could split a text differently, it raises ``GiveUp`` and the note is parsed by
markdown-it-py (see ``markdown_fast``).
"""

from __future__ import annotations

import re

from srs.core.markdown_inline import CLOZE_RE, TAG_RE
from srs.core.markdown_render import InlineBuilder

# Where an Obsidian rule may start (the definition: ``_opener_marks`` finds them faster).
_OPENERS = re.compile(r"[{!\[=#$]")
# A text without these characters holds no Obsidian syntax and nothing ``obsidian`` gives up on.
_MARKUP = re.compile(r"[\[\]{=#$~]")  # (the definition: ``markup_free`` tells it faster)

_WIKILINK_WINDOW = 600
_MARK_WINDOW = 1200
_CLOZE_WINDOW = 1200
_TAG_WINDOW = 200


class GiveUp(Exception):
    """The Rust parser's tree cannot be turned into exactly markdown-it-py's tokens."""


def markup_free(text: str) -> bool:
    """``_MARKUP.search(text) is None``, told faster for all but the shortest texts: a search for
    one character is a vectorised byte scan, while a character class is tested against each
    character in turn (about 50 instructions a character: seven one-character searches cost as
    much as the class's search of 30 characters, and most text nodes are longer)."""
    return not ("[" in text or "]" in text or "#" in text or "=" in text or "{" in text or "$" in text
                or "~" in text)


def _opener_marks(text: str) -> list[int]:
    """Where ``_OPENERS`` matches in ``text``, in order: each character is found by one-character
    searches (vectorised byte scans), not by the regex engine testing a class against each
    character (about 50 instructions a character, over texts of hundreds)."""
    marks: list[int] = []
    for char in "[#!={$":
        if char in text:  # (a test costs less than a call of find: most are absent)
            at = text.find(char)
            while at >= 0:
                marks.append(at)
                at = text.find(char, at + 1)
    marks.sort()
    return marks


def obsidian(text: str, build: InlineBuilder, tag_at_start: bool, open_end: bool, *, bounded: bool) -> None:
    """Render one text node, finding the Obsidian inline rules' syntax in it.

    ``open_end``: more markup follows in the source, so a tag reaching the end may go on there.
    ``bounded``: the text is all the rules may search (inside a highlight); an unclosed marker
    is then plain text, as in markdown-it-py, instead of a reason to give up.
    """
    if "](" in text or "~~" in text or (open_end and text.endswith("[")):
        # A link the Rust parser left as text, tildes it paired differently ("~~~~a~~"), or a
        # "[[" it split into text and a link ("[[]()]]").
        raise GiveUp
    marks = _opener_marks(text)
    if not marks:
        build.text(text)
        return
    n = len(text)
    plain = 0  # start of the text not yet rendered
    resume = 0  # where to look on (past what was found, if anything was)
    for at in marks:
        if at < resume:
            continue
        char = text[at]
        resume = at + 1
        # Each branch first checks the rest of its marker ("![[", "[[", "==", "{{c"): a lone
        # "!", "[", "=" or "{" is plain text. What a branch finds it hands to the builder
        # itself, after the plain text before it.
        if char == "[" or char == "!":
            embed = char == "!"
            if text.startswith("![[" if embed else "[[", at):
                start = at + (3 if embed else 2)
                end = text.find("]]", start, min(n, start + _WIKILINK_WINDOW))
                if end < 0:
                    if not bounded:
                        raise GiveUp
                elif "[[" not in (content := text[start:end]):
                    if at > plain:
                        build.text(text[plain:at])
                    build.wikilink(content, embed)
                    plain = resume = end + 2
                # (a failed "![[" resumes at its "[[", which may still be a link)
        elif char == "=":
            if text.startswith("==", at):
                start = at + 2
                if not text.startswith("===", at) and start < n and not text[start].isspace():
                    end = text.find("==", start, min(n, start + _MARK_WINDOW))
                    if end < 0 and not bounded:
                        raise GiveUp
                    if end > start and not text[end - 1].isspace():
                        if at > plain:
                            build.text(text[plain:at])
                        build.open("mark", "==")
                        obsidian(text[start:end], build, False, False, bounded=True)
                        build.close()
                        plain = resume = end + 2
                elif start >= n and not bounded:
                    raise GiveUp
        elif char == "#":
            before = text[at - 1] if at else ""
            if (before.isspace() or before in "(,") if at else tag_at_start:
                match = TAG_RE.match(text, at, min(n, at + _TAG_WINDOW))
                if match is None:
                    if at + 1 == n and open_end:
                        raise GiveUp
                else:
                    if match.end() == n and open_end:
                        raise GiveUp
                    if at > plain:
                        build.text(text[plain:at])
                    build.tag(match.group(0))
                    plain = resume = match.end()
        elif char == "$":
            # dollarmath's inline rule: to the next "$", searched without bound (so even out of
            # a highlight); "$$" never gets here.
            end = text.find("$", at + 1)
            if end < 0:
                raise GiveUp
            if at > plain:
                build.text(text[plain:at])
            build.code(text[at : end + 1])
            plain = resume = end + 1
        elif text.startswith("{{c", at):
            match = CLOZE_RE.match(text, at, min(n, at + _CLOZE_WINDOW))
            if match is None:
                if not bounded:
                    raise GiveUp
            else:
                if at > plain:
                    build.text(text[plain:at])
                build.cloze(match.group(0), match.group(2), match.group(3) or "")
                plain = resume = match.end()
    if plain < n:
        build.text(text[plain:])
