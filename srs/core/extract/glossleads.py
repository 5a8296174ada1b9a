"""How a gloss may open beside the usual lower-case noun phrase: with a capitalised phrase after
"=" ("Safaviyya = Sufi order from Ardabil"), or with the term's notation in code, then its meaning
in words ("negative lookahead = `(?!...)`, succeeds if ..."). ``entryglosses.gloss_reads`` asks
these of the lines its other tests would turn away."""

from __future__ import annotations

import re

__all__ = ["capitalised_eq_gloss", "notation_gloss"]

# A notation in code opening a gloss, then its meaning in words: "`(?!...)`, succeeds if it does
# NOT match there", "`"a` to `"z`, yours to fill".
_NOTATION_THEN_WORDS = re.compile(r"^`[^`\n]{1,30}`(?:\s+(?:to|or|and|/)\s+`[^`\n]{1,30}`)?\s*[,;:—–-]\s+(?P<words>[a-z][^`]*)")


def notation_gloss(term: str, body: str) -> str | None:
    """The words of a learner's cheat sheet that gloss a concept of two words or more in lower case
    after its notation in code (four or more, up to any more code): "negative lookahead =
    `(?!...)`, succeeds if it does NOT match there, e.g. `...`"; None for any other gloss. A
    manual's options name their values in code under names of their own ("theme: `dark`, the
    default")."""
    if not term[:1].islower() or len(term.split()) < 2:
        return None
    found = _NOTATION_THEN_WORDS.match(body)
    return found.group("words") if found is not None and len(found.group("words").split()) >= 4 else None


# Marks of a formula: "Transmittance T = I/I₀", "Lye needed = Σ (oil weight × SAP) × ...".
_FORMULA_MARKS = ("=", "/", "×", "Σ", "·", "−", "+", "^")


def capitalised_eq_gloss(term: str, words: list[str]) -> bool:
    """Whether a capitalised gloss after "=" glosses a capitalised term ("Safaviyya = Sufi order
    from Ardabil", "G0-Phase = Ruhezustand, z. B. ...", "CPH number = County Parish Holding number
    ..."): three words or more opening with a word of letters, no formula, no symbol closing the
    term ("Efficiency η"). Option lists describe after a colon or a dash, not after "="; a
    lower-case term glossed by a name is a setting's value ("battery = Vigil every 10 yrs"), and so
    is a short plain word's ("Owner = Priya from the data team", "Theme = Dark mode ...")."""
    head = words[0].rstrip(",;:")
    if len(words) < 3 or len(head) < 2 or not head.replace("-", "").isalpha() or term[:1].islower() or len(term.split()[-1]) == 1:
        return False
    if " " not in term and term.isascii() and term.isalpha() and not term.isupper() and len(term) < 7:
        return False  # "Hotel = Casa do Alfama ...", "Owner = Priya from ...", "Theme = Dark mode ...": a setting's value
    return not any(mark in word for word in words for mark in _FORMULA_MARKS)
