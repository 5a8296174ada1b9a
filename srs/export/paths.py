"""Where a package goes, and under which names media files travel inside it."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

# Characters that are separators, reserved on some file system, or awkward in a shell or a URL.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\<>:"|?*#%\[\]^]')
_SPACES = re.compile(r"\s+")
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
# File names are limited to 255 bytes on common file systems; leave room for ".apkg" and for the
# ".tmp" name the package is first written under.
_MAX_NAME_BYTES = 180


def safe_file_stem(name: str, fallback: str = "deck") -> str:
    """A file name stem made from free text: no separators, no reserved names, bounded length."""
    text = unicodedata.normalize("NFC", name).replace("::", " - ")
    text = _UNSAFE.sub("_", text)
    text = _SPACES.sub(" ", text).strip(" .")
    if not text:
        text = fallback
    if text.split(".", 1)[0].upper() in _WINDOWS_RESERVED:
        text = "_" + text
    encoded = text.encode("utf-8")
    if len(encoded) > _MAX_NAME_BYTES:
        text = encoded[:_MAX_NAME_BYTES].decode("utf-8", "ignore").rstrip(" .") or fallback
    return text


def package_path(export_dir: Path, deck_name: str) -> Path:
    """``<export_dir>/<safe file name from deck_name>.apkg``.

    The name never leaves ``export_dir`` whatever ``deck_name`` holds (``../``, ``/``, NUL,
    reserved device names, very long names): it is always one plain file name.
    """
    return Path(export_dir) / f"{safe_file_stem(deck_name)}.apkg"


def media_names(files: Iterable[Path]) -> dict[Path, str]:
    """The name each media file gets in the package.

    A file keeps its own (cleaned) name unless another file in the same export has that name
    (compared case-insensitively, as on macOS and Windows) with different content: then each of
    those gets a short content hash before the extension, so no image replaces another.
    """
    unique = sorted(set(files))
    digests = {path: _content_digest(path) for path in unique}
    by_name: dict[str, set[str]] = {}
    for path in unique:
        by_name.setdefault(_clean_media_name(path.name).lower(), set()).add(digests[path])
    names: dict[Path, str] = {}
    for path in unique:
        clean = _clean_media_name(path.name)
        if len(by_name[clean.lower()]) > 1:
            stem, dot, ext = clean.rpartition(".")
            if not dot:
                stem, ext = clean, ""
            clean = f"{stem}-{digests[path][:10]}" + (f".{ext}" if dot else "")
        names[path] = clean
    return names


def _clean_media_name(name: str) -> str:
    return safe_file_stem(name, fallback="media").replace(" - ", "-")


def _content_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
