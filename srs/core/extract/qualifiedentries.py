"""List items led by a bold term and a few words that place or qualify it before the colon:
"- **Activation losses** dominate at low current: the energy needed to ...", "- **strong-eyed**
dogs: crouch low, stare ...", "- **Concentration losses** (mass-transport losses) at high current:
reactants can't reach ...". The colon does not follow the term, so no glossary entry reads them;
in a lecture's, a glossary's or a claim's note they gloss the term all the same. (A log's "- **NDA**
tracker: 41 signed", a project's "- **Tiles** still undecided: ..." and a recipe's "- **Flour** sifted
twice: ..." are news or steps: the caller asks only of such notes, and the words after the term
must not report.)"""

from __future__ import annotations

import re

from srs.core.extract.cardcontext import sentence_key
from srs.core.extract.filters import is_label, plausible_term
from srs.core.extract.found import Found
from srs.core.extract.notecards import NoteCard
from srs.core.extract.sentences import clean_card_text, cloze_text
from srs.core.markdown import Block

__all__ = ["qualified_entries"]

# The bold term, one to four lower-case words or bracketed asides, the colon, then the gloss.
_QUALIFIED = re.compile(
    r"^\*\*(?P<term>[^*\n]{2,40}?)\*\*(?P<qualifier>(?:\s+(?:\([^()\n]{1,40}\)|[a-z][\w'’-]*)){1,4}):\s+(?P<gloss>\S[^\n]*)$"
)
# Words after the term that make the line a note about it, not a gloss: where it came from, how it
# went, what is still to do ("- **Tiles** still undecided: ...", "- **Arsenal** lost again: ...").
_NEWS_WORDS = frozenset(
    """from attempt attempts tracker target targets status update updates check checks candidates location notes
    still not now yet today tomorrow needs need lost won drew done set paid sown moved""".split()
)
# A past tense or participle after the term: "- **Worktop** ordered last week: ...", "- **Flour** sifted twice: ...".
_PAST = re.compile(r"^[a-z]+(?<!e)ed$")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")  # (not "i.e.", nor the "US")


def qualified_entries(blocks: tuple[Block, ...], cards: list[NoteCard]) -> list[NoteCard]:
    """Cards for the items of ``blocks`` led by a qualified bold term (see the module), other
    than items that hold a card already (``cards``). The gloss must be four words or more and
    not open with a figure; the term must be plausible and no label."""
    taken = {c.line for c in cards}
    found: list[NoteCard] = []
    for block in blocks:
        if block.kind != "item" or block.task or block.quote or block.line in taken or not block.text.startswith("**"):
            continue
        match = _QUALIFIED.match(block.text.split("\n", 1)[0])
        if match is None:
            continue
        term, qualifier, gloss = match.group("term").strip(), match.group("qualifier"), match.group("gloss")
        # (Bold inside the gloss stresses a job's steps: "- **Bona** waterborne: sealer + 2 coats, **screened** ...".)
        if not plausible_term(term) or is_label(term) or gloss[:1].isdigit() or len(gloss.split()) < 4 or "**" in gloss:
            continue
        qualifiers = qualifier.split()
        if any(word.strip("()").lower() in _NEWS_WORDS for word in qualifiers) or _PAST.match(qualifiers[0]) or _FIRST_PERSON.search(gloss):
            continue
        line = clean_card_text(f"{term}{qualifier}: {gloss}")
        made = cloze_text(line, [(0, len(term), term)])
        if made is not None:
            found.append(NoteCard(Found(made[0], made[1], "glossary_entry"), block.line, sentence_key(line), " › ".join(block.headings)))
    return found
