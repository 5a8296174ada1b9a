"""YAML properties (front matter): title, tags and aliases, with a warning when broken.

Most notes' properties are a few ``key: value`` lines and ``- item`` lists. Those are read by a
small line reader (``_simple_properties``) that accepts only shapes whose YAML meaning is certain
and otherwise hands the text to the YAML safe loader; tests compare the two on many shapes.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Properties:
    """What the extractor uses from a note's properties."""

    title: str = ""
    tags: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    warning: str = ""


_NONE = Properties()  # immutable, so one value serves every note without properties


def _strings(value: Any, *, split: bool) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items = value.replace(",", " ").split() if split else [value]
    elif isinstance(value, (list, tuple, set)):
        items = value  # its strings as they are, other scalars as text, nulls and nested values dropped
    else:
        items = [str(value)]
    kept: dict[str, None] = {}  # in order, each once (as dict.fromkeys)
    for item in items:
        if type(item) is not str:  # most items are strings: they need no other test
            if item is None or isinstance(item, (dict, list)):
                continue
            item = str(item)
        if not item.isalnum():  # one word of letters and digits holds nothing to strip
            item = item.strip().lstrip("#").strip()
        if item:
            kept[item] = None
    return tuple(kept)


def read_properties(source: str | None, line: int) -> Properties:
    """Parse front matter ``source`` (the text between the ``---`` lines starting at ``line``)."""
    if not source or not source.strip():
        return _NONE
    data = _simple_properties(source)
    if data is None:
        try:
            data = yaml.load(source, Loader=_Loader)  # noqa: S506 - a safe loader
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = line + 1 + mark.line if mark is not None else line
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            return Properties(warning=f"broken YAML properties (line {where}): {problem}; fix the properties block")
        except Exception as exc:  # noqa: BLE001 - yaml can fail in odd ways on junk; a warning is enough
            return Properties(warning=f"unreadable YAML properties (line {line}): {exc}")
    if not isinstance(data, dict):
        return Properties(warning=f"YAML properties (line {line}) are not a mapping of keys to values")
    title = data.get("title")
    tags = _strings(data.get("tags", data.get("tag")), split=True)
    aliases = _strings(data.get("aliases", data.get("alias")), split=False)
    return Properties(str(title).strip() if isinstance(title, (str, int, float)) else "", tags, aliases)


# --- The line reader for simple properties -------------------------------------------------------
#
# It returns the mapping the YAML safe loader would build, or None to leave the text to YAML. The
# values of the keys read above (``_READ``) are exact; any other key's value is only known to load
# without error, and stands as ``_OTHER``. Why each accepted shape means what it is read as:
# - Every line is printable (``str.isprintable`` allows no tab, control character, BOM or line
#   separator, a subset of YAML's printable set) and is empty, a ``key:`` line at column 0, or a
#   ``- item`` line under a ``key:`` with no value, all items of a list at one indentation.
#   Another line (indented, a comment, ``---``) could continue a scalar or nest: YAML reads it.
# - A key is a short word: a plain scalar that never spans lines and never holds ``: `` or `` #``.
#   Keys that YAML reads as booleans ("on", "yes") or null are only other keys here: none of them
#   equals one of ``_READ``, which are the strings as written. A repeated key keeps its last value,
#   as the safe loader's mapping does.
# - A value is a quoted string with no escape or inner quote (the text between the quotes), a
#   plain scalar that starts with a letter and holds only letters, digits, spaces and a few marks
#   (no ``:`` or ``#``, so no nested mapping or comment; YAML resolves a plain scalar by its first
#   character, and the only letters with a resolver are those of booleans and null: such a word is
#   ``_OTHER``), or a flow list ``[a, b]`` of such words with no quote or ``?``.
# - For other keys only: digits (an int, or a string when they open with 0 and are no octal) and
#   a date ``YYYY-MM-DD`` that exists (the loader raises on "2024-02-30", so that one goes to YAML).
_READ = frozenset({"title", "tags", "tag", "aliases", "alias"})
_OTHER = object()  # a value that loads without error but is not one of ``_READ``
_KEY_LINE = re.compile(r"([A-Za-z][A-Za-z0-9_-]{0,63}):(?: +(.*))?")
_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")  # the key of a _KEY_LINE, which is read by hand
_ITEM_LINE = re.compile(r"( *)- +(.+)")  # read by hand in _simple_properties
_PLAIN = re.compile(r"[^\W\d_][\w .,'!?()/&+-]*")
_FLOW_ITEM = re.compile(r"[^\W\d_][\w ./&+-]*")
# The inside of a flow list whose every item (spaces stripped) is a _FLOW_ITEM: one match for all.
_FLOW_ITEMS = re.compile(rf"{_FLOW_ITEM.pattern}(?:, *{_FLOW_ITEM.pattern})*")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
# Plain words that YAML 1.1 resolves to a boolean or to null: all open with a letter of these.
_NOT_STRINGS = frozenset(
    "yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL".split()
)


@lru_cache(maxsize=1024)
def _real_date(text: str) -> bool:
    """Whether ``text`` is a date ``YYYY-MM-DD`` that exists. Remembered: a vault's notes share
    their dates (created, updated) many times over."""
    date = _DATE.fullmatch(text)
    if date is None:
        return False
    try:
        datetime.date(int(date.group(1)), int(date.group(2)), int(date.group(3)))
    except ValueError:
        return False
    return True


def _scalar(text: str) -> Any:
    """A one-line value (trailing spaces gone): its string, ``_OTHER``, or None if not simple.

    Each shape opens with its own kind of character (a quote, "[", a digit, a letter), so the
    first one says which single shape to try."""
    if text.isalpha():
        # One word of letters (most list items: tags, aliases): a plain scalar (``_PLAIN`` matches
        # it whole, its first class being any letter) with no pattern to run.
        return _OTHER if text in _NOT_STRINGS else text
    first = text[:1]
    if first == '"' or first == "'":
        # The text between the quotes, holding no quote of their kind (nor, between double
        # quotes, a backslash, which would escape).
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != first or first in inner or (first == '"' and "\\" in inner):
            return None
        return inner
    if first == "[":
        if text[-1:] != "]":
            return None
        inner = text[1:-1].strip(" ")
        if not inner:
            return []
        if _FLOW_ITEMS.fullmatch(inner) is None:
            return None
        items = [item.strip(" ") for item in inner.split(",")]
        return items if _NOT_STRINGS.isdisjoint(items) else _OTHER
    if "0" <= first <= "9":
        if len(text) <= 18 and text.isascii() and text.isdigit():
            return _OTHER  # one to 18 digits 0-9
        return _OTHER if _real_date(text) else None
    if _PLAIN.fullmatch(text) is None:
        return None
    return _OTHER if text in _NOT_STRINGS else text


@lru_cache(maxsize=1024)
def _is_key(text: str) -> bool:
    """Whether ``text`` is a key ``_KEY`` accepts. Remembered: a vault's notes use a few keys
    (tags, aliases, created ...) over and over."""
    return _KEY.fullmatch(text) is not None


def _simple_properties(source: str) -> dict[str, Any] | None:
    """The mapping YAML's safe loader makes of ``source`` when every line has a simple shape (see
    above), else None."""
    data: dict[str, Any] = {}
    key = ""  # the key a list of items may follow (one with no value), else ""
    items: list[Any] | None = None
    indent = -1
    lines = source.split("\n")
    # Every line printable: printability is a character's own, so one test of the lines joined
    # answers for all of them.
    if not "".join(lines).isprintable():
        return None
    for line in lines:
        if not line:
            continue  # an empty line separates nothing in a block mapping or list
        if line[0] != " " and line[0] != "-":
            # "key:" alone or "key:" and spaces before its value (``_KEY_LINE``, read by hand).
            key, colon, rest = line.partition(":")
            if not colon or (rest and rest[0] != " ") or not _is_key(key):
                return None
            items, indent = None, -1
            text = rest.strip(" ")
            if not text:
                data[key] = None  # null, unless items follow
                continue
            value = _scalar(text)
            if value is None or value is _OTHER and key in _READ:
                return None  # not simple, or a value read here that is no string: YAML reads it
            data[key] = value
            key = ""
            continue
        # "- item" at an indentation of spaces (``_ITEM_LINE``, read by hand; an item of nothing
        # but spaces is no scalar either way).
        item = line.lstrip(" ")
        depth = len(line) - len(item)
        if item[:2] != "- " or not key or (indent >= 0 and depth != indent):
            return None
        indent = depth
        value = _scalar(item[2:].strip(" "))
        if value is None or isinstance(value, list) or value is _OTHER and key in _READ:
            return None  # a flow list inside a list, or an item read here that is no string: left to YAML
        if items is None:
            items = data[key] = []
        items.append(value)
    if not data:
        return None  # nothing but empty lines: YAML reads no mapping at all
    # A value of ``_READ`` that is ``_OTHER`` (or holds it) has been handed to YAML above: a flow
    # list holds no ``_OTHER`` (``_scalar`` gives the whole list as one).
    return data
