"""Members a lead sentence counts out, each glossed in its own item:

    Works on the Three Treasures:
    - jing — essence (reproductive / vital)
    - qi — breath, energy
    - shen — spirit

Two or three short items are too few for a plain glossary (``plainlists``), and a gloss of one
word reads as a note there. Here the lead announces exactly as many members as the list has items,
each item is one lower-case word (a romanised term, a Japanese principle) or a name in bold ("Los
arcanos menores se dividen en cuatro palos:" / "- **Copas** — emociones, relaciones") and its
gloss, and that count makes them entries: "Los cuatro principios de Rikyū:" / "- wa — armonía" ...
A list of another length, of longer heads ("Moorish chant → romantic myth"), of a day's things
("Packing for the two days:") or of a manual's modes and settings in bold is left to the other
rules, and so are arrows outside a lesson's notes."""

from __future__ import annotations

import re

from srs.core.extract.filters import STOP_TERMS, plausible_term
from srs.core.extract.found import Found
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.sentences import cloze_text
from srs.core.markdown import Block

__all__ = ["EVERYDAY", "announced_members"]

# Count words in English, German, French, Spanish, Portuguese and Italian, by the number they name
# (not Italian's "due", "tre" and "sei", which are English or German words too).
_COUNTS = {
    2: "two|zwei|deux|dos|dois|pair",
    3: "three|drei|trois|tres|três",
    4: "four|vier|quatre|cuatro|quatro|quattro",
    5: "five|fünf|cinq|cinco|cinque",
    6: "six|sechs|seis",
}
_NUMBER_OF = {word: n for n, words in _COUNTS.items() for word in (*words.split("|"), str(n))}
_COUNT = re.compile(r"\b(?:" + "|".join(_NUMBER_OF) + r")\b", re.I)
# One lower-case word, or a name of up to three words in bold, a separator, its gloss.
_MEMBER = re.compile(
    r"^(?:(?P<term>[a-zà-ÿ][\w'’-]{1,24})|\*\*(?P<bold>[^\W\d_][\w'’-]{1,24}(?: [\w'’-]{1,24}){0,2})\*\*)"
    r"[ \t]*(?:—|–|→|->|=|:)[ \t]*(?P<gloss>[^\W_].*)$",
    re.S,
)


# What a day's list counts: its days, options, people, bags ("Packing for the two days:", "Tasks
# for the three of us:", "Two options for dinner:").
EVERYDAY = re.compile(
    r"\b(?:days?|nights?|weeks?|hours?|options?|choices?|of\s+us|of\s+them|in\s+all|people|guests|things|times|items|"
    r"bags?|tickets?|places|dinner|lunch|breakfast|packing|tasks?|todo|shopping|trip|tried|bought)\b",
    re.I,
)
# What a manual counts out in bold: its modes, settings, plans ("The editor has three modes:").
_SETTINGS = re.compile(r"\b(?:modes?|settings?|flags?|plans?|tiers?|views?|tabs?|buttons?|commands?|presets?|layouts?|teams?|sessions?)\b", re.I)
# A verdict or a pointer, not a gloss: "pesto — too salty", "ragu: great", "charger: the white one".
_VERDICT = re.compile(
    r"^(?:too\s|great|good|nice|meh|ok|okay|bad|awful|fine|spicy|salty|heavy|cheap|expensive|the\s+\w+\s+one\b)", re.I
)


def _announced_count(lead: str) -> set[int]:
    """The numbers of members a lead ending in a colon announces ("the Three Treasures:")."""
    return {_NUMBER_OF[match.group().lower()] for match in _COUNT.finditer(lead)}


def announced_members(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """Cards of the items a lead counts out (see the module docstring), keyed by block index."""
    found: dict[int, Found] = {}
    for i, lead in enumerate(blocks[:-1]):
        if lead.kind not in ("paragraph", "item") or not lead.text.rstrip().endswith(":") or "\n" in lead.text.strip():
            continue
        counts = _announced_count(lead.text)
        if not counts or FIRST_PERSON.search(lead.text) or EVERYDAY.search(lead.text):
            continue
        level = blocks[i + 1].level
        if blocks[i + 1].kind != "item" or (lead.kind == "item" and level <= lead.level):
            continue
        members: list[int] = []
        j = i + 1
        while j < len(blocks) and blocks[j].kind == "item" and blocks[j].level >= level:
            if blocks[j].level == level and blocks[j].first_in_item:
                members.append(j)
            j += 1
        if len(members) not in counts:
            continue
        cards: dict[int, Found] = {}
        for k in members:
            match = _MEMBER.match(blocks[k].text)
            if match is None or blocks[k].task or FIRST_PERSON.search(match.group("gloss")) or _VERDICT.match(match.group("gloss")):
                break
            # A capitalised name in bold is as often a manual's option ("**Remote vaults**: Centralized
            # storage that local vaults connect to ..."): its gloss must be as terse as a member's.
            bold = match.group("bold")
            if bold and _SETTINGS.search(lead.text):
                break  # "The editor has three modes:" / "- **Normal**: move around"
            if bold and ("`" in match.group("gloss") or bold[0].isupper() and len(match.group("gloss").split()) > 8):
                break
            term = match.group("term") or match.group("bold")
            if term in STOP_TERMS or not plausible_term(term):
                break
            end = match.end("term") if match.group("term") else match.end("bold") + 2  # (with the closing "**")
            made = cloze_text(blocks[k].text, [(0, end, term)])
            if made is None:
                break
            cards[k] = Found(made[0], made[1], "glossary_list")
        else:
            found.update(cards)
    return found
