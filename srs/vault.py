"""Walking a vault on disk: which markdown files it holds, without reading them.

Skips dot-folders (.obsidian, .trash, .git, and srs's own .srs) and the config's ``ignore``
globs; follows symlinks only while they stay inside the vault and never into a loop. Problems
(a dangling link, an unreadable folder) are warnings naming the path, never a failure.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from srs.errors import VaultError

MAX_NOTE_BYTES = 20 * 1024 * 1024  # larger "notes" are not notes; they are skipped with a warning


@dataclass(frozen=True)
class VaultFile:
    """A markdown file found in the vault."""

    rel: str  # path relative to the vault, with "/"
    path: str  # absolute path as found (may be a link inside the vault); text, as Path objects
    size: int  # for 100,000 notes cost more than the rest of an unchanged rescan
    mtime_ns: int

    def read_bytes(self) -> bytes:
        """The file's contents (to the end, whatever its size is by now)."""
        return read_file(self.path, self.size)


def read_file(path: str, size: int) -> bytes:
    """The contents of the file at ``path``, which the walk saw ``size`` bytes long (to the end,
    whatever its size is by now). A module function, so a worker process can read a note from
    its path and size alone."""
    # A plain descriptor, not a buffered file object: a scan reads every note once, and the
    # object's setup cost as much as the reading. The first read asks for the size the walk
    # saw plus one byte, so a file of that size takes one read and the read that sees its end.
    fd = os.open(path, os.O_RDONLY)
    try:
        data = os.read(fd, max(size, 0) + 1)
        if not data:
            return data
        parts = [data]
        while True:
            more = os.read(fd, max(len(data), 1 << 16))
            if not more:
                break
            parts.append(more)
        return parts[0] if len(parts) == 1 else b"".join(parts)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class WalkResult:
    files: list[VaultFile]
    warnings: list[tuple[str, str]]  # (relative path, message)


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A gitignore-like glob: ``*`` within a name, ``**`` across folders; a pattern without ``/``
    matches a file or folder name at any depth."""
    pattern = pattern.strip().lstrip("./") if not pattern.startswith("**") else pattern.strip()
    anchored = "/" in pattern.rstrip("/")
    out = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif ch == "*":
            out.append("[^/]*")
            i += 1
        elif ch == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(ch))
            i += 1
    body = "".join(out).rstrip("/")
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(f"^{prefix}{body}(?:/.*)?$")


def is_ignored(rel: str, patterns: Iterable[str]) -> bool:
    """True when the vault-relative path ``rel`` matches one of the ignore globs."""
    return any(_glob_regex(p).match(rel) for p in patterns if p.strip())


def check_vault(vault: Path) -> None:
    """Raise VaultError unless ``vault`` is a readable folder."""
    if not vault.exists():
        raise VaultError(f"{vault}: the vault folder does not exist; check the 'vault' key in the config or the VAULT argument")
    if not vault.is_dir():
        raise VaultError(f"{vault}: the vault is not a folder; point 'vault' at the folder that holds your notes")
    if not os.access(vault, os.R_OK | os.X_OK):
        raise VaultError(f"{vault}: the vault folder cannot be read; check its permissions")


def _path_order(entry: os.DirEntry) -> str:
    """A folder entry's place among its siblings in the order of the relative paths under them:
    a folder sorts as its name followed by "/" ("a b/x" < "a-b.md" < "a/x" < "ab.md")."""
    try:
        return entry.name + "/" if entry.is_dir(follow_symlinks=True) else entry.name
    except OSError:
        return entry.name


def walk_vault(vault: Path, ignore: Iterable[str] = (), found: Callable[[VaultFile], None] | None = None) -> WalkResult:
    """Every ``*.md`` file under ``vault`` (sorted by relative path), with size and mtime.

    ``found`` is called with each file as soon as the walk finds it, in the order of the result,
    so a caller can start on the first files while the walk goes on."""
    check_vault(vault)
    root = vault.resolve()
    patterns = tuple(ignore)
    files: list[VaultFile] = []
    warnings: list[tuple[str, str]] = []
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()

    def inside(path: str) -> bool:
        real = os.path.realpath(path)
        return real == str(root) or real.startswith(str(root) + os.sep)

    def visit(folder: str, rel_folder: str) -> None:
        try:
            st = os.stat(folder)
        except OSError as exc:
            warnings.append((rel_folder or ".", f"cannot read this folder ({exc.strerror or exc}); skipped"))
            return
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            return  # a link back into a folder already walked: a loop or a duplicate
        seen_dirs.add(key)
        try:
            # In the order of the paths under them, so files are found in their sorted order.
            entries = sorted(os.scandir(folder), key=_path_order)
        except OSError as exc:
            warnings.append((rel_folder or ".", f"cannot read this folder ({exc.strerror or exc}); skipped"))
            return
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            rel = f"{rel_folder}/{name}" if rel_folder else name
            try:
                is_link = entry.is_symlink()
                if is_link and not inside(entry.path):
                    warnings.append((rel, "links outside the vault; not followed"))
                    continue
                if entry.is_dir(follow_symlinks=True):
                    if patterns and (is_ignored(rel + "/", patterns) or is_ignored(rel, patterns)):
                        continue
                    visit(entry.path, rel)
                    continue
                if not name.lower().endswith(".md"):
                    continue
                if patterns and is_ignored(rel, patterns):
                    continue
                info = entry.stat(follow_symlinks=True)
            except FileNotFoundError:
                warnings.append((rel, "a dangling link or a file deleted during the scan; skipped"))
                continue
            except OSError as exc:
                warnings.append((rel, f"cannot read this file ({exc.strerror or exc}); skipped"))
                continue
            if not stat.S_ISREG(info.st_mode):
                # A FIFO, socket or device named *.md: reading it could block or never end.
                warnings.append((rel, "is not a regular file (a pipe, socket or device); skipped"))
                continue
            file_key = (info.st_dev, info.st_ino)
            if file_key in seen_files:
                continue  # the same file reached twice through a link: scan it once
            seen_files.add(file_key)
            if info.st_size > MAX_NOTE_BYTES:
                warnings.append((rel, f"is {info.st_size // (1024 * 1024)} MB, too large to be a note; skipped"))
                continue
            file = VaultFile(rel, entry.path, info.st_size, info.st_mtime_ns)
            files.append(file)
            if found is not None:
                found(file)

    visit(str(root), "")
    return WalkResult(files, warnings)


def resolve_media(vault: Path, names: Iterable[str], by_name: dict[str, list[str]] | None = None) -> list[Path]:
    """Files in the vault that embeds like ``![[diagram.png]]`` refer to (Obsidian resolves a bare
    name anywhere in the vault). Missing files are left out; nothing outside the vault is returned."""
    root = vault.resolve()
    found: list[Path] = []
    for name in names:
        name = name.split("|")[0].split("#")[0].strip()
        if not name or name.lower().endswith(".md"):
            continue
        candidate = (root / name).resolve()
        if not (str(candidate).startswith(str(root) + os.sep) and candidate.is_file()):
            candidate = None
            if by_name is not None:
                for rel in by_name.get(Path(name).name.lower(), []):
                    path = (root / rel).resolve()
                    if path.is_file() and str(path).startswith(str(root) + os.sep):
                        candidate = path
                        break
        if candidate is not None and candidate not in found:
            found.append(candidate)
    return found


def attachment_index(vault: Path) -> dict[str, list[str]]:
    """Non-markdown files of the vault by lower-cased file name (for resolving embeds)."""
    index: dict[str, list[str]] = {}
    root = vault.resolve()
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if name.startswith(".") or name.lower().endswith(".md"):
                continue
            rel = os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
            index.setdefault(name.lower(), []).append(rel)
    return index
