"""The entry-line judge's and the list reader's cheap tests answer as the slower code they stand
in front of: each shortcut is compared with the plain computation on generated input."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from srs.core.extract import entryglosses, entrylines, glossclauses, glosslists, lists
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
    if "," in flat and glosslists.WORD_LIST.match(flat):
        assert glosslists.may_be_word_list(flat)


@settings(max_examples=3000, deadline=None)
@given(_texts)
def test_first_person_gate_never_turns_away_a_first_person_gloss(text: str) -> None:
    flat = plain(text)
    if glossclauses._FIRST_I.match(flat):
        assert "I " in flat


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["Ab", "ab", "CD", "x", "É", "é", "1", "(A", "日本"]), min_size=1, max_size=8))
def test_capitalised_pair_is_the_pairwise_test(words: list[str]) -> None:
    pairs = any(a[:1].isupper() and b[:1].isupper() for a, b in zip(words[:5], words[1:5]))
    assert glosslists.capitalised_pair(words) == pairs


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


def _cuts_by_pattern(text: str, boundaries: object) -> list[int]:
    """``sentences._cuts`` for a text with no spans as it read the text after a full stop before
    (``_LOWER_START`` matched at every full stop): the slow path of the lookup that replaced it."""
    from srs.core.extract import sentences

    cuts: list[int] = []
    for match in boundaries:  # type: ignore[attr-defined]
        at, end = match.span()
        mark = text[at]
        if mark == "\n":
            prev_line = text[text.rfind("\n", 0, at) + 1 : at]
            if len(prev_line) > 30 and sentences._LOWER_START.match(text, end) and not sentences._LINE_END.search(prev_line):
                continue
            cuts.append(end)
            continue
        if mark == ".":
            before = text[at - 8 : at] if at >= 8 else ""
            if at < 8 or " " in before or "\n" in before or "(" in before:
                space = text.rfind(" ", 0, at)
                word_start = max(space, text.rfind("\n", space + 1, at)) + 1
                word = text[word_start:at].lower().lstrip("(")
                if word in sentences.ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    continue
            if sentences._LOWER_START.match(text, end):
                continue
        elif mark == "…" and (sentences._LOWER_START.match(text, end) or _CJK_AFTER.match(text, end)):
            continue
        cuts.append(end)
    return cuts


# Kana, CJK ideographs, hangul after spaces: what keeps a sentence going after "…" (a model of its own).
_CJK_AFTER = re.compile(r"[ \t]*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SENTENCE_PIECES = ["Word", "word", " ", "  ", ". ", ".  ", ".\n", "!", "? ", "e.g. ", "(a", "(", "…", "… a", "\t", "\u00a0", "\u2003", "a", "Z", "日本。", "\n", "é", "… 語", "… ש"]


@settings(max_examples=4000, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=16).map("".join))
def test_sentence_cuts_read_the_text_after_a_stop_as_the_pattern_does(text: str) -> None:
    from srs.core.extract import sentences

    fast = sentences._boundaries(text)
    slow = sentences._boundaries(text)
    if fast is None:
        return
    assert sentences._cuts(text, (), fast) == _cuts_by_pattern(text, slow)


_word = st.sampled_from(["crear", "editar", "Word", "ñu", "x1", "a"])
_group = st.lists(_word, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=3000, deadline=None)
@given(_group, _group, _group, st.sampled_from([", ", ",", " , "]), st.sampled_from([" and ", ", y ", " o ", ", "]), st.sampled_from(["", ".", " more words"]))
def test_word_list_gate_keeps_every_list_of_three(first: str, second: str, third: str, comma: str, last: str, end: str) -> None:
    flat = plain(first + comma + second + last + third + end)
    if "," in flat and glosslists.WORD_LIST.match(flat):
        assert glosslists.may_be_word_list(flat)


def _plain_by_pattern(text: str) -> str:
    """``sentences.plain`` as the marker pattern alone reads it (the slow path of its shortcuts)."""
    from srs.core.extract import sentences

    if sentences._NEEDS_PLAIN.search(text) is None:
        return text.strip()
    return " ".join(sentences._EMPH_MARK.sub("", text).split())


@settings(max_examples=5000, deadline=None)
@given(st.lists(st.sampled_from(["**", "*", "***", "****", "_", "__", "=", "==", "~~", " ", "  ", "\n", "a", "B", "é", "日", "(", ":", "1", "\t"]), max_size=14).map("".join))
def test_plain_bold_shortcut_reads_as_the_marker_pattern(text: str) -> None:
    assert plain(text) == _plain_by_pattern(text)


_OPENINGS = ["A ", "An ", "The ", "We ", "One ", "a ", "the ", "Theory ", "Ana ", "", "“", '"', "'", "é"]
_RESTS = ["inner join returns rows", "country has a comparative advantage in a good when it", "speak of moral hazard when people",
          "speaks of a trap if rates", "process", " if ", " when", "'s", "“x”", "‘y’", "\"q\"", "日本"]


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(_OPENINGS), st.lists(st.sampled_from(_RESTS), max_size=4).map(" ".join))
def test_the_callers_first_tests_turn_away_only_what_the_rules_turn_away(opening: str, rest: str) -> None:
    from srs.core.extract import families, unmarked
    from srs.core.extract.sentences import has_quote, split_sentences

    text = opening + rest + " and so on."
    for sentence in split_sentences(text, ()):
        t = sentence.text
        if not t.startswith(("A", "The")):
            assert families.kind_subject(sentence) is None  # skipped by _extract
        if " when" not in t and " if " not in t:
            assert unmarked.condition_named(sentence) is None  # skipped by unmarked_subject
        inline = '"' in t or "'" in t or (not t.isascii() and has_quote(t))
        assert inline == has_quote(t)
