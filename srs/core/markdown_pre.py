"""Text fixes applied before parsing: line endings, BOM and ``%% comments %%``.

Comments are blanked (each character becomes a space, newlines stay) so that every block keeps
the line number it has in the file. (A flattened note is restored to lines by ``markdown_flat``.)
"""

from __future__ import annotations

import re

_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_COMMENT_OR_CODE = re.compile(r"%%|`+")


def normalise(text: str) -> str:
    """Drop a byte-order mark and turn CRLF / CR line endings into LF."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# A comment: from "%%" to the next "%%", or to the end of the note when none closes it.
_COMMENT = re.compile(r"%%.*?(?:%%|\Z)", re.S)


def _blank_comment(found: re.Match[str]) -> str:
    """A found comment as spaces, with its line breaks kept."""
    return "\n".join(" " * len(line) for line in found.group(0).split("\n"))


def blank_comments(text: str) -> str:
    """Replace Obsidian ``%%...%%`` comments by spaces, outside fenced code and code spans.

    An unclosed ``%%`` comments out the rest of the note, as in Obsidian.
    """
    if "%" not in text or "%%" not in text:  # (the one-character search first: it is cheaper)
        return text
    if "`" not in text and "~~~" not in text:
        # No code span and no fence: every "%%" opens or closes a comment, and one regex pass
        # finds them (at a quarter of the cost of the line walk below).
        return _COMMENT.sub(_blank_comment, text)
    out: list[str] = []
    in_comment = False
    fence = ""
    for line in text.split("\n"):
        if not in_comment:
            if fence:
                if line.strip().startswith(fence):
                    fence = ""
                out.append(line)
                continue
            opened = _FENCE_OPEN.match(line) if "`" in line or "~" in line else None
            if opened:
                fence = opened.group(1)
                out.append(line)
                continue
            if "%%" not in line:  # (the scan below would copy it as it is)
                out.append(line)
                continue
        parts: list[str] = []
        i = 0
        n = len(line)
        while i < n:
            if in_comment:
                j = line.find("%%", i)
                if j < 0:
                    parts.append(" " * (n - i))
                    i = n
                else:
                    parts.append(" " * (j + 2 - i))
                    i = j + 2
                    in_comment = False
                continue
            match = _COMMENT_OR_CODE.search(line, i)
            if match is None:
                parts.append(line[i:])
                break
            parts.append(line[i : match.start()])
            token = match.group(0)
            if token == "%%":
                parts.append("  ")
                in_comment = True
                i = match.end()
            else:
                close = line.find(token, match.end())
                # A code span ends at the same number of backticks; keep it as written.
                end = close + len(token) if close >= 0 else match.end()
                parts.append(line[match.start() : end])
                i = end
        out.append("".join(parts))
    return "\n".join(out)
