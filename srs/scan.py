"""The scan use case: read the vault, extract cards, reconcile them with the database.

Incremental: a note whose size and mtime are unchanged is not read; one whose content hash is
unchanged is not parsed. Changed notes are parsed in parallel across cores when there are many.
Work is committed in batches (one transaction each), so an interrupted scan keeps what it
finished and the next scan picks up the rest. A file that cannot be read or decoded is a warning,
and its cards are left exactly as they were.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Iterator

from srs import __version__
from srs.config import Config
from srs.reconcile import ParsedNote, Reconciler, deck_for
from srs.scan_pool import ParallelExtraction
from srs.scan_worker import PackedNote, content_hash, decode_note, pack_note, read_problem
from srs.storage.db import Database
from srs.storage.repo import Repository
from srs.vault import VaultFile, WalkResult, walk_vault

BATCH = 500  # notes per transaction
# Cards depend on the extraction rules: a new release of them re-reads every note once.
EXTRACTOR_VERSION = f"{__version__}+rules-48"
PARALLEL_FROM = 400  # parse in worker processes from this many changed notes on
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


def _workers() -> int:
    """Worker processes for a parallel parse: one a core, up to four."""
    return min(os.cpu_count() or 1, 4)


class _FirstScanFeed:
    """The notes a first scan's walk finds, as changed notes; from PARALLEL_FROM of them on they
    go to a pool of worker processes as they are found, so parsing overlaps the walk."""

    def __init__(self) -> None:
        self.items: list[_Changed] = []
        self.pool: ParallelExtraction | None = None
        self._workers = _workers()

    def __enter__(self) -> "_FirstScanFeed":
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.__exit__(*exc)

    def add(self, file: VaultFile) -> None:
        item = _Changed(file, "", None)
        self.items.append(item)
        if self.pool is not None:
            self.pool.add(item)
        elif len(self.items) == PARALLEL_FROM and self._workers >= 2:
            self.pool = ParallelExtraction(self._workers)
            for earlier in self.items:
                self.pool.add(earlier)


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
        stored = self.repo.notes()
        if stored:
            return self._run(stored, walk_vault(self.config.vault, self.config.ignore), None)
        # A first scan parses every note it finds: parsing starts while the walk goes on.
        with _FirstScanFeed() as feed:
            return self._run(stored, walk_vault(self.config.vault, self.config.ignore, found=feed.add), feed)

    def _run(self, stored: dict, walk: WalkResult, feed: "_FirstScanFeed | None") -> ScanReport:
        self.report.warnings.extend(walk.warnings)
        troubled = {path for path, _ in walk.warnings}
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
        if feed is not None:
            # Nothing stored: every note found is new and parsed whatever its hash (so read and
            # hashed once, when its turn to be parsed comes), in the order the walk found them.
            changed, to_read = feed.items, []
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
        for item, packed in self._extracted(changed, feed.pool if feed is not None else None):
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

    def _extracted(self, changed: list["_Changed"], pool: ParallelExtraction | None) -> Iterator[tuple["_Changed", PackedNote]]:
        """(item, packed note) for each readable changed note, in order, with the warnings of the
        unreadable ones reported in that order too. With many changed notes they are parsed in
        worker processes, which read the files themselves, while the results that came back are
        reconciled here. ``pool``: the one a first scan started during the walk, fed every note."""
        if pool is not None:
            pool.close_feed()
            yield from self._pooled(pool)
            return
        workers = _workers()
        if len(changed) >= PARALLEL_FROM and workers >= 2:
            with ParallelExtraction(workers) as started:
                started.close_feed(changed)
                yield from self._pooled(started)
            return
        yield from self._serial(changed, fast=True)

    def _pooled(self, pool: ParallelExtraction) -> Iterator[tuple["_Changed", PackedNote]]:
        for item, (digest, problem, packed) in pool.results():
            item.hash = digest  # what is parsed is what is recorded, even if it just changed
            if packed is None:
                self.report.warnings.append((item.file.rel, problem or "cannot be read"))
            else:
                yield item, packed
        # The pool broke (a worker killed, or a crash in the Rust parser on some note): the notes
        # not done yet are parsed here, by markdown-it-py alone, one at a time, and read again:
        # what is parsed is what is recorded.
        left = pool.left
        for item in left:
            item.data, item.text = None, ""
        yield from self._serial(left, fast=False)

    def _serial(self, items: list["_Changed"], fast: bool) -> Iterator[tuple["_Changed", PackedNote]]:
        if not items:
            return  # nothing to parse: the extractor (a tenth of a second to import) is not needed
        from srs.core.extract import extract_note

        for item in items:
            if self._decode(item):
                packed = pack_note(extract_note(item.text, item.file.rel, fast=fast))
                item.data, item.text = None, ""
                yield item, packed

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
