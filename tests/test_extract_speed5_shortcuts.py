"""The entry-line judge's and the list reader's cheap tests answer as the slower code they stand
in front of: each shortcut is compared with the plain computation on generated input."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from srs.core.extract import entryglosses, entrylines, lists
from srs.core.extract.sentences import clean_card_text, plain

# Pieces of glosses and entry lines: words of either case, commas, separators, the pronoun "I",
# other whitespace, marks and the line ends the judge turns away.
_PIECES = [
    "a", "word", "Word", "I", "I ", " I am", "x", "ñu", "日本", " ", "  ", ", ", ",", " and ", " y ", " or ", "\t", "\n",
    "\u00a0", ":", ": ", " - ", " — ", "=", " = ", "?", "：", "**", "*", "_", "(", ")", ".", "1", "Ab", "CD", "ef",
]
_texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_texts)
def test_word_list_gate_never_turns_away_a_word_list(text: str) -> None:
    flat = plain(text)
    if "," in flat and entryglosses._WORD_LIST.match(flat):
        assert entryglosses._may_be_word_list(flat)


@settings(max_examples=3000, deadline=None)
@given(_texts)
def test_first_person_gate_never_turns_away_a_first_person_gloss(text: str) -> None:
    flat = plain(text)
    if entryglosses._FIRST_I.match(flat):
        assert "I " in flat


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["Ab", "ab", "CD", "x", "É", "é", "1", "(A", "日本"]), min_size=1, max_size=8))
def test_capitalised_pair_is_the_pairwise_test(words: list[str]) -> None:
    pairs = any(a[:1].isupper() and b[:1].isupper() for a, b in zip(words[:5], words[1:5]))
    assert entryglosses._capitalised_pair(words) == pairs


@settings(max_examples=3000, deadline=None)
@given(_texts)
def test_a_line_ending_as_no_gloss_does_is_no_entry_by_the_slow_path(text: str) -> None:
    # The shortcut returns None for such a line; the slow path (head, separator, term, gloss)
    # must turn it away too: its gloss ends where the line does.
    line = clean_card_text(text)
    if not line.rstrip().endswith(entryglosses.NO_GLOSS_ENDS):
        return
    assert entrylines.entry_line(text) is None
    parts = entrylines._entry_parts(line)
    if parts is not None:
        head, separator = parts
        body = line[separator.end() :].strip()
        assert body.endswith(entryglosses.NO_GLOSS_ENDS)
        assert not entryglosses.gloss_reads(head.group("term").strip(), body, separator.group().strip())


@settings(max_examples=2000, deadline=None)
@given(_texts, st.integers(0, 6))
def test_first_words_are_the_first_of_findall(text: str, count: int) -> None:
    if count == 0:
        return  # (callers ask for at least one word)
    assert lists.first_words(text, count) == re.findall(lists._WORD.pattern, text)[:count]


_HEADINGS = ["Packing", "Glossary", "Shopping list", "Terms", "to-do", "Weekly review", "Cells", "Meeting notes", "Zellen"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_HEADINGS), max_size=3).map(tuple), min_size=1, max_size=6), st.sampled_from(["Cells", "2025-04-03", "Packing"]))
def test_personal_list_remembers_heading_paths_as_it_would_search_them(paths: list[tuple[str, ...]], title: str) -> None:
    from srs.core.extract import notecards
    from srs.core.markdown import Block

    blocks = tuple(Block("item", n + 1, "- a: b", headings=path) for n, path in enumerate(paths))
    for _ in range(2):  # the second reading is served from memory
        for index, path in enumerate(paths):
            slow = notecards._PERSONAL_LIST.search(title) is not None or notecards._DATED_TITLE.match(title) is not None
            slow = slow or any(notecards._PERSONAL_LIST.search(h) for h in path)
            assert notecards.personal_list(title, blocks, index) == slow
