"""Card identity: which stored card an extracted candidate is.

A card is identified by what it hides (its *anchor*: the normalised answers) within its note, not
by its text: rewording the sentence around the hidden term, moving or renaming the note, and adding
or removing other definitions keep the same card and its review history. Nothing is written into
the user's notes. Cards whose definition disappears are retired, never deleted, so a definition
that comes back revives the same card.

Matching, for one note's candidates, in order of confidence:
1. same note, same anchor (retired cards included, so they revive); ties broken by text similarity;
2. same note, nearly the same sentence and a hidden part spelled nearly the same (the term itself
   was corrected: "incunables" -> "incunabula");
3. the same anchor in a card that lost its note in this scan or was retired elsewhere (a moved
   note, or a definition moved to another note); best text similarity wins.
Everything else is a new card.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Iterable, Sequence

from srs.core.model import CardCandidate

_MARKUP = re.compile(r"[*_=`~\"'“”‘’«»„]+")
_SPACE = re.compile(r"\s+")
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", re.S)
SIMILAR_SENTENCE = 0.85  # the sentence around the hidden part is nearly the same...
SIMILAR_ANSWER = 0.75  # ...and the hidden part is a corrected spelling, not another term


@lru_cache(maxsize=8192)  # a scan asks for each card's anchor several times
def normalise_answer(answer: str) -> str:
    """The comparable form of a hidden part: NFKC, casefolded, no markup or quotes, single spaces."""
    text = unicodedata.normalize("NFKC", answer)
    text = _MARKUP.sub("", text).casefold()
    return _SPACE.sub(" ", text).strip(" .,;:!?()[]")


def anchor_of(answers: Iterable[str]) -> str:
    """A card's anchor: its normalised answers, in order, joined."""
    return "\x1f".join(map(normalise_answer, answers))


def blanked(text: str) -> str:
    """A card's text with its clozes blanked: what is around the hidden part."""
    return _CLOZE.sub("[...]", text)


def similarity(a: str, b: str) -> float:
    """How alike two card texts are, 0..1 (difflib ratio of their blanked forms)."""
    if a == b:
        return 1.0
    return SequenceMatcher(None, blanked(a), blanked(b), autojunk=False).ratio()


def new_card_id(note: str, anchor: str, taken: "set[str] | frozenset[str]") -> str:
    """A fresh id for a card first seen in ``note`` hiding ``anchor``: deterministic, and never
    one of ``taken``. Made once; afterwards the id lives in the database, whatever the card's text
    or place becomes."""
    counter = 0
    while True:
        digest = hashlib.blake2b(f"{note}\x00{anchor}\x00{counter}".encode(), digest_size=6).hexdigest()
        if digest not in taken:
            return digest
        counter += 1


@dataclass(frozen=True)
class StoredRef:
    """What matching needs to know about a stored card."""

    id: str
    note: str
    anchor: str
    text: str
    retired: bool = False


@dataclass(frozen=True)
class Match:
    """A candidate and the stored card it is (None: a new card)."""

    candidate: CardCandidate
    card_id: str | None
    via: str  # "same", "reworded", "moved", "new"


def _best(candidate: CardCandidate, pool: Sequence[StoredRef]) -> StoredRef | None:
    if not pool:
        return None
    if len(pool) == 1:
        return pool[0]
    # Prefer active cards over retired ones, then the most similar sentence.
    return max(pool, key=lambda ref: (not ref.retired, similarity(candidate.text, ref.text)))


def _alike(anchor: str, other: str) -> bool:
    return SequenceMatcher(None, anchor, other, autojunk=False).ratio() >= SIMILAR_ANSWER


def match_candidates(
    candidates: Sequence[CardCandidate],
    same_note: Sequence[StoredRef],
    elsewhere: Sequence[StoredRef] = (),
    anchors: Sequence[str] | None = None,
) -> list[Match]:
    """Pair one note's candidates with stored cards (see the module docstring for the order).

    ``same_note``: the note's stored cards, active and retired. ``elsewhere``: cards available to
    move here (cards of notes gone in this scan, retired cards of other notes) with anchors that
    some candidate has. Each stored card is used at most once. ``anchors``: the candidates'
    anchors when the caller has them already.
    """
    if not same_note and not elsewhere:
        # Nothing to match (every note of a first scan): all new.
        return [Match(c, None, "new") for c in candidates]
    result: dict[int, Match] = {}
    used: set[str] = set()
    if anchors is None:
        anchors = [anchor_of(c.answers) for c in candidates]

    by_anchor: dict[str, list[StoredRef]] = {}
    for ref in same_note:
        by_anchor.setdefault(ref.anchor, []).append(ref)
    for index, candidate in enumerate(candidates):
        pool = [ref for ref in by_anchor.get(anchors[index], ()) if ref.id not in used]
        best = _best(candidate, pool)
        if best is not None:
            used.add(best.id)
            result[index] = Match(candidate, best.id, "same")

    leftovers = [ref for ref in same_note if ref.id not in used and not ref.retired]
    if leftovers:
        for index, candidate in enumerate(candidates):
            if index in result:
                continue
            scored = [
                (similarity(candidate.text, ref.text), ref)
                for ref in leftovers
                if ref.id not in used and _alike(anchors[index], ref.anchor)
            ]
            scored = [item for item in scored if item[0] >= SIMILAR_SENTENCE]
            if scored:
                _, ref = max(scored, key=lambda item: item[0])
                used.add(ref.id)
                result[index] = Match(candidate, ref.id, "reworded")

    by_anchor_elsewhere: dict[str, list[StoredRef]] = {}
    for ref in elsewhere:
        by_anchor_elsewhere.setdefault(ref.anchor, []).append(ref)
    for index, candidate in enumerate(candidates):
        if index in result:
            continue
        pool = [ref for ref in by_anchor_elsewhere.get(anchors[index], ()) if ref.id not in used]
        best = _best(candidate, pool)
        if best is not None:
            used.add(best.id)
            result[index] = Match(candidate, best.id, "moved")

    return [result.get(i) or Match(c, None, "new") for i, c in enumerate(candidates)]
