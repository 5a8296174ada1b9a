"""How much of a glossary entry's head a card hides.

A glossary card hides its entry's term. Heads may hold more than the term: a romanised reading
after a CJK word ("本 běn — bound things": the reading is the hint, the character the answer) or
characters after a romanised name ("Ren 仁: humaneness"), a notation after a quantity's name
("conditional entropy H(Y|X): ..."), a
quantity's symbol after its name ("Geoid undulation $N$: ...", "effectiveness ε: ..."), a share
after a name ("stance phase ~60% — ..."), and two terms set against each other or side by side
("Event time vs processing time: ...", "opinion / belief: ...", "crazing ≠ pitting. pitting =
..."), which has no single answer.
"""

from __future__ import annotations

import re

from srs.core.extract.found import Found
from srs.core.extract.sentences import ABBREVIATIONS

__all__ = ["closed_aside", "fitted_entry"]

# "{{c1::本 běn}}": CJK characters, then a reading in Latin letters (with tone marks).
_KANA_READING = re.compile(r"([\u3400-\u9fff][\u3040-\u30ff\u3400-\u9fff]*)(（[\u3040-\u30ff]{1,12}）)")  # "墨（すみ）"
_READING = re.compile(r"\{\{c1::([\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+)\s+([a-zà-ɏ' ]{1,30})\}\}")
# "{{c1::Ren 仁}}": a romanised name, then its characters (the name is the answer, the characters its hint).
# (Ideographs only, after a word that is no acronym: "MLE 공정" is the MLE process.)
_ROMANISED = re.compile(r"\{\{c1::((?![A-Z]{2})[A-Za-zà-ɏ'’-]+(?: [A-Za-zà-ɏ'’-]+){0,3})\s+([\u3400-\u9fff]+)\}\}")
# "{{c1::counting process N}}(t) = ...": a head cut inside the notation after the name.
_CUT_NOTATION = re.compile(r"^\{\{c1::([A-Za-z][\w'’-]*(?: [\w'’-]+){0,4}) ([A-Za-z]{1,3})\}\}\(")
# "{{c1::conditional entropy H(Y|X)}}": a quantity's notation after its name.
_NOTATION = re.compile(r"\{\{c1::([A-Za-z][\w'’-]*(?: [\w'’-]+){0,4})\s+([A-Za-z]{1,3}\([^(){}]{1,12}\))\}\}")
_VERSUS = re.compile(r"\s(?:vs\.?|versus)\s", re.I)
# "{{c1::Geoid undulation $N$}}": the quantity's symbol in math after its name.
_SYMBOL = re.compile(
    r"\{\{c1::([^{}$]*[^\W\d_][^{}$]*?)\s+(\$[^$\n]{1,20}\$|[\u0391-\u03a9\u03b1-\u03c9\u0110\u0189\u00d0][\u2080-\u2089]?|(?<=[a-z] )[UHSGTPQW][\u2080-\u2089]?[′″]?)\}\}"
)
# "effectiveness ε", "internal energy U", "storage modulus G′": a plain symbol after a name in
# lower case, primed or not (a Greek letter, or after two words or more a capital that stands
# for a quantity of heat and work: "vitamin A", "protein kinase A", "blood group O" are names).
_PLAIN_SYMBOL = re.compile(r"^[a-z][\w-]*(?: [\w-]+)* [\u0391-\u03a9\u03b1-\u03c9\u0110\u0189\u00d0][\u2080-\u2089]?$|^[a-z][\w-]* [a-z][\w-]*(?: [a-z][\w-]*)* [UHSGTPQW][\u2080-\u2089]?[′″]?$")

# "eccentricity e", "inclination i", "magnification M": one letter standing for the quantity a
# single long word names (a capital after a very long one only: "vitamin A", "Region A" are names).
_LETTER_SYMBOL = re.compile(r"^(?P<name>[a-z]{6,})\s(?P<symbol>[a-z]|(?<=[a-z]{11}\s)[A-Z])$")


# A formula's symbol: one letter (a subscript or a prime may follow), or letters joined by a
# product, a quotient or a power ("B/u", "C·u"); not an abbreviation ("DNF").
_SYMBOL_ANSWER = re.compile(r"^(?:[^\W\d_][\u2080-\u2089′″]?|[^\W\d_]{1,2}[/·×^][^\W\d_]{1,2})$")
# "{{c1::A}}: **eddy diffusion**: ...", "{{c1::k}} = **rate constant** ...": the symbol, then its name in
# bold, in lower case and of two words or more (a key's or a grade's letter, "Q: **quit**", "A:
# **excellent**", names no quantity).
_SYMBOL_NAMED = re.compile(r"^\{\{c1::(?P<symbol>[^{}]{1,4})\}\}(?P<sep>\s*[:=]\s*|\s+[—–]\s+)\*\*(?P<name>[a-zà-ÿ][^*\n\d ]*\s[^*\n\d]{2,59})\*\*")
# "{{c1::stance phase ~60%}}": a share or a reading after the name.
_SHARE = re.compile(r"\{\{c1::([^{}]*?[^\W\d_][^{}]*?)\s+([~≈]?\s?\d+(?:[.,]\d+)?\s?%)\}\}")
# "{{c1::crazing ≠ pitting. pitting}}": a sentence ends inside the head.
# (A word in lower case, then another word: "Sect. 702", "Art. 17" are abbreviations, and so are
# the sentence splitter's ``ABBREVIATIONS`` and a few words of heads.)
_SENTENCE_INSIDE = re.compile(r"(?<![^\W\d_])([a-z]{3,})\.\s+[^\W\d_]")
_ABBREVIATED = ABBREVIATIONS | frozenset("gen sect cap ref excl min max".split())


def _sentence_inside(answer: str) -> bool:
    """Whether a sentence ends inside an entry's head ("crazing ≠ pitting. pitting", "Cold flue. Fix")."""
    return any(m.group(1) not in _ABBREVIATED for m in _SENTENCE_INSIDE.finditer(answer))


def closed_aside(found: Found) -> Found:
    """A card whose separator was read inside an aside, "{{c1::Digest (Greek}}: Pandects) — ...",
    with its cloze ended before the aside: "{{c1::Digest}} (Greek: Pandects) — ..."."""
    answer = found.answers[0] if len(found.answers) == 1 else ""
    if answer.count("(") <= answer.count(")") or " (" not in answer:
        return found
    term = answer[: answer.index(" (")].strip()
    marked = "{{c1::" + answer + "}}"
    if not term or found.text.count(marked) != 1:
        return found
    return Found(found.text.replace(marked, "{{c1::" + term + "}}" + answer[len(term) :]), (term,), found.rule)


def fitted_entry(found: Found) -> Found | None:
    """A glossary card with its cloze fitted to the term: the reading left beside a CJK word, the
    symbol beside a quantity's name; None for two terms compared or listed together."""
    answer = found.answers[0] if found.answers else ""
    if _VERSUS.search(answer) or ", " in answer or " / " in answer or " ≠ " in answer or _sentence_inside(answer):
        return None  # "Event time vs processing time", "closure, continuity", "opinion / belief": two terms
    if answer.endswith("%") and "{{c1::" in found.text:
        match = _SHARE.search(found.text)
        if match is not None and match.group(1) + " " + match.group(2) == answer:
            # The share stays beside the name: "{{c1::stance phase}} ~60% — the part of the cycle ...".
            text = found.text[: match.start()] + "{{c1::" + match.group(1) + "}} " + match.group(2) + found.text[match.end() :]
            return Found(text, (match.group(1),), found.rule)
    if "{{c1::" in found.text and " " in answer and not answer.isascii():
        match = _READING.search(found.text)
        if match is not None and match.group(1) + " " + match.group(2) == answer:
            text = found.text[: match.start()] + "{{c1::" + match.group(1) + "}} " + match.group(2) + found.text[match.end() :]
            return Found(text, (match.group(1),), found.rule)
    if answer.endswith("）") and "{{c1::" + answer + "}}" in found.text:
        kana = _KANA_READING.fullmatch(answer)
        if kana is not None:
            # The reading stays beside the word it reads: "{{c1::墨}}（すみ）: ...".
            text = found.text.replace("{{c1::" + answer + "}}", "{{c1::" + kana.group(1) + "}}" + kana.group(2), 1)
            return Found(text, (kana.group(1),), found.rule)
    if " " in answer and found.text.startswith("{{c1::") and "}}(" in found.text:
        cut = _CUT_NOTATION.match(found.text)
        if cut is not None and cut.group(1) + " " + cut.group(2) == answer:
            text = "{{c1::" + cut.group(1) + "}} " + cut.group(2) + found.text[cut.end() - 1 :]
            return Found(text, (cut.group(1),), found.rule)
    if "{{c1::" in found.text and " " in answer and (not answer.isascii() or answer.endswith(")")):
        match = _ROMANISED.search(found.text) or _NOTATION.search(found.text)
        if match is not None and match.group(1) + " " + match.group(2) == answer:
            # The characters or the notation stay beside the name: "{{c1::Ren}} 仁: humaneness".
            text = found.text[: match.start()] + "{{c1::" + match.group(1) + "}} " + match.group(2) + found.text[match.end() :]
            return Found(text, (match.group(1),), found.rule)
    if len(answer) <= 4 and found.text.startswith("{{c1::") and _SYMBOL_ANSWER.match(answer):
        named = _SYMBOL_NAMED.match(found.text)
        if named is not None and named.group("symbol") == answer:
            # "{{c1::A}}: **eddy diffusion**: molecules take ...": a formula's symbol named in bold;
            # the name is the term.
            name = named.group("name").strip()
            text = answer + named.group("sep") + "{{c1::" + name + "}}" + found.text[named.end() :]
            return Found(text, (name,), found.rule)
    if (answer.endswith("$") or _PLAIN_SYMBOL.search(answer)) and "{{c1::" in found.text:
        match = _SYMBOL.search(found.text)
        if match is not None and match.group(1) + " " + match.group(2) == answer:
            text = found.text[: match.start()] + "{{c1::" + match.group(1) + "}} " + match.group(2) + found.text[match.end() :]
            return Found(text, (match.group(1),), found.rule)
    letter = _LETTER_SYMBOL.match(answer) if len(answer) <= 30 and "{{c1::" + answer + "}}" in found.text else None
    if letter is not None:
        name = letter.group("name")
        text = found.text.replace("{{c1::" + answer + "}}", "{{c1::" + name + "}} " + letter.group("symbol"), 1)
        return Found(text, (name,), found.rule)
    return found
