"""The one exception tree of srs.

Every error a user can cause is an ``SrsError``; its message names the file, key or card involved
and says how to fix it. The CLI prints it as one line and exits with code 2; the TUI shows it as a
notification. Anything else that escapes is a bug.
"""

from __future__ import annotations


class SrsError(Exception):
    """Base of every error a user can cause and fix."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigError(SrsError):
    """The config file is missing, unreadable, not YAML, or has a bad key or value."""


class VaultError(SrsError):
    """The vault folder is missing or unreadable."""


class CardNotFound(SrsError):
    """No card has the id the user gave."""


class InvalidGrade(SrsError):
    """A grade outside 0-5."""


class NothingToUndo(SrsError):
    """``undo`` was asked for with no review left to take back."""


class StorageError(SrsError):
    """The database cannot be opened or written (disk full, read-only, corrupt, locked)."""


class ExportError(SrsError):
    """An Anki package cannot be written where asked."""


class CronError(SrsError):
    """The crontab cannot be read or written, or no cron is installed."""


class UsageError(SrsError):
    """A command-line argument that makes no sense (a bad --now, a bad time of day)."""
