"""Rules that need more than one sentence: the note's title (a term defined by the first
sentence) and a heading's term defined by the paragraph under it. Glossaries of headings live in
``headingglossary``, glossary tables in ``tables`` and plain glossary lists in ``plainlists`` (all
re-exported here), claim titles in ``claimtitles``."""

from __future__ import annotations

import re

from srs.core.extract.filters import plausible_term
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.frames import BARE_COPULA, BARE_PARTICIPLE, EVALUATIVE, FIRST_PERSON, SEPARATOR_DEF
from srs.core.extract.headingglossary import heading_glossary, heading_term
from srs.core.extract.rules import DEFINING, Found, long_enough
from srs.core.extract.sentences import Sentence, cloze_text
from srs.core.extract.plainlists import plain_list_glossary
from srs.core.extract.tables import glossary_header, glossary_row
from srs.core.extract.titles import title_terms

__all__ = [
    "defined_by_sentence", "glossary_header", "glossary_row", "heading_glossary", "heading_term", "plain_list_glossary",
    "title_terms",
]

# An article before a term that opens a sentence, in the languages notes are commonly written in.
_LEADING_ARTICLE = re.compile(
    r"(?:(?:an?|the|der|die|das|ein|eine|le|la|les|un|une|el|los|las|il|lo|gli|uno|una|het|de|een|"
    r"o|os|um|uma|en|ett|den|det)\s+|l['’])"
)
# A context before the term ("In economics, moral hazard is ..."): up to four words and a comma.
_CONTEXT = re.compile(r"^(?:In|Within|For|Across|Among)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+,\s+", re.I)
_PRONOUN = re.compile(r"^(?:It|They|This|These)\b")
# "Keeping a dead reckoning means ...", "Playing rubato means ...": doing what the title names, then
# what that means. (Only "means": "Making kimchi is a family ritual" says what the doing is to
# someone, not what the term is.) The card hides the title's term, not the doing.
_DOING = re.compile(r"^[A-Z][a-z]{2,}ing\s+(?:(?:an?|the)\s+)?")
# (What it means is a doing too, "means covering ...": "Making kimchi means a whole weekend of work"
# tells what it costs.)
_MEANS = re.compile(r"\s+(?:simply\s+|just\s+)?means\s+[a-z]{2,}ing\s")
_QUOTED_IS = re.compile(r"^\s(?:is|are)\s")
# "of an event", "of a shark": what a title's term belongs to, before its copula.
# (Any one of them, not a particular one: "The dinner party of the year is the one at Anna's".)
_OF_WHAT = re.compile(r"^\s+of\s+(?:an?|each|every|any)\s+[\w-]+(?:\s+[\w-]+)?(?=\s+(?:is|are)\s)")
# (Not the writer's view of one: "The garden of a friend is a nice place ...", "The kitchen of a
# restaurant is the place where all the stress happens, honestly".)
_OF_WHAT_OPINION = re.compile(
    # (EVALUATIVE refuses its words; here they are what is looked for.)
    r"^\s+(?:is|are)\s+(?:(?:an?|the)\s+)?" + EVALUATIVE.removeprefix("(?!").removesuffix(")")
    + r"|^[^\n]*,\s*(?:honestly|frankly|seriously|really|tbh|lol)\W*$"
)


def _leading_term(sentence: Sentence, term: str, plural: bool = False) -> tuple[int, int] | None:
    """Where ``term`` opens the sentence (after an optional article and emphasis), if it does."""
    text = sentence.text
    low = text[:200].lower()
    pos = 0
    article = _LEADING_ARTICLE.match(low)
    if article and not term.lower().startswith(article.group(0)):
        pos = article.end()
    for marker in ("**", "__", "*", "_", '"', "“"):
        # ('"Yes, and" is the basic rule ...': a quoted title; not a heading's '"Feed me"' itself.)
        if low.startswith(marker, pos) and not term.startswith(marker):
            pos += len(marker)
            break
    end = pos + len(term)
    if low[pos:end] != term.lower():
        # "A reef knot is ..." in a note titled "Reef knots": one of the kind the title
        # names in the plural. (The whole singular, then a word's end: "A tide table lists ..."
        # under "Tides" names another thing.)
        singular = _singular(term) if plural else ""
        if not singular or not low.startswith(singular.lower(), pos) or low[pos + len(singular) : pos + len(singular) + 1].isalnum():
            return None
        return pos, pos + len(singular)
    if plural and low[end : end + 1] == "s" and not low[end + 1 : end + 2].isalnum():
        end += 1  # "Ribosomes are ..." in a note titled "Ribosome"
    # Scripts written without spaces (光合成とは) have no word boundary to check.
    cjk = ord(text[end - 1]) >= 0x3000
    if end < len(text) and not cjk and (text[end].isalnum() or text[end] == "_" and text[end - 1 : end + 1] != "__"):
        return None
    return pos, end


_PLURAL_END = re.compile(r"(?<=[a-z]{3})(?:(?:(?<=ch)|(?<=sh)|(?<=ss)|(?<=x))es|(?<![siu])s)$")


def _singular(term: str) -> str:
    """The singular of a title in the plural ("Reef knots" -> "Reef knot", "Splices" ->
    "Splice"), or "" when its last word is no plain plural ("Glass", "Analysis", "Ethics")."""
    if term.endswith(("ics", "ness", "ies", "ves")):  # (no plain "-s" to take away)
        return ""
    return _PLURAL_END.sub("", term) if _PLURAL_END.search(term) else ""


# "Photosynthesis converts light energy into ...": the note's own title, then what it does. Only
# verbs of function and teaching, so that "Project Alpha needs a new owner" stays a status.
# A note titled by a doctrine opens with what it holds: "The flood pulse concept (Junk et al.
# 1989) argues that ...". (A person's name does too, which is a claim, not a definition.)
_DOCTRINES = frozenset(("concept", "theory", "hypothesis", "model", "principle", "law", "doctrine", "thesis", "view"))
_ARGUES = re.compile(r"^\s*(?:\([^)]{1,80}\)\s*)?\s(?:argues|posits|proposes|predicts|claims|holds|says|states)\s+that\s")
# ("Wind chill index (WCI) ranks days by ...": an abbreviation or an aside in brackets may come first.)
_FUNCTION_VERB = re.compile(
    r"^\s*(?:\([^()]{1,40}\))?\s+(?:converts|transforms|turns|produces|generates|breaks\s+down|combines|encodes|decodes|maps|"
    r"regulates|controls|transports|explains|predicts|models|studies|teaches|allows|enables|lets|"
    r"separates|links|binds|carries|stores|computes|estimates|ranks|sorts|compresses|"
    # "The Enhanced Fujita scale rates a tornado's strength ...": what a scale or a test tells.
    r"rates|classifies|grades|quantifies|detects|filters|identifies|governs|determines|describes|measures|"
    r"protects|prevents|assigns|joins|connects)\s+\S+(?:\s+\S+){3}"
)


# "Relocation = working out where you are on the map ...", "Fitzpatrick scale: sorts skin into types ...": the
# note's opening sentence repeats the title's term and glosses it after a separator, in lower case
# (or after an abbreviation). Only the title's term: elsewhere "X: ..." labels as often as it defines.
# Six words at least, none of them a second separator: "Class 3 – wall hangings (Thurs eve)" and
# "LING 210 — wk 9 — Basque phonology" restate a title, they gloss nothing.
_TITLE_SEPARATED = re.compile(
    # (Not an aside between dashes: "The garden — weeds coming up through the gravel — is a mess".)
    r"^\s*(?:\([^)]{1,80}\)\s*)?(?::|：|\s?[—–](?![^—–]*\s[—–]\s)\s?|\s?=\s?|\s-\s|\s?(?:->|→)\s?)\s*"
    r"(?:[a-z]|[A-Z]{2,}\b)[^\s`]*(?:\s+(?![—–-]\s)[^\s`]+){5}"
)
# "Pattern alterations — class 3 (Tue eve)", "Ordinals — quick notes (from Enderton ...)": the title
# restated with the session or the kind of note it is.
_TITLE_RESTATED = re.compile(
    r"^\W*(?:(?:quick|rough|my|some|study|class|lecture|reading|raw|messy)\s+)?"
    r"(?:notes?|class|lecture|lesson|session|seminar|workshop|week|wk|part|chapter|ch|module|unit|day|"
    r"interview|podcast|talk|summary|overview|cheat\s*sheet)\b",
    re.I,
)


# A quotation inside a sentence: '"Swimming is good exercise"', '“I hate waiting”'.
_QUOTED = re.compile(r'"[^"\n]{1,120}"|“[^”\n]{1,120}”')


# "Sauerkraut is finely shredded white cabbage fermented by ...": a participle before a noun
# phrase, no passive ("is shredded by hand", "is shredded finely", "is finished today").
_PARTICIPLE_NOUN_PHRASE = re.compile(
    r"^\s(?:is|are)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\s+"
    r"(?!(?:by|with|from|into|onto|in|on|at|to|for|about|of|around|across|along|behind|near|via|without|within|against|"
    r"toward|towards|like|since|during|and|or|but|as|so|when|while|after|before|until|because|if|than|then|"
    r"up|out|off|down|over|under|through|together|again|away|back|first|once|twice|today|yesterday|tomorrow|now|here|there|"
    r"the|a|an|it|this|that|them|one|two|three|four|five|several|many|all|both|each|differently)\b)(?![\w-]*ly\b)[a-z][\w-]*\s+[a-z][\w-]*"
)


def defined_by_sentence(sentence: Sentence, term: str, rule: str, *, opening: bool = False) -> Found | None:
    """``Term is/are/means ...`` at the start of ``sentence``: hide the term as written. For the
    note's own title the sentence may also open with a context ("In economics, ..."), use the
    plural ("Ribosomes are ..."), a separator ("Kintsugi — the art of ..."), a bare noun phrase
    pinned by a clause, or a pronoun ("It is a cost that ..."); the note's ``opening`` sentence
    may gloss it after any separator ("Relocation = working out where you are on the map ...")."""
    title = rule == "title_definition"
    heading = rule == "heading_definition"
    if _without_term(sentence.text, term, title):
        return None
    if not plausible_term(term):
        return None
    where = _leading_term(sentence, term, plural=title or heading)
    if where is None and heading:
        where = _modified_term(sentence.text, term)
    if where is None and title:
        context = _CONTEXT.match(sentence.text)
        if context:
            shifted = Sentence(sentence.text[context.end() :], (), 0, 0)
            where = _leading_term(shifted, term, plural=True)
            where = (where[0] + context.end(), where[1] + context.end()) if where else None
        elif _PRONOUN.match(sentence.text) and not FIRST_PERSON.search(sentence.text):
            return None if is_ui_instruction(sentence.text) else _pronoun_definition(sentence, term)
        elif sentence.text[:1].isupper() and (doing := _DOING.match(sentence.text)) is not None:
            shifted = Sentence(sentence.text[doing.end() :], (), 0, 0)
            where = _leading_term(shifted, term)
            where = (where[0] + doing.end(), where[1] + doing.end()) if where and _MEANS.match(sentence.text, where[1] + doing.end()) else None
    if where is None:
        return None
    after = sentence.text[where[1] :].lstrip("*_")
    if after[:1] in ('"', "”"):
        # A quoted term is named, then said to be something: '"Yes, and" is ...', not
        # '"resolution" means 4 different things'.
        after = after[1:] if _QUOTED_IS.match(after[1:]) else ""
    if title:
        # "The light cone of an event is the set of ...": the term, then what it belongs to.
        qualifier = _OF_WHAT.match(after)
        if qualifier:
            after = after[qualifier.end() :]
            after = "" if _OF_WHAT_OPINION.match(after) else after
    defining = (
        DEFINING.match(after) or (title and (SEPARATOR_DEF.match(after) or _FUNCTION_VERB.match(after)))
        or (title and term.lower().rsplit(None, 1)[-1] in _DOCTRINES and _ARGUES.match(after))
        or ((title or heading) and BARE_COPULA.match(after))
        or (title and (BARE_PARTICIPLE.match(after) or _PARTICIPLE_NOUN_PHRASE.match(after)))
        or (opening and _TITLE_SEPARATED.match(after) and not _TITLE_RESTATED.match(after) and " vs" not in term)
    )
    # (An example quoted in the definition speaks for someone else: '... e.g. "I hate waiting".')
    if not defining or not long_enough(after, 4) or ((title or heading) and FIRST_PERSON.search(_QUOTED.sub('""', after) if '"' in after or "“" in after else after)):
        return None  # "Meeting notes is where I keep ...": an aside about the note, not a definition
    # A UI step ("Select **Settings** ...") is never a definition. The check is pure and costs
    # more than the others, so it runs last, only for a sentence that would make a card.
    if is_ui_instruction(sentence.text):
        return None
    made = cloze_text(sentence.text, [(where[0], where[1], sentence.text[where[0] : where[1]])])
    return Found(made[0], made[1], rule) if made else None


def _without_term(text: str, term: str, title: bool) -> bool:
    """Whether ``defined_by_sentence`` can tell at once that ``text`` defines nothing: it does not
    hold the term, so the term does not open it (nor after a context or a modifier), and no
    title's pronoun opens it. Asked of ASCII text only, where lower case is per letter, so that
    one scan of the whole sentence answers for every slice the location tests compare."""
    return (
        (not title or _PRONOUN.match(text) is None) and text.isascii() and term.isascii()
        and term.lower() not in text.lower() and not (title and (_singular(term) or "\0").lower() in text.lower())
    )


_MODIFIER = re.compile(r"[A-Za-z][a-z-]+\s+")
_NOT_MODIFIER = frozenset(
    "this that these those its it his her their our my your some many most all each every no such other "
    "in on at for of by with from to and or but if when while as so the a an".split()
)


def _modified_term(text: str, term: str) -> tuple[int, int] | None:
    """"Price elasticity is ..." under "## Elasticity": the heading's term with one or two
    modifiers before it; the whole noun phrase is the term."""
    pos = 0
    for _ in range(2):
        word = _MODIFIER.match(text, pos)
        if word is None or word.group(0).strip().lower() in _NOT_MODIFIER:
            return None
        pos = word.end()
        end = pos + len(term)
        if text[pos:end].lower() != term.lower():
            continue
        if end < len(text) and text[end] == "s" and not text[end + 1 : end + 2].isalnum():
            end += 1
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            return None
        return 0, end
    return None


def _pronoun_definition(sentence: Sentence, term: str) -> Found | None:
    """"It is a cost that ..." as the first sentence of a note titled "Sunk cost": the card names
    the term where the pronoun stands."""
    pronoun = _PRONOUN.match(sentence.text)
    assert pronoun is not None
    if any(span.kind in ("strong", "em") for span in sentence.spans):
        return None  # "It is usually **kahm yeast** — ...": the marked term is what it names
    rest = sentence.text[pronoun.end() :]
    if not DEFINING.match(" " + rest.lstrip()) or not long_enough(rest, 5):
        return None
    text = f"{term} {rest.lstrip()}"
    made = cloze_text(text, [(0, len(term), term)])
    return Found(made[0], made[1], "title_definition") if made else None
