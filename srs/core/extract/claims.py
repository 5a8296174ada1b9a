"""Attributed claims: "[[Heinz Kohut]] ... believed ..." hides the named person."""

from __future__ import annotations

import re

from srs.core.extract.found import Found
from srs.core.extract.sentences import Sentence, cloze_text

_ATTRIB_VERB = re.compile(
    r"\b(?:believed|believes|argued|argues|claimed|claims|proposed|proposes|suggested|suggests|"
    r"held|holds|maintained|maintains|posited|posits|asserted|asserts|contended|contends|"
    r"theori[sz]ed|theori[sz]es|showed|shows|demonstrated|demonstrates|observed|observes|"
    r"emphasi[sz]ed|emphasi[sz]es|insisted|insists|thought|famously\s+said|wrote|writes|"
    r"pointed\s+out|stated|states|hypothesi[sz]ed|concluded|concludes|described|describes)\b",
    re.I,
)
_ACCORDING = re.compile(r"^(?:according\s+to|as)\s+$", re.I)
_NAME_PARTICLES = frozenset("de da di del van von der den le la du bin ibn al el y of".split())


def _person(name: str) -> bool:
    words = name.replace(".", " ").split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in name):
        return False
    return all(w[0].isupper() or w.lower() in _NAME_PARTICLES or not w[0].isalpha() or not w[0].isascii() for w in words)


def attributed_claim(sentence: Sentence) -> Found | None:
    """"[[Heinz Kohut]] ... believed ..." / "According to [[X]], ...": hide the named person."""
    for link in sentence.spans:  # the first link
        if link.kind == "wikilink":
            break
    else:
        return None
    before = sentence.text[: link.start]
    # Only blanks before the link ("".strip() and "  ".strip() are empty, as isspace() tells).
    opens = not before or before.isspace()
    if not opens and not _ACCORDING.match(before):
        return None
    name = sentence.text[link.inner_start : link.inner_end]
    if not _person(name) or len(name.split()) < 2:
        return None
    rest = sentence.text[link.end : link.end + 240]
    if opens and not _ATTRIB_VERB.search(rest):
        return None
    if len(sentence.text.split()) < 8:
        return None
    made = cloze_text(sentence.text, [(link.start, link.end, name)])
    return Found(made[0], made[1], "attributed_claim") if made else None
