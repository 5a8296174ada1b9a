"""All keys of the review app, in a modal."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from srs.core.sm2 import GRADE_LEGEND

KEYS: list[tuple[str, str]] = [
    ("space / enter", "show the answer"),
    *[(str(grade), f"grade {grade}: {meaning}") for grade, meaning in GRADE_LEGEND.items()],
    ("u", "undo the last grade (again and again)"),
    ("s", "suspend the card"),
    ("b", "bury the card until tomorrow"),
    ("e", "open the note at the card's line in $EDITOR"),
    ("t", "statistics"),
    ("?", "this help"),
    ("q", "quit (every grade is already saved)"),
]


class HelpScreen(ModalScreen[None]):
    """Lists every key; any of escape, ? or q closes it."""

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
    }
    HelpScreen #help {
        width: 64;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: round $accent;
        border-title-color: $accent;
        border-subtitle-color: $text-muted;
        background: $surface;
        padding: 0 2;
    }
    """
    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("question_mark", "close", "Close", show=False),
        Binding("q", "close", "Close", show=False),
    ]

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for key, meaning in KEYS:
            table.add_row(Text(key), Text(meaning))
        with Vertical(id="help"):
            yield Static(table)

    def on_mount(self) -> None:
        panel = self.query_one("#help")
        panel.border_title = Content("Keys")
        panel.border_subtitle = Content("escape to close")

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
