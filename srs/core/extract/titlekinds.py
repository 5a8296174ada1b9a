"""What a note's title says of its bold words and its lists: a diary's or a log's bold words are
no key terms ("Ticino trip day 2"), while a course's day is taught ("Guide course day 2"); a log's
list entries vouch for no plain line beside them, where a glossary's or a manual's list of
commands does ("Sailing glossary day 2", "Git commands")."""

from __future__ import annotations

import re

from srs.core.extract.entries import names_glossary
from srs.core.extract.logtitles import log_title, study_title

__all__ = ["diary_title", "logged_title"]

# A note that records what happened: "Shop log - bench build", "Fieldwork diary day 12".
# (A word before "log": "Log phase", "Log-normal distribution" are subjects.)
_DIARY_TITLE = re.compile(r"\w\s+(?:log|logbook|diary|journal)\b(?!-)|^(?:diary|journal|devlog|worklog|standup|stand-up)\b|\bday\s+\d+\b", re.I)
_DAY_NUMBER = re.compile(r"\bday\s+\d+\b", re.I)
_MANUAL_LIST = re.compile(r"\b(?:commands|shortcuts|hotkeys|settings|preferences|configuration)\b", re.I)


def logged_title(title: str) -> bool:
    """A diary's, a log's, a meeting's or a day's title (not a course's, not a glossary's, not a
    manual's list of "commands" or "shortcuts", which ``log_title`` also counts)."""
    return log_title(title) and not names_glossary(title) and _MANUAL_LIST.search(title) is None


def diary_title(title: str) -> bool:
    """A log's or a diary's title, whose bold words are no key terms: "Ticino trip day 2",
    "Spanish course day 4 diary"; a course's day alone is taught ("Guide course day 2")."""
    if _DIARY_TITLE.search(title) is None:
        return False
    return not study_title(title) or _DIARY_TITLE.search(_DAY_NUMBER.sub("", title)) is not None
