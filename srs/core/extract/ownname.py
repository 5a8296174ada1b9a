"""Glosses that repeat a word of their term. A manual describes an option by its own name ("Filtre
— filtra fitxers", "Bold — makes the text bold"); a glossary names the term's kind and pins it down
("broken plural — plural formed by changing ...", "Secchi disk depth — the depth at which ...").
``entryglosses.gloss_reads`` asks these of a gloss's opening words, in lower case."""

from __future__ import annotations

import re

__all__ = ["INFINITIVE_ENDINGS", "OBJECT_ARTICLES", "VERB_FORM", "acts_first", "compound_adjective", "genus_gloss", "names_itself"]

# Articles that follow a verb as its object's ("salva os arquivos", "adiciona uma propriedade").
OBJECT_ARTICLES = frozenset("a an the der die das den dem ein eine einen le la les un une el los las il lo gli uno una um uma os as het een".split())
VERB_FORM = re.compile(r"^[a-z-]+(?:ed|[^siuy']s)$")  # "finished", "computes": a report, or an action
# Prefixes that make a verb of a verb ("re-booked", "over-priced", "short-listed"), not a compound
# adjective of a noun and a participle ("club-shaped", "cork-covered").
_VERB_PREFIXES = frozenset("re pre co de un non over under out fast short side well self mis dis cross back up down off".split())


def compound_adjective(word: str) -> bool:
    """Whether a word in "-ed" is a compound adjective, a noun of three letters or more before
    its hyphen ("club-shaped", "thread-covered"), not a verb with a prefix ("re-booked")."""
    head, _, tail = word.partition("-")
    return bool(tail) and tail.endswith("ed") and len(head) >= 3 and head.isalpha() and head.lower() not in _VERB_PREFIXES


# Endings of Romance infinitives ("salvare", "elegir", "ajouter").
INFINITIVE_ENDINGS = ("are", "ere", "ire", "ar", "er", "ir")


def names_itself(term: str, opening: list[str]) -> bool:
    """Whether the first words of a gloss (``opening``, lower-case) repeat a word of the term
    (the first five letters of a longer one): an option described by its own name."""
    stems = {w[:5] for w in term.lower().split() if len(w) >= 4}
    if not stems:
        return False
    head = " ".join(opening)
    for stem in stems:
        if stem[:4] in head:  # (a substring test rules out most glosses before the words are read)
            return any(w[:5] in stems for w in opening if len(w) >= 4)
    return False


def acts_first(term: str, opening: list[str]) -> bool:
    """Whether a gloss that repeats its term's word opens as an option's description does: with
    that word as its verb ("Filtre — filtra fitxers"), with another verb, an infinitive or a verb
    of the third person ("Propiedades — elegir propiedades", "Bold — makes the text bold"), or with
    an article before the word again ("Notes — the notes of the vault").
    A glossary names the word as a noun after a noun of its own ("binnenrijm – rijm binnen één
    versregel", "Work hardening — metal gets harder", "passato remoto: tempo del passato")."""
    first = opening[0] if opening else ""
    if names_itself(term, opening[:1]):
        return True
    return first.endswith(INFINITIVE_ENDINGS) or VERB_FORM.match(first) is not None or first in OBJECT_ARTICLES


# Relatives and prepositions that pin a noun repeated first (see ``genus_gloss``).
_HEAD_FIRST_PINS = frozenset(
    """który która które którym którego których z ze w na od dla de di da do du des del della dei que qui dont où che cui
    который которая которое которым из для""".split()
)
# Prepositions before "which" that pin a repeated noun: "the depth at which ...".
_PREPOSITIONS_BEFORE_WHICH = frozenset("at in on by to from through with under over".split())
# What follows a kind's noun that a gloss repeats from its term: a relative, a participle or a
# preposition pinning it down ("plural formed by ...", "a pen holder with a flange ..."), or the
# subject of a relative clause without "that" ("the time it takes the population to double").
_PINNING = re.compile(r"^(?:with|that|that's|which|whose|where|(?!(?:sitting|standing|lying|leaning|hanging|waiting|resting|lying)\b)[a-z]{3,}ing|of|for|in|on|from|by|without|between|under|above|below|at|much|far|less|more|\w{3,}ed|it|they|we|you|one|an?|the)$")


def genus_gloss(term: str, opening: list[str]) -> bool:
    """Whether a gloss that repeats its term's word names the term's kind and then pins it down,
    as a definition does ("broken plural — plural formed by changing ...", "oblique holder: a pen
    holder with a flange ..."): the term is two or three words, only its last (the kind's noun)
    comes back, after an article or first, and what follows it pins it down. A manual's labels
    repeat a word to say what an option does ("Filter — filter files", "Open app — launch the app")."""
    words = term.lower().split()
    if not 2 <= len(words) <= 3:
        return False
    if len(opening) > 1 and opening[0] == words[0] and opening[1] in _HEAD_FIRST_PINS:
        # Languages that put the noun first: "przewód odprowadzający – przewód, którym prąd ...",
        # "tecido conjuntivo — tecido de sustentação ...".
        return True
    kind = words[-1]
    if kind not in opening[:4] or any(w in opening[:4] for w in words[:-1] if len(w) >= 4):
        return False
    at = opening.index(kind)
    if at > 0 and opening[0] not in OBJECT_ARTICLES:
        return False
    if at + 2 < len(opening) and opening[at + 2] == "which" and opening[at + 1] in _PREPOSITIONS_BEFORE_WHICH:
        return True  # "Secchi disk depth — the depth at which a white disk disappears"
    return at + 1 < len(opening) and _PINNING.match(opening[at + 1]) is not None
