"""Sibling headings that name kinds of one thing: "## Sensorimotor stage", "## Preoperational
stage", ... under "Piaget's stages of cognitive development". Each section glosses its kind in its
opening prose, however terse; a glossary of headings (``structure.heading_glossary``) asks for
these when its sections are too terse or too marked up for a plain gloss."""

from __future__ import annotations

import re
from collections import Counter

from srs.core.extract.entryglosses import COMMAND_VERBS
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.found import Found
from srs.core.extract.initials import spells_out
from srs.core.extract.sectionglosses import ROMANCE_READER
from srs.core.extract.sentences import clean_card_text, cloze_text, plain
from srs.core.markdown import Block

__all__ = ["SCHEDULE", "kind_sections", "kinds_named", "labels_other_term", "names_types", "typed_sections"]

_SENTENCE_STOP = re.compile(r"[.!?。！？](?:\s|$)")
_ABBREVIATED = ("e.g.", "i.e.", "etc.", "cf.", "vs.", "approx.", "ca.")
# Shared heads of sibling headings that name a reader's task or a part of a manual, not kinds.
_TASK_HEADS = frozenset(
    """installation install setup setting option support integration note mode view panel pane plugin
    file folder menu shortcut command page week day session lesson lecture class part chapter section
    example tip step issue question version update message error""".split()
)


# Titles that name what each of their sections is: a property, a piece of apparatus.
_MEMBERS_TITLE = re.compile(r"\b(?:(?:properties|characteristics)\s+of\b|apparatus\b)", re.I)


def _member_name(term: str) -> bool:
    """Whether a heading's term reads as one member's name: one to three words, capitalised, no
    task of a manual ("Setup", "Installation")."""
    words = term.split()
    return 1 <= len(words) <= 3 and term[:1].isupper() and words[-1].lower() not in _TASK_HEADS


def _singular(word: str) -> str:
    """"stages" → "stage"; "class", "process" stay."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _modifier_and_head(term: str) -> tuple[str, str] | None:
    """"Sensorimotor stage" → ("Sensorimotor", "stage"); "Zenkutsu-dachi" → ("Zenkutsu", "dachi"):
    a kind's own word and the noun its siblings share (singular), or None for a bare word."""
    words = term.split()
    if len(words) >= 2:
        return " ".join(words[:-1]), _singular(words[-1])
    modifier, dash, head = term.rpartition("-")
    return (modifier, _singular(head)) if dash and modifier and head else None


def kinds_named(named: dict[int, str], title: str) -> dict[int, str]:
    """The sibling headings (block index → term) that name kinds of the thing the title names:
    three at least, nearly every heading one, all ending in the same lower-case noun (a word of
    their own, or after a hyphen: "Zenkutsu-dachi", "Kiba-dachi" under "Stances (dachi)"), no
    task of a manual; empty when there are none."""
    if _MEMBERS_TITLE.search(title) and len(named) >= 3 and all(_member_name(t) for t in named.values()):
        # "Properties of laser light" over "## Coherence", "## Directionality"; "Alchemical
        # apparatus" over "## Alembic", "## Athanor": the title names what its sections are.
        return dict(named)
    parts = {i: split for i, t in named.items() if (split := _modifier_and_head(t)) is not None}
    heads = Counter(head for _modifier, head in parts.values())
    if not heads:
        return {}
    head, count = heads.most_common(1)[0]
    # Three kinds at least, and nearly every section one of them ("## Banya" may stand among the saunas).
    if count < 3 or count < len(named) - 1 or not (head.isalpha() and head.islower() and len(head) >= 3) or head in _TASK_HEADS:
        return {}
    terms = {i: named[i] for i, (_modifier, its_head) in parts.items() if its_head == head}
    if any(t.split()[0].lower() in COMMAND_VERBS for t in terms.values()):
        return {}  # "## Open tabs", "## Pin tabs": a manual's tasks
    if len({parts[i][0].lower() for i in terms}) < len(terms):
        return {}
    if not re.search(r"(?<!\w)" + re.escape(head) + r"(?:s|es)?(?!\w)", title.lower()):
        return {}
    return terms


def kind_sections(blocks: tuple[Block, ...], named: dict[int, str], title: str) -> dict[int, Found]:
    """Sibling headings that all end in the same lower-case noun, which the note's title names,
    name kinds of one thing ("Piaget's stages ...": "## Sensorimotor stage", "## Preoperational
    stage"; "Species counterpoint": "## First species" ... "## Fifth species"): each section's
    opening prose glosses its kind, however terse ("Birth to ~2. Knowing the world through senses
    and actions.") or marked up it is. (A manual's "## Close tabs", "## Pin tabs" under "Sidebar"
    are tasks: its title does not name them.) ``named``: each sibling heading's block index and
    its term ("" when it is none). Cards are keyed by the paragraph's block index."""
    terms = kinds_named(named, title)
    found: dict[int, Found] = {}
    for i, term in terms.items():
        body = blocks[i + 1] if i + 1 < len(blocks) else None
        if body is None or body.kind != "paragraph" or body.quote:
            continue
        text = clean_card_text(body.text).split("\n", 1)[0]
        # (Not after an abbreviation: "Most limbs, e.g. the forearm.")
        stops = [m.end() for m in _SENTENCE_STOP.finditer(text + " ") if not text[: m.end()].rstrip().endswith(_ABBREVIATED)]
        # The first sentence, or two when the first is a terse label ("Birth to ~2."), and not past
        # the point where the section names itself: a section's later remarks are no gloss.
        first_words = len(text[: stops[0]].split()) if stops else 0
        text = text[: stops[1 if first_words <= 4 else 0]].rstrip() if len(stops) > 1 else text
        at = text.lower().find(term.lower())
        if at >= 0:
            text = text[: max((e for e in stops if e <= at), default=0)].rstrip()
        # (Not a label that announces steps: "**Ribbon menu:**".)
        if len(text.split()) < 3 or len(text) > 240 or "{{" in text or plain(text).rstrip().endswith((":", "：")) or is_ui_instruction(text):
            continue
        made = cloze_text(f"{term}: {text}", [(0, len(term), term)])
        if made:
            found[i + 1] = Found(made[0], made[1], "heading_glossary")
    return found


# What a title or heading over the kinds opens with: "Types of blazars", "Kinds of tide", "Arten von ...".
_TYPES_OPENER = re.compile(
    r"^(?:(?:main|common|major|different|the)\s+)?(?:types|kinds|sorts|classes|categories|varieties|forms|arten|typen|"
    r"tipos|tipi|formes|rodzaje|typy)\s+(?:of|de|des|du|di|del|der|von|do|da)\s+\S", re.I
)
# A section opening with an entry of its own ("seedling rootstock (or MM111) — full-size ...",
# "M26, MM106 — 3–4 m ..."),
# or with what is no gloss: a condition, a denial, a pointer.
_ENTRY_OPENING = re.compile(r"^[a-z][^.:;!?—–]{0,40}?\s[—–]\s|^\S+(?:\s+\S+)?\s[—–]\s|^\S+(?:\s+\S+){0,2}\s+(?:->|→|=)\s")
_NO_GLOSS = re.compile(r"^(?:if|when|not|see|cf\.?|no|only|also|same|like)\b", re.I)
# The reader addressed: a manual's sections describe features, not kinds ("Sie können", "du kannst" too).
_READER = re.compile(r"\b(?:you|your|Sie\s+können|du\s+kannst)\b", re.I)
# A full stop after an abbreviation or an initial ends no sentence: "e.g. St. Ives", "Dr. Lee".
_ABBREVIATION_END = re.compile(r"(?:\b(?:e\.g|i\.e|etc|cf|vs|approx|ca|Dr|St|Mr|Mrs|Ms|No|Prof)|(?<![\w.])[A-Z])\.$")
_ARTICLES = frozenset("the a an".split())
# A heading's closing abbreviation in brackets: "Diabatic CAES (D-CAES)".
_CLOSING_ABBREVIATION = re.compile(r"^(?P<name>.+?)\s*\((?P<abbr>[^()\s]{1,12})\)$")
# Headings among the kinds that group or compare them (or label a section): "Subclasses by peak", "Other types", "Comparison".
NOT_A_KIND = re.compile(
    r"^(?:sub)?(?:types|kinds|classes|categories|groups)\b|^(?:formas?|tipos|tipi|arten|typen)\b|"
    r"(?<![\w-])(?:by|vs\.?|versus|compared)(?![\w-])|\s[—–&]\s|^(?:other|more|further)\b|"
    r"^(?:comparison|overview|summary|examples?|history|timeline|sources?|references?|see\s+also|notes?)$",
    re.I,
)


def names_types(over: str) -> bool:
    """Whether a title or heading opens with "Types of ..." (or its like): ``typed_sections`` asks first."""
    return _TYPES_OPENER.match(plain(over).strip()) is not None


def typed_sections(blocks: tuple[Block, ...], named: dict[int, str], over: str) -> dict[int, Found]:
    """Sections under a title or heading that opens with "Types of ..." (``over``), each heading
    naming one kind: "# Types of CAES" / "## Diabatic CAES (D-CAES)" / "Heat is removed by
    intercoolers ...". Each kind is glossed by its section's first sentence or its first item
    (after a label that names the kind again, "- FSRQs: ..."); a closing abbreviation stays beside
    the hidden name. Headings that group or compare the kinds ("## Subclasses by peak frequency"),
    sections that open with another term's entry, a schedule ("Every second Friday."), a condition
    or a manual's address to its reader are skipped; two kinds at least, and most headings kinds.
    Cards are keyed by the body's block index."""
    if not names_types(over):
        return {}
    found: dict[int, Found] = {}
    for i, term in named.items():
        if not term or NOT_A_KIND.search(term) or len(term.split()) > 5 or i + 1 >= len(blocks):
            continue
        body = blocks[i + 1]
        if body.quote or body.kind not in ("paragraph", "item") or (body.kind == "item" and body.level != 1):
            continue
        short = _CLOSING_ABBREVIATION.match(term)
        opener = body.spans[0] if body.spans and body.spans[0].start == 0 else None
        if opener is not None and opener.kind in ("strong", "em", "code") and not spells_out(body.text[opener.inner_start : opener.inner_end], term):
            continue  # "## On the string" / "**Détaché** — separate bows ...": a group of entries
        text = clean_card_text(body.text).split("\n", 1)[0]
        # "- FSRQs: strong broad lines ...", "**ACE**: manipulating memory ...": a section naming
        # its kind again glosses after that label.
        # (Only a label that names the kind: "- Friction: resists sliding ..." under "## Contact
        # forces" glosses another term.)
        abbreviation = short.group("abbr") if short else ""
        label, colon, rest = text.partition(": ")
        if colon and _names_kind(label, term, abbreviation):
            text = rest
        elif body.kind == "item" and labels_other_term(text, term, abbreviation):
            continue
        if _ENTRY_OPENING.match(text) or _NO_GLOSS.match(text) or SCHEDULE.match(text):
            continue  # "seedling rootstock (or MM111) — full-size trees", "If you own a serger.", "Monday 9:00 in Hall A"
        if body.kind != "item":
            stops = [m.end() for m in _SENTENCE_STOP.finditer(text + " ") if not _ABBREVIATION_END.search(text[: m.end()].rstrip())]
            if stops and len(text[: stops[0]].split()) <= 4:
                continue  # "Every second Friday.", "Fifteen minutes.": a schedule's terse line, no gloss
            text = text[: stops[0]].rstrip() if stops else text
        if _READER.search(text) or not ROMANCE_READER.isdisjoint(text.lower().split()[:12]):
            continue  # "One note a day, in which you can keep ...": a manual's feature, not a kind
        named_again = re.search(r"(?<!\w)" + re.escape(term.lower()) + r"(?!\w)", text.lower())
        at = named_again.start() if named_again is not None else -1
        if at > 0:
            # Not past the point where the section names its kind again: its later remarks are no gloss.
            text = text[: max((m.end() for m in _SENTENCE_STOP.finditer(text[:at])), default=0)].rstrip()
        if len(text.split()) < 3 or len(text) > 240 or "{{" in text or plain(text).rstrip().endswith((":", "：")) or is_ui_instruction(text):
            continue
        name = short.group("name") if short else term
        made = cloze_text(f"{term}: {text}", [(0, len(name), name)])
        if made:
            found[i + 1] = Found(made[0], made[1], "heading_glossary")
    return found if len(found) >= 2 and len(found) * 2 >= len(named) else {}


# A section opening with when or how long, not what: "Every second Friday.", "Fifteen minutes.",
# "Monday 9:00 in Hall A", "Tuesday afternoon, bring a laptop".
SCHEDULE = re.compile(
    r"^(?:every|once|twice|daily|weekly|monthly|fortnightly|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|^\w+\s+(?:minutes?|hours?|days?|weeks?|months?)\b[.,]|^\d{1,2}[:.]\d\d\b",
    re.I,
)


def _names_kind(label: str, term: str, abbreviation: str = "") -> bool:
    """Whether a section's opening label names its heading's kind: the term itself, its initials
    ("FSRQs" for "Flat-spectrum radio quasars") or the heading's bracketed ``abbreviation``."""
    return (
        label.lower() == term.lower() or spells_out(label, term) or spells_out(label.removesuffix("s"), term)
        or bool(abbreviation) and label == abbreviation
    )


def labels_other_term(opening: str, term: str, abbreviation: str = "") -> bool:
    """Whether an item opens with a capitalised label of its own ("Friction: resists sliding ...")
    that is not its heading's term nor its abbreviation: the entry of another term."""
    label, colon, _rest = opening.split("\n", 1)[0].partition(": ")
    words = label.split()
    return bool(colon) and 1 <= len(words) <= 3 and label[:1].isupper() and words[0].lower() not in _ARTICLES and not _names_kind(
        label, term, abbreviation
    )
