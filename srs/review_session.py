"""One review session on top of the service: the walk through today's queue, this session's undo
stack, and its summary.

The service keeps the queue and saves every grade before returning; the session only decides
which card to show next. A card graded below 4 owes a same-day repeat and comes back in the
service's queue; the session holds it back until a few other cards have been shown (or nothing
else is left), so it returns later in the session instead of at once.
No Textual here: the app and the tests drive this object alike.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from srs.core.model import Card
from srs.core.sm2 import PASSING_GRADE
from srs.errors import NothingToUndo, SrsError

if TYPE_CHECKING:  # the service imports nothing from here; avoid a cycle at import time
    from srs.service import Counts, Service

# How many other cards are shown before a failed card comes back, when others are left.
REPEAT_GAP = 3


@dataclass(frozen=True)
class GradeRecord:
    """One grade given in this session (kept for undo and the summary)."""

    card_id: str
    grade: int
    duration_ms: int


@dataclass(frozen=True)
class SessionSummary:
    """What the session did: shown at its end."""

    reviewed: int  # grades given, same-day repeats included
    cards: int  # distinct cards graded
    correct: int
    seconds: float
    tomorrow: int
    deck: str | None = None

    @property
    def correct_percent(self) -> int | None:
        """Share of grades >= 3 as a whole percentage, None when nothing was reviewed."""
        return None if not self.reviewed else round(100 * self.correct / self.reviewed)


@dataclass
class ReviewSession:
    """Walks today's queue for one deck (or all), one card at a time.

    ``timer`` is a monotonic clock in seconds (time spent, answer durations); tests pass a fake.
    """

    service: "Service"
    deck: str | None = None
    timer: Callable[[], float] = time.monotonic
    repeat_gap: int = REPEAT_GAP
    current: Card | None = None
    history: list[GradeRecord] = field(default_factory=list)
    _started: float = 0.0
    _shown_at: float = 0.0
    _shown: int = 0
    # card id -> value of _shown when it was graded below 4 (held back until the gap passes)
    _held: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._started = self.timer()

    # -- the walk -------------------------------------------------------------------------

    def next_card(self) -> Card | None:
        """Move to the next card of the queue (None when the session is done) and return it."""
        held = {card_id for card_id, at in self._held.items() if self._shown - at < self.repeat_gap}
        card = self.service.next_card(self.deck, skip=held) if held else None
        if card is None:
            # Nothing else left (or nothing held back): the held cards may come now.
            card = self.service.next_card(self.deck)
        self._show(card)
        return card

    def _show(self, card: Card | None) -> None:
        self.current = card
        self._shown_at = self.timer()
        if card is not None:
            self._shown += 1
            self._held.pop(card.id, None)

    def grade(self, grade: int) -> Card:
        """Grade the current card (saved by the service before this returns); the card after it."""
        card = self._require_current()
        duration_ms = max(0, int((self.timer() - self._shown_at) * 1000))
        after = self.service.grade(card.id, grade, duration_ms=duration_ms)
        self.history.append(GradeRecord(card.id, grade, duration_ms))
        if after.state.repeat_pending_on is not None and after.state.repeat_pending_on == self.service.today():
            self._held[card.id] = self._shown
        return after

    def undo(self) -> Card:
        """Take back this session's latest grade; that card becomes the current card again.

        Only grades given in this session are undone: reviews from earlier sessions stay.
        """
        if not self.history:
            raise NothingToUndo("nothing to undo in this session: no card has been graded yet")
        record = self.history[-1]
        card = self.service.undo(record.card_id)  # never a review another process made meanwhile
        self.history.pop()
        self._held.pop(record.card_id, None)
        self.current = card
        self._shown_at = self.timer()
        return card

    def suspend(self) -> Card:
        """Suspend the current card (out of reviews until unsuspended)."""
        card = self._require_current()
        return self.service.suspend(card.id)

    def bury(self) -> Card:
        """Bury the current card until the next review day."""
        card = self._require_current()
        return self.service.bury(card.id)

    def reload_current(self) -> Card | None:
        """Read the current card again (after its note was edited); None if it is gone."""
        from srs.errors import CardNotFound

        card = self._require_current()
        try:
            fresh = self.service.card(card.id)
        except CardNotFound:
            self.current = None
            return None
        if fresh.suspended or fresh.retired:
            self.current = None
            return None
        self.current = fresh
        return fresh

    def _require_current(self) -> Card:
        if self.current is None:
            raise SrsError("no card is shown: today's session is done")
        return self.current

    # -- what is left, and what was done --------------------------------------------------

    def counts(self) -> "Counts":
        """What is left today in this session's deck (new / learning / due)."""
        return self.service.counts(self.deck)

    def preview(self) -> dict[int, int]:
        """For each grade, days until the current card would come back (0 = later today)."""
        return self.service.preview(self._require_current().id)

    def summary(self) -> SessionSummary:
        """Cards reviewed, correct (grade >= 3), time spent and tomorrow's load."""
        reviewed = len(self.history)
        correct = sum(1 for record in self.history if record.grade >= PASSING_GRADE)
        return SessionSummary(
            reviewed=reviewed,
            cards=len({record.card_id for record in self.history}),
            correct=correct,
            seconds=max(0.0, self.timer() - self._started),
            tomorrow=self.service.tomorrow_load(),
            deck=self.deck,
        )
