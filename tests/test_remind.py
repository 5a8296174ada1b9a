"""`srs remind`: the one reminder line, its silence on empty days, and the desktop notification."""

from __future__ import annotations

import os
import stat
import time
from datetime import date
from pathlib import Path

import pytest

from srs import reminders
from srs.reminders import nothing_line, notify, reminder_line

try:
    from conftest import VaultBuilder
except ImportError:  # the tests folder imported as a package
    from tests.conftest import VaultBuilder  # type: ignore[no-redef]

NOW = "2026-03-01T08:00:00"


def _counts(due: int = 0, new: int = 0, learning: int = 0, next_due: date | None = None):
    from srs.service import Counts

    return Counts(due=due, new=new, learning=learning, total=due + new + learning, next_due=next_due)


def _require_cli() -> None:
    try:
        import srs.cli  # noqa: F401
        import srs.__main__  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"the srs command line is not available yet ({exc})")


def build_collection(root: Path, **config) -> VaultBuilder:
    """A config, a vault of two notes with bold definitions (three cards in two folders) and a
    database filled by `srs scan`, all under ``root``."""
    _require_cli()
    builder = VaultBuilder(root)
    if config:
        builder.write_config(**config)
    builder.note(
        "Biology/cells.md",
        "# Cells\n\nThe **mitochondrion** is the organelle that produces most of the cell's energy.\n\n"
        "A **ribosome** is the molecular machine that builds proteins.\n",
    )
    builder.note(
        "Psychology/attunement.md",
        "# Attunement\n\n**Empathic attunement** is the quality of connection in which one person senses "
        "another's feelings.\n",
    )
    builder.cli("scan", now=NOW)
    return builder


def fake_program(folder: Path, name: str, script: str) -> Path:
    """An executable shell script ``name`` in ``folder`` (a real program on PATH)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


# ---- the line ----------------------------------------------------------------------------------


def test_line_says_reviews_due_new_cards_and_how_to_start() -> None:
    line = reminder_line(_counts(due=12, new=5), {})
    assert line == "srs: 12 reviews due, 5 new cards today. Start with: srs review"


def test_line_lists_decks_with_work_when_there_are_several() -> None:
    by_deck = {"Psychology": _counts(due=2), "Biology": _counts(due=1, new=3), "Art": _counts()}
    line = reminder_line(_counts(due=3, new=3), by_deck)
    assert line == (
        "srs: 3 reviews due, 3 new cards today (Biology: 1 due, 3 new; Psychology: 2 due, 0 new). "
        "Start with: srs review"
    )


def test_line_has_no_deck_list_for_one_deck_and_uses_singulars() -> None:
    line = reminder_line(_counts(due=1, new=1), {"Vault": _counts(due=1, new=1)})
    assert line == "srs: 1 review due, 1 new card today. Start with: srs review"


def test_line_counts_cards_waiting_for_a_same_day_repeat() -> None:
    line = reminder_line(_counts(learning=2), {})
    assert line is not None and "2 cards to repeat" in line


def test_nothing_to_do_gives_no_line() -> None:
    assert reminder_line(_counts(), {"A": _counts(), "B": _counts()}) is None
    assert nothing_line(_counts(next_due=date(2026, 3, 4))) == "srs: nothing to review today; next review due 2026-03-04."


def test_line_names_the_start_command_given() -> None:
    line = reminder_line(_counts(new=1), {}, start="srs --config '/a b/c.yaml' review")
    assert line is not None and line.endswith("Start with: srs --config '/a b/c.yaml' review")


# ---- notify() ----------------------------------------------------------------------------------


def test_notify_without_a_notifier_is_false_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no notify-send, no osascript
    assert notify("srs", "3 reviews due") is False


def test_notify_passes_title_and_body_as_arguments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record = tmp_path / "args.txt"
    fake_program(tmp_path / "bin", "notify-send", f'for a in "$@"; do printf "%s\\n" "$a" >> "{record}"; done\n')
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    body = "it's $(touch pwned); `x` \"quoted\""
    assert notify("srs: time to review", body) is True
    assert record.read_text(encoding="utf-8").splitlines()[-2:] == ["srs: time to review", body]
    assert not (Path.cwd() / "pwned").exists()


def test_notify_gives_up_on_a_hung_or_failing_notifier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_program(tmp_path / "hung", "notify-send", "sleep 30\n")
    fake_program(tmp_path / "failing", "notify-send", "echo 'cannot open display' >&2; exit 1\n")
    monkeypatch.setattr(reminders, "NOTIFY_TIMEOUT", 0.5)
    monkeypatch.setenv("PATH", str(tmp_path / "hung"))
    started = time.monotonic()
    assert notify("srs", "body") is False
    assert time.monotonic() - started < 5
    monkeypatch.setenv("PATH", str(tmp_path / "failing"))
    assert notify("srs", "body") is False


# ---- the command -------------------------------------------------------------------------------


def test_remind_prints_the_line_for_a_scanned_vault(tmp_path: Path) -> None:
    builder = build_collection(tmp_path)
    result = builder.cli("remind", now=NOW)
    assert result.returncode == 0
    assert result.stdout == (
        "srs: 0 reviews due, 3 new cards today (Biology: 0 due, 2 new; Psychology: 0 due, 1 new). "
        "Start with: srs review\n"
    )
    assert result.stderr == ""


def test_remind_after_reviews_counts_the_due_ones(tmp_path: Path) -> None:
    builder = build_collection(tmp_path)
    import json

    cards = json.loads(builder.cli("cards", "--json", now=NOW).stdout)
    for card in cards:
        builder.cli("grade", card["id"], "4", now=NOW)
    # Reviewed today with grade 4: all three come back on the next review day.
    assert builder.cli("remind", now=NOW).stdout.startswith("srs: nothing to review today; next review due 2026-03-02")
    line = builder.cli("remind", now="2026-03-02T08:00:00").stdout
    assert line.startswith("srs: 3 reviews due, 0 new cards today (Biology: 2 due, 0 new; Psychology: 1 due, 0 new)")


def test_quiet_if_none_is_silent_on_an_empty_day(tmp_path: Path) -> None:
    builder = build_collection(tmp_path, new_cards_per_day=0)  # nothing due, no new card allowed
    quiet = builder.cli("remind", "--quiet-if-none", "--notify", now=NOW)
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")
    loud = builder.cli("remind", now=NOW)
    assert (loud.returncode, loud.stdout) == (0, "srs: nothing to review today.\n")


def test_quiet_if_none_still_prints_when_there_is_work(tmp_path: Path) -> None:
    builder = build_collection(tmp_path)
    result = builder.cli("remind", "--quiet-if-none", now=NOW)
    assert result.stdout.startswith("srs: 0 reviews due, 3 new cards today")


def test_notify_with_no_notifier_on_path_exits_zero(tmp_path: Path) -> None:
    builder = build_collection(tmp_path)
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    result = builder.cli("remind", "--notify", now=NOW, env={"PATH": str(empty)})
    assert result.returncode == 0
    assert result.stdout.startswith("srs: 0 reviews due, 3 new cards today")
    assert result.stderr == ""


def test_notify_raises_a_notification_through_notify_send(tmp_path: Path) -> None:
    builder = build_collection(tmp_path)
    record = tmp_path / "notified.txt"
    bin_dir = tmp_path / "bin"
    fake_program(bin_dir, "notify-send", f'for a in "$@"; do printf "%s\\n" "$a" >> "{record}"; done\n')
    result = builder.cli("remind", "--notify", now=NOW, env={"PATH": f"{bin_dir}{os.pathsep}/usr/bin:/bin"})
    assert result.returncode == 0
    args = record.read_text(encoding="utf-8").splitlines()
    assert args[-2] == "srs: time to review"
    assert args[-1].startswith("0 reviews due, 3 new cards today")
    assert args[-1].endswith("Start with: srs review")


def test_quiet_empty_day_raises_no_notification(tmp_path: Path) -> None:
    builder = build_collection(tmp_path, new_cards_per_day=0)
    record = tmp_path / "notified.txt"
    bin_dir = tmp_path / "bin"
    fake_program(bin_dir, "notify-send", f'echo "$@" >> "{record}"\n')
    result = builder.cli("remind", "--quiet-if-none", "--notify", now=NOW, env={"PATH": str(bin_dir)})
    assert (result.returncode, result.stdout) == (0, "")
    assert not record.exists()


def test_remind_names_the_config_when_srs_would_not_find_it(tmp_path: Path) -> None:
    builder = build_collection(tmp_path / "notes dir")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "srs", "--config", str(builder.config_path), "remind"],
        capture_output=True, text=True, cwd=elsewhere,
        env={**os.environ, "SRS_NOW": NOW, "XDG_CONFIG_HOME": str(tmp_path / "xdg")},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith(f"Start with: srs --config '{builder.config_path}' review")


def test_remind_help_has_an_example() -> None:
    _require_cli()
    from click.testing import CliRunner

    from srs.cli_remind import remind

    result = CliRunner().invoke(remind, ["--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "srs remind --quiet-if-none --notify" in result.output


def test_remind_imports_nothing_heavy(tmp_path: Path) -> None:
    builder = build_collection(tmp_path)
    result = builder.cli("remind", now=NOW, env={"PYTHONPROFILEIMPORTTIME": "1"})
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}
    for heavy in ("textual", "genanki", "markdown_it", "crontab"):
        assert heavy not in imported, f"`srs remind` imports {heavy}"


def test_remind_is_quick_to_start(tmp_path: Path) -> None:
    """Under 0.3 s of processor time including interpreter start-up (wall time on a busy test
    machine says little, so the processor time of the child is what is measured)."""
    import resource
    import subprocess
    import sys

    builder = build_collection(tmp_path)
    spent = []
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(
            [sys.executable, "-m", "srs", "--config", str(builder.config_path), "remind", "--quiet-if-none"],
            capture_output=True, check=True, env={**os.environ, "SRS_NOW": NOW}, cwd=tmp_path,
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        spent.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    assert min(spent) < 0.3, f"`srs remind` used {min(spent):.3f} s of processor time"
