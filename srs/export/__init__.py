"""Anki export: the only user of genanki.

``write_package`` writes cards as an Anki package (.apkg), optionally with their SM-2 progress;
``package_path`` says where a deck's package goes by default. genanki itself is imported only
when a package is written.
"""

from srs.export.anki import ExportResult, write_package
from srs.export.paths import package_path

__all__ = ["ExportResult", "package_path", "write_package"]
