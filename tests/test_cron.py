"""`srs cron install|remove|show`: one daily entry in a real tab file (or a crontab program),
the user's other lines untouched, and a command that works under cron's bare environment."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from srs import cron
from srs.errors import CronError, UsageError

try:
    from test_remind import NOW, build_collection, fake_program
except ImportError:  # the tests folder imported as a package
    from tests.test_remind import NOW, build_collection, fake_program  # type: ignore[no-redef]

USER_TAB = """\
# m h  dom mon dow   command
SHELL=/bin/bash
MAILTO="me@example.org"

0 5 * * 1 tar -zcf /var/backups/home.tgz /home/   # weekly backup
@reboot   /home/me/bin/start-things
*/15 * * * * date +\\%s >> /tmp/ticks
FOO = bar
# 0 3 * * * a job switched off
"""


def _entries(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip() == cron.MARK]


def _cron_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment `srs cron ...` runs in, without the desktop variables of the machine."""
    env = {k: v for k, v in os.environ.items() if k not in cron.NOTIFY_VARIABLES}
    return {**env, **(extra or {})}


# ---- the module --------------------------------------------------------------------------------


def test_install_keeps_the_users_lines_and_remove_gives_them_back_exactly(tmp_path: Path) -> None:
    tab = tmp_path / "user.tab"
    tab.write_text(USER_TAB, encoding="utf-8")
    entry = cron.install(tab, "09:30", "echo hello")
    text = tab.read_text(encoding="utf-8")
    assert text.startswith(USER_TAB)
    assert text[len(USER_TAB):] == f"{cron.MARK}\n30 9 * * * echo hello\n"
    assert (entry.at, entry.schedule, entry.command) == ("09:30", "30 9 * * *", "echo hello")
    assert cron.remove(tab) is True
    assert tab.read_text(encoding="utf-8") == USER_TAB
    assert cron.remove(tab) is False
    assert tab.read_text(encoding="utf-8") == USER_TAB


def test_installing_twice_leaves_one_entry_with_the_new_time(tmp_path: Path) -> None:
    tab = tmp_path / "user.tab"
    tab.write_text(USER_TAB, encoding="utf-8")
    cron.install(tab, "09:30", "echo one")
    cron.install(tab, "7:05", "echo two")
    text = tab.read_text(encoding="utf-8")
    assert len(_entries(text)) == 1
    assert "echo one" not in text
    assert text == USER_TAB + f"{cron.MARK}\n5 7 * * * echo two\n"


def test_install_creates_a_missing_tab_file_and_remove_on_none_is_false(tmp_path: Path) -> None:
    tab = tmp_path / "new.tab"
    assert cron.remove(tab) is False and not tab.exists()
    assert cron.show(tab, datetime(2026, 3, 1, 8, 0)) is None
    cron.install(tab, "09:00", "echo hi")
    assert tab.read_text(encoding="utf-8") == f"{cron.MARK}\n0 9 * * * echo hi\n"


def test_show_tells_the_next_run(tmp_path: Path) -> None:
    tab = tmp_path / "user.tab"
    cron.install(tab, "09:30", "echo hi")
    before = cron.show(tab, datetime(2026, 3, 1, 8, 0))
    after = cron.show(tab, datetime(2026, 3, 1, 9, 30))
    assert before is not None and after is not None
    assert before.next_run is not None and before.next_run.strftime("%Y-%m-%d %H:%M") == "2026-03-01 09:30"
    assert after.next_run is not None and after.next_run.strftime("%Y-%m-%d %H:%M") == "2026-03-02 09:30"


def test_build_command_quotes_every_path_and_value() -> None:
    command = cron.build_command(
        Path("/opt/my python/bin/python3"),
        Path("/home/me/it's; rm -rf ~ $(x)/config.yaml"),
        env={"DISPLAY": ":0", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus;evil"},
        pythonpath=Path("/src/srs checkout"),
    )
    assert command == (
        "cd / && DISPLAY=:0 DBUS_SESSION_BUS_ADDRESS='unix:path=/run/user/1000/bus;evil' "
        "PYTHONPATH='/src/srs checkout' '/opt/my python/bin/python3' -m srs "
        "--config '/home/me/it'\"'\"'s; rm -rf ~ $(x)/config.yaml' remind --quiet-if-none --notify"
    )


def test_entry_command_survives_percent_and_hash_in_paths(tmp_path: Path) -> None:
    tab = tmp_path / "user.tab"
    command = cron.build_command(Path("/usr/bin/python3"), Path("/home/me/100% notes #1/config.yaml"))
    cron.install(tab, "08:00", command)
    assert "100\\% notes #1" in tab.read_text(encoding="utf-8")  # cron reads a bare % as end of command
    shown = cron.show(tab, datetime(2026, 3, 1, 7, 0))
    assert shown is not None and shown.command == command


def test_lines_cron_cannot_carry_are_refused(tmp_path: Path) -> None:
    with pytest.raises(CronError, match="line break"):
        cron.build_command(Path("/usr/bin/python3"), Path("/home/me/two\nlines/config.yaml"))
    with pytest.raises(CronError, match="absolute"):
        cron.build_command(Path("python3"), Path("/home/me/config.yaml"))
    with pytest.raises(CronError, match="backslash"):
        cron.install(tmp_path / "t.tab", "09:00", "echo 'a\\%b'")
    with pytest.raises(UsageError, match="HH:MM"):
        cron.install(tmp_path / "t.tab", "9.30", "echo hi")
    assert not (tmp_path / "t.tab").exists()


def test_notify_env_takes_the_desktop_variables_it_finds(tmp_path: Path) -> None:
    (tmp_path / "bus").touch()
    env = cron.notify_env({"DISPLAY": ":1", "XDG_RUNTIME_DIR": str(tmp_path), "HOME": "/home/me"})
    assert env == {"DISPLAY": ":1", "XDG_RUNTIME_DIR": str(tmp_path), "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/bus"}
    assert cron.notify_env({"HOME": "/home/me"}) == {}


def test_no_crontab_program_is_a_clear_cron_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    for action in (lambda: cron.install(None, "09:00", "echo hi"), lambda: cron.remove(None), lambda: cron.show(None, datetime.now())):
        with pytest.raises(CronError) as raised:
            action()
        assert "install cron" in str(raised.value) and "--tabfile PATH" in str(raised.value)


# ---- the commands ------------------------------------------------------------------------------


def test_installed_entry_runs_under_crons_bare_environment(tmp_path: Path) -> None:
    """A config path with spaces and a single quote; the command taken from the tab file runs
    with only PATH=/usr/bin:/bin, from another working directory, and prints the reminder."""
    builder = build_collection(tmp_path / "my notes's folder")
    tab = tmp_path / "user.tab"
    tab.write_text(USER_TAB, encoding="utf-8")
    result = builder.cli("cron", "install", "--at", "07:45", "--tabfile", str(tab), now=NOW, env=_cron_env())
    assert result.returncode == 0, result.stderr
    assert "07:45" in result.stdout and "Next run: 2026-03-01 07:45" not in result.stdout
    assert "Next run: 2026-03-02 07:45" in result.stdout

    text = tab.read_text(encoding="utf-8")
    assert text.startswith(USER_TAB) and len(_entries(text)) == 1
    entry = cron.show(tab, datetime(2026, 3, 1, 8, 0))
    assert entry is not None and entry.at == "07:45"
    assert f"--config '{tmp_path}/my notes'\"'\"'s folder/config.yaml'" in entry.command
    assert f"'{sys.executable}'" in entry.command or f" {sys.executable} " in entry.command

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    ran = subprocess.run(
        ["env", "-i", "PATH=/usr/bin:/bin", "sh", "-c", entry.command],
        capture_output=True, text=True, cwd=elsewhere, timeout=60,
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stderr == ""
    assert ran.stdout.startswith("srs: 0 reviews due, 3 new cards today (Biology: 0 due, 2 new; Psychology: 0 due, 1 new)")
    assert ran.stdout.rstrip().endswith(f"Start with: srs --config '{builder.config_path}' review".replace("'s", "'\"'\"'s"))


def test_installed_entry_is_silent_on_an_empty_day(tmp_path: Path) -> None:
    builder = build_collection(tmp_path / "vault home", new_cards_per_day=0)
    tab = tmp_path / "user.tab"
    builder.cli("cron", "install", "--tabfile", str(tab), now=NOW, env=_cron_env())
    entry = cron.show(tab, datetime(2026, 3, 1, 8, 0))
    assert entry is not None
    ran = subprocess.run(["env", "-i", "PATH=/usr/bin:/bin", "sh", "-c", entry.command], capture_output=True, text=True, cwd="/tmp", timeout=60)
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "", "")


def test_a_config_path_cannot_inject_commands(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    builder = build_collection(tmp_path / f"x'; touch {marker}; echo '$(touch {marker})")
    tab = tmp_path / "user.tab"
    builder.cli("cron", "install", "--tabfile", str(tab), now=NOW, env=_cron_env())
    entry = cron.show(tab, datetime(2026, 3, 1, 8, 0))
    assert entry is not None
    ran = subprocess.run(["env", "-i", "PATH=/usr/bin:/bin", "sh", "-c", entry.command], capture_output=True, text=True, cwd="/tmp", timeout=60)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("srs: 0 reviews due, 3 new cards today")
    assert not marker.exists()


def test_install_uses_remind_at_and_the_desktop_variables(tmp_path: Path) -> None:
    builder = build_collection(tmp_path, remind={"at": "06:15"})
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    (runtime / "bus").touch()
    tab = tmp_path / "user.tab"
    result = builder.cli("cron", "install", "--tabfile", str(tab), now=NOW, env=_cron_env({"DISPLAY": ":0", "XDG_RUNTIME_DIR": str(runtime)}))
    assert "at 06:15" in result.stdout
    entry = cron.show(tab, datetime(2026, 3, 1, 8, 0))
    assert entry is not None and entry.schedule == "15 6 * * *"
    assert f"DISPLAY=:0 XDG_RUNTIME_DIR={runtime} DBUS_SESSION_BUS_ADDRESS=unix:path={runtime}/bus " in entry.command
    bare = tmp_path / "bare.tab"
    builder.cli("cron", "install", "--tabfile", str(bare), now=NOW, env=_cron_env())
    shown = cron.show(bare, datetime(2026, 3, 1, 8, 0))
    assert shown is not None and "DISPLAY" not in shown.command and "DBUS" not in shown.command


def test_show_and_remove_commands(tmp_path: Path) -> None:
    builder = build_collection(tmp_path)
    tab = tmp_path / "user.tab"
    tab.write_text(USER_TAB, encoding="utf-8")
    empty = builder.cli("cron", "show", "--tabfile", str(tab), now=NOW)
    assert empty.stdout == f"No srs reminder in {tab}; add one with: srs cron install\n"
    builder.cli("cron", "install", "--at", "21:00", "--tabfile", str(tab), now=NOW, env=_cron_env())
    shown = builder.cli("cron", "show", "--tabfile", str(tab), now=NOW)
    assert "Runs daily at 21:00; next run: 2026-03-01 21:00 (Sun)." in shown.stdout
    assert "-m srs --config" in shown.stdout
    removed = builder.cli("cron", "remove", "--tabfile", str(tab), now=NOW)
    assert removed.stdout == f"Removed the daily review reminder from {tab}.\n"
    assert tab.read_text(encoding="utf-8") == USER_TAB
    again = builder.cli("cron", "remove", "--tabfile", str(tab), now=NOW)
    assert (again.returncode, again.stdout) == (0, f"No srs reminder in {tab}; nothing removed.\n")


def test_bad_at_is_a_usage_error(tmp_path: Path) -> None:
    builder = build_collection(tmp_path)
    tab = tmp_path / "user.tab"
    result = builder.cli("cron", "install", "--at", "25:00", "--tabfile", str(tab), now=NOW, check=False)
    assert result.returncode == 2
    assert result.stderr.startswith("srs: error: --at '25:00': expected a time of day HH:MM")
    assert not tab.exists()


def test_no_crontab_program_says_how_to_install_cron_exit_2(tmp_path: Path) -> None:
    builder = build_collection(tmp_path)
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    for args in (("cron", "install"), ("cron", "show"), ("cron", "remove")):
        result = builder.cli(*args, now=NOW, check=False, env={"PATH": str(empty)})
        assert result.returncode == 2, args
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("srs: error: no `crontab` program found on PATH")
        assert "sudo apt-get install cron" in lines[0] and "--tabfile PATH" in lines[0]


def test_the_users_crontab_through_the_crontab_program(tmp_path: Path) -> None:
    """`crontab -l` to read, `crontab FILE` to write: a stand-in crontab program keeps the table."""
    builder = build_collection(tmp_path)
    store = tmp_path / "spool" / "me"
    store.parent.mkdir()
    bin_dir = tmp_path / "bin"
    fake_program(
        bin_dir, "crontab",
        f'if [ "$1" = "-l" ]; then\n'
        f'  if [ -f "{store}" ]; then cat "{store}"; else echo "no crontab for me" >&2; exit 1; fi\n'
        f'else cp "$1" "{store}"; fi\n',
    )
    env = _cron_env({"PATH": f"{bin_dir}{os.pathsep}/usr/bin:/bin"})
    assert "No srs reminder in your crontab" in builder.cli("cron", "show", now=NOW, env=env).stdout
    builder.cli("cron", "install", "--at", "10:00", now=NOW, env=env)
    assert _entries(store.read_text(encoding="utf-8")) == [cron.MARK]
    store.write_text(USER_TAB + store.read_text(encoding="utf-8"), encoding="utf-8")
    builder.cli("cron", "install", "--at", "11:00", now=NOW, env=env)
    text = store.read_text(encoding="utf-8")
    assert text.startswith(USER_TAB) and len(_entries(text)) == 1 and "\n0 11 * * * " in text
    assert "Runs daily at 11:00" in builder.cli("cron", "show", now=NOW, env=env).stdout
    assert builder.cli("cron", "remove", now=NOW, env=env).stdout == "Removed the daily review reminder from your crontab.\n"
    assert store.read_text(encoding="utf-8") == USER_TAB


def test_a_failing_crontab_program_is_reported(tmp_path: Path) -> None:
    builder = build_collection(tmp_path)
    bin_dir = tmp_path / "bin"
    fake_program(bin_dir, "crontab", 'echo "crontab: permission denied" >&2; exit 1\n')
    result = builder.cli("cron", "install", now=NOW, check=False, env=_cron_env({"PATH": f"{bin_dir}{os.pathsep}/usr/bin:/bin"}))
    assert result.returncode == 2
    assert result.stderr == "srs: error: `crontab -l` failed: crontab: permission denied\n"


def test_cron_help_has_examples() -> None:
    from click.testing import CliRunner

    pytest.importorskip("srs.cli", reason="the srs command line is not available yet")
    from srs.cli_remind import cron as cron_group

    runner = CliRunner()
    for args in ([], ["install"], ["remove"], ["show"]):
        result = runner.invoke(cron_group, [*args, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output, args
