"""Evergreen titles that state a claim ("Habits compound over time", "Balloons fly at dawn
because of thermals"): the card hides the key term the note itself names, in bold, as an alias
or as a tag."""

from __future__ import annotations

import re

from srs.core.extract.filters import plausible_term
from srs.core.extract.found import Found
from srs.core.extract.ownname import VERB_FORM
from srs.core.extract.sentences import cloze_text

_CLAIM_WORDS = re.compile(
    r"\b(?:is|are|was|were|be|can|cannot|can't|should|must|won't|don't|doesn't|need|needs|"
    r"have|has|makes?|leads?|requires?|helps?|comes?|grows?|creates?|allows?|causes?|depends?|means|"
    r"matters?|works?|beats?|compounds?|shapes?|drives?)\b",
    re.I,
)


# Words that follow a title's opening noun without being its verb ("Balloons at dawn", "Joints and gaps").
_NOT_A_VERB = frozenset(
    """of in on at for to and or the a an with from by vs versus as into over under after before about between
    without within across through per than like not
    des les pour para voor und mit van het een der die das los las con sur dans avec untuk dan och til med ved sin uma dei del nel
    de da do du di""".split()
)


def _verb_after_subject(words: list[str]) -> bool:
    """Whether one of a title's second to fourth words reads as the verb of a subject before it:
    a plain verb after a plural noun ("Balloons fly at dawn ...", "Movement joints stop tiled
    floors ...") or a verb in "-s" after a singular one ("Reading order decides ...")."""
    if any(w[:1].isdigit() for w in words) or "-" in words or "—" in words or "–" in words:
        return False  # "Club series week 6 - race notes": a log's title, numbered and split by a dash
    for i in range(1, min(4, len(words) - 1)):
        word, before = words[i], words[i - 1].lower()
        if len(word) < 3 or not word.isalpha() or not word.islower() or word in _NOT_A_VERB or word.endswith(("ing", "ed")):
            continue
        if word.endswith("ly") and word not in ("fly", "ply", "apply", "rely", "reply", "supply"):
            continue  # an adverb ("Silt curtains only work ...")
        if before in _NOT_A_VERB:
            continue  # ("Skeleton vs luge vs bobsleigh": "vs" is no plural noun)
        if before.endswith("s") and not before.endswith("ss") and not word.endswith("s") and len(words) >= 6:
            return True  # (a claim says more than "Friends chat about burnout", "Mangroves store blue carbon")
        if len(words) >= 5 and not before.endswith("s") and before.isalpha() and VERB_FORM.match(word) and words[i + 1].isalpha() and words[i + 1].lower() not in _NOT_A_VERB:
            return True  # (a plural noun before "and", "of" or a dash: "Sync settings and selective syncing", "Reading notes - ...")
    return False


# A copula right before a one-word participle: what the subject is said to undergo, a word the
# writer stressed ("Pysanky are *written* not painted"), not a term (as "semelparous" may be).
_PREDICATE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:not\s+|never\s+|always\s+)?$", re.I)


def states_claim(title: str) -> bool:
    """Whether ``title`` is a claim, a sentence of four words or more with a verb ("Habits
    compound over time"), not a name, a topic or a log's title ("Boat trip Llangollen 2023-08")."""
    words = title.split()
    return 4 <= len(words) and len(title) <= 160 and bool(_CLAIM_WORDS.search(title) or _verb_after_subject(words))


def title_claim(title: str, known_terms: list[str], taken: frozenset[str] = frozenset()) -> Found | None:
    """An evergreen title that is a claim ("Habits compound over time"), hiding the key term the
    note itself names (in bold, as an alias or as a tag). ``taken``: answers (lower case) the
    note's other cards hide already; the title hides another of its terms ("Indigo needs no
    mordant because it is a vat dye" hides "vat dye" where "mordant" has its card)."""
    words = title.split()
    if not states_claim(title):
        return None
    best = ""
    for term in known_terms:
        term = term.strip()
        if not term or len(term.split()) >= len(words) or len(term) <= len(best) or term.lower() in taken or not plausible_term(term):
            continue
        found = re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", title, re.I)
        if found and not (" " not in term and term.lower().endswith(("ed", "en", "wn")) and _PREDICATE_BEFORE.search(title, 0, found.start())):
            best = term
    if not best:
        return None
    match = re.search(r"(?<!\w)" + re.escape(best) + r"(?!\w)", title, re.I)
    assert match is not None
    made = cloze_text(title, [(match.start(), match.end(), match.group(0))])
    return Found(made[0], made[1], "title_claim") if made else None


def claim_word_taken(claim: Found, taken: set[str], title: str) -> bool:
    """Whether the term a claim title hides is a word of a longer term (``taken``: the note's
    answers, lower case) that the title also holds: "Fast {{c1::fashion}} relies on ..." where
    "Fast fashion is a business model ..." is a card. The title's key term is the longer one, and
    it has its card."""
    low_title = title.lower()
    for answer in claim.answers:
        word = re.compile(r"(?<!\w)" + re.escape(answer.lower()) + r"(?!\w)")
        if any(len(t) > len(answer) and t in low_title and word.search(t) for t in taken):
            return True
    return False
