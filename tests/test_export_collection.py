"""The package's collection holds exactly what the straightforward way of writing it would.

``srs.export.anki`` writes the collection in a fast order of its own (each table once, in key
order, with every row's final values; see ``srs.export.collection``). These tests build the same
collection the plain way, one genanki note after another into SQLite and then updates of the
columns we own, and compare every row of both.
"""

from __future__ import annotations

import random
import sqlite3
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from srs.core.model import Card
from srs.core.reviewday import review_day
from srs.core.sm2 import Sm2State
from srs.export import anki, collection, ids, notetype, scheduling, write_package

genanki = pytest.importorskip("genanki")

VAULT = "My Vault"
DAY_STARTS_AT = 4
NOW = datetime(2026, 3, 1, 9, 30).astimezone()


def _cards(count: int, seed: int = 5) -> list[Card]:
    """Cards with the variety an export meets: decks, tags, progress, suspension, leeches, repeats."""
    rnd = random.Random(seed)
    created = NOW - timedelta(days=400)
    cards = []
    for i in range(count):
        reviewed = rnd.random() < 0.3
        state = Sm2State()
        if reviewed:
            last = date(2026, 2, 1) + timedelta(days=rnd.randrange(25))
            state = Sm2State(repetitions=rnd.randrange(1, 6), ef_milli=rnd.randrange(1300, 2900),
                             interval=rnd.randrange(0, 40), due=last + timedelta(days=rnd.randrange(0, 40)),
                             lapses=rnd.randrange(3), last_review=last)
        made = created + timedelta(minutes=rnd.randrange(500_000))
        answer = f"fact {i}"
        cards.append(Card(
            id=f"card-{rnd.randrange(count * 3):06d}",  # some ids repeat: one Anki note per id
            note=f"Folder {i % 17}/Note {i // 4}.md",
            line=i % 30 + 1,
            position=i % 4,
            deck=rnd.choice(["Vault::A", "Vault::B::C", "Vault", " Vault :: D ", "Vault::É"]),
            text=(f"Sentence {i} says **{{{{c1::{answer}}}}}** is *true*." if i % 50 else "No gap here."),
            answers=(answer,) if i % 50 else (),
            rule="bold",
            sentence_key=f"s-{i // 2}",
            context=rnd.choice(["", "Some heading", f"Sentence {i} says {answer} is true."]),
            title=f"Note {i // 4}",
            tags=tuple(rnd.sample(["math", "a/b", "with space", "#hash", "x"], rnd.randrange(3))),
            state=state,
            suspended=rnd.random() < 0.05,
            leech=rnd.random() < 0.02,
            created_at=made if i % 23 else None,
            text_changed_at=made + timedelta(days=3) if i % 3 == 0 else None,
        ))
    return cards


def _straightforward(cards: list[Card], path: Path, with_scheduling: bool) -> None:
    """The collection written the plain way: genanki writes each note, then we set our columns."""
    rows = anki._rows(cards, VAULT, {}, {})
    timestamp = int(NOW.timestamp())
    model = notetype.build_model()
    description = f"Cards from the Obsidian vault <b>{VAULT}</b>, made by srs."
    decks: dict[str, genanki.Deck] = {}
    for row in rows:
        decks.setdefault(row.deck, genanki.Deck(ids.deck_id(row.deck), row.deck, description=description))
    note_ids = ids.note_ids(((row.card.id, row.card.created_at) for row in rows), fallback=NOW)
    export_day = review_day(NOW, DAY_STARTS_AT)
    conn = sqlite3.connect(path)
    try:
        cursor = conn.cursor()
        for deck in decks.values():
            deck.add_model(model)
        genanki.Package(list(decks.values())).write_to_db(cursor, timestamp, iter(()))
        collection.finish_collection_row(cursor, NOW, DAY_STARTS_AT)
        for position, row in enumerate(rows, start=1):
            note_id = note_ids[row.card.id]
            note = genanki.Note(model=model, fields=[row.text, row.extra], tags=list(row.tags),
                                guid=ids.note_guid(row.card.id))
            note.write_to_db(cursor, timestamp, ids.deck_id(row.deck), iter((note_id, note_id)))
            changed = int((row.card.text_changed_at or row.card.created_at or NOW).timestamp())
            schedule = (scheduling.schedule_for(row.card, export_day, position) if with_scheduling
                        else scheduling.new_schedule(position, suspended=row.card.suspended))
            cursor.execute("UPDATE notes SET mod = ? WHERE id = ?", (changed, note_id))
            cursor.execute("UPDATE cards SET mod = ?, type = ?, queue = ?, due = ?, ivl = ?, factor = ?, "
                           "reps = ?, lapses = ? WHERE nid = ?",
                           (changed, schedule.type, schedule.queue, schedule.due, schedule.ivl,
                            schedule.factor, schedule.reps, schedule.lapses, note_id))
        conn.commit()
    finally:
        conn.close()


def _contents(path: Path) -> dict[str, list]:
    """Every row of every table, and the schema, in a stable order."""
    conn = sqlite3.connect(path)
    try:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found = {table: sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
                 for table in tables}
        found["schema"] = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
                                 key=repr)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    return found


def _package_collection(package: Path, folder: Path) -> Path:
    with zipfile.ZipFile(package) as archive:
        archive.extract("collection.anki2", folder)
    return folder / "collection.anki2"


@pytest.mark.parametrize("with_scheduling", [False, True])
def test_a_large_export_holds_the_rows_of_the_straightforward_way(tmp_path, with_scheduling):
    cards = _cards(3000)
    result = write_package(cards, tmp_path / "out.apkg", vault_name=VAULT, media={}, now=NOW,
                           day_starts_at=DAY_STARTS_AT, with_scheduling=with_scheduling)
    plain = tmp_path / "plain.anki2"
    _straightforward(cards, plain, with_scheduling)
    ours = _contents(_package_collection(result.path, tmp_path / "ours"))
    expected = _contents(plain)
    assert result.notes == len(expected["notes"]) > 2000
    assert ours.keys() == expected.keys()
    for table in expected:
        assert ours[table] == expected[table], table


def test_the_export_reads_the_cards_the_service_lists_without_the_retired(vault):
    for i in range(12):
        vault.note(f"folder {i % 3}/n{i}.md",
                   f"---\ntags: [t{i % 4}, shared]\n---\nThe **term {i}** is a word numbered {i}.\n\n"
                   f"The **other term {i}** is a word numbered {i + 100}.\n")
    svc = vault.service()
    try:
        svc.scan()
        for i in range(0, 12, 3):  # each loses a sentence: its card is retired
            vault.note(f"folder {i % 3}/n{i}.md", f"---\ntags: [t{i % 4}]\n---\nThe **term {i}** is a word numbered {i}.\n")
        svc.scan()
        listed = svc.repo.cards(include_all=True)
        svc.suspend(listed[1].id)
        listed = svc.repo.cards(include_all=True)
        assert any(card.retired for card in listed) and any(card.suspended for card in listed)
        # export_cards builds its Cards from plain tuples, cards() from sqlite3.Row: the same Cards.
        assert svc.repo.export_cards() == [card for card in listed if not card.retired]
    finally:
        svc.close()


def test_fields_made_once_per_note_equal_those_made_for_each_card():
    # _rows makes what a note's cards share (source link, tags, images; deck and tag names) once;
    # every card must still get exactly the fields made for it alone.
    from srs.export import html

    cards = _cards(600)
    media = {cards[0].note: [Path("/media/a.png"), Path("/media/b.png")], cards[9].note: [Path("/media/a.png")]}
    media_map = {Path("/media/a.png"): "a.png", Path("/media/b.png"): "b.png"}
    rows = anki._rows(cards, VAULT, media, media_map)
    assert len(rows) > 400 and any(row.media for row in rows)
    for row in rows:
        card = row.card
        assert row.extra == html.extra_field(title=card.title, note_path=card.note, vault_name=VAULT, tags=card.tags,
                                             context=card.context, text=card.text, media_names=row.media)
        assert row.deck == anki._deck_name(card.deck, VAULT)
        assert row.tags == anki._anki_tags(card)


def test_the_row_sink_takes_only_whole_note_and_card_inserts(tmp_path):
    from srs.errors import ExportError

    conn = sqlite3.connect(tmp_path / "c.anki2")
    try:
        genanki.Package([genanki.Deck(1, "x")]).write_to_db(conn.cursor(), 0, iter(()))
        sink = collection._RowSink(conn.cursor())
    finally:
        conn.close()
    sink.execute("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?);", (7, "g", 1, 0, -1, "", "a\x1fb", "a", 0, 0, ""))
    assert sink.lastrowid == 7 and sink.take_notes() == [[7, "g", 1, 0, -1, "", "a\x1fb", "a", 0, 0, ""]]
    with pytest.raises(ExportError):
        sink.execute("UPDATE notes SET mod = ?", (1,))
    with pytest.raises(ExportError):
        sink.execute("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?);", (7, "g", 1))
    assert sink.take_notes() == [] and sink.take_cards() == []
