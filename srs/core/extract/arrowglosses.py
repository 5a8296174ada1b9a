"""Arrow glosses: what follows the arrow of an entry line ("term → gloss") read as a gloss or as a
consequence.

The arrow says "leads to" as often as "means": "chronic stress → cortisol stays high", "too
dry → the rim cracks", "low gear → more torque" give what comes of a condition. An arrow line
defines when what follows is a description of the thing named before it:

    rock flour → fine sediment of glaciers that ...      a bare noun pinned down
    stall → the loss of lift when ...                    an article opening a noun phrase
    sublimation → turning straight from ice to vapour  a gerund and its object, the act named

and, for a gerund, the term names a thing, not a condition ("too wet", "higher dose") nor a
clause. (A verb in "-s" after the arrow is left alone: "keel → moves the boat ..." glosses as
often as it tells what a part of a thing does, and a plural noun reads the same: "lines cross".)
"""

from __future__ import annotations

import re

from srs.core.extract.frames import arrow_condition, arrow_step
from srs.core.extract.ownname import VERB_FORM, compound_adjective

# Words that pin a bare noun down, in the languages notes are written in ("tableau qui reprend ...",
# "azione passata avvenuta prima di ...", "measure of ..."), and where a thing comes from or lies
# ("food poisoning from badly stored rice", "zigzag band along the top of the wall").
_ARROW_PINS = frozenset("of that which who whose qui que dont où che cui di del della dello dei delle de du des do da dos das from along between within".split())
# A verb and its object before an arrow: "change the angle → ...", "add your starter → ...".
STEP_TERM = re.compile(r"[a-z]+\s+(?:the|a|an|your|its|their|some)\s", re.I)
# Verbs a clause after an arrow holds, which a noun phrase does not.
_CLAUSE_VERBS = frozenset("is are was were has have goes gets stays rises falls".split())


def arrow_noun_phrase(body: str) -> bool:
    """Whether what follows an arrow is a bare noun phrase pinned down (a gloss), not a clause
    with a verb of its own (a consequence): a lower-case noun, then a pinning word among the
    next five words, and no finite verb of English before it."""
    words = body.split(None, 6)
    # ("spindle-shaped cell in the lining that ...": a compound adjective opens it too.)
    if len(words) < 3 or not words[0].replace("-", "").isalpha() or not words[0].islower() or (not compound_adjective(words[0]) and VERB_FORM.match(words[0])):
        return False
    for word in words[1:6]:
        low = word.lower()
        if low in _ARROW_PINS:
            return True
        if low in _CLAUSE_VERBS:
            return False
    return False


# Gerunds that open no action ("nothing left", "during the night", "according to ...").
_NOT_GERUNDS = frozenset("nothing something anything everything during according being bring thing king spring string ring morning evening".split())
# Pronouns after a gerund make a step or a story of it ("putting them back → ...", "keeping it dry").
_PRONOUNS = frozenset("it them him her me us you this that these those".split())
# Words after a gerund that make a step of it, done to the thing named ("chain → oiling after the
# rain", "panel → gluing up ..."), and words of a date that place it on a to-do list.
_STEP_FOLLOWERS = frozenset("after before until till once every up over out off back down away to again then".split())
_CALENDAR = frozenset(
    "january february march april may june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday tomorrow tonight weekend".split()
)
# Verbs of a clause in a term: "horses can't vomit → ...", "the wall is wet → ...".
_TERM_CLAUSE_WORDS = frozenset("is are can't cannot won't don't doesn't".split())


def _names_a_thing(term: str) -> bool:
    """Whether the term before an arrow names a thing: one to four words, no word of a condition
    or a count in it ("too wet", "one ally": ``arrow_condition``) and no verb of a clause."""
    words = term.lower().split()
    if not words or len(words) > 4 or "/" in term or words[0] == "aka":
        # ("cotton/jute → rots in a year": things compared, not one named; "aka raft → ...": the
        # other name of a thing named before.)
        return False
    return not arrow_condition(term) and _TERM_CLAUSE_WORDS.isdisjoint(words)


def arrow_gerund(term: str, body: str) -> bool:
    """Whether what follows an arrow after a thing's name is a gerund and its object, the act the
    term names ("sublimation → turning straight from ice to vapour"): no step (``arrow_step``) and no
    pronoun of a story in its first words; not after a plural (the things a step is done to), nor
    before a word of a step's timing or a date or a capitalised name."""
    words = body.split(None, 4)
    if len(words) < 3 or not _names_a_thing(term) or arrow_step(body):
        return False
    first = words[0]
    if not first.isalpha() or not first.islower() or not _PRONOUNS.isdisjoint(w.lower().strip(",;.") for w in words[1:4]):
        return False
    if not (first.endswith("ing") and len(first) >= 6 and first not in _NOT_GERUNDS):
        return False
    last = term.lower().split()[-1]
    if last.endswith("s") and not last.endswith(("ss", "is", "us")):
        return False  # "onions → frying slowly ...": things a recipe's step is done to, no act named
    nxt = words[1].lower().strip(",;.")
    if nxt in _STEP_FOLLOWERS or nxt.endswith("ly"):
        return False  # "chain → oiling after the rain", "panel → gluing up ...": a step done to the thing
    if any(w[:1].isupper() or w.strip(",.").lower() in _CALENDAR for w in body.split()[1:]):
        return False  # "pension → checking the statement in July", "login → clicking Export": a task, a UI step
    return True

