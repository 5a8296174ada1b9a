"""Naming cues around an emphasised term that stands anywhere in its sentence.

"the **ribosome**, which is a ...", "a matrix is **invertible** if ...", "called **Y**", "known as
*Y*", "On appelle **Y**", "Als **Y** bezeichnet man", "the term *Y* for ...", "calls [what it
names] *Y*: ...": the first checks ``rules.definitions`` asks of a term after those for a term
opening its sentence. ``named_after_dash`` is the key terms' own: "... — the **superwind**.".

Most terms match none of them, and the naming regexes are the costly ones: each reads back from
the term and must end at it, so it ends in one of a few words (``namingcues.NAMING_ENDS``). The
word right before the term (``last_word``, made once a term) rules most of them out before the
sentence is even searched for a naming stem (``namingcues.NamingStems``, once a sentence).
"""

from __future__ import annotations

import re

from srs.core.extract.namingcues import (
    ALS_BEFORE, BY_BEFORE, GENANNT_AFTER, GLOSSED_AFTER, KNOWN_AS_INTL, LITERAL_NAME_BEFORE, NAMING_AFTER_INTL, NAMING_BEFORE,
    NAMING_BEFORE_CJK, NAMING_BEFORE_INTL, NAMING_ENDS, NAMING_ENDS_INTL, NAMING_OBJECT, NAMING_OBJECT_BARE, TERM_AFTER, TERM_BEFORE,
    WE_DEFINE, WE_MEAN_AFTER, WIRD_BEFORE, NamingStems,
)
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.sentences import fold_case

# "**Y**, which is a ...": an appositive definition wherever the term stands in the sentence.
# A bare plural may follow: "**inclusive institutions**, which are institutions that allow ...".
_APPOSITIVE = re.compile(
    r"^,\s*which\s+(?:is|are|was|were)\s+(?:(?:an?|the|one)\s+\S+(?:\s+\S+){2}"
    r"|(?:[a-z-]+\s+){0,2}[a-z-]{3,}s\s+(?:that|which|who|whose|of|in\s+which)\s+\S+)", re.I
)
# "An operation is **idempotent** if ...": a property defined by its condition.
_IS_BEFORE = re.compile(r"\b(?:is|are|has|have)\s+(?:said\s+to\s+be\s+)?(?:in\s+)?(?:(?:an?|the)\s+)?$", re.I)
# "... is an **eigenvector** of $A$ if ...": a short "of X" may stand between term and condition.
_CONDITION_AFTER = re.compile(
    r"^\s+(?:(?:of|for|in|on)\s+(?:\$[^$\n]{1,20}\$|(?:an?\s+|the\s+)?[\w-]+)\s+)?(?:if|when|whenever|iff)\s+\S+(?:\s+\S+){3}",
    re.I,
)


# "…身を寄せ合う集団を**クレイシ**（crèche）という。": "what is described is called X", the naming
# word after the term, which the object marker "を" follows.
_NAMING_AFTER_JA = re.compile(r"^\s?(?:[（(][^（）()]{1,40}[）)])?\s?(?:という|と呼ぶ|と呼んでいる|と言う|と称する)(?:。|$)")


# A person called so: an honorific ends the name, "のことを" (what someone calls a person) or the
# writer's "I" stands before it.
_HONORIFICS = ("さん", "ちゃん", "くん", "君", "様", "先生")
_PERSONAL_JA = re.compile(r"私|僕|俺|うち|のことを")


def _named_after_ja(text: str, before: str, after: str) -> bool:
    """"…集団を**クレイシ**（crèche）という。": a name given after the object marker を."""
    if not before.endswith("を") or _NAMING_AFTER_JA.match(after) is None or _PERSONAL_JA.search(before):
        return False
    term = text[len(before) : len(text) - len(after)].strip("*_")
    return not term.endswith(_HONORIFICS)


def last_word(before: str) -> str:
    """The last word of ``before`` (split at white space, as ``\\s`` splits), case-folded the way
    IGNORECASE regexes compare letters; "" when there is none. A regex that must end right before
    the term ends in a word that this word ends with (or, after white space, equals)."""
    words = before.rsplit(None, 1)
    return fold_case(words[-1]) if words else ""


def named_rule(text: str, before: str, after: str, last: str, stems: NamingStems, cued: bool = True) -> str | None:
    """The rule of the card for a plausible emphasised term at ``text[len(before):-len(after)]``
    named or defined by the cues above, or None. ``last`` is ``last_word(before)``; ``cued`` is
    ``phrases.after_shape(after) == "cue"`` (False proves that every test anchored at ``after`` fails)."""
    tail = before[-120:]
    # Pairs of tests run the one anchored at the term first: it fails at once on most text.
    if cued and (_APPOSITIVE.match(after) or (_CONDITION_AFTER.match(after) and _IS_BEFORE.search(tail))):
        return "term_is"
    # The naming words of other languages: only after a word they can end in, in a sentence with
    # one of their stems. CJK naming words are no ASCII: an ASCII sentence cannot hold them.
    intl = last.endswith(NAMING_ENDS_INTL) and stems.intl()
    named = (intl and NAMING_BEFORE_INTL.search(tail)) or (not text.isascii() and NAMING_BEFORE_CJK.search(tail))
    if named and LITERAL_NAME_BEFORE.search(tail, 0, named.start()):
        named = None  # "crie uma nota chamada **X**": the literal name of a file or section
    if (
        named
        or (not text.isascii() and _named_after_ja(text, before, after))
        or (intl and KNOWN_AS_INTL.search(tail, max(0, len(tail) - 48)))
        or ("define" in tail and WE_DEFINE.search(tail, max(0, len(tail) - 40)))
        or (
            cued
            and (
                (ALS_BEFORE.match(before) and NAMING_AFTER_INTL.match(after))
                or (GENANNT_AFTER.match(after) and WIRD_BEFORE.search(tail))
                or (BY_BEFORE.match(before) and WE_MEAN_AFTER.match(after))
                or (TERM_AFTER.match(after) and TERM_BEFORE.search(tail))
            )
        )
    ):
        return "bold_called"
    naming = (last.endswith(NAMING_ENDS) or after_demonstrative(tail)) and stems.english() and (
        NAMING_BEFORE.search(tail) or NAMING_OBJECT.search(tail)
    )
    if naming:
        verb = naming.group(1).lower()
        return "known_as" if verb.startswith(("known", "referred", "refer")) else "bold_called"
    if GLOSSED_AFTER.match(after) and stems.english() and (NAMING_OBJECT_BARE.search(tail) or TERM_BEFORE.search(tail)):
        # "Eisenstein calls the stable copies print made *typographical fixity*: ...", "Cheng uses
        # the word *song*: not limp, but ...": named, then glossed at once. (A term in lower case,
        # no time or place, "*at noon*", and no nickname or call of the writer's, "I call my sister
        # ...", "calls the new manager *Big Tom*".)
        term = text[len(before) : len(text) - len(after)].strip("*_ ")
        if term[:1].islower() and term.split(None, 1)[0].lower() not in _PLACE_AND_TIME and FIRST_PERSON.search(text) is None:
            return "bold_called"
    return None


_PLACE_AND_TIME = frozenset("at on in by from to for with before after during until every each twice once".split())


_DEMONSTRATIVES = frozenset(("this", "these", "that", "those"))


def after_demonstrative(tail: str) -> bool:
    """Whether the words before a term end in a demonstrative and its noun ("call this process")."""
    # (Two searches for a space from the end: no list of words made for most terms, which follow
    # no demonstrative.)
    # Only printable ASCII text (its one white space the space) goes the fast way: the regexes
    # split at any white space and match "ſ" as "s" and "İ" as "i" (``fold_case``), and so must
    # this test.
    if not (tail.isascii() and tail.isprintable()):
        words = tail.rsplit(None, 2)
        return len(words) >= 2 and fold_case(words[-2]) in _DEMONSTRATIVES
    end = len(tail.rstrip(" "))
    last = tail.rfind(" ", 0, end)  # the space before the last word
    if last <= 0:
        return False
    word_end = len(tail[:last].rstrip(" "))
    return tail[tail.rfind(" ", 0, word_end) + 1 : word_end].lower() in _DEMONSTRATIVES


# "... the loss rate jumps to 10⁻⁴ M☉/yr — the **superwind**.": a dash or colon and "the" before
# the name (a bare word there is a verdict or an answer: "— **huge**.", "is: **pricing**.").
_DASH_BEFORE_NAME = re.compile(r"(?:\s[—–]\s+|:\s+)the\s+$")
_CLOSES_SENTENCE = re.compile(r"\s*(?:\([^()\n]{1,80}\))?\s*[.!]?\s*")


def named_after_dash(text: str, start: int, end: int) -> bool:
    """Whether a term after a dash or a colon closes a sentence whose clause before it (eight
    words or more) describes what the term names."""
    mark = _DASH_BEFORE_NAME.search(text, 0, start)
    if mark is None or _CLOSES_SENTENCE.fullmatch(text, end) is None:
        return False
    clause = text[: mark.start()].split()
    return len(clause) >= 8 and clause[-1].lower() not in ("is", "are", "was", "were", "be")  # ("... is — the **X**.": an answer)
