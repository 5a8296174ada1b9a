"""Whole flows as a user runs them through the `srs` command: init, scan of a vault without a
config, and the Anki round trip (scan, export, import, edit the note, rescan, re-export, re-import)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, shared_path

NOTE = "A change that pushes a system back to its set point is called **negative feedback**.\n"


def run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "srs", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **(env or {})})


def test_init_writes_a_config_refuses_to_overwrite_and_scan_uses_it(tmp_path):
    notes = tmp_path / "My Notes"
    notes.mkdir()
    (notes / "Feedback.md").write_text(NOTE, encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data"), "SRS_CONFIG": ""}
    home = tmp_path / "elsewhere"
    home.mkdir()
    first = run("init", str(notes), cwd=home, env=env)
    assert first.returncode == 0, first.stderr
    assert "srs scan" in first.stdout
    config = tmp_path / "cfg" / "srs" / "config.yaml"
    assert config.is_file()
    again = run("init", str(notes), cwd=home, env=env)
    assert again.returncode == 2 and "already exists" in again.stderr
    scanned = run("scan", "--json", cwd=home, env=env)
    assert json.loads(scanned.stdout)["added"] == 1
    assert (tmp_path / "data" / "srs" / "My Notes.db").is_file()


def test_init_of_a_missing_vault_is_a_clear_error(tmp_path):
    result = run("init", str(tmp_path / "nope"), "--config", str(tmp_path / "c.yaml"), cwd=tmp_path)
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert not (tmp_path / "c.yaml").exists()


def test_scan_vault_without_any_config(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "Feedback.md").write_text(NOTE, encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "SRS_CONFIG": ""}
    result = run("scan", str(notes), "--json", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["added"] == 1
    missing = run("scan", str(tmp_path / "nope"), cwd=tmp_path, env=env)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_commands_without_a_config_say_how_to_start(tmp_path):
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "SRS_CONFIG": ""}
    result = run("status", cwd=tmp_path, env=env)
    assert result.returncode == 2
    assert "srs init" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_every_command_has_help_with_an_example(tmp_path):
    for command in ("init", "scan", "cards", "grade", "undo", "suspend", "unsuspend", "status", "review",
                    "export", "remind", "stats", "backup", "recompute"):
        result = run(command, "--help", cwd=tmp_path)
        assert result.returncode == 0 and "Example" in result.stdout, command


def test_bad_now_is_one_line_exit_2(vault):
    result = vault.cli("status", now="yesterday", check=False)
    assert result.returncode == 2 and "ISO-8601" in result.stderr


def _anki_import(collection_path: Path, package: Path, with_scheduling: bool = False):
    anki = pytest.importorskip("anki.collection")
    col = anki.Collection(str(collection_path))
    try:
        col.import_anki_package(anki.ImportAnkiPackageRequest(
            package_path=str(package), options=anki.ImportAnkiPackageOptions(with_scheduling=with_scheduling)))
        cards = [col.get_card(cid) for cid in col.find_cards("")]
        return [(c.question(), c.answer(), col.decks.name(c.did), c.note().guid) for c in cards]
    finally:
        col.close()


def test_anki_round_trip_updates_the_same_note_after_an_edit(vault, tmp_path):
    note = vault.note("Biology/Feedback.md", NOTE)
    vault.note("History/Books.md", "Books printed before 1501 are known as **incunabula**.\n")
    vault.cli("scan")
    first = json.loads(vault.cli("export", "--json").stdout)
    assert first["cards"] == 2 and Path(first["path"]).parent == (vault.root / "decks").resolve()
    collection = tmp_path / "anki" / "collection.anki2"
    collection.parent.mkdir()
    seen = _anki_import(collection, Path(first["path"]))
    assert sorted(deck for _, _, deck, _ in seen) == ["Vault::Biology", "Vault::History"]
    question = next(q for q, _, deck, _ in seen if deck == "Vault::Biology")
    assert "[...]" in question and "negative feedback" not in question

    note.write_text("Any response that returns a system towards its set point is called **negative feedback**.\n", encoding="utf-8")
    report = json.loads(vault.cli("scan", "--json", now="2026-03-01T09:30:00").stdout)
    assert report["updated"] == 1
    second = json.loads(vault.cli("export", "--json", now="2026-03-01T09:30:00").stdout)
    after = _anki_import(collection, Path(second["path"]))
    assert len(after) == 2
    assert {guid for *_, guid in after} == {guid for *_, guid in seen}
    assert any("returns a system towards" in q for q, *_ in after)


def test_export_of_the_example_vault_is_reproducible(tmp_path):
    import shutil

    shutil.copytree(REPO / "examples", tmp_path / "examples")
    shutil.copy(REPO / "config.yaml", tmp_path / "config.yaml")
    env = {"SRS_NOW": "2026-03-01T09:30:00", "SRS_CONFIG": ""}
    assert run("scan", cwd=tmp_path, env=env).returncode == 0
    one = run("export", "--out", str(tmp_path / "one.apkg"), cwd=tmp_path, env=env)
    two = run("export", "--out", str(tmp_path / "two.apkg"), cwd=tmp_path, env=env)
    assert one.returncode == two.returncode == 0
    assert (tmp_path / "one.apkg").read_bytes() == (tmp_path / "two.apkg").read_bytes()
    default = run("export", "--json", cwd=tmp_path, env=env)
    assert json.loads(default.stdout)["path"].endswith("decks/Example.apkg")


def test_the_obsidian_help_vault_scans_cleanly(tmp_path):
    source = shared_path("vaults", "obsidian-help")
    from srs.clock import make_clock
    from srs.config import config_from_mapping
    from srs.service import Service

    config = config_from_mapping({"vault": str(source), "database": str(tmp_path / "srs.db")}, tmp_path)
    with Service(config, make_clock("2026-03-01T09:30:00")) as svc:
        report = svc.scan()
        assert report.notes > 2000
        assert report.added > 0
        again = svc.scan()
        assert (again.added, again.updated, again.retired) == (0, 0, 0)
        assert svc.counts().total == report.added


def test_scan_lists_the_first_warnings_and_counts_the_rest(vault):
    for i in range(25):
        (vault.vault / f"bad{i:02}.md").write_bytes(b"\xff\xfe not utf-8")
    result = vault.cli("scan")
    assert "25 warnings" in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 21 and lines[0].startswith("warning: bad00.md: ")
    assert lines[-1] == "... and 5 more warnings (`srs scan --json` lists them all)"
    assert len(json.loads(vault.cli("scan", "--json").stdout)["warnings"]) == 25
