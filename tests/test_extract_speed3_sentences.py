"""The extractor's fast ways of making values and finding cues agree with the plain ones."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from srs.core.extract import uitext, unmarked
from srs.core.extract.alternation import prefix_tree
from srs.core.extract.sentences import Sentence, _sentence, _shift, split_sentences
from srs.core.markdown_render import Span


def test_fast_sentence_is_the_dataclass_value() -> None:
    span = Span("strong", 0, 5, 2, 3, "", "")
    fast = _sentence("An offer is ...", (span,), 2, 1)
    plain = Sentence("An offer is ...", (span,), 2, 1)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert dataclasses.astuple(fast) == dataclasses.astuple(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.text = "changed"  # type: ignore[misc]


def test_shifted_span_is_the_dataclass_value() -> None:
    span = Span("wikilink", 10, 20, 12, 18, "Target", "alias")
    fast = _shift(span, 4)
    plain = Span("wikilink", 6, 16, 8, 14, "Target", "alias")
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 0  # type: ignore[misc]


def test_split_sentences_shifts_spans_into_each_sentence() -> None:
    text = "First one. Then **bold** here."
    spans = (Span("strong", 16, 24, 18, 22, "", ""),)
    second = split_sentences(text, spans)[1]
    assert second == Sentence("Then **bold** here.", (Span("strong", 5, 13, 7, 11, "", ""),), 1, 0)


def test_cue_tree_finds_what_the_plain_substring_test_finds() -> None:
    rng = random.Random(7)
    pieces = [*unmarked._CUES, " ", ",", "i", "s", "t", "a", "the", "x", "é", "\n"]
    plain = re.compile("|".join(re.escape(c) for c in unmarked._CUES))
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert (unmarked._CUE.search(text) is None) == (plain.search(text) is None), text
    assert prefix_tree(["is ", "ist ", "are "]) == r"i(?:s(?:\ |t\ ))|are\ "


def test_prefix_tree_keeps_a_word_that_others_extend() -> None:
    tree = re.compile(rf"^(?:{prefix_tree(['to', 'toggle', 'tap'])})\b")
    assert [bool(tree.match(t)) for t in ("to go", "toggle it", "tap", "tog", "tapx")] == [True, True, True, False, False]


def test_ui_start_tree_matches_where_the_plain_alternation_matches() -> None:
    plain = re.compile(
        r"^(?:(?:to|if you want to|once|when|then|first|next|finally|optionally|alternatively)\b[^,.]{0,80},\s*)?"
        r"(?:select|click|press|tap|open|close|choose|go to|navigate|enable|disable|toggle|type|enter|"
        r"drag|drop|hover|right-click|double-click|run|install|copy|paste|pick|check|uncheck|scroll|"
        r"search for|find|set|change|add|remove|delete|rename|create|launch|restart|expand|collapse|"
        r"use the|in the|from the|under|try|let's)\b",
        re.I,
    )
    rng = random.Random(11)
    words = ["To", "then", "if you want to", "Select", "set", "settings", "go to", "Go", "in the", "inthe", "x",
             "runs", "run", "let's", "use", "the", ",", ", ", ".", " ", "İ", "ſet", "K", "copy"]
    for _ in range(20000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        assert bool(uitext._UI_START.match(text)) == bool(plain.match(text)), text


def test_one_sentence_without_spans_counts_leading_line_breaks() -> None:
    assert split_sentences("\n\n  A term is a word  \n", ()) == [Sentence("A term is a word", (), 0, 2)]
    assert split_sentences(" \n ", ()) == []
    assert split_sentences("", ()) == []
    # No boundary but spans: the general path keeps the spans unshifted at the block's start.
    span = Span("em", 0, 6, 1, 5, "", "")
    assert split_sentences("*Term* means x", (span,)) == [Sentence("*Term* means x", (span,), 0, 0)]


def test_ui_noun_tree_finds_what_the_plain_alternation_finds() -> None:
    plain = re.compile(
        r"\b(?:button|menu|tab|toggle|dialog|sidebar|ribbon|command palette|settings|toolbar|panel|pane|"
        r"checkbox|dropdown|shortcut|hotkey|click|select)\b",
        re.I,
    )
    rng = random.Random(13)
    words = ["Pane", "panel", "panels", "pan", "tab", "table", "TOOLBAR", "tool", "command palette", "command",
             " ", "-", "x", "click", "clicks", "ſelect", "K", "menu", "Menus", "é"]
    for _ in range(20000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        assert (uitext._UI_NOUNS.search(text) is None) == (plain.search(text) is None), text


def test_line_sep_near_start_agrees_with_the_regex() -> None:
    from srs.core.extract import lines

    rng = random.Random(19)
    pieces = ["Term", ":", " ", "=", "-", " - ", "：", "—", "–", "\n", "\t", "x" * 30, "é", "a-b"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert lines.line_sep_near_start(text) == (lines.LINE_SEP.search(text, 0, 64) is not None), text
