"""The storage adapter: the only code that talks to SQLite."""

from srs.storage.db import Database, open_database

__all__ = ["Database", "open_database"]
