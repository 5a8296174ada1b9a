"""The Textual review app. Textual is imported only when the app is made, so the CLI's other
commands (and the service) start without it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App

    from srs.service import Service


def create_app(service: "Service", deck: str | None = None, **options: Any) -> "App[None]":
    """The review app for ``deck`` (all decks when None). Shared by the CLI and the tests.

    ``options``: ``timer`` (a monotonic clock in seconds, for time spent; tests fix it).
    """
    from srs.tui.app import ReviewApp

    return ReviewApp(service, deck, **options)


def run_review(service: "Service", deck: str | None = None) -> None:
    """Run today's review in the terminal until the user quits."""
    create_app(service, deck).run()
