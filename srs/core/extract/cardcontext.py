"""Where a card stands in its note: the key of its sentence and the context shown with it.

A card's sentence key groups the cards one sentence (or heading, row, title) gives, so that
siblings can be told apart from unrelated cards; its context is the heading path of its block and,
for a sentence card, the sentence before it when that does not give the answer away.
"""

from __future__ import annotations

import hashlib

from srs.core.extract.notecards import NoteCard
from srs.core.extract.rules import Found
from srs.core.extract.sentences import Sentence, plain


def sentence_key(text: str) -> str:
    """A short stable key for the plain text a card was made from."""
    return hashlib.blake2b(plain(text).encode("utf-8", "replace"), digest_size=6).hexdigest()


def headings_context(headings: tuple[str, ...], made: dict[tuple[str, ...], str]) -> str:
    """The heading path as plain context ("Cells › Organelles"), made once per note and path:
    the blocks under one heading share it."""
    context = made.get(headings)
    if context is None:
        context = made[headings] = " › ".join(plain(h) for h in headings if h)
    return context


def sentence_context(headings: str, sentences: list[Sentence], index: int, answers: tuple[str, ...]) -> str:
    """A sentence card's context: the block's heading path (``headings_context``) and the
    sentence before, unless that sentence gives an answer away."""
    if index > 0:
        previous = plain(sentences[index - 1].text)
        lowered = previous.lower()
        for answer in answers:
            if answer.lower() in lowered:
                break  # it gives the answer away
        else:
            if previous:
                return f"{headings}\n{previous}" if headings else previous
    return headings


class SentencePlace:
    """Where the cards of one sentence stand: the sentence ``index`` of a block's ``sentences``, under
    the heading path ``headings`` (``headings_context``). The key they share is made once, when the
    first of them is kept."""

    __slots__ = ("sentences", "index", "headings", "_key")

    def __init__(self, sentences: list[Sentence], index: int, headings: str) -> None:
        self.sentences = sentences
        self.index = index
        self.headings = headings
        self._key: str | None = None

    def key(self) -> str:
        """The sentence's key (``sentence_key``)."""
        if self._key is None:
            self._key = sentence_key(self.sentences[self.index].text)
        return self._key

    def context(self, answers: tuple[str, ...]) -> str:
        """The context of a card of the sentence hiding ``answers`` (``sentence_context``)."""
        return sentence_context(self.headings, self.sentences, self.index, answers)


def sentence_card(
    found: Found, line: int, sentences: list[Sentence], index: int, headings: str, block: int, place: SentencePlace | None = None
) -> NoteCard:
    """The card ``found`` in sentence ``index`` of a block, at ``place`` when an earlier card of
    the sentence made one (they share its key). Its key and context wait until it is kept
    (``NoteCard.settled``)."""
    return NoteCard(found, line, "", "", block, place or SentencePlace(sentences, index, headings))
