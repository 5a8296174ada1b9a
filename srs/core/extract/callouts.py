"""Definition callouts: ``> [!definition] Eigenvalue`` then ``> A scalar λ such that ...``.

The writer files the term in the callout's title and its definition in the body, so the body
need not name the term nor read as a defining sentence. Callout types that say "this is a
definition" count on their own. ``[!info]`` or ``[!note]`` titles name topics as often as terms,
so those count when the note files two or more terms so ("> [!note] Autolyse" / "> Mixing just
flour and water ...", "> [!tip] Windowpane test" / "> Stretch a small piece ..."): a glossary
written as callouts."""

from __future__ import annotations

import re

from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.rules import Found
from srs.core.extract.sentences import clean_card_text, cloze_text
from srs.core.markdown import Block

DEFINING_TYPES = frozenset({"definition", "def", "defn", "term", "concept", "définition", "definición", "definizione"})
# The first sentence of the body: up to a full stop followed by a space or the end.
_FIRST_SENTENCE = re.compile(r"^(.+?[.!。])(?:\s|$)", re.S)


_VERSUS = re.compile(r"\s(?:vs\.?|versus)\s", re.I)
# "S1", "CO2", "IL-6", "p53": a short name with digits, which a heading would rather use for a
# step or a date; a defining callout's writer chose it as the term.
_SHORT_NAME = re.compile(r"^(?=[^\s]*[^\W\d_])[^\W_][\w-]{0,7}$")


def _short_name(title: str) -> str:
    title = title.strip()
    return title if _SHORT_NAME.match(title) and not title.isdigit() else ""


# Callouts that warn, ask, quote, list steps or give examples: their titles name no term.
_OTHER_TYPES = frozenset(
    """warning caution danger attention important todo question faq help quote cite example failure fail
    missing bug error check done success hint""".split()
)


# Words that make a clause of the gloss's first words ("Google Drive is not supported ...",
# "Some websites don't allow ..."): the callout tells something about its title, it does not gloss it.
_FINITE = frozenset(
    """is are was were has have had can could will would should must may might does do did don't doesn't
    isn't aren't won't can't cannot""".split()
)
_CLAUSE_OPENERS = frozenset(
    "if when while before after to you we i it this that these those there here here's there's instead some most all many".split()
)
# A subject and its verb ("Syncing large vaults takes minutes", "Opening the app triggers a
# sync"): a sentence about the title, not a gloss of what it is ("Mixing flour and water ...").
_SUBJECT_VERBS = frozenset(
    "takes triggers requires needs runs starts opens shows lets stops works happens causes gives keeps leads".split()
)
_NOUN_OPENERS = frozenset("a an the one two three four several any".split())
_PINNING = frozenset("of at for in on with from that which where used made between".split())


def fragment_gloss(gloss: str) -> bool:
    """Whether ``gloss`` opens as a glossary's fragment, not a clause: a noun phrase ("The first
    rise of the dough ...", "Two turns around a post ..."), a gerund ("Mixing just flour and
    water ..."), a verb of what the term does ("Makes a fixed loop ...") or a noun pinned by a
    preposition ("Stopper knot at the end of ..."), with no finite verb in its first words."""
    words = [w.lower().strip(",;:()") for w in gloss.split()[:6]]
    # A verb after "which", "at", "of" ... belongs to what pins the noun down ("The stage at which clay is firm ...").
    head = next((words[:k] for k in range(1, len(words)) if words[k] in _PINNING or words[k] in ("who", "whose")), words)
    if len(words) < 3 or any(w in _FINITE for w in head) or words[0] in _CLAUSE_OPENERS:
        return False
    if _SUBJECT_VERBS.intersection(w.lower().strip(",;:") for w in gloss.split()[1:10]):
        return False
    first = words[0]
    return (
        first in _NOUN_OPENERS
        or (first.endswith("ing") and len(first) > 4)
        or (first.endswith("s") and words[1] in _NOUN_OPENERS)
        or words[1] in _PINNING or words[2] in _PINNING
    )


def definition_callouts(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """``{{c1::Eigenvalue}}: A scalar λ such that ...`` for the first paragraph of each defining
    callout (or of other callouts, two or more in the note, see above) whose title is a term and
    whose first sentence (three to forty words, no first person, not naming the term again)
    glosses it. Keyed by the paragraph's block."""
    # ``glosses`` imports the structural rules: read it at call time, not at import.
    from srs.core.extract.glosses import heading_subject

    found: dict[int, Found] = {}
    titled: dict[int, Found] = {}  # the same from callouts of other types
    for i, block in enumerate(blocks):
        if not block.callout or block.kind != "paragraph" or block.callout.lower() in _OTHER_TYPES:
            continue
        if not block.headings or (i > 0 and blocks[i - 1].callout == block.callout and blocks[i - 1].headings == block.headings):
            continue  # a later paragraph of the same callout
        defining = block.callout.lower() in DEFINING_TYPES
        if not defining and not fragment_gloss(block.text):
            continue  # the cheap test first: most callouts of other types tell, they do not gloss
        if _VERSUS.search(block.headings[-1]):
            continue  # "> [!definition] Event time vs processing time": the body defines each term
        term = heading_subject(block.headings[-1]) or (_short_name(block.headings[-1]) if defining else "")
        match = _FIRST_SENTENCE.match(block.text.strip()) if term else None
        if match is None:
            continue
        gloss = clean_card_text(match.group(1).replace("\n", " "))
        words = len(gloss.split())
        if not 3 <= words <= 40 or term.lower() in gloss.lower() or FIRST_PERSON.search(gloss):
            continue
        made = cloze_text(f"{term}: {gloss}", [(0, len(term), term)])
        if made is None:
            continue
        if defining:
            found[i] = Found(made[0], made[1], "glossary_list")
        elif not is_ui_instruction(gloss):
            titled[i] = Found(made[0], made[1], "glossary_callouts~")  # software documentation drops it
    if len(titled) >= 2 and len({f.answers[0].lower() for f in titled.values()}) == len(titled):
        found.update(titled)
    return found


# Callout types whose untitled body glosses the note's title: a definition or its summary
# ("> [!definition]", "> [!summary]"), not a tip, a task, an example or a quote.
_TITLE_GLOSS_TYPES = DEFINING_TYPES | frozenset("abstract summary tldr info note".split())


def titled_callout(block: Block, blocks: tuple[Block, ...]) -> bool:
    """Whether ``block`` stands in a callout with a title of its own ("> [!info] Correlated colour
    temperature"): the last of its headings is no heading of the note. Its body glosses that
    title, not the note's."""
    if not block.callout or not block.headings:
        return False
    last = block.headings[-1]
    if last.lower() == block.callout.lower() and block.callout.lower() in _TITLE_GLOSS_TYPES:
        return False  # "> [!definition]" alone: the callout's type stands as its title, and it glosses the note's
    return not any(b.kind == "heading" and b.text == last for b in blocks)

