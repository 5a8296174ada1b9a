"""Terms named at the end of the sentence that describes them ("The unemployment rate at which
inflation is stable is known as the NAIRU.") or by the condition that calls for them ("We speak of
moral hazard when ...", "A country has a comparative advantage in a good when ...")."""

from __future__ import annotations

import re

from srs.core.extract.found import Found
from srs.core.extract.namings import NAMED_KINDS, PHRASAL_PARTICLE, named_around, naming_words, plain_naming
from srs.core.extract.sentences import Sentence
from srs.core.extract.subjectwords import NOT_SUBJECT, NOT_TERM_WORDS, SECOND_PERSON
from srs.core.extract.termcards import term_card

__all__ = ["condition_named", "named_last", "named_law"]

_YOU = re.compile(r"\b(?:you|your)\b", re.I)


# "The unemployment rate at which inflation is stable is known as the NAIRU.", "... are what Robert
# Bjork called desirable difficulties.": a described subject, then the name that closes the sentence.
_NAMED_LAST = re.compile(
    r"\s(?:(?:is|are|was|were)\s+(?:(?:also|often|sometimes|usually|commonly|now|collectively|simply|technically|informally|formally|loosely)\s+)?(?:called|known\s+as|termed|referred\s+to\s+as)"
    r"(?!\s+" + PHRASAL_PARTICLE + r")"
    r"|(?:is|are)\s+what\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+(?:called|calls|termed|terms|named|names)"
    # ("... is what everybody calls the hip snap.", "... is what sailors call a knockdown.": the
    # people of a craft name it.)
    # (A noun with its article: "... is what tourists call cheap" praises, names nothing.)
    r"|(?:is|are)\s+what\s+(?:everybody|everyone|people|most\s+people|the\s+trade|[a-z]{3,}ers|[a-z]{3,}ors|[a-z]{3,}ists)\s+(?:call|calls|called)"
    r"(?=\s+(?:the|an?)\s+(?!(?:bad|good|great|real|total|complete|proper|nice|perfect|huge|big)\b)))\s+"
    # ("... are called cloisons (French for "partitions").": an aside may close the sentence.)
    r"(?:the\s+|an?\s+)?(?P<term>[^\s,.;:()*_`\[\]]+(?:\s+[^\s,.;:()*_`\[\]]+){0,3})(?:\s+\([^()]{1,60}\))?\s*(?:[.;!]?\s*$|;\s|,\s|:\s|\s[—–]\s|\s(?=(?:and|but)\s+(?!(?:he|she|it|they|we|you|i|there|this|that|these|those|nobody|everyone|the|an?|its|their|his|her|my|our|your)\s)[a-z]))"
    # ("... is called the trap seal; usual depth 50–75 mm.": a remark may follow a semicolon, a
    # comma, a colon, a dash or a conjunction that goes on with the same subject: "That diagonal
    # give is called bias stretch, and the whole ...", "The behaviour is called egg eviction and
    # usually starts ...", not "... is called the green and kids play ...".)
)


# Pronouns that end like a gerund: "Something like this is called ..." points, names no activity.
_PRONOUNS_ING = frozenset("something anything everything nothing".split())
# Endings of abstract nouns, which name processes and patterns, not pets or projects ("The rotation
# is called ...", not "The kitten is called miso", "The project is called phoenix").
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "sis", "ity", "ance", "ence", "ing", "ism", "ure", "ness")


def named_last(sentence: Sentence) -> Found | None:
    """The card of a sentence whose described subject is named at its end, or None (or of a term
    named by what stands around it: ``namings``)."""
    text = sentence.text
    # "termed" holds "term", a word plain_naming needs too: one substring test serves both (the
    # longer word is looked for only where the shorter stands).
    term = "term" in text
    naming = "call" in text or "known as" in text or (term and "termed" in text) or "referred" in text
    match = _NAMED_LAST.search(text) if naming else None
    if match is None:
        # Also for a sentence that says "called" elsewhere: "Current is measured in amperes,
        # often called amps." names its unit by what stands around it.
        found = named_around(sentence)
        if found is None and (naming or term or naming_words(text)):
            found = plain_naming(sentence)
        return found
    before = text[: match.start()].split()
    # "This process is termed apoptosis.": a demonstrative subject points at the sentence before
    # (the card's context), so two words describe enough.
    # ("This is known as the Doppler effect.": the demonstrative alone points back as well.)
    term = match.group("term")
    if text.startswith(("and ", "but "), match.end()) and text[: match.start("term")].endswith(("the ", "The ")):
        return None  # "The park is called the green and kids play there": a place's name, a remark after it
    # ("The compartments themselves are called cloisons.", "The rotation is called retrogradatio
    # cruciata.": a subject with its article describes enough when the name is a common noun, in
    # lower case, of a subject in the plural or an abstract one, or of two words; a pet's or a
    # project's name is one word: "The kitten is called miso.")
    article_subject = len(before) >= 2 and before[0] in ("The", "These", "Each", "Every") and term[:1].islower() and (
        before[1].endswith("s") or " " in term or before[1].lower().endswith(_ABSTRACT_ENDINGS)
    )
    # ("Feeding on blood is called hematophagy.": an activity named, a gerund and what it takes.)
    # ("Building C is called the annex": a name; an activity's is bare.)
    activity = (
        len(before) >= 2 and before[0].endswith("ing") and before[0].lower() not in _PRONOUNS_ING and before[1][:1].islower()
        and term[:1].islower() and not text[: match.start("term")].endswith(("the ", "a ", "an "))
    )
    if len(before) < 4 and not article_subject and not activity and not (len(before) >= 1 and before[0].lower() in ("this", "these", "such", "that", "those")):
        return None
    # A lower-case term or an acronym: a capitalised name here is a pet, a café or a person,
    # unless it ends with a kind of concept ("the Doppler effect", "Gresham's law").
    if not (
        term[:1].islower() or (len(term.split()) == 1 and term.isupper() and len(term) >= 2)
        or (len(term.split()) >= 2 and term.lower().endswith(NAMED_KINDS))
    ):
        return None
    return term_card(text, match.start("term"), match.end("term"), "known_as", not_words=NOT_SUBJECT, addressed=SECOND_PERSON)


# "We speak of moral hazard when ...", "One speaks of a liquidity trap if ...": the writer's "we" here
# is the field's, naming the term by its condition.
_SPEAK_OF = re.compile(
    r"^(?:We|One)\s+(?:speak|speaks|talk|talks)\s+(?:of|about)\s+(?:an?\s+|the\s+)?"
    r"(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+(?:when|whenever|if)\s+\S+(?:\s+\S+){3}"
)
# "A country has a comparative advantage in a good when it ...": a property held under a condition.
_HAS_WHEN = re.compile(
    r"^(?:An?|Any|Each)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:has|have|holds)\s+an?\s+"
    r"(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+(?:(?:in|over|for|on)\s+(?:an?\s+|the\s+)?[\w-]+\s+)?"
    r"(?:if|when|whenever)\s+\S+(?:\s+\S+){3}"
)

# "An integer a is a quadratic residue modulo p if ...", "A job is idempotent when ...": the
# condition under which a thing earns the term. Ordinary sentences have this shape too ("A cake is
# done when ...", "A day is a success if ..."), so the note's title must name the term.
_IS_WHEN = re.compile(
    r"^(?:An?|Any|Each|Every)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:\s+[A-Za-z](?=\s))?\s+(?:is|are)\s+"
    r"(?:called\s+|said\s+to\s+be\s+)?(?:an?\s+)?(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)"
    r"(?:\s+(?:modulo|mod|over|on|in|of|under|for)\s+(?:an?\s+|the\s+)?[\w-]+)?,?\s+(?:if|iff|when|whenever)\s+\S+(?:\s+\S+){3}"
)

# A thing's state in a workflow or a day is no term, whatever the title says: "A ticket is ready for
# review when ..." under "Ready for review", "A build is done when ...".
_STATES = frozenset(
    "ready done finished complete completed over open closed available due late full empty busy allowed "
    "possible fine okay good bad better worse".split()
)


def condition_named(sentence: Sentence, title: str = "") -> Found | None:
    """The card of "We speak of X when ...", "A country has a X in ... when ..." or, in a note
    whose title names X, "A job is X when ...", or None."""
    text = sentence.text
    if " when" not in text and " if " not in text:
        return None
    match = _SPEAK_OF.match(text) or _HAS_WHEN.match(text)
    if match is None and title:
        match = _IS_WHEN.match(text)
        # The title names the term by its stem: "Accretion dilution" for "accretive".
        if match and (
            match.group("term").lower().split()[0] in _STATES
            or not any(word[:5] in title.lower() for word in match.group("term").lower().split() if len(word) >= 5)
        ):
            match = None
    if match is None:
        return None
    return term_card(text, match.start("term"), match.end("term"), "term_is", not_words=NOT_TERM_WORDS, addressed=_YOU)


# "The minus sign is Lenz's law: the induced current ...", "The standard scheme is the Metonic
# cycle: 19 solar years ...": a described thing named by a law or a cycle with a capital, then
# what it says after a colon.
_NAMED_LAW = re.compile(
    r"^(?:The|A|An)\s+(?:[a-z][\w-]*\s+){1,3}(?:is|was)\s+(?:the\s+)?"
    r"(?P<term>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:law|cycle|principle|effect|theorem|paradox|equation|criterion)):\s+\S+(?:\s+\S+){3}"
)


# Subjects that rank a team's or a household's rules: "The only rule is ...", "The first rule is ...".
_RANKING = frozenset("only first main one golden house".split())


def named_law(text: str) -> Found | None:
    """The card of "<a described thing> is <Name>'s law: <what it says>", or None."""
    match = _NAMED_LAW.match(text)
    if match is None:
        return None
    subject = text[: match.start("term")].lower().split()
    if not _RANKING.isdisjoint(subject) or match.group("term").startswith("Team "):
        return None  # "The only rule is Ola's law: whoever breaks the build ...": a house rule, ranked
    return term_card(text, match.start("term"), match.end("term"), "known_as")
