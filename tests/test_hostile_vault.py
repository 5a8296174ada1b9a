"""Bad files in a vault: each is a warning naming the file, the good notes still give their cards,
and the scan neither crashes nor hangs (exit 0, no traceback)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

GOOD = "A change that pushes a system back to its set point is called **negative feedback**, which stabilises it.\n"
GOOD_ANSWER = "negative feedback"


def write_bytes(vault, rel: str, data: bytes) -> Path:
    path = vault.vault / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def deep_list(depth: int) -> str:
    """A list nested ``depth`` levels deep, one item per level (about depth**2 bytes)."""
    return "\n".join("  " * i + f"- item {i} is **term{i}** here" for i in range(depth)) + "\n"


def scan(vault) -> tuple[dict, set[str]]:
    svc = vault.service()
    try:
        report = svc.scan().to_json()
        answers = {a for card in svc.cards() for a in card.answers}
    finally:
        svc.close()
    return report, answers


def warned(report: dict) -> dict[str, str]:
    return {w["path"]: w["message"] for w in report["warnings"]}


# --- each kind of bad file on its own, in-process -------------------------------------------------

@pytest.mark.parametrize(
    "name, data, words",
    [
        ("latin1.md", "Caf\xe9 is **coffee** in French.\n".encode("latin-1"), "UTF-8"),
        ("invalid-utf8.md", b"The \xff\xfe **heart** is a pump.\n", "UTF-8"),
        ("binary.md", bytes(range(256)) * 40, "binary"),
        ("nul.md", b"The **heart**\x00 is a pump.\n", "NUL"),
        ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "binary"),
    ],
)
def test_an_unreadable_encoding_is_a_warning_naming_the_file(vault, name, data, words):
    vault.note("good.md", GOOD)
    write_bytes(vault, name, data)
    report, answers = scan(vault)
    assert words in warned(report)[name]
    assert GOOD_ANSWER in answers


def test_broken_yaml_properties_are_a_warning_and_the_body_still_gives_cards(vault):
    vault.note("good.md", GOOD)
    vault.note("props.md", "---\ntags: [unclosed\n  : : bad\n---\nThe **heart** is a pump.\n")
    report, answers = scan(vault)
    assert "YAML" in warned(report)["props.md"]
    assert {GOOD_ANSWER, "heart"} <= answers


@pytest.mark.parametrize(
    "text",
    [
        "",  # a new, empty note: nothing to say about it
        "\n\n\n",
        "```python\nx = '**not a card**'\n",  # a code fence never closed
        "**bold never closed and [[a link never closed and <div> and $$ and ==mark\n",
        "---\n",  # properties opened, never closed
        "- " * 3000 + "The **heart** is a pump.\n",  # 3,000 nested lists on one line
        ">" * 3000 + " The **heart** is a pump.\n",  # 3,000 nested quotes
        "\ufeff" + GOOD,  # a byte order mark
        "\r\n".join(["A **CRLF** note uses Windows line ends.", "", "And **more** lines."]),
    ],
    ids=["empty", "blank-lines", "unclosed-fence", "unclosed-markup", "unclosed-properties", "nested-lists-one-line",
         "nested-quotes", "bom", "crlf"],
)
def test_odd_markdown_never_stops_the_scan(vault, text):
    vault.note("good.md", GOOD)
    vault.note("odd.md", text)
    report, answers = scan(vault)
    assert report["notes"] == 2
    assert GOOD_ANSWER in answers
    assert "not a card" not in answers  # text inside a code block is never a card


def test_an_unclosed_code_fence_is_a_warning(vault):
    vault.note("odd.md", "```python\nx = 1\n\nThe **heart** is a pump.\n")
    report, _ = scan(vault)
    assert "odd.md" in warned(report)


def test_a_list_nested_3000_deep_is_scanned(vault):
    vault.note("good.md", GOOD)
    vault.note("deep.md", deep_list(3000))
    report, answers = scan(vault)
    assert report["notes"] == 2 and GOOD_ANSWER in answers


def test_a_5_mb_single_line_is_scanned(vault):
    vault.note("good.md", GOOD)
    vault.note("long.md", "word " * (1024 * 1024) + "and a **term** is a word.\n")
    report, answers = scan(vault)
    assert report["notes"] == 2 and GOOD_ANSWER in answers


def test_dangling_and_looping_symlinks_are_warnings(vault):
    vault.note("good.md", GOOD)
    os.symlink("nowhere.md", vault.vault / "dangling.md")
    os.symlink("loop-b.md", vault.vault / "loop-a.md")
    os.symlink("loop-a.md", vault.vault / "loop-b.md")
    os.symlink(".", vault.vault / "self")  # a folder that contains itself
    report, answers = scan(vault)
    messages = warned(report)
    assert {"dangling.md", "loop-a.md", "loop-b.md"} <= set(messages)
    assert GOOD_ANSWER in answers


def test_a_fifo_named_md_is_a_warning_and_never_blocks_the_scan(vault):
    vault.note("good.md", GOOD)
    os.mkfifo(vault.vault / "pipe.md")
    report, answers = scan(vault)
    assert "not a regular file" in warned(report)["pipe.md"]
    assert GOOD_ANSWER in answers


def test_a_folder_named_like_a_note_is_walked_as_a_folder(vault):
    vault.note("x.md/inside.md", GOOD)
    report, answers = scan(vault)
    assert report["notes"] == 1 and report["warnings"] == []
    assert GOOD_ANSWER in answers


def test_a_note_deleted_during_the_scan_is_a_warning(vault, monkeypatch):
    import srs.scan

    vault.note("good.md", GOOD)
    doomed = vault.note("doomed.md", "The **heart** is a pump.\n")
    real_walk = srs.scan.walk_vault

    def walk_then_delete(*args, **kwargs):
        result = real_walk(*args, **kwargs)
        doomed.unlink()  # gone between the walk and the read
        return result

    monkeypatch.setattr(srs.scan, "walk_vault", walk_then_delete)
    report, answers = scan(vault)
    assert "deleted" in warned(report)["doomed.md"]
    assert answers == {GOOD_ANSWER}


def test_a_note_that_becomes_unreadable_keeps_its_cards(vault):
    """An encoding problem introduced later leaves the cards that note had (they are not retired)."""
    path = vault.note("heart.md", "The **heart** is a pump.\n")
    svc = vault.service()
    svc.scan()
    path.write_bytes(b"The \xff **heart** is a pump.\n")
    report = svc.scan().to_json()
    assert "heart.md" in warned(report) and report["retired"] == 0
    assert [c.answers for c in svc.cards()] == [("heart",)]
    svc.close()


@pytest.mark.skipif(os.geteuid() != 0, reason="chmod 000 is tested directly below when not root")
def test_chmod_000_as_root_is_still_read(vault):
    """root reads any file, so a chmod 000 note is scanned as usual (the non-root case is below)."""
    path = vault.note("locked.md", "The **heart** is a pump.\n")
    path.chmod(0)
    _, answers = scan(vault)
    assert "heart" in answers


def _nobody_runner() -> list[str] | None:
    if os.geteuid() != 0:
        return []  # already unprivileged
    setpriv = shutil.which("setpriv")
    if setpriv:
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    return None


def test_an_unreadable_note_is_a_warning_for_an_unprivileged_user():
    """chmod 000 only stops a user who is not root: run the real CLI as `nobody`."""
    runner = _nobody_runner()
    if runner is None:
        pytest.skip("running as root without setpriv: cannot drop privileges to test an unreadable file")
    root = Path(tempfile.mkdtemp(prefix="srs-unreadable-"))
    try:
        root.chmod(0o777)
        (root / "vault").mkdir()
        (root / "vault" / "good.md").write_text(GOOD, encoding="utf-8")
        locked = root / "vault" / "locked.md"
        locked.write_text("The **heart** is a pump.\n", encoding="utf-8")
        locked.chmod(0)
        sealed = root / "vault" / "sealed"
        sealed.mkdir()
        (sealed / "inside.md").write_text("Some **term** is here.\n", encoding="utf-8")
        sealed.chmod(0)
        (root / "config.yaml").write_text("vault: vault\ndatabase: data/srs.db\n", encoding="utf-8")
        for path in [root, root / "vault", root / "vault" / "good.md", root / "config.yaml"]:
            path.chmod(path.stat().st_mode | 0o777)
        probe = subprocess.run([*runner, sys.executable, "-c", "import srs"], capture_output=True, cwd=root,
                               env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
        if probe.returncode != 0:
            pytest.skip(f"the unprivileged user cannot run this Python: {probe.stderr.decode()[-200:]}")
        result = subprocess.run(
            [*runner, sys.executable, "-m", "srs", "--config", str(root / "config.yaml"), "scan", "--json"],
            capture_output=True, text=True, cwd=root, timeout=60,
            env={**os.environ, "SRS_NOW": "2026-03-01T09:30:00", "HOME": str(root),
                 "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        )
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        messages = warned(json.loads(result.stdout))
        assert "denied" in messages["locked.md"].lower()
        assert "sealed" in messages
        assert json.loads(result.stdout)["added"] == 1
    finally:
        for folder, dirs, files in os.walk(root):
            for name in dirs + files:
                try:
                    os.chmod(os.path.join(folder, name), 0o700, follow_symlinks=False)
                except OSError:
                    pass
        shutil.rmtree(root, ignore_errors=True)


# --- all of them at once, through the real CLI ----------------------------------------------------

def test_scan_of_a_vault_full_of_bad_files_exits_0_with_a_warning_for_each(vault):
    vault.note("good.md", GOOD)
    vault.note("Sub/also good.md", "Books printed before 1501 are known as **incunabula**.\n")
    write_bytes(vault, "invalid-utf8.md", b"The \xff\xfe **heart** is a pump.\n")
    write_bytes(vault, "binary.md", bytes(range(256)) * 40)
    write_bytes(vault, "nul.md", b"x\x00y")
    vault.note("props.md", "---\ntags: [unclosed\n---\nThe **liver** is an organ.\n")
    vault.note("fence.md", "```\nnever closed **x**\n")
    vault.note("markup.md", "**never closed [[link <b> {{c1::\n")
    vault.note("deep.md", "- " * 3000 + "x\n")
    vault.note("empty.md", "")
    os.symlink("nowhere.md", vault.vault / "dangling.md")
    os.symlink("loop-b.md", vault.vault / "loop-a.md")
    os.symlink("loop-a.md", vault.vault / "loop-b.md")
    os.mkfifo(vault.vault / "pipe.md")
    result = vault.cli("scan", "--json", check=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert set(warned(report)) == {"invalid-utf8.md", "binary.md", "nul.md", "props.md", "fence.md", "dangling.md",
                                   "loop-a.md", "loop-b.md", "pipe.md"}
    cards = json.loads(vault.cli("cards", "--json").stdout)
    answers = {a for card in cards for a in card["answers"]}
    assert {GOOD_ANSWER, "incunabula", "liver"} <= answers
    # The plain output names each file too, one warning a line.
    text = vault.cli("scan", check=False)
    assert text.returncode == 0 and "Traceback" not in text.stderr
    for name in ("binary.md", "dangling.md", "pipe.md"):
        assert f"warning: {name}: " in text.stderr
