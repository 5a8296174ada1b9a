"""Titles whose list entries vouch for no plain line beside them: a log's ("Trip day 3",
"Sprint 15"), where a glossary's or a manual's list of commands, which ``log_title`` also counts,
does ("Sailing glossary day 2", "Git commands")."""

from __future__ import annotations

import re

from srs.core.extract.entries import names_glossary
from srs.core.extract.logtitles import log_title

__all__ = ["logged_title"]

_MANUAL_LIST = re.compile(r"\b(?:commands|shortcuts|hotkeys|settings|preferences|configuration)\b", re.I)


def logged_title(title: str) -> bool:
    """A diary's, a log's, a meeting's or a day's title (not a course's, not a glossary's, not a
    manual's list of "commands" or "shortcuts", which ``log_title`` also counts)."""
    return log_title(title) and not names_glossary(title) and _MANUAL_LIST.search(title) is None
