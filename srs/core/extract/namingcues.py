"""Naming cues: the words and constructions by which a sentence names a term.

"called **Y**", "known as *Y*", "the term *Y* for ...", "By **Y** we mean ...", "On appelle **Y**",
"称为**Y**": the patterns ``rules.definitions`` reads around an emphasised or quoted term for its
``bold_called`` and ``known_as`` cards, in English and in other languages, with the stems
(``NAMING_STEM``, ``NAMING_STEM_INTL``) that let it skip them on the sentences that hold none.
"""

from __future__ import annotations

import re

from srs.core.extract.sentences import fold_case

_NAMING = (
    r"(?:called|calls|call|termed|named|names|dubbed|nicknamed|coined|labell?ed|"
    r"christened|known\s+as|referred\s+to\s+as|refers?\s+to\s+as)"
)
NAMING_BEFORE = re.compile(
    # ("We call this process **osmosis**": a demonstrative and its noun may stand between.)
    r"\b(" + _NAMING + r")\s+(?:(?:it|them|him|her)\s+|(?:this|these|that|those)\s+(?:[a-z]+\s+)?)?"
    r"(?:(?:an?|the)\s+)?(?:(?:\w+\s+)?(?:term|word|name|phrase|label)\s+)?$",
    re.I,
)
QUOTED = re.compile(
    r"\b(" + _NAMING + r")\s+(?:(?:it|this|these|them|that)\s+)?(?:(?:an?|the)\s+)?"
    r"(?:\"([^\"\n]{2,60})\"|“([^”\n]{2,60})”|‘([^’\n]{2,60})’|'([^'\n]{2,60})'(?!\w))",
    re.I,
)
# "He calls <what is named> the **Y**" / "called such a figure a **Y**": the named thing sits
# between the verb and the article. Prepositions there mean another reading ("called by the").
NAMING_OBJECT = re.compile(
    r"\b(call|calls|called|term|terms|termed|name|names|named|dub|dubs|dubbed|nicknamed?)\s+"
    r"(?:(?!(?:by|with|from|on|at|for|into|after|before|when|if|because|and|or)\s)[^\s.,;:!?()]+\s+){1,14}?"
    r"(?:an?|the)\s+$",
    re.I,
)
# "Gaius calls the things that needed mancipatio *res mancipi*: ...", "Writers call painting
# walls fast, everywhere, *bombing*: ...": a naming verb, what it names (two words or more, to
# the end of the clause), then the term, glossed at once (``GLOSSED_AFTER``). (Not "called":
# "They called the shop on the corner *twice*: ..." is a phone call.)
NAMING_OBJECT_BARE = re.compile(
    r"\b(call|calls|term|terms|termed|dub|dubs|dubbed)\s+"
    r"(?!(?:it|them|him|her|me|us|you|this|that)\s)(?:[^\s.;:!?()]+,?\s+(?:\([^()]{1,30}\)\s+)?){2,14}?$",
    re.I,
)
GLOSSED_AFTER = re.compile(r"^\s*(?:\([^()\n]{1,40}\)\s*)?(?::\s|\s[—–]\s)")
# "the (architectural) term *spandrel* for ...": a word introduced as a term for a meaning.
TERM_BEFORE = re.compile(r"\b(?:the|a|this)\s+(?:[a-z-]+\s+)?(?:term|word|name|expression)\s+$", re.I)
TERM_AFTER = re.compile(r"^\s*(?:for|to\s+(?:describe|mean|denote|refer\s+to|name))\s+\w", re.I)
# Naming in other languages: "On appelle **Y**", "se llama **Y**", "называется **Y**" ...
NAMING_BEFORE_INTL = re.compile(
    r"(?:\b(?:appelle|appelé|appelée|appelés|appelées|nomme|nommé|nommée|llama|llaman|llamado|llamada|"
    r"denomina|denominado|denominada|chiama|chiamano|chiamato|chiamata|noemt|noemen|genoemd|heißt|nennt\s+man|"
    r"nennen|genannt|chamado|chamada|chama|chama-se|chamam-se|denomina-se|kallas|kaldes)|(?<!\w)(?:называется|называют|называемый|называемая))\s+"
    r"(?:(?:le|la|les|l'|un|une|el|los|las|il|lo|gli|o|a|os|as|de|het|der|die|das|den)\s+)?$",
    re.I,
)
# Chinese and Japanese naming words stand right before the term, with no space: "称为**Y**".
NAMING_BEFORE_CJK = re.compile(r"(?:称为|稱為|称作|稱作|叫做|叫作|名为|名為|と呼ばれる|と呼ぶ)$")
# Every match of the English naming regexes (NAMING_BEFORE, NAMING_OBJECT, QUOTED and the
# naming verbs of ``phrases.named_by_verb``) holds one of these stems, case aside; every match of
# the naming regexes of other languages (NAMING_BEFORE_INTL, KNOWN_AS_INTL, the long objects of
# ``named_by_verb``) one of the second set. Most sentences hold none: one look at the case-folded
# sentence then spares those regexes for each term it emphasises.
NAMING_STEM = ("call", "term", "name", "dub", "coined", "label", "christen", "known", "refer")
NAMING_STEM_INTL = (
    "appel", "nomm", "llam", "denomin", "chiam", "noem", "heißt", "nenn", "genannt", "cham", "kallas", "kaldes",
    "называ", "conoc", "conhecid", "connu", "dett", "heet", "heten",
)


class NamingStems:
    """Whether a sentence holds one of ``NAMING_STEM`` and one of ``NAMING_STEM_INTL``, case aside,
    each looked for on the first term that needs it (most terms are ruled out by the word before
    them first, so most sentences never fold)."""

    __slots__ = ("_text", "_folded", "_english", "_intl")

    def __init__(self, text: str) -> None:
        self._text = text
        self._folded: str | None = None
        self._english: bool | None = None
        self._intl: bool | None = None

    def _fold(self) -> str:
        if self._folded is None:
            self._folded = fold_case(self._text)
        return self._folded

    def english(self) -> bool:
        """Whether the sentence holds an English naming stem."""
        if self._english is None:
            self._english = _holds(self._fold(), NAMING_STEM)
        return self._english

    def intl(self) -> bool:
        """Whether the sentence holds a naming stem of another language."""
        if self._intl is None:
            self._intl = _holds(self._fold(), NAMING_STEM_INTL)
        return self._intl


def _holds(folded: str, stems: tuple[str, ...]) -> bool:
    # Substring tests (a skip search in C) beat one regex alternation, whose many common first
    # letters stop the scan at most characters; a plain loop saves the generator any() would need.
    for stem in stems:
        if stem in folded:
            return True
    return False


# The words the naming regexes that end at a term (NAMING_BEFORE, NAMING_OBJECT) can end in,
# case-folded: a term whose word before it (``termnames.last_word``) ends in none of them cannot
# be named by them. ("as": "known as", "referred to as"; pronouns and articles: "call it the".)
NAMING_ENDS = (
    "called", "calls", "call", "termed", "named", "dubbed", "nicknamed", "coined", "labeled", "labelled",
    "christened", "as", "it", "this", "these", "those", "them", "that", "him", "her", "a", "an", "the",
    "term", "word", "name", "phrase", "label",
)
# The same for the naming regexes of other languages (NAMING_BEFORE_INTL, KNOWN_AS_INTL): their
# naming words and the articles that may follow them.
NAMING_ENDS_INTL = (
    "appelle", "appelé", "appelée", "appelés", "appelées", "nomme", "nommé", "nommée", "llama", "llaman",
    "llamado", "llamada", "denomina", "denominado", "denominada", "chiama", "chiamano", "chiamato", "chiamata",
    "noemt", "noemen", "genoemd", "heißt", "man", "nennen", "genannt", "genannten", "chamado", "chamada", "chama",
    "chama-se", "chamam-se", "denomina-se", "kallas", "kaldes", "называется", "называют", "называемый",
    "называемая", "como", "de", "d'", "d’", "detto", "detta", "detti", "dette", "heet", "heten",
    "le", "la", "les", "l'", "l’", "un", "une", "el", "los", "las", "il", "lo", "gli", "o", "a", "os", "as",
    "het", "der", "die", "das", "den",
)


# "Als **Y** bezeichnet man ...": the German naming construction with the term first.
NAMING_AFTER_INTL = re.compile(r"^\s+(?:bezeichnet|nennt|versteht)\s+man\b", re.I)
ALS_BEFORE = re.compile(r"^(?:als|unter)\s+(?:(?:der|die|das|den|ein|eine|einen)\s+)?$", re.I)
# "se conoce como **X**", "é conhecido como **X**", "connu sous le nom d'**X**", "è detto **X**",
# "der sogenannte **X**", "heet **X**": more naming words, with the term right after them.
KNOWN_AS_INTL = re.compile(
    r"(?:\bconoce\s+como|\bconocid[oa]s?\s+como|\bconhecid[oa]s?\s+como|\bconnue?s?\s+sous\s+le\s+nom\s+(?:de\s+|d['’])|"
    r"\b(?:è|sono|viene|vengono)\s+dett[oaie]|\bsogenannten?|\bso\s+genannten?|\bheet|\bheten|\bwordt\s+genoemd)"
    r"\s*(?:(?:le|la|les|l['’]|el|los|las|o|a|os|as|il|lo|gli|de|het|der|die|das|den)\s+)?$",
    re.I,
)
# "Dieses Phänomen wird **Treibhauseffekt** genannt.": the German passive puts the verb last.
WIRD_BEFORE = re.compile(r"\b(?:wird|werden)\s+(?:auch\s+)?(?:als\s+)?$", re.I)
GENANNT_AFTER = re.compile(r"^\s+(?:genannt|bezeichnet)\b", re.I)
# "By **opportunity cost** we mean ...": a lecture's way of defining.
BY_BEFORE = re.compile(r"^by\s+(?:an?\s+|the\s+)?$", re.I)
# "In the potential method we define a **potential function** $\Phi$ ...".
WE_DEFINE = re.compile(r"\b(?:we|one)\s+(?:first\s+|now\s+)?defines?\s+(?:an?|the)\s+$", re.I)
WE_MEAN_AFTER = re.compile(r"^\s*,?\s+(?:we|I|one)\s+(?:mean|understand)\s+\S+", re.I)
# "a note called", "la sección llamada": an article and a noun before the naming word.
LITERAL_NAME_BEFORE = re.compile(
    r"\b(?:the|a|an|uma|um|una|un|une|la|le|les|el|los|las|il|lo|gli|o|na|no|ein|eine|einen|einer|die|der|das|"
    r"en|ett|een|het)"
    r"\s+[^\W\d_]+\s+$",
    re.I,
)
