"""SM-2 exactly as published, with same-day repeats: state + grade + time in, new state + log out.

EF is kept exact as integer thousandths (2500 = 2.5): with binary floats the grades 0,0,5,5,4
would give an interval of 10 instead of 9.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from srs.core.reviewday import review_day

EF_START = 2500
EF_MIN = 1300
PASSING_GRADE = 3  # q >= 3 counts as remembered
GOOD_GRADE = 4  # q < 4 owes a same-day repeat
# SM-2 has no upper bound; without one a long run of perfect grades pushes the due day past the
# calendar (year 9999). A century is beyond any learner's horizon (Anki caps at 36,500 days too).
MAX_INTERVAL = 36_500
GRADES = range(0, 6)
GRADE_LEGEND = {
    0: "blackout",
    1: "wrong, familiar",
    2: "wrong, easy recall",
    3: "hard",
    4: "good",
    5: "perfect",
}


@dataclass(frozen=True)
class Sm2State:
    """The schedule of one card.

    ``repeat_pending_on`` is the review day on which the card still owes a same-day repeat
    (it was graded below 4 that day); the card is "learning" until it scores 4 or 5.
    """

    repetitions: int = 0
    ef_milli: int = EF_START
    interval: int = 0
    due: date | None = None
    lapses: int = 0
    last_review: date | None = None
    repeat_pending_on: date | None = None

    @property
    def is_new(self) -> bool:
        """True for a card that has never been reviewed."""
        return self.last_review is None

    @property
    def ef(self) -> float:
        """EF as a number, for display only."""
        return self.ef_milli / 1000


@dataclass(frozen=True)
class ReviewLog:
    """One entry of the review log: what happened and the state on both sides."""

    grade: int
    reviewed_at: datetime
    day: date
    kind: str  # "review" (SM-2 applied) or "repeat" (same-day repeat: n, EF, I untouched)
    before: Sm2State
    after: Sm2State


def ef_after(ef_milli: int, quality: int) -> int:
    """EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), at least 1.3, in thousandths."""
    miss = 5 - quality
    return max(EF_MIN, ef_milli + 100 - miss * (80 + miss * 20))


def next_interval(repetitions: int, interval: int, ef_milli: int) -> int:
    """The interval after a passing review, from the state before it."""
    if repetitions == 0:
        return 1
    if repetitions == 1:
        return 6
    return min(MAX_INTERVAL, -(-interval * ef_milli // 1000))  # ceil(I * EF), exact integers


def check_grade(quality: int) -> None:
    """Raise ValueError for a grade outside 0-5."""
    if not isinstance(quality, int) or isinstance(quality, bool) or quality not in GRADES:
        raise ValueError(f"grade must be a whole number from 0 to 5, got {quality!r}")


def review(state: Sm2State, quality: int, now: datetime, day_starts_at: int = 4) -> tuple[Sm2State, ReviewLog]:
    """Apply one review of ``quality`` (0-5) at ``now`` to ``state``.

    The first review of a card on a review day applies SM-2. If the card was graded below 4
    earlier the same day, this is a same-day repeat: it is logged but leaves n, EF and I alone,
    and clears the pending repeat once the card scores 4 or 5.
    """
    check_grade(quality)
    day = review_day(now, day_starts_at)
    if state.repeat_pending_on == day:
        after = replace(state, repeat_pending_on=None if quality >= GOOD_GRADE else day)
        return after, ReviewLog(quality, now, day, "repeat", state, after)

    if quality >= PASSING_GRADE:
        interval = next_interval(state.repetitions, state.interval, state.ef_milli)
        repetitions = state.repetitions + 1
        lapses = state.lapses
    else:
        interval = 1
        repetitions = 0
        lapses = state.lapses + (1 if state.repetitions > 0 else 0)
    after = Sm2State(
        repetitions=repetitions,
        ef_milli=ef_after(state.ef_milli, quality),
        interval=interval,
        due=day + timedelta(days=interval),
        lapses=lapses,
        last_review=day,
        repeat_pending_on=day if quality < GOOD_GRADE else None,
    )
    return after, ReviewLog(quality, now, day, "review", state, after)


def preview_intervals(state: Sm2State, now: datetime, day_starts_at: int = 4) -> dict[int, int]:
    """For each grade, in how many days the card would come back (0: later today)."""
    today = review_day(now, day_starts_at)
    result = {}
    for quality in GRADES:
        after, _ = review(state, quality, now, day_starts_at)
        if after.repeat_pending_on == today:
            result[quality] = 0
        else:
            result[quality] = (after.due - today).days if after.due else 0
    return result


def replay(grades: list[tuple[int, datetime]], day_starts_at: int = 4, start: Sm2State | None = None) -> Sm2State:
    """The state a card reaches from ``start`` (a new card) through the given reviews."""
    state = start or Sm2State()
    for quality, when in grades:
        state, _ = review(state, quality, when, day_starts_at)
    return state
