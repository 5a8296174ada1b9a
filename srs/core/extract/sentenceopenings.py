"""Where a sentence opens for a term in it: after an article of several languages, a one-word tag
("TIL:", "Def:") or a short setting ("Per Platone, ..."), or where a sentence the splitter did not
cut opens again ("... du cours. la **photosynthèse** est ..."). ``rules.definitions`` asks these of
an emphasised term that may open its sentence."""

from __future__ import annotations

import re

from srs.core.extract.sentences import Sentence

__all__ = ["ARTICLES", "ARTICLE_START", "may_open", "restarts"]

ARTICLES = (
    r"(?:an?|the|der|die|das|ein|eine|einer|le|la|les|un|une|el|los|las|il|lo|gli|uno|una|het|de|een|"
    r"o|os|as|um|uma|en|ett|den|det)"
)
# Before a term that opens a sentence: an article in any of several languages, after an optional
# one-word tag such as "TIL:" or "Def:" that daily notes put before a fact.
# "The term **X** refers to ...": a word naming the term as a term also stands before it.
# "Per Platone, l'*iperuranio* è ...", "Für Kant ist ...": a short setting may come first.
ARTICLE_START = re.compile(
    r"^(?:[A-Za-z]{2,12}\.?:\s+|(?:\*\*|__)(?:definition|def|defn|term|concept|notion)[.:](?:\*\*|__)\s+)?"
    r"(?:(?:for|per|pour|para|für|según|selon|secondo|laut|in|en|dans|nel|nella|na|no|im)\s+[^\W\d_][^,;:.*_]{1,40},\s+)?"
    r"(?:" + ARTICLES + r"\s+(?:(?:term|word|concept|notion|idea|phrase|expression)\s+(?:of\s+)?)?|l['’])?$",
    re.I,
)
# "... du cours. la **photosynthèse** est ...": notes in French, Portuguese, Spanish, Italian or
# German often open a sentence in lower case, so the splitter reads on; the article after a full
# stop opens a sentence all the same. (Not "a": "e.g. a **X** is ..." is English.) A term right
# after a semicolon opens its clause: "activity depends on weather; **brumation** is ...".
_LOWER_RESTART = re.compile(
    r"[.!?;]\s+(?:la|le|les|l['’]|o|os|as|el|los|las|il|lo|gli|um|uma|un|une|uno|una|der|die|das)\s*$|;\s+$"
)
# In a note that lost its newlines a capitalised article right after a link or a tag opens a
# sentence too ("Up: [[Ops MOC]] The **bullwhip effect** is ...").
_CAPITAL_ARTICLE_END = re.compile(r"\s(?:The|A|An)\s+$")


# The words a match of ARTICLE_START or restarts ends in (an article, a word naming a term, "of",
# case-folded), besides the marks its other shapes end in: a term after any other word opens no sentence.
_OPENING_WORDS = frozenset(
    "a an the der die das ein eine einer le la les un une el los las il lo gli uno una het de een o os as um uma "
    "en ett den det term word concept notion idea phrase expression of".split()
)


def may_open(last: str) -> bool:
    """Whether a term after the word ``last`` (``last_word``) may open its sentence."""
    return not last or last in _OPENING_WORDS or last.endswith((":", ";", "*", "_", ",", "'", "’"))


def restarts(sentence: Sentence, before: str) -> bool:
    """The term opens a sentence the splitter did not cut (see ``_LOWER_RESTART``)."""
    if _LOWER_RESTART.search(before[-12:]):
        return True
    article = _CAPITAL_ARTICLE_END.search(before[-6:])
    if article is None:
        return False
    cut = len(before) - 6 + article.start() if len(before) > 6 else article.start()
    return any(s.end == cut and s.kind in ("wikilink", "tag") for s in sentence.spans)
