"""Glosses that only list things: members named bare ("police, courts, schools"), words joined
as a list ("crear, editar y cambiar ..."), or names in capitals ("iCloud, OneDrive i Google
Drive"). An entry line whose gloss is such a list names no meaning of its term."""

from __future__ import annotations

import re

# A gloss that opens with three words joined as a list ("crear, editar y cambiar ...", "limiter,
# copier et exporter ..."): actions of an option, or members, not a description.
# (A preposition after the comma opens a phrase of the gloss, no member: "aquatic larva, with gills and a tail".)
WORD_LIST = re.compile(
    r"^[^\W\d_]+(?:\s[^\W\d_]+){0,2},\s+(?!(?:with|without|of|in|on|for|from|by|to|at|as|into|like|than|via)\s)"
    r"[^\W\d_]+(?:\s[^\W\d_]+){0,2},?\s+(?:and|or|y|e|et|i|und|oder|og|och|ou|o|ja|en|a|eller|of)\s+[^\W\d_]+(?:\s[^\W\d_]+){0,2}[.!]?$"
    r"|^[^\W\d_]+,\s+[^\W\d_]+,?\s+(?:and|or|y|e|et|i|und|oder|og|och|ou|o|ja|en|a|eller)\s+[^\W\d_]+"
)


def may_be_word_list(flat: str) -> bool:
    """Whether ``WORD_LIST`` can match ``flat`` (a gloss with a comma): both its shapes open with
    one to three words joined by single spaces, then a comma. Most glosses have more words before
    their first comma (one memchr and a count instead of the pattern)."""
    return flat.count(" ", 0, flat.find(",")) <= 2


def capitalised_pair(words: list[str]) -> bool:
    """Whether two neighbours among the first five ``words`` both open with a capital (a loop:
    cheaper than a generator over a zip for five words)."""
    upper = words[0][:1].isupper()
    for word in words[1:5]:
        if word[:1].isupper():
            if upper:
                return True
            upper = True
        else:
            upper = False
    return False


def members(body: str, term: str = "", *, bare: bool = False) -> bool:
    """A gloss that only lists members ("police, courts, schools", "hawaiana (lava fluida),
    estromboliana, vulcaniana"): its first three comma-parts are four words or fewer each.
    ``bare``: the term is in bold or italics, and a marked term's glossary describes in short
    phrases ("**Chokkan** (formal upright): dead straight trunk, tapering, apex over the base"),
    so only single words name members there ("**Fuel**: load, size, moisture")."""
    if body.count(",") < 2:
        return False
    parts = re.sub(r"\([^()]*\)", "", body).split(",")
    first = parts[0].split()
    adverb = len(first) >= 2 and first[0].lower().endswith("ly") and first[1].lower().endswith(("ing", "ed"))
    if len(parts) < 3 or first and (first[0].lower().endswith("ing") or adverb or (first[0].lower() in ("a", "an") and len(first) >= 3)):
        # "giving up material, usually a pawn, for ...", "a severe skin reaction, usually to a
        # drug, with ...", "slowly beating interval, 4ths and 5ths, ..." (an adverb before a
        # participle): a gloss with asides; members are named bare ("police, courts, schools").
        return False
    if term and len(first) >= 2 and len(term.split()) >= 2 and first[-1].lower() == term.split()[-1].lower():
        return False  # "setting coat: thin final coat, 2–3 mm, trowelled smooth": the term's genus first
    if any(part.split()[:1] and part.split()[0].lower() in _PHRASE_OPENERS for part in parts[1:3]):
        return False  # "difficult, laboured breathing, with visible effort": a phrase of the gloss, no member
    return all(len(part.split()) <= (1 if bare else 4) for part in parts[:3])


# Words that open a phrase of a gloss after a comma, where a member is named bare.
_PHRASE_OPENERS = frozenset("with without of in on for from by to at as into like than via usually often especially esp".split())
