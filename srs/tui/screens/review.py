"""The review screen: one card at a time, reveal, grade, undo, suspend, bury, edit."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Button, Footer

from srs.errors import SrsError
from srs.review_session import ReviewSession
from srs.tui.widgets import CardPanel, GradeBar, StatusBar


class ReviewScreen(Screen[None]):
    """Walks the session's queue. Every grade is saved by the service before the next card shows."""

    BINDINGS = [
        Binding("space", "reveal", "Show", key_display="space"),
        Binding("enter", "reveal", "Show", show=False),
        *[Binding(str(grade), f"grade({grade})", f"Grade {grade}", show=False) for grade in range(6)],
        Binding("u", "undo", "Undo"),
        Binding("s", "suspend", "Suspend"),
        Binding("b", "bury", "Bury"),
        Binding("e", "edit", "Edit"),
    ]

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self.revealed = False

    def compose(self) -> ComposeResult:
        yield StatusBar()
        yield CardPanel()
        yield GradeBar()
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(StatusBar).deck = self.session.deck or ""
        self._advance()

    # -- showing --------------------------------------------------------------------------

    def _advance(self) -> None:
        """Show the next card of the queue, or the summary when there is none."""
        card = self._call(self.session.next_card)
        self.revealed = False
        self._refresh_view()
        if card is None and self.session.current is None:
            self.app.show_summary()  # type: ignore[attr-defined]

    def _refresh_view(self) -> None:
        """Push the session's state down into the widgets."""
        card = self.session.current
        counts = self._call(self.session.counts)
        if counts is not None:
            self.query_one(StatusBar).left = (counts.new, counts.learning, counts.due)
        self.query_one(CardPanel).show(card, self.revealed)
        preview = self._call(self.session.preview) if card is not None and self.revealed else None
        self.query_one(GradeBar).show(self.revealed, preview, enabled=card is not None)
        self.refresh_bindings()

    def _call(self, fn, *args):  # type: ignore[no-untyped-def]
        """Run a service call; an SrsError becomes an error notification, never a crash."""
        try:
            return fn(*args)
        except SrsError as error:
            self.app.notify(str(error), severity="error", markup=False)
            return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out keys that make no sense right now (grades before the answer shows)."""
        card = self.session.current
        if action == "reveal":
            return True if card is not None and not self.revealed else None
        if action == "grade":
            return True if card is not None and self.revealed else None
        if action in ("suspend", "bury", "edit"):
            return True if card is not None else None
        return True

    # -- actions (keys and buttons) -------------------------------------------------------

    def action_reveal(self) -> None:
        """Show the answer in place."""
        if self.session.current is None or self.revealed:
            return
        self.revealed = True
        self._refresh_view()

    def action_grade(self, grade: int) -> None:
        """Grade the card; the service saves it before the next card is shown."""
        if self.session.current is None or not self.revealed:
            return
        if self._call(self.session.grade, grade) is None:
            return
        self._advance()

    def action_undo(self) -> None:
        """Take back the last grade of this session; that card shows again."""
        if self._call(self.session.undo) is None:
            return
        self.revealed = False
        self._refresh_view()
        self.app.notify("Last grade undone", timeout=2)

    def action_suspend(self) -> None:
        """Suspend the card (out of reviews, history kept) and move on."""
        card = self.session.current
        if card is None or self._call(self.session.suspend) is None:
            return
        self.app.notify("Card suspended (srs unsuspend " + card.id + " brings it back)", timeout=3, markup=False)
        self._advance()

    def action_bury(self) -> None:
        """Bury the card until the next review day and move on."""
        if self.session.current is None or self._call(self.session.bury) is None:
            return
        self.app.notify("Card buried until tomorrow", timeout=2)
        self._advance()

    def action_edit(self) -> None:
        """Open the card's note at its line in the editor, then rescan the note."""
        card = self.session.current
        if card is None:
            return
        self.app.edit_note(card)  # type: ignore[attr-defined]

    def after_edit(self) -> None:
        """Called by the app when the editor has closed and the note was rescanned."""
        if self.session.current is None:
            return
        card = self._call(self.session.reload_current)
        if card is None and self.session.current is None:
            self.app.notify("The card is gone from the note; on to the next one", timeout=3)
            self._advance()
            return
        self._refresh_view()

    def undo_from_summary(self) -> None:
        """The summary asked to undo: take back the last grade and show that card."""
        self.action_undo()

    @on(Button.Pressed, "#reveal")
    def _reveal_pressed(self) -> None:
        self.action_reveal()

    @on(Button.Pressed, "#grades Button")
    def _grade_pressed(self, event: Button.Pressed) -> None:
        grade = int((event.button.id or "grade-0").rsplit("-", 1)[1])
        self.action_grade(grade)
