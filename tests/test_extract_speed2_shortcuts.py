"""The extractor's cheap tests answer as the slower code they stand in front of: each shortcut is
compared with the plain computation on generated input."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from srs.core.extract import fences, keyterms, lists, titles
from srs.core.markdown import Block

_TITLE_PIECES = [
    "concept", "Concept", "NOTES", "note", "noteſ", "Basicſ", "basics", "overview", "explained", "definition",
    " ", "(", ")", "\n", "x", "📘 ", "2024-03-05 ", "12345678 ", "s", "ſ", "\t",
]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=7).map("".join))
def test_bare_title_matches_the_plain_substitutions(title: str) -> None:
    plain = titles._TITLE_SUFFIX.sub("", titles._TITLE_PREFIX.sub("", title)).strip()
    assert titles.bare_title.__wrapped__(title) == plain


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="ab é_1 .,-\n'’\t。日", max_size=40))
def test_enough_words_counts_as_findall(text: str) -> None:
    counted = len(re.findall(r"\w+", text)) >= keyterms.MIN_WORDS
    assert (keyterms._ENOUGH_WORDS.match(text) is not None) == counted
    assert set(text.lower().split()) == {word.lower() for word in text.split()}


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["item", "paragraph", "heading"]), st.integers(1, 3), st.booleans()), max_size=12))
def test_run_index_is_the_index_of_list_runs(shape: list[tuple[str, int, bool]]) -> None:
    blocks = tuple(Block(kind, n + 1, "- x", level=level, first_in_item=first) for n, (kind, level, first) in enumerate(shape))
    assert lists.run_index(blocks) == lists.list_runs(blocks)[0]


@given(st.lists(st.sampled_from(["a", "b", ("a", "b"), ("c",), "a"]), max_size=9))
def test_top_count_is_the_count_of_the_most_common(values: list[object]) -> None:
    common = Counter(values).most_common(1)
    assert lists._top_count(values) == (common[0][1] if common else 0)


def _unclosed_fence_line(text: str) -> int:
    """The fence scan without its cheap tests (as it read before them)."""
    if "```" not in text and "~~~" not in text:
        return 0
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    open_line, marker, raw_close = 0, "", ""
    for number, line in enumerate(text.split("\n"), start=1):
        if raw_close:
            if raw_close in line.lower():
                raw_close = ""
            continue
        if not marker:
            raw = fences._RAW_OPEN.match(line)
            if raw:
                close = f"</{raw.group(1).lower()}>"
                raw_close = "" if close in line.lower() else close
                continue
        match = fences._FENCE.match(line)
        if match is None:
            continue
        run, rest = match.group(1), match.group(2)
        if not marker:
            if run[0] == "`" and "`" in rest:
                continue
            marker, open_line = run, number
        elif run[0] == marker[0] and len(run) >= len(marker) and not rest.strip():
            marker, open_line = "", 0
    return open_line if marker else 0


_FENCE_PIECES = ["```", "~~~", "````", "`", "~", "<pre>", "</pre>", "<PRE ", "<script>", "</style>", " ", "> ", "\n", "\r\n", "a", "\t", "<"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_FENCE_PIECES), max_size=14).map("".join))
def test_fence_scan_shortcuts_keep_its_answer(text: str) -> None:
    assert fences.unclosed_fence_line(text) == _unclosed_fence_line(text)
