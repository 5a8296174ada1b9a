"""How the text after a glossary term reads: a definition ("the maintenance of ...", "divisão
celular que ...", "Sehnsucht nach fernen Orten"), an option's action or a status line.

``entry_body`` grades the gloss of a ``**Term**: gloss`` entry (with ``definition_body``);
``noun_phrase_body`` tells a defining noun phrase from a status after a label outside a list.
"""

from __future__ import annotations

import re

from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.sentences import plain

# Articles (several languages): a definition body opening with one reads as a definition.
DETERMINERS = frozenset(
    """a an the one any someone something anything when where how what whatever der die das ein eine
    einer le la les l' el los las il lo gli un une una uno het een o os as um uma en ett den det это""".split()
)
# A count opens a definition as an article does ("two molecules combine into one").
_COUNTS = frozenset("two three four five several many some".split())
# "**Phonology:** The study of sound systems": "the" and a noun of a relation is a gloss too.
THE_NOUN_OF = re.compile(r"^the\s+[a-z-]{3,}\s+(?:of|between|by\s+which|in\s+which)\s", re.I)
INDEFINITE = frozenset("a an ein eine einer un une uno una een um uma en ett".split())
# A glossary body opening with a lower-case noun, adverb or gerund (not a verb in the third person).
# Any alphabet ("interacción en la que ..."); the caller checks the case.
LOWER_PHRASE = re.compile(r"^(?![a-z-]*(?:[^s]s|ed)\b)[^\W\d_][\w-]+\s+\S+")
# A status line rather than a noun phrase: a finite verb or a pronoun within its first words.
CLAUSE_START = re.compile(
    r"^(?:\S+\s+){0,4}?(?:is|are|was|were|will|would|has|have|had|did|does|can|could|should|i|we|you|he|she|they)\b",
    re.I,
)
# English function words: a lower-case gloss holding one is English prose, not a translated
# option description opening with an infinitive ("crear un archivo", "speichert Dateien").
# ("a", "as", "on", "of" are left out: they are words of Portuguese, Catalan, French, Dutch too.)
_ENGLISH_GLUE = frozenset("the an to and or by for with from into between that than".split())
VERBISH = re.compile(r"^[a-z-]{1,}(?:[^siuy]s|ed)$")  # not -is/-us nouns (analysis, stimulus)
UI_VERBS = frozenset(
    "search save open set show hide get add use create make run copy move select toggle sort jump try choose"
    " filter group view edit keep be stay avoid don't do ask read write".split()
)

# French, Portuguese, Spanish and Italian glosses drop the article: "situation où coexistent ...",
# "divisão celular que gera ...", "unità di misura della ...": a lower-case noun (and an adjective)
# pinned by a relative pronoun or "of". An infinitive opener is an option's action ("abrir o
# arquivo que ..."), not a noun.
_PINNED_GLOSS = re.compile(
    r"^(?![^\W\d_]+(?:ar|er|ir|re)\s)[^\W\d_A-Z][^\W\d_]+(?:\s+[^\W\d_A-Z][^\W\d_]+)?\s+"
    r"(?:que|qui|où|dont|cuyo|cuya|cui|che|de|du|des|da|di|del|della|dos|das|dei|degli)\s+\S+(?:\s+\S+){1,}"
)


# German capitalises its nouns: a gloss opens with one, pinned by a preposition or a genitive.
_GERMAN_GLOSS = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]{2,}\s+(?:über|nach|von|vom|vor|für|des|der|zur|zum|mit|aus|bei|durch|unter|gegen|zwischen|ohne)\s+\S+(?:\s+\S+){0,}"
)


def pinned_gloss(rest: str) -> bool:
    """A Romance-language gloss without an article ("divisão celular que gera duas células")."""
    return _pinned_plain(plain(rest))


def _pinned_plain(flat: str) -> bool:
    """``pinned_gloss`` of a text already made plain."""
    return _PINNED_GLOSS.match(flat.lstrip(":：—–- ")) is not None


def noun_phrase_body(rest: str, term: str = "") -> bool:
    """True when the text after "**Term**:" reads as a defining noun phrase ("the maintenance
    of a stable state", or after a lower-case ``term`` "situation où coexistent ..."), not as a
    status or a note ("the server is down", "7/10")."""
    return _noun_phrase_plain(plain(rest), term)


def _noun_phrase_plain(flat: str, term: str) -> bool:
    """``noun_phrase_body`` of a text already made plain."""
    words = flat.lstrip(":：—–- ").split()
    if len(words) >= 4 and term[:1].islower() and _pinned_plain(flat):
        return True  # capitalised labels glossed so are a translated program's options
    return len(words) >= 4 and words[0].lower() in ("a", "an", "the", "one", "any") and not CLAUSE_START.search(flat)


# A gloss that is only the title of a work in italics, perhaps with its year.
# (Capitalised, two words at least, after a person's name: a translation in italics is a gloss,
# "**Sehnsucht** — *longing*", "**Caveat emptor** — *Let the buyer beware*".)
_PERSON_NAME = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}")
_WORK_TITLE = re.compile(r"\s*([*_])(?=[A-Z\u00c0-\u00de][^*_\n]*\s)[^*_\n]{3,}(?<!\s)\1\s*(?:[,.]?\s*\(?\d{4}\)?)?\.?\s*$")


def entry_body(term: str, rest: str, label_colon: bool, in_item: bool) -> str:
    """How the gloss ``rest`` after a glossary entry's ``term`` reads: ``definition_body``, "pinned"
    counting only after a lower-case term, and after a label's colon (``label_colon``) only a
    defining noun phrase, since option and status lists are written "**Term**: ..." too."""
    if _WORK_TITLE.match(rest) and _PERSON_NAME.fullmatch(term):
        return ""  # "**Romila Thapar** — *Aśoka and the Decline of the Mauryas*": an author's book, in a reading list
    flat = plain(rest)  # made once: ``plain`` is pure
    if label_colon:
        # The tests that turn a label's gloss away come first: they spare the reading below.
        # Only an indefinite article ("a measure of ...") after a noun-like term reads as a definition.
        words = term.split()
        head = words[0].lower() if words else ""
        if VERBISH.match(head) or head in UI_VERBS or len(words) > 4:
            return ""
        if in_item:
            # A lower-case noun phrase or gerund ("cutting into thin strips") defines too.
            opener = flat.split()[0].lower() if flat.split() else ""
            if opener not in INDEFINITE and not (flat[:1].islower() and LOWER_PHRASE.match(flat)) and not (
                pinned_gloss(flat) and term[:1].islower()
            ) and not (THE_NOUN_OF.match(flat) and not CLAUSE_START.search(flat)):
                return ""
        elif not _noun_phrase_plain(flat, term):
            # "**Homeostasis**: the maintenance of ..." outside a list: a noun phrase, not a
            # status line ("**Update**: the server is down").
            return ""
    body = definition_body(rest, flat)
    if body in ("lower", "sure") and term[:1].isupper() and flat.split()[0].lower() in _PEOPLES_ADJECTIVES:
        return "maybe"  # "**Comté** — French hard cheese, ...": a name, as a shopping list writes it
    if body == "pinned":
        return "lower" if term[:1].islower() else ""
    return body


# Words a writer exclaims with, which open no gloss.
_INTERJECTIONS = frozenset("ha haha hah lol omg ugh meh wow yay hmm hm oops argh yikes nope yep yeah".split())


def opens_with_cry(gloss: str) -> bool:
    """Whether a gloss opens with a cry ("ha. ranger said ...", "meh, same one as always"): the
    writer's remark, not what the term is."""
    words = gloss.split(None, 1)
    return bool(words) and words[0].lower().strip(",;\"“”‘’").rstrip(".!,") in _INTERJECTIONS


# Adjectives of peoples and languages, which open a gloss in lower case in all but their capital.
_PEOPLES_ADJECTIVES = frozenset(
    """japanese chinese korean vietnamese thai indonesian indian persian arabic turkish hebrew greek latin roman
    byzantine ottoman italian spanish portuguese french german dutch flemish swedish norwegian danish finnish
    icelandic english scottish irish welsh british american canadian mexican andean brazilian russian polish
    czech hungarian ukrainian romanian ethiopian egyptian moroccan african hawaiian mongolian tibetan""".split()
)


def definition_body(rest: str, flat: str) -> str:
    """How much ``rest`` (``flat`` is ``plain(rest)``, made once by the caller) reads like the
    definition of a glossary term: "sure" (starts with a determiner or a lower-case noun phrase),
    "maybe" (a capitalised phrase, as in software option lists too), or "" (too short, a verb, a
    byline, a UI step)."""
    words = flat.split()
    if len(words) < 4 or "`" in rest:
        return ""
    first = words[0].lower().strip(",;\"“”‘’")  # a quoted gloss: '"the thing speaks for itself"'
    if first in ("by", "from", "via", "see") or opens_with_cry(flat) or is_ui_instruction(rest):
        return ""  # (nor a cry: "**wolverine** — ha. ranger said maybe a sighting a season")
    if first in DETERMINERS or first in _COUNTS:
        return "sure"
    if _GERMAN_GLOSS.match(flat):
        return "lower"  # "Freude über das Unglück anderer": a German noun pinned by a preposition
    if _pinned_plain(flat):
        return "pinned"  # a lower-case term's gloss; capitalised, a translated program's option
    if VERBISH.match(first) or first in UI_VERBS:
        return ""
    # A lower-case noun phrase, adverb or gerund ("cutting into thin strips") is how glossaries
    # are written; software option lists describe their entries in capitalised sentences.
    # Only for English-shaped openers: translated option lists open with an infinitive
    # ("crear", "créer", "speichern") and run longer than a glossary's short gloss.
    # (Lower-casing the text splits it into the same words as lower-casing each word.)
    if first in _PEOPLES_ADJECTIVES and len(words) <= 40 and words[1][:1].islower():
        # "Japanese weaving where torn strips ...": a people's adjective is written in capitals;
        # "Russian word for self-satisfied vulgarity": a language's word, glossed.
        return "sure" if words[1].lower() in ("word", "term", "name", "expression", "phrase") else "lower"
    if flat[:1].islower() and first.isascii() and len(words) <= 20 and (
        first.endswith(("ing", "ly")) or first == "to"
        or not _ENGLISH_GLUE.isdisjoint(flat.lower().split()[1:])
    ):
        return "lower"
    return "maybe"
