"""How a group of sibling headings relates to its parent: the parent names each member
("# Ethos, pathos, logos"), the members end with the noun the parent names ("# Levers in the
body" / "## First-class lever"), and the members have names of their own, as a kind's members
do, where a program's settings share their words. ``termheadings`` reads groups with these."""

from __future__ import annotations

from srs.core.extract.families import named_words, noun_key
from srs.core.extract.headings import KIND_ENDINGS, names_kinds_of
from srs.core.extract.sectionglosses import ARTICLES
from srs.core.extract.sentences import plain
from srs.core.markdown import Block


def lists_members(parent: str, terms: list[str]) -> bool:
    """Whether a parent heading names each of two or more sibling terms as a word of its own."""
    words = {w.strip(",;:&/()").lower() for w in plain(parent).split()}
    if len(terms) < 2:
        return False
    named = [t for t in terms if " " not in t and t.lower() in words]
    # ("# Load-bearing vs infill" over "## Load-bearing", "## Infill", "## Hybrid": a comparison
    # names the terms it sets side by side; a third section may stand beside them.)
    return len(named) == len(terms) or len(named) >= 2 and (" vs" in parent or " versus " in parent)


# Articles and prepositions inside a heading make a phrase of it, an action's or a topic's ("Edit
# a card", "Editar una tarjeta", "Cards from notes"), not the name of a kind's member.
_KIN_GLUE = ARTICLES | frozenset(
    """of for to with from into and or vs on in at by de del des du di da do dos das fra til med von zu auf
    im am en con sin per par pour sur desde""".split()
)

# Words of English a member's explanation holds (``kin_of_parent`` reads English names only).
# (Not ``entryglosses._ENGLISH_GLUE``: its "for" and "at" are Danish and Norwegian words too, and
# their manuals' action headings would pass.)
ENGLISH_GLUE = frozenset("the a an of and or is are between to with from by in on that which".split())


def kin_of_parent(parent: str, terms: list[str]) -> bool:
    """Whether two sibling terms or more end with one noun, in lower case, that the parent heading
    names, in the singular or the plural ("# Levers in the body": "First-class lever",
    "Second-class lever"; "## Theories of crime": "Strain theory", "Labelling theory"): members of
    the kind the parent names."""
    # (English names only: headings of other languages put the noun first or name actions,
    # "Rediger et kort", "Slet et kort", and their manuals read the same.)
    heads = [t.split()[-1] for t in terms if 2 <= len(t.split()) <= 3 and t.isascii() and "'" not in t and _KIN_GLUE.isdisjoint(t.lower().split())]
    keys = [noun_key(h) for h in heads if h.isalpha() and h.islower() and len(h) > 3]
    if len(keys) < 2:
        return False
    common = max(set(keys), key=keys.count)
    return keys.count(common) >= 2 and common in named_words(parent)


def distinct(blocks: tuple[Block, ...], members: list[int], parent: str = "", anywhere: bool = False) -> bool:
    """Whether no two sibling headings share a word: members of a kind have names of their own,
    where settings are named after what they set ("Carattere testo", "Carattere interfaccia").
    A word of the parent heading that ends a member's name is the kind's own noun ("Types of seam
    finish": "French seam", "Flat-felled seam") and does not count; one that opens it names the
    setting ("Carattere testo"), unless ``anywhere``: under a plural title the title's own noun
    may open a member's name, as languages that put the noun first write it ("# Projections
    cartographiques" / "## Projection conforme")."""
    seen: set[str] = set()
    # ("Phases of growth": "Lag phase", "Log phase" end with the singular of the kind's noun.)
    kind_words = {w.lower() for w in plain(parent).split()}
    # ("Theories of crime": "Strain theory", "Labelling theory" end with "theory".)
    kind_words |= {w[:-3] + "y" if w.endswith("ies") else w[:-1] for w in kind_words if w.endswith("s") and len(w) > 3}
    # ("Hypotheekvormen": "Lineaire hypotheek", "Aflossingsvrije hypotheek" end with the compound's own noun.)
    kind_words |= {w[: -len(end)] for w in kind_words for end in KIND_ENDINGS if w.endswith(end) and len(w) > len(end) + 3}
    if names_kinds_of(parent):
        # "## Types of rotation" / "### Continuous cropping", "### Relay cropping": members of a
        # kind spelled out by "Types of" may share their own head noun (a setting's name shares
        # its first word, which stays counted).
        lasts = [plain(blocks[i].text).lower().split()[-1:] for i in members]
        kind_words |= {last[0] for last in lasts if last and lasts.count(last) >= 2}
    for i in members:
        names = plain(blocks[i].text).lower().split()
        if len(names) > 1 and names[-1] in kind_words:
            names = names[:-1]
        elif anywhere and len(names) > 1 and names[0] in kind_words:
            names = names[1:]  # "# Projections cartographiques" / "## Projection conforme": the title's noun
        words = {w for w in names if len(w) > 3}
        if words & seen:
            return False
        seen |= words
    return True
