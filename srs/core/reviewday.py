"""The review day: a day starts at ``day_starts_at`` o'clock local time, not at midnight.

A review at 02:00 with ``day_starts_at = 4`` belongs to the previous day, like in Anki. The
computation works on local wall-clock time, so it stays right across daylight-saving changes:
the day boundary is always at the same hour on the clock on the wall.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo


def review_day(now: datetime, day_starts_at: int = 4) -> date:
    """The review day that ``now`` (a local, possibly aware, datetime) belongs to."""
    wall = now.replace(tzinfo=None)
    return (wall - timedelta(hours=day_starts_at)).date()


def day_start(day: date, day_starts_at: int, tz: tzinfo | None) -> datetime:
    """The moment review day ``day`` begins, as an aware datetime in ``tz`` (or naive)."""
    start = datetime.combine(day, time(hour=day_starts_at))
    return start.replace(tzinfo=tz) if tz is not None else start


def next_day_start(now: datetime, day_starts_at: int) -> datetime:
    """When the review day after the one containing ``now`` begins, in ``now``'s zone."""
    return day_start(review_day(now, day_starts_at) + timedelta(days=1), day_starts_at, now.tzinfo)
