"""A bold term set right after a short label and glossed at once: "- classic symptom: **renal
colic**, a severe wave-like flank pain ...", "Closely related: **actor–observer bias** — when it's
my own behaviour ...", "Diagnose first: the **Dix-Hallpike test** — quick move from sitting ...",
"Complication #1: **postherpetic neuralgia** (PHN) — pain persisting ≥ 90 days ...".

Behind a label bold is most often the label's value ("Exam: **12 June**", "Mood: **happy**,
kitchen smells amazing", "talk: **Simple Made Easy** — Rich Hickey") or advice ("Rule of thumb:
**test first** — ..."), which ``keyterms`` turns away. What makes the term one to learn is a
gloss right after it (an aside in brackets may come first): an appositive opened by an article
or a gerund, or a dash, "=" or an arrow followed by a gloss that reads as a definition's body. A name in
capitals ("Speaker: **Jane Doe**, a professor ..."), a value after an article, a task ("Next
action: **order clay**, ...") and an appositive that tells news (", the whole afternoon was a
washout") stay silent.
"""

from __future__ import annotations

import re

from srs.core.extract.bodies import UI_VERBS, VERBISH, definition_body
from srs.core.extract.entryglosses import COMMAND_VERBS
from srs.core.extract.filters import plausible_term
from srs.core.extract.sentences import plain

# The label: a few words (a "#" or a bracket allowed, "Complication #1", "Broadbent (1958)"),
# its colon, and an article at most before the bold term.
_LABEL_BEFORE = re.compile(r"^[^\W\d_][^:*\n]{1,38}:\s+(?:(?:the|a|an)\s+)?$", re.I)
# A label that gives advice: its bold value is the advice, whatever follows.
_ADVICE_WORDS = frozenset("rule rules thumb tip tips advice reminder motto mantra lesson warning todo to-do".split())
# An aside in brackets right after the term: an abbreviation, a translation, a date.
_ASIDE = re.compile(r"\s*\([^()\n]{1,60}\)")
# ", a tablet with 15 rows ...", ", ignoring the opponent's last move ...": an appositive.
_APPOSITIVE = re.compile(r",\s+(?:(?:a|an|the)\s+(?!\*)\S+\s+\S|[a-z]{3,}ing\s+(?!\*)\S)")
# A dash, "=" or an arrow, then the gloss.
_SEPARATOR = re.compile(r"\s*(?:[—–=]|->|→)\s+|\s+-\s+")
_CODE = re.compile(r"`[^`\n]*`")
# Verbs of a to-do line ("Next action: **Order seeds**, ..."), and words that join a name's words.
_TASK_VERBS = frozenset("order buy book call email ring text pay fix send pick collect return renew".split())
_NAME_JOINERS = frozenset("of to and & the de la von van".split())
# A vague head and the verbs of a clause: the appositive tells news, not what the term is.
_VAGUE_HEADS = frozenset("one ones thing things same kind sort".split())
_FINITE = frozenset("is are was were has have had presents present does did will would can could".split())


def label_glossed(text: str, start: int, end: int, term: str) -> bool:
    """Whether the bold ``term`` (its markup spans ``start``-``end`` of ``text``) stands right
    after a short label and is glossed at once (see the module docstring)."""
    label = _LABEL_BEFORE.match(text[:start])
    if label is None or not plausible_term(term) or any(ch.isdigit() for ch in term[:1]):
        return False
    if not _ADVICE_WORDS.isdisjoint(re.findall(r"[\w-]+", label.group().lower())):
        return False
    words = term.split()
    first = words[0].lower()
    if VERBISH.match(first) or first in UI_VERBS or first in COMMAND_VERBS or first in _TASK_VERBS:
        return False  # "if it tips: **stay in the seat**, hold the wheel": an instruction
    if first in ("the", "a", "an") or len(words) > 1 and all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words):
        return False  # "Low point: **the flat tyre** — ...", "Speaker: **Jane Doe**, a professor ...": a value, a name
    at = end
    aside = _ASIDE.match(text, at)
    if aside is not None:
        at = aside.end()
    if _APPOSITIVE.match(text, at):
        return _glosses(text[at:].lstrip(" ,"))
    separator = _SEPARATOR.match(text, at)
    if separator is None:
        return False
    rest = text[separator.end() :]
    if rest.startswith(("**", "__")):
        return False  # "sequence: **warning** → **standby** → **go**": a chain of terms
    # (Code later in the gloss is an example, not an option's value: "— a small utility ... (`SELECT
    # … WHERE id IN (…)`)"; ``definition_body`` turns away any gloss with code.)
    rest = _CODE.sub("code", rest) if "`" in rest else rest
    return definition_body(rest, plain(rest)) in ("sure", "lower", "pinned") and (
        rest.split(None, 1)[0].lower() not in ("a", "an", "the") or _glosses(rest)
    )


def _glosses(gloss: str) -> bool:
    """Whether an appositive after the term (or a gloss opening with an article after a dash)
    describes it, not tells news ("— the finance team presents the Q3 numbers", ", the whole
    afternoon was a washout") or points vaguely ("the one near ...")."""
    words = [w.lower().strip(",.;:") for w in gloss.split()[:6]]
    return len(words) >= 2 and words[1] not in _VAGUE_HEADS and _FINITE.isdisjoint(words[1:])
