"""Callouts of any type in a note that glosses its terms in callouts.

``callouts.definition_callouts`` reads callouts that say they define ("> [!definition] S1") and
callouts of other types whose body opens as a fragment ("> [!note] Autolyse" / "> Mixing just
flour and water ..."). A note written that way files its other terms in callouts too, in whatever
type came to hand and explained however the writer likes::

    > [!definition] S2
    > Closure of the aortic and pulmonary valves.

    > [!note] S3
    > Early diastolic sound from rapid ventricular filling.

    > [!tip] Windowpane test
    > Stretch a small piece of dough thin; if light shows through, ...

Once two callouts of a note gloss their titles for sure (a defining type, or a fragment gloss),
every other callout titled by a term whose body explains it (a sentence of three to forty words,
no step, no first person, no question, not naming the term) gives a card too. Keyed by the
callout's first paragraph.
"""

from __future__ import annotations

import re

from srs.core.extract.callouts import DEFINING_TYPES, fragment_gloss
from srs.core.extract.filters import is_label
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.found import Found
from srs.core.extract.frames import ADDRESSED, FIRST_PERSON
from srs.core.extract.glossing import REPORT
from srs.core.extract.sentences import clean_card_text, cloze_text
from srs.core.markdown import Block

__all__ = ["callout_terms"]

# Callouts that warn, ask, quote, list steps or give examples: their titles name no term.
_OTHER_TYPES = frozenset(
    """warning caution danger attention important todo question faq help quote cite example failure fail
    missing bug error check done success hint abstract summary tldr""".split()
)
_FIRST_SENTENCE = re.compile(r"^(.+?[.!。])(?:\s|$)", re.S)
# "S3", "CO2", "IL-6": a short name with a letter, which the writer chose as the callout's term.
_SHORT_NAME = re.compile(r"^(?=\S*[^\W\d_])[^\W_][\w-]{0,7}$")


def _term(title: str) -> str:
    # ``glosses`` imports the structural rules: read it at call time, not at import.
    from srs.core.extract.glosses import heading_subject

    title = title.strip()
    if heading_subject(title):
        return heading_subject(title)
    # A short name ("S3", "H2O", "ATP") needs a digit or capitals past its first letter: "Nota",
    # "Hinweis" are a callout's default titles in other languages.
    if _SHORT_NAME.match(title) and not title.isdigit() and not is_label(title):
        if any(ch.isdigit() for ch in title) or sum(ch.isupper() for ch in title) >= 2:
            return title
    return ""


def callout_terms(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """Cards of the callouts of a callout glossary that ``definition_callouts`` may leave (see
    the module docstring), keyed by each callout's first paragraph. Linear in the number of
    blocks; a note needs two callouts that gloss for sure before any gloss is read."""
    firsts: list[int] = []  # the first paragraph of each callout that may name a term
    sure = 0
    for i, block in enumerate(blocks):
        kind = block.callout
        if not kind or block.kind != "paragraph" or not block.headings:
            continue
        if i > 0 and blocks[i - 1].callout == kind and blocks[i - 1].headings == block.headings:
            continue  # a later paragraph of the same callout
        kind = kind.lower()
        if kind in _OTHER_TYPES:
            continue
        sure += kind in DEFINING_TYPES
        firsts.append(i)
    if len(firsts) < 3:
        return {}  # two sure glosses and one more callout at least
    if sure < 2:
        # The fragment test (a defining type's callouts count without it) only until two are sure.
        for i in firsts:
            if blocks[i].callout.lower() not in DEFINING_TYPES and fragment_gloss(blocks[i].text):
                sure += 1
                if sure >= 2:
                    break
        if sure < 2:
            return {}
    found: dict[int, Found] = {}
    for i in firsts:
        block = blocks[i]
        kind = block.callout.lower()
        if kind in DEFINING_TYPES:
            continue  # read by definition_callouts
        title = block.headings[-1]
        # A callout without a title shows its type ("> [!tip]" reads "Tip"): no term.
        term = _term(title) if title.strip().lower() != kind else ""
        match = _FIRST_SENTENCE.match(block.text.strip()) if term else None
        if match is None:
            continue
        gloss = clean_card_text(match.group(1).replace("\n", " "))
        if not 3 <= len(gloss.split()) <= 40 or term.lower() in block.text.lower() or gloss.endswith("?"):
            continue
        if REPORT.match(gloss) or FIRST_PERSON.search(gloss) or ADDRESSED.search(gloss) or "{{" in gloss:
            continue  # "It may take up to 30 minutes ...": a remark about the title, not its gloss
        if is_ui_instruction(gloss):
            continue
        made = cloze_text(f"{term}: {gloss}", [(0, len(term), term)])
        if made is not None:
            # Marked as definition_callouts marks the same cards: software documentation drops them.
            found[i] = Found(made[0], made[1], "glossary_callouts~")
    return found
