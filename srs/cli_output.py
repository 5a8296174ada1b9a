"""Small output helpers shared by the CLI commands: JSON, a progress bar on terminals."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import Callable, Iterator

import click

ProgressCallback = Callable[[int, int], None]


def echo_json(data) -> None:
    """Print ``data`` as indented JSON (UTF-8 text kept as written)."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@contextmanager
def progress_bar(label: str, enabled: bool = True) -> Iterator[ProgressCallback | None]:
    """A transient rich progress bar on stderr when it is a terminal; yields the callback to
    report (done, total) to, or None when no bar is shown (JSON output, pipes, cron)."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    bar = Progress(console=Console(stderr=True), transient=True)
    task = bar.add_task(label, total=None)

    def report(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total)

    with bar:
        yield report
