"""The guard that sends notes the Rust parser would panic on to markdown-it-py: the same answer as
a plain line-by-line reading, in time linear in the note."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from srs.core.markdown_guard import _panics, _unclosed_ticks, needs_markdown_it_py


def panics_by_lines(source: str) -> bool:
    """The rule read the simple way: every line in order, "[" remembered until a blank line."""
    if "`" not in source or "[" not in source:
        return False
    bracket = False
    for line in source.split("\n"):
        if not line.strip():
            bracket = False
            continue
        if "`" in line and (bracket or "[" in line):
            pieces = [line, *line.split("|")] if "|" in line else [line]
            if any(_unclosed_ticks(piece) for piece in pieces):
                return True
        bracket = bracket or "[" in line
    return False


LINES = st.lists(
    st.text(alphabet="[]`|x \t", max_size=8) | st.sampled_from(["", "  ", "[[a]]", "`x`", "``x`", "a | `b | c", "[`"]),
    max_size=12,
)


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(LINES)
def test_the_guard_agrees_with_a_plain_reading_line_by_line(lines: list[str]) -> None:
    source = "\n".join(lines)
    assert _panics(source) == panics_by_lines(source)


def test_an_open_bracket_above_an_unclosed_backtick_is_caught_across_lines() -> None:
    assert _panics("see [the docs\nand ``code` here")
    assert not _panics("see [the docs\n\nand ``code` here")  # a blank line ends the stretch
    assert not _panics("see [the docs]\nand `code` here")  # the backticks close


def test_a_long_note_of_backtick_lines_is_judged_in_linear_time() -> None:
    # A link at the top, then thousands of lines with code spans and no blank line: each line
    # once looked back up to the blank line, and this note (48 KB) took 16 s.
    source = "[[Link]]\n\n" + "\n".join("`a`" for _ in range(12_000))
    started = time.perf_counter()
    assert not needs_markdown_it_py(source)
    assert time.perf_counter() - started < 2.0
