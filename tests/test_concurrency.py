"""A cron reminder, a scan and a review session at the same time, as separate processes: none fails
with "database is locked" and no write is lost. Every loop stops at a deadline (bounded in time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from gen_vault import generate_vault  # noqa: E402

NOW = "2026-03-01T09:30:00"
RUN_SECONDS = 8

# A review session: one long-lived service (as the review app holds), grading until the deadline.
SESSION = r"""
import sys, time
from pathlib import Path
from srs.clock import make_clock
from srs.config import load_config
from srs.service import Service

config, deadline, ids = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
svc = Service(load_config(Path(config)), make_clock("2026-03-01T09:30:00"))
n = 0
while time.time() < deadline:
    # A failure then a pass, per card: the schedule stays bounded however many reviews are made.
    svc.grade(ids[n % len(ids)], 1 if (n // len(ids)) % 2 == 0 else 4)
    n += 1
    print(ids[(n - 1) % len(ids)], flush=True)
    time.sleep(0.005)
svc.close()
"""

# The other loops: each a series of separate `srs` processes, as cron and a user would start them.
LOOP = r"""
import subprocess, sys, time
deadline, kind, config = float(sys.argv[1]), sys.argv[2], sys.argv[3]
rest = sys.argv[4:]
base = [sys.executable, "-m", "srs", "--config", config]
n = 0
while time.time() < deadline:
    if kind == "remind":
        args = ["remind"]
    elif kind == "scan":
        # Edit a note so every scan has something to write.
        with open(rest[0], "a", encoding="utf-8") as note:
            note.write(f"\nThe **edit{n}** is a change number {n}.\n")
        args = ["scan", "--json"]
    else:
        args = ["grade", rest[n % len(rest)], "1" if (n // len(rest)) % 2 == 0 else "4"]
    done = subprocess.run(base + args, capture_output=True, text=True)
    if done.returncode != 0:
        print(f"FAILED {args}: {done.stderr.strip()}", flush=True)
        sys.exit(1)
    if kind == "grade":
        print(rest[n % len(rest)], flush=True)
    n += 1
print(f"RUNS {n}", flush=True)
"""


def _env() -> dict:
    return {**os.environ, "SRS_NOW": NOW, "PYTHONPATH": str(REPO)}


def test_remind_scan_and_reviews_at_once_never_lock_and_lose_nothing(tmp_path):
    generate_vault(tmp_path / "vault", 600, seed=11)
    (tmp_path / "vault" / "Reviewed").mkdir()
    for i in range(8):
        (tmp_path / "vault" / "Reviewed" / f"r{i}.md").write_text(f"The **studied{i}** is a word number {i}.\n", encoding="utf-8")
    edited = tmp_path / "vault" / "Edited.md"
    edited.write_text("The **edit** is a change.\n", encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text("vault: vault\ndatabase: data/srs.db\n", encoding="utf-8")
    first = subprocess.run([sys.executable, "-m", "srs", "--config", str(config), "scan"], cwd=tmp_path, env=_env(),
                           capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    cards = json.loads(subprocess.run([sys.executable, "-m", "srs", "--config", str(config), "cards", "--json"],
                                      cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=60).stdout)
    studied = sorted(c["id"] for c in cards if c["note"].startswith("Reviewed/"))
    assert len(studied) == 8
    session_ids, cli_ids = studied[:4], studied[4:]
    # A fresh edit of many notes, so the concurrent scan has real work (batches of writes).
    for path in sorted((tmp_path / "vault").rglob("*.md"))[:400]:
        with open(path, "a", encoding="utf-8") as note:
            note.write("\nThe **appendix** is an addition.\n")

    deadline = time.time() + RUN_SECONDS
    started = time.time()

    def spawn(*args: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-c", *args], cwd=tmp_path, env=_env(), text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    procs = {
        "session": spawn(SESSION, str(config), str(deadline), *session_ids),
        "grades": spawn(LOOP, str(deadline), "grade", str(config), *cli_ids),
        "scans": spawn(LOOP, str(deadline), "scan", str(config), str(edited)),
        "reminders": spawn(LOOP, str(deadline), "remind", str(config)),
    }
    outputs: dict[str, tuple[int, str, str]] = {}
    try:
        for name, proc in procs.items():
            out, err = proc.communicate(timeout=max(1.0, deadline + 20 - time.time()))
            outputs[name] = (proc.returncode, out, err)
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert time.time() - started < 30
    for name, (code, out, err) in outputs.items():
        assert code == 0, (name, out[-2000:], err[-2000:])
        assert "locked" not in out + err and "busy" not in out + err, (name, out[-2000:], err[-2000:])
    runs = {name: int(out.split("RUNS ")[-1]) for name, (_, out, _) in outputs.items() if name != "session"}
    assert runs["scans"] >= 1 and runs["reminders"] >= 1 and runs["grades"] >= 1, runs

    # Every grade reported as done is in the log, exactly once.
    reported = [line for name in ("session", "grades") for line in outputs[name][1].split() if line in studied]
    from srs.clock import make_clock
    from srs.config import load_config
    from srs.service import Service

    with Service(load_config(config), make_clock(NOW)) as svc:
        logged = [e.card_id for e in svc.review_log()]
        assert sorted(logged) == sorted(reported)
        assert len(logged) > 20
        print("concurrency runs:", runs, "reviews:", len(logged))
        # The scans' work is all there too: the edits became cards, and a last scan finds nothing left to do.
        answers = {a for c in svc.cards() for a in c.answers}
        assert {"edit0", f"edit{runs['scans'] - 1}"} <= answers
        report = svc.scan()
        assert (report.added, report.updated, report.retired) == (0, 0, 0)


def test_many_processes_opening_a_new_database_at_once_all_succeed(tmp_path):
    """The first run creates and migrates the database; others starting at that moment wait for it."""
    (tmp_path / "vault").mkdir()
    (tmp_path / "vault" / "a.md").write_text("The **heart** is a pump.\n", encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text("vault: vault\ndatabase: data/srs.db\n", encoding="utf-8")
    # Sixteen at once: with eight, a process opening the file while another turned it to WAL was
    # told "database is locked" at once about one run in ten on a loaded machine.
    commands = [["status"], ["remind"], ["scan"], ["cards", "--json"], ["status"], ["scan"], ["remind"], ["status"]] * 2
    procs = [subprocess.Popen([sys.executable, "-m", "srs", "--config", str(config), *args], cwd=tmp_path, env=_env(),
                              text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for args in commands]
    for args, proc in zip(commands, procs):
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, (args, err)
    check = subprocess.run([sys.executable, "-m", "srs", "--config", str(config), "cards", "--json"], cwd=tmp_path,
                           env=_env(), capture_output=True, text=True, timeout=60)
    assert [c["answers"] for c in json.loads(check.stdout)] == [["heart"]]


def test_opening_retries_while_another_process_holds_the_lock_it_needs(tmp_path, monkeypatch):
    """SQLite may report "database is locked" at once while another process sets up a new
    database; opening tries again (within the busy timeout) instead of failing the command."""
    import sqlite3

    from srs.storage import db as db_module

    real = db_module._configured_connection
    refusals = []

    def locked_twice(path):
        if len(refusals) < 2:
            refusals.append(path)
            raise sqlite3.OperationalError("database is locked")
        return real(path)

    monkeypatch.setattr(db_module, "_configured_connection", locked_twice)
    database = db_module.open_database(tmp_path / "srs.db")
    assert len(refusals) == 2
    assert database.scalar("PRAGMA journal_mode") == "wal"
    database.close()


def test_opening_gives_up_on_a_lock_after_the_busy_timeout(tmp_path, monkeypatch):
    """A lock that never goes away ends in the one-line "busy" error, not a hang."""
    import sqlite3

    from srs.errors import StorageError
    from srs.storage import db as db_module

    def always_locked(path):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(db_module, "_configured_connection", always_locked)
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 50)
    with pytest.raises(StorageError, match="busy in another srs process"):
        db_module.open_database(tmp_path / "srs.db")
