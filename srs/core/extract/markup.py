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
    text = sentence.text
    if not clozes:
        # Highlights alone (the common case): each hidden as it stands. cloze_text keeps the
        # ranges in order of their starts and fails on any two that overlap, so the answers it
        # gives are already in the order of the sentence.
        made = cloze_text(text, [(s.start, s.end, _inner(sentence, s)) for s in marks])
        return Found(made[0], made[1], "highlight") if made is not None else None
    hide = [(s.start, s.end, _inner(sentence, s)) for s in marks if not any(c.start <= s.start < c.end for c in clozes)]
    made = cloze_text(text, hide) if hide else (clean_card_text(text), ())
    if made is None:
        return None
    card_text, mark_answers = made
    answers: list[tuple[int, str]] = [(s.start, s.target) for s in clozes]
    if not all(a in card_text for _p, a in answers):
        return None  # an answer the card text does not show (odd whitespace inside the cloze)
    answers += [(h[0], a) for h, a in zip(sorted(hide), mark_answers)]
    ordered = tuple(a for _pos, a in sorted(answers))
    return Found(card_text, ordered, "cloze_markup")
