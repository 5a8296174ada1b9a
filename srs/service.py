"""The use cases of srs, shared by the CLI and the review app: scan, grade, undo, suspend, bury,
counts, the queue, export, statistics and backups.

The service owns one database connection and one clock. Faces (CLI, TUI) call only this layer.
"""

from __future__ import annotations

import gc
import json
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Collection

from srs.config import Config
from srs.core import sm2
from srs.core.model import Card
from srs.core.queue import Limits, assemble_queue, limits_left, sibling_key_of
from srs.core.reviewday import review_day
from srs.errors import InvalidGrade, NothingToUndo, SrsError, VaultError
from srs.storage import open_database
from srs.storage.repo import ACTIVE, Repository, ReviewEntry, deck_filter
from srs.storage.rows import state_from_json

if TYPE_CHECKING:  # the scan (and its worker pool) is imported only by the commands that scan
    from srs.scan import Progress, ScanReport

Clock = Callable[[], datetime]

_DUE = ACTIVE + " AND c.last_review IS NOT NULL AND c.due <= :today AND (c.repeat_pending_on IS NULL OR c.repeat_pending_on != :today)"
_NEW = ACTIVE + " AND c.last_review IS NULL"
_LEARNING = (
    "c.retired = 0 AND c.suspended = 0 AND c.repeat_pending_on = :today"
    " AND (c.buried_until IS NULL OR c.buried_until <= :today)"
)


@dataclass(frozen=True)
class Counts:
    """What is left to study today."""

    due: int
    new: int
    learning: int
    total: int
    next_due: date | None

    def to_json(self) -> dict:
        return {
            "due": self.due,
            "new": self.new,
            "learning": self.learning,
            "total": self.total,
            "next_due": self.next_due.isoformat() if self.next_due else None,
        }


@dataclass(frozen=True)
class StatsData:
    """Plain values the statistics views are drawn from."""

    today: date
    review_days: list[date]
    due_days: list[date]
    retention_pairs: list[tuple[int, int]]  # (interval before the review, grade) of reviews of known cards
    total_reviews: int
    cards: int


class Service:
    """The use cases, on one database and one clock."""

    def __init__(self, config: Config, clock: Clock) -> None:
        self.config = config
        self._clock = clock
        self.db = open_database(config.database)
        self.repo = Repository(self.db)

    # --- time ---------------------------------------------------------------------------------
    def now(self) -> datetime:
        """The clock's time (aware, local)."""
        return self._clock()

    def today(self) -> date:
        """The current review day."""
        return review_day(self.now(), self.config.day_starts_at)

    # --- scanning -----------------------------------------------------------------------------
    def scan(self, progress: "Progress | None" = None) -> "ScanReport":
        """Read the vault and reconcile its cards with the database."""
        from srs.scan import Scanner
        from srs.vault import check_vault

        try:
            check_vault(self.config.vault)
        except VaultError as exc:
            if self.config.path is None:
                raise
            # Name the config file too: that is where the user fixes it.
            raise VaultError(f"{self.config.path}: key 'vault': expected a folder of notes; {exc.message}") from None
        return Scanner(self.config, self.db, self.now(), progress).run()

    def rescan_note(self, note_path: str) -> "ScanReport":
        """Rescan after a note was edited (incremental: only changed files are read)."""
        return self.scan()

    # --- cards --------------------------------------------------------------------------------
    def cards(self, include_all: bool = False, deck: str | None = None) -> list[Card]:
        """Active cards in vault order (``include_all``: suspended and retired too)."""
        return self.repo.cards(include_all=include_all, deck=deck)

    def card(self, card_id: str) -> Card:
        """One card by id (CardNotFound otherwise)."""
        return self.repo.card(card_id)

    def decks(self) -> list[str]:
        """The decks that hold active cards."""
        return self.repo.decks()

    def source_path(self, card: Card) -> Path:
        """The absolute path of the card's note."""
        return self.config.vault / card.note

    # --- reviewing ----------------------------------------------------------------------------
    def grade(self, card_id: str, grade: int, duration_ms: int | None = None) -> Card:
        """Record one review of ``card_id`` at the clock's time; state and log in one transaction."""
        try:
            sm2.check_grade(grade)
        except ValueError:
            raise InvalidGrade(f"grade {grade!r} is out of range: use 0 (blackout) to 5 (perfect)") from None
        now = self.now()
        with self.db.transaction():
            card = self.repo.card(card_id)
            if card.retired:
                raise SrsError(f"card '{card_id}' is retired (its definition is no longer in {card.note}); it cannot be reviewed")
            if card.suspended:
                raise SrsError(f"card '{card_id}' is suspended; run `srs unsuspend {card_id}` to review it again")
            state, log = sm2.review(card.state, grade, now, self.config.day_starts_at)
            flags: dict = {}
            fsrs_before = None
            if self.config.scheduler == "fsrs":
                fsrs_before = self.repo.fsrs_of(card_id) or ""
                if not fsrs_before and not card.state.is_new:
                    # Reviewed under SM-2 before the switch: start FSRS from the card's log, never
                    # from scratch (as `srs recompute` would).
                    fsrs_before = self._fsrs_from_log(card_id)
                state, fsrs_after = self._fsrs_review(fsrs_before, grade, now, state.ef_milli)
                log = replace(log, after=state)
                flags["fsrs"] = fsrs_after
            leech, suspended = card.leech, card.suspended
            if state.lapses > card.state.lapses and state.lapses >= self.config.leech_threshold:
                leech = True
                suspended = suspended or self.config.leech_action == "suspend"
            flags.update(leech=leech, suspended=suspended)
            self.repo.save_review(card, log, duration_ms, flags, fsrs_before)
        return self.repo.card(card_id)

    def _fsrs_from_log(self, card_id: str) -> str:
        from srs.core.fsrs_scheduler import replay_fsrs

        state = replay_fsrs([(e.grade, e.reviewed_at) for e in self.repo.review_log(card_id)], self.config.day_starts_at)
        return json.dumps(state.to_dict(), sort_keys=True) if state else ""

    def _fsrs_review(self, stored: str, grade: int, now: datetime, ef_milli: int) -> tuple[sm2.Sm2State, str]:
        """The FSRS step of a review: the schedule to store and the new FSRS state as JSON."""
        from srs.core.fsrs_scheduler import FsrsState, as_sm2_state, fsrs_review

        before = FsrsState.from_dict(json.loads(stored)) if stored else None
        after, _ = fsrs_review(before, grade, now, self.config.day_starts_at)
        return as_sm2_state(after, ef_milli), json.dumps(after.to_dict(), sort_keys=True)

    def undo(self, card_id: str | None = None) -> Card:
        """Take back the latest review (of ``card_id`` when given): the card returns exactly to
        its state before it. A review session passes the card it graded, so it never takes back
        a review another process made meanwhile."""
        now = self.now()
        with self.db.transaction():
            entry = self.repo.latest_review(card_id)
            if entry is None:
                raise NothingToUndo("nothing to undo: there is no review left to take back")
            flags = dict(entry.before_flags)
            if "fsrs" in flags:
                flags["fsrs"] = flags["fsrs"] or None
            self.repo.set_state(entry.card_id, entry.before, **flags)
            self.repo.mark_undone(entry.id, now.isoformat())
        return self.repo.card(entry.card_id)

    def suspend(self, card_id: str) -> Card:
        """Take a card out of reviews (history kept)."""
        return self._set_flag(card_id, "suspended", 1)

    def unsuspend(self, card_id: str) -> Card:
        """Put a suspended card back into reviews."""
        return self._set_flag(card_id, "suspended", 0)

    def bury(self, card_id: str) -> Card:
        """Hide a card until the next review day."""
        return self._set_flag(card_id, "buried_until", (self.today() + timedelta(days=1)).isoformat())

    def _set_flag(self, card_id: str, column: str, value) -> Card:
        with self.db.transaction():
            self.repo.card(card_id)
            self.repo.update_card(card_id, {column: value})
        return self.repo.card(card_id)

    def preview(self, card_id: str) -> dict[int, int]:
        """For each grade, in how many days the card would come back (0: later today)."""
        card = self.repo.card(card_id)
        if self.config.scheduler == "fsrs":
            from srs.core.fsrs_scheduler import FsrsState, fsrs_preview_intervals

            stored = self.repo.fsrs_of(card_id)
            state = FsrsState.from_dict(json.loads(stored)) if stored else None
            return fsrs_preview_intervals(state, self.now(), self.config.day_starts_at)
        return sm2.preview_intervals(card.state, self.now(), self.config.day_starts_at)

    # --- today's work -------------------------------------------------------------------------
    def _today_usage(self, today: date) -> tuple[int, int, set[str]]:
        new_done = reviews_done = 0
        siblings: set[str] = set()
        for row in self.repo.reviews_on(today):
            siblings.add(sibling_key_of(row["note"], row["sentence_key"] or "", row["card_id"]))
            if row["kind"] != "review":
                continue
            before, _ = state_from_json(row["before"])
            if before.is_new:
                new_done += 1
            else:
                reviews_done += 1
        return new_done, reviews_done, siblings

    def _limits(self, today: date) -> tuple[Limits, set[str]]:
        new_done, reviews_done, siblings = self._today_usage(today)
        return limits_left(self.config.new_cards_per_day, self.config.reviews_per_day, new_done, reviews_done), siblings

    def queue(self, deck: str | None = None) -> list[Card]:
        """Today's queue in order: due reviews, new cards within the limits, then repeats."""
        today = self.today()
        limits, siblings = self._limits(today)
        where, params = deck_filter(deck)
        extra = "".join(f" AND {w}" for w in where)
        params = {**params, "today": today.isoformat()}
        slack = 50  # siblings skipped by burying are replaced from the next ones
        due = self.repo.select_cards(_DUE + extra, params, "c.due, c.note, c.position", limits.reviews_left + slack) if limits.reviews_left else []
        new = self.repo.select_cards(_NEW + extra, params, "c.note, c.position", limits.new_left * 2 + slack, index="cards_new") if limits.new_left else []
        learning = self.repo.select_cards(_LEARNING + extra, params, "c.last_review, c.note, c.position", index="cards_learning")
        return assemble_queue(due, new, learning, limits, siblings, self.config.bury_siblings)

    def next_card(self, deck: str | None = None, skip: Collection[str] = ()) -> Card | None:
        """The next card to show, leaving out the ids in ``skip``."""
        for card in self.queue(deck):
            if card.id not in skip:
                return card
        return None

    def counts(self, deck: str | None = None) -> Counts:
        """Due, new (within today's limit), learning and total cards, and the next due day."""
        today = self.today()
        where, params = deck_filter(deck)
        extra = "".join(f" AND {w}" for w in where)
        params = {**params, "today": today.isoformat()}
        return Counts(
            due=self.repo.count(_DUE + extra, params),
            # What the queue will really show: siblings of today's cards wait for another day.
            new=sum(1 for card in self.queue(deck) if card.state.is_new),
            learning=self.repo.count(_LEARNING + extra, params, index="cards_learning"),
            total=self.repo.count("c.retired = 0" + extra, params),
            next_due=self.repo.min_due("c.retired = 0 AND c.suspended = 0 AND c.last_review IS NOT NULL" + extra, params),
        )

    def counts_by_deck(self, depth: int = 1) -> dict[str, Counts]:
        """Counts for each deck ``depth`` levels deep (1: top-level decks; cards of shallower
        decks count under their own name), from one pass over the cards. ``new`` is capped by
        today's limit for each deck (siblings not left out, unlike ``counts``: an estimate for
        the reminder line)."""
        today = self.today()
        limits, _ = self._limits(today)
        rows = self.repo.counts_per_deck(_DUE, _NEW, _LEARNING, {"today": today.isoformat()})
        totals: dict[str, list[int]] = {}
        for row in rows:
            name = "::".join((row["deck"] or "").split("::")[:depth])
            bucket = totals.setdefault(name, [0, 0, 0, 0])
            for i, key in enumerate(("due", "new", "learning", "total")):
                bucket[i] += row[key] or 0
        return {
            name: Counts(due=v[0], new=min(limits.new_left, v[1]), learning=v[2], total=v[3], next_due=None)
            for name, v in sorted(totals.items())
        }

    def tomorrow_load(self) -> int:
        """How many reviews fall due on the next review day (including overdue ones)."""
        tomorrow = (self.today() + timedelta(days=1)).isoformat()
        return self.repo.count("c.retired = 0 AND c.suspended = 0 AND c.last_review IS NOT NULL AND c.due <= :d", {"d": tomorrow})

    # --- history ------------------------------------------------------------------------------
    def review_log(self, card_id: str | None = None) -> list[ReviewEntry]:
        """The review log (undone reviews left out), oldest first."""
        return self.repo.review_log(card_id)

    def stats_data(self) -> StatsData:
        """Review days, due days and (interval, grade) pairs for the statistics views."""
        log = self.repo.review_log()
        pairs = [(e.before.interval, e.grade) for e in log if e.kind == "review" and not e.before.is_new]
        return StatsData(
            today=self.today(),
            review_days=[e.day for e in log],
            due_days=[date.fromisoformat(d) for d in self.repo.due_days()],
            retention_pairs=pairs,
            total_reviews=len(log),
            cards=self.repo.count("c.retired = 0", {}),
        )

    def recompute(self) -> int:
        """Re-derive every reviewed card's schedule from its review log; returns how many changed."""
        changed = 0
        with self.db.transaction():  # the log is read inside it: no grade can slip in between
            by_card: dict[str, list[ReviewEntry]] = {}
            for entry in self.repo.review_log():
                by_card.setdefault(entry.card_id, []).append(entry)
            for card_id, entries in by_card.items():
                reviews = [(e.grade, e.reviewed_at) for e in entries]
                flags: dict = {}
                if self.config.scheduler == "fsrs":
                    from srs.core.fsrs_scheduler import recompute_with_fsrs

                    fsrs_state, state = recompute_with_fsrs(reviews, self.config.day_starts_at)
                    flags["fsrs"] = json.dumps(fsrs_state.to_dict(), sort_keys=True) if fsrs_state else None
                else:
                    state = sm2.replay(reviews, self.config.day_starts_at)
                    flags["fsrs"] = None
                card = self.repo.card(card_id)
                if card.state != state or (self.repo.fsrs_of(card_id) or None) != flags["fsrs"]:
                    self.repo.set_state(card_id, state, **flags)
                    changed += 1
        return changed

    # --- export and backup --------------------------------------------------------------------
    def export(self, out: Path | None = None, with_scheduling: bool = False, progress: "Progress | None" = None):
        """Write an Anki package of every active card; returns srs.export.ExportResult."""
        from srs.export import package_path, write_package
        from srs.vault import attachment_index, resolve_media

        # The cyclic garbage collector is paused: an export makes millions of objects that live
        # until it ends and form no cycles, and each full collection walked them all (2 s of a
        # 100,000-note export). Reference counting still frees everything as usual.
        collecting = gc.isenabled()
        gc.disable()
        try:
            cards = self.repo.export_cards()
            target = out if out is not None else package_path(self.config.export_dir, self.config.root_deck)
            note_media = self.repo.note_media()
            media: dict[str, list[Path]] = {}
            if note_media:
                index = attachment_index(self.config.vault)
                media = {note: resolve_media(self.config.vault, names, index) for note, names in note_media.items()}
            return write_package(
                cards,
                target,
                vault_name=self.config.vault.name,
                media=media,
                now=self.now(),
                day_starts_at=self.config.day_starts_at,
                with_scheduling=with_scheduling,
                progress=progress,
            )
        finally:
            if collecting:
                gc.enable()

    def backup(self, target: Path) -> Path:
        """A consistent copy of the database at ``target`` (a file, or a folder to put it in)."""
        if target.is_dir():
            target = target / f"srs-{self.now().strftime('%Y%m%d-%H%M%S')}.db"
        if target.exists():
            raise SrsError(f"{target}: already exists; choose another backup path")
        self.db.backup_to(target)
        return target

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def __enter__(self) -> "Service":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
