"""Hostile content: note text never becomes HTML or a cloze in Anki, crafted names cannot write
outside export_dir, a crafted config path cannot inject a command into the cron entry, and nothing
srs does opens a network connection."""

from __future__ import annotations

import re
import shlex
import socket
import sqlite3
import subprocess
import zipfile
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

HOSTILE_NOTE = """\
The snippet `<script>alert(1)</script>` is called a **script element**.

The snippet `<img src=x onerror=alert(1)>` is called an **image element**.

The text `{{c1::` opens a cloze and is called a **cloze opening**.

The text `}}` closes a template and is called a **mustache end**.

The markup `{{c2::x}}` and &lt;b&gt; are called **anki syntax** here.

A note may hold <script>alert(2)</script> and still define a **raw script**.

A note may hold <img src=x onerror=alert(3)> and still define a **raw image**.
"""

SAFE_TAGS = {"b", "i", "em", "strong", "code", "div", "span", "a", "br", "sub", "sup", "u", "s", "mark", "ul", "ol", "li", "p"}


class Tags(HTMLParser):
    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text = ""
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text += data


def package_fields(path: Path) -> list[list[str]]:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        data = archive.read("collection.anki21" if "collection.anki21" in names else "collection.anki2")
    db_path = path.with_suffix(".fields.db")
    db_path.write_bytes(data)
    conn = sqlite3.connect(db_path)
    try:
        return [row[0].split("\x1f") for row in conn.execute("SELECT flds FROM notes")]
    finally:
        conn.close()


def assert_inert(field: str) -> Tags:
    parsed = Tags(field)
    for tag, attrs in parsed.tags:
        assert tag in SAFE_TAGS, (tag, field)
        assert not any(name.lower().startswith("on") for name in attrs), (attrs, field)
        assert not any(str(v).lower().lstrip().startswith("javascript:") for v in attrs.values() if v), field
    return parsed


def test_note_text_is_never_html_or_a_cloze_in_the_anki_package(vault):
    vault.note("Hostile.md", HOSTILE_NOTE)
    svc = vault.service()
    svc.scan()
    cards = {c.answers[0]: c for c in svc.cards()}
    result = svc.export()
    svc.close()
    assert {"script element", "image element", "cloze opening", "mustache end", "anki syntax"} <= set(cards)
    fields = package_fields(result.path)
    assert len(fields) == len(cards)
    for text, *extra in fields:
        parsed = assert_inert(text)
        for other in extra:
            assert_inert(other)
        # Exactly one gap, whose content is the card's answer: nothing from the note opens or ends one.
        gaps = re.findall(r"\{\{c(\d+)::(.*?)\}\}", text)
        assert len(gaps) == 1 and gaps[0][0] == "1", text
        assert Tags(gaps[0][1]).text in cards
        assert text.count("{{") == 1 and text.count("}}") == 1, text
        assert "<script" not in text.lower() and "onerror" not in "".join(str(a) for _, a in parsed.tags)
    # What the note showed as code reaches Anki as visible text.
    visible = {Tags(text).text for text, *_ in fields}
    assert any("<script>alert(1)</script>" in v for v in visible)
    assert any("<img src=x onerror=alert(1)>" in v for v in visible)


@pytest.mark.parametrize(
    "answer",
    ["a }} b", "{{c2::x}}", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "x::y", "}", "{{", "&amp;"],
)
def test_hostile_answers_stay_inside_their_gap(tmp_path, answer):
    from srs.core.model import Card
    from srs.export import write_package

    now = datetime(2026, 3, 1, 9, 0).astimezone()
    card = Card(id="c-1", note="n.md", line=1, position=0, deck="Vault", text=f"Before {{{{c1::{answer}}}}} after.",
                answers=(answer,), rule="bold", sentence_key="", context="", title="n", tags=(), created_at=now,
                text_changed_at=now)
    result = write_package([card], tmp_path / "out.apkg", vault_name="Vault", media={}, now=now, day_starts_at=4,
                           with_scheduling=False)
    [[text, *extra]] = package_fields(result.path)
    assert_inert(text)
    gaps = re.findall(r"\{\{c(\d+)::(.*?)\}\}", text)
    assert len(gaps) == 1 and Tags(gaps[0][1]).text == answer, text
    assert text.count("{{") == 1 and text.count("}}") == 1, text


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def test_crafted_deck_names_tags_and_folders_cannot_write_outside_export_dir(vault):
    outside = vault.root / "secret.png"
    outside.write_bytes(b"\x89PNG\r\n\x1a\nsecret")
    vault.write_config(deck="../../../outside", deck_from="tag")
    vault.note("..\\..\\win/n1.md", "---\ntags: [\"../../x\"]\n---\nThe **heart** is a pump.\n")
    vault.note("...a/n2.md", "The **liver** is an organ.\n")
    vault.note("n3.md", "---\ntags: [\"/etc/cron.d/x\"]\n---\nThe **lung** is an organ. ![[../secret.png]] ![[/etc/passwd]]\n")
    before = files_under(vault.root)
    svc = vault.service()
    svc.scan()
    result = svc.export()
    svc.close()
    export_dir = (vault.root / "decks").resolve()
    assert result.path.resolve().parent == export_dir
    created = files_under(vault.root) - before
    assert all(export_dir in p.resolve().parents or p.resolve().parent == (vault.root / "data").resolve() for p in created), created
    with zipfile.ZipFile(result.path) as archive:
        packed = b"".join(archive.read(name) for name in archive.namelist() if name != "collection.anki2")
    assert b"secret" not in packed and b"root:" not in packed  # nothing from outside the vault travels


# --- the cron entry -----------------------------------------------------------------------------

INJECTIONS = ["'; rm -rf ~; '", '"; rm -rf ~; "', "$(rm -rf ~)", "`rm -rf ~`", "a b; rm -rf ~ #", "100% & rm -rf ~ &"]


@pytest.mark.parametrize("payload", INJECTIONS)
def test_a_crafted_config_path_stays_one_argument_of_the_cron_command(payload):
    from srs.cron import build_command

    config = Path(f"/home/me/{payload}/config.yaml")
    command = build_command(Path("/usr/bin/python3"), config, env={"DISPLAY": f":0{payload}"})
    words = shlex.split(command)
    assert words[:3] == ["cd", "/", "&&"]
    assert words[3] == f"DISPLAY=:0{payload}"
    assert words[4:] == ["/usr/bin/python3", "-m", "srs", "--config", str(config), "remind", "--quiet-if-none", "--notify"]


@pytest.mark.parametrize("payload", INJECTIONS)
def test_the_installed_cron_line_run_by_a_shell_injects_nothing(tmp_path, payload):
    """Install the entry in a tab file, read its command back as cron would, and run it with sh:
    the fake interpreter receives the path as one argument and $HOME survives."""
    from srs.cron import build_command, install, show

    home = tmp_path / "home"
    home.mkdir()
    (home / "precious").write_text("keep me", encoding="utf-8")
    fake = tmp_path / "bin" / "python"
    fake.parent.mkdir()
    argv_file = tmp_path / "argv.txt"
    fake.write_text(f"#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > {shlex.quote(str(argv_file))}\n",
                    encoding="utf-8")
    fake.chmod(0o755)
    config = tmp_path / payload.replace("/", "_") / "config.yaml"
    command = build_command(fake, config, env={"DISPLAY": ":0" + payload})
    entry = install(tmp_path / "tab", "09:30", command, now=datetime(2026, 3, 1, 8, 0).astimezone())
    # Every % in the line is escaped: an unescaped one would end cron's command and start its input.
    assert "%" not in entry.line.replace("\\%", "")
    shown = show(tmp_path / "tab", datetime(2026, 3, 1, 8, 0).astimezone())
    assert shown.command == command and shown.at == "09:30"
    done = subprocess.run(["/bin/sh", "-c", shown.command], env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert (home / "precious").read_text(encoding="utf-8") == "keep me"
    assert argv_file.read_text(encoding="utf-8").splitlines() == [
        "-m", "srs", "--config", str(config), "remind", "--quiet-if-none", "--notify"]


def test_a_line_break_in_the_config_path_is_refused():
    from srs.cron import build_command
    from srs.errors import CronError

    with pytest.raises(CronError, match="line break"):
        build_command(Path("/usr/bin/python3"), Path("/home/me/x\n* * * * * rm -rf ~\n/config.yaml"))
    with pytest.raises(CronError):
        build_command(Path("/usr/bin/python3"), Path("/c.yaml"), env={"BAD NAME; rm": "x"})


# --- no network -----------------------------------------------------------------------------------

class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network access attempted: {args!r}")

    class NoSocket(socket.socket):
        def __init__(self, family=-1, *args, **kwargs):
            if family in (socket.AF_INET, socket.AF_INET6, -1):
                refuse(family, *args)
            super().__init__(family, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)


def test_scan_export_status_grade_and_backup_never_touch_the_network(vault, no_network):
    from click.testing import CliRunner

    from srs.cli import cli

    vault.note("Biology/Heart.md", "The **heart** is a pump. ![[pic.png]]\n")
    (vault.vault / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    vault.note("Hostile.md", HOSTILE_NOTE + "\nSee [a link](https://example.com) and **http** is a protocol.\n")
    svc = vault.service()
    svc.scan()
    card_id = svc.cards()[0].id
    svc.grade(card_id, 4)
    svc.counts()
    svc.export(with_scheduling=True)
    svc.backup(vault.root / "copy.db")
    svc.close()
    runner = CliRunner()
    base = ["--config", str(vault.config_path), "--now", "2026-03-02T09:30:00"]
    for args in (["scan", "--json"], ["status"], ["grade", card_id, "3"], ["export", "--json"], ["remind"], ["cards"],
                 ["undo"], ["backup", str(vault.root / "copy2.db")]):
        result = runner.invoke(cli, base + args)
        assert result.exit_code == 0, (args, result.output, result.exception)
        assert not isinstance(result.exception, NetworkUsed)


def test_the_network_guard_itself_works(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.com", 80))
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
