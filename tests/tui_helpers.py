"""Shared pieces of the review app tests: a tiny vault of bold definitions, a fixed clock."""

from __future__ import annotations

from pathlib import Path

NOW = "2026-03-01T09:30:00"  # a Sunday morning, after the review day starts at 4:00

CELLS = """# Cells

The **mitochondria** is the powerhouse of the cell.

A **ribosome** is the molecular machine that builds proteins from [amino acids].

**Osmosis** is the movement of water across a membrane, see [bold]x[/bold] and [link=http://e.com]here[/link] :smile: 🎉.
"""

PRINTING = """# Printing

The **printing press** is a machine invented by Johannes Gutenberg around 1440.

A **codex** is a book made of stacked pages, unlike a *scroll*.
"""

# The order in which a fresh database serves these new cards (vault order).
ANSWERS = ["mitochondria", "ribosome", "Osmosis", "printing press", "codex"]


class FixedTimer:
    """A monotonic clock that moves only when told to (answer durations, time spent)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.value = start

    def __call__(self) -> float:
        return self.value

    def advance(self, seconds: float) -> None:
        self.value += seconds


def write_vault(vault, **config) -> None:  # type: ignore[no-untyped-def]
    """Write the two notes (and config keys) into a ``VaultBuilder``."""
    if config:
        vault.write_config(**config)
    vault.note("Biology/Cells.md", CELLS)
    vault.note("History/Printing.md", PRINTING)


def scanned_service(vault, now: str = NOW):  # type: ignore[no-untyped-def]
    """A Service on the vault's SQLite file at the fixed clock, after a scan."""
    service = vault.service(now)
    service.scan()
    return service


def note_path(vault, rel: str) -> Path:  # type: ignore[no-untyped-def]
    return vault.vault / rel


def pilot(test):  # type: ignore[no-untyped-def]
    """Run an async Pilot test without an asyncio plugin for pytest (fixtures still apply)."""
    import asyncio
    import functools

    @functools.wraps(test)
    def run(*args, **kwargs):  # type: ignore[no-untyped-def]
        return asyncio.run(test(*args, **kwargs))

    return run


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    """Everything on the app's screen as text runs (from its SVG screenshot)."""
    import html
    import re

    svg = app.export_screenshot()
    runs = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    return "\n".join(html.unescape(run).replace("\xa0", " ") for run in runs)
