"""Terms set in bold inside a list entry's gloss: "- army reform: ghulam corps + **tufangchis**
(musketeers ...) + artillery", "- housing: **back-to-backs**: terraced houses sharing ...".

A lecture's list often opens an item with a topic label and bolds the term the item teaches in
what follows. The glossary rules read such an item as the label glossed; the writer's bold says
which words are to be learnt too: a second card hides them (the label may be a term as well,
"- Mandrel: steel rod ..., dipped in **bead release** first"). Bold for emphasis is no term: a
function word ("**not** allowed", "**kills it**"), a figure, a part of a word ("ház**ban**"), a
term that nothing glosses at once ("the **same** site", "**room temperature** eggs", "until it is
**silky smooth** and ..."; "**barbs** (notches)", "= **mould**;", "**early selection** → ..." are
glossed), or bold in a gloss with no English function word (elsewhere it is as often emphasis).
Meetings, logs and plans get no such cards (the caller's).
"""

from __future__ import annotations

import re

from srs.core.extract.filters import is_label, plausible_term
from srs.core.extract.found import Found
from srs.core.extract.glosslanguages import ENGLISH_GLUE
from srs.core.extract.sentences import cloze_text

__all__ = ["bold_in_gloss"]

RULE = "key_term_in_entry"
_OPENING_CLOZE = re.compile(r"^\{\{c1::([^{}]+)\}\}(?=\s*(?:\([^()\n]{1,40}\)\s*)?(?::|=|→|->|—|–|-)\s)")
_BOLD = re.compile(r"\*\*([^*\n]{2,60})\*\*")
# Bold for emphasis, not a name: "lets the ship sail **AND** be beached", "**never** on wet wood".
_EMPHASIS = frozenset(
    """the a an and or but not no never always only must should all none both each every very too more most
    less least many much yes don't do does did is are was were be can can't cannot won't will any some
    important note warning key main big huge it its them they you we i at in on of to for from by with
    per before after without same""".split()
)
# What glosses a bold term at once: a bracket, "=", an arrow, a colon, a dash, or the clause's end
# at a semicolon ("... = **mould**;"; "(x, **reversed**, hot on the left)" and "gives the dough
# **elasticity**" are emphasis).
_GLOSSED_AFTER = re.compile(r"\s*(?:\(|=|→|->|:|—|–|;)")
# An arrow or "=" right before a bold term that closes the gloss.
_NAMED_BEFORE = re.compile(r"\S\s+(?:→|->|=)\s*$")
# ... and the whole shape, which names a term in any language: "... → **Strömgren sphere**".
_CLOSING_NAME = re.compile(r"\S\s+(?:→|->|=)\s*\*\*[^*\n]{2,60}\*\*[\s.]*$")


def _names_a_term(text: str, found: re.Match[str]) -> bool:
    """Whether a bold run (``found`` in ``text``) names a term: whole words, a plausible name of up
    to five words glossed at once, no emphasis word, no figure or label."""
    inner = found.group(1)
    words = inner.split()
    if not 1 <= len(words) <= 5 or inner.rstrip().endswith((":", "!", "?")):
        return False
    start, end = found.start(), found.end()
    if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        return False  # "ház**ban**": a part of a word
    if any(word.lower().strip(".,;()") in _EMPHASIS for word in words):
        return False
    # (A bold term closing the gloss after an arrow or "=" is what the gloss names: "ionisations =
    # recombinations inside a sphere → **Strömgren sphere**".)
    if not _GLOSSED_AFTER.match(text, end) and not (not text[end:].strip(" .") and _NAMED_BEFORE.search(text, 0, start)):
        return False  # "**room temperature** eggs", "**silky smooth** and ...": emphasis, nothing glosses it
    if inner[:1].isdigit():
        return False  # "**7 pedals**", "**1876**": a figure
    return plausible_term(inner) and not is_label(inner)


def bold_in_gloss(found: Found) -> Found | None:
    """A second card, hiding the terms set in bold in a glossary card's gloss, or None when the
    gloss holds none (or the card is no glossary line)."""
    if not found.rule.startswith("glossary") or "**" not in found.text or len(found.answers) != 1:
        return None
    if ENGLISH_GLUE.isdisjoint(found.text.lower().split()) and _CLOSING_NAME.search(found.text) is None:
        return None  # "massa de bagel é dura, **cansa o braço**": elsewhere bold is as often emphasis
    opening = _OPENING_CLOZE.match(found.text)
    if opening is None:
        return None
    text = opening.group(1) + found.text[opening.end() :]
    start = len(opening.group(1))
    # (A gloss that opens in bold, "T: **24 hours**", "k: **rate constant**", is the entry rules' to read.)
    hide = [
        (m.start(), m.end(), m.group(1)) for m in _BOLD.finditer(text, start)
        if _names_a_term(text, m) and any(ch.isalpha() for ch in text[start : m.start()])
    ]
    if not hide:
        return None
    made = cloze_text(text, hide)
    return Found(made[0], made[1], RULE) if made is not None else None
