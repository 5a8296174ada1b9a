"""Parallel scans: a worker process that dies does not take the scan (or any card) with it."""

from __future__ import annotations

import os

import srs.scan as scan
import srs.scan_pool as scan_pool

REAL_EXTRACT_TASKS = scan_pool.extract_tasks


def dying_extract_tasks(tasks):
    """Like the real one, but the worker process dies on a note named like 'crash'."""
    if any("crash" in rel for rel, *_rest in tasks):
        os._exit(3)
    return REAL_EXTRACT_TASKS(tasks)


def test_a_dead_worker_leaves_its_notes_to_the_scanning_process(vault, monkeypatch):
    for i in range(60):
        vault.note(f"n{i:02}.md", f"A thing numbered {i} is called **item {i}**, which is counted.\n")
    vault.note("zz-crash.md", "A note that kills its worker is called a **poison note**, which is rare.\n")
    monkeypatch.setattr(scan, "PARALLEL_FROM", 10)
    monkeypatch.setattr(scan_pool, "CHUNK", 5)
    monkeypatch.setattr(scan_pool, "extract_tasks", dying_extract_tasks)
    import srs.core.extract as extract

    here: list[str] = []  # notes parsed in this process after the pool broke
    real = extract.extract_note

    def counted(text, path, *, fast=True):
        here.append(path)
        return real(text, path, fast=fast)

    monkeypatch.setattr(extract, "extract_note", counted)
    svc = vault.service()
    report = svc.scan()
    answers = {card.answers[0] for card in svc.cards()}
    assert report.notes == 61 and report.added == 61 and not report.warnings
    assert answers == {f"item {i}" for i in range(60)} | {"poison note"}
    assert "zz-crash.md" in here and len(here) < 61  # the pool did part of the work before it broke
    # Nothing is left half done: the next scan finds everything in place.
    again = svc.scan()
    assert (again.added, again.updated, again.retired, again.unchanged) == (0, 0, 0, 61)
