"""How the words of a gloss read, for ``entryglosses.gloss_reads``: a plural noun pinned down, a
statement in another language, news and housekeeping, a concept that acts, an abbreviation's
expansion, the reader's own software things and bold later in a gloss."""

from __future__ import annotations

import re

from srs.core.extract.glosslanguages import FOREIGN_COPULAS, GERMAN_WORDS, NOUN_PHRASE_MARKS, READER_WORDS

__all__ = [
    "BRACKETED", "FIRST_CLAUSE", "PLURAL_HEAD", "USER_THINGS", "concept_acts", "expands", "french_du", "generic_your", "later_bold",
    "may_be_housekeeping", "may_be_news", "owns_user_thing", "participle_noun", "states",
]


# "circles drawn on the map ...", "emissions of any gas ...": a plural noun pinned down by what
# follows it, not a verb in the third person.
PLURAL_HEAD = re.compile(r"^[a-z]{3,}[^siuy']s\s+(?:of|drawn|made|used|formed|caused|given|produced|found|seen|held)\s")


# Substrings every match of ``news`` and of ``_HOUSEKEEPING`` holds (day names, "today" and
# "yesterday" all hold "day", times and dates a digit): a few substring tests in C rule out most
# glosses before the scans. (Plain ``in`` tests: a regex alternation of these literals, having no
# common first character, is tried branch by branch at every position of the gloss.)
_NEWS_HINTS = ("day", "tomorrow", "tonight", "again", "blocked", "broken", "fixed", "slipped", "postponed", "cancel", "✅", "pr #", "pr#")
_HOUSEKEEPING_HINTS = (
    "see", "stub", "draft", "todo", "tbd", "wip", "memori", "lecture", "write", "link", "gloss", "note", "next",
    "lezione", "lección", "leçon", "lektion", "lesson", "session", "wk", "week",
)
_DIGIT = re.compile(r"\d")


def _holds_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``parts`` (a loop, cheaper than a generator for a few)."""
    for part in parts:
        if part in text:
            return True
    return False


def states(lowered: list[str]) -> bool:
    """Whether a gloss's first words (lower case, holding one of ``FOREIGN_COPULAS``) state something of
    their own subject: the copula comes with no article or relative pronoun before it ("la
    clasificación ... es otra cosa", "de meeste meren zijn ..."). Dutch "zijn" is also "his"
    ("tot zijn achttiende jaar"): a copula only after a plural noun."""
    for k, word in enumerate(lowered[:6]):
        if word in FOREIGN_COPULAS and (word != "zijn" or (k > 0 and lowered[k - 1].endswith(("en", "s")))):
            return NOUN_PHRASE_MARKS.isdisjoint(lowered[1:k])
    return False


def may_be_news(low: str) -> bool:
    """Whether ``news`` can find anything in the lower-cased gloss ``low``."""
    return _DIGIT.search(low) is not None or _holds_any(low, _NEWS_HINTS)


def may_be_housekeeping(low: str) -> bool:
    """Whether ``_HOUSEKEEPING`` can find anything in the lower-cased gloss ``low``."""
    return _holds_any(low, _HOUSEKEEPING_HINTS)


def concept_acts(term: str, verb: str) -> bool:
    """Whether an English gloss opening with a verb in the present ("puts things in order") says
    what a concept does rather than reports: the term is no one's name ("Relative dating", a word
    in lower case after its first) and the verb does not end in "-ed". (The caller asks that the gloss be
    English: "Formules converteren — kies of de velden ..." is an option's instruction.)"""
    words = term.split()
    return len(words) >= 2 and not verb.endswith("ed") and any(w.islower() for w in words[1:])


# The gloss up to its first ";" or full stop that ends a sentence ("e.g. an image", "2.5" go on).
FIRST_CLAUSE = re.compile(r"(?:[^;.]|\.(?!\s+[A-Z]))*")
BRACKETED = re.compile(r"\([^()]*\)")  # "(*maan – gaan*)": an example's dash is no aside's


def expands(term: str, words: list[str]) -> bool:
    """Whether a gloss spells out an abbreviated term with the capitals of its opening words
    ("ITCZ: the Intertropical Convergence Zone, a belt ..."): an expansion, no list of names."""
    if not (2 <= len(term) <= 6 and term.isupper() and term.isalpha()):
        return False
    capitalised = [w.strip(",;:()") for w in words[:8] if w[:1].isupper()]
    if len(capitalised) < 2 or capitalised[0][:1] != term[0]:
        return False
    # The letters in order through the capitalised words ("Intertropical Convergence Zone": ITCZ).
    letters = iter("".join(capitalised).lower())
    return all(letter in letters for letter in term.lower())


# What documentation says its reader owns ("your vault", "your account"): English "your" before
# anything else is anyone's ("your parent's sibling", "your own stone", "your fingers").
USER_THINGS = frozenset(
    """vault vaults note notes file files folder folders device devices account accounts settings setting
    app apps computer phone browser keyboard screen workspace data plugin plugins theme themes graph editor
    team subscription license licence email password profile system desktop mobile changes work
    document documents page pages sync server repository repo project projects""".split()
)


def owns_user_thing(lowered: list[str]) -> bool:
    """Whether the words (in lower case) speak of the reader's software things: "your" before a
    word of ``USER_THINGS`` ("your vault", "your account")."""
    return any(w == "your" and i + 1 < len(lowered) and lowered[i + 1] in USER_THINGS for i, w in enumerate(lowered))


def generic_your(lowered: list[str]) -> bool:
    """Whether the only reader's word in a gloss is English "your", and no word of a user's things
    follows it (see ``USER_THINGS``)."""
    if not READER_WORDS.isdisjoint(w for w in lowered if w != "your"):
        return False
    return lowered[-1:] != ["your"] and not owns_user_thing(lowered)


# French articles and prepositions, which no German gloss holds ("des" is German too).
_FRENCH_GLUE = frozenset("le la les des au aux une un en sur dans par pour est qui".split())


def french_du(lowered: list[str]) -> bool:
    """Whether the only reader's word of a gloss is "du", read as French "of the" ("quantité du
    sel dissous ..."), not German "you": the gloss holds French glue words and no German ones."""
    return (
        "du" in lowered and READER_WORDS.isdisjoint(w for w in lowered if w != "du")
        and not _FRENCH_GLUE.isdisjoint(lowered) and GERMAN_WORDS.isdisjoint(w for w in lowered if w != "des")
    )


def later_bold(body: str) -> bool:
    """Whether the bold in a gloss marks a key word of a description in lower case, after its
    opening words ("keep the crystal violet, look **purple**", "long chains ...; gives the dough
    **elasticity**"), not a button or a value the gloss names first ("**atropine** for ...")."""
    return body[:1].islower() and body.find("**") >= 20


# Words after a past participle that make a report or a step of it ("missed the bus", "climbed
# up the ridge", "worried about the budget", "moved it to Friday"), not the adjective of a noun.
_AFTER_REPORT = frozenset(
    """the a an this that these those it them him her me us you my our his their its some all
    to at in on into onto by for with from of about over out up down off back away through around
    inside outside under behind across between both each and or but as so then again too very""".split()
)
# Words that pin a noun down: what it is of, where it comes from or lies, a relative clause.
_PINS = frozenset("of that which whose where from along between within".split())
# Verbs of a clause whose subject the participle and noun make ("boiled eggs can crack").
_CLAUSE_AFTER = frozenset("is are was were may might can could will would must should has have had".split())


def participle_noun(words: list[str]) -> bool:
    """Whether a gloss opens with a noun phrase whose first word is a past participle used as an
    adjective, its noun pinned down by what follows ("cured ham from the hind leg of a pig",
    "fermented tea of the southern hills"): the participle, a lower-case noun that no function word
    or adverb replaces, then "of", "that", "from" ... within two words. (A report's object is not
    pinned so: "reviewed design doc for search", "centrifuged pellet resuspended in buffer".)"""
    if len(words) < 4 or not words[0].endswith("ed"):
        return False
    noun = words[1]
    return (
        noun.isalpha() and noun.islower() and noun not in _AFTER_REPORT and not noun.endswith(("ly", "ed"))
        and not _PINS.isdisjoint(w.lower() for w in words[2:4]) and _CLAUSE_AFTER.isdisjoint(words[2:5])
    )
