"""Small pure formatters for the review app: intervals, durations, percentages, the legend."""

from __future__ import annotations

from srs.core.sm2 import GRADE_LEGEND


def interval_label(days: int) -> str:
    """When a card comes back, short: ``today``, ``1d``, ``6d``, ``3mo``, ``1.2y``."""
    if days <= 0:
        return "today"
    if days < 31:
        return f"{days}d"
    if days < 365:
        return f"{max(1, round(days / 30.4))}mo"
    years = days / 365
    return f"{years:.1f}y".replace(".0y", "y")


def duration_label(seconds: float) -> str:
    """A time spent, short: ``42s``, ``3m 05s``, ``1h 02m``."""
    total = max(0, int(round(seconds)))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    if minutes:
        return f"{minutes}m {secs:02d}s"
    return f"{secs}s"


def percent_label(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a whole percentage, or an em dash when there is nothing."""
    if whole <= 0:
        return "—"
    return f"{round(100 * part / whole)}%"


def legend_items() -> list[tuple[str, str]]:
    """(grade, meaning) pairs for the one-line legend under the grade buttons."""
    return [(str(grade), meaning) for grade, meaning in GRADE_LEGEND.items()]
