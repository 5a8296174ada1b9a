"""YAML properties (front matter): title, tags and aliases, with a warning when broken."""

from __future__ import annotations

from dataclasses import dataclass
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


def _strings(value: Any, *, split: bool) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items = value.replace(",", " ").split() if split else [value]
    elif isinstance(value, (list, tuple, set)):
        items = [str(v) for v in value if v is not None and not isinstance(v, (dict, list))]
    else:
        items = [str(value)]
    cleaned = (item.strip().lstrip("#").strip() for item in items)
    return tuple(dict.fromkeys(item for item in cleaned if item))


def read_properties(source: str | None, line: int) -> Properties:
    """Parse front matter ``source`` (the text between the ``---`` lines starting at ``line``)."""
    if not source or not source.strip():
        return Properties()
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
