"""Plain terms named by what stands around them rather than by a verb of naming.

- A description, then the term after a dash at the sentence's end: "If the bell keeps ringing with
  no food, the response fades — extinction." The term is a noun of one or two words ending as
  abstract nouns do, or a definite name of a concept ("— the refusal of the call"), not a remark
  ("— again", "— monarchies panicked", "— the end"), in English prose without code.
- A thing introduced with "a", then named after a comma at the sentence's end: "Each cell
  releases a small signalling molecule, the autoinducer."
- A quantity and the unit it is measured in: "Power is measured in watts; 1 W = 1 J/s."
- A work or a method that uses a named technique, glossed by an appositive whose head is a kind
  of method: "The novel uses free indirect discourse, a technique in which the narrator ...", or any
  appositive whose noun "<preposition> which" pins down: "Steels show an endurance limit, a stress
  below which they seem to survive indefinitely".
"""

from __future__ import annotations

import re

from srs.core.extract.appositives import appositive_term
from srs.core.extract.found import Found
from srs.core.extract.proseterms import concept_words
from srs.core.extract.sentences import Sentence
from srs.core.extract.termcards import term_card

_DASH_NAMED = re.compile(
    r"\s[—–]\s*(?P<the>the\s+)?(?P<term>[a-z][a-z-]+(?:\s+(?:of\s+(?:the\s+)?)?[a-z][a-z-]+){0,2})\s*[.!]?\s*$"
)
_NOUN_ENDING = (
    "tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "sis", "age", "ure", "ery", "ency", "ancy", "phy",
)
_MEASURED_IN = re.compile(
    r"^(?P<subject>[A-Z][a-z]+(?:\s+[a-z]+){0,2})\s+(?:is|are)\s+(?:usually\s+|typically\s+|commonly\s+|normally\s+)?"
    r"measured\s+in\s+(?P<term>[a-z]+(?:\s+[a-z]+)?)\s*(?:[;,.(]|$)"
)
# "uses X, a technique in which ...": a verb of use, the term, and an appositive headed by a kind of method.
_USES_TECHNIQUE = re.compile(
    r"\b(?:uses|used|employs|employed|relies\s+on|relied\s+on|adopts|adopted|applies|applied|exploits|pioneered|"
    r"popularised|popularized|introduces|introduced)\s+(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+(?:an?|the)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}(?:technique|method|device|strategy|approach|procedure|practice|principle|mechanism|"
    r"algorithm|form|style|mode)\s+(?:of|that|which|in\s+which|by\s+which|whereby|where|for|used)\s+\S+"
)
# "Steels show an endurance limit, a stress below which they ...": an appositive whose noun a
# preposition and "which" pin down names what the term is.
_PINNED_APPOSITIVE = re.compile(
    r"\b(?:an?|the)\s+(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*\s+(?:below|above|at|in|by|through|under|beyond|for|on|with)\s+which\s+\S+"
)


# "... releases a small signalling molecule, the autoinducer.", "... covered by a fixed
# transparent scale, the brille (spectacle).": a thing introduced with "a", then its name closing
# the sentence after a comma and "the".
_RENAMED_LAST = re.compile(
    r"\b(?:a|an)\s+[^,;:.()]{3,80},\s+the\s+(?P<term>[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+)?)(?:\s+\([^()]{1,40}\))?\s*[.;!]?\s*$"
)


def _card(text: str, start: int, end: int) -> Found | None:
    return term_card(text, start, end, "term_is")


# "Each one holds a capsule, the nematocyst, with a coiled thread inside.", "... sends up a flower
# stalk several metres high, the quiote, and dies": a thing described after "a", then its name
# alone between commas. (A list goes on with an article after the second comma: "a partner, the
# floor, a wall"; a superlative or a vague head is a remark: "a clockwork hammer, the oldest kind, ...".)
_NAMED_BETWEEN_COMMAS = re.compile(
    r"\b(?:a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5},\s+the\s+(?P<term>[a-z][\w-]{3,}(?:\s+[a-z][\w-]+)?),\s+"
    r"(?!(?:a|an|the|and\s+(?:a|an|the)|or|last|next|this|yesterday|today|tonight|tomorrow|every|each)\b)"
)
_VAGUE_NAMES = frozenset("one ones kind kinds sort sorts type types way ways thing things same other rest part bit".split())


def named_between_commas(text: str) -> Found | None:
    """The card of a thing's name set between commas after its description ("a capsule, the
    nematocyst, with ..."), or None."""
    match = _NAMED_BETWEEN_COMMAS.search(text)
    if match is None:
        return None
    words = match.group("term").split()
    if words[-1] in _VAGUE_NAMES or any(w.endswith("est") for w in words) or not concept_words(words):
        return None
    return _card(text, match.start("term"), match.end("term"))


def dash_named(sentence: Sentence) -> Found | None:
    """"..., the response fades — extinction.": hide the term the dash names."""
    text = sentence.text
    match = _DASH_NAMED.search(text)
    if match is None or len(text[: match.start()].split()) < 6:
        return None
    words = match.group("term").split()
    if "`" in text or not text.replace("—", "").replace("–", "").isascii():
        return None
    if match.group("the"):
        # "... is often turned down at first — the refusal of the call.": a definite name, of a
        # kind of thing (no word of order or opinion, no vague head: "— the end", "— the best part").
        if not concept_words(words):
            return None
    elif len(words) > 2 or " of " in match.group("term") or not words[-1].endswith(_NOUN_ENDING):
        return None  # "— monarchies panicked", "— same numbers": remarks, not the name of a thing
    return _card(text, match.start("term"), match.end("term"))


def measured_in(sentence: Sentence) -> Found | None:
    """"Power is measured in watts; ...": hide the unit."""
    match = _MEASURED_IN.match(sentence.text)
    if match is None:
        return None
    return _card(sentence.text, match.start("term"), match.end("term"))


def named_around(sentence: Sentence) -> Found | None:
    """The first of the namings above that the sentence holds, or None (substring tests first)."""
    text = sentence.text
    # (A dash is no ASCII: one C pass over an ASCII sentence rules both dashes out.)
    if not text.isascii() and ("—" in text or "–" in text) and (text.endswith((".", "!")) or text[-1:].isalpha()):
        found = dash_named(sentence)
        if found:
            return found
    if ", the " in text:
        match = _RENAMED_LAST.search(text)
        if match and ", a " not in text[: match.start("term")] and concept_words(match.group("term").split()):
            found = _card(text, match.start("term"), match.end("term"))
            if found:
                return found
    if "measured in" in text:
        found = measured_in(sentence)
        if found:
            return found
    appositive = "," in text and (", a" in text or ", the " in text or ", i.e." in text)  # (one character: memchr first)
    if appositive and ", the " in text:
        found = named_between_commas(text)
        if found:
            return found
    if appositive:
        if " which " in text:
            match = _PINNED_APPOSITIVE.search(text)
            if match:
                return _card(text, match.start("term"), match.end("term"))
        for verb in _USE_STEMS:
            if verb in text:
                match = _USES_TECHNIQUE.search(text)
                if match:
                    return _card(text, match.start("term"), match.end("term"))
                break
    # (A colon or a dash, or one of the commas above, sets off an appositive: the rest need none.)
    if appositive or ": " in text or not text.isascii():
        return appositive_term(sentence)
    return None


# "Economists call this situation a liquidity trap.": a naming verb, a demonstrative object and the
# name closing the sentence.
_CALL_THIS = re.compile(
    r"\b(?:call|calls|called|term|terms|termed|dub|dubs|dubbed|name|names|named|label|labels|labelled|labeled)\s+"
    r"(?:this|these|that|those|such(?:\s+an?)?|it|them)\s+(?:[a-z]+\s+){0,2}?(?:(?:an?|the)\s+)?"
    r"(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*[.;!]?\s*$"
)
# The particle of a phrasal verb after "called": "was called off", "called out", "called for".
PHRASAL_PARTICLE = r"(?:off|out|up|in|back|for|on|upon|away|to)\b"
# "... enter a state called senescence.", "... a process known as apoptosis;": a kind of thing,
# then its name closing the clause.
_KIND_CALLED = re.compile(
    # ("a stripped-down version called a cue sheet, ...", "hangs in horizontal sections called
    # shelves, ...": hyphenated modifiers, and a plural after a preposition with no article.)
    r"\b(?:(?:an?|the)\s+|(?:(?<=\bin\s)|(?<=\binto\s)|(?<=\bof\s)|(?<=\bon\s)|(?<=\bfrom\s))(?=[a-z][\w-]*\s+[a-z]+s\s+called\s))(?:[a-z][\w-]*\s+){0,2}?(?!(?:is|are|was|were|be|been|being|gets?|got)\s)(?P<kind>[a-z]+(?:-\d+)?)\s+(?:called|known\s+as|termed)\s+"
    # ("... was called off, because ...": a phrasal verb, no name.)
    r"(?!" + PHRASAL_PARTICLE + r")(?:the\s+|an?\s+)?"
    # ("a long whistling exhale called isobue; it's said ...": a remark after a semicolon, a colon or a dash.)
    r"(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})\s*(?:[.;!]\s*$|[,;:]\s|\s\(|\s[—–]\s)"
)
# Things whose names are labels, not concepts: "a file called notes.md", "a dog called rex".
_LITERAL_KINDS = frozenset(
    """file folder note page app plugin command button setting option tab channel group server song book film
    band dog cat horse puppy kitten pet town village place restaurant cafe café shop person guy man woman friend boy girl
    character user account project repo repository branch script function variable site website""".split()
)
# "Economists define opportunity cost as the value of ...": a definition reported with its verb.
_DEFINE_AS = re.compile(
    r"\b(?:define|defines|(?<!be\s)(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!been\s)defined)\s+(?:an?\s+|the\s+)?(?!\w+ly\s)(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+as\s+(?:the|an?)\s+\S+\s+\S+"
)
# Nouns a demonstrative takes before the name ("call this process osmosis", "these cells neurons").
_OBJECT_NOUNS = frozenset(
    """process phenomenon situation effect tendency state pattern behaviour behavior change shift strategy
    approach mechanism relationship condition structure move kind type sort form stage step region layer
    cells cell reaction response""".split()
)
# "The phenomenon, dubbed the Streisand effect, occurs when ...": a naming participle in an aside.
_NAMED_ASIDE = re.compile(
    r",\s+(?:also\s+|often\s+|sometimes\s+|commonly\s+)?(?:dubbed|called|known\s+as|termed|nicknamed)\s+(?:(?P<article>the|an?)\s+)?"
    # ("The monks, called komusō ("monks of emptiness"), wandered ...": an aside in brackets may
    # follow the name; "..., the trick a missile uses, called parallel navigation (constant-bearing
    # interception).": with one, and no article, the name may close the sentence, where "...,
    # called a taxi." is what the writer did next.)
    r"(?P<term>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?:\s+\([^()]{1,60}\))?(?:,\s+[a-z]|(?P<closing>(?<=\))\s*[.;!]?\s*$))"
)
# The last word of a concept's name ("Streisand effect", "Gresham's law"): a capitalised name that
# ends so names an idea, not a person or a place.
NAMED_KINDS = (" effect", " law", " principle", " paradox", " fallacy", " bias", " problem", " rule", " syndrome", " theory")
# "Richard Dawkins coined the term meme in 1976.", "The term 'meme' was coined by ...".
_COINED = re.compile(
    r"\bcoined\s+(?:the\s+)?(?:term|word|phrase|expression|name)\s+[\"“‘']?"
    # ("Grassé coined the word in 1959 for ...": the word named before, then when, is no term.)
    r"(?!(?:in|to|for|as|during|while|when|after|around|back|by|from|on|at|with|here|there)\b)(?P<term>[\w-]+(?:\s+[\w-]+){0,2}?)[\"”’']?"
    r"(?=\s+(?:in|to|for|as|during|while|when|after|around|back)\b|\s*[.,;(]|\s*$)"
    r"|^The\s+(?:term|word|phrase|expression)\s+[\"“‘']?(?P<term2>[\w-]+(?:\s+[\w-]+){0,2}?)[\"”’']?\s+"
    r"(?:was\s+coined|was\s+introduced|refers\s+to|means|describes|denotes)\b"
)
# Naming in other languages with the term first after the verb: "On appelle photosynthèse le
# processus ...", "Se llama ósmosis al paso de ...", "Chama-se osmose à passagem ...", "Si chiama
# osmosi il passaggio ...", and the German passive "Dieses Phänomen wird Treibhauseffekt genannt.".
_NAMING_FIRST_INTL = re.compile(
    r"^(?:On\s+appelle|Nous\s+appelons|Se\s+(?:llama|denomina)|Llamamos|Chama-se|Denomina-se|Chamamos|Si\s+chiama|Chiamiamo)\s+"
    r"(?P<term>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?)\s+"
    r"(?:le|la|les|l['’]|un|une|al|a\s+la|a\s+los|a\s+las|a|ao|à|aos|às|o|il|lo|gli|una|uno)\b"
)
_WIRD_GENANNT = re.compile(
    r"\b(?:wird|werden)\s+(?:auch\s+)?(?:als\s+)?(?P<term>[A-ZÄÖÜ][\w-]+(?:\s+[\w-]+)?)\s+(?:genannt|bezeichnet)\s*[.;!]?\s*$"
)


def plain_naming(sentence: Sentence) -> Found | None:
    """An unmarked term named by a naming verb: "Economists call this situation a liquidity trap.",
    "..., dubbed the Streisand effect, ...", "coined the term meme", "On appelle X le ...", "wird X genannt"."""
    text = sentence.text
    # Each shape is asked only when a word it cannot do without stands in the sentence (one or
    # two substring tests each: most sentences hold none).
    tail = text[-80:]  # the name closes the sentence: the demonstrative stands near its end
    if (" this " in tail or " that " in tail or " these " in tail or " such " in tail or " it " in tail) and (
        "call" in tail or "term" in tail or "dub" in tail or "name" in tail or "label" in tail
    ):
        match = _CALL_THIS.search(text)
        if match and text[: match.start()].strip() and _MODAL_END.search(text, 0, match.start()) is None:
            head, _space, rest = match.group("term").partition(" ")
            if rest and head in _OBJECT_NOUNS:
                # "We call this process osmosis": the noun belongs to the demonstrative.
                return term_card(text, match.end("term") - len(rest), match.end("term"), "known_as", addressed=_YOU)
            return _named(text, match, "term")
    if ("dubbed" in text or "called" in text or "known as" in text or "termed" in text or "nicknamed" in text) and ", " in text:
        match = _NAMED_ASIDE.search(text)
        if match:
            term = match.group("term")
            before = text[: match.start()].rsplit(None, 1)[-1:]  # "a config file, called settings, ...": a label
            if (term[:1].islower() or term.lower().endswith(NAMED_KINDS)) and not (before and before[0].lower() in _LITERAL_KINDS) and not (
                match.group("closing") is not None and match.group("article")
            ):
                return _named(text, match, "term")
    if "called" in text or "known as" in text or "termed" in text:
        match = _KIND_CALLED.search(text)
        if match and match.group("kind") not in _LITERAL_KINDS and concept_words(match.group("term").split()):
            return _named(text, match, "term")  # "Cells that stop dividing enter a state called senescence."
    if "define" in text:
        match = _DEFINE_AS.search(text)
        if match and concept_words(match.group("term").split()):
            return _named(text, match, "term")  # "Economists define opportunity cost as the value ..."
    if "coined" in text or text.startswith(("The term ", "The word ", "The phrase ", "The expression ")):
        match = _COINED.search(text)
        if match:
            return _named(text, match, "term" if match.group("term") else "term2")
    if text.startswith(INTL_OPENERS) or "genannt" in text or "bezeichnet" in text:
        match = _NAMING_FIRST_INTL.match(text) or _WIRD_GENANNT.search(text)
        if match:
            return _named(text, match, "term")
    return None


def naming_words(text: str) -> bool:
    """Whether ``text`` holds a word ``plain_naming`` needs when it holds no "call", "known as" or
    "term" (the caller's own tests): a few substring tests that most sentences fail."""
    return (
        "name" in text or "dub" in text or "coin" in text or "label" in text or "define" in text
        or "genannt" in text or "bezeichnet" in text or (text[:1] in _OPENER_LETTERS and text.startswith(INTL_OPENERS))
    )


INTL_OPENERS = ("On ", "Nous ", "Se ", "Llamamos", "Chama", "Denomina", "Si ", "Chiamiamo")
# Their first letters: one lookup turns away most sentences before the tuple is tried.
_OPENER_LETTERS = frozenset(opener[0] for opener in INTL_OPENERS)


def _named(text: str, match: re.Match[str], group: str) -> Found | None:
    return term_card(text, match.start(group), match.end(group), "known_as", addressed=_YOU)


_YOU = re.compile(r"\b(?:[Yy]ou|[Yy]our)\b")
# "we would call that a labor of love": a manner of speaking, not the name of a concept.
_MODAL_END = re.compile(r"\b(?:would|could|might|should|may)\s+(?:not\s+)?$|['’]d\s+$")
# Every verb of ``_USES_TECHNIQUE`` holds one of these: most sentences hold none.
_USE_STEMS = (" use", " employ", " rel", " adopt", " appl", " exploit", " pioneer", " popular", " introduc")
