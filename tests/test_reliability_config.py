"""A bad config through the real CLI (`python -m srs`): one line on stderr naming the file, the key
and what is expected; exit code 2; no traceback; nothing written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_srs(cwd: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "SRS_NOW": "2026-03-01T09:30:00", "XDG_CONFIG_HOME": str(cwd / "xdg"), **(env or {})}
    full_env.pop("SRS_CONFIG", None)
    return subprocess.run([sys.executable, "-m", "srs", *args], capture_output=True, text=True, cwd=cwd,
                          env=full_env, timeout=60)


def assert_one_line_error(result: subprocess.CompletedProcess, *needles: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("srs: error: ")
    for needle in needles:
        assert needle in line, (needle, line)
    return line


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "vault").mkdir()
    (tmp_path / "vault" / "a.md").write_text("The **heart** is a pump.\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "text, needles",
    [
        ("vault: [unclosed\n", ["invalid YAML", "line 2"]),
        ("vault: vault\n  bad indent: here\n", ["invalid YAML"]),
        ("vault: vault\n\tday_starts_at: 4\n", ["invalid YAML"]),
        ("vault: vault\nvualt: typo\n", ["unknown key 'vualt'", "line 2", "known keys: vault"]),
        ("vault: vault\nremind:\n  when: '09:00'\n", ["unknown key 'remind.when'", "line 3"]),
        ("vault: vault\nday_starts_at: morning\n", ["key 'day_starts_at'", "a whole number from 0 to 23", "'morning'"]),
        ("vault: vault\nday_starts_at: 24\n", ["key 'day_starts_at'", "from 0 to 23", "24"]),
        ("vault: vault\nnew_cards_per_day: -1\n", ["key 'new_cards_per_day'", ">= 0"]),
        ("vault: vault\nnew_cards_per_day: yes\n", ["key 'new_cards_per_day'", "whole number", "True"]),
        ("vault: vault\nreviews_per_day: 2.5\n", ["key 'reviews_per_day'", "whole number"]),
        ("vault: vault\nreviews_per_day:\n", ["key 'reviews_per_day'", "whole number", "None"]),
        ("vault: vault\ndeck_from: colour\n", ["key 'deck_from'", "one of folder, tag, none"]),
        ("vault: vault\nscheduler: anki\n", ["key 'scheduler'", "one of sm2, fsrs"]),
        ("vault: vault\nbury_siblings: maybe\n", ["key 'bury_siblings'", "true or false"]),
        ("vault: vault\nignore: Templates\n", ["key 'ignore'", "a list of glob patterns"]),
        ("vault: vault\nremind:\n  at: '9am'\n", ["key 'remind.at'", "HH:MM"]),
        ("vault: vault\nremind: 9\n", ["key 'remind'", "mapping"]),
        ("vault: 42\n", ["key 'vault'", "a non-empty text"]),
        ("vault: ''\n", ["key 'vault'", "a non-empty text"]),
        ("database: x.db\n", ["key 'vault' is missing"]),
        ("", ["key 'vault' is missing"]),
        ("- vault\n- database\n", ["expected a mapping"]),
        ("just a sentence\n", ["expected a mapping"]),
    ],
)
@pytest.mark.parametrize("command", [["status"]])
def test_bad_config_is_one_line_naming_file_key_and_expectation(folder, text, needles, command):
    config = folder / "config.yaml"
    config.write_text(text, encoding="utf-8")
    result = run_srs(folder, "--config", str(config), *command)
    assert_one_line_error(result, "config.yaml", *needles)
    assert not (folder / ".srs").exists() and not (folder / "data").exists()


@pytest.mark.parametrize("command", [["scan"], ["status"], ["cards", "--json"], ["grade", "abc", "3"], ["remind"],
                                     ["export"], ["backup", "b.db"], ["undo"]])
def test_every_command_reports_a_bad_config_the_same_way(folder, command):
    (folder / "config.yaml").write_text("vault: vault\nday_starts_at: noon\n", encoding="utf-8")
    result = run_srs(folder, "--config", "config.yaml", *command)
    assert_one_line_error(result, "config.yaml", "key 'day_starts_at'", "a whole number from 0 to 23")


def test_a_missing_config_file_is_named(folder):
    result = run_srs(folder, "--config", "nowhere.yaml", "status")
    assert_one_line_error(result, "nowhere.yaml", "no such config file", "srs init")


def test_no_config_anywhere_says_where_it_looked(folder):
    result = run_srs(folder, "status")
    assert_one_line_error(result, "no config file found", "config.yaml", "srs init")


def test_a_config_that_is_a_folder_or_not_utf8_is_one_line(folder):
    assert_one_line_error(run_srs(folder, "--config", "vault", "status"), "vault", "cannot read the config file")
    (folder / "config.yaml").write_bytes(b"vault: caf\xe9\n")
    assert_one_line_error(run_srs(folder, "--config", "config.yaml", "status"), "config.yaml", "cannot read the config file")


def test_scanning_a_missing_vault_names_the_config_file_and_key(folder):
    (folder / "config.yaml").write_text("vault: not-there\n", encoding="utf-8")
    line = assert_one_line_error(run_srs(folder, "--config", "config.yaml", "scan"), "config.yaml", "key 'vault'", "not-there",
                                 "does not exist")
    assert "folder" in line


def test_a_vault_that_is_a_file_is_one_line(folder):
    (folder / "config.yaml").write_text("vault: vault/a.md\n", encoding="utf-8")
    assert_one_line_error(run_srs(folder, "--config", "config.yaml", "scan"), "config.yaml", "key 'vault'", "a.md", "not a folder")


def test_a_database_path_that_cannot_be_made_is_one_line(folder):
    (folder / "config.yaml").write_text("vault: vault\ndatabase: vault/a.md/srs.db\n", encoding="utf-8")
    assert_one_line_error(run_srs(folder, "--config", "config.yaml", "status"), "a.md", "database")


def test_a_database_that_is_not_a_database_is_one_line(folder):
    (folder / "junk.db").write_bytes(b"this is not sqlite at all" * 100)
    (folder / "config.yaml").write_text("vault: vault\ndatabase: junk.db\n", encoding="utf-8")
    assert_one_line_error(run_srs(folder, "--config", "config.yaml", "status"), "junk.db", "damaged")
    assert (folder / "junk.db").read_bytes() == b"this is not sqlite at all" * 100


def test_a_good_config_still_works(folder):
    (folder / "config.yaml").write_text("vault: vault\n", encoding="utf-8")
    result = run_srs(folder, "--config", "config.yaml", "scan")
    assert result.returncode == 0, result.stderr
