"""FSRS on the same review log as SM-2: a second scheduler a user can switch to and back.

Grades. The app grades 0-5 (SM-2); FSRS rates Again/Hard/Good/Easy. The mapping is:

    0, 1, 2 -> Again   (not remembered: SM-2 restarts the card too)
    3       -> Hard    (remembered with serious difficulty)
    4       -> Good
    5       -> Easy

Same-day steps. FSRS runs with one learning step and one relearning step of 10 minutes and no
fuzz. A new card graded 0-3 therefore comes back later the same review day, and 4-5 graduate it
to whole days, which is the same rule the app already follows for SM-2 (a card graded below 4
owes a repeat). A learned card graded 0-2 relearns the same day; 3-5 give whole days.
Every review of the log, same-day repeats included, is fed to FSRS: it uses them for its
short-term stability.

No clock, no randomness. The fsrs package reads the clock when it is not given a time (new
cards, reviews) and draws random fuzz when fuzzing is on; this module always passes the review
time (converted to UTC, as fsrs requires) and turns fuzzing off. An aware ``now`` is converted to
UTC; a naive ``now`` is taken as wall-clock time with no daylight-saving changes.

Review days. FSRS schedules instants; the app shows review days. A review-state interval of N
days is due on the review day of the review plus N (the same rule as SM-2, so a 23- or 25-hour
night never shifts a card by a day). A short step is due on the review day its instant falls in.

What the rest of the app shows (``as_sm2_state``):
    repetitions = reps (every review FSRS saw), interval = days from the last review day to the
    due day (0 while the card owes a repeat today), ef_milli = the SM-2 EF replayed from the same
    log (2500 for a card without reviews), due = the due day, lapses = reviews rated Again while
    the card was in review, repeat_pending_on = the last review day while FSRS wants the card
    back that same day.
Switching from SM-2 to FSRS: ``recompute_with_fsrs(log)`` for every card. Switching back:
``srs.core.sm2.replay(log)``. The review log is the single source of truth either way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from srs.core.reviewday import review_day
from srs.core.sm2 import EF_START, GRADES, Sm2State, check_grade, replay

if TYPE_CHECKING:  # the fsrs package is imported on first use: fast commands never need it
    from fsrs import Card, Scheduler

STEP = timedelta(minutes=10)
PHASES = ("learning", "review", "relearning")  # fsrs.State 1, 2, 3
_AGAIN, _HARD, _GOOD, _EASY = 1, 2, 3, 4  # fsrs.Rating values
GRADE_TO_RATING = {0: _AGAIN, 1: _AGAIN, 2: _AGAIN, 3: _HARD, 4: _GOOD, 5: _EASY}


@dataclass(frozen=True)
class FsrsState:
    """The FSRS memory state of one card, plus the review days the app schedules by.

    ``due`` and ``last_review`` are UTC instants (what FSRS works with); ``due_day`` and
    ``last_day`` are the review days the app shows and queues by.
    """

    stability: float
    difficulty: float
    phase: str  # "learning", "review" or "relearning"
    step: int | None  # the learning or relearning step, None in review
    due: datetime
    last_review: datetime
    due_day: date
    last_day: date
    reps: int = 0
    lapses: int = 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (the storage keeps it as text); ``from_dict`` reads it back exactly."""
        return {
            "stability": self.stability,
            "difficulty": self.difficulty,
            "phase": self.phase,
            "step": self.step,
            "due": self.due.isoformat(),
            "last_review": self.last_review.isoformat(),
            "due_day": self.due_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "reps": self.reps,
            "lapses": self.lapses,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FsrsState:
        """The state ``to_dict`` wrote. Raises ValueError for a dict that is not one."""
        try:
            state = cls(
                stability=float(data["stability"]),
                difficulty=float(data["difficulty"]),
                phase=str(data["phase"]),
                step=None if data["step"] is None else int(data["step"]),
                due=_as_utc(datetime.fromisoformat(data["due"])),
                last_review=_as_utc(datetime.fromisoformat(data["last_review"])),
                due_day=date.fromisoformat(data["due_day"]),
                last_day=date.fromisoformat(data["last_day"]),
                reps=int(data.get("reps", 0)),
                lapses=int(data.get("lapses", 0)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"not a stored FSRS state ({exc!r}): {data!r}") from exc
        if state.phase not in PHASES:
            raise ValueError(f"unknown FSRS phase {state.phase!r}; expected one of {PHASES}")
        return state


@lru_cache(maxsize=1)
def _scheduler() -> Scheduler:
    from fsrs import Scheduler

    return Scheduler(learning_steps=(STEP,), relearning_steps=(STEP,), enable_fuzzing=False)


def _as_utc(moment: datetime) -> datetime:
    """``moment`` in UTC; a naive moment is taken as wall-clock time (see the module docstring)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _to_card(state: FsrsState | None, now_utc: datetime) -> Card:
    from fsrs import Card, State

    if state is None:  # card_id and due given so that fsrs neither reads the clock nor sleeps
        return Card(card_id=0, due=now_utc)
    return Card(
        card_id=0,
        state=State(PHASES.index(state.phase) + 1),
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=state.due,
        last_review=state.last_review,
    )


def fsrs_review(
    state: FsrsState | None, quality: int, now: datetime, day_starts_at: int = 4
) -> tuple[FsrsState, date]:
    """Apply one review of ``quality`` (0-5) at ``now`` to ``state`` (None for a new card).

    Returns the new state and its due review day. ``now`` is the local clock as the rest of the
    app passes it. A ``now`` earlier than the card's last review (a clock set back) counts as a
    review at the moment of the last one, so FSRS never sees time run backwards.
    """
    check_grade(quality)
    day = review_day(now, day_starts_at)
    now_utc = _as_utc(now)
    if state is not None and now_utc < state.last_review:
        now_utc = state.last_review
    card = _to_card(state, now_utc)
    was_in_review = state is not None and state.phase == "review"
    rating = GRADE_TO_RATING[quality]

    from fsrs import Rating, State

    after, _ = _scheduler().review_card(card, Rating(rating), review_datetime=now_utc)
    wait = after.due - now_utc
    if after.state == State.Review:
        due_day = day + timedelta(days=wait.days)  # whole days, counted in review days
    else:
        due_day = max(day, review_day(_wall(now, wait), day_starts_at))
    assert after.stability is not None and after.difficulty is not None
    new = FsrsState(
        stability=after.stability,
        difficulty=after.difficulty,
        phase=PHASES[after.state - 1],
        step=after.step,
        due=after.due,
        last_review=now_utc,
        due_day=due_day,
        last_day=day,
        reps=(state.reps if state else 0) + 1,
        lapses=(state.lapses if state else 0) + (1 if was_in_review and rating == _AGAIN else 0),
    )
    return new, due_day


def _wall(now: datetime, wait: timedelta) -> datetime:
    """The local clock ``wait`` of real time after ``now``."""
    if now.tzinfo is None:
        return now + wait
    return (now.astimezone(timezone.utc) + wait).astimezone(now.tzinfo)


def replay_fsrs(reviews: Iterable[tuple[int, datetime]], day_starts_at: int = 4) -> FsrsState | None:
    """The FSRS state a card reaches through its review log (grade, time), oldest first.

    Pass every entry of the log, same-day repeats included. None when there is no review.
    """
    state: FsrsState | None = None
    for quality, when in reviews:
        state, _ = fsrs_review(state, quality, when, day_starts_at)
    return state


def as_sm2_state(state: FsrsState | None, ef_milli: int = EF_START) -> Sm2State:
    """The schedule the rest of the app shows and queues by, for a card scheduled by FSRS."""
    if state is None:
        return Sm2State(ef_milli=ef_milli)
    return Sm2State(
        repetitions=state.reps,
        ef_milli=ef_milli,
        interval=(state.due_day - state.last_day).days,
        due=state.due_day,
        lapses=state.lapses,
        last_review=state.last_day,
        repeat_pending_on=state.last_day if state.due_day <= state.last_day else None,
    )


def recompute_with_fsrs(
    reviews: Iterable[tuple[int, datetime]], day_starts_at: int = 4
) -> tuple[FsrsState | None, Sm2State]:
    """Switch one card to FSRS: its FSRS state and the schedule to store, from its review log.

    The EF shown is the SM-2 EF replayed from the same log, so switching back loses nothing.
    """
    log = list(reviews)
    state = replay_fsrs(log, day_starts_at)
    sm2 = replay(log, day_starts_at)
    return state, as_sm2_state(state, sm2.ef_milli)


def fsrs_preview_intervals(state: FsrsState | None, now: datetime, day_starts_at: int = 4) -> dict[int, int]:
    """For each grade, in how many review days the card would come back (0: later today)."""
    today = review_day(now, day_starts_at)
    return {quality: (fsrs_review(state, quality, now, day_starts_at)[1] - today).days for quality in GRADES}
