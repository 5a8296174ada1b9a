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
# Positions in CARD_COLUMNS of the columns read before a row becomes a Card.
_NAMES = [column.split(" AS ")[-1].removeprefix("c.").removeprefix("n.") for column in CARD_COLUMNS.split(", ")]
CARD_COLUMNS_RETIRED = _NAMES.index("retired")
CARD_COLUMNS_TAGS = _NAMES.index("tags")
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


_STATE_KEYS = ("repetitions", "ef_milli", "interval", "due", "lapses", "last_review", "repeat_pending_on")


def _state(repetitions: int, ef_milli: int, interval: int, due: str | None, lapses: int,
           last_review: str | None, repeat_pending_on: str | None) -> Sm2State:
    """An SM-2 state from its stored columns (dates as ISO text)."""
    return Sm2State(
        repetitions=repetitions,
        ef_milli=ef_milli,
        interval=interval,
        due=to_date(due),
        lapses=lapses,
        last_review=to_date(last_review),
        repeat_pending_on=to_date(repeat_pending_on),
    )


def state_from_row(row: "sqlite3.Row | dict") -> Sm2State:
    """The SM-2 state columns of a cards row (or the same keys in a dict)."""
    return _state(*(row[key] for key in _STATE_KEYS))


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


def card_from_row(row: "sqlite3.Row | tuple", tags: tuple[str, ...] | None = None) -> Card:
    """A Card from a row selected with CARD_COLUMNS / CARD_FROM (a sqlite3.Row or a plain tuple).

    Columns are read by position, in CARD_COLUMNS' order: the same for both kinds of row, and
    cheaper than by name when every card is read (an export). ``tags``, when given, are the
    note's tags already parsed from ``row``'s tags column (a note's cards share them).
    """
    (card_id, note, line, position, deck, text, answers, rule, sentence_key, context,
     retired, suspended, leech, buried_until, repetitions, ef_milli, interval, due,
     lapses, last_review, repeat_pending_on, created_at, text_changed_at, title, tags_json) = row
    if tags is None:
        tags = tuple(json.loads(tags_json)) if tags_json else ()
    return Card(
        id=card_id,
        note=note,
        line=line,
        position=position,
        deck=deck or "",
        text=text,
        answers=tuple(json.loads(answers)),
        rule=rule,
        sentence_key=sentence_key or "",
        context=context or "",
        title=title or "",
        tags=tags,
        state=_state(repetitions, ef_milli, interval, due, lapses, last_review, repeat_pending_on),
        suspended=bool(suspended),
        retired=bool(retired),
        leech=bool(leech),
        buried_until=to_date(buried_until),
        created_at=to_datetime(created_at),
        text_changed_at=to_datetime(text_changed_at),
    )
