"""Writing an Anki package (.apkg) from cards: the fields, the collection (``collection``), the zip.

Where genanki would use the clock or make a different file each time, this module decides instead:
- ``Package.write_to_file`` takes ``time.time()`` for note/card ids and ``mod``, writes through a
  ``mkstemp`` file and zips with each file's mtime. We call ``Package.write_to_db`` ourselves with
  the export's ``now`` and an id sequence derived from the card ids, then write the zip with fixed
  entry times.
- Every note's GUID comes from the card id; its ``mod``, its card's scheduling and the collection
  row's times are set by ``collection`` (from the card and ``now``).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from srs.core.model import Card
from srs.errors import ExportError
from srs.export import collection, html, paths


@dataclass(frozen=True)
class ExportResult:
    """What was written: the package path and how many cards, notes and media files it holds."""

    path: Path
    cards: int
    notes: int
    media: int


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
            collection.write_collection(db_path, rows, vault_name, now, day_starts_at, with_scheduling, progress, total)
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
          media_map: Mapping[Path, str]) -> list[collection.Row]:
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
        rows.append(collection.Row(card, deck, text, parts.extra(card.context, card.text), tags, names))
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
