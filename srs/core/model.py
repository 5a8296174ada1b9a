"""Values shared across the core and the adapters: candidate cards and stored cards."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from srs.core.sm2 import Sm2State


@dataclass(frozen=True)
class CardCandidate:
    """A card the extractor proposes from one note, before it meets the database.

    ``text`` is in Anki cloze markup (``{{c1::...}}``); ``answers`` lists the hidden parts in
    order. ``line`` is the 1-based source line of the sentence; ``position`` orders candidates
    within the note. Candidates made from the same sentence share ``sentence_key`` (siblings,
    buried on the same day). ``context`` is the sentence's surroundings (heading, neighbouring
    sentence) for the back of the card.
    """

    text: str
    answers: tuple[str, ...]
    rule: str
    line: int
    position: int
    sentence_key: str
    context: str = ""


@dataclass(frozen=True)
class NoteInfo:
    """What the adapters need to know about a note besides its cards."""

    path: str  # relative to the vault, with "/"
    title: str
    tags: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    media: tuple[str, ...] = ()  # embedded files such as images, as written in the note


CARD_STATUSES = ("new", "learning", "review", "suspended", "retired")


@dataclass(frozen=True)
class Card:
    """A card as stored: its text, where it came from, and its schedule."""

    id: str
    note: str
    line: int
    position: int
    deck: str
    text: str
    answers: tuple[str, ...]
    rule: str
    sentence_key: str
    context: str = ""
    title: str = ""
    tags: tuple[str, ...] = ()
    state: Sm2State = field(default_factory=Sm2State)
    suspended: bool = False
    retired: bool = False
    leech: bool = False
    buried_until: date | None = None
    created_at: datetime | None = None
    text_changed_at: datetime | None = None
    note_order: int = 0  # rank of the note in the vault, for a stable order of new cards

    def status(self, today: date) -> str:
        """The card's status on ``today``: new, learning, review, suspended or retired."""
        if self.retired:
            return "retired"
        if self.suspended:
            return "suspended"
        if self.state.repeat_pending_on == today:
            return "learning"
        if self.state.is_new:
            return "new"
        return "review"

    def to_json(self, today: date) -> dict:
        """The card object of the CLI contract (``--json``)."""
        return {
            "id": self.id,
            "note": self.note,
            "line": self.line,
            "deck": self.deck,
            "text": self.text,
            "answers": list(self.answers),
            "rule": self.rule,
            "status": self.status(today),
            "repetitions": self.state.repetitions,
            "ef": self.state.ef_milli / 1000,
            "interval": self.state.interval,
            "lapses": self.state.lapses,
            "due": self.state.due.isoformat() if self.state.due else None,
            "leech": self.leech,
            "tags": list(self.tags),
        }
