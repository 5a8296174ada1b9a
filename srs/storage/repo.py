"""Queries and writes on cards, notes and the review log. Only this package holds SQL."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Iterable, Sequence

from srs.core.identity import StoredRef
from srs.core.model import Card
from srs.core.sm2 import ReviewLog, Sm2State
from srs.errors import CardNotFound, StorageError
from srs.storage.db import Database, describe_sqlite_error
from srs.storage.rows import CARD_COLUMNS, CARD_COLUMNS_RETIRED, CARD_COLUMNS_TAGS, CARD_FROM, card_from_row, state_columns, state_from_json, state_to_json, to_date

ACTIVE = "c.retired = 0 AND c.suspended = 0 AND (c.buried_until IS NULL OR c.buried_until <= :today)"


@dataclass(frozen=True)
class StoredNote:
    path: str
    size: int
    mtime_ns: int
    hash: str


@dataclass(frozen=True)
class ReviewEntry:
    """One row of the review log."""

    id: int
    card_id: str
    reviewed_at: datetime
    day: date
    grade: int
    kind: str
    duration_ms: int | None
    before: Sm2State
    after: Sm2State
    before_flags: dict
    undone: bool


class Repository:
    """Reads and writes of srs's tables; writes join the caller's transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- facts about the database --------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        """A stored fact (None when never set)."""
        return self.db.scalar("SELECT value FROM meta WHERE key = ?", (key,))

    def set_meta(self, key: str, value: str) -> None:
        """Store a fact, in the caller's transaction."""
        self.db.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    # --- notes -------------------------------------------------------------------------------
    def notes(self) -> dict[str, StoredNote]:
        """Every stored note by path."""
        cursor = self.db.conn.cursor()
        cursor.row_factory = None  # plain tuples: this runs over every note on every scan
        rows = cursor.execute("SELECT path, size, mtime_ns, hash FROM notes").fetchall()
        return {path: StoredNote(path, size if size is not None else -1, mtime if mtime is not None else -1, digest or "")
                for path, size, mtime, digest in rows}

    def note_count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM notes") or 0)

    _UPSERT_NOTE = (
        "INSERT INTO notes (path, title, size, mtime_ns, hash, tags, aliases, media, scanned_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET title=excluded.title, "
        "size=excluded.size, mtime_ns=excluded.mtime_ns, hash=excluded.hash, tags=excluded.tags, "
        "aliases=excluded.aliases, media=excluded.media, scanned_at=excluded.scanned_at"
    )

    def upsert_note(self, path: str, title: str, size: int, mtime_ns: int, hash_: str, tags_json: str,
                    aliases_json: str, media_json: str, scanned_at: str) -> None:
        """Store a scanned note; its tags, aliases and media come as stored (``json_list`` text),
        made where the note was parsed (a worker process, on a big scan)."""
        self.db.conn.execute(self._UPSERT_NOTE, (path, title, size, mtime_ns, hash_, tags_json, aliases_json, media_json, scanned_at))

    def upsert_notes(self, rows: Sequence[tuple]) -> None:
        """``upsert_note`` for many notes, each a tuple of its arguments, written in that order."""
        self.db.conn.executemany(self._UPSERT_NOTE, rows)

    def set_note_file(self, path: str, size: int, mtime_ns: int, hash_: str) -> None:
        """Record what a note's file was when read (-1 and "" make the next scan read it again)."""
        self.db.conn.execute("UPDATE notes SET size = ?, mtime_ns = ?, hash = ? WHERE path = ?", (size, mtime_ns, hash_, path))

    def touch_note(self, path: str, size: int, mtime_ns: int) -> None:
        self.db.conn.execute("UPDATE notes SET size = ?, mtime_ns = ? WHERE path = ?", (size, mtime_ns, path))

    def rename_note(self, old: str, new: str) -> None:
        """A note moved without a change: its row and its cards follow it."""
        self.db.conn.execute("UPDATE notes SET path = ? WHERE path = ?", (new, old))
        self.db.conn.execute("UPDATE cards SET note = ? WHERE note = ?", (new, old))

    def note_facts(self, path: str) -> tuple[str, list[str]] | None:
        """A stored note's title and tags (None when the note is not stored)."""
        rows = self.db.query("SELECT title, tags FROM notes WHERE path = ?", (path,))
        if not rows:
            return None
        return rows[0]["title"], (json.loads(rows[0]["tags"]) if rows[0]["tags"] else [])

    def set_note_cards(self, path: str, deck: str, changed_at: str) -> None:
        """After a move: the note's cards take its new deck, and count as changed for export."""
        self.db.conn.execute(
            "UPDATE cards SET deck = ?, text_changed_at = max(coalesce(text_changed_at, ''), ?) WHERE note = ?",
            (deck, changed_at, path))

    def delete_note(self, path: str) -> None:
        self.db.conn.execute("DELETE FROM notes WHERE path = ?", (path,))

    def note_media(self) -> dict[str, list[str]]:
        rows = self.db.query("SELECT path, media FROM notes WHERE media IS NOT NULL AND media != '[]'")
        return {r["path"]: json.loads(r["media"]) for r in rows}

    # --- cards: identity ----------------------------------------------------------------------
    def refs_of_note(self, note: str) -> list[StoredRef]:
        rows = self.db.query("SELECT id, note, anchor, text, retired FROM cards WHERE note = ?", (note,))
        return [StoredRef(r["id"], r["note"], r["anchor"], r["text"], bool(r["retired"])) for r in rows]

    def retired_refs_with_anchors(self, anchors: Iterable[str]) -> list[StoredRef]:
        anchors = list(set(anchors))
        found: list[StoredRef] = []
        for start in range(0, len(anchors), 500):
            chunk = anchors[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.query(f"SELECT id, note, anchor, text, retired FROM cards WHERE retired = 1 AND anchor IN ({marks})", tuple(chunk))
            found += [StoredRef(r["id"], r["note"], r["anchor"], r["text"], True) for r in rows]
        return found

    def data_version(self) -> int:
        """A number that changes when another connection commits a change to the database."""
        return int(self.db.conn.execute("PRAGMA data_version").fetchone()[0])

    def notes_with_cards(self) -> set[str]:
        """The notes that have cards (retired cards included)."""
        return {r[0] for r in self._tuples("SELECT DISTINCT note FROM cards")}

    def retired_anchors(self) -> set[str]:
        """The anchors of every retired card: the definitions that may come back."""
        return {r[0] for r in self._tuples("SELECT DISTINCT anchor FROM cards WHERE retired = 1")}

    def active_anchors_of_notes(self, notes: Iterable[str]) -> dict[str, set[str]]:
        """anchor -> the notes among ``notes`` holding an active card with it."""
        found: dict[str, set[str]] = {}
        paths = list(notes)
        for start in range(0, len(paths), 500):
            chunk = paths[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for anchor, note in self.db.conn.execute(f"SELECT anchor, note FROM cards WHERE retired = 0 AND note IN ({marks})", chunk):
                found.setdefault(anchor, set()).add(note)
        return found

    def all_ids(self) -> set[str]:
        return {r[0] for r in self._tuples("SELECT id FROM cards")}

    def _tuples(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Rows as plain tuples: lookups a scan loads over every card skip building Row objects."""
        cursor = self.db.conn.cursor()
        cursor.row_factory = None
        try:
            return cursor.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise wrap_sqlite(self.db, exc) from None

    def card_texts(self, ids: Sequence[str]) -> dict[str, sqlite3.Row]:
        found = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            marks = ",".join("?" * len(chunk))
            for r in self.db.query(f"SELECT id, note, line, position, deck, text, answers, rule, sentence_key, context, retired, text_changed_at FROM cards WHERE id IN ({marks})", tuple(chunk)):
                found[r["id"]] = r
        return found

    # The columns of a new card's row, in the order of the tuples ``insert_cards`` takes.
    CARD_INSERT_COLUMNS = ("id", "note", "line", "position", "deck", "text", "answers", "anchor", "rule",
                           "sentence_key", "context", "created_at", "text_changed_at")
    _INSERT_CARDS = f"INSERT INTO cards ({', '.join(CARD_INSERT_COLUMNS)}) VALUES ({', '.join('?' * len(CARD_INSERT_COLUMNS))})"

    def insert_card(self, values: dict) -> None:
        self.db.conn.execute(_insert_sql(tuple(values)), values)

    def insert_cards(self, rows: Sequence[tuple]) -> None:
        """New cards, each a tuple in the order of CARD_INSERT_COLUMNS, written in that order."""
        self.db.conn.executemany(self._INSERT_CARDS, rows)

    def update_card(self, card_id: str, values: dict) -> None:
        self.db.conn.execute(_update_sql(tuple(values)), {**values, "_id": card_id})

    def retire_cards(self, ids: Iterable[str], at: str) -> int:
        count = 0
        for card_id in ids:
            count += self.db.conn.execute("UPDATE cards SET retired = 1, retired_at = ? WHERE id = ? AND retired = 0", (at, card_id)).rowcount
        return count

    # --- cards: reading -----------------------------------------------------------------------
    def card(self, card_id: str) -> Card:
        rows = self.db.query(f"SELECT {CARD_COLUMNS} FROM {CARD_FROM} WHERE c.id = ?", (card_id,))
        if not rows:
            raise CardNotFound(f"no card with id '{card_id}'; `srs cards` lists the ids")
        return card_from_row(rows[0])

    def cards(self, include_all: bool = False, deck: str | None = None) -> list[Card]:
        where, params = deck_filter(deck)
        if not include_all:
            where.append("c.retired = 0 AND c.suspended = 0")
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self.db.query(f"SELECT {CARD_COLUMNS} FROM {CARD_FROM} {clause} ORDER BY c.note, c.position", params)
        return [card_from_row(r) for r in rows]

    def export_cards(self) -> list[Card]:
        """Every card that is not retired, in vault order: the cards an export writes.

        The same cards, in the same order, as ``cards(include_all=True)`` without its retired
        ones, from the same query; but the rows come as plain tuples, retired rows are dropped
        before they become Cards, and a note's tags are parsed once for all its cards (an export
        reads every card, and building them was a fifth of its time).
        """
        cursor = self.db.conn.cursor()
        cursor.row_factory = None
        try:
            rows = cursor.execute(f"SELECT {CARD_COLUMNS} FROM {CARD_FROM} ORDER BY c.note, c.position").fetchall()
        except sqlite3.Error as exc:
            raise StorageError(describe_sqlite_error(self.db.path, exc)) from None
        retired, tags_json = CARD_COLUMNS_RETIRED, CARD_COLUMNS_TAGS
        cards = []
        tags_of: dict[str, tuple[str, ...]] = {}
        for row in rows:
            if row[retired]:
                continue
            text = row[tags_json]
            tags = tags_of.get(text) if text else ()
            if tags is None:
                tags = tags_of[text] = tuple(json.loads(text))
            cards.append(card_from_row(row, tags))
        return cards

    def select_cards(self, condition: str, params: dict, order: str, limit: int | None = None, index: str | None = None) -> list[Card]:
        """Cards matching ``condition``; ``index`` names the index to walk when the planner,
        without statistics, would pick a worse one (new cards in vault order, learning cards)."""
        source = CARD_FROM.replace("cards c", f"cards c INDEXED BY {index}", 1) if index else CARD_FROM
        sql = f"SELECT {CARD_COLUMNS} FROM {source} WHERE {condition} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [card_from_row(r) for r in self.db.query(sql, params)]

    def count(self, condition: str, params: dict, index: str | None = None) -> int:
        source = f"cards c INDEXED BY {index}" if index else "cards c"
        return int(self.db.scalar(f"SELECT count(*) FROM {source} WHERE {condition}", params) or 0)

    def min_due(self, condition: str, params: dict) -> date | None:
        return to_date(self.db.scalar(f"SELECT min(c.due) FROM cards c WHERE {condition}", params))

    def counts_per_deck(self, due: str, new: str, learning: str, params: dict) -> list[sqlite3.Row]:
        """One pass over the active cards: due, new, learning and total per deck."""
        return self.db.query(
            f"SELECT c.deck AS deck, sum({due}) AS due, sum({new}) AS new, sum({learning}) AS learning, count(*) AS total "
            "FROM cards c WHERE c.retired = 0 GROUP BY c.deck", params)

    def decks(self) -> list[str]:
        return [r[0] for r in self.db.query("SELECT DISTINCT deck FROM cards WHERE retired = 0 ORDER BY deck")]

    # --- schedule and review log --------------------------------------------------------------
    def save_review(self, card: Card, log: ReviewLog, duration_ms: int | None, flags_after: dict, fsrs_before: str | None = None) -> int:
        """The card's new state and its log entry, in the caller's transaction. The card flags
        (and FSRS state) before the review go into the log too, so undo restores them exactly."""
        extra = {"fsrs": fsrs_before} if fsrs_before is not None else {}
        before = state_to_json(log.before, leech=card.leech, suspended=card.suspended, **extra)
        after = state_to_json(log.after, **flags_after)
        cursor = self.db.conn.execute(
            "INSERT INTO reviews (card_id, reviewed_at, day, grade, kind, duration_ms, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (card.id, log.reviewed_at.isoformat(), log.day.isoformat(), log.grade, log.kind, duration_ms, before, after),
        )
        self.set_state(card.id, log.after, **flags_after)
        return int(cursor.lastrowid)

    def set_state(self, card_id: str, state: Sm2State, **flags) -> None:
        values = state_columns(state)
        for key in ("leech", "suspended"):
            if key in flags:
                values[key] = int(bool(flags[key]))
        if "fsrs" in flags:
            values["fsrs"] = flags["fsrs"]
        self.update_card(card_id, values)

    def fsrs_of(self, card_id: str) -> str | None:
        """The card's FSRS state as stored (JSON text), None when it has none."""
        return self.db.scalar("SELECT fsrs FROM cards WHERE id = ?", (card_id,))

    def latest_review(self, card_id: str | None = None) -> ReviewEntry | None:
        """The newest review not taken back (of ``card_id`` when given)."""
        if card_id is None:
            rows = self.db.query("SELECT * FROM reviews WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1")
        else:
            rows = self.db.query("SELECT * FROM reviews WHERE undone_at IS NULL AND card_id = ? ORDER BY id DESC LIMIT 1", (card_id,))
        return _entry(rows[0]) if rows else None

    def mark_undone(self, review_id: int, at: str) -> None:
        self.db.conn.execute("UPDATE reviews SET undone_at = ? WHERE id = ?", (at, review_id))

    def review_log(self, card_id: str | None = None, include_undone: bool = False) -> list[ReviewEntry]:
        where = [] if include_undone else ["undone_at IS NULL"]
        params: tuple = ()
        if card_id is not None:
            where.append("card_id = ?")
            params = (card_id,)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return [_entry(r) for r in self.db.query(f"SELECT * FROM reviews {clause} ORDER BY id", params)]

    def reviews_on(self, day: date) -> list[sqlite3.Row]:
        return self.db.query(
            "SELECT r.card_id, r.kind, r.before, c.note, c.sentence_key FROM reviews r JOIN cards c ON c.id = r.card_id "
            "WHERE r.day = ? AND r.undone_at IS NULL", (day.isoformat(),))

    def review_days(self) -> list[str]:
        return [r[0] for r in self.db.query("SELECT day FROM reviews WHERE undone_at IS NULL")]

    def due_days(self) -> list[str]:
        return [r[0] for r in self.db.query("SELECT due FROM cards WHERE retired = 0 AND suspended = 0 AND due IS NOT NULL")]


@lru_cache(maxsize=64)
def _insert_sql(keys: tuple[str, ...]) -> str:
    """INSERT text for a card with these columns (a scan writes the same few shapes many times)."""
    return f"INSERT INTO cards ({', '.join(keys)}) VALUES ({', '.join(f':{k}' for k in keys)})"


@lru_cache(maxsize=64)
def _update_sql(keys: tuple[str, ...]) -> str:
    """UPDATE text setting these columns of one card (by ``:_id``)."""
    return f"UPDATE cards SET {', '.join(f'{k} = :{k}' for k in keys)} WHERE id = :_id"


def deck_filter(deck: str | None) -> tuple[list[str], dict]:
    """SQL condition for a deck and its subdecks."""
    if not deck:
        return [], {}
    return ["(c.deck = :deck OR c.deck LIKE :deck_children ESCAPE '\\')"], {
        "deck": deck,
        "deck_children": deck.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "::%",
    }


def _entry(row: sqlite3.Row) -> ReviewEntry:
    before, before_flags = state_from_json(row["before"])
    after, _ = state_from_json(row["after"])
    return ReviewEntry(
        id=row["id"],
        card_id=row["card_id"],
        reviewed_at=datetime.fromisoformat(row["reviewed_at"]),
        day=date.fromisoformat(row["day"]),
        grade=row["grade"],
        kind=row["kind"],
        duration_ms=row["duration_ms"],
        before=before,
        after=after,
        before_flags=before_flags,
        undone=row["undone_at"] is not None,
    )


def wrap_sqlite(db: Database, exc: sqlite3.Error) -> StorageError:
    """A StorageError for a raw sqlite3 error on ``db``."""
    return StorageError(describe_sqlite_error(db.path, exc))
