"""Today's queue: which cards to show, in which order, within the daily limits.

Order: due reviews (most overdue first, then vault order), then new cards in vault order (note
path, then position in the note), then same-day repeats of cards graded below 4 (they come back
later in the session). Siblings (cards from the same sentence) are not shown on the same day: once
one is reviewed or queued today, the others wait.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from srs.core.model import Card


@dataclass(frozen=True)
class Limits:
    """What is left of today's limits."""

    new_left: int
    reviews_left: int


def limits_left(new_per_day: int, reviews_per_day: int, new_done_today: int, reviews_done_today: int) -> Limits:
    """The daily limits minus what was already studied today (never below zero)."""
    return Limits(max(0, new_per_day - new_done_today), max(0, reviews_per_day - reviews_done_today))


def sibling_key(card: Card) -> str:
    """Cards sharing this key come from the same sentence of the same note."""
    return sibling_key_of(card.note, card.sentence_key, card.id)


def sibling_key_of(note: str, sentence_key: str, card_id: str) -> str:
    """``sibling_key`` from a card's parts (a card without a sentence key has no siblings)."""
    return f"{note}\x00{sentence_key}" if sentence_key else f"{note}\x00#{card_id}"


def assemble_queue(
    due: Sequence[Card],
    new: Sequence[Card],
    learning: Sequence[Card],
    limits: Limits,
    siblings_seen_today: Iterable[str] = (),
    bury_siblings: bool = True,
) -> list[Card]:
    """Today's queue from the candidates of each kind (already in their own order)."""
    seen = set(siblings_seen_today) if bury_siblings else set()
    queue: list[Card] = []
    for pool, limit in ((due, limits.reviews_left), (new, limits.new_left)):
        taken = 0
        for card in pool:
            if taken >= limit:
                break
            key = sibling_key(card)
            if bury_siblings and key in seen:
                continue
            seen.add(key)
            queue.append(card)
            taken += 1
    queue.extend(learning)
    return queue
