"""Laws, rules and formulas named after a person, then what they say or relate.

"Snell's law relates the angles of incidence and refraction ...", "Bragg's rule says the
stopping power of a compound adds up from its atoms", "Euler's formula gives the number of faces
...": a possessive name and a head noun of a law name a concept by themselves, and a verb of
saying or relating that follows states what the concept holds. ``unmarked`` reads a doctrine's
claim only before "that" and a term's function only when its words are lower case; this shape
has neither.

Ordinary sentences share it ("Mum's rule says no phones at dinner", "Our team's rule states
...", "Jan's test passes now"), so the possessor must be a capitalised name that is no word of
kin, role or the writer's own, the head one of a law's, and the verb one that states what a law
says, followed by words of a statement (no news of today).
"""

from __future__ import annotations

import re

from srs.core.extract.found import Found
from srs.core.extract.subjectwords import NOT_TERM_WORDS, SECOND_PERSON
from srs.core.extract.termcards import term_card

# The heads of a law's name, and verbs that say what a law states or relates.
_LAW_HEADS = (
    "law|laws|rule|principle|theorem|lemma|formula|equation|inequality|identity|relation|criterion|conjecture|"
    "hypothesis|razor|paradox|constant|number|ratio|model|effect"
)
_STATING_VERBS = (
    "says|states|holds|predicts|asserts|relates|links|connects|gives|estimates|describes|expresses|defines|"
    "determines|governs|explains|sets|limits|bounds|counts|computes|calculates|approximates|quantifies|"
    "measures|tells|shows|captures|guarantees|ensures"
)
# "Ohm's law states ...", "Kepler's third law gives ...", "Faraday's law of induction says ...": a
# capitalised possessor, up to two lower-case words, the head, an optional "of" phrase (read, not
# hidden: the law's name is the possessive and its head), then the verb and a statement.
_EPONYM_LAW = re.compile(
    r"^(?P<term>(?P<owner>[A-Z][\w–-]*)['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + _LAW_HEADS + r"))"
    r"(?:\s+of\s+[a-z][\w-]*)?\s+(?P<verb>" + _STATING_VERBS + r")\s+(?:that\s+)?\S+\s+\S+\s+\S+"
)
# Possessors that are people of the writer's own world, no eponym ("Mum's rule says ...").
_NOT_EPONYM = frozenset(
    """mum mom dad mother father grandma grandpa granny nan nana papa mama auntie aunt uncle sister brother
    wife husband partner son daughter boss teacher coach doctor today tonight tomorrow yesterday everyone
    nobody someone my our your his her their this that team company everybody""".split()
)
# News in the statement: a report of what happened, no law ("... says the build is fixed now").
_NEWS = re.compile(r"\b(?:today|yesterday|tomorrow|tonight|now|again|already|anymore)\b", re.I)


def eponym_law(text: str) -> Found | None:
    """"Snell's law relates the angles of incidence and refraction ...": hide the law's name (the
    possessive and its head), or None when the sentence opens otherwise."""
    match = _EPONYM_LAW.match(text)
    if match is None:
        return None
    owner = match.group("owner")
    if owner.lower() in _NOT_EPONYM or owner.isupper() and len(owner) > 1:
        return None  # ("NASA's rule says ...": an organisation's policy, not a law of a field)
    if _NEWS.search(text, match.end("verb"), match.end("verb") + 80):
        return None
    return term_card(
        text, match.start("term"), match.end("term"), "term_is", not_words=NOT_TERM_WORDS, addressed=SECOND_PERSON,
        generic_from=match.end("verb"),
    )
