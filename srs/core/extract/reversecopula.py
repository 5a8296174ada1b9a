"""A described subject, then the name a copula gives it: "The rotating updraft is the
mesocyclone, typically 2–10 km across.", "The oldest carved stones are the Danzantes: slabs with
naked figures ...", "The pufferfish family is Tetraodontidae, "four teeth", ...".

The sentence opens with "The" and a description of two words or more, in lower case (a named
thing, "The Great Barrier Reef is the obvious example", is said something of). After "is/are the"
comes a name of one to three words, which a gloss follows at once (a colon, a bracket, a comma and
a phrase), or a capitalised name, which may end the sentence. A subject that ranks or points ("The
best option is the bus", "The main problem is the cost") names a choice or a verdict, not a term;
so does a name in lower case that ends the sentence or a dash ("The catch is the price.", "The
peacock's tail is the poster child — a weak male ..."). A capitalised name of a role or a place
("The hotel is the Pestana Palace", "The new manager is Maria Lopez") is a person or a business.
"""

from __future__ import annotations

import re

from srs.core.extract.filters import plausible_term
from srs.core.extract.found import Found
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.sentences import Sentence, cloze_text

__all__ = ["reverse_copula"]

RULE = "named_subject"
_SHAPE = re.compile(
    r"^The\s+(?P<subject>[\w'’-]+(?:,?\s+[\w'’-]+){0,7}?)\s+(?:is|are|was|were)\s+(?P<the>the\s+)?"
    r"(?P<term>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)(?P<after>\s*(?:[:(—–]|,\s|\.$|$))"
)
# Words of a subject that ranks, points or weighs: it names a choice, a verdict or a moment.
_NOT_DESCRIBED = frozenset(
    """best worst main biggest first last next only favourite favorite real whole same other key big good bad
    problem problems thing things point idea result results answer reason issue goal aim trick rule question
    catch plan option options difference advantage downside upside bottom top winner loser cost price
    example examples demo classic
    this that these those it its my our your their his her one part bit step moment day time way""".split()
)
# Lower-case names that close such a sentence as a verdict or a state ("The soil is the same").
_NOT_NAMES = frozenset("same other one case opposite reverse norm rule exception key answer default standard".split())
# Words of a clause, not of a name: a copula, an article, a pointer.
_CLAUSE_WORDS = frozenset("is are was were the a an its it this that here there and or".split())
_COPULAS = frozenset("is are was were".split())
# Heads of subjects that are people's roles or the writer's places and things: their names are no terms.
_ROLES = frozenset(
    """hotel restaurant guide manager client customer venue host owner lead boss teacher tutor chair speaker
    coach doctor vet landlord neighbour neighbor company vendor supplier contractor agent shop store cafe café
    bar hostel airbnb flight train project app band dog cat puppy kitten baby""".split()
)
_GLOSS_OPENING = re.compile(r"\s*(?:a|an|one|two|three|four|five)\s", re.I)
_ADJECTIVE_ENDINGS = ("ive", "ous", "ful", "able", "ible", "ic", "al", "ed", "ing", "ly", "est", "er")


def reverse_copula(sentence: Sentence) -> Found | None:
    """The card of a sentence that names its described subject after "is the" (see the module
    docstring), or None."""
    text = sentence.text
    if not text.startswith("The ") or FIRST_PERSON.search(text):
        return None
    shape = _SHAPE.match(text)
    if shape is None:
        return None
    # (Emphasis up to the name is the other rules'; italics in the gloss after it mark parts of
    # the gloss: "The basic rhythm is the bum-ditty: one melody note ... (the *bum*), ...". Bold
    # there is the writer's verdict: "... is the Pestana: a **gorgeous** old palace".)
    if any(span.start < shape.end("after") or span.kind != "em" for span in sentence.spans):
        return None
    if any(ch.isupper() for ch in shape.group("subject")):
        return None  # "The Great Barrier Reef is the obvious example": a named thing, said something of
    if shape.group("the") is None and not shape.group("term")[:1].isupper():
        return None  # "The lens order is its size class", "... is a cousin": no name after "is"
    subject = shape.group("subject").lower().replace(",", "").split()
    if not _COPULAS.isdisjoint(subject):
        return None  # "The verb is the action, the actants are the characters": a list of roles
    term = shape.group("term")
    after = shape.group("after").strip()
    if len(subject) < 2 or not _NOT_DESCRIBED.isdisjoint(subject):
        return None
    words = term.split()
    lower = term[:1].islower()
    if not plausible_term(term) or any(ch.isdigit() for ch in term) or term.lower() in _NOT_NAMES or term.endswith(("'s", "’s")):
        return None
    # (A noun's ending may be an adjective's, "the anapaest", "the transformer": after "the" and
    # before a colon and a gloss opening with an article or a count, the word is the name; "is the
    # **following**: intro, scope ..." lists, "is the latest: 2.4.1" states.)
    named = shape.group("the") is not None and after == ":" and _GLOSS_OPENING.match(text, shape.end("after")) is not None
    if lower and (not after or after in ".—–" or words[-1].endswith(_ADJECTIVE_ENDINGS) and not named or not _CLAUSE_WORDS.isdisjoint(words)):
        return None  # "The catch is the price.", "The water was freezing": a verdict or a state
    if not lower and (not all(w[:1].isupper() or w in ("of", "de", "du", "la") for w in words) or not _ROLES.isdisjoint(subject)):
        return None  # "The hotel is the Pestana Palace, ...": a role's or a place's name is a person or a business
    made = cloze_text(text, [(shape.start("term"), shape.end("term"), term)])
    return Found(made[0], made[1], RULE) if made else None
