"""``srs stats``: reviews per day (heatmap), the due forecast and retention by interval."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from srs.cli_output import echo_json

if TYPE_CHECKING:
    from srs.cli import AppContext


@click.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
@click.option("--days", default=120, show_default=True, type=click.IntRange(7, 3650), help="How many days of history the heatmap covers.")
@click.pass_obj
def stats(obj: "AppContext", as_json: bool, days: int) -> None:
    """Reviews per day (heatmap), the 30-day forecast of due cards and retention by interval.

    \b
    Example:
      srs stats
    """
    from srs.core import stats as charts

    data = obj.service().stats_data()
    per_day = charts.reviews_per_day(data.review_days, data.today, days)
    due = charts.forecast(data.due_days, data.today, 30)
    buckets = charts.retention_by_interval(data.retention_pairs)
    if as_json:
        echo_json({
            "today": data.today.isoformat(),
            "reviews": data.total_reviews,
            "cards": data.cards,
            "reviews_per_day": [{"day": d.isoformat(), "reviews": n} for d, n in per_day if n],
            "forecast": [{"day": d.isoformat(), "due": n} for d, n in due],
            "retention": [{"interval": b.label, "reviews": b.reviews, "passed": b.passed, "retention": b.retention} for b in buckets],
            "overall_retention": charts.overall_retention(buckets),
        })
        return
    overall = charts.overall_retention(buckets)
    click.echo(f"{data.cards} cards, {data.total_reviews} reviews" + (f", {overall:.0%} remembered" if overall is not None else ""))
    click.echo(f"\nReviews per day, last {days} days (darker: more):")
    for label, row in zip(charts.WEEKDAYS, charts.heatmap_rows(per_day)):
        click.echo(f"  {label} {row}")
    click.echo("\nDue in the next 30 days:")
    weekly = [(f"{d:%a %d %b}", n) for d, n in due[:14]]
    for line in charts.bar_chart(weekly, 60):
        click.echo(f"  {line}")
    click.echo("\nRetention by interval:")
    for bucket in buckets:
        share = f"{bucket.retention:.0%}" if bucket.retention is not None else "-"
        click.echo(f"  {bucket.label:>7}  {share:>4}  ({bucket.reviews} reviews)")
