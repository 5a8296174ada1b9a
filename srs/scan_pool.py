"""Changed notes parsed in worker processes, their results handed back in the order they were sent.

A scan with many changed notes parses them in a pool of worker processes (one a core), while the
scanning process reconciles the results that came back. Notes go to the workers in tasks of up
to CHUNK notes; a bounded window of tasks is in flight, so memory stays flat on any vault.

A first scan does not wait for the walk of the vault to end: notes are handed to the pool as the
walk finds them (``add``), so the workers start on the first notes, and import the extractor,
while the scanning process is still listing folders. Once the walk is over (``close_feed``), the
rest is cut into tasks that shrink towards the end, so the workers finish together.
"""

from __future__ import annotations

import gc
from collections import deque
from typing import Any, Iterator, Protocol, Sequence

from srs.scan_worker import Outcome, extract_tasks
from srs.vault import VaultFile

# Notes per task: at most CHUNK, and smaller towards the end (down to MIN_CHUNK), so the workers
# finish together. Every task costs the scanning process about half a millisecond of hand-offs
# between its threads and the workers, so tasks are as large as that allows.
CHUNK = 200
MIN_CHUNK = 25
IN_FLIGHT = 4  # tasks per worker sent ahead of the results being reconciled
# While the walk goes on, whether a worker is idle is asked every this many notes found.
_POLL_EVERY = 25


class Note(Protocol):
    """A changed note as the pool takes it: its file and its bytes when they are at hand."""

    file: VaultFile
    data: bytes | None


def chunks(items: Sequence, parts: int) -> Iterator[Sequence]:
    """``items`` cut in order into tasks: CHUNK long while much is left, then each a ``parts``-th
    of what is left (not under MIN_CHUNK), so the last tasks are short and no worker is left
    alone with a long one while the others have nothing to do."""
    start = 0
    while start < len(items):
        size = min(CHUNK, max(MIN_CHUNK, (len(items) - start) // parts))
        yield items[start:start + size]
        start += size


def _start_method() -> Any:
    """Worker processes are forked where possible: they start with the scanning process's state."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _warm_worker() -> None:
    """Runs first in every worker: imports the extractor (compiling its patterns takes a tenth of
    a second), so a pool started early does that while the scanning process still walks."""
    import srs.core.extract  # noqa: F401

    # What was imported is never garbage: frozen, the collector does not walk it again and again.
    gc.freeze()


class ParallelExtraction:
    """A pool of ``workers`` processes extracting notes; ``results`` gives them back in order.

    Use as a context manager (the pool is shut down at the end). If the pool breaks (a worker
    killed, or a crash in the Rust parser), ``results`` stops and ``left`` holds every note
    whose outcome was not handed back, in order, for the scanning process to parse itself.
    """

    def __init__(self, workers: int) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        self.broken = False
        self._window = workers * IN_FLIGHT
        self._found: list[Note] = []  # fed, not cut into tasks yet
        self._queued: deque[Sequence[Note]] = deque()  # tasks cut, not sent yet
        self._pending: deque = deque()  # (task, future) sent to the workers, oldest first
        self._handing: deque = deque()  # the oldest task's (note, outcome) pairs not handed back
        # Objects made so far are never garbage: frozen, the workers' collector skips them (and
        # does not touch, so copy, the pages they inherited from this process).
        gc.freeze()
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=_start_method(), initializer=_warm_worker)

    def __enter__(self) -> "ParallelExtraction":
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()

    def add(self, note: Note) -> None:
        """A note the walk just found. A task is sent at once whenever a worker would otherwise
        wait, so the walk and the parsing overlap without filling the window early (the last
        tasks, cut in ``close_feed``, must be the short ones)."""
        found = self._found
        found.append(note)
        if len(found) >= CHUNK and len(found) % _POLL_EVERY == 0 and not self.broken and self._idle_worker():
            self._queued.append(found[:CHUNK])
            del found[:CHUNK]
            self._send()

    def close_feed(self, more: Sequence[Note] = ()) -> None:
        """No note will be added after ``more``: cut what is left into tasks and send them."""
        self._found.extend(more)
        self._queued.extend(chunks(self._found, self._window))
        self._found = []
        self._send()

    def results(self) -> Iterator[tuple[Note, Outcome]]:
        """(note, outcome) for every note, in the order fed, until all are done or the pool breaks."""
        from concurrent.futures.process import BrokenProcessPool

        pending, handing = self._pending, self._handing
        try:
            while pending:
                task, future = pending[0]
                handing.extend(zip(task, future.result()))
                pending.popleft()
                self._send()
                while handing:
                    yield handing.popleft()
        except BrokenProcessPool:
            self.broken = True

    @property
    def left(self) -> list[Note]:
        """The notes whose outcome was not handed back (all of them once the pool broke), in order."""
        notes = [note for note, _outcome in self._handing]
        notes += [note for task, _future in self._pending for note in task]
        notes += [note for task in self._queued for note in task]
        return notes + self._found

    def _idle_worker(self) -> bool:
        return sum(1 for _task, future in self._pending if not future.done()) < self.workers

    def _send(self) -> None:
        """Send queued tasks while fewer than the window are in flight."""
        from concurrent.futures.process import BrokenProcessPool

        while self._queued and len(self._pending) < self._window and not self.broken:
            task = self._queued[0]
            try:
                future = self._pool.submit(extract_tasks, [(n.file.rel, n.file.path, n.file.size, n.data) for n in task])
            except BrokenProcessPool:
                self.broken = True  # the task stays queued: ``left`` gives it back
                return
            self._queued.popleft()
            self._pending.append((task, future))
            for note in task:
                note.data = None
