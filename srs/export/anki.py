"""Writing an Anki package (.apkg) from cards: genanki builds the collection, we pin and finish it.

Where genanki would use the clock or make a different file each time, this module decides instead:
- ``Package.write_to_file`` takes ``time.time()`` for note/card ids and ``mod``, writes through a
  ``mkstemp`` file and zips with each file's mtime. We call ``Package.write_to_db`` ourselves with
  the export's ``now`` and an id sequence derived from the card ids, then write the zip with fixed
  entry times.
- Every note gets ``mod`` = the time its text last changed (Anki updates a note in place only when
  the package's note is newer), and the GUID comes from the card id.
- The collection row's ``crt``/``mod``/``scm`` and the ``rollover`` hour are set from ``now``, and
  scheduling columns are filled in (genanki writes every card as new).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from srs.core.model import Card
from srs.core.reviewday import review_day
from srs.errors import ExportError
from srs.export import html, ids, notetype, paths, scheduling

_PROGRESS_STEP = 500


@dataclass(frozen=True)
class ExportResult:
    """What was written: the package path and how many cards, notes and media files it holds."""

    path: Path
    cards: int
    notes: int
    media: int


@dataclass(frozen=True)
class _Row:
    card: Card
    deck: str
    text: str
    extra: str
    tags: tuple[str, ...]
    media: tuple[str, ...]


def write_package(
    cards: Sequence[Card],
    out_path: Path,
    *,
    vault_name: str,
    media: Mapping[str, Sequence[Path]],
    now: datetime,
    day_starts_at: int,
    with_scheduling: bool,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Write ``cards`` as one Anki package at ``out_path`` and say what it holds.

    Each card becomes one note of the "srs Cloze" type in the deck named by ``card.deck``. The same
    cards and the same ``now`` give a byte-identical file. Raises ExportError when ``out_path``
    cannot be written.
    """
    out_path = Path(out_path)
    _check_target(out_path)
    media_files = sorted({Path(p) for files in media.values() for p in files if Path(p).is_file()})
    try:
        media_map = paths.media_names(media_files)
    except OSError as exc:
        raise ExportError(f"cannot read media file {exc.filename}: {exc.strerror}; "
                          "check its permissions or remove the embed from the note") from exc

    rows = _rows(cards, vault_name, media, media_map)
    total = len(rows)
    if progress:
        progress(0, total)
    used_media = sorted({name for row in rows for name in row.media})
    by_name = {name: path for path, name in media_map.items()}
    try:
        with tempfile.TemporaryDirectory(prefix="srs-export-") as tmp:
            db_path = Path(tmp) / "collection.anki2"
            _write_collection(db_path, rows, vault_name, now, day_starts_at, with_scheduling, progress,
                              total)
            _write_zip(out_path, db_path, [(name, by_name[name]) for name in used_media], now)
    except (OSError, sqlite3.Error) as exc:
        raise ExportError(f"cannot build the Anki package for {out_path} in the temporary folder "
                          f"{tempfile.gettempdir()}: {exc}; free some space there or set TMPDIR "
                          "to another folder") from exc
    if progress:
        progress(total, total)
    return ExportResult(path=out_path, cards=total, notes=total, media=len(used_media))


def _check_target(out_path: Path) -> None:
    if out_path.is_dir():
        raise ExportError(f"cannot write the Anki package to {out_path}: it is a folder; "
                          "give a file name ending in .apkg with --out")
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the folder {out_path.parent} for the Anki package: "
                          f"{exc.strerror}; choose another place with --out or export_dir") from exc
    if not os.access(out_path.parent, os.W_OK):
        raise ExportError(f"cannot write the Anki package to {out_path}: the folder is not writable; "
                          "choose another place with --out or change export_dir in the config")


def _rows(cards: Sequence[Card], vault_name: str, media: Mapping[str, Sequence[Path]],
          media_map: Mapping[Path, str]) -> list[_Row]:
    rows = []
    # What a note's cards share is made once per note: its images, the source link and tags of
    # the Extra field; and once per deck or tag set, the Anki names. (A note's cards come one
    # after another, and a vault has a few cards per note and far fewer decks than notes.)
    names_cache: dict[str, tuple[str, ...]] = {}
    parts_cache: dict[tuple[str, str, tuple[str, ...]], html.NoteParts] = {}
    decks_cache: dict[str, str] = {}
    tags_cache: dict[tuple[tuple[str, ...], bool], tuple[str, ...]] = {}
    seen: set[str] = set()
    for card in cards:
        if card.id in seen:  # one Anki note per card id: a repeated card would clash with itself
            continue
        seen.add(card.id)
        text = html.text_field(card.text, card.answers)
        if text is None:  # no cloze in the text: Anki would make no card from it
            continue
        note = card.note
        names = names_cache.get(note)
        if names is None:
            found = [media_map[Path(p)] for p in media.get(note, ()) if Path(p) in media_map]
            names = names_cache[note] = tuple(dict.fromkeys(found))
        parts_key = (note, card.title, card.tags)
        parts = parts_cache.get(parts_key)
        if parts is None:
            parts = parts_cache[parts_key] = html.note_parts(
                title=card.title, note_path=note, vault_name=vault_name, tags=card.tags, media_names=names)
        deck = decks_cache.get(card.deck)
        if deck is None:
            deck = decks_cache[card.deck] = _deck_name(card.deck, vault_name)
        tags_key = (card.tags, card.leech)
        tags = tags_cache.get(tags_key)
        if tags is None:
            tags = tags_cache[tags_key] = _anki_tags(card)
        rows.append(_Row(card, deck, text, parts.extra(card.context, card.text), tags, names))
    return rows


def _deck_name(deck: str, vault_name: str) -> str:
    """Anki's form of a deck name: ``::`` levels, each trimmed, no empty levels."""
    levels = [level.strip() for level in deck.split("::")]
    levels = [level for level in levels if level]
    return "::".join(levels) or vault_name.strip() or "srs"


def _anki_tags(card: Card) -> tuple[str, ...]:
    """Note tags as Anki tags: no spaces; Obsidian's nested ``a/b`` becomes Anki's ``a::b``."""
    tags = []
    for tag in card.tags:
        clean = "_".join(tag.strip().lstrip("#").replace('"', "").split()).replace("/", "::")
        if clean:
            tags.append(clean)
    if card.leech:
        tags.append("leech")
    return tuple(dict.fromkeys(tags))


def _write_collection(db_path: Path, rows: list[_Row], vault_name: str, now: datetime,
                      day_starts_at: int, with_scheduling: bool,
                      progress: Callable[[int, int], None] | None, total: int) -> None:
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
        _finish_collection_row(cursor, now, day_starts_at)
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


def _finish_collection_row(cursor: sqlite3.Cursor, now: datetime, day_starts_at: int) -> None:
    """Pin the collection's times to the export and set its day rollover (see scheduling)."""
    millis = int(now.timestamp() * 1000)
    (conf_text,) = cursor.execute("SELECT conf FROM col").fetchone()
    conf = json.loads(conf_text)
    conf["rollover"] = day_starts_at
    conf["curModel"] = str(notetype.MODEL_ID)
    cursor.execute("UPDATE col SET crt = ?, mod = ?, scm = ?, conf = ?",
                   (scheduling.collection_created(now, day_starts_at), millis, millis,
                    json.dumps(conf, sort_keys=True)))


ZIP_LEVEL = 1


def _write_zip(out_path: Path, db_path: Path, media_files: list[tuple[str, Path]], now: datetime) -> None:
    """The package zip, written next to ``out_path`` and moved into place when complete."""
    stamp = _zip_time(now)
    tmp_path = out_path.with_name(out_path.name + ".tmp")
    try:
        with zipfile.ZipFile(tmp_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            # Streamed: a large collection is never held in memory whole.
            entry = _entry("collection.anki2", stamp)
            entry.file_size = db_path.stat().st_size
            with db_path.open("rb") as source, archive.open(entry, "w") as target:
                shutil.copyfileobj(source, target, 1 << 20)
            manifest = {str(index): name for index, (name, _) in enumerate(media_files)}
            archive.writestr(_entry("media", stamp), json.dumps(manifest, ensure_ascii=False))
            for index, (name, path) in enumerate(media_files):
                try:
                    data = Path(path).read_bytes()
                except OSError as exc:
                    raise ExportError(f"cannot read media file {path}: {exc.strerror}; check its "
                                      "permissions or remove the embed from the note") from exc
                archive.writestr(_entry(str(index), stamp), data)
        os.replace(tmp_path, out_path)
    except OSError as exc:
        tmp_path.unlink(missing_ok=True)
        raise ExportError(f"cannot write the Anki package to {out_path}: {exc.strerror or exc}; "
                          "check free space and permissions, or choose another place with --out") from exc
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


def _zip_time(now: datetime) -> tuple[int, int, int, int, int, int]:
    wall = now.replace(tzinfo=None)
    if wall.year < 1980:  # the zip format cannot store earlier dates
        return (1980, 1, 1, 0, 0, 0)
    return (wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second)


def _entry(name: str, stamp: tuple[int, int, int, int, int, int]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    # The fastest deflate level: a 10,000-card collection compresses in a fifth of the default
    # level's time (0.1 s against 0.5 s) into a package about a sixth larger. (Python 3.13 names
    # the attribute compress_level; before, only the private name exists.)
    setattr(info, "compress_level" if hasattr(info, "compress_level") else "_compresslevel", ZIP_LEVEL)
    info.create_system = 3
    info.external_attr = 0o644 << 16
    return info
