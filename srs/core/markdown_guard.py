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
# - a container prefix (quotes, list markers) deep enough to near markdown-it-py's maxNesting
#   (12 markers), or indentation as deep;
# - an empty list item;
# - a space that is not ASCII (markdown-it-py strips it, the Rust parser not), at the start or
#   after a list or quote marker.
# Written for speed: the lookahead is a cheap first test that most lines (text, headings, blank
# lines) fail, and after the indentation the branches share their first marker, so a line such
# as "- text" is read once, not once per branch. Spaces are matched possessively: what follows
# them is never a space.
_ODD_SPACE = "\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\x0b\x0c\x1c-\x1f"
_LIST_MARKER = r"(?:[*+\-]|\d{1,9}[.)])"
# (The lookahead is a cheap first test: after a list marker and its space, text follows on
# nearly every line, and the repeated group is not even entered.)
_MORE_MARKERS = r"(?=[>*+\-\d])(?:>[ \t]*+|" + _LIST_MARKER + r"[ \t]++){11,}"
_ODD_LINE_START = re.compile(
    r"\n(?=[ \t>*+\-\d" + _ODD_SPACE + r"])"
    r"(?:[ \t]{24,}\S|[ \t]*+(?:"
    r"[" + _ODD_SPACE + r"]"
    r"|>[ \t]*+(?:[" + _ODD_SPACE + r"]|" + _MORE_MARKERS + r")"
    r"|" + _LIST_MARKER + r"(?:[ \t]*+(?:[" + _ODD_SPACE + r"]|(?=\n|$))|[ \t]++" + _MORE_MARKERS + r")"
    r"))"
)

# A footnote definition with nothing after "]: ", or right under a line of text (only
# markdown-it-py ends the paragraph there). Two regexes: each starts with a fixed string, which
# the regex engine finds fast; one with both alternatives tries every position of the note.
_EMPTY_FOOTNOTE = re.compile(r"\[\^[^\]\n]*\]:(?![ \t]+\S)")
_BEFORE_FOOTNOTE = re.compile(r"\n(?=[ \t]*\[\^[^\]\n]*\]:)")
_FOOTNOTE_DEF = re.compile(r"[ \t]*\[\^([^\]\n]*)\]:")


def _odd_footnotes(source: str) -> bool:
    """The footnote definitions above, or one label defined twice (the parsers keep different
    text of the second: found by random notes). The caller has seen a "]:"."""
    if "[^" not in source:
        return False
    if _EMPTY_FOOTNOTE.search(source) is not None:
        return True
    first = _FOOTNOTE_DEF.match(source)  # a definition on the first line has no line break before it
    labels = {first.group(1)} if first is not None else set()
    for found in _BEFORE_FOOTNOTE.finditer(source):
        # A definition right under a line of text that is not itself a definition.
        above = source.rfind("\n", 0, found.start())
        line = source[above + 1 : found.start()]
        if line.strip() and not _FOOTNOTE_DEF.match(line):
            return True
        label = _FOOTNOTE_DEF.match(source, found.end()).group(1)  # (the lookahead saw it)
        if label in labels:
            return True
        labels.add(label)
    return False


# A table's delimiter row (never the first line: it needs a header above), found by its newline.
_DELIMITER_ROW = re.compile(r"\n([ \t|:\-]*-[ \t|:\-]*)(?=\n|$)")


# The same row in a quote or callout (after its ">" markers), found with its markers.
_QUOTED_DELIMITER_ROW = re.compile(r"\n([ \t]*>[ \t>]*)([ \t|:\-]*-[ \t|:\-]*)(?=\n|$)")


def _odd_table(source: str) -> bool:
    """True unless every table is written the common way: header and delimiter rows starting
    with "|", after a blank line or a heading. The parsers disagree on the rest (a delimiter row
    without a pipe, a table under a quote or a paragraph line). In a quote, they disagree on a
    delimiter row with a pipe under a line without one ("> [!note] Title" over "> | ---")."""
    if "|" not in source or "-" not in source:
        return False
    if ">" in source:
        for found in _QUOTED_DELIMITER_ROW.finditer(source):
            if "|" in found.group(2):
                header = source[source.rfind("\n", 0, found.start()) + 1 : found.start()]
                if "|" not in header:
                    return True
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


# A line of the front matter holding "---" after four columns of indentation or more.
_INDENTED_FENCE = re.compile(r"\n(?: {4}| {0,3}\t)[ \t]*---")


def _odd_front_matter(source: str) -> bool:
    """True when the front matter holds an indented "---" line before its closing line: the Rust
    parser closes the front matter there, markdown-it-py reads on (the indented line is no fence)."""
    if not source.startswith("---"):
        return False
    close = source.find("\n---", 3)
    return _INDENTED_FENCE.search(source, 0, close if close >= 0 else len(source)) is not None


_TICKS = re.compile(r"`+")


def _unclosed_ticks(line: str) -> bool:
    """True when a backtick run on ``line`` opens a code span that no run of its length closes."""
    if "``" not in line:  # single backticks only (the common case): they close in pairs
        return line.count("`") % 2 == 1
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
    stretch between blank lines, fenced code included, erring towards True.

    Only the lines holding a backtick are judged (found with ``str.find``, not by walking every
    line); the lines between them are read once, in order, for a "[" since the last blank line,
    and only when a line to judge holds no "[" itself. Each line is read at most once."""
    if "`" not in source or "[" not in source:
        return False
    bracket = False  # a "[" since the last blank line, in the lines before ``read``
    read = 0  # where the lines not yet read for ``bracket`` start
    at = source.find("`")
    while at >= 0:
        start = source.rfind("\n", 0, at) + 1
        end = source.find("\n", at)
        if end < 0:
            end = len(source)
        line = source[start:end]
        has_bracket = "[" in line
        if not has_bracket and read < start:
            bracket = _bracket_after(source[read : start - 1], bracket)
            read = start
        if has_bracket or bracket:
            # Table cells are parsed one by one: judge each piece between pipes too.
            pieces = [line, *line.split("|")] if "|" in line else [line]
            if any(_unclosed_ticks(piece) for piece in pieces):
                return True
        at = source.find("`", end)
    return False


def _bracket_after(lines: str, bracket: bool) -> bool:
    """Whether a "[" stands since the last blank line after reading ``lines`` (whole lines, no
    final line break), given whether one stood before them."""
    if "[" not in lines:
        # Only a blank line can change the answer: then there is none.
        return bracket and not any(not line.strip() for line in lines.split("\n"))
    for line in lines.split("\n"):
        if not line.strip():
            bracket = False
        elif "[" in line:
            bracket = True
    return bracket


def needs_markdown_it_py(source: str) -> bool:
    """True for a note the Rust parser reads differently or could fail on: long ones, ``$$``
    math, backslash escapes, inline footnotes, link reference definitions, deep nesting, front
    matter with an indented "---" line, and the backtick shapes it panics on (a caught panic
    still prints a backtrace)."""
    # A two-character search reads the note several times slower than a one-character one (a
    # vectorised byte search): "$" and "^" are missing from most notes, so they are looked for first.
    return (
        len(source) > _MAX_CHARS or "\\" in source or ("$" in source and "$$" in source)
        or ("^" in source and "^[" in source)
        or ("]:" in source and (_DEFINITION.search(source) is not None or _odd_footnotes(source)))
        or _ODD_LINE_START.search("\n" + source) is not None
        or _odd_table(source) or _panics(source) or _odd_front_matter(source)
    )
