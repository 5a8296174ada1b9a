"""The review day: it starts at day_starts_at on the local clock, through daylight-saving nights."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from srs.core.reviewday import day_start, next_day_start, review_day
from srs.core.sm2 import Sm2State, review

BERLIN = ZoneInfo("Europe/Berlin")  # 2026: clocks go 02:00 -> 03:00 on 29 Mar, 03:00 -> 02:00 on 25 Oct
NEW_YORK = ZoneInfo("America/New_York")  # 2026: 02:00 -> 03:00 on 8 Mar, 02:00 -> 01:00 on 1 Nov
UTC = timezone.utc


@pytest.mark.parametrize(
    ("clock", "day"),
    [
        (datetime(2026, 3, 2, 0, 0), date(2026, 3, 1)),
        (datetime(2026, 3, 2, 2, 0), date(2026, 3, 1)),
        (datetime(2026, 3, 2, 3, 59, 59), date(2026, 3, 1)),
        (datetime(2026, 3, 2, 4, 0), date(2026, 3, 2)),
        (datetime(2026, 3, 2, 23, 59), date(2026, 3, 2)),
    ],
)
def test_day_starts_at_four_by_default(clock: datetime, day: date) -> None:
    assert review_day(clock) == day


def test_day_starts_at_midnight_when_asked() -> None:
    assert review_day(datetime(2026, 3, 2, 0, 0), 0) == date(2026, 3, 2)
    assert review_day(datetime(2026, 3, 1, 23, 59), 0) == date(2026, 3, 1)


def test_first_of_the_month_and_year_roll_back() -> None:
    assert review_day(datetime(2026, 1, 1, 3, 0)) == date(2025, 12, 31)


def test_aware_time_is_read_on_its_own_clock() -> None:
    instant = datetime(2026, 3, 2, 2, 30, tzinfo=UTC)  # 03:30 in Berlin, 21:30 the day before in New York
    assert review_day(instant) == date(2026, 3, 1)
    assert review_day(instant.astimezone(BERLIN)) == date(2026, 3, 1)
    assert review_day(instant.astimezone(NEW_YORK)) == date(2026, 3, 1)
    assert review_day(datetime(2026, 3, 2, 3, 0, tzinfo=UTC).astimezone(BERLIN)) == date(2026, 3, 2)


def walk(zone: ZoneInfo, start_utc: datetime, hours: int, step_minutes: int = 15) -> list[datetime]:
    """Local times every ``step_minutes`` of real time, as a clock in ``zone`` shows them."""
    steps = hours * 60 // step_minutes
    return [(start_utc + timedelta(minutes=i * step_minutes)).astimezone(zone) for i in range(steps)]


@pytest.mark.parametrize(
    ("zone", "start_utc", "day_starts_at"),
    [
        (BERLIN, datetime(2026, 3, 27, tzinfo=UTC), 4),  # spring forward
        (BERLIN, datetime(2026, 10, 23, tzinfo=UTC), 4),  # fall back
        (BERLIN, datetime(2026, 10, 23, tzinfo=UTC), 2),  # the repeated hour starts the day
        (NEW_YORK, datetime(2026, 3, 6, tzinfo=UTC), 4),
        (NEW_YORK, datetime(2026, 3, 6, tzinfo=UTC), 2),  # the day starts at a missing hour
        (NEW_YORK, datetime(2026, 10, 30, tzinfo=UTC), 4),
        (NEW_YORK, datetime(2026, 10, 30, tzinfo=UTC), 1),  # the day starts at a repeated hour
    ],
)
def test_days_change_once_at_the_wall_clock_hour_through_dst(
    zone: ZoneInfo, start_utc: datetime, day_starts_at: int
) -> None:
    clocks = walk(zone, start_utc, hours=24 * 5)
    days = [review_day(clock, day_starts_at) for clock in clocks]
    assert days == sorted(days)  # time going forward never moves the review day back
    changes = [(before, after, clock) for before, after, clock in zip(days, days[1:], clocks[1:]) if after != before]
    assert len(changes) >= 4  # five days walked: no day is skipped, none comes twice
    assert len(changes) == (days[-1] - days[0]).days
    for before, after, clock in changes:
        assert after == before + timedelta(days=1)
        # the first moment of the new day is day_starts_at o'clock, or the first moment after a
        # missing hour when that hour does not exist that night
        assert clock.date() == after
        assert clock.hour == day_starts_at or (clock.hour == day_starts_at + 1 and clock.dst())


def review_day_length(zone: ZoneInfo, day: date, day_starts_at: int = 4) -> timedelta:
    """Real time (not clock time) from the start of ``day`` to the start of the next one."""
    start = day_start(day, day_starts_at, zone).astimezone(UTC)
    end = day_start(day + timedelta(days=1), day_starts_at, zone).astimezone(UTC)
    return end - start


def test_review_days_are_23_and_25_hours_long_around_dst_in_berlin() -> None:
    assert review_day_length(BERLIN, date(2026, 3, 27)) == timedelta(hours=24)
    assert review_day_length(BERLIN, date(2026, 3, 28)) == timedelta(hours=23)
    assert review_day_length(BERLIN, date(2026, 3, 29)) == timedelta(hours=24)
    assert review_day_length(BERLIN, date(2026, 10, 24)) == timedelta(hours=25)
    assert review_day_length(BERLIN, date(2026, 10, 25)) == timedelta(hours=24)


def test_review_days_are_23_and_25_hours_long_around_dst_in_new_york() -> None:
    assert review_day_length(NEW_YORK, date(2026, 3, 7)) == timedelta(hours=23)
    assert review_day_length(NEW_YORK, date(2026, 10, 31)) == timedelta(hours=25)


def test_both_passes_of_the_repeated_hour_belong_to_the_same_day() -> None:
    first = datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN)  # CEST
    second = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN)  # CET, an hour later
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)
    assert review_day(first) == review_day(second) == date(2026, 10, 24)
    assert review_day(first, 2) == review_day(second, 2) == date(2026, 10, 25)


def test_day_start_at_a_missing_hour_is_when_the_clock_jumps() -> None:
    start = day_start(date(2026, 3, 8), 2, NEW_YORK)  # 02:00 does not exist that night
    assert start.astimezone(UTC) == datetime(2026, 3, 8, 7, 0, tzinfo=UTC)  # 01:59:59 EST + 1 s
    assert start.astimezone(UTC).astimezone(NEW_YORK).hour == 3


def test_day_start_at_a_repeated_hour_is_its_first_pass() -> None:
    start = day_start(date(2026, 11, 1), 1, NEW_YORK)
    assert start.astimezone(UTC) == datetime(2026, 11, 1, 5, 0, tzinfo=UTC)  # 01:00 EDT


def test_day_start_naive_stays_naive() -> None:
    assert day_start(date(2026, 3, 1), 4, None) == datetime(2026, 3, 1, 4, 0)


def test_next_day_start_across_fall_back_is_nine_real_hours_away() -> None:
    now = datetime(2026, 10, 24, 20, 0, tzinfo=BERLIN)
    start = next_day_start(now, 4)
    assert start.replace(tzinfo=None) == datetime(2026, 10, 25, 4, 0)
    assert start.astimezone(UTC) - now.astimezone(UTC) == timedelta(hours=9)
    assert review_day(start, 4) == date(2026, 10, 25)


def test_next_day_start_before_the_hour_is_the_same_calendar_day() -> None:
    now = datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN)  # still review day 28 March
    start = next_day_start(now, 4)
    assert start.replace(tzinfo=None) == datetime(2026, 3, 29, 4, 0)
    assert start.astimezone(UTC) - now.astimezone(UTC) == timedelta(hours=1, minutes=30)


def test_card_due_tomorrow_is_due_after_a_23_hour_night() -> None:
    card, _ = review(Sm2State(), 5, datetime(2026, 3, 28, 9, 0, tzinfo=BERLIN))
    assert card.due == date(2026, 3, 29)
    nine_next_morning = datetime(2026, 3, 29, 9, 0, tzinfo=BERLIN)  # only 23 real hours later
    assert review_day(nine_next_morning) == card.due
    after, log = review(card, 5, nine_next_morning)
    assert log.kind == "review"
    assert after.interval == 6 and after.due == date(2026, 4, 4)


def test_repeat_in_the_extra_hour_of_fall_back_is_still_the_same_day() -> None:
    failed, _ = review(Sm2State(), 1, datetime(2026, 10, 24, 23, 0, tzinfo=BERLIN))
    late = datetime(2026, 10, 25, 3, 30, tzinfo=BERLIN)  # 5.5 real hours later, still before 04:00
    _, log = review(failed, 4, late)
    assert log.kind == "repeat"
