"""The value every rule returns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Found:
    """A card proposed by a rule, before it gets its place in the note."""

    text: str
    answers: tuple[str, ...]
    rule: str
