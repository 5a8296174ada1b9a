"""A full disk, a read-only database, backups and the back-up before a schema migration: a clear
one-line error, and nothing already saved is ever lost."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from srs.errors import StorageError

NOTES = {f"n{i}.md": f"The **term{i}** is a word number {i}.\n" for i in range(5)}


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def reviews_in(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT card_id, grade, reviewed_at FROM reviews ORDER BY id").fetchall()
    finally:
        conn.close()


def one_line_error(result: subprocess.CompletedProcess, *needles: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("srs: error: "), result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


@pytest.fixture
def studied(vault):
    """A scanned vault with one review saved; returns (vault, card ids, database path)."""
    for rel, text in NOTES.items():
        vault.note(rel, text)
    svc = vault.service()
    svc.scan()
    ids = [c.id for c in svc.cards()]
    svc.grade(ids[0], 4)
    svc.close()
    return vault, ids, vault.root / "data" / "srs.db"


# --- full disk ------------------------------------------------------------------------------------

def test_grading_until_the_disk_is_full_keeps_every_saved_review(studied):
    from srs.core import sm2

    vault, ids, db = studied
    svc = vault.service()
    pages = svc.db.scalar("PRAGMA page_count")
    svc.db.conn.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow: a full disk
    saved = 1
    with pytest.raises(StorageError) as caught:
        for n in range(100_000):
            svc.grade(ids[n % len(ids)], n % 6)
            saved += 1
    assert "disk is full" in caught.value.message and str(db) in caught.value.message
    assert "\n" not in caught.value.message
    log = svc.review_log()
    assert len(log) == saved  # the failed review left nothing behind, every earlier one is kept
    for card_id in ids:
        entries = [e for e in log if e.card_id == card_id]
        assert svc.card(card_id).state == sm2.replay([(e.grade, e.reviewed_at) for e in entries])
    svc.db.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed: work goes on
    svc.grade(ids[0], 5)
    assert len(svc.review_log()) == saved + 1
    svc.close()
    assert integrity(db) == "ok"


def test_a_scan_on_a_full_disk_is_one_error_and_keeps_cards_and_reviews(studied):
    vault, ids, db = studied
    before = reviews_in(db)
    for i in range(300):
        vault.note(f"more/m{i}.md", f"The **extra{i}** is one more word, number {i}. " * 5 + "\n")
    svc = vault.service()
    svc.db.conn.execute(f"PRAGMA max_page_count = {svc.db.scalar('PRAGMA page_count')}")
    with pytest.raises(StorageError, match="disk is full"):
        svc.scan()
    assert {c.id for c in svc.cards()} >= set(ids)
    svc.close()
    assert integrity(db) == "ok" and reviews_in(db) == before
    svc = vault.service()
    report = svc.scan()  # with room again the scan picks up the rest
    assert len(svc.cards()) == len(ids) + 300 and report.warnings == []
    svc.close()


@contextlib.contextmanager
def small_filesystem(folder: Path, size: str = "512k"):
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_a_really_full_disk_through_the_cli_is_one_line_and_loses_nothing(vault):
    for rel, text in NOTES.items():
        vault.note(rel, text)
    with small_filesystem(vault.root / "data"):
        vault.cli("scan")
        card_id = __import__("json").loads(vault.cli("cards", "--json").stdout)[0]["id"]
        vault.cli("grade", card_id, "4")
        filler = vault.root / "data" / "filler"
        with contextlib.suppress(OSError), open(filler, "wb", buffering=0) as out:
            while True:
                out.write(b"\0" * 4096)
        for i in range(200):
            vault.note(f"more/m{i}.md", f"The **extra{i}** is one more word, number {i}. " * 5 + "\n")
        for args in (["scan"], ["grade", card_id, "5"]):
            one_line_error(vault.cli(*args, check=False), "srs.db", "disk is full", "nothing already saved was lost")
        filler.unlink()
        db = vault.root / "data" / "srs.db"
        assert integrity(db) == "ok"
        assert [r[:2] for r in reviews_in(db)] == [(card_id, 4)]
        vault.cli("grade", card_id, "5", now="2026-03-08T09:30:00")
        assert [r[:2] for r in reviews_in(db)] == [(card_id, 4), (card_id, 5)]


# --- read-only database ---------------------------------------------------------------------------

def test_a_read_only_connection_is_a_clear_error_and_writes_nothing(studied):
    vault, ids, db = studied
    before = reviews_in(db)
    svc = vault.service()
    svc.db.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(StorageError, match="read-only") as caught:
        svc.grade(ids[1], 3)
    assert "\n" not in caught.value.message
    assert svc.counts().total == len(ids)  # reading still works
    svc.close()
    assert reviews_in(db) == before and integrity(db) == "ok"


def test_an_immutable_database_file_is_one_line_through_the_cli(studied):
    vault, ids, db = studied
    if not shutil.which("chattr") or os.geteuid() != 0:
        pytest.skip("chattr +i needs root and e2fsprogs")
    if subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode != 0:
        pytest.skip("this file system does not support chattr +i")
    try:
        before = reviews_in(db)
        assert vault.cli("status").returncode == 0
        vault.note("new.md", "The **lung** is an organ.\n")  # so the scan has something to write
        one_line_error(vault.cli("grade", ids[1], "3", check=False), "srs.db", "read-only")
        one_line_error(vault.cli("scan", check=False), "srs.db", "read-only")
    finally:
        subprocess.run(["chattr", "-i", str(db)], capture_output=True)
    assert reviews_in(db) == before and integrity(db) == "ok"


def test_a_read_only_mount_is_one_line_through_the_cli(studied):
    vault, ids, db = studied
    folder = db.parent
    before = reviews_in(db)
    if os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root")
    if subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True).returncode != 0:
        pytest.skip("bind mounts are not allowed here")
    try:
        if subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("cannot remount read-only here")
        for args in (["grade", ids[1], "3"], ["status"], ["scan"]):
            one_line_error(vault.cli(*args, check=False), "srs.db", "read-only")
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
    assert reviews_in(db) == before and integrity(db) == "ok"


# --- backups --------------------------------------------------------------------------------------

def test_srs_backup_writes_a_sound_copy_with_every_review(studied):
    vault, ids, db = studied
    vault.cli("grade", ids[1], "2")
    result = vault.cli("backup", "copies/one.db")
    copy = vault.root / "copies" / "one.db"
    assert "copies/one.db" in result.stdout
    assert integrity(copy) == "ok"
    assert reviews_in(copy) == reviews_in(db) and len(reviews_in(copy)) == 2
    # Into a folder: a dated file name. Over an existing file: refused, one line.
    (vault.root / "copies" / "dir").mkdir()
    vault.cli("backup", "copies/dir")
    assert [p.suffix for p in (vault.root / "copies" / "dir").iterdir()] == [".db"]
    one_line_error(vault.cli("backup", "copies/one.db", check=False), "one.db", "already exists")
    one_line_error(vault.cli("backup", "config.yaml/x.db", check=False), "x.db")
    # The copy is a working database for srs.
    vault.write_config(database="copies/one.db")
    assert "total 5" in vault.cli("status").stdout


def test_a_backup_taken_while_reviews_are_written_is_consistent(studied):
    """A backup during a stream of writes from another process is a consistent snapshot."""
    import sys
    import time

    vault, ids, db = studied
    writer = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from srs.config import load_config; from srs.clock import make_clock; from srs.service import Service\n"
         "from pathlib import Path\n"
         f"svc = Service(load_config(Path({str(vault.config_path)!r})), make_clock('2026-03-01T09:30:00'))\n"
         f"ids = {ids!r}\n"
         "for n in range(100000): svc.grade(ids[n % len(ids)], 4)\n"],
        cwd=vault.root, env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        time.sleep(0.5)
        for n in range(3):
            vault.cli("backup", f"snap{n}.db")
            copy = vault.root / f"snap{n}.db"
            assert integrity(copy) == "ok"
            conn = sqlite3.connect(copy)
            # Every card's state in the copy matches the copy's own log (no half-written review).
            last = dict(conn.execute("SELECT card_id, max(id) FROM reviews GROUP BY card_id").fetchall())
            for card_id, review_id in last.items():
                after = conn.execute("SELECT after FROM reviews WHERE id = ?", (review_id,)).fetchone()[0]
                reps = conn.execute("SELECT repetitions FROM cards WHERE id = ?", (card_id,)).fetchone()[0]
                assert __import__("json").loads(after)["repetitions"] == reps
            conn.close()
    finally:
        writer.kill()
        writer.wait(timeout=10)
    assert b"locked" not in writer.stderr.read()
    writer.stderr.close()


def test_a_schema_migration_backs_the_database_up_first(studied, monkeypatch):
    from srs.storage import migrations, open_database

    vault, ids, db = studied
    before = reviews_in(db)
    latest = len(migrations.MIGRATIONS)
    assert migrations.schema_version(open_database(db, migrate=False)) == latest

    def add_column(utils_db) -> None:
        utils_db.execute("ALTER TABLE cards ADD COLUMN flag TEXT")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, add_column])
    upgraded = open_database(db)
    assert migrations.schema_version(upgraded) == latest + 1
    upgraded.close()
    backup = db.with_name(f"srs.db.before-v{latest + 1}.bak")
    assert backup.exists() and integrity(backup) == "ok"
    assert reviews_in(backup) == before
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest
    assert conn.execute("SELECT count(*) FROM cards").fetchone()[0] == len(ids)
    conn.close()
    assert reviews_in(db) == before  # the upgrade itself kept everything


def test_a_new_database_is_made_without_searching_for_sqlite_utils_plugins(tmp_path):
    # Searching every installed package's entry points cost a first scan a twentieth of a second.
    import sys

    code = (
        "import sys; from pathlib import Path; from srs.storage import open_database; "
        "import sqlite_utils.plugins as p; db = open_database(Path(sys.argv[1])); "
        "print(p._plugins_loaded, db.scalar('PRAGMA user_version'))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "srs.db")], capture_output=True, text=True, check=True)
    from srs.storage import migrations

    assert out.stdout.split() == ["False", str(len(migrations.MIGRATIONS))]


def test_a_failing_migration_leaves_the_database_as_it_was(studied, monkeypatch):
    from srs.storage import migrations, open_database

    vault, ids, db = studied
    before = reviews_in(db)
    latest = len(migrations.MIGRATIONS)

    def broken(utils_db) -> None:
        utils_db.execute("ALTER TABLE cards ADD COLUMN flag TEXT")
        utils_db.execute("ALTER TABLE no_such_table ADD COLUMN x TEXT")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    with pytest.raises(StorageError) as caught:
        open_database(db)
    assert "srs.db" in caught.value.message
    monkeypatch.undo()
    db_again = open_database(db)
    assert migrations.schema_version(db_again) == latest
    columns = [r[1] for r in db_again.query("PRAGMA table_info(cards)")]
    assert "flag" not in columns
    db_again.close()
    assert reviews_in(db) == before and db.with_name(f"srs.db.before-v{latest + 1}.bak").exists()


def test_a_database_from_a_newer_srs_is_refused_without_a_change(studied):
    vault, ids, db = studied
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    one_line_error(vault.cli("status", check=False), "srs.db", "newer srs", "upgrade srs")
    assert len(reviews_in(db)) == 1


# --- the messages themselves (where the tests above cannot mount a file system) ------------------

def test_an_io_error_on_a_nearly_full_disk_is_reported_as_a_full_disk(tmp_path, monkeypatch):
    from srs.storage import db as storage_db

    path = tmp_path / "srs.db"
    error = sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(storage_db, "_low_on_space", lambda p: True)
    assert "the disk is full" in storage_db.describe_sqlite_error(path, error)
    monkeypatch.setattr(storage_db, "_low_on_space", lambda p: False)
    message = storage_db.describe_sqlite_error(path, error)
    assert "could not read or write" in message and "free space" in message and "\n" not in message


def test_a_database_in_a_read_only_folder_says_so(tmp_path, monkeypatch):
    from srs.storage import db as storage_db

    path = tmp_path / "srs.db"
    path.write_bytes(b"")
    monkeypatch.setattr(storage_db.os, "access", lambda p, mode: False)
    message = storage_db.describe_sqlite_error(path, sqlite3.OperationalError("unable to open database file"))
    assert "read-only" in message and str(tmp_path) in message
