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
    exact difference point problem thing issue key most least left top bottom front back side
    middle centre center inside outside goal idea catch trick answer plan deadline must""".split()
)
# Words after the noun that make the bold its emphasis: "the **ship** itself", "the **weight** of
# the line" (the head of a phrase stressed, not named).
_EMPHATIC_FOLLOWERS = frozenset("of itself themselves alone too matters".split())
# Words after the noun that say it is one: a copula in the present, a relative pronoun.
_COPULA_WORDS = frozenset("is are means".split())
_RELATIVES = frozenset("that which who where".split())
# A copula right before the article: the bold word is a predicate's, "was a **disaster**", "is a
# **must**" (``keyterms._named_by_copula`` reads the names a copula gives).
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|'s|’s)\s+(?:a|an|the)\s+$", re.I)
# A predicate that says what the thing is: three words or more, in lower case, before any stop,
# no state joined to another ("The **kids** are asleep and ...").
_DEFINING_PREDICATE = re.compile(r"\s+(?:is|are|means)\s+(?:(?!(?:and|or|but|so|now|here|there)\b)[a-z][\w'’-]*[\s,:;]+){2}(?!(?:and|or|but|so)\b)[a-z]")
_SENTENCE_OPENING = re.compile(r"^\W*(?:a|an|the)\s+$", re.I)


def article_noun(text: str, start: int, end: int, term: str, lone_words: int) -> bool:
    """Whether the bold lone lower-case ``term`` (``start``-``end`` of ``text``) is the noun an
    article opens: a word of four letters or more, no adverb, no adjective, no emphasis, no
    predicate's noun after a copula, and in a short sentence the only such bold word
    (``lone_words``: two set against each other there are stressed, "D-value is a **time**,
    z-value is a **temperature**"). After it comes a stop, a comma or a bracket ("the **syrinx**,
    at the base ..."), a relative pronoun, a copula and a predicate of three words or more ("a
    **canon** is strict imitation: ..."), or, inside the sentence, a verb in "-s" ("..., because the
    **reflog** records ...")."""
    if lone_words > 1 and len(text.split()) <= 12 or LONE_WORD.match(term) is None or term.endswith("ly"):
        return False
    if term in _EMPHASIS_NOUNS or adjective_like(term):
        return False
    if _ARTICLE_RIGHT_BEFORE.search(text, 0, start) is None or _COPULA_BEFORE.search(text, 0, start) is not None:
        return False
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return True
    word = following.group(1)
    if word in _EMPHATIC_FOLLOWERS:
        return False
    if word in _RELATIVES:
        return True
    if word in _COPULA_WORDS:
        return _DEFINING_PREDICATE.match(text, end) is not None
    # (Not a sentence's subject, "The **sauce** needs more salt": a diary's, as often as not.)
    return word.endswith("s") and not word.endswith("ss") and _SENTENCE_OPENING.match(text[:start]) is None


def adjective_like(term: str) -> bool:
    """Whether a word ends as adjectives do ("sticky", "porous"), and as no noun in "-y" does."""
    return term.endswith(ADJECTIVE_ENDINGS) and not term.endswith(_NOUN_Y_ENDINGS)
