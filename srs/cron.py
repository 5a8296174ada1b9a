"""The daily reminder's crontab entry: install, replace, remove and show it.

The entry is two lines: a marker comment and the cron line below it. python-crontab builds and
parses the cron line (time fields, ``%`` escaping); the rest of the crontab is kept as text, line
for line, because rewriting the whole table through a parser reorders environment lines and drops
lines it does not understand, and the user's other entries must survive untouched.

The entry runs under cron's bare environment (PATH=/usr/bin:/bin, working directory $HOME or /),
so its command names the interpreter, the package and the config by absolute, shell-quoted paths
(see ``build_command``). The user's crontab is read with ``crontab -l`` and written with
``crontab FILE``; a tab file given with ``--tabfile`` is read and written directly.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Mapping

from srs.errors import CronError, UsageError

MARK = "# srs: daily review reminder (managed by `srs cron`; remove with `srs cron remove`)"
CRONTAB_TIMEOUT = 15  # seconds for one `crontab` call

# What a desktop notification needs from the session that installs the entry; cron has none of it.
NOTIFY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS")

_AT = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
NO_CRONTAB = (
    "no `crontab` program found on PATH, so the reminder cannot be added to your crontab; "
    "install cron (Debian/Ubuntu: `sudo apt-get install cron`, Fedora: `sudo dnf install cronie`, "
    "Arch: `sudo pacman -S cronie`) or write the entry to a file with --tabfile PATH"
)


@dataclass(frozen=True)
class CronEntry:
    """The reminder's entry as it stands in a crontab."""

    line: str  # the cron line as written, e.g. "30 9 * * * cd / && ..."
    schedule: str  # its five time fields, e.g. "30 9 * * *"
    command: str  # the shell command cron runs (``%`` unescaped)
    where: str  # "your crontab" or the tab file's path
    at: str | None = None  # "HH:MM" when the entry runs daily at one time
    next_run: datetime | None = None  # local time of the next run, when known


def parse_at(at: str) -> tuple[int, int]:
    """``"HH:MM"`` -> (hour, minute); a UsageError for anything else."""
    match = _AT.match(at.strip()) if isinstance(at, str) else None
    if not match:
        raise UsageError(f"--at {at!r}: expected a time of day HH:MM from 00:00 to 23:59, e.g. --at 09:30")
    return int(match.group(1)), int(match.group(2))


def next_run(hour: int, minute: int, now: datetime) -> datetime:
    """When a daily HH:MM entry next runs after ``now``, in the system's local time (cron's)."""
    local = now.astimezone()  # a naive ``now`` is taken as local time

    def at_day(day: date) -> datetime:
        # A naive local wall time made aware in the system zone: a day later is the same HH:MM
        # even across a daylight-saving change.
        return datetime.combine(day, time(hour, minute)).astimezone()

    candidate = at_day(local.date())
    if candidate <= local:
        candidate = at_day(local.date() + timedelta(days=1))
    return candidate


def notify_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The variables a desktop notification needs, as far as ``environ`` (the installing
    session's) knows them. The session bus address is derived from XDG_RUNTIME_DIR/bus when the
    variable itself is missing but the socket exists (systemd user sessions)."""
    found = {name: environ[name] for name in NOTIFY_VARIABLES if environ.get(name)}
    runtime = found.get("XDG_RUNTIME_DIR")
    if "DBUS_SESSION_BUS_ADDRESS" not in found and runtime and Path(runtime, "bus").exists():
        found["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={runtime}/bus"
    # A value cron cannot carry on one line is left out rather than breaking the entry.
    return {name: value for name, value in found.items() if "\n" not in value and "\r" not in value}


def _check_path(what: str, path: Path) -> str:
    text = str(path)
    if not path.is_absolute():
        raise CronError(f"{what} {text!r} is not an absolute path; cron runs from another folder")
    if "\n" in text or "\r" in text:
        raise CronError(f"{what} {text!r} contains a line break, which a crontab line cannot hold; move or rename it")
    return shlex.quote(text)


def build_command(
    python: Path,
    config: Path,
    *,
    env: Mapping[str, str] | None = None,
    pythonpath: Path | None = None,
) -> str:
    """The shell command of the entry: every path absolute and shell-quoted, so neither spaces
    nor quotes in them nor anything in the environment's values can become a command.

    Example: ``cd / && DISPLAY=:0 '/home/me/.venv/bin/python' -m srs --config
    '/home/me/My Notes/config.yaml' remind --quiet-if-none --notify``
    """
    words = ["cd", "/", "&&"]
    for name, value in (env or {}).items():
        if not _NAME.match(name):
            raise CronError(f"environment variable name {name!r} is not valid in a crontab entry")
        if "\n" in value or "\r" in value:
            raise CronError(f"environment variable {name} contains a line break, which a crontab line cannot hold")
        words.append(f"{name}={shlex.quote(value)}")
    if pythonpath is not None:
        words.append(f"PYTHONPATH={_check_path('package folder', pythonpath)}")
    words += [_check_path("interpreter", python), "-m", "srs", "--config", _check_path("config", config)]
    words += ["remind", "--quiet-if-none", "--notify"]
    return " ".join(words)


def package_root() -> Path | None:
    """The folder to put on PYTHONPATH so that ``python -m srs`` finds this package from any
    working directory, or None when it is installed in site-packages (found anyway)."""
    package = Path(__file__).resolve().parent
    if {"site-packages", "dist-packages"} & set(package.parts):
        return None
    return package.parent


def default_command(config: Path | None, environ: Mapping[str, str] | None = None) -> str:
    """The entry's command for this interpreter, this package and ``config``."""
    if config is None:
        raise CronError("the reminder needs a config file; create one with `srs init VAULT` or pass --config PATH")
    if not sys.executable:
        raise CronError("cannot tell which Python runs srs (sys.executable is empty); run srs with a regular Python")
    # absolute(), not resolve(): a virtualenv's python is a symlink whose own path selects the env.
    python = Path(sys.executable).absolute()
    return build_command(
        python,
        config.absolute(),
        env=notify_env(os.environ if environ is None else environ),
        pythonpath=package_root(),
    )


# ---- the crontab as text -------------------------------------------------------------------


def _crontab_program() -> str:
    program = shutil.which("crontab")
    if not program:
        raise CronError(NO_CRONTAB)
    return program


def _run_crontab(args: list[str]) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            args, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=CRONTAB_TIMEOUT, check=False
        )
    except FileNotFoundError:
        raise CronError(NO_CRONTAB) from None
    except (OSError, subprocess.SubprocessError) as exc:
        raise CronError(f"`{' '.join(args)}` failed ({exc.__class__.__name__}: {exc})") from None


def _read(tabfile: Path | None) -> str:
    """The whole crontab text ('' when there is none yet)."""
    if tabfile is not None:
        try:
            return tabfile.read_text(encoding="utf-8")
        except FileNotFoundError:
            return ""
        except (OSError, UnicodeDecodeError) as exc:
            raise CronError(f"{tabfile}: cannot read the tab file ({exc.__class__.__name__}: {exc})") from None
    done = _run_crontab([_crontab_program(), "-l"])
    if done.returncode != 0:
        if "no crontab" in done.stderr.lower():
            return ""
        raise CronError(f"`crontab -l` failed: {done.stderr.strip() or f'exit code {done.returncode}'}")
    return done.stdout


def _write(tabfile: Path | None, text: str) -> None:
    if tabfile is not None:
        try:
            tabfile.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CronError(f"{tabfile}: cannot write the tab file ({exc.__class__.__name__}: {exc})") from None
        return
    program = _crontab_program()
    handle, name = tempfile.mkstemp(prefix="srs-crontab-", suffix=".txt")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        done = _run_crontab([program, name])
    finally:
        os.unlink(name)
    if done.returncode != 0:
        raise CronError(f"`crontab` refused the new table: {done.stderr.strip() or f'exit code {done.returncode}'}")


def _where(tabfile: Path | None) -> str:
    return str(tabfile) if tabfile is not None else "your crontab"


def _split(text: str) -> tuple[list[str], list[str]]:
    """(the other lines, the reminder's cron lines). A reminder is the marker line and the cron
    line right after it; every other line is kept exactly as it was."""
    lines = text.splitlines()
    kept: list[str] = []
    ours: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.strip() == MARK:
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if following.strip() and not following.lstrip().startswith("#"):
                ours.append(following)
                index += 2
                continue
            index += 1  # a marker left without its entry: drop it too
            continue
        kept.append(line)
        index += 1
    return kept, ours


def _join(lines: list[str]) -> str:
    # cron ignores a last line without its newline, so the table always ends with one.
    return "".join(line + "\n" for line in lines)


def _cron_command(field: str) -> str:
    """The shell command cron (Vixie cron, cronie) runs for a line's command field: ``\\%`` is a
    literal ``%``; an unescaped ``%`` ends the command (the rest is its standard input)."""
    out: list[str] = []
    escaped = False
    for char in field:
        if escaped:
            escaped = False
            if char == "%":
                out[-1] = "%"  # the backslash before it goes
                continue
            out.append(char)
            continue
        if char == "%":
            break
        escaped = char == "\\"
        out.append(char)
    return "".join(out)


def _entry(line: str, where: str, now: datetime | None) -> CronEntry:
    """A CronEntry from a cron line, with its daily time and next run when it is a daily entry.

    Split by hand rather than with python-crontab's parser, which takes `` #`` inside a quoted
    path for the start of a comment."""
    stripped = line.strip()
    parts = stripped.split(None, 1 if stripped.startswith("@") else 5)
    if len(parts) < 2:
        return CronEntry(line=line, schedule="", command=_cron_command(stripped), where=where)
    schedule, command = " ".join(parts[:-1]), _cron_command(parts[-1])
    at = None
    when = None
    fields = parts[:-1]
    if len(fields) == 5 and fields[0].isdigit() and fields[1].isdigit() and fields[2:] == ["*", "*", "*"]:
        hour, minute = int(fields[1]), int(fields[0])
        if hour < 24 and minute < 60:
            at = f"{hour:02d}:{minute:02d}"
            when = next_run(hour, minute, now) if now is not None else None
    return CronEntry(line=line, schedule=schedule, command=command, where=where, at=at, next_run=when)


def render_line(at: str, command: str) -> str:
    """The cron line running ``command`` daily at ``at`` (``%`` escaped as cron needs)."""
    from crontab import CronTab

    hour, minute = parse_at(at)
    job = CronTab(tab="").new(command=command)
    job.setall(str(minute), str(hour), "*", "*", "*")
    return job.render().strip()


# ---- the use cases -------------------------------------------------------------------------


def install(tabfile: Path | None, at: str, command: str, now: datetime | None = None) -> CronEntry:
    """Add the daily entry running ``command`` at ``at`` (HH:MM) to the user's crontab, or to
    ``tabfile``; an entry installed before is replaced, so there is always one. Other lines are
    kept as they were. Raises CronError (no crontab program, unreadable or unwritable table)."""
    if "\n" in command or "\r" in command:
        raise CronError("the reminder's command contains a line break, which a crontab line cannot hold")
    if "\\%" in command:
        # cron reads a backslash before "%" as escaping it and has no way to write both
        raise CronError("the reminder's command contains a backslash before %, which cron cannot carry; rename the folder")
    line = render_line(at, command)
    if tabfile is not None and tabfile.is_dir():
        raise CronError(f"{tabfile}: is a folder; --tabfile needs a file path")
    kept, _ = _split(_read(tabfile))
    # Appended as is (no blank line added), so that `remove` gives back the table byte for byte.
    _write(tabfile, _join(kept + [MARK, line]))
    return _entry(line, _where(tabfile), now)


def remove(tabfile: Path | None) -> bool:
    """Remove the reminder's entry (only it); False when there was none."""
    if tabfile is not None and not tabfile.exists():
        return False
    text = _read(tabfile)
    kept, ours = _split(text)
    if kept == text.splitlines():
        return False
    _write(tabfile, _join(kept))  # also drops a marker left without its entry
    return bool(ours)


def show(tabfile: Path | None, now: datetime) -> CronEntry | None:
    """The reminder's entry with its next run after ``now``, or None when none is installed."""
    _, ours = _split(_read(tabfile))
    if not ours:
        return None
    return _entry(ours[-1], _where(tabfile), now)
