"""A code fence left open swallows the rest of the note: find where, so the user can be told.

The parser hands the extractor blocks, not tokens, so this is a line scan with the CommonMark
fence rules (an opening run of three or more backticks or tildes; a closing run of the same
character at least as long, with nothing after it). Quote markers and indentation in front of a
fence are ignored, as a fence inside a list item or a callout works the same way. Linear.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^(?:\s*>)*\s*(`{3,}|~{3,})(.*)$")
# HTML blocks that run to their closing tag (``<pre>`` ...): backticks in them are no fence.
_RAW_OPEN = re.compile(r"^\s{0,3}<(pre|script|style|textarea)(?:\s|>|$)", re.I)


def unclosed_fence_line(text: str) -> int:
    """The 1-based line of a code fence that is never closed, or 0 when every fence closes."""
    # One-character scans first: they are several times cheaper than a scan for three.
    if ("`" not in text or "```" not in text) and ("~" not in text or "~~~" not in text):
        return 0
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    open_line = 0
    marker = ""
    raw_close = ""
    for number, line in enumerate(text.split("\n"), start=1):
        if raw_close:
            if raw_close in line.lower():
                raw_close = ""
            continue
        # Cheap scans first: an HTML opening needs a "<", a fence three backticks or tildes in a row.
        if not marker and "<" in line:
            raw = _RAW_OPEN.match(line)
            if raw:
                close = f"</{raw.group(1).lower()}>"
                raw_close = "" if close in line.lower() else close
                continue
        if "```" not in line and "~~~" not in line:
            continue
        match = _FENCE.match(line)
        if match is None:
            continue
        run, rest = match.group(1), match.group(2)
        if not marker:
            if run[0] == "`" and "`" in rest:
                continue  # inline code such as ```x```, not a fence
            marker, open_line = run, number
        elif run[0] == marker[0] and len(run) >= len(marker) and not rest.strip():
            marker, open_line = "", 0
    return open_line if marker else 0


def unclosed_fence_warning(text: str) -> str:
    """The warning for a note whose code fence never closes, or ""."""
    line = unclosed_fence_line(text)
    if not line:
        return ""
    return f"unclosed code fence from line {line}: the rest of the note is read as code; close it with a matching fence"
