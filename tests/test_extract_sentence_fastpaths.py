"""The sentence machinery's shortcuts answer as the plain computation they stand in for."""

from __future__ import annotations

import dataclasses
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from srs.core.extract.sentences import ABBREVIATIONS, _BOUNDARY, Sentence, _boundaries, _cuts, _sentence, split_sentences
from srs.core.markdown_render import Span

# Sentence marks of every kind, what may close or follow them, letters of both cases and scripts.
_TEXT = st.text(alphabet="ab A.!?…。！？؟।\n\"'”’)]( e.g,é", max_size=40)


@settings(max_examples=3000, deadline=None)
@given(_TEXT)
def test_the_chosen_boundary_pattern_finds_what_the_full_one_finds(text: str) -> None:
    # "!" and "?" may be read as "." (a copy of the text): the spans found are the full pattern's.
    matches = _boundaries(text)
    found = [m.span() for m in matches] if matches is not None else []
    assert found == [m.span() for m in _BOUNDARY.finditer(text)]


def test_a_slotted_sentence_is_the_dataclass_value() -> None:
    fast = _sentence("An offer is ...", (), 2, 1)
    assert fast == Sentence("An offer is ...", (), 2, 1) and not hasattr(fast, "__dict__")
    assert dataclasses.replace(fast, index=0) == Sentence("An offer is ...", (), 0, 1)


@settings(max_examples=1000, deadline=None)
@given(_TEXT, st.integers(0, 40), st.integers(0, 12), st.sampled_from(["strong", "wikilink", "code"]))
def test_sentences_without_spans_are_those_with_a_span_that_no_sentence_holds(text: str, at: int, width: int, kind: str) -> None:
    # A span past the text's end lands in no sentence: the general path then gives the sentences
    # of the path for text without spans, which the cuts and line offsets must match.
    plain = split_sentences(text, ())
    beyond = Span("em", len(text) + 1, len(text) + 3, len(text) + 2, len(text) + 2, "", "")
    assert plain == split_sentences(text, (beyond,))
    # Any span: the sentences' texts are the pieces the cuts leave, in order, with their indices.
    start = min(at, len(text))
    span = Span(kind, start, min(start + width, len(text)), start, min(start + width, len(text)), "", "")
    spanned = split_sentences(text, (span,))
    assert [s.index for s in spanned] == list(range(len(spanned)))
    assert all(s.text == s.text.strip() and s.text for s in spanned)


# Kana, CJK ideographs, hangul: after "…" only these keep a sentence going (an independent model).
_CJK_AFTER = re.compile(r"[ \t]*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _plain_cuts(text: str) -> list[int]:
    """Where a text with no spans splits, computed plainly: each boundary, the whole word before a
    full stop (after the last space or line break) and the text after the mark."""
    cuts = []
    for match in _BOUNDARY.finditer(text):
        at, end = match.span()
        if text[at] == "\n":
            line = text[text.rfind("\n", 0, at) + 1 : at]
            if len(line) > 30 and re.match(r"\s*[a-z(]", text[end:]) and not re.search(r"[.!?:;。！？]\s*$", line):
                continue
        elif text[at] == ".":
            word = text[max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1 : at].lower().lstrip("(")
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or re.match(r"\s*[a-z(]", text[end:]):
                continue
        elif text[at] == "…" and (re.match(r"\s*[a-z(]", text[end:]) or _CJK_AFTER.match(text[end:])):
            continue  # (a letter of a script without capitals follows: "用語 … 説明")
        cuts.append(end)
    return cuts


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["e.g", "Dr", "etc", "x", "A", "(", "((", ". ", ".", " ", "\n", "word", "Longerword", "ſ", "İ", "…", "?", "語", "ü", "\t", "ש"]), max_size=14).map("".join))
def test_cuts_after_abbreviations_are_the_plain_ones(text: str) -> None:
    cuts = _plain_cuts(text)
    pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)])]
    assert [s.text for s in split_sentences(text, ())] == [p for p in pieces if p]


def _plain_split(text: str, spans: tuple[Span, ...]) -> list[Sentence]:
    """The sentences as first computed: each piece between cuts (found by the full pattern)
    stripped, where its first character stands, the spans that start and end inside it shifted."""
    cuts = _cuts(text, spans, _BOUNDARY.finditer(text))
    result: list[Sentence] = []
    start = 0
    for cut in [*cuts, len(text)]:
        piece = text[start:cut]
        body = piece.strip()
        if body:
            s0 = start + piece.find(body[0])
            s1 = s0 + len(body)
            inside = tuple(
                dataclasses.replace(s, start=s.start - s0, end=s.end - s0, inner_start=s.inner_start - s0, inner_end=s.inner_end - s0)
                for s in sorted(spans, key=lambda s: s.start)
                if s0 <= s.start < s1 and s.end <= s1
            )
            result.append(Sentence(body, inside, len(result), text.count("\n", 0, s0)))
        start = cut
    return result


@st.composite
def _text_with_spans(draw: st.DrawFn) -> tuple[str, tuple[Span, ...]]:
    text = draw(_TEXT)
    spans = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        kind = draw(st.sampled_from(["strong", "em", "wikilink", "code", "cloze", "mark"]))
        spans.append(Span(kind, start, end, start, end, "", ""))
    return text, tuple(spans)


@settings(max_examples=3000, deadline=None)
@given(_text_with_spans())
def test_sentences_are_the_stripped_pieces_with_the_spans_inside_them(case: tuple[str, tuple[Span, ...]]) -> None:
    # The splitter strips a piece on the left first and reads where it starts from what is left,
    # and hands a sentence no span starts in the empty tuple without a loop.
    text, spans = case
    assert split_sentences(text, spans) == _plain_split(text, spans)


def test_an_ellipsis_before_hebrew_still_ends_a_sentence() -> None:
    # Only Japanese, Chinese and Korean letters keep the sentence going after "…".
    assert len(split_sentences("שלום עולם… זה משפט חדש.", ())) == 2
    assert len(split_sentences("酸化焼成 … 酸素を十分に入れて焼く方法。", ())) == 1
