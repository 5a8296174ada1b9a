"""What a note's title names: its terms as written and bare (no date, emoji or kind word), and
the terms a title sets side by side ("Tacking vs gybing"), each defined by the opening sentence
of a paragraph of its own."""

from __future__ import annotations

import re
from functools import lru_cache

from srs.core.extract.filters import plausible_term
from srs.core.extract.rules import Found
from srs.core.extract.sentences import Sentence

# Before a title's term: an emoji or symbol, a date or a Zettelkasten id. After it: a kind word.
_TITLE_PREFIX = re.compile(r"^(?:[^\w\s]+\s*|\d{4}-\d{2}-\d{2}\s*[-–—_:]?\s*|\d{8,14}\s+)+")
_TITLE_SUFFIX = re.compile(r"\s+\(?(?:concept|definition|explained|basics|overview|notes?)\)?$", re.I)


def title_terms(title: str, aliases: tuple[str, ...]) -> list[str]:
    """The terms a title names: as written, then without a leading emoji or date ("📘 Stoicism",
    "2024-03-05 Bayes theorem") and without a trailing kind word ("Second Brain Concept")."""
    terms = [t for t in (title, *aliases) if t]
    bare = _bare_title(title)
    if bare and bare != title:
        terms.append(bare)
    return terms


# "Tacking vs gybing", "Mitosis and meiosis", "Em & en": a title that sets two or three terms side by side.
_COMPARED = re.compile(r"\s+(?:vs\.?|versus|and|&|or|/)\s+", re.I)


def compared_terms(title: str) -> list[str]:
    """The terms a title sets side by side ("Tacking vs gybing" -> ["Tacking", "gybing"]), or []
    for any other title."""
    if " " not in title or not _COMPARED.search(title):
        return []
    parts = [part.strip() for part in _COMPARED.split(_bare_title(title))]
    if not 2 <= len(parts) <= 3 or any(not part or len(part.split()) > 3 or not plausible_term(part) for part in parts):
        return []
    return parts


def compared_definition(sentence: Sentence, compared: list[str]) -> Found | None:
    """The card of a paragraph's opening sentence that defines one of the terms a title sets side
    by side ("Tacking is turning the bow through the wind ..."); that term is then taken out of
    ``compared``, so each gives one card."""
    from srs.core.extract.structure import defined_by_sentence  # which imports this module

    if "`" in sentence.text:
        return None  # a sentence about a code or a message the software shows
    for term in compared:
        card = defined_by_sentence(sentence, term, "title_definition")
        if card is not None:
            compared.remove(term)
            return card
    return None


@lru_cache(maxsize=256)
def _bare_title(title: str) -> str:
    """The title without a leading emoji or date and a trailing kind word. A note asks twice (for
    its terms and for a gloss of its title): the pure answer is kept for recent titles."""
    # The prefix opens with a symbol or a digit: a title opening with a letter (most) has none.
    bare = title if title[:1].isalpha() else _TITLE_PREFIX.sub("", title)
    # The kind word must end the title (before a ")" and a final line break, where "$" matches):
    # a title whose last letter ends no kind word keeps its end, and the search is skipped.
    end = bare[:-1] if bare.endswith("\n") else bare
    last = end[-2:-1] if end.endswith(")") else end[-1:]
    if last in _SUFFIX_ENDS:
        bare = _TITLE_SUFFIX.sub("", bare)
    return bare.strip()


# The last letters of the kind words of ``_TITLE_SUFFIX``, with every character that matches one
# of them regardless of case ("ſ" matches "s").
_SUFFIX_ENDS = frozenset("tTnNdDsSſwWeE")
