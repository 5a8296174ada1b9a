"""Review statistics from plain values: reviews per day, a heatmap, the due forecast, retention.

Everything here takes dates and numbers the storage already has and returns plain lists and
strings; ``srs stats`` prints them and the TUI's stats screen colours them. No clock: the caller
passes ``today`` (the review day).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

SHADES = " ░▒▓█"  # level 0 (no reviews) to 4 (the busiest quarter of active days)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
PASSING_GRADE = 3


def _count_window(days_seen: Iterable[date], first: date, count: int) -> list[tuple[date, int]]:
    """``count`` consecutive days from ``first``, each with how often it occurs in ``days_seen``."""
    counts = Counter(days_seen)
    return [(first + timedelta(days=i), counts.get(first + timedelta(days=i), 0)) for i in range(count)]


def reviews_per_day(review_days: Iterable[date], today: date, days: int = 120) -> list[tuple[date, int]]:
    """Reviews on each of the ``days`` review days ending with ``today``, oldest first.

    ``review_days`` holds one review day per logged review; days outside the window are left out.
    """
    if days < 1:
        return []
    return _count_window(review_days, today - timedelta(days=days - 1), days)


def forecast(due_days: Iterable[date], today: date, days: int = 30) -> list[tuple[date, int]]:
    """Cards due on each of the ``days`` days starting ``today``; overdue cards count on today."""
    if days < 1:
        return []
    return _count_window((max(due, today) for due in due_days), today, days)


def heatmap_levels(per_day: list[tuple[date, int]]) -> list[list[int | None]]:
    """7 rows (Monday to Sunday) by weeks (oldest left) of shade levels 0-4.

    0 is a day without reviews. An active day's level is ceil(4 * share of active days with at
    most as many reviews), so the busiest day is always 4 and equal counts share a level.
    Cells of the first and last week that lie outside ``per_day`` are None.
    """
    if not per_day:
        return [[] for _ in WEEKDAYS]
    first = min(day for day, _ in per_day)
    last = max(day for day, _ in per_day)
    monday = first - timedelta(days=first.weekday())
    weeks = (last - monday).days // 7 + 1
    active = sorted(count for _, count in per_day if count > 0)
    grid: list[list[int | None]] = [[None] * weeks for _ in WEEKDAYS]
    for day, count in per_day:
        offset = (day - monday).days
        level = 0 if count <= 0 else math.ceil(4 * bisect_right(active, count) / len(active))
        grid[offset % 7][offset // 7] = level
    return grid


def heatmap_rows(per_day: list[tuple[date, int]]) -> list[str]:
    """7 text rows (Monday to Sunday) of one cell per week, newest week on the right.

    Cells are the shades of ``SHADES`` (see ``heatmap_levels``); days outside ``per_day`` are
    blank. Plain text: the caller adds weekday labels (``WEEKDAYS``) and colour.
    """
    return ["".join(SHADES[level or 0] for level in row) for row in heatmap_levels(per_day)]


@dataclass(frozen=True)
class RetentionBucket:
    """Reviews of learned cards whose interval before the review fell in [low, high] days."""

    label: str
    low: int
    high: int | None  # None: no upper bound
    reviews: int = 0
    passed: int = 0  # graded 3 or more

    @property
    def retention(self) -> float | None:
        """Share of reviews passed (0-1), None when the bucket is empty."""
        return self.passed / self.reviews if self.reviews else None


# Interval 0 only happens for a card reviewed again on the day of a short FSRS step: it goes
# with the 1-day bucket.
BUCKETS = (("1d", 0, 1), ("2-6d", 2, 6), ("7-20d", 7, 20), ("21-59d", 21, 59), ("60d+", 60, None))


def retention_by_interval(reviews: Iterable[tuple[int, int]]) -> list[RetentionBucket]:
    """Retention per interval bucket (1d, 2-6d, 7-20d, 21-59d, 60d+), every bucket listed.

    Each review is (interval before the review in days, grade 0-5); pass the kind="review"
    entries of cards that were not new. A grade of 3 or more counts as remembered.
    """
    reviews_in = [0] * len(BUCKETS)
    passed_in = [0] * len(BUCKETS)
    for interval, grade in reviews:
        index = next(i for i, (_, low, high) in enumerate(BUCKETS) if high is None or interval <= high)
        reviews_in[index] += 1
        passed_in[index] += grade >= PASSING_GRADE
    return [
        RetentionBucket(label, low, high, reviews_in[i], passed_in[i])
        for i, (label, low, high) in enumerate(BUCKETS)
    ]


def overall_retention(buckets: Iterable[RetentionBucket]) -> float | None:
    """Share of all bucketed reviews passed, None without reviews."""
    buckets = list(buckets)
    total = sum(bucket.reviews for bucket in buckets)
    return sum(bucket.passed for bucket in buckets) / total if total else None


_EIGHTHS = " ▏▎▍▌▋▊▉"


def _bar(value: int, top: int, cells: int) -> str:
    """A bar of ``value`` out of ``top`` over ``cells`` cells, in eighths of a cell."""
    eighths = round(8 * cells * value / top) if top > 0 and value > 0 else 0
    if value > 0:
        eighths = max(eighths, 1)  # any review at all stays visible
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def bar_chart(values: list[tuple[str, int]], width: int) -> list[str]:
    """One line per (label, value): the label, a bar scaled to the largest value, the value.

    Lines are ``width`` characters when that leaves room for a bar; the bars get at least one
    cell. Labels are left-aligned and values right-aligned so the columns line up.
    """
    if not values:
        return []
    label_width = max(len(label) for label, _ in values)
    value_width = max(len(str(value)) for _, value in values)
    cells = max(1, width - label_width - value_width - 2)
    top = max(value for _, value in values)
    return [
        f"{label:<{label_width}} {_bar(value, top, cells):<{cells}} {value:>{value_width}}"
        for label, value in values
    ]
