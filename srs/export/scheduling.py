"""SM-2 progress as Anki card columns, and the package collection's day count.

How Anki reads a package (checked against the ``anki`` package by importing real packages):
- A review card's ``due`` is a day number counted from the package collection's creation
  (``col.crt``). genanki writes a fixed ``crt`` (1411124400, 2014-09-19) whatever the export date.
- On import Anki computes the package's "today" from ``crt`` and the package's ``rollover`` hour
  (default 4) in local time: the day count starts at the rollover hour of ``crt``'s calendar date,
  not in 24-hour steps from the ``crt`` timestamp. It then shifts every due day by the difference
  between the target collection's today and the package's.

So the package gets ``crt`` at noon of the export day (its calendar date is that day in every
nearby time zone) and ``rollover = day_starts_at``: the export day is day 0 of the package, and a
card due on day D gets ``due = 0 + (D - T)``. Imported later, the shift keeps it due on D.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from srs.core.model import Card
from srs.core.reviewday import review_day

CARD_NEW = 0
CARD_REVIEW = 2
QUEUE_SUSPENDED = -1
QUEUE_NEW = 0
QUEUE_REVIEW = 2


def collection_created(now: datetime, day_starts_at: int) -> int:
    """``col.crt`` for a package made at ``now``: noon (local) of the export's review day."""
    export_day = review_day(now, day_starts_at)
    noon = datetime.combine(export_day, time(12))
    if now.tzinfo is not None:
        noon = noon.replace(tzinfo=now.tzinfo)
    return int(noon.timestamp())


def due_day_number(due: date, export_day: date) -> int:
    """The package day number of ``due`` (the export day is day 0; overdue days are negative)."""
    return (due - export_day).days


@dataclass(frozen=True)
class AnkiSchedule:
    """The scheduling columns of one Anki card."""

    type: int
    queue: int
    due: int
    ivl: int
    factor: int
    reps: int
    lapses: int


def new_schedule(position: int, suspended: bool = False) -> AnkiSchedule:
    """A new card, ``position`` in the new-card order (suspended in Anki when it is in srs)."""
    return AnkiSchedule(CARD_NEW, QUEUE_SUSPENDED if suspended else QUEUE_NEW, position, 0, 0, 0, 0)


def schedule_for(card: Card, export_day: date, position: int) -> AnkiSchedule:
    """Our SM-2 state as Anki columns: reviewed cards become review cards, new cards stay new.

    A card still owing a same-day repeat is exported as a review card due on its SM-2 due day:
    Anki's learning steps are not ours to emulate.
    """
    state = card.state
    if state.is_new or state.due is None:
        schedule = new_schedule(position)
    else:
        schedule = AnkiSchedule(
            type=CARD_REVIEW,
            queue=QUEUE_REVIEW,
            due=due_day_number(state.due, export_day),
            ivl=max(1, state.interval),
            factor=state.ef_milli,
            reps=state.repetitions,
            lapses=state.lapses,
        )
    if card.suspended:
        schedule = AnkiSchedule(schedule.type, QUEUE_SUSPENDED, schedule.due, schedule.ivl,
                                schedule.factor, schedule.reps, schedule.lapses)
    return schedule
