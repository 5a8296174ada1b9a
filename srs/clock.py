"""The one clock of a command: ``--now`` / ``SRS_NOW`` for scripts and tests, else the real time."""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from srs.errors import UsageError


def parse_now(text: str) -> datetime:
    """An ISO-8601 time (local time unless it carries an offset), returned in local time."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--now / SRS_NOW: '{text}' is not an ISO-8601 time; use e.g. 2026-03-01T09:30:00") from None
    # Always local time: the review day is counted on the wall clock where the user is.
    return moment.astimezone()


def make_clock(now_text: str | None) -> Callable[[], datetime]:
    """A fixed clock for ``now_text``, else the system clock in local time."""
    if now_text:
        fixed = parse_now(now_text)
        return lambda: fixed
    return lambda: datetime.now().astimezone()
