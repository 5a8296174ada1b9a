"""Stable Anki identities: GUIDs, deck ids, note and card ids, from stable inputs only.

Nothing here reads the clock or a random source, so the same cards give the same package, and a
re-export after an edit addresses the same Anki note (the GUID comes from the card's id, never
from its text).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

_BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"
# Ids stay below 2**53 so that every Anki client (including the JavaScript ones) holds them exactly.
_ID_LIMIT = 1 << 53
# Note ids spread over a window after the card's creation time: Anki shows a note's id as the date
# it was added, so the id keeps the card's real creation date and still differs between cards.
_SPREAD_MS = 1_000_000


def _digest(namespace: str, value: str) -> int:
    data = f"{namespace}\x00{value}".encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.sha256(data).digest()[:8], "big")


def note_guid(card_id: str) -> str:
    """The Anki note GUID of a card: a base-91 hash of its stable id (Anki's GUID alphabet)."""
    number = _digest("srs-guid", card_id)
    chars = []
    while number:
        number, rest = divmod(number, len(_BASE91))
        chars.append(_BASE91[rest])
    return "".join(reversed(chars)) or "a"


def deck_id(deck_name: str) -> int:
    """A deck id from the deck's full name: the same name lands in the same Anki deck every time."""
    # Above 2**40 (about 1e12) and below 2**52: clear of the Default deck (1) and of small ids.
    return (1 << 40) + _digest("srs-deck", deck_name) % ((1 << 52) - (1 << 40))


def note_ids(cards: Iterable[tuple[str, datetime | None]], fallback: datetime) -> dict[str, int]:
    """Unique note ids for (card id, created_at) pairs, derived from those values only.

    Each id is the creation time in milliseconds plus an offset hashed from the card id; the rare
    clash is resolved by taking the next free number, in card-id order, so the result depends
    only on the set of cards.
    """
    taken: set[int] = set()
    result: dict[str, int] = {}
    for card_id, created_at in sorted(cards, key=lambda pair: pair[0]):
        base = int((created_at or fallback).timestamp() * 1000)
        candidate = max(1, base + _digest("srs-note", card_id) % _SPREAD_MS) % _ID_LIMIT
        while candidate in taken:
            candidate = candidate + 1 if candidate + 1 < _ID_LIMIT else 1
        taken.add(candidate)
        result[card_id] = candidate
    return result
