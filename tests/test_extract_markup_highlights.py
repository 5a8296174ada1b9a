"""Highlights alone take explicit()'s short path: its cards are those of the general path, which
sorts the answers by where they stand."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from srs.core.extract.found import Found
from srs.core.extract.markup import explicit
from srs.core.extract.sentences import Sentence, clean_card_text, cloze_text, plain
from srs.core.markdown_render import Span


def _explicit_in_general(sentence: Sentence) -> Found | None:
    """explicit() as first written, for clozes and highlights alike."""
    clozes = [s for s in sentence.spans if s.kind == "cloze" and s.target.strip()]
    marks = [s for s in sentence.spans if s.kind == "mark"]
    if not clozes and not marks:
        return None
    hide = [(s.start, s.end, plain(sentence.text[s.inner_start : s.inner_end])) for s in marks]
    hide = [h for h in hide if not any(c.start <= h[0] < c.end for c in clozes)]
    made = cloze_text(sentence.text, hide) if hide else (clean_card_text(sentence.text), ())
    if made is None:
        return None
    text, mark_answers = made
    answers = [(s.start, s.target) for s in clozes]
    if clozes and not all(a in text for _p, a in answers):
        return None
    answers += [(h[0], a) for h, a in zip(sorted(hide), mark_answers)]
    return Found(text, tuple(a for _pos, a in sorted(answers)), "cloze_markup" if clozes else "highlight")


@st.composite
def _highlighted(draw: st.DrawFn) -> Sentence:
    # Words, some of them highlighted ("==word==", "**==word==**"), then a few spans anywhere
    # (overlapping ones make no card).
    text = ""
    spans = []
    for word in draw(st.lists(st.sampled_from(["ab", "b (a)", "a b", "", "*", "{{", "::", "=="]), min_size=1, max_size=6)):
        lead = draw(st.sampled_from(["", "**", "_"]))
        if draw(st.booleans()):
            start = len(text) + len(lead)
            text += f"{lead}=={word}=={lead} "
            spans.append(Span("mark", start, start + len(word) + 4, start + 2, start + 2 + len(word), "", ""))
        else:
            text += f"{lead}{word}{lead} "
    for _ in range(draw(st.integers(0, 2))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        spans.append(Span("mark", start, end, start, end, "", ""))
    return Sentence(text, tuple(draw(st.permutations(spans))), 0, 0)


@settings(max_examples=3000, deadline=None)
@given(_highlighted())
def test_highlights_alone_give_the_general_cards(sentence: Sentence) -> None:
    assert explicit(sentence) == _explicit_in_general(sentence)


def test_plain_keeps_the_marks_inside_math() -> None:
    assert plain("threshold voltage $V_{th}$: the *gate-source* voltage") == "threshold voltage $V_{th}$: the gate-source voltage"
    assert plain("**bold** and $a_1 + b_2$ and _em_") == "bold and $a_1 + b_2$ and em"
