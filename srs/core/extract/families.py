"""Kinds of one thing named across a note: "simple diffusion: ..." beside "facilitated diffusion
= ...", "Direct intent: ..." beside "Oblique intent — ...", "Selection bias: ..." in a note
titled "Bias types".

A plain "Term: gloss" item on its own may be a label ("Problem: ...", "Rule: ...", "recap: ..."),
which is why plain glossary lists need most of their items shaped so. Lecture notes mix entries
with remarks, though, and leave two entries in a list of four. What marks those entries is that
their terms are kinds of one thing: two terms ending in the same head noun, or a term whose head
noun the note's title names. A label is one word ("Rule") or a generic phrase ("Next step", "Main
idea"), work words ("Staging server", "Login bug") head no kind, and news ("blocked again",
"moved to Friday") is no gloss; these rules are dropped in software documentation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from srs.core.extract.found import Found
from srs.core.extract.sentences import Sentence
from srs.core.extract.termcards import NO_WORDS, term_card
from srs.core.markdown import Block

if TYPE_CHECKING:
    from srs.core.extract.notecards import NoteCard


def noun_key(word: str) -> str:
    """A key that a noun's singular and plural share ("join" and "joins", "boundary" and
    "boundaries", "bias" and "biases", "analysis" and "analyses", "base" and "bases"): lower
    case, one plural suffix taken off by rule, then a final "e"."""
    word = word.lower()
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith("ses") and not word.endswith("sses"):
        word = word[:-2] + ("is" if word.endswith("yses") or word.endswith("eses") else "")  # analyses, hypotheses
    elif len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ias")):
        word = word[:-1]
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


_LETTERS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Words that open a generic phrase, not a kind: "First step", "Main idea", "Other notes".
_GENERIC_FIRST = frozenset(
    """first second third fourth fifth next last final previous this that these those each every
    other another my our your his her their its main overall general total new old same
    big small good bad best worst more less fewer wider narrower higher larger smaller bigger greater
    faster slower longer shorter stronger weaker heavier lighter deeper""".split()
)
# A phrase that opens with a preposition or an article in some language places or points at
# something ("On macOS", "A Windows o macOS", "Junto a ...", "Select the ..." is caught by its
# capitalised last word).
_LEADING_FUNCTION_WORDS = frozenset(
    """in on at of for to from with by into about via as the a an af av van von de der des du la le
    och og en et om um zu im para por pour sur su op no na nos di dans bei mit""".split()
)
# Two things offered, not one term: "Windows or macOS", "Pros and cons".
_CHOICE = frozenset("or and vs versus und oder et ou o y e og och eller".split())
# Heads that name a place in a text or a plan, not a kind of thing.
_GENERIC_HEADS = frozenset(
    noun_key(word) for word in """one thing part step point side way time day week note question idea
    example item section chapter page line task issue thought takeaway goal result reading session
    team group member meeting server bug error risk release project sprint ticket update plan status
    deadline call shift room""".split()
)


# The marks of work done in a sprint's or a review's notes: "moved to BC7 ✅", "merged, PR #412".
REVIEW_MARKS = re.compile(r"✅|\bPR\s*#\d+", re.I)
# What a report says: a day, a time, a date, or how something stands ("blocked again",
# "moved to Friday", "fixed now"). "Fixed", "broken" and "blocked" before a noun are adjectives
# ("fixed mass", "a broken window"): news only at the end of a phrase, or before a pronoun, an
# article, an adverb, a preposition or a conjunction ("fixed it", "broken again", "blocked by").
_NEWS = re.compile(
    r"\b(?:today|tomorrow|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|again|"
    r"(?<!\bgets\s)(?<!\bget\s)(?:blocked|broken|fixed)(?!-)(?![ \t]+(?!(?:the|a|an|it|them|this|that|now|in|on|by|at|today|yesterday|again|already|yet|up|"
    r"with|for|and|but|so|after|before|since|once|too|finally|properly)\b)[a-z])|"
    r"slipped|postponed|cancell?ed|(?<![\d:])\d{1,2}(?::\d{2}(?!\d|,\d)|\s*(?:am|pm))|\d{4}-\d{2}-\d{2})\b|" + REVIEW_MARKS.pattern,
    re.I,
)


def news(text: str) -> bool:
    """Whether ``text`` reads as news about something (a report, a log line), not a gloss ("fixed"
    in "fixed-pitch rotors" is part of a compound, no news). In a
    process glossed by its gerunds ("regurgitating a cud ..., rechewing it and swallowing it
    again") or a noun phrase's relative clause ("the 52-year cycle after which both counts line
    up again") "again" is a step repeated, no news."""
    found = _NEWS.search(text)
    if found is None or found.group().lower() != "again":
        return found is not None
    if not (_GERUND_OPENING.match(text) or _RELATIVE_NOUN_PHRASE.match(text, 0, found.start())):
        return True
    return any(hit.group().lower() != "again" for hit in _NEWS.finditer(text, found.end()))


# "the 52-year cycle after which ...", "a state in which ...": an article, a noun phrase, then a
# relative clause opened by a preposition, running up to the word looked at ("a unit that died
# in the cold and is flat again" is news).
_RELATIVE_NOUN_PHRASE = re.compile(
    r"(?:the|an?)\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:after|before|in|at|by|on|during|through|from|under|with|within|until)\s+(?:which|whom)\s[^.;]*$", re.I
)


# Words that end as gerunds do and are none ("during", "nothing", "morning").
NOT_GERUNDS = frozenset(
    """during including regarding concerning according following notwithstanding nothing something anything
    everything morning evening""".split()
)
# Two gerunds of one process: "regurgitating a cud ..., rechewing it" (not "nothing", "during").
_GERUND_OPENING = re.compile(
    r"(?!(?:" + "|".join(sorted(NOT_GERUNDS)) + r")\b)[a-z]{3,}ing\s[^.;]*?(?:,|\band)\s+[a-z]{3,}ing\s"
)


def head_of(term: str) -> str:
    """The head noun (its ``noun_key``) of a multiword ``term`` that names a kind ("Oblique
    intent" -> "intent"), or "" when the term is one word, a generic phrase, a phrase led by a preposition
    ("On macOS"), a choice ("Windows or macOS") or ends in a name ("Select the Sync")."""
    words = _LETTERS.findall(term)
    if len(words) < 2 or len(words) != len(term.split()) or words[0].lower() in _GENERIC_FIRST:
        return ""
    if words[0].lower() in _LEADING_FUNCTION_WORDS or any(w.lower() in _CHOICE for w in words):
        return ""
    if not words[-1].islower():
        return ""  # a kind is a common noun: "Sync", "macOS" and "API" are names
    head = noun_key(words[-1])
    return "" if head in _GENERIC_HEADS or len(words[-1]) < 3 else head


def named_words(text: str) -> set[str]:
    """The ``noun_key``s of the words of ``text`` (a title or a heading)."""
    return {noun_key(word) for word in _LETTERS.findall(text)}


def kin_entries(terms: dict[int, str], blocks: tuple[Block, ...], title: str) -> list[int]:
    """The blocks (keys of ``terms``, block index -> the term the block would define) whose
    terms are kinds of one thing: their head noun is shared by another of the terms, or named
    by the note's title (a heading naming it is not enough: "## Bugs" heads a list of work)."""
    heads = {i: head_of(term) for i, term in terms.items()}
    by_head: dict[str, set[str]] = {}
    for i, head in heads.items():
        if head:
            by_head.setdefault(head, set()).add(terms[i].lower())
    title_words = named_words(title)
    kin: list[int] = []
    for i, head in heads.items():
        if not head:
            continue
        if len(by_head[head]) >= 2 or head in title_words:
            kin.append(i)
    return kin


# "An inner join returns ...", "A full outer join keeps ...", "The conditioned stimulus
# predicts ...": an article, up to three lower-case words ending in the head noun, then a verb
# in the present (a third-person "-s" form or a modal or copula).
_KIND_SUBJECT = re.compile(
    r"^(?:An?|The)\s+(?P<term>(?:[a-z][a-z'-]*\s+){0,2}?[a-z][a-z'-]*)\s+"
    r"(?:(?:is|are|can|could|would|will|may|must|has|means|refers)\b|[a-z]+[^s\W]s\b)"
)


def kind_subject(sentence: Sentence) -> tuple[str, Found] | None:
    """(head noun, card) of a sentence whose subject may name a kind ("An inner join returns
    only the rows ..."), to be kept only when the note names other kinds of the same head (see
    ``kind_subjects``); None when the sentence does not open so."""
    text = sentence.text
    match = _KIND_SUBJECT.match(text) if text.startswith(("A", "The")) else None
    if match is None:
        return None
    head = head_of(match.group("term"))
    if not head or news(text):
        return None
    # Marked "~": software documentation drops it ("The interface anchor tag adds ...").
    card = term_card(text, match.start("term"), match.end("term"), "kind_subject~", not_words=NO_WORDS)
    return (head, card) if card else None


def kind_subjects(found: list[tuple[str, NoteCard]], title: str) -> list[NoteCard]:
    """The cards of ``kind_subject`` sentences whose head noun another such term shares and the
    title names: the kinds the note sorts ("inner join", "left join", "cross join" in "SQL
    joins"), one card a kind. One sentence about "the first step" and another about "the next
    step" are kept out by ``head_of``."""
    terms: dict[str, set[str]] = {}
    for head, card in found:
        terms.setdefault(head, set()).add(card.found.answers[0].lower())
    title_words = named_words(title)
    kept: list[NoteCard] = []
    named: set[str] = set()
    for head, card in found:
        answer = card.found.answers[0].lower()
        if (len(terms[head]) >= 2 or _lone_kind(answer)) and head in title_words and answer not in named:
            named.add(answer)  # the first sentence about a kind is its card
            kept.append(card)
    return kept


# Modifiers that judge or rank a thing rather than sort it: "A clean first touch buys time", "A
# standard trial is run in this order".
_JUDGING = frozenset(
    "good bad clean perfect ideal standard main typical normal usual big small real true proper right wrong best worst "
    "only first last next key one other same whole".split()
)


def _lone_kind(answer: str) -> bool:
    """Whether a kind named alone (no sibling kind in the note) reads as one: two or three plain
    words, a modifier that sorts ("clustered index", "opposed-blade damper"), not one that judges,
    nor a phrase with a function word ("team that", "amount of stretching")."""
    words = answer.split()
    return (
        2 <= len(words) <= 3 and words[0] not in _JUDGING
        and all(w.replace("-", "").isalpha() and w not in _PHRASE_WORDS for w in words)
    )


# (The prepositions and articles that open no name, the words of a choice, and a clause's opener.)
_PHRASE_WORDS = _LEADING_FUNCTION_WORDS | _CHOICE | {"that", "which", "who", "this"}


def sorts_kinds(terms: list[str], title: str) -> bool:
    """Whether ``terms`` (two or more) all end in one head noun that the title names: the kinds
    of one thing, as "divergent boundary", "convergent boundary" in "Plate boundaries"."""
    heads = {head_of(term) for term in terms}
    return len(terms) >= 2 and len(heads) == 1 and "" not in heads and heads <= named_words(title)
