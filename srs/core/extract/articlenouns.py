"""A lone lower-case word set in bold after an article: the noun its phrase names ("a **canon** is
strict imitation", "the **reflog** records ...", "the **syrinx**, at the base of ...") or a word
stressed there ("a **huge** problem", "the **ship** itself", "D-value is a **time**, z-value is a
**temperature**"); and the word endings that tell an adjective, which ``keyterms`` asks too."""

from __future__ import annotations

import re

ADJECTIVE_ENDINGS = ("le", "ive", "ous", "ful", "able", "ible", "ic", "al", "y", "ent", "ant", "ish", "less", "ed", "er", "est")
# Nouns in "-y" that no adjective ends in: "... — is **stigmergy**.", "... is **taxonomy**.".
_NOUN_Y_ENDINGS = ("logy", "ergy", "nomy", "graphy", "sophy", "metry")


# "a **canon** is strict imitation", "the **reflog** records ...": a lone lower-case word after an
# article, the noun of its phrase (not an adjective before one, "a **huge** problem").
_ARTICLE_RIGHT_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the)\s+$", re.I)
LONE_WORD = re.compile(r"^[a-zß-ÿ][a-zß-ÿ-]{3,}$")
_NEXT_WORD = re.compile(r"\s+([a-z][\w'’-]*)")
# Words set in bold for emphasis after an article: degree, judgement, quantity.
_EMPHASIS_NOUNS = frozenset(
    """whole entire same other only first last next best worst biggest main real right wrong opposite
    exact difference point problem thing issue key most least left right top bottom front back side
    middle centre center inside outside""".split()
)
# Words after the noun that make the bold its emphasis: "the **ship** itself", "the **weight** of
# the line" (the head of a phrase stressed, not named).
_EMPHATIC_FOLLOWERS = frozenset("of itself themselves alone too matters".split())
# Words after the noun that say it is one: a copula, a joining word or a preposition.
_COPULA_WORDS = frozenset("is are was were has have can does means".split())
_JOINERS = frozenset("and or that which who where at in on for with from to by as".split())


def article_noun(text: str, start: int, end: int, term: str, lone_words: int) -> bool:
    """Whether the bold lone lower-case ``term`` (``start``-``end`` of ``text``) is the noun an
    article opens: a word of four letters or more, no adverb, no emphasis, not an adjective before
    the phrase's noun, and in a short sentence the only such bold word (``lone_words``: two set
    against each other there are stressed, "D-value is a **time**, z-value is a **temperature**")."""
    if lone_words > 1 and len(text.split()) <= 12 or LONE_WORD.match(term) is None or term.endswith("ly") or term in _EMPHASIS_NOUNS:
        return False
    if _ARTICLE_RIGHT_BEFORE.search(text, 0, start) is None:
        return False
    following = _NEXT_WORD.match(text, end)
    if following is not None and following.group(1) in _EMPHATIC_FOLLOWERS:
        return False
    if following is None:
        return True  # "the **syrinx**, at the base ...": a stop, a comma or a bracket after it
    # Then a copula, a joining word or a verb in "-s" ("the **reflog** records ..."): the bold word
    # is the noun; before another noun it is that noun's adjective ("a **huge** problem").
    word = following.group(1)
    return word in _COPULA_WORDS or word in _JOINERS or word.endswith("s") and not word.endswith("ss") and not adjective_like(term)



def adjective_like(term: str) -> bool:
    """Whether a word ends as adjectives do ("sticky", "porous"), and as no noun in "-y" does."""
    return term.endswith(ADJECTIVE_ENDINGS) and not term.endswith(_NOUN_Y_ENDINGS)
