"""Widgets of the review screen. They hold no service: the screen sets their attributes (data
down) and they post messages or Button.Pressed events (actions up)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Button, Static

from srs.core.model import Card
from srs.tui.cardtext import card_text, emphasis
from srs.tui.formatting import interval_label, legend_items


class StatusBar(Widget):
    """One line: the deck on the left, what is left today on the right."""

    DEFAULT_CSS = """
    StatusBar {
        dock: top;
        height: 1;
        background: $panel;
        color: $foreground;
        padding: 0 1;
    }
    """
    COMPONENT_CLASSES = {"status-bar--deck", "status-bar--new", "status-bar--learning", "status-bar--due"}
    deck: reactive[str] = reactive("")
    left: reactive[tuple[int, int, int]] = reactive((0, 0, 0))

    def render(self) -> Text:
        new, learning, due = self.left
        counts = Text()
        counts.append("new ")
        counts.append(str(new), self.get_component_rich_style("status-bar--new"))
        counts.append(" · learning ")
        counts.append(str(learning), self.get_component_rich_style("status-bar--learning"))
        counts.append(" · due ")
        counts.append(str(due), self.get_component_rich_style("status-bar--due"))
        deck = Text("srs · ")
        deck.append(self.deck or "all decks", self.get_component_rich_style("status-bar--deck"))
        room = max(1, self.size.width - len(counts) - len(deck))
        if room < 2:
            deck.truncate(max(4, self.size.width - len(counts) - 2), overflow="ellipsis")
            room = max(1, self.size.width - len(counts) - len(deck))
        return Text.assemble(deck, " " * room, counts)


class CardView(Widget):
    """The card: its sentence with gaps, or with the answers highlighted once revealed."""

    DEFAULT_CSS = """
    CardView {
        height: auto;
        padding: 1 2;
    }
    CardView > .card-view--gap {
        color: $accent;
        text-style: bold;
    }
    CardView > .card-view--answer {
        background: $accent 25%;
        color: $text;
        text-style: bold underline;
    }
    """
    COMPONENT_CLASSES = {"card-view--gap", "card-view--answer"}
    card: reactive[Card | None] = reactive(None, layout=True)
    revealed: reactive[bool] = reactive(False, layout=True)

    def render(self) -> Text:
        if self.card is None:
            return Text("")
        return card_text(
            self.card.text,
            self.revealed,
            gap_style=self.get_component_rich_style("card-view--gap", partial=True),
            answer_style=self.get_component_rich_style("card-view--answer", partial=True),
        )


class CardPanel(Vertical):
    """The bordered card: deck as title, source note and line as subtitle, context below."""

    DEFAULT_CSS = """
    CardPanel {
        height: 1fr;
        border: round $primary;
        border-title-color: $primary;
        border-subtitle-color: $text-muted;
        padding: 0 1;
        overflow-y: auto;
        align: center middle;
    }
    CardPanel #context {
        color: $text-muted;
        padding: 0 2;
        display: none;
    }
    CardPanel.-revealed #context {
        display: block;
    }
    """

    def compose(self) -> ComposeResult:
        yield CardView(id="card-view")
        yield Static(id="context")

    def show(self, card: Card | None, revealed: bool) -> None:
        """Show ``card`` (question side, or answer side when ``revealed``)."""
        view = self.query_one(CardView)
        view.card = card
        view.revealed = revealed
        self.set_class(revealed, "-revealed")
        if card is None:
            self.border_title = None
            self.border_subtitle = None
            self.query_one("#context", Static).update("")
            return
        # Content(...) is literal text: note names and decks are never parsed as markup.
        self.border_title = Content(card.deck)
        source = f"{card.note}:{card.line}"
        if card.leech:
            source = "leech · " + source
        self.border_subtitle = Content(source)
        context = Text()
        if card.title:
            context.append(card.title, "bold")
        if card.context and card.context.strip() != card.title.strip():
            if context:
                context.append("\n")
            context.append_text(emphasis(card.context))
        self.query_one("#context", Static).update(context)


class GradeBar(Vertical):
    """Before the answer: a reveal button. After: six grade buttons with when each brings the
    card back, and a one-line legend."""

    DEFAULT_CSS = """
    GradeBar {
        height: auto;
        padding: 0 1;
    }
    GradeBar Button {
        min-width: 8;
        margin: 0 0;
    }
    GradeBar #reveal {
        width: 100%;
    }
    GradeBar #grades {
        height: auto;
        display: none;
    }
    GradeBar #grades Button {
        width: 1fr;
    }
    GradeBar.-revealed #grades {
        display: block;
    }
    GradeBar.-revealed #reveal {
        display: none;
    }
    GradeBar #legend {
        color: $text-muted;
        width: 100%;
        content-align: center middle;
        height: 1;
    }
    """
    VARIANTS = {0: "error", 1: "error", 2: "error", 3: "warning", 4: "primary", 5: "success"}

    def compose(self) -> ComposeResult:
        reveal = Button(Content("Show answer  (space)"), id="reveal", variant="primary")
        reveal.can_focus = False  # keys go to the screen; a focused button would eat Enter
        yield reveal
        with Horizontal(id="grades"):
            for grade, variant in self.VARIANTS.items():
                button = Button(Content(f"{grade}"), id=f"grade-{grade}", variant=variant)  # type: ignore[arg-type]
                button.can_focus = False
                yield button
        yield Static(self._legend(), id="legend")

    @staticmethod
    def _legend() -> Text:
        legend = Text(overflow="ellipsis", no_wrap=True)
        for index, (grade, meaning) in enumerate(legend_items()):
            if index:
                legend.append("  ")
            legend.append(grade, "bold")
            legend.append(f" {meaning}")
        return legend

    def show(self, revealed: bool, preview: dict[int, int] | None = None, enabled: bool = True) -> None:
        """Switch between the reveal button and the grades; label grades with ``preview``."""
        self.set_class(revealed, "-revealed")
        self.query_one("#reveal", Button).disabled = not enabled
        for grade in self.VARIANTS:
            button = self.query_one(f"#grade-{grade}", Button)
            button.disabled = not enabled
            when = interval_label(preview[grade]) if preview and grade in preview else ""
            button.label = Content(f"{grade} · {when}" if when else f"{grade}")
