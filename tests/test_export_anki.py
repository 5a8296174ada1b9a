"""Anki packages as a user meets them: each test imports the package into a real Anki collection.

The official ``anki`` library imports the package and renders the cards; the assertions are about
what Anki shows (the gap, the answer, the back extra, tags, decks) and the schedule it keeps.
"""

from __future__ import annotations

import sqlite3
import zipfile
from dataclasses import replace
from datetime import datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

anki_collection = pytest.importorskip("anki.collection")
Collection = anki_collection.Collection
ImportAnkiPackageRequest = anki_collection.ImportAnkiPackageRequest
ImportAnkiPackageOptions = anki_collection.ImportAnkiPackageOptions

from srs.core.model import Card  # noqa: E402
from srs.core.reviewday import review_day  # noqa: E402
from srs.core.sm2 import Sm2State  # noqa: E402
from srs.errors import ExportError  # noqa: E402
from srs.export import ExportResult, package_path, write_package  # noqa: E402

DAY_STARTS_AT = 4


def make_card(card_id: str = "c-0001", **changes) -> Card:
    """A card as the service would hand it over, with sensible defaults."""
    now = datetime(2026, 3, 1, 9, 0).astimezone()
    values = dict(
        id=card_id,
        note="Psychology/Empathic attunement.md",
        line=12,
        position=0,
        deck="Vault::Psychology",
        text="This quality of connection is called {{c1::empathic attunement}}.",
        answers=("empathic attunement",),
        rule="bold",
        sentence_key="s-1",
        context="Empathic attunement",
        title="Empathic attunement",
        tags=("psychology",),
        created_at=now,
        text_changed_at=now,
    )
    values.update(changes)
    return Card(**values)


class Seen(HTMLParser):
    """What a user sees of rendered card HTML: the visible text, and every tag and attribute."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text_parts: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._in_style = False
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"
        if tag in {"div", "br", "hr", "p"}:
            self.text_parts.append(" ")

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if not self._in_style:
            self.text_parts.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.text_parts).split())


class Anki:
    """A fresh Anki collection in a temporary folder, importing our packages."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.col = Collection(str(folder / "collection.anki2"))

    def import_package(self, path: Path, with_scheduling: bool = False) -> None:
        self.col.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(path),
                options=ImportAnkiPackageOptions(with_scheduling=with_scheduling),
            )
        )

    def cards(self):
        return [self.col.get_card(cid) for cid in sorted(self.col.find_cards(""))]

    def card_with(self, text: str):
        (cid,) = self.col.find_cards(f'"Text:*{text}*"')
        return self.col.get_card(cid)

    def close(self) -> None:
        self.col.close()


@pytest.fixture
def anki(tmp_path):
    collection = Anki(tmp_path / "anki")
    yield collection
    collection.close()


def export(cards, path: Path, *, now: datetime | None = None, with_scheduling: bool = False,
           media=None, progress=None) -> ExportResult:
    return write_package(
        cards,
        path,
        vault_name="My Vault",
        media=media or {},
        now=now or datetime.now().astimezone(),
        day_starts_at=DAY_STARTS_AT,
        with_scheduling=with_scheduling,
        progress=progress,
    )


def test_imported_card_shows_the_gap_then_the_answer_and_the_source(tmp_path, anki):
    result = export([make_card()], tmp_path / "out.apkg")
    assert (result.cards, result.notes, result.media) == (1, 1, 0)

    anki.import_package(result.path)
    (card,) = anki.cards()
    question = Seen(card.question()).text
    answer = Seen(card.answer())
    assert question == "This quality of connection is called [...]."
    assert "This quality of connection is called empathic attunement." in answer.text
    assert "Empathic attunement" in answer.text
    assert "Psychology/Empathic attunement.md" in answer.text
    links = [attrs["href"] for tag, attrs in answer.tags if tag == "a"]
    assert links == ["obsidian://open?vault=My%20Vault&file=Psychology%2FEmpathic%20attunement"]
    assert card.note().note_type()["name"] == "srs Cloze"


def test_cards_land_in_their_decks_with_their_tags(tmp_path, anki):
    cards = [
        make_card("a", tags=("psychology", "people/kohut"), leech=True),
        make_card("b", deck="Vault::Psychology::Self", text="{{c1::Kohut}} founded self psychology.",
                  answers=("Kohut",)),
        make_card("c", deck="Other", text="The {{c1::mitochondria}} makes energy.", answers=("mitochondria",)),
    ]
    anki.import_package(export(cards, tmp_path / "out.apkg").path)

    names = {name_id.name for name_id in anki.col.decks.all_names_and_ids()}
    assert {"Vault", "Vault::Psychology", "Vault::Psychology::Self", "Other"} <= names
    assert anki.col.decks.name(anki.card_with("Kohut").did) == "Vault::Psychology::Self"
    assert anki.col.decks.name(anki.card_with("mitochondria").did) == "Other"
    assert "My Vault" in Seen(anki.col.decks.by_name("Vault::Psychology")["desc"]).text
    tagged = anki.card_with("empathic attunement").note()
    assert sorted(tagged.tags) == ["people::kohut", "psychology"]
    assert "#people/kohut" in Seen(anki.card_with("empathic attunement").answer()).text


def test_a_leech_keeps_its_leech_tag_when_scheduling_is_imported(tmp_path, anki):
    # Anki itself drops the leech tag from imports without scheduling; with it, the tag stays.
    anki.import_package(export([make_card(leech=True)], tmp_path / "out.apkg", with_scheduling=True).path,
                        with_scheduling=True)
    (card,) = anki.cards()
    assert sorted(card.note().tags) == ["leech", "psychology"]


def test_markdown_emphasis_shows_as_bold_and_italic_and_several_gaps_are_one_card(tmp_path, anki):
    card = make_card(
        text="**Kohut** saw {{c1::*empathy*}} and {{c1::mirroring}} as needs.",
        answers=("*empathy*", "mirroring"),
    )
    anki.import_package(export([card], tmp_path / "out.apkg").path)
    (imported,) = anki.cards()
    seen = Seen(imported.question())
    assert seen.text == "Kohut saw [...] and [...] as needs."
    assert ("b", {}) in seen.tags
    answer = Seen(imported.answer())
    assert "Kohut saw empathy and mirroring as needs." in answer.text
    assert ("i", {}) in answer.tags


@pytest.mark.parametrize(
    "text, answers, shown_question, shown_answer",
    [
        ("Run {{c1::<script>alert(1)</script>}} now",
         ("<script>alert(1)</script>",), "Run [...] now", "Run <script>alert(1)</script> now"),
        ('<img src=x onerror="alert(1)"> is {{c1::bad & "worse"}}',
         ('bad & "worse"',), '<img src=x onerror="alert(1)"> is [...]', '<img src=x onerror="alert(1)"> is bad & "worse"'),
        ("Set {{c1::a}}b}} and {{c1::x::y}} here", ("a}}b", "x::y"), "Set [...] and [...] here",
         "Set a}}b and x::y here"),
        ("Play [sound:x.mp3] or {{c1::[$]x[/$]}} {{c2::y}}", ("[$]x[/$]",),
         "Play [sound:x.mp3] or [...] {{c2::y}}", "Play [sound:x.mp3] or [$]x[/$] {{c2::y}}"),
    ],
)
def test_markup_from_a_note_is_shown_as_text_never_run(tmp_path, anki, text, answers, shown_question,
                                                        shown_answer):
    hostile = make_card(text=text, answers=answers, title='<b onmouseover="x">T</b>',
                        context="<iframe src=evil></iframe> context", tags=('x"><script>',))
    anki.import_package(export([hostile], tmp_path / "out.apkg").path)
    (card,) = anki.cards()
    question, answer = Seen(card.question()), Seen(card.answer())
    assert question.text == shown_question
    assert answer.text.startswith(shown_answer)
    assert '<b onmouseover="x">T</b>' in answer.text
    assert "<iframe src=evil></iframe> context" in answer.text
    for seen in (question, answer):
        tags = {tag for tag, _ in seen.tags}
        assert tags <= {"style", "div", "span", "hr", "a", "b", "i", "br"}
        for tag, attrs in seen.tags:
            assert not any(name.startswith("on") for name in attrs), (tag, attrs)
            assert "src" not in attrs


def test_reexport_after_an_edit_updates_the_note_and_keeps_anki_progress(tmp_path, anki):
    first_time = datetime(2026, 3, 1, 9, 0).astimezone()
    card = make_card(text_changed_at=first_time)
    anki.import_package(export([card], tmp_path / "v1.apkg").path)

    # Study the card in Anki: answered "Easy", it becomes a review card with a review logged.
    (imported,) = anki.cards()
    anki.col.decks.select(imported.did)
    studied = anki.col.sched.getCard()
    assert studied.id == imported.id
    anki.col.sched.answerCard(studied, 4)
    before = anki.col.get_card(imported.id)
    assert before.type == 2 and before.ivl >= 1

    edited = replace(card, text="Being known while knowing is called {{c1::empathic attunement}}.",
                     text_changed_at=first_time + timedelta(minutes=5))
    anki.import_package(export([edited], tmp_path / "v2.apkg").path)

    assert anki.col.note_count() == 1
    (after,) = anki.cards()
    assert after.id == before.id
    assert Seen(after.question()).text == "Being known while knowing is called [...]."
    assert (after.type, after.queue, after.ivl, after.due, after.factor) == (
        before.type, before.queue, before.ivl, before.due, before.factor)
    assert anki.col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", after.id) == 1


def test_an_unchanged_note_is_not_rewritten_on_reimport(tmp_path, anki):
    card = make_card()
    anki.import_package(export([card], tmp_path / "v1.apkg").path)
    (note_id,) = anki.col.find_notes("")
    anki.import_package(export([card], tmp_path / "v2.apkg").path)
    assert anki.col.find_notes("") == [note_id]
    assert anki.col.card_count() == 1


def test_with_scheduling_anki_keeps_the_sm2_progress(tmp_path, anki):
    now = datetime.now().astimezone()
    today = review_day(now, DAY_STARTS_AT)
    reviewed = Sm2State(repetitions=3, ef_milli=2360, interval=12, due=today + timedelta(days=5), lapses=1,
                        last_review=today - timedelta(days=7))
    overdue = Sm2State(repetitions=2, ef_milli=2500, interval=6, due=today - timedelta(days=3),
                       last_review=today - timedelta(days=9))
    cards = [
        make_card("r", text="{{c1::Reviewed}} card", answers=("Reviewed",), state=reviewed),
        make_card("o", text="{{c1::Overdue}} card", answers=("Overdue",), state=overdue),
        make_card("n", text="{{c1::Fresh}} card", answers=("Fresh",)),
        make_card("s", text="{{c1::Paused}} card", answers=("Paused",), state=reviewed, suspended=True),
    ]
    anki.import_package(export(cards, tmp_path / "out.apkg", now=now, with_scheduling=True).path,
                        with_scheduling=True)

    anki_today = anki.col.sched.today
    card = anki.card_with("Reviewed")
    assert (card.type, card.queue) == (2, 2)
    assert (card.ivl, card.factor, card.reps, card.lapses) == (12, 2360, 3, 1)
    assert card.due - anki_today == 5
    card = anki.card_with("Overdue")
    assert (card.type, card.queue, card.ivl, card.factor, card.reps) == (2, 2, 6, 2500, 2)
    assert card.due - anki_today == -3
    card = anki.card_with("Fresh")
    assert (card.type, card.queue, card.reps) == (0, 0, 0)
    card = anki.card_with("Paused")
    assert (card.type, card.queue, card.ivl) == (2, -1, 12)
    assert card.due - anki_today == 5


def test_without_scheduling_every_card_arrives_new(tmp_path, anki):
    today = review_day(datetime.now().astimezone(), DAY_STARTS_AT)
    state = Sm2State(repetitions=3, ef_milli=2360, interval=12, due=today + timedelta(days=5),
                     last_review=today - timedelta(days=7))
    anki.import_package(export([make_card(state=state)], tmp_path / "out.apkg").path, with_scheduling=True)
    (card,) = anki.cards()
    assert (card.type, card.queue, card.ivl, card.reps) == (0, 0, 0, 0)


def test_without_scheduling_a_suspended_card_arrives_new_and_suspended(tmp_path, anki):
    # Anki keeps a package's card states only when its import includes scheduling.
    anki.import_package(export([make_card(suspended=True)], tmp_path / "out.apkg").path, with_scheduling=True)
    (card,) = anki.cards()
    assert (card.type, card.queue, card.reps) == (0, -1, 0)


def test_media_files_travel_with_the_package_without_clashing(tmp_path, anki):
    vault = tmp_path / "vault"
    (vault / "a").mkdir(parents=True)
    (vault / "b").mkdir(parents=True)
    first, second = vault / "a" / "diagram.png", vault / "b" / "diagram.png"
    first.write_bytes(b"\x89PNG first image")
    second.write_bytes(b"\x89PNG second image")
    cards = [
        make_card("1", note="a/One.md", text="{{c1::One}} here", answers=("One",)),
        make_card("2", note="b/Two.md", text="{{c1::Two}} here", answers=("Two",)),
    ]
    result = export(cards, tmp_path / "out.apkg", media={"a/One.md": [first], "b/Two.md": [second]})
    assert result.media == 2
    anki.import_package(result.path)

    media_dir = Path(anki.col.media.dir())
    for text, original in (("One", first), ("Two", second)):
        images = [attrs["src"] for tag, attrs in Seen(anki.card_with(text).answer()).tags if tag == "img"]
        assert len(images) == 1
        assert (media_dir / images[0]).read_bytes() == original.read_bytes()


def test_same_cards_and_clock_give_byte_identical_packages(tmp_path):
    now = datetime(2026, 3, 1, 9, 30).astimezone()
    image = tmp_path / "pic.png"
    image.write_bytes(b"\x89PNG image")
    cards = [make_card(f"card-{i}", text=f"Fact {{{{c1::number {i}}}}}", answers=(f"number {i}",))
             for i in range(50)]
    first = export(cards, tmp_path / "one.apkg", now=now, media={cards[0].note: [image]})
    second = export(cards, tmp_path / "two.apkg", now=now, media={cards[0].note: [image]})
    assert first.path.read_bytes() == second.path.read_bytes()


def _package_decks(path: Path, tmp_path: Path) -> dict[str, int]:
    with zipfile.ZipFile(path) as archive:
        archive.extract("collection.anki2", tmp_path / path.stem)
    conn = sqlite3.connect(tmp_path / path.stem / "collection.anki2")
    try:
        import json

        decks = json.loads(conn.execute("SELECT decks FROM col").fetchone()[0])
    finally:
        conn.close()
    return {deck["name"]: deck["id"] for deck in decks.values()}


def test_deck_ids_come_from_deck_names_not_the_clock(tmp_path):
    cards = [make_card("a"), make_card("b", deck="Vault::Other")]
    one = export(cards, tmp_path / "one.apkg", now=datetime(2026, 1, 1, 12).astimezone())
    two = export(list(reversed(cards)), tmp_path / "two.apkg", now=datetime(2027, 6, 1, 8).astimezone())
    decks_one, decks_two = _package_decks(one.path, tmp_path), _package_decks(two.path, tmp_path)
    assert decks_one == decks_two
    assert decks_one["Vault::Psychology"] != decks_one["Vault::Other"]


def test_progress_is_reported_up_to_the_total(tmp_path):
    calls: list[tuple[int, int]] = []
    cards = [make_card(f"card-{i}", text=f"{{{{c1::n{i}}}}}", answers=(f"n{i}",)) for i in range(1200)]
    export(cards, tmp_path / "out.apkg", progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 1200) and calls[-1] == (1200, 1200)
    assert len(calls) > 2
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_an_unwritable_place_is_a_clear_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    target = blocker / "deck.apkg"
    with pytest.raises(ExportError) as error:
        export([make_card()], target)
    assert str(target.parent) in str(error.value)
    assert "--out" in str(error.value)

    with pytest.raises(ExportError) as error:
        export([make_card()], tmp_path)
    assert str(tmp_path) in str(error.value)


def test_default_package_path_is_named_after_the_deck(tmp_path):
    assert package_path(tmp_path, "Vault::Psychology") == tmp_path / "Vault - Psychology.apkg"


@pytest.mark.slow
def test_ten_thousand_cards_export_in_seconds(tmp_path):
    import time

    cards = [
        make_card(f"card-{i:05d}", note=f"Folder {i % 40}/Note {i // 10}.md", deck=f"Vault::Topic {i % 12}",
                  text=f"Sentence {i} says **{{{{c1::fact {i}}}}}** is *true*.", answers=(f"fact {i}",))
        for i in range(10_000)
    ]
    started = time.perf_counter()
    result = export(cards, tmp_path / "big.apkg", with_scheduling=True)
    elapsed = time.perf_counter() - started
    assert result.cards == 10_000
    assert elapsed < 30, f"10,000 cards took {elapsed:.1f}s"
    with zipfile.ZipFile(result.path) as archive:
        archive.extract("collection.anki2", tmp_path)
    conn = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        assert conn.execute("SELECT count(), count(DISTINCT guid) FROM notes").fetchone() == (10_000, 10_000)
        assert conn.execute("SELECT count() FROM cards").fetchone() == (10_000,)
    finally:
        conn.close()


def test_new_cards_keep_the_vault_order_whatever_order_their_notes_are_written_in(tmp_path, anki):
    # Notes are written to the collection in note id order (fast for big exports); the new-card
    # queue must still follow the order of the cards given, which is the vault's.
    cards = [make_card(f"card-{(i * 37) % 100:03d}", text=f"Fact {{{{c1::number {i}}}}}", answers=(f"number {i}",))
             for i in range(40)]
    result = export(cards, tmp_path / "out.apkg", with_scheduling=True)
    anki.import_package(result.path, with_scheduling=True)
    queue = sorted(anki.cards(), key=lambda card: card.due)
    assert [card.note()["Text"] for card in queue] == [f"Fact {{{{c1::number {i}}}}}" for i in range(40)]


def test_the_package_has_every_index_of_an_anki_collection(tmp_path):
    # The indexes are built after the rows are in: the package must still hold each of them.
    result = export([make_card(f"c-{i}") for i in range(5)], tmp_path / "out.apkg")
    with zipfile.ZipFile(result.path) as archive:
        archive.extract("collection.anki2", tmp_path / "col")
    conn = sqlite3.connect(tmp_path / "col" / "collection.anki2")
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert {"ix_notes_usn", "ix_cards_usn", "ix_revlog_usn", "ix_cards_nid", "ix_cards_sched", "ix_revlog_cid",
            "ix_notes_csum"} <= names


def test_an_export_runs_no_garbage_collection_and_leaves_the_collector_on(vault, tmp_path):
    import gc

    for i in range(30):
        vault.note(f"n{i}.md", f"The **term {i}** is a word numbered {i}.\n")
    svc = vault.service()
    svc.scan()
    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(count)
    try:
        result = svc.export(tmp_path / "out.apkg")
    finally:
        gc.callbacks.remove(count)
        svc.close()
    assert result.cards == 30
    assert collections == []
    assert gc.isenabled()
