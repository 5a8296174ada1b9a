"""Pairing a parsed note's candidate cards with the stored cards, and writing the result.

The scan hands each changed note to ``Reconciler.note`` (inside the scan's batch transaction) and
calls ``Reconciler.finish`` once at the end. Identity rules live in ``srs.core.identity``; this
module decides which stored cards a note's candidates may take and keeps the scan's counts.

A definition moved from one note to another that is also edited in this scan must keep its card,
whichever of the two notes is reconciled first. When the note that gains the definition comes
first, its card is still active in the other note: the new candidate is *deferred* until every
note is reconciled, then takes the card if the other note let it go. Until then the note's stored
hash is blank, so a scan interrupted in between reads that note again next time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable, NamedTuple, Sequence

from srs.config import Config
from srs.core.identity import StoredRef, match_candidates, new_card_id
from srs.core.model import CardCandidate
from srs.scan_worker import PackedCard, PackedNote
from srs.storage.repo import Repository

_NONE: frozenset[str] = frozenset()


def deck_for(config: Config, rel: str, tags: Sequence[str]) -> str:
    """The Anki-style deck of a note: the root deck, then its folders (or its first tag)."""
    root = config.root_deck
    if config.deck_from == "folder":
        parts = [p for p in rel.split("/")[:-1] if p]
        return "::".join([root, *parts])
    if config.deck_from == "tag" and tags:
        return "::".join([root, *[p for p in tags[0].split("/") if p]])
    return root


@dataclass
class Counts:
    """What a scan changed among the cards."""

    added: int = 0
    updated: int = 0
    retired: int = 0


@dataclass
class _Deferred:
    note: "ParsedNote"
    card: PackedCard
    values: dict


class ParsedNote(NamedTuple):
    """One changed note as the scan read it: where it is, its file facts and what it gave.
    (A named tuple: a first scan makes one per note, and a frozen dataclass costs several times
    as much to make.)"""

    rel: str
    size: int
    mtime_ns: int
    hash: str
    extracted: PackedNote  # see srs.scan_worker.pack_note


def _candidate(card: PackedCard) -> CardCandidate:
    """The candidate a packed card was made from (what matching with stored cards takes)."""
    text, answers, rule, line, position, sentence_key, context = card[:7]
    return CardCandidate(text, answers, rule, line, position, sentence_key, context)


class Reconciler:
    """Writes each parsed note's cards, keeping every card's id and history where it can."""

    def __init__(self, config: Config, repo: Repository, now: datetime, warn: Callable[[str, str], None]) -> None:
        self.config = config
        self.repo = repo
        self.now = now
        self.stamp = now.isoformat(timespec="seconds")
        self.warn = warn
        self.counts = Counts()
        self.orphans: dict[str, list[StoredRef]] = {}  # cards of notes gone in this scan, by anchor
        self._taken: set[str] = set()
        # What the database holds, so that a note it cannot know about costs no lookups (a first
        # scan of a big vault would otherwise run three empty queries per note).
        self._stored_paths: set[str] = set()
        self._carded_notes: set[str] = set()  # notes with cards, retired ones included
        self._retired_anchors: set[str] = set()  # grows with the cards this scan retires
        self._pending: set[str] = set()  # changed notes not reconciled yet
        self._active_in: dict[str, set[str]] = {}  # anchor -> changed notes holding it active
        self._retired_now: set[str] = set()
        self._deferred: list[_Deferred] = []
        self._data_version = -1
        self._new_rows: list[tuple] = []  # new cards' rows not written yet (see flush)
        self._new_notes: list[tuple] = []  # rows of notes whose cards are all new, not written yet
        self._decks: dict[str, str] = {}  # folder -> deck (see _deck)

    def prepare(self, stored_paths: set[str], gone: Sequence[str], changed: Sequence[str]) -> None:
        """Load what the coming notes are matched against (call before the first ``note``)."""
        for path in gone:
            for ref in self.repo.refs_of_note(path):
                if not ref.retired:
                    self.orphans.setdefault(ref.anchor, []).append(ref)
        self._pending = set(changed)
        if changed:
            self._stored_paths = set(stored_paths)
            self._load()

    def _load(self) -> None:
        self._data_version = self.repo.data_version()
        self._taken = self.repo.all_ids()
        self._carded_notes = self.repo.notes_with_cards()
        self._retired_anchors = self.repo.retired_anchors()
        self._active_in = self.repo.active_anchors_of_notes(self._pending & self._carded_notes)

    def batch(self, notes: Sequence["ParsedNote"]) -> None:
        """Reconcile a batch of changed notes, in the caller's transaction (one per batch)."""
        self.sync()
        for parsed in notes:
            self.note(parsed)
        self.flush()

    def sync(self) -> None:
        """Call first in each batch's transaction: when another process wrote to the database
        since the lookups were loaded (two scans at once), load them again."""
        if self._pending and self.repo.data_version() != self._data_version:
            self._stored_paths = set(self.repo.notes())
            self._load()

    def note(self, parsed: ParsedNote) -> None:
        """Reconcile one changed note, in the caller's transaction; call ``flush`` before the
        transaction ends (``batch`` does both)."""
        rel = parsed.rel
        title, tags, tags_json, aliases_json, media_json, cards, warnings, failed = parsed.extracted
        self._pending.discard(rel)
        for message in warnings:
            self.warn(rel, message)
        if failed:
            return  # unreadable this time: its cards and stored hash stay, so the next scan retries
        before = self.repo.note_facts(rel) if rel in self._stored_paths else None
        # Title and tags are on the back of every exported card of the note.
        facts_changed = before is not None and (before[0], list(before[1])) != (title, list(tags))
        row = (rel, title, parsed.size, parsed.mtime_ns, parsed.hash, tags_json, aliases_json, media_json, self.stamp)
        deck = self._deck(rel, tags)
        if rel not in self._carded_notes and not self.orphans and not self._retired_anchors and not self._active_in:
            # Nothing stored that a card of this note could be, nor a note it could be moving
            # from (every note of a first scan): all its cards are new. Its rows wait, so that a
            # batch of such notes is written in two statements.
            self._new_notes.append(row)
            for card in cards:
                self._insert(rel, deck, card)
            return
        self.flush()  # what follows reads the tables: the waiting rows go first
        self.repo.upsert_note(*row)
        same_note = self.repo.refs_of_note(rel) if rel in self._carded_notes else []
        anchors = [card[7] for card in cards]
        # Cards that may move here: only a scan that retires or loses notes has any.
        elsewhere: list[StoredRef] = []
        if self.orphans or self._retired_anchors:
            wanted = set(anchors)
            elsewhere = [ref for anchor in wanted for ref in self.orphans.get(anchor, ())]
            revivable = (wanted - {r.anchor for r in same_note}) & self._retired_anchors
            if revivable:
                known = {ref.id for ref in same_note} | {ref.id for ref in elsewhere}
                elsewhere += [ref for ref in self.repo.retired_refs_with_anchors(revivable) if ref.id not in known]
        # The stored card each candidate is (None: new), in candidate order.
        if same_note or elsewhere:
            candidates = [_candidate(card) for card in cards]
            card_ids = [m.card_id for m in match_candidates(candidates, same_note, elsewhere, anchors)]
        else:
            card_ids = [None] * len(cards)
        matched_ids = {card_id for card_id in card_ids if card_id}
        stored_rows = self.repo.card_texts(sorted(matched_ids)) if matched_ids else {}
        deferred = False
        for card, card_id, anchor in zip(cards, card_ids, anchors):
            if card_id is None:
                if self._active_in and not self._active_in.get(anchor, _NONE).isdisjoint(self._pending):
                    # Still active in a note not reconciled yet: it may be moving here.
                    self._deferred.append(_Deferred(parsed, card, self._values(rel, deck, card)))
                    deferred = True
                else:
                    self._insert(rel, deck, card)
                continue
            values = self._values(rel, deck, card)
            self._update(card_id, stored_rows[card_id], values, facts_changed)
        self.flush()
        if deferred:
            self.repo.set_note_file(rel, -1, -1, "")  # read again if the scan stops before finish()
        if same_note:
            leftover = [ref for ref in same_note if ref.id not in matched_ids and not ref.retired]
            if leftover:
                self._retire(leftover)

    def finish(self) -> None:
        """Settle deferred candidates and retire the cards of gone notes nobody took (in the
        caller's transaction)."""
        self.flush()
        settled: dict[str, ParsedNote] = {}
        for item in self._deferred:
            refs = [r for r in self.repo.retired_refs_with_anchors({item.values["anchor"]}) if r.id in self._retired_now]
            match = match_candidates([_candidate(item.card)], [], refs, [item.values["anchor"]])[0]
            if match.card_id is None:
                values = item.values
                self._insert(values["note"], values["deck"], item.card)
                self.flush()
            else:
                row = self.repo.card_texts([match.card_id])[match.card_id]
                self._update(match.card_id, row, item.values, False)
            settled[item.note.rel] = item.note
        for note in settled.values():
            self.repo.set_note_file(note.rel, note.size, note.mtime_ns, note.hash)
        self._deferred = []
        self._retire([ref for refs in self.orphans.values() for ref in refs])

    def _deck(self, rel: str, tags: Sequence[str]) -> str:
        """``deck_for`` the note, remembered per folder when the deck is the folder's."""
        if self.config.deck_from != "folder":
            return deck_for(self.config, rel, tags)
        folder = rel.rpartition("/")[0]
        deck = self._decks.get(folder)
        if deck is None:
            deck = self._decks[folder] = deck_for(self.config, rel, tags)
        return deck

    # --- writing --------------------------------------------------------------------------------
    def _values(self, rel: str, deck: str, card: PackedCard) -> dict:
        text, _answers, rule, line, position, sentence_key, context, anchor, answers_json = card
        return {
            "note": rel,
            "line": line,
            "position": position,
            "deck": deck,
            "text": text,
            "answers": answers_json,
            "anchor": anchor,
            "rule": rule,
            "sentence_key": sentence_key,
            "context": context,
        }

    def _insert(self, rel: str, deck: str, card: PackedCard) -> None:
        """Queue a new card's row (``flush`` writes the queue); its id is taken at once."""
        text, _answers, rule, line, position, sentence_key, context, anchor, answers_json = card
        card_id = new_card_id(rel, anchor, self._taken)
        self._taken.add(card_id)
        # In the order of Repository.CARD_INSERT_COLUMNS.
        self._new_rows.append((card_id, rel, line, position, deck, text, answers_json, anchor, rule, sentence_key,
                               context, self.stamp, self.stamp))
        self.counts.added += 1

    def flush(self) -> None:
        """Write the waiting rows: notes, then new cards, each in the order they were made."""
        if self._new_notes:
            self.repo.upsert_notes(self._new_notes)
            self._new_notes = []
        if self._new_rows:
            self.repo.insert_cards(self._new_rows)
            self._new_rows = []

    def _update(self, card_id: str, row, values: dict, facts_changed: bool) -> None:
        visible = row["text"] != values["text"] or row["deck"] != values["deck"] or row["note"] != values["note"] or bool(row["retired"])
        if visible or facts_changed or row["context"] != values["context"]:
            # Anki updates a note in place only when the package's copy is newer.
            values["text_changed_at"] = self._later_than(row["text_changed_at"])
        if row["retired"]:
            values["retired"] = 0
            values["retired_at"] = None
            if card_id in self._retired_now:
                # Retired earlier in this scan and taken back: it moved, it was not retired.
                self._retired_now.discard(card_id)
                self.counts.retired -= 1
        if visible or any(row[k] != values[k] for k in ("line", "position", "rule", "sentence_key", "context", "answers")):
            self.repo.update_card(card_id, values)
        if visible:
            self.counts.updated += 1
        for refs in self.orphans.values():
            refs[:] = [r for r in refs if r.id != card_id]

    def _retire(self, refs: Sequence[StoredRef]) -> None:
        retired = self.repo.retire_cards([ref.id for ref in refs], self.stamp)
        self.counts.retired += retired
        self._retired_now.update(ref.id for ref in refs)
        # A card retired here may be wanted by a note reconciled later in this scan.
        self._retired_anchors.update(ref.anchor for ref in refs)

    def _later_than(self, previous: str | None) -> str:
        """A change time after ``previous`` (the time the card's exported fields last changed)."""
        if previous:
            before = datetime.fromisoformat(previous)
            if self.now.replace(microsecond=0) <= before:
                return (before + timedelta(seconds=1)).isoformat(timespec="seconds")
        return self.stamp
