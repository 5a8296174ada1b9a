"""Names spelled out beside them: a thing named for the role it plays, then a colon ("End products
are melanoidins: large brown polymers ...", "Its characteristic flaw is recoil: ..."), where the
name is the term and the subject only says what part it plays; and a subject that an aside between
dashes defines ("The aperture — the small opening between the lips — controls ...")."""

from __future__ import annotations

import re

from srs.core.extract.entryglosses import COMMAND_VERBS
from srs.core.extract.families import news
from srs.core.extract.filters import plausible_term
from srs.core.extract.found import Found
from srs.core.extract.proseterms import NOT_MODIFIER
from srs.core.extract.subjectwords import EMPTY_HEADS, NOT_SUBJECT, SECOND_PERSON
from srs.core.extract.termcards import term_card

# "The key idea is a prefix code: ...", "End products are melanoidins: ...", "Its characteristic flaw
# is recoil: ...": a subject that names the role a thing plays, a copula, the thing's name of up
# to four words, then a colon and what the name covers.
_ROLE_NAMED = (  # (compiled by ``re`` at its first use: few sentences hold a colon after a copula)
    r"^(?:(?:The|A|An|Its|Their|His|Her|This|Our)\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?"
    # (Not "result" or "outcome", which report a match or a vote: "The result is a draw: ...".)
    r"(?:product|products|flaw|evidence|example|idea|fix|remedy|cure|solution|mechanism|culprit|"
    r"technique|trick|move|tool|test|method|strategy|principle|"
    # ("A milder version is the samba — loss of motor control ...": a kin of the note's subject.)
    r"version|variant|approach|counterpart|opposite|cousin|exceptions?)\s+(?:is|are)\s+(?:(?P<article>an?|the)\s+)?"
    r"(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}|[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})"
    # ("Its opposite is druj, "the lie": ...", "Its opposite is the xiaoren (小人), the "small person", who ...":
    # its characters or its translation may follow the name.)
    r"(?P<gloss>\s+\([^()\n]{1,40}\))?(?P<quoted>,\s+[\"“][^\"”\n]{1,40}[\"”])?(?::|\s+[—–]|,\s+the\s)\s*\S+(?:\s+\S+){3}"
)


# "The opposing ideal is **Werktreue**: faithfulness to ...", "Treatment is mostly **phototherapy**:
# blue-green light ...": the writer set the name in bold, so any subject may say what part it plays.
_BOLD_NAMED = (  # (compiled by ``re`` at its first use: few sentences hold a bold word before a colon)
    r"^[^:;.!?*]{3,70}?\s(?:is|are)\s+(?:(?:mostly|usually|often|mainly|largely|simply|just)\s+)?(?:(?:an?|the)\s+)?"
    # ("The central idea is **śūnyatā** (emptiness): every ...": a translation may stand before the colon.)
    r"\*\*(?P<term>[^*\n:]{2,50}?)\*\*(?:\s+\([^()\n]{1,40}\))?:\s+\S+(?:\s+\S+){3}"
)


# (Not "it", the thing named after a bold name: "**rubisco**: it fixes ...".)
_PRONOUNS = frozenset("he she they we you i his her their our".split())
# What opens a clause of its own after a role's name: news or a remark ("The exception is the
# billing module — it stays ..."), not what the name covers.
_CLAUSE_OPENERS = _PRONOUNS | frozenset("it its this that there".split())
_DAYS = frozenset("today tonight tomorrow yesterday".split())
_PERSON_ROLES = frozenset(
    "winner winners speaker speakers chair lead owner contact author guest guests captain coach teacher tutor "
    "manager boss organiser organizer presenter".split()
)


# Subjects that only relate a name to the note's subject: "A milder version is the samba — ...",
# "The exceptions are the labials — ...".
_KIN_SUBJECTS = frozenset("version versions variant variants counterpart opposite cousin exception exceptions".split())
_KIN_SUBJECT = re.compile(r"^(?:(?:The|A|An)\s+)?(?P<modifier>(?:[a-z][\w-]*\s+){0,2}?)([a-z]+)\s+(?:is|are)\s+(?P<article>the|an?)\s")


def kin_before_name(text: str) -> bool:
    """Whether a sentence's subject is only a kin of the note's subject, and the name after "is
    the" the term ("A milder version is the samba — ..."); "An exception is an event that ..."
    defines the kin word itself."""
    kin = _KIN_SUBJECT.match(text)
    if kin is None or kin.group(2).lower() not in _KIN_SUBJECTS:
        return False
    # ("A milder version is a samba — ...": a comparison makes a kin of it whatever the article.)
    modifier = (kin.group("modifier").split() or [""])[-1].lower()  # the word before the kin noun
    return kin.group("article").lower() == "the" or modifier.endswith(("er", "est")) or modifier in ("other", "different", "related", "similar")


def role_named(text: str) -> Found | None:
    """The card of a sentence that names the thing playing a role, then spells it out after a
    colon (``_ROLE_NAMED``): the name is the term. Not an empty word ("The problem is time: ..."),
    an adjective or an adverb ("The result is obvious: ...", "The cure is mostly ..."), nor steps.
    A name in bold (``_BOLD_NAMED``) may follow any subject."""
    if "**" in text:
        bold = re.match(_BOLD_NAMED, text)
        if bold is not None:
            words = bold.group("term").lower().split()
            after = text[bold.end("term") + 3 :].split(None, 1)[:1]
            first_after = after[0].lower().strip(",;") if after else ""
            if words[-1] in EMPTY_HEADS or words[0] in NOT_MODIFIER or first_after in COMMAND_VERBS or first_after in _PRONOUNS:
                return None  # ("The winner is **Team Blue**: they scored ...": news of a name)
            subject = set(text[: bold.start("term")].lower().replace("'s", "").split())
            if not _PERSON_ROLES.isdisjoint(subject):
                return None  # "Next week's host is **Priya**: ...": a person in a role
            if not _DAYS.isdisjoint(subject):
                return None  # "The plan for today is **groceries** (Lidl): ...": a day's plan
            return term_card(text, bold.start("term"), bold.end("term"), "known_as", not_words=NOT_SUBJECT, addressed=SECOND_PERSON)
    match = re.match(_ROLE_NAMED, text)
    if match is None:
        return None
    words = match.group("term").lower().split()
    if words[-1] in EMPTY_HEADS or words[0] in NOT_MODIFIER or not plausible_term(match.group("term")):
        return None
    term = match.group("term")
    if term[:1].isupper() and not term.split()[0].isupper():
        return None  # "The main tool is Excel: ...", "The culprit is Dave: ...": a name, not a term
    glossed = match.group("gloss") or match.group("quoted")  # a translation makes a name of it
    if words[0].endswith("ly") or (
        len(words) == 1 and match.group("article") is None and not glossed and (len(words[0]) < 6 or words[0].endswith(_ADJECTIVE_ENDINGS))
    ):
        return None  # "The evidence is weak: ...", "The move is risky: ...": how it is, not what
    after = text[match.end("term") :].lstrip(" :—–").split(None, 1)[:1]
    if after and after[0].lower().strip(",;") in COMMAND_VERBS:
        return None  # "The fix is simple: restart the router ...": steps, no name
    if after and after[0].lower().strip(",;") in _CLAUSE_OPENERS:
        return None  # "The exception is the billing module — it stays ...", "A cheaper version is the bus — it takes ...": news
    return term_card(text, match.start("term"), match.end("term"), "known_as", not_words=NOT_SUBJECT, addressed=SECOND_PERSON)


# Endings of English adjectives: a predicate of one such word says how the thing is ("obvious").
_ADJECTIVE_ENDINGS = ("ous", "ful", "ive", "able", "ible", "ic", "al", "ent", "ant", "less", "ple", "ear", "asy", "ard", "y")


# "The aperture — the small opening between the lips — controls ...": a subject of one to three
# words in lower case, then an aside between dashes that opens with an article and says what the
# subject is, then the rest of the sentence.
_DASH_APPOSITIVE = (  # (compiled by ``re`` at its first use: few sentences set an aside in dashes)
    r"^(?:(?:The|A|An)\s+)?(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})\s+(?P<dash>[—–])\s+"
    r"(?:the|an?)\s+(?P<head>[a-z][\w'’-]*)(?P<rest>(?:\s+[^—–\s]+){2,12}?)\s+(?P=dash)\s+[a-z]"
)
# What the aside must hold to say what its subject is: a pin after the head noun.
_APPOSITIVE_PINS = frozenset("of that which whose where between used for in on with the a an can could".split())


# "Siphoning — liquid getting pulled out of the jars — is usually ...", "The C:N ratio — carbon
# to nitrogen in the feedstock, by mass — is ...": an aside with no article, a bare noun and
# what it does or is measured against, then the subject's verb.
_BARE_DASH_APPOSITIVE = (  # (compiled by ``re`` at its first use: few sentences set an aside in dashes)
    r"^(?:(?:The|A|An)\s+)?(?P<term>[A-Za-z][\w:'’-]*(?:\s+[a-z][\w'’-]*){0,2})\s+(?P<dash>[—–])\s+"
    r"(?P<head>[a-z][\w'’-]*)\s+(?:[a-z]{3,}(?:ing|ed)\s+(?:[a-z]+\s+)?(?:out|off|up|down|in|into|from|by|with|over|through|on)|to\s+[a-z]+\s+(?:in|of))\b"
    # (Then what the subject is: "... — is usually the result of ...", not what befell it: "The
    # kitchen — water dripping from the ceiling — is closed until Friday".)
    r"[^—–]{0,80}?\s+(?P=dash)\s+(?:(?:is|are)\s+(?:(?:usually|often|typically|simply|mostly)\s+)?(?:the|an?|one)\s|"
    # ("Oven spring — gas expanding in the dough ... — makes the loaf rise": what it does.)
    r"(?:makes|gives|causes|explains)\s)"
)



_ACTION_NOUN_ENDINGS = ("ing", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "sis", "ism", "age", "ure")


def dash_appositive(text: str) -> Found | None:
    """The card of a sentence whose subject an aside between dashes defines (``_DASH_APPOSITIVE``,
    ``_BARE_DASH_APPOSITIVE``), or None: not when the aside's head is an empty word ("the one on
    Friday") or nothing pins it."""
    bare = re.match(_BARE_DASH_APPOSITIVE, text)
    # (Not a report of what befell the subject: "The garden — weeds coming up through the gravel —
    # is a mess again".)
    if bare is not None and not news(text) and bare.group("head") not in EMPTY_HEADS and bare.group("term").split()[0].lower() not in NOT_MODIFIER and (
        # A capitalised word with no article is a name ("Tom — coffee spilled on his shirt — was
        # late"), unless it is a noun of action or state ("Siphoning", "Cavitation").
        bare.start("term") > 0 or " " in bare.group("term") or bare.group("term").endswith(_ACTION_NOUN_ENDINGS)
    ):
        return term_card(text, bare.start("term"), bare.end("term"), "term_is", not_words=NOT_SUBJECT, addressed=SECOND_PERSON)
    match = re.match(_DASH_APPOSITIVE, text)
    if match is None or match.group("head") in EMPTY_HEADS or match.group("head").endswith("ly"):
        return None
    if _APPOSITIVE_PINS.isdisjoint(match.group("rest").lower().split()[:4]):
        return None  # (the writer's or the reader's own: ``term_card`` turns it away)
    words = match.group("term").split()
    if words[-1] in EMPTY_HEADS or words[0] in NOT_MODIFIER:
        return None
    return term_card(text, match.start("term"), match.end("term"), "term_is", not_words=NOT_SUBJECT, addressed=SECOND_PERSON)

