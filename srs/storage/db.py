"""Opening the database: WAL, a busy timeout, migrations, transactions and error translation.

Every write happens inside ``Database.transaction()`` (BEGIN IMMEDIATE ... COMMIT), so a crash
leaves either all of a change or none of it, and concurrent processes (a cron reminder, a scan, a
review session) wait for each other instead of failing with "database is locked".
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from srs.errors import StorageError

BUSY_TIMEOUT_MS = 15_000


def describe_sqlite_error(path: Path, exc: sqlite3.Error) -> str:
    """A one-line, actionable message for a SQLite failure on the database at ``path``."""
    text = str(exc)
    lowered = text.lower()
    if "disk i/o error" in lowered and _low_on_space(path):
        # A full disk often shows up as an I/O error (growing the -wal or -shm file fails).
        lowered = "full"
    if "full" in lowered:
        return f"{path}: the disk is full ({text}); free some space and try again — nothing already saved was lost"
    if "readonly" in lowered or "read-only" in lowered:
        return f"{path}: the database is read-only ({text}); check the file's and folder's permissions"
    if "locked" in lowered or "busy" in lowered:
        return f"{path}: the database is busy in another srs process ({text}); try again in a moment"
    if "malformed" in lowered or "not a database" in lowered:
        return f"{path}: the database file is damaged ({text}); restore it from a backup made with `srs backup`"
    if "unable to open" in lowered and path.exists() and not os.access(path.parent, os.W_OK):
        # WAL needs its -wal and -shm files beside the database, even to read it.
        return f"{path}: the database's folder {path.parent} is read-only ({text}); srs writes beside the database, so make the folder writable"
    if "unable to open" in lowered:
        return f"{path}: cannot open the database ({text}); check that its folder exists and is writable"
    if "disk i/o error" in lowered:
        code = getattr(exc, "sqlite_errorname", "") or ""
        return f"{path}: the disk could not read or write the database ({text}{', ' + code if code else ''}); check the disk and its free space"
    return f"{path}: database error ({text})"


def _low_on_space(path: Path, minimum: int = 1 << 20) -> bool:
    """True when the file system holding ``path`` has less than ``minimum`` bytes free."""
    try:
        found = os.statvfs(path.parent)
    except (OSError, AttributeError):
        return False
    return found.f_bavail * found.f_frsize < minimum


class Database:
    """A connection to the srs database with explicit transactions."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._depth = 0

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error); nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StorageError(describe_sqlite_error(self.path, exc)) from None
        self._depth = 1
        try:
            yield self.conn
        except BaseException as exc:
            self._depth = 0
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            if isinstance(exc, sqlite3.Error):
                raise StorageError(describe_sqlite_error(self.path, exc)) from None
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            raise StorageError(describe_sqlite_error(self.path, exc)) from None

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        """Run a read query and return all rows."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StorageError(describe_sqlite_error(self.path, exc)) from None

    def scalar(self, sql: str, params: tuple | dict = ()):
        """The first column of the first row, or None."""
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the database at ``target`` (SQLite's online backup API)."""
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with sqlite3.connect(str(target)) as dest:
                self.conn.backup(dest)
            dest.close()
        except sqlite3.Error as exc:
            raise StorageError(describe_sqlite_error(target, exc)) from None
        except OSError as exc:
            raise StorageError(f"{target}: cannot write the backup ({exc.strerror or exc})") from None

    def close(self) -> None:
        """Close the connection."""
        try:
            self.conn.close()
        except sqlite3.Error:
            pass


def open_database(path: Path, *, migrate: bool = True) -> Database:
    """Open (creating it and its folder if needed) and migrate the database at ``path``."""
    from srs.storage.migrations import migrate_database

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"{path.parent}: cannot create the database folder ({exc.strerror or exc}); check the 'database' key in the config") from None
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        raise StorageError(describe_sqlite_error(path, exc)) from None
    db = Database(path, conn)
    if migrate:
        migrate_database(db)
    return db


def _connect(path: Path) -> sqlite3.Connection:
    """A configured connection, retried while another process holds the lock it needs.

    Turning a new database to WAL takes an exclusive lock, and a process that opens the file
    while another one does that can be told "database is locked" at once, before its busy
    timeout has run (seen with 16 processes started together on a new database). Several processes started together on a new database (cron, a scan and a
    review) would fail at random, so the whole set-up is retried for as long as the busy timeout
    allows."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.005
    while True:
        try:
            return _configured_connection(path)
        except sqlite3.OperationalError as exc:
            lowered = str(exc).lower()
            if ("locked" not in lowered and "busy" not in lowered) or time.monotonic() >= deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.1)


def _configured_connection(path: Path) -> sqlite3.Connection:
    """A connection to ``path`` in WAL mode with the project's pragmas (closed again on failure)."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        # A larger page cache (32 MB) keeps scans of 100,000-note vaults from thrashing the
        # card and anchor indexes, whose keys arrive in no particular order.
        conn.execute("PRAGMA cache_size = -32000")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn
