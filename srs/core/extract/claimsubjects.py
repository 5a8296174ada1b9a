"""The subject of a title that is a claim, said what it is in the note's body.

    Chunking beats raw capacity        "Chunking is grouping several items into one ..."
    Moral hazard in insurance markets  "Moral hazard is the change in behaviour after ..."
    Slide guitars need a lighter touch "A slide guitar changes pitch by a tube ..."

The title alone cannot tell which of its opening phrases is the term; the sentence that defines
one of them does (``claim_definition``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from srs.core.extract.families import noun_key
from srs.core.extract.filters import STOP_TERMS, plausible_term
from srs.core.extract.frames import FIRST_PERSON, READER
from srs.core.extract.rules import Found
from srs.core.extract.sentences import Sentence, cloze_text
from srs.core.extract.titles import NOT_VERB, agrees, bare_title, may_claim, participle

# The verbs of a claim title that says what its subject is ("Leather hard is the window for ...").
_COPULAS = frozenset("is are means".split())
# Words after which a title's opening phrase may be its term, before a field in lower case:
# "Moral hazard in insurance markets", not "Office in Leeds" or "Tomatoes in the greenhouse".
_AFTER_SUBJECT = frozenset("in for".split())
_DETERMINERS = frozenset("the a an my our your his her their its this that these those each every".split())
# What a title may add after its term, naming the note: "Setting point tests", "Cohesion basics".
_NOTE_NOUNS = frozenset("tests test notes basics overview primer".split())
# How a title gives its subject: a verb of the present that agrees with it ("Slide guitars need
# ..."), any other word read as a verb, or a shape that also titles diaries and logs (a verb in
# the past, a preposition, a note's noun: "Printer jammed again today", "Kitchen notes"), whose
# subject only a sentence saying what it is with an article after the copula defines.
_AGREES, _LOOSE, _STRICT = "agrees", "loose", "strict"


@lru_cache(maxsize=256)
def claim_subjects(title: str) -> tuple[tuple[str, str], ...]:
    """The phrases that may be the subject of a title that is a claim, shortest first, each with
    how the title gives it (``_AGREES``, ``_LOOSE`` or ``_STRICT``): "Chunking beats raw capacity"
    -> (("Chunking", _AGREES), ("Chunking beats", _LOOSE)), "Moral hazard in insurance markets" ->
    (..., ("Moral hazard", _STRICT)). The note says which one is its term by defining it
    (``claim_definition``); () for a title that is no English claim."""
    bare = bare_title(title)
    if not may_claim(bare, 2):
        return ()
    words = bare.split()
    subjects = []
    for k in (1, 2, 3):
        if k == len(words) - 1 and words[k].lower() in _NOTE_NOUNS:
            verb, how = "is", _STRICT  # (the title names its term, then the note)
        elif k >= len(words) - 1:
            break
        elif words[k] in _AFTER_SUBJECT:
            following = words[k + 1]
            if not following.islower() or following in _DETERMINERS:
                continue
            verb, how = "is", _STRICT
        else:
            verb, how = words[k], _LOOSE
        # (A verb in the past may follow: "Panorama changed how steelbands arrange music"; the
        # subject still needs a sentence that says what it is.)
        if not verb.isalpha() or not verb.islower() or (verb in NOT_VERB and verb not in _COPULAS) or (participle(verb) and not verb.endswith("ed")):
            continue
        subject = words[:k]
        if any(w.lower() in STOP_TERMS or w.lower() in NOT_VERB for w in subject) or any(w[:1].isupper() for w in subject[1:]):
            continue
        phrase = " ".join(subject)
        if how == _LOOSE and participle(verb):
            how = _STRICT
        elif how == _LOOSE and (verb in _COPULAS or agrees(phrase, verb)):
            how = _AGREES
        if len(phrase) >= 4 and plausible_term(phrase):
            subjects.append((phrase, how))
    return tuple(subjects) if not (READER.search(bare) or FIRST_PERSON.search(bare)) else ()


# "Chunking is ...", "Leather hard means ...", "The dose is ...": a sentence that opens with a
# subject and says what it is.
_DEFINING_OPENING = re.compile(r"^(?:(?:The|A|An)\s+)?(?P<term>.+?)\s+(?:is|are|means|refers\s+to)\s", re.I)


def claim_openings(title: str) -> tuple[str, ...]:
    """How a sentence that defines a possible subject of a claim title opens, in lower case, longest
    last ("chunking ", "a chunking ", "an chunking ", "the chunking "): the cheap test the caller asks of each
    sentence before ``claim_definition``. () for a title of fewer than three words."""
    words = bare_title(title).lower().split()
    if not 3 <= len(words) <= 10:
        return ()
    # (A subject opens with the first word: the longer phrases open with it too.)
    return (f"{words[0]} ", f"a {words[0]} ", f"an {words[0]} ", f"the {words[0]} ")


def claim_definition(sentence: Sentence, title: str) -> Found | None:
    """The card of a sentence anywhere in the note that defines one of its claim title's possible
    subjects (``claim_subjects``: "Chunking is grouping several items into one meaningful unit
    ..." under "Chunking beats raw capacity"), or None."""
    from srs.core.extract.structure import defined_by_sentence  # which imports this module

    opening = _DEFINING_OPENING.match(sentence.text[:80])
    if opening is None:
        return _generic_subject(sentence, title)
    term = opening.group("term")
    if term.endswith(")") and " (" in term and not term[term.index(" (") + 2 :][:1].islower():
        term = term[: term.index(" (")]  # "Millisecond pulsars (MSPs, P ≲ 30 ms) are ...": the aside is no part of the name
    # ("A tuned mass damper is ..." under "Tuned mass dampers cut sway ...": singular or plural.)
    how = next((how for subject, how in claim_subjects(title) if _phrase_key(subject) == _phrase_key(term)), None)
    if how is None or (how == _STRICT and not _WHAT_IT_IS.match(sentence.text, opening.end() - 1)):
        return None  # ("The printer is out of toner" under "Printer jammed again today": no saying what it is)
    return defined_by_sentence(sentence, term, "title_definition")


# After the copula, an article: "... is the national steelband competition", "... are a family of".
_WHAT_IT_IS = re.compile(r"\s(?:an?|the|one)\s")
# "A sector light shows ...": one of a kind, then what it does.
_GENERIC_LEAD = re.compile(r"An?\s+(?=[a-z])")


def _generic_subject(sentence: Sentence, title: str) -> Found | None:
    """"A humanist sans serif keeps the proportions of handwriting ..." under "Humanist sans
    serifs are built on the pen": the claim's subject, singular after "a", then a verb in -s
    and what the thing does."""
    text = sentence.text
    lead = _GENERIC_LEAD.match(text)
    if lead is None:
        return None
    words = text[lead.end() :].split(None, 8)
    for subject, how in reversed(claim_subjects(title)):
        k = len(subject.split())
        if how != _AGREES:
            continue  # ("A parcel arrives damaged ..." under "Parcel arrived damaged today": no claim of the present)
        if len(words) < k + 4 or _phrase_key(" ".join(words[:k])) != _phrase_key(subject):
            continue
        verb = words[k]
        if not (verb.isalpha() and verb.islower() and verb.endswith("s") and not verb.endswith("ss")) or verb in NOT_VERB:
            return None
        if FIRST_PERSON.search(text) or READER.search(text):
            return None
        start = lead.end()
        end = start + re.match(r"\S+(?:\s+\S+){%d}" % (k - 1), text[start:]).end()  # the subject's k words
        made = cloze_text(text, [(start, end, text[start:end])])
        return Found(made[0], made[1], "title_definition") if made else None
    return None


def _phrase_key(phrase: str) -> tuple[str, ...]:
    """A key that a noun phrase's singular and plural share: its words in lower case, the last
    one by ``noun_key`` ("tuned mass damper", "Tuned mass dampers")."""
    words = phrase.lower().split()
    return (*words[:-1], noun_key(words[-1])) if words else ()
