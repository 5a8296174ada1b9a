"""The benchmark vault generator: deterministic, realistic sizes, and files markdown can read."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _load_generator():
    spec = importlib.util.spec_from_file_location("gen_vault", BENCH / "gen_vault.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_vault"] = module
    spec.loader.exec_module(module)
    return module


gen_vault = _load_generator()


def _digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.blake2b(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_same_seed_gives_identical_files(tmp_path: Path) -> None:
    first = _digest(gen_vault.generate_vault(tmp_path / "a", notes=200, seed=7))
    second = _digest(gen_vault.generate_vault(tmp_path / "b", notes=200, seed=7))
    assert first == second
    assert len([p for p in first if p.endswith(".md")]) == 200


def test_another_seed_gives_another_vault(tmp_path: Path) -> None:
    first = _digest(gen_vault.generate_vault(tmp_path / "a", notes=50, seed=1))
    second = _digest(gen_vault.generate_vault(tmp_path / "b", notes=50, seed=2))
    assert first != second


def test_notes_average_about_one_and_a_half_kilobytes(tmp_path: Path) -> None:
    root = gen_vault.generate_vault(tmp_path, notes=500, seed=1)
    sizes = [p.stat().st_size for p in root.rglob("*.md")]
    assert len(sizes) == 500
    assert 1100 <= sum(sizes) / len(sizes) <= 1800
    assert min(sizes) >= 100 and max(sizes) <= 16_000


def test_vault_has_nested_folders_attachments_and_the_expected_mix(tmp_path: Path) -> None:
    root = gen_vault.generate_vault(tmp_path, notes=600, seed=3)
    folders = [p for p in root.rglob("*") if p.is_dir() and p.name != "attachments"]
    assert 20 <= len(folders) <= 200
    assert max(len(p.relative_to(root).parts) for p in folders) in (2, 3)
    pngs = list((root / "attachments").glob("*.png"))
    assert pngs and all(p.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") for p in pngs)

    raw = [p.read_bytes() for p in root.rglob("*.md")]
    assert any(b"\r\n" in data for data in raw), "some notes use CRLF"
    assert any(b"\r\n" not in data for data in raw)
    text = "\n".join(data.decode("utf-8") for data in raw)
    for feature in (
        "---\ntags:", "aliases:", "created: ", "[[", "|", "#^", "![[", "** is ", "is called **",
        "- [ ] ", "- [x] ", "> [!", "```", "[^1]", "%% ", "<!--", "{{c1::", "==", "::", "|---|",
    ):
        assert feature in text, feature
    assert any(ord(ch) > 0x3000 or 0x400 <= ord(ch) < 0x500 for ch in text), "some non-Latin notes"
    # Embeds of images point at attachments that exist.
    names = {p.name for p in pngs}
    embedded = {part.split("]]")[0].split("|")[0] for part in text.split("![[")[1:]}
    assert {name for name in embedded if name.endswith(".png")} <= names


def test_a_handful_of_notes_parse_with_markdown_it(tmp_path: Path) -> None:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    root = gen_vault.generate_vault(tmp_path, notes=40, seed=5)
    parser = MarkdownIt("commonmark").use(front_matter_plugin).use(footnote_plugin).enable("table")
    kinds: set[str] = set()
    for path in sorted(root.rglob("*.md"))[:40]:
        tokens = parser.parse(path.read_text(encoding="utf-8"))
        assert tokens, path
        kinds |= {token.type for token in tokens}
    assert {"paragraph_open", "heading_open", "bullet_list_open", "fence"} <= kinds


def test_command_line_writes_the_vault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert gen_vault.main([str(tmp_path / "v"), "--notes", "30", "--seed", "2"]) == 0
    assert len(list((tmp_path / "v").rglob("*.md"))) == 30
    assert "30 notes" in capsys.readouterr().out
