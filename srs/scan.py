"""The scan use case: read the vault, extract cards, reconcile them with the database.

Incremental: a note whose size and mtime are unchanged is not read; one whose content hash is
unchanged is not parsed. Changed notes are parsed in parallel across cores when there are many.
Work is committed in batches (one transaction each), so an interrupted scan keeps what it
finished and the next scan picks up the rest. A file that cannot be read or decoded is a warning,
and its cards are left exactly as they were.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Iterator

from srs import __version__
from srs.config import Config
from srs.reconcile import ParsedNote, Reconciler, deck_for
from srs.scan_worker import PackedNote, content_hash, decode_note, extract_tasks, pack_note, read_problem
from srs.storage.db import Database
from srs.storage.repo import Repository
from srs.vault import VaultFile, walk_vault

BATCH = 500  # notes per transaction
# Cards depend on the extraction rules: a new release of them re-reads every note once.
EXTRACTOR_VERSION = f"{__version__}+rules-5"
PARALLEL_FROM = 400  # parse in worker processes from this many changed notes on
# Notes per task sent to a worker process: at most CHUNK, and smaller towards the end (down to
# MIN_CHUNK), so the workers finish together. Every task costs the scanning process about half a
# millisecond of hand-offs between its threads and the workers, so tasks are as large as that allows.
CHUNK = 200
MIN_CHUNK = 25
IN_FLIGHT = 4  # tasks per worker sent ahead of the results being reconciled
EXTRACTOR_KEY = "extractor_version"
KEEP_BYTES = 64 * 1024 * 1024  # contents kept between hashing and parsing; beyond, read again

Progress = Callable[[int, int], None]


@dataclass
class ScanReport:
    """What a scan changed, as the CLI prints it."""

    notes: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "notes": self.notes,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "retired": self.retired,
            "warnings": [{"path": p, "message": m} for p, m in self.warnings],
        }


@dataclass
class _Changed:
    file: VaultFile
    hash: str
    data: bytes | None  # None: not kept in memory, read again when its batch is parsed
    text: str = ""


def _under_any(path: str, places: set[str]) -> bool:
    """True when ``path`` is one of ``places`` or lies inside one of them ("." is the vault)."""
    if path in places or "." in places:
        return True
    parts = path.split("/")
    return any("/".join(parts[:i]) in places for i in range(1, len(parts)))


def _chunks(items: list, parts: int) -> Iterator[list]:
    """``items`` cut in order into tasks: CHUNK long while much is left, then each a ``parts``-th
    of what is left (not under MIN_CHUNK), so the last tasks are short and no worker is left
    alone with a long one while the others have nothing to do."""
    start = 0
    while start < len(items):
        size = min(CHUNK, max(MIN_CHUNK, (len(items) - start) // parts))
        yield items[start:start + size]
        start += size


def _start_method():
    """Worker processes are forked where possible: they start with everything imported."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


class Scanner:
    """One scan of the vault into the database at the clock's time ``now``."""

    def __init__(self, config: Config, db: Database, now: datetime, progress: Progress | None = None) -> None:
        self.config = config
        self.db = db
        self.repo = Repository(db)
        self.now = now
        self.stamp = now.isoformat(timespec="seconds")
        self.progress = progress
        self.report = ScanReport()

    def run(self) -> ScanReport:
        walk = walk_vault(self.config.vault, self.config.ignore)
        self.report.warnings.extend(walk.warnings)
        troubled = {path for path, _ in walk.warnings}
        stored = self.repo.notes()
        present = {f.rel for f in walk.files}
        self.report.notes = len(walk.files)

        # Notes stored by another version of the extractor are all read again (once), so an upgrade
        # brings its better cards to notes nobody edits.
        reextract = self.repo.meta(EXTRACTOR_KEY) != EXTRACTOR_VERSION
        if reextract:
            to_read = list(walk.files)
        else:
            to_read = [f for f in walk.files if not (f.rel in stored and stored[f.rel].size == f.size and stored[f.rel].mtime_ns == f.mtime_ns)]
        # A note that was not found is gone, unless a warning names it or a folder above it (a
        # folder that could not be read this time keeps its notes and their cards).
        gone = [p for p in stored if p not in present and not _under_any(p, troubled)]
        gone_by_hash: dict[str, list[str]] = {}
        for path in gone:
            gone_by_hash.setdefault(stored[path].hash, []).append(path)
        renamed: set[str] = set()

        # Pass 1: hash what may have changed. Only contents (not parse results) are kept, and only
        # up to a budget, so a first scan of a huge vault does not hold the whole vault in memory.
        touched: list[VaultFile] = []
        moves: list[tuple[str, VaultFile]] = []
        changed: list[_Changed] = []
        budget = KEEP_BYTES
        for file in to_read:
            old = stored.get(file.rel)
            if (old is None and not gone) or (old is not None and reextract):
                # No stored hash to compare with (a first scan, a re-read for new rules): it is
                # parsed whatever its hash, so it is read and hashed once, when its turn comes
                # to be parsed, overlapping the parsing of the notes before it.
                changed.append(_Changed(file, "", None))
                continue
            data = self._read(file)
            if data is None:
                continue
            digest = content_hash(data)
            if old is not None and old.hash == digest and not reextract:
                touched.append(file)
            elif old is None and gone_by_hash.get(digest):
                # Moved or renamed without an edit: the note and its cards follow it.
                source = gone_by_hash[digest].pop(0)
                renamed.add(source)
                moves.append((source, file))
            else:
                keep = len(data) <= budget
                budget -= len(data) if keep else 0
                changed.append(_Changed(file, digest, data if keep else None))
        if touched or moves:
            with self.db.transaction():
                for file in touched:
                    self.repo.touch_note(file.rel, file.size, file.mtime_ns)
                for source, file in moves:
                    self.repo.rename_note(source, file.rel)
                    self.repo.touch_note(file.rel, file.size, file.mtime_ns)
                    _, tags = self.repo.note_facts(file.rel) or ("", [])
                    # The exported back of each card names the note: it changed with the move.
                    self.repo.set_note_cards(file.rel, deck_for(self.config, file.rel, tags), self.stamp)
        gone = [p for p in gone if p not in renamed]

        # Cards of notes gone in this scan may reappear in another note (a move with an edit).
        reconciler = Reconciler(self.config, self.repo, self.now, lambda rel, message: self.report.warnings.append((rel, message)))
        reconciler.prepare(set(stored), gone, [item.file.rel for item in changed])

        # Pass 2: parse the changed notes (in worker processes when there are many) and reconcile
        # them as their results arrive, one transaction per batch.
        batch: list[ParsedNote] = []
        done = 0
        for item, packed in self._extracted(changed):
            batch.append(ParsedNote(item.file.rel, item.file.size, item.file.mtime_ns, item.hash, packed))
            if len(batch) >= BATCH:
                done += self._commit(reconciler, batch, done, len(changed))
                batch = []
        if batch:
            self._commit(reconciler, batch, done, len(changed))

        with self.db.transaction():
            reconciler.finish()
            for path in gone:
                self.repo.delete_note(path)
            if reextract:
                self.repo.set_meta(EXTRACTOR_KEY, EXTRACTOR_VERSION)
        counts = reconciler.counts
        self.report.added, self.report.updated, self.report.retired = counts.added, counts.updated, counts.retired
        self.report.unchanged = max(0, self.repo.count("c.retired = 0", {}) - self.report.added - self.report.updated)
        return self.report

    def _commit(self, reconciler: Reconciler, batch: list[ParsedNote], done: int, total: int) -> int:
        with self.db.transaction():
            reconciler.batch(batch)
        if self.progress:
            self.progress(done + len(batch), total)
        return len(batch)

    def _extracted(self, changed: list["_Changed"]) -> Iterator[tuple["_Changed", PackedNote]]:
        """(item, packed note) for each readable changed note, in order, with the warnings of the
        unreadable ones reported in that order too. In parallel, the workers read the files
        themselves, and a bounded window of chunks is in flight, so parsing in the workers
        overlaps reconciling here."""
        if not changed:
            return  # nothing to parse: the extractor (a tenth of a second to import) is not needed
        from srs.core.extract import extract_note

        workers = min(os.cpu_count() or 1, 4)
        if len(changed) < PARALLEL_FROM or workers < 2:
            for item in changed:
                if self._decode(item):
                    packed = pack_note(extract_note(item.text, item.file.rel))
                    item.data, item.text = None, ""
                    yield item, packed
            return
        # Imported here: a scan with few changed notes (the usual one) never starts a pool.
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        queued = deque(_chunks(changed, workers * IN_FLIGHT))
        pending: deque = deque()  # (chunk, future) sent to the workers, oldest first
        handing: deque = deque()  # the oldest chunk's (item, outcome) pairs not yielded yet
        # Objects made so far are never garbage: frozen, the workers' collector skips them (and
        # does not touch, so copy, the pages they inherited from this process).
        gc.freeze()
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=_start_method()) as pool:

                def submit_next() -> None:
                    if not queued:
                        return
                    chunk = queued[0]
                    future = pool.submit(extract_tasks, [(i.file.rel, i.file.path, i.file.size, i.data) for i in chunk])
                    queued.popleft()  # only once submitted: a broken pool leaves it queued
                    pending.append((chunk, future))
                    for item in chunk:
                        item.data = None

                for _ in range(workers * IN_FLIGHT):
                    submit_next()
                while pending:
                    chunk, future = pending[0]
                    handing.extend(zip(chunk, future.result()))
                    pending.popleft()
                    submit_next()
                    while handing:
                        item, (digest, problem, packed) = handing.popleft()
                        item.hash = digest  # what is parsed is what is recorded, even if it just changed
                        if packed is None:
                            self.report.warnings.append((item.file.rel, problem or "cannot be read"))
                        else:
                            yield item, packed
        except BrokenProcessPool:
            # A worker process died (killed, or a crash in the Rust parser on some note): the
            # notes not yet done are parsed here, by markdown-it-py alone, one at a time.
            left = [item for item, _outcome in handing]
            left += [item for chunk, _future in pending for item in chunk]
            left += [item for chunk in queued for item in chunk]
            for item in left:
                item.data, item.text = None, ""  # read again: what is parsed is what is recorded
                if self._decode(item):
                    packed = pack_note(extract_note(item.text, item.file.rel, fast=False))
                    item.text = ""
                    yield item, packed
        finally:
            gc.unfreeze()

    def _read(self, file: VaultFile) -> bytes | None:
        """The file's bytes, or None with a warning when it cannot be read now."""
        try:
            return file.read_bytes()
        except OSError as exc:
            self.report.warnings.append((file.rel, read_problem(exc)))
        return None

    def _decode(self, item: "_Changed") -> bool:
        """Fill ``item.text`` (re-reading the file when its bytes were not kept); False with a
        warning when it is not a readable note."""
        data = item.data
        if data is None:
            data = self._read(item.file)
            if data is None:
                return False
            item.hash = content_hash(data)  # what is parsed is what is recorded, even if it just changed
        text, problem = decode_note(data)
        if text is None:
            self.report.warnings.append((item.file.rel, problem or "cannot be read"))
            return False
        item.text = text
        return True
