"""The collection inside an Anki package: genanki builds its rows, we finish them and write them.

- ``Package.write_to_db`` creates the schema, the collection row and the decks; we pin the
  collection row's ``crt``/``mod``/``scm`` and ``rollover`` to the export's ``now``.
- Each note is built by genanki's ``Note.write_to_db``, but into a stand-in cursor (``_RowSink``):
  its note and card rows then get their final values (the note's ``mod`` is the time its text last
  changed, as Anki updates a note in place only when the package's note is newer; the card's
  scheduling, as genanki writes every card new) and each table is written once, in key order.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from srs.core.model import Card
from srs.core.reviewday import review_day
from srs.errors import ExportError
from srs.export import html, ids, notetype, scheduling

_PROGRESS_STEP = 500


@dataclass(frozen=True)
class Row:
    """One card as it goes into the collection: its note's fields, deck, tags and images."""

    card: Card
    deck: str
    text: str
    extra: str
    tags: tuple[str, ...]
    media: tuple[str, ...]


def write_collection(db_path: Path, rows: list[Row], vault_name: str, now: datetime,
                     day_starts_at: int, with_scheduling: bool,
                     progress: Callable[[int, int], None] | None, total: int) -> None:
    """Write the collection of ``rows`` (one note and one card each) as a new SQLite file."""
    import genanki

    description = f"Cards from the Obsidian vault <b>{html.escape_text(vault_name)}</b>, made by srs."

    timestamp = int(now.timestamp())
    model = notetype.build_model()
    decks: dict[str, genanki.Deck] = {}
    deck_ids: dict[str, int] = {}
    for row in rows:
        if row.deck not in decks:
            deck_ids[row.deck] = ids.deck_id(row.deck)
            decks[row.deck] = genanki.Deck(deck_ids[row.deck], row.deck, description=description)
    note_ids = ids.note_ids(((row.card.id, row.card.created_at) for row in rows), fallback=now)
    export_day = review_day(now, day_starts_at)

    conn = sqlite3.connect(db_path)
    try:
        # A scratch file that is zipped afterwards: no need to make every step crash-safe.
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA synchronous = OFF")
        cursor = conn.cursor()
        # Creates the schema, the collection row, and the decks (with the note type) but no notes:
        # those are written below, table by table, so progress can be reported.
        for deck in decks.values():
            deck.add_model(model)
        genanki.Package(list(decks.values())).write_to_db(cursor, timestamp, iter(()))
        finish_collection_row(cursor, now, day_starts_at)
        # The collection's indexes are built once the rows are in, from the same statements:
        # an index kept up row by row gets its keys in no order and re-reads its pages.
        indexes = cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                 "ORDER BY name").fetchall()
        for name, _sql in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
        conn.commit()
        # The decks and the note type were written into the collection row one deck at a time,
        # leaving its old versions as free pages: drop them while the file is still small.
        conn.execute("VACUUM")

        # Every row is written once, with its final values, and each table is filled in key
        # order, one table after the other. The old way (genanki writing notes and cards
        # alternately, then updates of mod and schedule, then VACUUM to tidy the file) touched
        # every page three or four times; once the collection outgrew SQLite's page cache
        # (about 40,000 notes) those passes re-read pages from disk, and the export grew
        # faster than the number of cards.
        sink = _RowSink(cursor)
        card_rows: list[list] = []

        def note_rows() -> Iterator[list]:
            # Note id order: the ids are spread at random over time. A new card's place in the
            # queue is still its place among ``rows``.
            in_id_order = sorted(enumerate(rows, start=1), key=lambda pair: note_ids[pair[1].card.id])
            for done, (position, row) in enumerate(in_id_order, start=1):
                note_id = note_ids[row.card.id]
                note = genanki.Note(model=model, fields=[row.text, row.extra], tags=list(row.tags),
                                    guid=ids.note_guid(row.card.id))
                # One id for the note and one for its single card (c1): separate tables, same
                # number. genanki writes both into the sink, which keeps them for us to finish.
                note.write_to_db(sink, timestamp, deck_ids[row.deck], iter((note_id, note_id)))
                changed = int((row.card.text_changed_at or row.card.created_at or now).timestamp())
                schedule = (scheduling.schedule_for(row.card, export_day, position) if with_scheduling
                            else scheduling.new_schedule(position, suspended=row.card.suspended))
                for card_row in sink.take_cards():
                    if card_row[0] == note_id:
                        sink.set_card(card_row, changed, schedule)
                    card_rows.append(card_row)
                for note_row in sink.take_notes():
                    sink.set_note_mod(note_row, changed)
                    yield note_row
                if progress and done % _PROGRESS_STEP == 0 and done < total:
                    progress(done, total)

        cursor.executemany(sink.statement("notes"), note_rows())
        if card_rows:
            cursor.executemany(sink.statement("cards"), card_rows)
        for _name, sql in indexes:
            cursor.execute(sql)
        conn.commit()
    finally:
        conn.close()


class _RowSink:
    """Stands in for the cursor genanki's ``Note.write_to_db`` writes through, and keeps its rows.

    genanki inserts a note and then its cards, one statement each, with ``mod`` set to the export
    time and every card new. The sink takes those rows as they are, so that we can set each row's
    final values (the note's own ``mod``, the card's schedule) before it is written, and write
    each table in one pass. Column positions come from the collection's own schema.
    """

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._columns = {table: [row[1] for row in cursor.execute(f"PRAGMA table_info({table})")]
                         for table in ("notes", "cards")}
        self._widths = {table: len(columns) for table, columns in self._columns.items()}
        self._tables: dict[str, str] = {}
        self._statements: dict[str, str] = {}
        self._rows: dict[str, list[list]] = {"notes": [], "cards": []}
        self.lastrowid: int | None = None
        self._note_mod = self._columns["notes"].index("mod")
        card = self._columns["cards"]
        self._card_columns = [card.index(name) for name in
                              ("mod", "type", "queue", "due", "ivl", "factor", "reps", "lapses")]

    def execute(self, sql: str, params: Sequence = ()) -> "_RowSink":
        """Keep one INSERT's row; anything else genanki might write is a bug here."""
        table = self._tables.get(sql)  # genanki sends the same two statements for every note
        if table is None:
            words = sql.split(None, 3)
            table = words[2].split("(", 1)[0] if len(words) > 2 and words[0].upper() == "INSERT" else ""
            if table not in self._rows:
                raise ExportError(f"genanki wrote an unexpected statement while building a note: {sql[:60]}")
            self._tables[sql] = table
            self._statements.setdefault(table, sql)
        if len(params) != self._widths[table]:
            raise ExportError(f"genanki wrote {len(params)} values into the {table} table, which has "
                              f"{self._widths[table]} columns")
        self._rows[table].append(list(params))
        self.lastrowid = params[0]  # the id column is the table's rowid (INTEGER PRIMARY KEY)
        return self

    def statement(self, table: str) -> str:
        """genanki's INSERT for ``table`` (the schema's own column count if it wrote none)."""
        marks = ",".join("?" * len(self._columns[table]))
        return self._statements.get(table, f"INSERT INTO {table} VALUES({marks})")

    def take_notes(self) -> list[list]:
        rows, self._rows["notes"] = self._rows["notes"], []
        return rows

    def take_cards(self) -> list[list]:
        rows, self._rows["cards"] = self._rows["cards"], []
        return rows

    def set_note_mod(self, row: list, mod: int) -> None:
        row[self._note_mod] = mod

    def set_card(self, row: list, mod: int, schedule: scheduling.AnkiSchedule) -> None:
        values = (mod, schedule.type, schedule.queue, schedule.due, schedule.ivl, schedule.factor,
                  schedule.reps, schedule.lapses)
        for index, value in zip(self._card_columns, values):
            row[index] = value


def finish_collection_row(cursor: sqlite3.Cursor, now: datetime, day_starts_at: int) -> None:
    """Pin the collection's times to the export and set its day rollover (see scheduling)."""
    millis = int(now.timestamp() * 1000)
    (conf_text,) = cursor.execute("SELECT conf FROM col").fetchone()
    conf = json.loads(conf_text)
    conf["rollover"] = day_starts_at
    conf["curModel"] = str(notetype.MODEL_ID)
    cursor.execute("UPDATE col SET crt = ?, mod = ?, scm = ?, conf = ?",
                   (scheduling.collection_created(now, day_starts_at), millis, millis,
                    json.dumps(conf, sort_keys=True)))
