"""The daily reminder: one line saying what there is to review today, and a desktop notification.

This module is on the path of ``srs remind``, which cron runs every day and which must start fast:
it imports only the standard library (no Textual, genanki, markdown-it or python-crontab).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Mapping, Protocol

if TYPE_CHECKING:  # only for the type checker: srs.service opens the database layer
    from srs.service import Counts  # noqa: F401

START_COMMAND = "srs review"
NOTIFY_TIMEOUT = 2.0  # seconds; a hung notification daemon must not hold up cron


class _CountsLike(Protocol):
    due: int
    new: int
    learning: int


def _has_work(counts: _CountsLike) -> bool:
    return counts.due + counts.new + counts.learning > 0


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _summary(counts: _CountsLike, short: bool = False) -> str:
    """'12 reviews due, 5 new cards' (short: '12 due, 5 new'), with learning cards when any."""
    if short:
        parts = [f"{counts.due} due", f"{counts.new} new"]
        if counts.learning:
            parts.append(f"{counts.learning} learning")
        return ", ".join(parts)
    parts = [_plural(counts.due, "review due", "reviews due"), _plural(counts.new, "new card", "new cards")]
    if counts.learning:
        parts.append(_plural(counts.learning, "card to repeat", "cards to repeat"))
    return ", ".join(parts)


def reminder_line(
    counts: "Counts | _CountsLike",
    by_deck: "Mapping[str, Counts | _CountsLike]",
    start: str = START_COMMAND,
) -> str | None:
    """The reminder for today, or None when there is nothing to review and no new card.

    ``counts`` is for the whole collection, ``by_deck`` per top-level deck; the decks with work are
    listed when there is more than one deck. ``start`` is the command that begins the review.

    Example: ``srs: 3 reviews due, 2 new cards today (Biology: 1 due, 2 new; Psychology: 2 due,
    0 new). Start with: srs review``
    """
    if not _has_work(counts):
        return None
    line = f"srs: {_summary(counts)} today"
    if len(by_deck) > 1:
        busy = [f"{name}: {_summary(deck, short=True)}" for name, deck in sorted(by_deck.items()) if _has_work(deck)]
        if busy:
            line += " (" + "; ".join(busy) + ")"
    return f"{line}. Start with: {start}"


def nothing_line(counts: "Counts | _CountsLike") -> str:
    """What ``srs remind`` prints on a day with nothing to do (unless --quiet-if-none)."""
    next_due = getattr(counts, "next_due", None)
    if next_due is not None:
        return f"srs: nothing to review today; next review due {next_due.isoformat()}."
    return "srs: nothing to review today."


def notify(title: str, body: str) -> bool:
    """Raise a desktop notification; True when one was shown.

    Uses notify-send (Linux and other freedesktop systems) or osascript (macOS), whichever is on
    PATH. Never raises: no notifier, no display, a failing or hung notifier (after 2 s) all give
    False, so ``srs remind --notify`` stays quiet under cron. The notifier's own output is
    swallowed for the same reason (cron mails anything printed).
    """
    import subprocess  # only --notify pays for it

    argv = _notifier_argv(title, body)
    if argv is None:
        return False
    try:
        done = subprocess.run(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=NOTIFY_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError, ValueError):
        return False
    return done.returncode == 0


def _notifier_argv(title: str, body: str) -> list[str] | None:
    """The notifier's command line, or None where none is available. Arguments go as argv, never
    through a shell, so card counts or deck names cannot become commands."""
    import shutil

    notify_send = shutil.which("notify-send")
    if notify_send:
        return [notify_send, "--app-name=srs", title, body]
    osascript = shutil.which("osascript") if sys.platform == "darwin" else None
    if osascript:
        # The texts are passed as arguments to the script instead of being spliced into it, so
        # quotes in them need no AppleScript escaping.
        return [
            osascript,
            "-e", "on run argv",
            "-e", "display notification (item 2 of argv) with title (item 1 of argv)",
            "-e", "end run",
            title,
            body,
        ]
    return None
