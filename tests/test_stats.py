"""Review statistics: small exact examples of what `srs stats` and the stats screen show."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from srs.core.stats import (
    SHADES,
    WEEKDAYS,
    RetentionBucket,
    bar_chart,
    forecast,
    heatmap_levels,
    heatmap_rows,
    overall_retention,
    retention_by_interval,
    reviews_per_day,
)

TODAY = date(2026, 3, 10)  # a Tuesday


def d(day: int) -> date:
    return date(2026, 3, day)


# ---- reviews per day -------------------------------------------------------------------------


def test_reviews_per_day_counts_each_day_oldest_first() -> None:
    logged = [d(10), d(10), d(8), d(10), d(7), d(1)]  # 1 March is outside the window
    assert reviews_per_day(logged, TODAY, days=4) == [(d(7), 1), (d(8), 1), (d(9), 0), (d(10), 3)]


def test_reviews_per_day_default_window_is_120_days_ending_today() -> None:
    result = reviews_per_day([TODAY - timedelta(days=119), TODAY - timedelta(days=120)], TODAY)
    assert len(result) == 120
    assert result[0] == (TODAY - timedelta(days=119), 1)
    assert result[-1] == (TODAY, 0)
    assert sum(count for _, count in result) == 1


def test_reviews_per_day_ignores_days_after_today_and_empty_windows() -> None:
    assert reviews_per_day([d(11)], TODAY, days=2) == [(d(9), 0), (d(10), 0)]
    assert reviews_per_day([d(10)], TODAY, days=0) == []


# ---- heatmap ---------------------------------------------------------------------------------


def test_heatmap_rows_are_weekdays_and_columns_are_weeks() -> None:
    # Wed 4 March .. Tue 10 March: two weeks, Monday 2 and Monday 9
    per_day = reviews_per_day(
        [d(5)] + [d(6)] * 2 + [d(7)] * 3 + [d(8)] * 4 + [d(10)] * 8, TODAY, days=7
    )
    assert heatmap_levels(per_day) == [
        [None, 0],  # Mon: 2 March is outside the window; 9 March had no reviews
        [None, 4],  # Tue: 8 reviews today
        [0, None],  # Wed
        [1, None],  # Thu: 1 review, the quietest fifth of active days
        [2, None],
        [3, None],
        [4, None],  # Sun: 4 reviews, among the busiest
    ]
    assert heatmap_rows(per_day) == ["  ", " █", "  ", "░ ", "▒ ", "▓ ", "█ "]


def test_heatmap_newest_week_is_on_the_right() -> None:
    rows = heatmap_rows(reviews_per_day([TODAY], TODAY, days=28))
    assert len(rows) == len(WEEKDAYS) == 7
    assert {len(row) for row in rows} == {5}  # 28 days from a Wednesday span five weeks
    assert rows[TODAY.weekday()][-1] == SHADES[4]
    assert all(cell == " " for row in rows for cell in row[:-1])


def test_heatmap_equal_counts_share_a_shade_and_the_top_is_darkest() -> None:
    per_day = [(d(2), 3), (d(3), 3), (d(4), 3), (d(5), 0)]
    assert heatmap_rows(per_day) == ["█", "█", "█", " ", " ", " ", " "]


def test_heatmap_of_nothing() -> None:
    assert heatmap_rows([]) == [""] * 7
    # Sun 8 to Tue 10 March: two week columns, all blank
    assert heatmap_rows(reviews_per_day([], TODAY, days=3)) == ["  "] * 7


# ---- forecast --------------------------------------------------------------------------------


def test_forecast_counts_overdue_on_today() -> None:
    due = [d(1), d(9), d(10), d(11), d(11), d(13), d(20)]
    assert forecast(due, TODAY, days=4) == [(d(10), 3), (d(11), 2), (d(12), 0), (d(13), 1)]


def test_forecast_default_is_30_days_from_today() -> None:
    result = forecast([TODAY + timedelta(days=29), TODAY + timedelta(days=30)], TODAY)
    assert [day for day, _ in result] == [TODAY + timedelta(days=i) for i in range(30)]
    assert result[-1] == (TODAY + timedelta(days=29), 1)
    assert sum(count for _, count in result) == 1


# ---- retention -------------------------------------------------------------------------------


def test_retention_by_interval_buckets() -> None:
    reviews = [
        (1, 5), (1, 2), (0, 4),  # 1d
        (3, 3), (6, 1),  # 2-6d
        (7, 4), (20, 0),  # 7-20d
        (21, 5), (59, 5),  # 21-59d
        (60, 2), (400, 5),  # 60d+
    ]  # fmt: skip
    buckets = retention_by_interval(reviews)
    assert [(b.label, b.reviews, b.passed) for b in buckets] == [
        ("1d", 3, 2),
        ("2-6d", 2, 1),
        ("7-20d", 2, 1),
        ("21-59d", 2, 2),
        ("60d+", 2, 1),
    ]
    assert [b.retention for b in buckets] == [pytest.approx(2 / 3), 0.5, 0.5, 1.0, 0.5]
    assert overall_retention(buckets) == pytest.approx(7 / 11)


def test_grade_three_counts_as_remembered_and_two_does_not() -> None:
    [one_day, *_] = retention_by_interval([(1, 3), (1, 2)])
    assert one_day == RetentionBucket("1d", 0, 1, reviews=2, passed=1)


def test_empty_buckets_are_listed_without_a_retention() -> None:
    buckets = retention_by_interval([])
    assert [b.label for b in buckets] == ["1d", "2-6d", "7-20d", "21-59d", "60d+"]
    assert all(b.retention is None for b in buckets)
    assert overall_retention(buckets) is None
    assert buckets[-1].high is None and buckets[1].low == 2


# ---- bar chart -------------------------------------------------------------------------------


def test_bar_chart_scales_to_the_largest_value() -> None:
    lines = bar_chart([("1d", 10), ("2-6d", 5), ("7-20d", 3), ("60d+", 0)], width=21)
    assert lines == [
        "1d    ████████████ 10",
        "2-6d  ██████        5",
        "7-20d ███▋          3",  # 3/10 of 12 cells = 3.6 cells, to the nearest eighth
        "60d+                0",
    ]
    assert {len(line) for line in lines} == {21}


def test_bar_chart_keeps_small_values_visible() -> None:
    assert bar_chart([("a", 1000), ("b", 1)], width=11) == ["a ████ 1000", "b ▏       1"]


def test_bar_chart_narrow_width_still_draws_a_cell() -> None:
    assert bar_chart([("label", 5)], width=3) == ["label █ 5"]


def test_bar_chart_of_nothing_and_of_zeros() -> None:
    assert bar_chart([], width=40) == []
    assert bar_chart([("x", 0), ("y", 0)], width=6) == ["x    0", "y    0"]
