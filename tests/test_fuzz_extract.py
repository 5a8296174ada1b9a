"""extract_note never raises, on random markdown-ish text and on pathological files, and every
card it makes is a well-formed cloze whose answers appear in it."""

from __future__ import annotations

import time

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srs.core.extract import extract_note

PIECES = [
    "[[", "]]", "|", "**", "*", "_", "==", "{{c1::", "{{c2::", "}}", "::", ":::", "%%", "<!--", "-->",
    "`", "```", "$", "$$", ">", "> [!note] ", "#", "# ", "## ", "- ", "- [ ] ", "1. ", "\n", "\n\n",
    "---\n", "[^1]", "[^1]: ", "\\", "\"", "“", "”", " is called ", " is ", " known as ", "Term",
    "Kohut", " believed ", "Q: ", "A: ", "title: x\n", "tags: [a, b]\n", "\t", "\r\n", "\ufeff",
    "\x00", "שלום", "مرحبا", "漢字。", "🔼", " ", ".", "word", "A vault", "|---|---|\n",
]
markdownish = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=60).map("".join)


def _check(text: str) -> None:
    note = extract_note(text, "folder/Some note.md")
    assert note.info.path == "folder/Some note.md"
    for card in note.candidates:
        assert "{{c" in card.text
        assert card.answers and all(answer in card.text for answer in card.answers)
        assert card.line >= 1


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdownish)
def test_random_markdownish_text_never_raises(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_random_unicode_never_raises(text: str) -> None:
    _check(text)


@pytest.mark.slow
def test_pathological_files_degrade_quickly() -> None:
    cases = {
        "binary": bytes(range(256)).decode("latin-1") * 50,
        "nul": "A **term** is a thing.\x00\x00 ==x==\x00",
        "long line": ("Some plain words, then **bold** and [[a|b]]. " * 120_000)[:5_000_000],
        "deep lists": "".join("  " * i + "- item\n" for i in range(3000)),
        "deep quotes": ">" * 3000 + " text",
        "unclosed fence": "```\n**X** is a thing\n",
        "broken yaml": "---\ntags: [a, b\ntitle: : :\n---\nBody.\n",
        "unclosed comment": "Start %% never closed\n**X** is a definition of things.",
        "many brackets": "[[" * 50_000,
        "many marks": "==a " * 50_000,
    }
    for name, text in cases.items():
        started = time.process_time()
        _check(text)
        assert time.process_time() - started < 60, name


def test_broken_yaml_is_a_warning() -> None:
    note = extract_note("---\ntags: [a, b\n---\nA **vault** is a folder of notes on disk.\n", "n.md")
    assert note.warnings and note.warnings[0].startswith("broken YAML properties (line ")
