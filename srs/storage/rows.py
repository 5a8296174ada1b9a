"""Converting between database rows and the core's values (Card, Sm2State)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from json.encoder import encode_basestring

from srs.core.model import Card
from srs.core.sm2 import Sm2State

CARD_COLUMNS = (
    "c.id, c.note, c.line, c.position, c.deck, c.text, c.answers, c.rule, c.sentence_key, c.context, "
    "c.retired, c.suspended, c.leech, c.buried_until, c.repetitions, c.ef_milli, c.interval, c.due, "
    "c.lapses, c.last_review, c.repeat_pending_on, c.created_at, c.text_changed_at, "
    "n.title AS title, n.tags AS tags"
)
CARD_FROM = "cards c LEFT JOIN notes n ON n.path = c.note"
# One encoder for the small lists stored as JSON (json.dumps with options builds one per call).
_encode = json.JSONEncoder(ensure_ascii=False).encode


def json_list(values) -> str:
    """A list of strings (answers, tags, aliases) as it is stored: JSON, non-ASCII kept."""
    items = values if type(values) in (list, tuple) else list(values)
    if not items:
        return "[]"  # most notes have no aliases and no media
    try:
        # The string escaper json's encoder itself uses, joined with its default separator: the
        # same text, without the encoder's per-call setup (a scan stores three lists per note
        # and one per card).
        return "[" + ", ".join(map(encode_basestring, items)) + "]"
    except TypeError:  # not all strings: the general encoder
        return _encode(list(items))


def to_date(value: str | None) -> date | None:
    """An ISO date column to a date."""
    return date.fromisoformat(value) if value else None


def to_datetime(value: str | None) -> datetime | None:
    """An ISO datetime column to a datetime."""
    return datetime.fromisoformat(value) if value else None


def iso(value: date | datetime | None) -> str | None:
    """A date or datetime to its ISO text, None stays None."""
    return value.isoformat() if value is not None else None


def state_from_row(row: "sqlite3.Row | dict") -> Sm2State:
    """The SM-2 state columns of a cards row (or the same keys in a dict)."""
    return Sm2State(
        repetitions=row["repetitions"],
        ef_milli=row["ef_milli"],
        interval=row["interval"],
        due=to_date(row["due"]),
        lapses=row["lapses"],
        last_review=to_date(row["last_review"]),
        repeat_pending_on=to_date(row["repeat_pending_on"]),
    )


def state_columns(state: Sm2State) -> dict:
    """The cards columns that hold an SM-2 state."""
    return {
        "repetitions": state.repetitions,
        "ef_milli": state.ef_milli,
        "interval": state.interval,
        "due": iso(state.due),
        "lapses": state.lapses,
        "last_review": iso(state.last_review),
        "repeat_pending_on": iso(state.repeat_pending_on),
    }


def state_to_json(state: Sm2State, **flags) -> str:
    """An SM-2 state (plus card flags such as leech/suspended) as JSON for the review log."""
    data = state_columns(state)
    data.update(flags)
    return json.dumps(data, sort_keys=True)


def state_from_json(text: str) -> tuple[Sm2State, dict]:
    """The inverse of ``state_to_json``: the state and the flags stored beside it."""
    data = json.loads(text)
    state = state_from_row(data)
    flags = {k: v for k, v in data.items() if k not in state_columns(state)}
    return state, flags


def card_from_row(row: sqlite3.Row) -> Card:
    """A Card from a row selected with CARD_COLUMNS / CARD_FROM."""
    tags = tuple(json.loads(row["tags"])) if row["tags"] else ()
    return Card(
        id=row["id"],
        note=row["note"],
        line=row["line"],
        position=row["position"],
        deck=row["deck"] or "",
        text=row["text"],
        answers=tuple(json.loads(row["answers"])),
        rule=row["rule"],
        sentence_key=row["sentence_key"] or "",
        context=row["context"] or "",
        title=row["title"] or "",
        tags=tags,
        state=state_from_row(row),
        suspended=bool(row["suspended"]),
        retired=bool(row["retired"]),
        leech=bool(row["leech"]),
        buried_until=to_date(row["buried_until"]),
        created_at=to_datetime(row["created_at"]),
        text_changed_at=to_datetime(row["text_changed_at"]),
    )
