"""Worker processes read their notes themselves and send back packed notes: a parallel scan stores
exactly what a scan in one process does, and reports the same warnings in the same order."""

from __future__ import annotations

import concurrent.futures
import os
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import pytest

import srs.scan as scan
import srs.scan_pool as scan_pool
from srs.core.extract import extract_note
from srs.core.identity import anchor_of
from srs.reconcile import _candidate
from srs.scan_worker import content_hash, extract_tasks, pack_note, read_problem
from srs.storage.rows import json_list

NOTE = """---
tags: [biology, cells/organelles]
aliases: [Powerhouse]
---
# Mitochondria

The **mitochondrion** is the organelle that makes most of a cell's ATP.

A **ribosome** is a molecular machine that builds proteins. ![[cell.png]]

Term: **Golgi apparatus** – the organelle that packages proteins.
"""


def tables(path) -> dict[str, list[tuple]]:
    """Every row of every table, by primary key."""
    conn = sqlite3.connect(path)
    try:
        return {
            "notes": conn.execute("SELECT * FROM notes ORDER BY path").fetchall(),
            "cards": conn.execute("SELECT * FROM cards ORDER BY id").fetchall(),
            "meta": conn.execute("SELECT * FROM meta ORDER BY key").fetchall(),
        }
    finally:
        conn.close()


def fill(vault) -> None:
    for i in range(40):
        vault.note(f"f{i % 4}/n{i:02}.md", f"# Note {i}\n\nA thing numbered {i} is called **item {i}**, which is counted.\n")
    vault.note("f1/mito.md", NOTE)
    vault.note("f2/fence.md", "A **fence** is a barrier.\n\n```\nnever closed\n")
    (vault.vault / "f0/binary.md").write_bytes(b"A **zero** is \x00 here.\n")
    (vault.vault / "f3/latin1.md").write_bytes("A **café** is a place.\n".encode("latin-1"))
    for i, path in enumerate(sorted(vault.vault.rglob("*.md"))):
        os.utime(path, ns=(1_700_000_000_000_000_000 + i, 1_700_000_000_000_000_000 + i))  # twins alike


def test_pack_note_keeps_every_field_and_adds_anchor_and_stored_json():
    extracted = extract_note(NOTE, "f1/mito.md")
    title, tags, tags_json, aliases_json, media_json, cards, warnings, failed = pack_note(extracted)
    info = extracted.info
    assert (title, tags, warnings, failed) == (info.title, info.tags, extracted.warnings, extracted.failed)
    assert (tags_json, aliases_json, media_json) == (json_list(info.tags), json_list(info.aliases), json_list(info.media))
    assert len(cards) == len(extracted.candidates) > 0
    for card, candidate in zip(cards, extracted.candidates):
        assert _candidate(card) == candidate
        assert card[7:] == (anchor_of(candidate.answers), json_list(candidate.answers))


def test_extract_tasks_reads_hashes_and_reports_unreadable_notes(tmp_path):
    good = tmp_path / "good.md"
    good.write_text(NOTE, encoding="utf-8")
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"x\x00y")
    given = b"A **given** note is one whose bytes were sent along.\n"
    outcomes = extract_tasks([
        ("good.md", str(good), 3, None),  # a stale size: read to the end all the same
        ("gone.md", str(tmp_path / "gone.md"), 10, None),
        ("binary.md", str(binary), 3, None),
        ("given.md", str(tmp_path / "not-read.md"), len(given), given),
    ])
    assert outcomes[0] == (content_hash(good.read_bytes()), None, pack_note(extract_note(NOTE, "good.md")))
    assert outcomes[1] == ("", read_problem(FileNotFoundError()), None)
    assert outcomes[1][1] == "was deleted during the scan; skipped"
    assert outcomes[2][0] == content_hash(b"x\x00y") and outcomes[2][1].startswith("looks like a binary file") and outcomes[2][2] is None
    assert outcomes[3] == (content_hash(given), None, pack_note(extract_note(given.decode(), "given.md")))


@pytest.mark.parametrize("chunk", [1, 5, 50])
def test_a_parallel_scan_stores_and_reports_what_a_serial_scan_does(vault, tmp_path_factory, monkeypatch, chunk):
    from tests.conftest import VaultBuilder

    fill(vault)
    serial = vault.service().scan()
    twin = VaultBuilder(tmp_path_factory.mktemp("twin"))
    fill(twin)
    monkeypatch.setattr(scan, "PARALLEL_FROM", 2)
    monkeypatch.setattr(scan_pool, "CHUNK", chunk)
    parallel = twin.service().scan()
    assert parallel.to_json() == serial.to_json()
    assert sorted(path for path, _ in parallel.warnings) == ["f0/binary.md", "f2/fence.md", "f3/latin1.md"]
    assert tables(twin.root / "data/srs.db") == tables(vault.root / "data/srs.db")


def test_a_pool_that_breaks_between_chunks_loses_no_note(vault, monkeypatch):
    """The pool may break after a chunk's results arrived and before the next chunk is sent:
    that chunk and every chunk not sent yet are parsed in this process, none is skipped."""
    fill(vault)
    sent = []

    class BreakingPool(ProcessPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):
            sent.append(fn)
            if len(sent) > 6:
                raise BrokenProcessPool("the pool broke")
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(scan, "PARALLEL_FROM", 2)
    monkeypatch.setattr(scan_pool, "CHUNK", 4)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", BreakingPool)
    svc = vault.service()
    report = svc.scan()
    assert len(sent) == 7  # six chunks went to the pool, the seventh found it broken
    assert report.notes == 44 and sorted(path for path, _ in report.warnings) == ["f0/binary.md", "f2/fence.md", "f3/latin1.md"]
    assert {card.answers[0] for card in svc.cards()} >= {f"item {i}" for i in range(40)} | {"mitochondrion", "fence"}
    again = svc.scan()
    assert (again.added, again.updated, again.retired) == (0, 0, 0)


@pytest.mark.parametrize("count", [0, 1, 24, 25, 450, 2313, 10_000])
def test_tasks_cover_every_note_in_order_and_shrink_towards_the_end(count):
    items = list(range(count))
    sizes = [len(chunk) for chunk in scan_pool.chunks(items, 8)]
    assert [item for chunk in scan_pool.chunks(items, 8) for item in chunk] == items
    assert all(scan_pool.MIN_CHUNK <= size <= scan_pool.CHUNK for size in sizes[:-1])
    assert sizes == sorted(sizes, reverse=True)  # the short tasks come last


def test_new_notes_among_edited_ones_are_written_in_scan_order(vault):
    """Rows of notes whose cards are all new wait to be written together; a note that needs the
    tables (it has cards) writes them first, so every row lands in scan order."""
    for i in range(0, 20, 2):
        vault.note(f"n{i:02}.md", f"A thing numbered {i} is called **item {i}**, which is counted.\n")
    svc = vault.service()
    svc.scan()
    for i in range(1, 20, 2):
        vault.note(f"n{i:02}.md", f"A thing numbered {i} is called **item {i}**, which is counted.\n")
    for i in range(0, 20, 4):
        vault.note(f"n{i:02}.md", f"A thing numbered {i} is called **item {i}**, which is counted.\n\n"
                                  f"A spare numbered {i} is called **spare {i}**, which is kept.\n")
    report = svc.scan()
    assert (report.added, report.updated, report.retired) == (15, 0, 0)
    conn = sqlite3.connect(vault.root / "data/srs.db")
    notes = [path for (path,) in conn.execute("SELECT path FROM notes ORDER BY rowid")]
    assert notes == [f"n{i:02}.md" for i in range(0, 20, 2)] + [f"n{i:02}.md" for i in range(1, 20, 2)]
    added = [(note, text) for note, text in conn.execute("SELECT note, text FROM cards ORDER BY rowid")][10:]
    assert [note for note, _ in added] == sorted(f"n{i:02}.md" for i in list(range(1, 20, 2)) + list(range(0, 20, 4)))
    assert all(note in {c.note for c in svc.cards()} for note, _ in added)


def test_a_rescan_with_nothing_to_parse_imports_neither_the_extractor_nor_the_pool(vault):
    import subprocess
    import sys
    from pathlib import Path

    for i in range(5):
        vault.note(f"n{i}.md", f"A thing numbered {i} is called **item {i}**, which is counted.\n")
    vault.service().scan()
    probe = (
        "import sys\n"
        "from srs.cli import main\n"
        "try:\n"
        f"    main(['--config', {str(vault.config_path)!r}, 'scan', '--json'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('srs.core.extract', 'concurrent.futures.process', 'multiprocessing') if m in sys.modules), file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(scan.__file__).resolve().parents[1]), "SRS_NOW": "2026-03-02T09:30:00"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert '"added": 0' in done.stdout and done.stderr.strip().splitlines()[-1] == "[]"
