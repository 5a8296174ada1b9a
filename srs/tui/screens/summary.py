"""The end of a session: what was done, and tomorrow's load."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from srs.review_session import SessionSummary
from srs.tui.formatting import duration_label

if TYPE_CHECKING:
    from srs.service import Counts


class SummaryScreen(Screen[str]):
    """Shown when the queue is empty. Dismisses with "undo" to take back the last grade."""

    DEFAULT_CSS = """
    SummaryScreen {
        align: center middle;
    }
    SummaryScreen #panel {
        width: 60;
        max-width: 100%;
        height: auto;
        border: round $primary;
        border-title-color: $primary;
        padding: 1 2;
    }
    SummaryScreen #message {
        color: $text-muted;
        margin-bottom: 1;
    }
    SummaryScreen #buttons {
        height: auto;
        margin-top: 1;
        align-horizontal: center;
    }
    SummaryScreen #buttons Button {
        margin: 0 1;
    }
    """
    BINDINGS = [
        Binding("u", "undo", "Undo last"),
        Binding("t", "app.stats", "Stats"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self, summary: SessionSummary, counts: "Counts | None", can_undo: bool) -> None:
        super().__init__()
        self.summary = summary
        self.counts = counts
        self.can_undo = can_undo

    def compose(self) -> ComposeResult:
        with Vertical(id="panel"):
            yield Static(self._message(), id="message")
            yield Static(self._table(), id="numbers")
            with Horizontal(id="buttons"):
                buttons = [Button(Content("Stats (t)"), id="stats", variant="primary")]
                if self.can_undo:
                    buttons.append(Button(Content("Undo last (u)"), id="undo"))
                buttons.append(Button(Content("Quit (q)"), id="quit", variant="default"))
                for button in buttons:
                    button.can_focus = False  # the keys work everywhere; no focus ring to chase
                    yield button
        yield Footer()

    def on_mount(self) -> None:
        deck = self.summary.deck or "all decks"
        self.query_one("#panel").border_title = Content(f"Done for today · {deck}")

    def _message(self) -> Text:
        counts = self.counts
        text = Text("All done: every grade is saved. " if self.summary.reviewed else "Nothing to review right now. ")
        if counts is None:
            return text
        if counts.total == 0:
            text.append("There are no cards yet: write **bold** definitions in your notes and run `srs scan`.")
        elif counts.next_due is not None:
            text.append(f"Next reviews are due on {counts.next_due.isoformat()}.")
        else:
            text.append("New cards come back tomorrow, within the daily limit.")
        return text

    def _table(self) -> Table:
        summary = self.summary
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        reviewed = Text(str(summary.cards))
        if summary.cards != summary.reviewed:
            reviewed.append(f"  ({summary.reviewed} reviews with same-day repeats)", "dim")
        table.add_row("Cards reviewed", reviewed)
        percent = summary.correct_percent
        correct = Text("—" if percent is None else f"{percent}%")
        if percent is not None:
            correct.append(f"  ({summary.correct} graded 3 or more)", "dim")
        table.add_row("Correct", correct)
        table.add_row("Time spent", duration_label(summary.seconds))
        table.add_row("Due tomorrow", str(summary.tomorrow))
        return table

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "undo":
            return True if self.can_undo else False
        return True

    def action_undo(self) -> None:
        """Back to the review screen, taking back the last grade."""
        if self.can_undo:
            self.dismiss("undo")

    @on(Button.Pressed, "#stats")
    def _stats(self) -> None:
        self.app.action_stats()  # type: ignore[attr-defined]

    @on(Button.Pressed, "#undo")
    def _undo(self) -> None:
        self.action_undo()

    @on(Button.Pressed, "#quit")
    def _quit(self) -> None:
        self.app.exit()
