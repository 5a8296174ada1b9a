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
import threading
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
    tree_peak_mb: float | None = None

    @property
    def memory_mb(self) -> float:
        """The figure judged: the larger of the biggest single process and the tree's sum."""
        return max(self.peak_mb, self.tree_peak_mb or 0.0)

    def json(self) -> object | None:
        """The child's stdout as JSON, or None when it is not JSON."""
        try:
            return json.loads(self.stdout)
        except ValueError:
            return None


def _tree(pid: int) -> list[int]:
    """``pid`` and all its live descendants (Linux /proc)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as fh:
                    todo.extend(int(child) for child in fh.read().split())
        except OSError:
            continue
    return found


def _status_kb(pid: int | str, key: str) -> int:
    """A ``kB`` field of /proc/PID/status (``VmHWM``, ``VmRSS``), 0 when unreadable."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class _TreeSampler(threading.Thread):
    """Samples the summed proportional set size (PSS) of a process tree every few ms.

    ``ru_maxrss`` is the peak of the largest single process; a command that parses in worker
    processes uses the sum of them, so the tree is sampled too. PSS splits shared pages between
    the processes that share them, so forked workers are not counted twice.
    """

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_kb = 0
        self.root_hwm_kb = 0  # the child's own high-water mark, as last seen
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(pid) for pid in _tree(self.pid)))
            self.root_hwm_kb = max(self.root_hwm_kb, _status_kb(self.pid, "VmHWM"))
            self.stop.wait(self.interval)


def run_child(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None,
              sample: bool = True) -> ChildRun:
    """Run ``cmd`` to completion; time it from spawn to exit and read its own peak RSS.

    Linux reports in ``ru_maxrss`` at least the parent's own high-water mark (the child starts
    as a copy of the parent and exec keeps the larger figure), so ``peak_mb`` takes ``ru_maxrss``
    only when it exceeds the parent's mark, and otherwise the child's ``VmHWM`` sampled from
    /proc. ``tree_peak_mb`` is the sampled peak of the summed PSS of the child and its workers.

    ``sample=False`` leaves the process tree alone (``ru_maxrss`` only): reading every
    process's PSS every 20 ms takes CPU (the kernel walks their page tables), and a command
    that keeps every core busy, like a full scan, lost 0.3 s of 4 to it.
    """
    parent_hwm_kb = _status_kb("self", "VmHWM")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=cwd)
        sampler = _TreeSampler(proc.pid) if sample and os.path.exists("/proc/self/smaps_rollup") else None
        if sampler:
            sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        if sampler:
            sampler.stop.set()
            sampler.join()
        # Tell Popen the child is reaped so it does not wait for it again.
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        peak_kb = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss / 1024
        if sampler and peak_kb <= parent_hwm_kb:
            peak_kb = sampler.root_hwm_kb
        return ChildRun(
            seconds=seconds,
            peak_mb=peak_kb / 1024,
            returncode=proc.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            tree_peak_mb=sampler.peak_kb / 1024 if sampler else None,
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


def floors_in_child(vault: Path) -> dict:
    """Both file floors measured in a child process, so the runner itself stays small.

    (A small runner keeps the memory figures of the commands it starts honest; see run_child.)
    The page cache is warmed by one untimed read first, as it is for the commands measured.
    """
    child = run_child([sys.executable, str(Path(__file__).resolve()), "floors", str(vault)])
    if child.returncode != 0:
        raise RuntimeError(f"measuring the floors failed: {child.stderr.strip()[-500:]}")
    return json.loads(child.stdout)


def _floors_main(vault: Path) -> None:
    floor_read_hash(vault)  # warm the page cache
    read_s, size = floor_read_hash(vault)
    parse_s, tokens = floor_parse(vault)
    files = len(markdown_files(vault))
    print(json.dumps({"read_hash": read_s, "bytes": size, "parse": parse_s, "tokens": tokens, "files": files}))


if __name__ == "__main__":
    if sys.argv[1:2] == ["floors"] and len(sys.argv) == 3:
        _floors_main(Path(sys.argv[2]))
    else:
        sys.exit("usage: measure.py floors VAULT")
