"""SM-2 as the spec states it: the published vectors, its invariants, same-day repeats, lapses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from srs.core.sm2 import (
    MAX_INTERVAL,
    EF_MIN,
    EF_START,
    Sm2State,
    ef_after,
    preview_intervals,
    replay,
    review,
)

START = datetime(2026, 3, 1, 9, 30)


def run_on_due_days(grades: list[int]) -> list[tuple[int, float, int]]:
    """Review a new card with ``grades``, each on the day it falls due; (n, EF, I) after each."""
    state = Sm2State()
    when = START
    seen = []
    for grade in grades:
        state, _ = review(state, grade, when)
        seen.append((state.repetitions, state.ef_milli / 1000, state.interval))
        when = datetime.combine(state.due, START.time())
    return seen


# The table of the spec, verbatim: (n, EF, I) after each review.
VECTORS = {
    (5, 5, 5, 5): [(1, 2.6, 1), (2, 2.7, 6), (3, 2.8, 17), (4, 2.9, 48)],
    (4, 4, 4): [(1, 2.5, 1), (2, 2.5, 6), (3, 2.5, 15)],
    (3, 3, 3, 3): [(1, 2.36, 1), (2, 2.22, 6), (3, 2.08, 14), (4, 1.94, 30)],
    (5, 2, 5, 5): [(1, 2.6, 1), (0, 2.28, 1), (1, 2.38, 1), (2, 2.48, 6)],
    (0, 0, 5): [(0, 1.7, 1), (0, 1.3, 1), (1, 1.4, 1)],
    (5, 4, 3, 5, 5): [(1, 2.6, 1), (2, 2.6, 6), (3, 2.46, 16), (4, 2.56, 40), (5, 2.66, 103)],
    (0, 0, 5, 5, 4): [(0, 1.7, 1), (0, 1.3, 1), (1, 1.4, 1), (2, 1.5, 6), (3, 1.5, 9)],
}


@pytest.mark.parametrize("grades", list(VECTORS), ids=lambda g: ",".join(map(str, g)))
def test_spec_vectors(grades: tuple[int, ...]) -> None:
    assert run_on_due_days(list(grades)) == VECTORS[grades]


def test_ef_is_exact_so_0_0_5_5_4_gives_9_not_10() -> None:
    state = replay([(g, START + timedelta(days=i * 10)) for i, g in enumerate([0, 0, 5, 5, 4])])
    assert (state.repetitions, state.ef_milli, state.interval) == (3, 1500, 9)


@pytest.mark.parametrize(
    ("grade", "ef_milli"),
    [(5, 2600), (4, 2500), (3, 2360), (2, 2180), (1, 1960), (0, 1700)],
)
def test_ef_change_per_grade_from_a_new_card(grade: int, ef_milli: int) -> None:
    assert ef_after(EF_START, grade) == ef_milli


def test_due_day_is_review_day_plus_interval() -> None:
    state, log = review(Sm2State(), 5, START)
    assert log.day == date(2026, 3, 1)
    assert state.due == date(2026, 3, 2)
    assert state.last_review == date(2026, 3, 1)


def test_review_at_two_in_the_morning_counts_for_the_previous_day() -> None:
    state, log = review(Sm2State(), 5, datetime(2026, 3, 2, 2, 0))
    assert log.day == date(2026, 3, 1)
    assert state.due == date(2026, 3, 2)


def test_late_review_is_scheduled_from_the_day_it_happens() -> None:
    state = replay([(5, START), (5, START + timedelta(days=1))])  # EF 2.7, I = 6, due 03-08
    late = datetime(2026, 3, 20, 9, 0)
    after, _ = review(state, 4, late)
    assert after.interval == 17  # ceil(6 * 2.7): the interval does not grow with the lateness
    assert after.due == date(2026, 3, 20) + timedelta(days=17)


@pytest.mark.parametrize("grade", [0, 1, 2, 3])
def test_grade_below_four_owes_a_repeat_the_same_day(grade: int) -> None:
    state, log = review(Sm2State(), grade, START)
    assert log.kind == "review"
    assert state.repeat_pending_on == date(2026, 3, 1)


@pytest.mark.parametrize("grade", [4, 5])
def test_grade_four_or_five_owes_nothing(grade: int) -> None:
    state, _ = review(Sm2State(), grade, START)
    assert state.repeat_pending_on is None


def test_same_day_repeat_is_logged_but_leaves_the_schedule_alone() -> None:
    first, _ = review(replay([(5, START), (5, START + timedelta(days=1))]), 2, datetime(2026, 3, 8, 9))
    assert (first.repetitions, first.interval, first.due) == (0, 1, date(2026, 3, 9))

    again, log = review(first, 1, datetime(2026, 3, 8, 9, 10))
    assert log.kind == "repeat"
    assert (again.repetitions, again.ef_milli, again.interval, again.due) == (
        first.repetitions,
        first.ef_milli,
        first.interval,
        first.due,
    )
    assert again.lapses == first.lapses
    assert again.repeat_pending_on == date(2026, 3, 8)  # still owed: 1 is below 4

    hard, log = review(again, 3, datetime(2026, 3, 8, 9, 20))
    assert log.kind == "repeat"
    assert hard.repeat_pending_on == date(2026, 3, 8)  # 3 passes SM-2 but does not clear a repeat

    cleared, log = review(hard, 4, datetime(2026, 3, 8, 9, 30))
    assert log.kind == "repeat"
    assert cleared.repeat_pending_on is None
    assert replace(cleared, repeat_pending_on=first.repeat_pending_on) == first


def test_repeat_log_keeps_both_sides() -> None:
    first, _ = review(Sm2State(), 3, START)
    second, log = review(first, 5, START + timedelta(minutes=5))
    assert log.before == first and log.after == second
    assert log.grade == 5 and log.day == date(2026, 3, 1)


def test_repeat_still_owed_at_day_end_keeps_the_schedule() -> None:
    failed, _ = review(Sm2State(), 1, START)  # owes a repeat on 2026-03-01, due 2026-03-02
    assert failed.due == date(2026, 3, 2)
    next_day, log = review(failed, 5, datetime(2026, 3, 2, 9, 0))
    assert log.kind == "review"  # a new day: SM-2 applies, nothing of the old repeat is left
    assert (next_day.repetitions, next_day.interval, next_day.repeat_pending_on) == (1, 1, None)


def test_repeat_owed_late_at_night_is_still_the_same_day_before_day_start() -> None:
    failed, _ = review(Sm2State(), 2, datetime(2026, 3, 1, 23, 30))
    after, log = review(failed, 5, datetime(2026, 3, 2, 3, 59))
    assert log.kind == "repeat"
    after, log = review(failed, 5, datetime(2026, 3, 2, 4, 0))
    assert log.kind == "review"


def test_lapse_counted_only_when_a_learned_card_is_failed() -> None:
    state, _ = review(Sm2State(), 0, START)
    assert state.lapses == 0  # a new card failing is not a lapse
    state = replay([(5, START + timedelta(days=1))], start=state)
    state, _ = review(state, 2, START + timedelta(days=2))
    assert state.lapses == 1
    state, _ = review(state, 0, START + timedelta(days=2, minutes=5))  # same-day repeat
    assert state.lapses == 1
    state, _ = review(state, 1, START + timedelta(days=3))  # failed again with n == 0
    assert state.lapses == 1
    state = replay([(4, START + timedelta(days=4)), (4, START + timedelta(days=5))], start=state)
    state, _ = review(state, 0, START + timedelta(days=11))
    assert state.lapses == 2


@pytest.mark.parametrize("bad", [-1, 6, 2.5, "3", True, None])
def test_grade_outside_0_to_5_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="0 to 5"):
        review(Sm2State(), bad, START)  # type: ignore[arg-type]


def test_preview_intervals_of_a_new_card() -> None:
    assert preview_intervals(Sm2State(), START) == {0: 0, 1: 0, 2: 0, 3: 0, 4: 1, 5: 1}


def test_preview_intervals_of_a_learned_card() -> None:
    state = replay([(5, START), (5, START + timedelta(days=1))])  # n=2, EF 2.7, I=6
    on_due = datetime.combine(state.due, START.time())
    assert preview_intervals(state, on_due) == {0: 0, 1: 0, 2: 0, 3: 0, 4: 17, 5: 17}


def test_preview_intervals_during_a_repeat() -> None:
    failed, _ = review(Sm2State(), 2, START)
    assert preview_intervals(failed, START + timedelta(minutes=1)) == {
        0: 0, 1: 0, 2: 0, 3: 0, 4: 1, 5: 1,
    }


def test_preview_does_not_change_the_state() -> None:
    state = replay([(5, START)])
    before = replace(state)
    preview_intervals(state, START + timedelta(days=1))
    assert state == before


# ---- properties -------------------------------------------------------------------------------

grades = st.integers(min_value=0, max_value=5)
gaps = st.integers(min_value=0, max_value=60 * 24 * 200)  # minutes between reviews
histories = st.lists(st.tuples(grades, gaps), min_size=1, max_size=30)


def timeline(history: list[tuple[int, int]]) -> list[tuple[int, datetime]]:
    when = START
    out = []
    for grade, gap in history:
        when += timedelta(minutes=gap)
        out.append((grade, when))
    return out


@given(histories)
def test_ef_never_below_1_3(history: list[tuple[int, int]]) -> None:
    state = Sm2State()
    for grade, when in timeline(history):
        state, _ = review(state, grade, when)
        assert state.ef_milli >= EF_MIN


@given(histories, st.integers(min_value=0, max_value=2), gaps)
def test_failing_review_always_restarts(history: list[tuple[int, int]], grade: int, gap: int) -> None:
    state = replay(timeline(history))
    # a day or more later is always a new review day, so this is a review, never a repeat
    when = timeline(history)[-1][1] + timedelta(days=1, minutes=gap)
    after, log = review(state, grade, when)
    assert log.kind == "review"
    assert (after.repetitions, after.interval) == (0, 1)
    assert after.due == log.day + timedelta(days=1)


@given(st.lists(st.integers(min_value=3, max_value=5), min_size=3, max_size=12))
def test_passing_grades_give_growing_intervals_from_the_third_review(passes: list[int]) -> None:
    intervals = [interval for _, _, interval in run_on_due_days(passes)]
    assert intervals[:2] == [1, 6]
    for earlier, later in zip(intervals[1:], intervals[2:]):
        assert later > earlier or later == MAX_INTERVAL  # a century is the ceiling


@given(histories)
def test_replaying_the_log_reproduces_the_state(history: list[tuple[int, int]]) -> None:
    state = Sm2State()
    logs = []
    for grade, when in timeline(history):
        state, log = review(state, grade, when)
        logs.append(log)
    assert replay([(log.grade, log.reviewed_at) for log in logs]) == state
    for earlier, later in zip(logs, logs[1:]):
        assert later.before == earlier.after


@given(histories)
def test_interval_and_due_agree(history: list[tuple[int, int]]) -> None:
    state = replay(timeline(history))
    assert state.interval >= 1
    assert state.due == state.last_review + timedelta(days=state.interval)


@given(histories, st.integers(min_value=0, max_value=2), st.lists(st.integers(min_value=3, max_value=5), min_size=3, max_size=10))
def test_after_any_failure_passes_restart_at_1_6_and_then_grow(
    history: list[tuple[int, int]], fail: int, passes: list[int]
) -> None:
    events = timeline(history)
    state = replay(events)
    when = events[-1][1] + timedelta(days=1)
    state, _ = review(state, fail, when)
    intervals = []
    for grade in passes:
        when = datetime.combine(state.due, START.time())
        state, log = review(state, grade, when)
        assert log.kind == "review"
        intervals.append(state.interval)
    assert intervals[:2] == [1, 6]
    assert all(later > earlier for earlier, later in zip(intervals[1:], intervals[2:]))
