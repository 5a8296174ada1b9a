"""Timing helpers for the benchmarks: floors measured in-process and commands run as children.

A child's peak memory comes from ``os.wait4``, which returns the resource usage of exactly that
child (``ru_maxrss``, kilobytes on Linux), so one run can report each command's own peak.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ChildRun:
    """One finished child process: wall time including start-up, peak memory, output."""

    seconds: float
    peak_mb: float
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> object | None:
        """The child's stdout as JSON, or None when it is not JSON."""
        try:
            return json.loads(self.stdout)
        except ValueError:
            return None


def run_child(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> ChildRun:
    """Run ``cmd`` to completion; time it from spawn to exit and read its own peak RSS."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        # Tell Popen the child is reaped so it does not wait for it again.
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        peak_kb = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss / 1024
        return ChildRun(
            seconds=seconds,
            peak_mb=peak_kb / 1024,
            returncode=proc.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


def markdown_files(vault: Path) -> list[Path]:
    """Every ``.md`` file under ``vault``, skipping dot-folders (as a scanner would)."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(vault):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(folder, name) for name in sorted(files) if name.endswith(".md"))
    return found


def floor_read_hash(vault: Path) -> tuple[float, int]:
    """Seconds to list, read and blake2b every note; returns (seconds, bytes read)."""
    start = time.perf_counter()
    total = 0
    for path in markdown_files(vault):
        data = path.read_bytes()
        hashlib.blake2b(data).digest()
        total += len(data)
    return time.perf_counter() - start, total


def floor_parse(vault: Path) -> tuple[float, int]:
    """Seconds to list, read, decode and tokenise every note with markdown-it-py.

    One fresh CommonMark parser with the front-matter and footnote plugins, made inside the
    timed region; tokens only, no rendering. Returns (seconds, tokens made).
    """
    start = time.perf_counter()
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    parser = MarkdownIt("commonmark").use(front_matter_plugin).use(footnote_plugin)
    tokens = 0
    for path in markdown_files(vault):
        tokens += len(parser.parse(path.read_bytes().decode("utf-8", "replace")))
    return time.perf_counter() - start, tokens


def floor_startup() -> ChildRun:
    """A bare interpreter start (``python -c pass``): the least any command can take."""
    return run_child([sys.executable, "-c", "pass"])
