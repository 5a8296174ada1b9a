"""Statistics: reviews per day as a heatmap, the 30-day forecast, retention by interval.

The numbers and plain plots come from ``srs.core.stats``; this screen only lays them out and
colours them with theme styles, sized to the terminal.
"""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from srs.core import stats
from srs.service import StatsData

MAX_WEEKS = 26  # about six months
CELL = 2  # characters per heatmap cell: square-ish in most terminal fonts


class Heatmap(Widget):
    """Reviews per day, one column per week (newest right), one row per weekday."""

    DEFAULT_CSS = """
    Heatmap {
        height: 9;
        padding: 0 1;
    }
    Heatmap > .heatmap--cell {
        color: $accent;
    }
    Heatmap > .heatmap--empty {
        color: $text-muted;
    }
    Heatmap > .heatmap--label {
        color: $text-muted;
    }
    """
    COMPONENT_CLASSES = {"heatmap--cell", "heatmap--empty", "heatmap--label"}
    data: reactive[StatsData | None] = reactive(None)

    def weeks(self) -> int:
        """How many weeks fit the widget's width (at most ``MAX_WEEKS``)."""
        return max(4, min(MAX_WEEKS, (self.size.width - 5) // CELL))

    def render(self) -> Text:
        if self.data is None:
            return Text("")
        today = self.data.today
        weeks = self.weeks()
        # Whole weeks ending with today's week, so columns line up Monday..Sunday.
        first = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
        per_day = stats.reviews_per_day(self.data.review_days, today, (today - first).days + 1)
        rows = stats.heatmap_rows(per_day)
        cell = self.get_component_rich_style("heatmap--cell")
        empty = self.get_component_rich_style("heatmap--empty")
        label = self.get_component_rich_style("heatmap--label")
        out = Text(no_wrap=True, overflow="crop")
        for index, (weekday, row) in enumerate(zip(stats.WEEKDAYS, rows)):
            if index:
                out.append("\n")
            out.append(f"{weekday} ", label)
            for column, shade in enumerate(row):
                day = first + timedelta(weeks=column, days=index)
                if day > today:
                    out.append(" " * CELL)
                elif shade == " ":
                    out.append("·".ljust(CELL), empty)
                else:
                    out.append(shade * CELL, cell)
        out.append("\n")
        out.append_text(self._months(first, weeks, label))
        total = sum(count for _, count in per_day)
        out.append("\n")
        out.append(f"    {total} reviews in {weeks} weeks · less ", label)
        for shade in stats.SHADES[1:]:
            out.append(shade, cell)
        out.append(" more", label)
        return out

    @staticmethod
    def _months(first: date, weeks: int, style) -> Text:  # type: ignore[no-untyped-def]
        """Month names under the week in which each month starts."""
        line = [" "] * (4 + weeks * CELL + 3)
        for column in range(weeks):
            monday = first + timedelta(weeks=column)
            sunday = monday + timedelta(days=6)
            if column == 0 or sunday.month != monday.month or monday.day == 1:
                month = sunday if (column and sunday.month != monday.month) else monday
                name = month.strftime("%b")
                start = 4 + column * CELL
                if all(ch == " " for ch in line[max(0, start - 1) : start + len(name)]):
                    line[start : start + len(name)] = list(name)
        return Text("".join(line).rstrip(), style)


class BarBlock(Widget):
    """A heading and ``stats.bar_chart`` lines sized to the widget."""

    DEFAULT_CSS = """
    BarBlock {
        height: auto;
        width: 1fr;
        padding: 0 1;
    }
    BarBlock > .bar-block--bar {
        color: $primary;
    }
    BarBlock > .bar-block--heading {
        text-style: bold;
    }
    BarBlock > .bar-block--note {
        color: $text-muted;
    }
    """
    COMPONENT_CLASSES = {"bar-block--bar", "bar-block--heading", "bar-block--note"}

    def __init__(self, heading: str, values: list[tuple[str, int | None]], suffixes: list[str] | None = None, note: str = "", id: str | None = None) -> None:
        super().__init__(id=id)
        self.heading = heading
        self.values = values
        self.suffixes = suffixes or [""] * len(values)
        self.note = note

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        return 1 + len(self.values) + (1 if self.note else 0)

    def render(self) -> Text:
        out = Text(no_wrap=True, overflow="ellipsis")
        out.append(self.heading, self.get_component_rich_style("bar-block--heading"))
        suffix_width = max((len(s) for s in self.suffixes), default=0)
        label_width = max((len(label) for label, _ in self.values), default=0)
        # Rows without a value (None) get no bar; the others share one scale.
        known = [(label.ljust(label_width), value) for label, value in self.values if value is not None]
        charted = iter(stats.bar_chart(known, max(10, self.size.width - suffix_width)))
        bar = self.get_component_rich_style("bar-block--bar")
        note = self.get_component_rich_style("bar-block--note")
        for (label, value), suffix in zip(self.values, self.suffixes):
            out.append("\n")
            if value is None:
                out.append(label.ljust(label_width) + " ")
                out.append(suffix.strip(), note)
                continue
            line = next(charted)
            # bar_chart lines are "label bar value": colour only the bar part.
            head, body = line[: label_width + 1], line[label_width + 1 :]
            cut = len(body.rstrip("0123456789 ")) if body.strip() else 0
            out.append(head)
            out.append(body[:cut], bar)
            out.append(body[cut:])
            out.append(suffix, note)
        if self.note:
            out.append("\n")
            out.append(self.note, note)
        return out


def forecast_groups(data: StatsData) -> list[tuple[str, int]]:
    """The 30-day forecast in rows that fit a small screen: today, tomorrow, then by week."""
    days = stats.forecast(data.due_days, data.today, 30)
    counts = [count for _, count in days]
    groups = [("today", 0, 1), ("tomorrow", 1, 2), ("days 3-7", 2, 7), ("week 2", 7, 14), ("week 3", 14, 21), ("week 4", 21, 28), ("days 29-30", 28, 30)]
    return [(label, sum(counts[start:end])) for label, start, end in groups]


class StatsScreen(Screen[None]):
    """Reached with ``t`` from the review and from the summary; escape goes back."""

    DEFAULT_CSS = """
    StatsScreen #title {
        dock: top;
        height: 1;
        background: $panel;
        padding: 0 1;
    }
    StatsScreen #body {
        padding: 0 1;
    }
    StatsScreen .heading {
        text-style: bold;
        padding: 0 1;
    }
    StatsScreen #lower {
        height: auto;
        margin-top: 1;
    }
    """
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("t", "back", "Back", show=False),
        Binding("backspace", "back", "Back", show=False),
    ]

    def __init__(self, data: StatsData) -> None:
        super().__init__()
        self.data = data

    def compose(self) -> ComposeResult:
        data = self.data
        buckets = stats.retention_by_interval(data.retention_pairs)
        overall = stats.overall_retention(buckets)
        title = Text("Statistics", "bold")
        title.append(f" · {data.total_reviews} reviews · {data.cards} cards · retention ")
        title.append("—" if overall is None else f"{round(100 * overall)}%")
        yield Static(title, id="title")
        with VerticalScroll(id="body"):
            yield Static(Text("Reviews per day"), classes="heading")
            heatmap = Heatmap(id="heatmap")
            heatmap.data = data
            yield heatmap
            with Horizontal(id="lower"):
                groups = forecast_groups(data)
                yield BarBlock(
                    "Due in the next 30 days",
                    groups,
                    note=f"{sum(count for _, count in groups)} in all",
                    id="forecast",
                )
                yield BarBlock(
                    "Retention by interval",
                    [(bucket.label, None if bucket.retention is None else round(100 * bucket.retention)) for bucket in buckets],
                    suffixes=[f"% of {bucket.reviews}" if bucket.reviews else "no reviews yet" for bucket in buckets],
                    note="reviews of known cards graded 3+",
                    id="retention",
                )
        yield Footer()

    def action_back(self) -> None:
        """Back to where the stats were opened from."""
        self.dismiss(None)

