"""Schema changes, one numbered migration at a time (PRAGMA user_version).

Before migrating a database that already holds data, a consistent copy is written beside it
(``<name>.before-v<N>.bak``) so a failed or unwanted upgrade never costs the user their history.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Callable

from srs.errors import StorageError
from srs.storage.db import Database, describe_sqlite_error

if TYPE_CHECKING:  # imported when a migration runs, not on every start
    import sqlite_utils


def _v1_initial(db: "sqlite_utils.Database") -> None:
    db["notes"].create(
        {
            "path": str,
            "title": str,
            "size": int,
            "mtime_ns": int,
            "hash": str,
            "tags": str,
            "aliases": str,
            "media": str,
            "scanned_at": str,
        },
        pk="path",
        not_null={"title"},
    )
    db["cards"].create(
        {
            "id": str,
            "note": str,
            "line": int,
            "position": int,
            "deck": str,
            "text": str,
            "answers": str,
            "anchor": str,
            "rule": str,
            "sentence_key": str,
            "context": str,
            "retired": int,
            "suspended": int,
            "leech": int,
            "buried_until": str,
            "repetitions": int,
            "ef_milli": int,
            "interval": int,
            "due": str,
            "lapses": int,
            "last_review": str,
            "repeat_pending_on": str,
            "fsrs": str,
            "created_at": str,
            "text_changed_at": str,
            "retired_at": str,
        },
        pk="id",
        not_null={"note", "text", "answers", "anchor", "rule"},
        defaults={
            "retired": 0,
            "suspended": 0,
            "leech": 0,
            "repetitions": 0,
            "ef_milli": 2500,
            "interval": 0,
            "lapses": 0,
            "line": 0,
            "position": 0,
            "context": "",
            "sentence_key": "",
        },
    )
    db["cards"].create_index(["note", "position"], index_name="cards_by_note")
    db["cards"].create_index(["anchor"], index_name="cards_by_anchor")
    db["cards"].create_index(["retired", "suspended", "due"], index_name="cards_by_due")
    # New cards in vault order, found without walking every reviewed card.
    db.execute("CREATE INDEX cards_new ON cards(note, position) WHERE last_review IS NULL AND retired = 0")
    db.execute("CREATE INDEX cards_learning ON cards(repeat_pending_on) WHERE repeat_pending_on IS NOT NULL")
    db["reviews"].create(
        {
            "id": int,
            "card_id": str,
            "reviewed_at": str,
            "day": str,
            "grade": int,
            "kind": str,
            "duration_ms": int,
            "before": str,
            "after": str,
            "undone_at": str,
        },
        pk="id",
        not_null={"card_id", "reviewed_at", "day", "grade", "kind", "before", "after"},
    )
    db["reviews"].create_index(["card_id"], index_name="reviews_by_card")
    db["reviews"].create_index(["day"], index_name="reviews_by_day")


def _v2_meta(db: "sqlite_utils.Database") -> None:
    # Facts about the database as a whole, e.g. which extractor made the stored cards.
    db["meta"].create({"key": str, "value": str}, pk="key")


MIGRATIONS: list[Callable] = [_v1_initial, _v2_meta]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    """The schema version the database file is at."""
    return int(db.scalar("PRAGMA user_version") or 0)


def migrate_database(db: Database) -> None:
    """Bring the schema up to date, backing the file up first when it already holds data."""
    current = schema_version(db)
    latest = len(MIGRATIONS)  # read at call time, so the list is the one source of the version
    if current > latest:
        raise StorageError(
            f"{db.path}: the database was written by a newer srs (schema {current}, this one knows {latest}); upgrade srs"
        )
    if current == latest:
        return
    import sqlite_utils

    if current > 0:
        db.backup_to(db.path.with_name(f"{db.path.name}.before-v{current + 1}.bak"))
    # Without sqlite-utils' plugins: finding them scans every installed package's entry points
    # (a twentieth of a second on a first scan), and the schema needs none of their functions.
    utils_db = sqlite_utils.Database(db.conn, execute_plugins=False)
    for version in range(current + 1, latest + 1):
        try:
            with db.transaction():
                # Another process may have migrated while we waited for the write lock.
                if schema_version(db) >= version:
                    continue
                MIGRATIONS[version - 1](utils_db)
                db.conn.execute(f"PRAGMA user_version = {version}")
        except sqlite3.Error as exc:
            raise StorageError(describe_sqlite_error(db.path, exc)) from None
