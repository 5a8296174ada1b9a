"""Which notes the Rust parser may read: those on which it gives markdown-it-py's blocks.

markdown-it-pyrs reads some shapes differently from markdown-it-py, panics on a few, and
recurses without bound; ``needs_markdown_it_py`` sends such notes to markdown-it-py. Each test
is a cheap substring check first, so the notes that pass (nearly all) cost little.
"""

from __future__ import annotations

import re

_MAX_CHARS = 50_000
# Link reference definitions, anywhere (in a quote or list too): "[[x]]" may then be a link to
# one.
_DEFINITION = re.compile(r"\[(?!\^)[^\]\n]+\]:")
# Line starts the two parsers read differently, in one pass over the note's lines (one regex
# run on "\n" + the note, since one pass over the text costs less than three):
# - a container prefix (quotes, list markers) deep enough to near markdown-it-py's maxNesting,
#   or indentation as deep;
# - an empty list item;
# - a space that is not ASCII (markdown-it-py strips it, the Rust parser not), at the start or
#   after a list or quote marker.
# Every branch starts with one of the characters in the lookahead: most lines (text, headings,
# blank lines) fail there instead of trying each branch (the pass costs about 30% less).
_ODD_SPACE = "\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\x0b\x0c\x1c-\x1f"
_ODD_LINE_START = re.compile(
    r"\n(?=[ \t>*+\-\d" + _ODD_SPACE + r"])"
    r"(?:[ \t]{24,}\S|[ \t]*+(?:"  # (possessive: every branch starts with a non-space)
    r"(?:>[ \t]*|(?:[*+\-]|\d{1,9}[.)])[ \t]+){12,}"
    r"|(?:[*+\-]|\d{1,9}[.)])[ \t]*(?=\n|$)"
    r"|(?:(?:[>*+\-]|\d{1,9}[.)])[ \t]*)?[" + _ODD_SPACE + r"]))"
)
# A footnote definition with nothing after "]: ", or right under a line of text (only
# markdown-it-py ends the paragraph there). Two regexes: each starts with a fixed string, which
# the regex engine finds fast; one with both alternatives tries every position of the note.
_EMPTY_FOOTNOTE = re.compile(r"\[\^[^\]\n]*\]:(?![ \t]+\S)")
_BEFORE_FOOTNOTE = re.compile(r"\n(?=[ \t]*\[\^[^\]\n]*\]:)")
_FOOTNOTE_DEF = re.compile(r"[ \t]*\[\^[^\]\n]*\]:")


def _odd_footnotes(source: str) -> bool:
    """The footnote definitions above (the caller has seen a "]:")."""
    if "[^" not in source:
        return False
    if _EMPTY_FOOTNOTE.search(source) is not None:
        return True
    for found in _BEFORE_FOOTNOTE.finditer(source):
        # A definition right under a line of text that is not itself a definition.
        above = source.rfind("\n", 0, found.start())
        line = source[above + 1 : found.start()]
        if line.strip() and not _FOOTNOTE_DEF.match(line):
            return True
    return False


# A table's delimiter row (never the first line: it needs a header above), found by its newline.
_DELIMITER_ROW = re.compile(r"\n([ \t|:\-]*-[ \t|:\-]*)(?=\n|$)")


def _odd_table(source: str) -> bool:
    """True unless every table is written the common way: header and delimiter rows starting
    with "|", after a blank line or a heading. The parsers disagree on the rest (a delimiter row
    without a pipe, a table under a quote or a paragraph line)."""
    if "|" not in source or "-" not in source:
        return False
    for found in _DELIMITER_ROW.finditer(source):
        row = found.group(1)
        head_end = found.start()
        head_start = source.rfind("\n", 0, head_end) + 1
        header = source[head_start:head_end]
        if "|" not in header and "|" not in row:
            continue  # a setext heading or a rule, not a table
        before = source[source.rfind("\n", 0, head_start - 1) + 1 : head_start - 1].strip() if head_start else ""
        if not (header.lstrip().startswith("|") and row.lstrip().startswith("|")) or before[:1] not in ("", "#"):
            return True
    return False


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
        or ("]:" in source and (_DEFINITION.search(source) is not None or _odd_footnotes(source)))
        or _ODD_LINE_START.search("\n" + source) is not None
        or _odd_table(source) or _panics(source)
    )
