"""Word sets that the rules reading a plain subject share (``unmarked``, ``namedterms``,
``rolenames``): subjects that are no terms, how a sentence addresses its reader, and heads that
say nothing of what a subject is."""

from __future__ import annotations

import re

from srs.core.extract.filters import STOP_TERMS

__all__ = ["EMPTY_HEADS", "NOT_SUBJECT", "NOT_TERM_WORDS", "SECOND_PERSON"]

# English subjects with "the" or a determiner are events and things of the writer's own world.
NOT_SUBJECT = frozenset(
    """it this that these those there here he she they we i you today yesterday tomorrow also then so but and
    now everything nothing someone something everyone anyone each every all some most many one another
    such both either neither which what who whose why how when where the my our your his her their its
    before after during while since until if because though although once in on at for from with by to
    below above following next previous
    ceci cela ça ce cette ces ici aussi il elle ils elles on esto esta este estos estas eso esa ese aquí también
    ella ello él isto isso esse essa aqui também ele questo questa quello qui anche lui lei dies diese dieser
    dieses das hier auch sie es er ebenso això aquí també siguiente seguinte suivant suivante folgende
    si ciò ecco cosa attualmente abaixo ci-dessous continuación dessous dit deze evenzo ook hier daar voor na
    hieronder hierboven standaard daarna vervolgens bovendien meestal""".split()
)
NOT_TERM_WORDS = NOT_SUBJECT | STOP_TERMS  # no word of a plain subject's term
# Case matters: "the US policy of ..." is no "us". (German's "dir", "wir", "unser" and Dutch "je",
# "jouw", "wij", "onze" ... too: German and Dutch
# definitions read "Das X ist ein Y, das ..." as often as English ones "X is a Y that ...".)
SECOND_PERSON = re.compile(
    r"\b(?:[Yy]ou|[Yy]our|[Ww]e|[Oo]ur|us|dir|dich|[Dd]ein\w*|[Ww]ir|uns|[Uu]nser\w*|[Jj]e|[Jj]ij|[Jj]ouw|[Jj]ullie|[Uu]w|[Ww]ij|[Oo]nze)\b"
)
# Heads that say nothing of what the subject is ("X is the main thing: ...", "is the problem: ...").
# (Not ``GENERIC_HEADS``: "approach", "step", "rule" may say what a thing is: "Tratteggio is the
# Florentine approach: ...", "Cross-dating is the key step: ...".)
EMPTY_HEADS = frozenset(
    """thing things part parts bit lot stuff problem problems issue issues question answer one ones plan mess
    pain joy fun disaster mistake time day place person people point deal catch trick case example
    neither either both same priority priorities enemy challenge concern focus culprit winner""".split()
)

# Prepositions that make the noun phrase after them their object: a term named there is mentioned
# in passing, which a restatement or a gloss qualifies as often as it defines ("... runs along the
# grain, i.e. ...", "moved to the Old Hall (OH): ...").
GOVERNING_PREPOSITIONS = frozenset(
    "of by on in at from with to for into onto via through over under about around between within without like as "
    "along across towards toward against beside near behind below above beyond past inside outside upon per than".split()
)
