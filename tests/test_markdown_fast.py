"""The Rust-backed parser gives exactly the blocks of the markdown-it-py one, or steps aside.

``parse`` takes its tokens from markdown-it-pyrs when it can mirror markdown-it-py exactly, and
from markdown-it-py otherwise. A user must never get other cards because of which parser ran:
these tests compare both on every note we have, on generated notes, and on hostile input.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import srs.core.markdown_fast as markdown_fast
import srs.core.markdown_obsidian as markdown_obsidian
from srs.core.markdown import parse, prepare
from srs.core.markdown_fast import fast_events
from srs.core.markdown_guard import needs_markdown_it_py

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
pytestmark = pytest.mark.skipif(markdown_fast._parser() is False, reason="markdown-it-pyrs is not installed")


def _notes(root: Path) -> list[Path]:
    return sorted(root.rglob("*.md")) if root.is_dir() else []


def _assert_same(text: str, where: str = "") -> bool:
    """Both parsers agree on ``text``; True when the fast one took it."""
    assert parse(text) == parse(text, fast=False), where or repr(text)
    return fast_events(prepare(text)[0]) is not None


def test_every_corpus_and_example_note_parses_the_same() -> None:
    paths = _notes(HERE / "corpus") + _notes(HERE.parent / "examples")
    taken = sum(_assert_same(p.read_text(encoding="utf-8-sig"), str(p)) for p in paths)
    assert len(paths) > 400
    assert taken > 0.8 * len(paths)  # the fast parser really ran


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is absent")
def test_every_shared_note_parses_the_same() -> None:
    paths = _notes(SHARED / "vaults" / "obsidian-help") + _notes(SHARED / "seeds")
    taken = sum(_assert_same(p.read_bytes().decode("utf-8-sig", "replace"), str(p)) for p in paths)
    assert taken > 0.65 * len(paths)


def test_generated_bench_notes_parse_the_same(tmp_path: Path) -> None:
    sys.path.insert(0, str(HERE.parent / "bench"))
    try:
        from gen_vault import generate_vault
    finally:
        sys.path.pop(0)
    vault = generate_vault(tmp_path / "v", 300, seed=7)
    paths = _notes(vault)
    taken = sum(_assert_same(p.read_text(encoding="utf-8"), str(p)) for p in paths)
    assert taken > 0.8 * len(paths)


PIECES = [
    "word", "Term", " ", "  ", "\n", "\n\n", "**", "*", "_", "__", "~~", "==", "===", "[[", "]]", "![[",
    "|", "#", "#tag", "(#x", ",#y", "{{c1::", "{{c2::a::hint}}", "}}", "::", "$", "`", "``", "[", "]",
    "](http://x.y)", "(", ")", "<b>", "</b>", "<http://a.b>", "&amp;", "&#103;", "- ", "* ", "1. ", "> ",
    "> [!note] Title\n> ", "# ", "## ", "| a | b |\n|---|---|\n| ", " | ", "[^1]", "\n\n[^1]: note #t\n",
    "- [ ] ", "\u00a0", "---\n", "```\ncode\n```\n", "é", "日本", "x.png", "Note|alias", "\n    ",
    "  - ", "\n===\n", "![a](b.png)", "\t",
]


@settings(max_examples=1000, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_random_obsidian_markdown_parses_the_same(pieces: list[str]) -> None:
    _assert_same("".join(pieces))


@pytest.mark.parametrize(
    "text",
    [
        "[[a *b* c]] and *d*", "==**bold** highlight==", "{{c1::**x**}} y", "#_x_ y", "_x #a_ b",
        "$a*b*c$ and $x_1$", "==a $b== c$", "`a $b` c$", "**a ==b** c==", "#tag*x*", "[a [[b]] c](u)",
        "x\u00a0\n\u00a0", "- a\n  - b\n  c\n\n  d", "> [!tip] T\n> - [ ] task #t\n>   more",
        "| [[A\\|B]] | c |\n|---|---|\n| x | y |", "Text[^n] and [^m]\n\n[^m]: m\n[^n]: n [[L]] #t\n",
        # front matter whose first "---" line is indented (no fence for markdown-it-py)
        "---\ntitle: x\n    ---\nThe **thing** is a word.\n", "---\ntitle: x\n\t---\nA **b** c.\n",
        "---\ntitle: x\n  ---\nThe **thing** is a word.\n", "---\ntitle: x\n---\nA **b** c.\n    ---\n",
        # one footnote label defined twice, a tag in the second one's text
        "x[^1]\n\n[^1]: a\n\n[^1]: b\nc,#y\n", "x[^1]\n\n[^1]: a\n\n[^1]: b\n#y\n",
        # in a quote, a delimiter row with a pipe under a line without one
        "> [!note] Title\n>  | ---\nx\n", ">> T\n>> | ---\n", "- > T\n  > | ---\n", "> [!tip] T\n> a\n> | --- |\n",
    ],
)
def test_known_tricky_notes_parse_the_same(text: str) -> None:
    _assert_same(text)


def test_notes_the_rust_parser_cannot_mirror_take_markdown_it_py() -> None:
    for text in ["a \\*b\\*", "$$\nx\n$$", "a ^[inline] b", "[r]: http://x\n\n[[r]]", ">" * 13 + " deep", "x" * 60_000]:
        assert needs_markdown_it_py(prepare(text)[0]), text
        assert fast_events(prepare(text)[0]) is None
    assert not needs_markdown_it_py("Plain [[Note]] with $x$ and a footnote[^1].\n\n[^1]: n\n")


@pytest.mark.parametrize("text", ["- \nfoo", "-\n\nx", "1.\nx", "* \n  a\n* b", "x\n\n- \n- a\n"])
def test_an_empty_list_item_takes_markdown_it_py_on_any_line(text: str) -> None:
    """The guard's line-start checks run as one pass over "\\n" + the note, so an empty item on
    the first line is caught as on any other (before, only the walk's own checks caught it)."""
    assert needs_markdown_it_py(prepare(text)[0])
    _assert_same(text)


def test_hostile_nesting_never_reaches_the_rust_parser() -> None:
    """Tens of thousands of nested quotes or emphasis crash the Rust parser's recursion; such
    notes must take the Python parser (the scan runs this in a child so a crash would show)."""
    code = (
        "from srs.core.markdown import parse\n"
        "for text in ['>' * 60000 + ' x', '**' * 60000 + 'x', '- ' * 60000 + 'x', '![a' * 9000 + '](x)' * 9000]:\n"
        "    parse(text)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and "ok" in result.stdout, result.stderr[-500:]


@pytest.mark.parametrize("text", ["**" * 9000 + "x" + "**" * 9000, "[a" * 5000 + "](x)" * 5000, "> " * 11 + "- a"])
def test_deep_nesting_under_the_size_limit_parses_the_same(text: str) -> None:
    """Regression: the walk over the Rust tree recursed once per level and hit Python's limit;
    it now hands anything deeper than markdown-it-py nests to markdown-it-py."""
    _assert_same(text)


def test_without_the_rust_parser_every_note_takes_markdown_it_py(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "# T\n\nA **term** is [[x|shown]] #t.\n"
    expected = parse(text)
    monkeypatch.setattr(markdown_fast, "_RS", False)
    assert fast_events(prepare(text)[0]) is None
    assert parse(text) == expected


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab []#={}$~*_!\n\u00e9"), max_size=40))
def test_markup_free_is_the_markup_pattern_finding_nothing(text: str) -> None:
    """``markup_free`` answers with one-character searches what ``_MARKUP`` (the definition) does."""
    assert markdown_obsidian.markup_free(text) is (markdown_obsidian._MARKUP.search(text) is None)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab [[]]#!={{}$~\n\u00e9"), max_size=60))
def test_opener_marks_are_the_opener_pattern_matches(text: str) -> None:
    """``_opener_marks`` finds, in order, what ``_OPENERS`` (the definition) matches."""
    assert markdown_obsidian._opener_marks(text) == [found.start() for found in markdown_obsidian._OPENERS.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "# Title", "#\tTab  title  ", "   ### Indented", "# Closed #", "# \u00a0", "# Caf\u00e9 \u00a0", "#", "# ",
        "####### seven", "#hashtag", "> # In a quote\n> text", "- # In an item", "# a *b*", "# [[Link]] and #tag",
        "Text\n# Right under\nmore", "# Two  spaces\n\n## Second", "# x\u00a0y", "## Trailing spaces   \n",
    ],
)
def test_headings_read_from_their_source_parse_the_same(text: str) -> None:
    """An ATX heading whose title holds no inline syntax is read from its source line, not its
    node (``_Walker.plain_heading``): the same blocks as markdown-it-py's."""
    _assert_same(text)
