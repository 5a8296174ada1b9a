"""Opening a note at a line in the user's editor: choosing the command, and running it."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

# Editors that take "+LINE file".
PLUS_LINE = {"vi", "vim", "nvim", "gvim", "view", "nano", "emacs", "emacsclient", "micro", "kak", "joe", "mg", "ne"}
# Editors that take "--goto file:line".
GOTO = {"code", "code-insiders", "codium", "vscodium", "cursor", "windsurf"}
# Editors that take "file:line".
COLON = {"hx", "helix", "subl", "zed", "mate"}


def editor_setting(configured: str | None = None) -> str:
    """The editor command: the config's ``editor``, else $VISUAL, else $EDITOR, else ``vi``."""
    return configured or os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"


def editor_command(editor: str, path: Path | str, line: int) -> list[str]:
    """The argv that opens ``path`` at ``line`` with ``editor`` (which may carry arguments).

    Editors we do not know get the path alone: opening the right file beats guessing a flag.
    """
    argv = shlex.split(editor) or ["vi"]
    name = Path(argv[0]).name.lower()
    if name.endswith(".exe"):
        name = name[:-4]
    line = max(1, int(line))
    if name in PLUS_LINE:
        return [*argv, f"+{line}", str(path)]
    if name in GOTO:
        return [*argv, "--goto", f"{path}:{line}"]
    if name in COLON:
        return [*argv, f"{path}:{line}"]
    return [*argv, str(path)]


def run_editor(argv: list[str], interactive: bool = True) -> int:
    """Run the editor and wait for it; its exit code. ``interactive`` False detaches stdin.

    Raises OSError when the program cannot be started (not installed, not executable).
    """
    stdin = None if interactive else subprocess.DEVNULL
    return subprocess.run(argv, stdin=stdin, check=False).returncode
