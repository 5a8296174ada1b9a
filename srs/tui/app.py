"""The review app: screens, global keys, and the editor round trip."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Callable

from textual.app import App, SuspendNotSupported
from textual.binding import Binding

from srs.core.model import Card
from srs.errors import SrsError
from srs.review_session import ReviewSession
from srs.tui.editor import editor_command, editor_setting, run_editor
from srs.tui.screens.help import HelpScreen
from srs.tui.screens.review import ReviewScreen
from srs.tui.screens.summary import SummaryScreen

if TYPE_CHECKING:
    from srs.service import Service


class ReviewApp(App[None]):
    """Today's review. The service saves every grade; quitting at any moment loses nothing."""

    TITLE = "srs review"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("t", "stats", "Stats"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, service: "Service", deck: str | None = None, timer: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.service = service
        self.session = ReviewSession(service, deck, timer=timer)
        self.review_screen = ReviewScreen(self.session)

    def on_mount(self) -> None:
        self.push_screen(self.review_screen)

    # -- screens --------------------------------------------------------------------------

    def show_summary(self) -> None:
        """The queue is empty: show what the session did (undo from there goes back)."""
        try:
            summary = self.session.summary()
            counts = self.service.counts(self.session.deck)
        except SrsError as error:
            self.notify(str(error), severity="error", markup=False)
            return

        def closed(result: str | None) -> None:
            if result == "undo":
                self.review_screen.undo_from_summary()

        self.push_screen(SummaryScreen(summary, counts, can_undo=bool(self.session.history)), closed)

    def action_stats(self) -> None:
        """Open the statistics screen."""
        from srs.tui.screens.stats import StatsScreen

        if isinstance(self.screen, StatsScreen):
            return
        try:
            data = self.service.stats_data()
        except SrsError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.push_screen(StatsScreen(data))

    def action_help(self) -> None:
        """Show every key."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    # -- the editor -----------------------------------------------------------------------

    def edit_note(self, card: Card) -> None:
        """Open the card's note at its line, wait for the editor, then rescan the note."""
        try:
            path = self.service.source_path(card)
        except SrsError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        argv = editor_command(editor_setting(self.service.config.editor), path, card.line)
        try:
            try:
                with self.suspend():
                    code = run_editor(argv)
            except SuspendNotSupported:
                # No terminal to hand over (a headless run): run the editor without one.
                code = run_editor(argv, interactive=False)
        except OSError as error:
            self.notify(
                f"cannot start the editor '{argv[0]}': {error.strerror or error}; set $EDITOR or 'editor:' in config.yaml",
                severity="error",
                markup=False,
            )
            return
        if code != 0:
            self.notify(f"the editor '{argv[0]}' exited with code {code}; rescanning the note anyway", severity="warning", markup=False)
        try:
            report = self.service.rescan_note(card.note).to_json()
        except SrsError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        changes = ", ".join(f"{report[key]} {key}" for key in ("added", "updated", "retired") if report.get(key))
        self.notify(f"Rescanned {card.note}: " + (changes or "no card changed"), timeout=3, markup=False)
        for warning in report.get("warnings", []):
            self.notify(f"{warning.get('path')}: {warning.get('message')}", severity="warning", markup=False)
        self.review_screen.after_edit()
