"""Which notes the Rust parser may read: those on which it gives markdown-it-py's blocks.

markdown-it-pyrs reads some shapes differently from markdown-it-py, panics on a few, and
recurses without bound; ``needs_markdown_it_py`` sends such notes to markdown-it-py. Each test
is a cheap substring check first, so the notes that pass (nearly all) cost little.
"""

from __future__ import annotations

import re

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
