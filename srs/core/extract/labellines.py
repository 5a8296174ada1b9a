"""Metadata and section label lines ("**Tags:** ...", "**🔼 Up:** ...", a date line): sentences
that label what follows rather than say anything a card could ask."""

from __future__ import annotations

import re

from srs.core.extract.bodies import noun_phrase_body
from srs.core.extract.filters import is_label, looks_like_date
from srs.core.extract.sentences import Sentence

_LABEL_START = re.compile(r"^(?:\*\*|__)([^*_\n]{1,40}?)(?::|：)?(?:\*\*|__)\s*(?::|：)?")


def is_label_line(sentence: Sentence, in_item: bool) -> bool:
    """A metadata or section label line ("**Tags:** ...", "**🔼 Up:** ...", a date line).

    In a list item "**Term**: definition" is a glossary entry, so only known labels count there."""
    text = sentence.text
    # The label shape opens with "**" or "__"; most sentences do not (their first character,
    # read by index, tells at less cost than the test of both openings).
    match = _LABEL_START.match(text) if text[:1] in "*_" and text.startswith(("**", "__")) else None
    if match and (
        is_label(match.group(1))
        or (
            not in_item
            and match.group(0).rstrip().endswith((":", ":**", "："))
            and not noun_phrase_body(text[match.end() :])
        )
    ):
        return True
    return text.count(" ") < 8 and looks_like_date(text)
