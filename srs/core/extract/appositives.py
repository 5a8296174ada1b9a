"""A term met in the middle of a sentence and glossed at once by an appositive.

Writers who explain as they go name a thing where the sentence needs it and then say what it is,
set off by a colon, a dash, a comma or "i.e."::

    It all starts with the primitive streak: a thickened groove of cells along the midline.
    The limit for an ordinary interferometer is shot noise, the noise that comes from photons ...
    The Moon seems to nod thanks to libration, the slight apparent rocking of its face ...
    Many pennate diatoms have a raphe — a slit running along the frustule through which ...
    It builds on his notion of chrono-urbanism: planning the city around time ...
    Changing datum moves the points — a datum shift, i.e. the difference in position of ...

The term is the noun phrase right before the mark, back to the word that opens it (an article,
a possessive, a preposition or a verb): lower case, one to four words that can name a concept.
What follows the mark must say which thing it is: an article and a noun pinned down by "of",
"that", "which", a participle and its preposition ..., with no verb of its own, or (after a
colon or a dash) a gerund phrase. That is what an appositive definition is and what an aside is
not: "we went to the market, the one near the station", "the meeting ran long: the keynote of
the morning ran over", a sentence's opening ("According to the report, the number of ...") or
subject ("The landlord, a retired teacher who ..., fixed ..."), a person. A term the writer set
in bold or italics ("because of **false positives**: abiotic ways to ...") needs no pin.
"""

from __future__ import annotations

import re

from srs.core.extract.appositiveasides import aside_not_gloss
from srs.core.extract.appositivewords import FINITE, IRREGULAR_PAST, WORD, clause, sized, vague_head, verb_phrase
from srs.core.extract.entryglosses import COMMAND_VERBS
from srs.core.extract.families import NOT_GERUNDS
from srs.core.extract.filters import is_label
from srs.core.extract.labelwords import LINE_LABELS
from srs.core.extract.found import Found
from srs.core.extract.proseterms import GENERIC_HEADS, NOT_MODIFIER, concept_words
from srs.core.extract.sentences import Sentence
from srs.core.extract.termcards import term_card

__all__ = ["appositive_term"]

# Nouns that only say what kind of thing the term after "of" is: "the doctrine of estoppel" hides "estoppel".
_CLASS_NOUNS = frozenset("doctrine principle concept notion idea theory term word practice method process art".split())
# The marks that set a gloss off after a term, each read with its spaces; a comma only before an
# article (a comma before anything else joins a list or a clause).
_MARK = re.compile(r":\s+|\s[—–]\s+|,\s+i\.e\.,?\s+|,\s+(?=(?:a|an|the)\s)")
# Words that open the noun phrase a term is: a determiner, a possessive, a preposition or a verb
# that takes it as object or complement. The term is what stands between such a word and the mark.
_DETERMINERS = frozenset("the a an its their his her".split())
_PREPOSITION_OPENERS = frozenset("to of in into on onto with by from for about through via".split())
_OPENERS = _DETERMINERS | _PREPOSITION_OPENERS | frozenset(
    """called named is are was were be becomes become became get gets got reach reaches reached has have had
    showed""".split()
)
# Openers that open a term only after the word before them says so: a verb of showing after a
# conjunction or a modal ("... but show creep: ..."), an object pronoun after a verb that gives
# or shows ("He showed us tentering: ..."). Elsewhere they are part of a name ("carbon use
# efficiency", "the trade show", "the US dollar").
_USERS = frozenset(
    "also often usually mostly mainly increasingly now then still and but which that they it we people who".split()
)
_PLURAL_NOUN = re.compile(r"[a-z]{2,}[^su'’\W]s$")
_GIVING_VERBS = frozenset("showed shows show gave gives give told tells taught teaches sent brought let lets".split())
_OPENERS_AFTER = {
    "show": frozenset("but and or also often usually may can will to which that they then".split()),
    "shows": frozenset("but and or also often usually which that it then".split()),
    # ("So QC increasingly uses chemical fingerprinting – comparing ...": after an adverb or a
    # pronoun; "carbon use efficiency", "the fair use doctrine" are names.)
    "use": _USERS,
    "uses": _USERS,
    "used": _USERS,
    "us": _GIVING_VERBS,
    "them": _GIVING_VERBS,
    "him": _GIVING_VERBS,
    "me": _GIVING_VERBS,
}
# Nouns whose "of" names the term itself ("his notion of chrono-urbanism: ..."); after any other
# noun the appositive may be the other noun's ("a list of strings, the names of ...").
_NAMING_HEADS = frozenset(
    """notion concept idea theory principle process law method phenomenon effect name term doctrine
    practice technique model""".split()
)
# Words that end a term's reach back: a number, a preposition no term opens with, a hedge.
_NOT_TERM_WORDS = frozenset(
    """one two three four five six seven eight nine ten twenty thirty forty fifty hundred thousand
    several many few at as under over between after
    during before within without among against per than so-called well-known""".split()
)
# Nouns of people: "went to her grandmother, the woman who ...": a person, not a term.
_PERSON_HEADS = frozenset(
    """man men woman women person people boy girl son daughter mother father wife husband friend lady
    teacher owner guy""".split()
)
# An aside in brackets between the term and the mark: an abbreviation or the names of a source
# ("(EMC)", "(Lewis, Nemirow)"); an aside of its own ("(a few tens of metres)", "(s 238)") is no
# part of a term's name.
_TERM_ASIDE = re.compile(r"\([A-Z][^()\d]{0,39}\)$")  # (the spaces before it are stripped: no backtracking over them)
# A name before a lower-case noun names an eponymous thing ("an Emlen funnel", "Glen's flow law").
_EPONYM = re.compile(r"[A-Z][a-z]+(?:['’]s)?")
# What pins the gloss's noun down, among its first words.
_PIN = re.compile(
    r"\b(?:of|that|which|who|whose|where|when|whereby|between|"
    r"(?:at|in|by|on|to|through|from|for|under|with|below|above)\s+which|"
    r"[a-z]{3,}ed\s+(?:by|to|for|in|from|with|at|as|on|into|along|between|around|about|under|over|through|across|inside|outside)|"
    # "... starter sold by specialist suppliers", "a base-5 notation known from calendar staves".
    r"(?:known|made|sold|kept|held|built|grown|found|worn|drawn|spun|laid|shown|taken|written|given)\s+"
    r"(?:as|by|from|for|in|on|at|around|into|with|under)|"
    # "a small plastic tool for drawing evenly spaced lines", "a cell with brand-new valves".
    r"for\s+[a-z]{3,}ing|with\s+[a-z-]{3,}\s+[a-z]{3,}s|"
    # "a stone with a smooth domed top": what the thing has.
    r"with\s+(?:an?|the)\s|"
    r"[a-z]{3,}ing\s+(?:along|through|from|in|on|to|between|across|around|into|at|over|under|with))\b"
)
# A glossary line's head: up to four words, then a dash or a colon.
# ("Primary valve – a relay: ...": a dash, then the gloss's article; "histoire: narration of past
# events ... — the plane of ...": a colon, then a gloss in lower case. After a colon and an
# article a label's sentence follows: "Why anyone cares: the limit ... is shot noise, the noise ...".)
_ENTRY_HEAD = re.compile(r"^[^\s:—–]+(?:\s+[^\s:—–]+){0,3}(?:\s[—–]\s+(?:an?|the)\s|:\s+(?!(?:an?|the)\s)[a-z])")
# Words that open no bare noun's gloss: amounts, parts and questions ("most of the cost", "thirds
# of the smallest", "how much of ...").
_NOT_BARE_HEADS = frozenset(
    """most much many some all any none both each half part parts thirds third quarter quarters lots plenty
    rest how what why which who one two three""".split()
)
# A gloss with no article: a noun of up to three words, then "of" ("slow permanent movement of ...").
_BARE_NOUN_OF = re.compile(r"(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]{2,}\s+of\s+\S")
# Nouns of set phrases after a preposition ("on purpose", "in practice"): no term.
_IDIOM_NOUNS = frozenset("purpose practice general fact particular principle theory short turn total addition contrast effect wild meantime".split())
# A sentence that opens by denying: what follows says what the thing is not.
_DENIALS = frozenset("not never".split())
# A participle after a verb of being is a predicate, not a term ("Data are given as percentiles: ...").
_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|en|wn)$")
_BE = frozenset("is are was were be becomes become became".split())
# Possessives and articles a gerund gloss takes its object with ("planning the city ...").
_OBJECT_OPENERS = _DETERMINERS | {"one"}
# Words that open a clause which a comma ends ("Once a glacier is thick enough (...), the stress
# ...", "when a drug is given regularly, the point where ..."): the comma is no appositive's.
_SUBORDINATORS = frozenset(
    """when once if as after before while because although though since until unless whenever where
    what how why who which""".split()
)
_QUESTION_WORDS = frozenset("what how why who".split())
# A clause that opens with a preposition before a comma is an adverbial phrase ("In frameless
# window mode, the buttons ...", "In addition, the values ..."): the comma ends it.
_PREPOSITIONS = frozenset(
    """in on at for with by from after before during under over through to of among within without despite
    like unlike besides beyond across along around against below above behind beneath inside outside near
    between toward towards throughout upon according thanks due apart given back even""".split()
)
_ARTICLE = frozenset(("a", "an", "the"))
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# The writer or the reader in the gloss: a remark, not what the term is.
_PERSONAL = re.compile(r"\b(?:I|me|my|we|our|us|you|your)\b")


# A subject that is a term of its own: an article and one to three plain words, then the copula
# ("A red herring is ..."; not "A big part of that barrier is ...", whose predicate names the term).
# ("A key player is filaggrin, a ...": a modifier of rank makes a role of the subject, no term.)
_TERM_SUBJECT = re.compile(r"^An?\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:is|are)\s")


def appositive_term(sentence: Sentence) -> Found | None:
    """The card hiding a term that an appositive glosses in mid-sentence (see the module's
    docstring), or None."""
    text = sentence.text
    if not text.isascii() and "—" not in text and "–" not in text:
        return None  # (the rule reads English: a sentence outside ASCII needs a dash to be one)
    for mark in _MARK.finditer(text):
        found = _glossed_before(text, mark)
        if found is not None and not text[: mark.start()].lower().endswith(("note to self", "notes to self")):
            return found  # ("note to self: ...": the writer's label, no term)
    return None


def _glossed_before(text: str, mark: re.Match[str]) -> Found | None:
    """The card of the term before ``mark`` when what follows the mark glosses it."""
    gloss = text[mark.end() :]
    if "(" in gloss:
        gloss = _BRACKETED.sub("", gloss)  # "a warm acid bath (sodium bisulphate) that ...": the aside aside
    words = gloss.split(None, 10)
    if len(words) < 4 or _PERSONAL.search(" ".join(words[:10])):
        return None
    first = words[0].lower()
    if mark.start() > 0 and text[mark.start() - 1] in "*_":
        return _marked_before(text, mark, words)
    if first in _ARTICLE:
        if (vague_head(words[1]) and not sized(words)) or words[1].lower().strip(",") in _PERSON_HEADS:
            return None  # "the one near the station", "the woman who ...": no noun of its own, a person
        if _PIN.search(" ".join(words[:8])) is None or clause(words):
            return None  # no noun pinned down, or a clause: "— the player was expected to know"
    elif mark.group().startswith(",") or not (
        (first.endswith("ing") and len(first) > 5 and words[0].islower() and first not in NOT_GERUNDS and words[1].lower() in _OBJECT_OPENERS)
        or (mark.group()[0] == ":" and first not in _NOT_BARE_HEADS and first not in COMMAND_VERBS and _BARE_NOUN_OF.match(" ".join(words[:5])))
    ):
        # A gloss opens with an article, or (after a colon or a dash) a gerund and its object, or
        # a noun of up to three words and "of" ("show creep: slow permanent movement of a joint").
        return None
    before = text[: mark.start()]
    end = len(before)
    aside = _TERM_ASIDE.search(before)
    if aside is not None:
        before = before[: aside.start()].rstrip()
        end = len(before)
    head_words = before.rsplit(None, 5)
    if len(head_words) < 2:
        return None  # the term opens the sentence: a glossary line, the line rules' to read
    term_words: list[str] = []
    opener = ""
    at = len(head_words)  # the opener's place among head_words
    for at in range(len(head_words) - 1, -1, -1):
        word = head_words[at]
        if (
            word == "of" and term_words and len(term_words) <= 2 and at >= 2 and head_words[at - 1].islower()
            and WORD.fullmatch(head_words[at - 1]) and head_words[at - 2].lower() in ("the", "a", "an")
            and head_words[at - 1].lower() not in GENERIC_HEADS and head_words[at - 1].lower() not in _NOT_TERM_WORDS
            and head_words[at - 1].lower() not in _CLASS_NOUNS
        ):
            # "breach the warranty of habitability, i.e. the implied promise ...": a noun and its
            # "of" name the term together, opened by the article before them.
            term_words[0:0] = [head_words[at - 1], "of"]
            at -= 2
            opener = head_words[at].lower()
            break
        if word.lower() in _OPENERS:
            opener = word.lower()
            break
        # (After a plural noun too: "Many bakers use tangzhong: ...", "Old joints show creep: ...".)
        if word in _OPENERS_AFTER and at >= 1 and (
            head_words[at - 1].lower() in _OPENERS_AFTER[word]
            or word[:1] in "su" and _PLURAL_NOUN.match(head_words[at - 1]) is not None
        ):
            opener = word
            break
        if term_words and word[-2:] in ("'s", "’s") and word[:1].islower() and not mark.group().startswith(","):
            opener = "'s"  # "uses the horse's flight zone: ...": whose it is opens the term
            break
        if (
            term_words and word.endswith(":") and mark.group().startswith(",") and not verb_phrase(term_words)
            and 1 <= len(text[: mark.start()].split()) - len(term_words) <= 3 and text[: mark.start()].split()[-len(term_words) - 1] == word
        ):
            opener = ":"  # "Flip side: inbreeding depression, the loss of ...": a label's colon opens it
            break
        if word == "=" and term_words and not (at >= 1 and head_words[at - 1].isupper()):
            # "Reserve = floridean starch, a glycogen-like polymer ...": what "=" names. (Not an
            # abbreviation's expansion, "CAD = computer-aided dispatch, the software ...": the
            # line's term is the abbreviation.)
            opener = "="
            break
        if word.lower() in _NOT_TERM_WORDS or "'" in word or "’" in word:
            return None  # "includes three tools:", "at room temperature:", "the cell's nucleus:"
        if not WORD.fullmatch(word) and not (term_words and _EPONYM.fullmatch(word)):
            return None  # a capital (a name), a digit or a mark: not a plain term
        term_words.insert(0, word)
    else:
        return None  # no word that opens the noun phrase: where the term starts is not known
    if not term_words or len(term_words) > 4 or (len(term_words) == 1 and len(term_words[0]) < 4):
        return None
    if (len(term_words) == 1 and term_words[0] in _IDIOM_NOUNS) or (opener in _BE and _PARTICIPLE.match(term_words[0])):
        return None  # "on purpose: ...", "are given as percentiles: ...": a set phrase, a predicate
    after_be = opener in _BE or (opener in _DETERMINERS and at >= 1 and head_words[at - 1].lower() in _BE)
    subject = _TERM_SUBJECT.match(text) if after_be else None
    if subject is not None and NOT_MODIFIER.isdisjoint(subject.group("words").lower().split()):
        return None  # "A red herring is the opposite move: a plant that ...": the gloss is the subject's
    if not concept_words(term_words) or term_words[-1] in GENERIC_HEADS or "and" in term_words or "or" in term_words:
        return None
    if term_words[-1].endswith("ed") and not term_words[-1].endswith("eed") and len(term_words[-1]) > 4:
        return None  # "after the harvest failed, i.e. ...": a verb, not a noun
    comma = mark.group().startswith(",")
    verb = head_words[at - 1].lower() if opener in _DETERMINERS and at >= 1 else ""
    if comma and (verb.endswith("ed") or verb in IRREGULAR_PAST or verb in ("had", "got")):
        return None  # "Booked the cottage, a stone house with ...": a diary's deed, what it was like
    if not _placed_as_term(head_words, at, opener, comma, first not in _ARTICLE):
        return None
    start = end - len(" ".join(term_words))
    entry = _ENTRY_HEAD.match(text)
    if entry is not None and entry.end() <= start and not is_label(entry.group().rstrip(" :—–")):
        return None  # "Primary valve – a relay: a small ... valve": an entry line, whose term opens it
    if _opens_clause(text, start, comma) or text[start:end] != " ".join(term_words):
        return None  # (words not spaced singly: read nothing rather than guess)
    if aside_not_gloss(text, start, mark):
        return None  # a list's item, a description renamed, a marked term's object
    lead = text[:start].split()
    if len(lead) <= 2 and lead and (lead[0].lower() in _DENIALS or lead[0].lower() in LINE_LABELS and mark.group()[0] == ":"):
        # "Not a true aurora: ...", "Consequence for conservation: ...": the term denied, or the
        # label of the line ("Not to be confused with yuba, the skin ..." glosses yuba).
        return None
    synonym = _ALSO_CALLED.search(text, 0, start) if opener == "called" or opener == "as" else None
    if synonym is not None and concept_words(synonym.group("term").split()):
        # "lined with geyserite, also called siliceous sinter: a grey-white ...": the term named
        # first is the one glossed; its other name stays in sight.
        return term_card(text, synonym.start("term"), synonym.end("term"), "appositive_gloss")
    return term_card(text, start, end, "appositive_gloss")


_ALSO_CALLED = re.compile(
    r"\b(?:with|of|by|in|on|from|into|the|a|an)\s+(?P<term>[a-z][\w-]+(?:\s+[a-z][\w-]+){0,2}),\s+"
    r"(?:also|often|sometimes)\s+(?:called|known\s+as)\s+$"
)


def _placed_as_term(head_words: list[str], at: int, opener: str, comma: bool, gerund: bool) -> bool:
    """Whether the noun phrase that ``head_words[at]`` (the ``opener``) opens stands where an
    appositive glosses it. Before a comma, not as the subject opening the sentence ("The
    landlord, a retired teacher who ..., fixed ...") and not as the object of "of" after a noun
    that names no concept ("a list of strings, the names of ...", "the son of the king, the heir
    to ..."); before a gerund, not after "of" at all ("The worst part of the trip: waiting ...");
    never after "like", which compares."""
    before = head_words[at - 1].lower() if at >= 1 else ""
    if opener in _DETERMINERS and before == "of":
        opener, before = before, head_words[at - 2].lower() if at >= 2 else ""
    if comma and at == 0:
        return False
    if before in ("like", "unlike"):
        return False  # "built like the house of cards, i.e. a structure that ...": a likeness, not a term
    return opener != "of" or before in _NAMING_HEADS or not (comma or gerund)


# A term the writer set in bold or italics right before the mark ("... is the **brine**: what ...").
_MARKED_END = re.compile(r"(?:\*\*|__)(?P<bold>[^*_\n]{2,60}?)(?:\*\*|__)$|(?<![*\w])[*_](?P<em>[^*_\n]{2,60}?)[*_]$")
# Words that open a remark or a clause after the mark, not a gloss ("**X** — as the fish ...").
_NOT_GLOSS_OPENERS = frozenset(
    """as so but and or if because since when while then also see e.g. i.e. it its this that these those there
    he she they his her their which who not no""".split()
)


def _marked_before(text: str, mark: re.Match[str], words: list[str]) -> Found | None:
    """The card of a term set in bold or italics in mid-sentence and glossed after ``mark``
    ("... because of **false positives**: abiotic ways to build up the same signal", "... and
    the **interpretant** — the sense the sign produces in ..."). The writer marked the term, so
    the gloss needs no pin: a noun phrase (an article, or a lower-case word) that is no clause, or
    a gerund phrase."""
    before = text[: mark.start()]
    found = _MARKED_END.search(before)
    lead = text[: found.start()].split() if found is not None else []
    if len(lead) < 2 or (lead[-1].lower() not in _OPENERS and lead[-1] != "=") or lead[-1].lower() in _BE:
        # No marked term, one that opens the sentence (a glossary line's), or one in no noun's
        # place: "a roast that *stalls* — ...", "needs more **critique** — ...", "the records
        # are *incomplete*: ..." (an adjective after a verb of being).
        return None
    group = "bold" if found.group("bold") is not None else "em"
    term = found.group(group)
    term_words = term.split()
    if len(term_words) > 5 or term != term.strip() or any(ch.isdigit() for ch in term):
        return None
    if not term.islower() or (not text.isascii() and not text.replace("—", "").replace("–", "").isascii()):
        return None  # "**Kahneman** — ...", "in **Editing view**, ...": a name or a part of an interface; or not English
    first = words[0].lower()
    if first in _NOT_GLOSS_OPENERS or not words[0][:1].isalpha() or not words[0][:1].islower() and first not in _ARTICLE:
        return None
    if mark.group().startswith(",") and first not in _ARTICLE:
        return None  # after a comma only an article opens an appositive
    if not FINITE.isdisjoint(w.lower().strip(",;") for w in words[1:4]):
        return None  # "— the fish are depleted ...": a clause, not what the term is
    if first in _ARTICLE and vague_head(words[1]):
        return None
    return term_card(text, found.start(group), found.end(group), "appositive_gloss")


def _opens_clause(text: str, start: int, comma: bool) -> bool:
    """Whether the stretch of ``text`` that holds the term at ``start`` (from the last comma,
    colon, semicolon, dash or bracket before it) opens a clause that the mark closes: a question
    word before any mark ("What the drug does to the body: ..."), a subordinating word or a
    preposition before a comma ("Once a glacier is thick enough, the stress ...", "In addition,
    the values ...")."""
    cut = max(text.rfind(mark, 0, start) for mark in (",", ":", ";", "—", "–", "("))
    stretch = text[cut + 1 : start].lower().split()
    if not stretch:
        return False
    # ("It finally clicked why the chain rule works: ...": a question word later in the stretch.)
    word = stretch[0]
    # (A phrase that opens with a preposition and goes on into a clause of its own, a subject or a
    # finite verb, ends at no comma of its own: "In most cases the tides are slowed by tidal
    # friction, the loss of ...".)
    adverbial = word in _PREPOSITIONS and _OWN_SUBJECT.search(" ".join(stretch)) is None
    return not _QUESTION_WORDS.isdisjoint(stretch) or (comma and (word in _SUBORDINATORS or adverbial))


_OWN_SUBJECT = re.compile(
    r"\b(?:(?:we|you|i|they|he|she|it)\s+(?!(?:and|or|but)\b)[a-z]|(?:is|are|was|were|has|have|had|can|could|will|would|does|did)\b)"
)
