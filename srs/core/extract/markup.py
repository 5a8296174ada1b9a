"""Explicit markup: Anki clozes kept as written, ``==highlights==`` hidden."""

from __future__ import annotations

from srs.core.extract.found import Found
from srs.core.extract.sentences import Sentence, clean_card_text, cloze_text, plain
from srs.core.markdown_render import Span


def _inner(sentence: Sentence, span: Span) -> str:
    return plain(sentence.text[span.inner_start : span.inner_end])


def explicit(sentence: Sentence) -> Found | None:
    """Anki clozes kept as written; ``==highlights==`` hidden as c1."""
    clozes: list[Span] = []
    marks: list[Span] = []
    for span in sentence.spans:  # one pass: most sentences have no cloze and no highlight
        kind = span.kind
        if kind == "mark":
            marks.append(span)
        elif kind == "cloze" and span.target.strip():
            clozes.append(span)  # a cloze with a blank answer ("{{c1:: }}") hides nothing: no card
    if not clozes and not marks:
        return None
    hide = [(s.start, s.end, _inner(sentence, s)) for s in marks]
    hide = [h for h in hide if not any(c.start <= h[0] < c.end for c in clozes)]
    made = cloze_text(sentence.text, hide) if hide else (clean_card_text(sentence.text), ())
    if made is None:
        return None
    text, mark_answers = made
    answers: list[tuple[int, str]] = [(s.start, s.target) for s in clozes]
    if clozes and not all(a in text for _p, a in answers):
        return None  # an answer the card text does not show (odd whitespace inside the cloze)
    answers += [(h[0], a) for h, a in zip(sorted(hide), mark_answers)]
    ordered = tuple(a for _pos, a in sorted(answers))
    return Found(text, ordered, "cloze_markup" if clozes else "highlight")
