"""FSRS as the second scheduler: grade mapping, golden sequences, review days, the switch from SM-2."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from srs.core.fsrs_scheduler import (
    FsrsState,
    as_sm2_state,
    fsrs_preview_intervals,
    fsrs_review,
    recompute_with_fsrs,
    replay_fsrs,
)
from srs.core.sm2 import EF_START, Sm2State, review

UTC = timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def intervals_on_due(grades: list[int], start: datetime = START) -> list[int]:
    """Days from each review day to the due day, reviewing each time the card falls due."""
    state = None
    when = start
    seen = []
    for grade in grades:
        state, due_day = fsrs_review(state, grade, when)
        seen.append((due_day - state.last_day).days)
        when = state.due
    return seen


def test_golden_sequence_of_good_then_lapses() -> None:
    # Good graduates a new card at once (one learning step), then the package's default weights
    # give its published sequence 2, 11, 46, 163, 497; the two Agains relearn the same day.
    grades = [4, 4, 4, 4, 4, 4, 0, 0, 4, 4, 4, 4, 4]
    assert intervals_on_due(grades) == [2, 11, 46, 163, 497, 1346, 0, 0, 3, 5, 9, 16, 26]


def test_golden_sequence_of_easy() -> None:
    # regression values of this configuration (default weights, 90% retention, no fuzz)
    assert intervals_on_due([5, 5, 5, 5]) == [8, 66, 397, 1875]


def test_golden_sequence_of_hard() -> None:
    # Hard on a new card is a 15-minute step; Good right after graduates it on short-term
    # stability (1 day); Hard on a learned card then grows the interval slowly
    assert intervals_on_due([3, 4, 3, 3, 3]) == [0, 1, 3, 7, 12]


@pytest.mark.parametrize(("grades", "same"), [((0, 1, 2), True), ((2, 3), False), ((3, 4), False), ((4, 5), False)])
def test_grades_map_onto_again_hard_good_easy(grades: tuple[int, ...], same: bool) -> None:
    states = [fsrs_review(None, grade, START)[0] for grade in grades]
    assert all(state == states[0] for state in states) is same


@pytest.mark.parametrize("grade", [0, 1, 2, 3])
def test_new_card_graded_below_four_comes_back_the_same_day(grade: int) -> None:
    state, due_day = fsrs_review(None, grade, START)
    assert due_day == date(2026, 3, 1)
    assert state.due - START == timedelta(minutes=15 if grade == 3 else 10)
    assert as_sm2_state(state).repeat_pending_on == date(2026, 3, 1)


@pytest.mark.parametrize("grade", [4, 5])
def test_new_card_graded_four_or_five_graduates(grade: int) -> None:
    state, due_day = fsrs_review(None, grade, START)
    assert state.phase == "review"
    assert due_day > date(2026, 3, 1)
    assert as_sm2_state(state).repeat_pending_on is None


def test_same_day_step_clears_with_good() -> None:
    state, _ = fsrs_review(None, 1, START)
    state, due_day = fsrs_review(state, 4, START + timedelta(minutes=10))
    assert state.phase == "review" and due_day == date(2026, 3, 2)  # short-term stability: 1 day
    assert state.reps == 2


def test_step_that_runs_past_the_day_start_is_due_the_next_day() -> None:
    late = datetime(2026, 3, 2, 3, 55)  # review day 1 March; the 10-minute step ends at 04:05
    state, due_day = fsrs_review(None, 0, late)
    assert state.last_day == date(2026, 3, 1)
    assert due_day == date(2026, 3, 2)
    assert as_sm2_state(state).repeat_pending_on is None


def test_lapses_count_agains_of_learned_cards_only() -> None:
    state, _ = fsrs_review(None, 0, START)
    assert state.lapses == 0
    state, _ = fsrs_review(state, 5, START + timedelta(minutes=10))
    state, _ = fsrs_review(state, 2, state.due)
    assert (state.lapses, state.phase) == (1, "relearning")
    state, _ = fsrs_review(state, 0, state.due)  # failing the relearning step is no new lapse
    assert state.lapses == 1
    state, _ = fsrs_review(state, 3, state.due)  # Hard on a learned card: days, not a lapse
    state, _ = fsrs_review(state, 4, state.due)
    state, _ = fsrs_review(state, 3, state.due)
    assert (state.lapses, state.phase) == (1, "review")


@pytest.mark.parametrize("bad", [-1, 6, 4.0, "5", None])
def test_grade_outside_0_to_5_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="0 to 5"):
        fsrs_review(None, bad, START)  # type: ignore[arg-type]


# ---- no clock, no randomness, time zones --------------------------------------------------------


def test_uses_the_given_time_not_the_clock() -> None:
    long_ago = datetime(2001, 5, 4, 12, 0, tzinfo=UTC)
    state, due_day = fsrs_review(None, 4, long_ago)
    assert state.last_review == long_ago
    assert due_day == date(2001, 5, 6)
    assert state.due == long_ago + timedelta(days=2)


def test_no_fuzz_the_same_review_gives_the_same_day_every_time() -> None:
    # fuzz would spread an interval of 46 days over several days; without it every run agrees
    state = replay_fsrs([(4, START), (4, START + timedelta(days=2)), (4, START + timedelta(days=13))])
    assert state is not None
    results = {fsrs_review(state, 4, START + timedelta(days=59))[1] for _ in range(30)}
    assert len(results) == 1


def test_aware_local_naive_and_utc_times_agree() -> None:
    berlin = datetime(2026, 3, 1, 10, 30, tzinfo=BERLIN)  # the same instant as START
    from_berlin, _ = fsrs_review(None, 4, berlin)
    from_utc, _ = fsrs_review(None, 4, START)
    assert from_berlin.stability == from_utc.stability
    assert from_berlin.due == from_utc.due
    from_naive, due_day = fsrs_review(None, 4, datetime(2026, 3, 1, 10, 30))
    assert from_naive.stability == from_utc.stability and due_day == date(2026, 3, 3)


def test_whole_day_intervals_count_review_days_across_fall_back() -> None:
    # 04:30 CEST on 24 Oct is review day 24 Oct; 48 real hours later the Berlin clock shows
    # 03:30 CET on 26 Oct, which is still review day 25 Oct. The card must be due on the 26th.
    state, due_day = fsrs_review(None, 4, datetime(2026, 10, 24, 4, 30, tzinfo=BERLIN))
    assert state.due - state.last_review == timedelta(days=2)
    assert due_day == date(2026, 10, 26)


def test_whole_day_intervals_count_review_days_across_spring_forward() -> None:
    state, due_day = fsrs_review(None, 4, datetime(2026, 3, 28, 3, 30, tzinfo=BERLIN))
    assert state.last_day == date(2026, 3, 27)
    assert due_day == date(2026, 3, 29)


def test_clock_set_back_does_not_run_fsrs_backwards() -> None:
    state, _ = fsrs_review(None, 4, START)
    earlier, _ = fsrs_review(state, 4, START - timedelta(days=1))
    assert earlier.last_review == START
    assert earlier.stability >= state.stability


# ---- storage ----------------------------------------------------------------------------------


def test_state_round_trips_through_json_text() -> None:
    state = replay_fsrs([(4, START), (2, START + timedelta(days=2)), (4, START + timedelta(days=2, minutes=12))])
    assert state is not None
    text = json.dumps(state.to_dict())
    back = FsrsState.from_dict(json.loads(text))
    assert back == state
    later = START + timedelta(days=9)
    assert fsrs_review(back, 3, later) == fsrs_review(state, 3, later)


def test_state_from_local_time_is_stored_in_utc() -> None:
    state, _ = fsrs_review(None, 4, datetime(2026, 7, 1, 9, 0, tzinfo=BERLIN))
    stored = state.to_dict()
    assert stored["last_review"] == "2026-07-01T07:00:00+00:00"
    assert stored["due_day"] == "2026-07-03"


@pytest.mark.parametrize(
    "broken",
    [{}, {"stability": "x"}, {**fsrs_review(None, 4, START)[0].to_dict(), "phase": "limbo"}],
)
def test_broken_stored_state_is_refused(broken: dict) -> None:
    with pytest.raises(ValueError):
        FsrsState.from_dict(broken)


# ---- switching from the SM-2 log -------------------------------------------------------------


def sm2_log(grades_and_times: list[tuple[int, datetime]]) -> tuple[list[tuple[int, datetime]], Sm2State]:
    state = Sm2State()
    log = []
    for grade, when in grades_and_times:
        state, entry = review(state, grade, when)
        log.append((entry.grade, entry.reviewed_at))
    return log, state


def test_replay_equals_reviewing_one_by_one() -> None:
    grades = [(2, START), (4, START + timedelta(minutes=10)), (3, START + timedelta(days=1)), (5, START + timedelta(days=5))]
    state = None
    for grade, when in grades:
        state, _ = fsrs_review(state, grade, when)
    assert replay_fsrs(grades) == state
    assert replay_fsrs(iter(grades)) == state


def test_replay_of_no_reviews_is_a_new_card() -> None:
    assert replay_fsrs([]) is None
    assert recompute_with_fsrs([]) == (None, Sm2State())


def test_switch_keeps_sm2_ef_and_takes_the_schedule_from_fsrs() -> None:
    local = [
        (5, datetime(2026, 3, 1, 9, 0)),
        (2, datetime(2026, 3, 2, 9, 0)),
        (3, datetime(2026, 3, 2, 9, 5)),  # same-day repeat: SM-2 logs it, FSRS learns from it
        (4, datetime(2026, 3, 2, 9, 15)),
        (4, datetime(2026, 3, 3, 9, 0)),
    ]
    log, sm2 = sm2_log(local)
    fsrs_state, shown = recompute_with_fsrs(log)
    assert fsrs_state == replay_fsrs(log)
    assert fsrs_state is not None
    assert shown == Sm2State(
        repetitions=5,  # every review FSRS saw, repeats included
        ef_milli=sm2.ef_milli,
        interval=(fsrs_state.due_day - date(2026, 3, 3)).days,
        due=fsrs_state.due_day,
        lapses=1,
        last_review=date(2026, 3, 3),
        repeat_pending_on=None,
    )
    assert sm2.ef_milli == 2280 and shown.interval >= 1


def test_as_sm2_state_of_a_card_owing_a_step() -> None:
    state, _ = fsrs_review(None, 0, START)
    shown = as_sm2_state(state, 1700)
    assert (shown.repetitions, shown.ef_milli, shown.interval, shown.due) == (1, 1700, 0, date(2026, 3, 1))
    assert shown.repeat_pending_on == date(2026, 3, 1) and not shown.is_new


def test_as_sm2_state_of_no_state_is_new() -> None:
    assert as_sm2_state(None) == Sm2State(ef_milli=EF_START)


def test_preview_intervals() -> None:
    assert fsrs_preview_intervals(None, START) == {0: 0, 1: 0, 2: 0, 3: 0, 4: 2, 5: 8}
    state = replay_fsrs([(4, START)])
    assert state is not None
    preview = fsrs_preview_intervals(state, state.due)
    assert preview[0] == 0 and preview[3] < preview[4] < preview[5]
    assert replay_fsrs([(4, START)]) == state  # previewing changes nothing


# ---- properties -------------------------------------------------------------------------------

histories = st.lists(
    st.tuples(st.integers(min_value=0, max_value=5), st.integers(min_value=0, max_value=60 * 24 * 400)),
    min_size=1,
    max_size=25,
)


def timeline(history: list[tuple[int, int]]) -> list[tuple[int, datetime]]:
    when = START
    out = []
    for grade, gap in history:
        when += timedelta(minutes=gap)
        out.append((grade, when))
    return out


@given(histories)
def test_state_stays_in_range_and_round_trips(history: list[tuple[int, int]]) -> None:
    state = None
    for grade, when in timeline(history):
        before = state
        state, due_day = fsrs_review(state, grade, when)
        assert state.stability > 0
        assert 1 <= state.difficulty <= 10
        assert due_day >= state.last_day
        assert (state.phase == "review") == (state.step is None)
        if state.phase == "review":
            assert due_day > state.last_day
        assert state.reps == (before.reps if before else 0) + 1
        assert FsrsState.from_dict(json.loads(json.dumps(state.to_dict()))) == state
    assert replay_fsrs(timeline(history)) == state


@given(histories)
def test_shown_schedule_is_consistent(history: list[tuple[int, int]]) -> None:
    state = replay_fsrs(timeline(history))
    assert state is not None
    shown = as_sm2_state(state)
    assert shown.due == shown.last_review + timedelta(days=shown.interval)
    assert (shown.repeat_pending_on is not None) == (shown.interval == 0)
    assert replace(shown, ef_milli=1300) == as_sm2_state(state, 1300)
