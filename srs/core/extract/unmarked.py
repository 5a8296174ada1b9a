"""Definitions whose subject is a plain, unmarked term opening the sentence.

"Détente refers to the easing of tensions ...", "An offer is an expression of willingness to
contract ...", "La mitosis es el proceso de división celular ...", "Le bicamérisme désigne ...":
study notes often define a term in a sentence of its own without bold, link or title. Ordinary
sentences share the copula ("Budget is the main constraint", "The meeting was a waste of time"),
so only a short noun-phrase subject with no determiner but a generic article, then a predicate
that defines (a head noun pinned by "of", "that", "in which" ..., or a defining verb) counts.

``plain_subject``, and ``named_last`` and ``condition_named`` (``namedterms``), are asked of every
sentence of a paragraph or list item that no other rule gave a card.
"""

from __future__ import annotations

import re
from dataclasses import replace

from srs.core.extract.actors import FUNCTION_NEAR, acting_subject, headed_subject
from srs.core.extract.actionterms import gerund_subject
from srs.core.extract.alternation import prefix_tree
from srs.core.extract.cjksubjects import cjk_subject
from srs.core.extract.definingwords import COPULA, DEFINING_VERB, EVALUATIVE, EVALUATIVE_RE, IRREGULAR_PARTICIPLES, PINNED, PINNED_ENGLISH_HEAD, PLACED_PIN, VAGUE_NOUNS
from srs.core.extract.entryglosses import COMMAND_VERBS
from srs.core.extract.eponymlaws import eponym_law
from srs.core.extract.filters import is_label
from srs.core.extract.leadclauses import after_lead_in
from srs.core.extract.found import Found
from srs.core.extract.locatives import placed_part
from srs.core.extract.nameddevices import named_device
from srs.core.extract.namedterms import condition_named, named_last, named_law
from srs.core.extract.proseterms import CONTACT_CLAUSE, NOT_MODIFIER, definite_subject, demonstrative_naming, relative_gloss, restated_head, thats_naming
from srs.core.extract.rolenames import dash_appositive, kin_before_name, role_named
from srs.core.extract.restatedterms import restated_term
from srs.core.extract.sentences import Sentence
from srs.core.extract.spelledterms import spelled_term
from srs.core.extract.subjects import abbreviated_subject, glossed_subject, superlative_subject
from srs.core.extract.subjectwords import EMPTY_HEADS, NOT_SUBJECT, NOT_TERM_WORDS, SECOND_PERSON
from srs.core.extract.termcards import term_card

# The subject: an optional generic article (never "the", "this", "my" ...), then one to four words.
# English words after the first are lower case ("Income elasticity"); other languages keep nouns
# capitalised ("Der Habitus"), so the article there may be definite.
_SUBJECT = re.compile(
    # "In psychology, cognitive dissonance is ...": a field may come first.
    r"^(?:In\s+[a-z]+(?:\s+[a-z]+){0,2},\s+)?"
    r"(?:(?P<art>[Aa]n?|La|Le|Les|L['’]|El|Los|Las|O|Os|As|A|Il|Lo|Der|Die|Das|Une?|Una?|Um|Uma|Uno|Het|Een)\s*(?<=\s|['’]))?"
    r"(?P<term>[^\W\d_][\w'’-]*(?:\s+(?!(?:is|are|was|were|est|sont|es|son|é|são|è|sono|ist|sind)\b)"
    r"[a-zà-ÿ][\w'’-]*){0,3}|[A-ZÀ-Ý][\w'’-]*(?:\s+(?:de|du|des|de\s+la|of)\s+[a-zà-ÿ][\w'’-]*){0,2})"
    r"(?:(?:,\s+[^,]{2,40},)?\s+(?=" + r"(?:" + COPULA + r")" + PINNED + r"|" + DEFINING_VERB + r")"
    # "P-hacking, the practice of trying analyses until ..., is ...": an appositive that defines.
    r"|(?=,\s+(?:the|an?)\s+" + PINNED_ENGLISH_HEAD + r"[^,;:]{0,120},\s+[a-z]))"
)
_ENGLISH_ARTICLE = frozenset({"a", "an"})
_DOCTRINE_ENDINGS = (
    "ism", "theory", "law", "principle", "hypothesis", "model", "theorem", "razor", "doctrine", "paradox", "effect",
)
# German adverbs open sentences capitalised ("Standardmäßig sind ...", "Normalerweise ist ..."): no terms.
_ADVERB_ENDING = ("mäßig", "weise", "lich", "falls", "dings")


# "A volta is the turn in thought in a sonnet ...": after a generic "a"/"an" subject, a head noun
# pinned by any preposition defines too.
_GENERIC_SUBJECT = re.compile(
    r"^(?P<art>An?)\s+(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+(?:is|are)\s+(?:an?|the|one)\s+" + EVALUATIVE +
    r"(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*\s+(?:in|on|at|to|from|with|between|among|into|within|against|about|for|"
    r"over|under|across|through|without)\s+\S+"
)


# A defining word or an appositive comma must stand near the start.
_CUES = (
    " is ", " are ", " was ", " were ", " refer", " denot", " mean", " measur", " mesur", " mide", " misst",
    " défin", " désign", " defin", " es ", " est ", " son ", " sont ", " é ", " são ", " è ", " sono ", " ist ",
    " sind ", " bezeichn", " bedeut", " signifi", " versteht", " designa", ", the ", ", a ", ", an ",
    " occurs", " happens", " arises", " exists", " applies", " holds", " states", " says", " asserts", " claims",
    " argues", " maintains", " predicts",
)


# One scan instead of one per cue, finding a cue wherever one of ``_CUES`` is a substring. Every
# branch opens with the space (", the " as " the " with ", " just behind it): the regex engine looks
# for one literal character much faster than for a class of two, the cost of most sentences' scan.
_CUE = re.compile(
    r"\ (?:"
    + prefix_tree([cue[1:] for cue in _CUES if cue.startswith(" ")])
    + r"|(?<=,\ )(?:"
    + prefix_tree([cue[2:] for cue in _CUES if cue.startswith(", ")])
    + r"))"
)
_NOT_OPENING = frozenset("*_`[(#>|-0123456789\"'“")


def plain_subject(sentence: Sentence) -> Found | None:
    """The card of a sentence that opens with an unmarked term and defines it, or None: a term and
    a copula (below), a term named by its head noun or a term and what it does (``actors``)."""
    text = sentence.text
    if text[:4] == "the " and len(text) >= 24:
        # "- the languid is the plate inside the foot that ...": a lecture note's item in lower
        # case reads as the sentence would with its capital.
        return plain_subject(replace(sentence, text="T" + text[1:]))
    if len(text) < 24 or text[0] in _NOT_OPENING:
        # Japanese and Chinese definitions are short in characters: "光合成とは、...", "熵是指 ...".
        return cjk_subject(text) if 8 <= len(text) and not text.isascii() else None
    # Most sentences hold no defining word near the start: one scan of the first 120 characters
    # rules out the copula's readings.
    cued = _CUE.search(text, 0, 120) is not None
    if cued and text.find(" — ", 0, 80) >= 0 and kin_before_name(text):
        return None  # "The exceptions are the labials — ...": the name is the term (``role_named``)
    found = _copula_subject(sentence, text, cued=True) if cued else None
    if found is None and cued and (" is " in text or " are " in text):
        found = _bracketed_subject(sentence, text)
    if found is None and not text.isascii():
        found = cjk_subject(text)
    # A cue must stand near the start: a test of the whole text (no copy of its opening) rules
    # out most sentences first.
    if found is None and " are " in text and " are " in text[:60]:
        found = _bare_plural_subject(text)
    if found is None and "ing " in text[:24] and " is " in text[:30] and text.find(" ", text.find(" ") + 1) >= text.find("ing ") + 3:
        found = gerund_subject(text)  # (the first or second word ends in "-ing": "Kerning is ...", "Dry brushing is ...")
    if found is None and ": " in text and " is " in text[:20] and ": " in text[:80]:
        found = _acronym_subject(text)
    if found is None and text[0] == "A" and text[:2] in ("A ", "An") and (" similar" in text[:50] or " like " in text[:50] or " akin " in text[:50]):
        match = _CONTRAST.match(text)
        found = _checked(text, match) if match else None
    if found is None and (
        text.startswith("The ")
        or ("the " in text and (" that the " in text or " how the " in text or " why the " in text or " — the " in text or " – the " in text))
    ):
        found = headed_subject(sentence)
    if found is None and sentence.index == 0 and text[0].isupper() and FUNCTION_NEAR.search(text, 0, 100):
        found = acting_subject(sentence)
    return found


def _bracketed_subject(sentence: Sentence, text: str) -> Found | None:
    """A plain subject and its copula read past what sets part of the sentence apart: an aside
    in brackets or commas in the predicate (``_simplified_subject``), a colon or a dash after it
    (``_colon_predicate``), an aside between dashes after the subject."""
    found = None
    if "(" in text or text.find(", ", 0, 80) >= 0:
        found = _simplified_subject(sentence, text)
    dash = text.find(" — ", 0, 80) >= 0 or text.find(" – ", 0, 80) >= 0
    if found is None and not sentence.spans and (dash or text.find(": ", 0, 80) >= 0):
        found = _colon_predicate(text)
    if found is None and dash:
        aside = re.match(_DASH_ASIDE, text)
        if aside is not None:
            # "A picturebook — written as one word on purpose — is a book where ...": the aside
            # set off by dashes stands where brackets would; the card reads without it.
            found = _copula_subject(sentence, text[: aside.end("subject")] + text[aside.end() - 1 :])
    return found


# What the predicate's noun phrase may hold that its pattern does not read: an aside in brackets
# ("a virtual boundary (height and/or radius) that ..."), a comma between two adjectives ("a
# shallow, vegetated channel that ...").
_PREDICATE_ASIDE = re.compile(r"\s\([^()]{1,60}\)(?=\s)")
_ADJECTIVE_COMMA = re.compile(r"(\s[a-z][a-z-]{2,}),(?=\s(?!the\s)[a-z][a-z-]{2,}\s)")
_COPULA_AT = re.compile(r"\s(?:is|are)\s")


def _simplified_subject(sentence: Sentence, text: str) -> Found | None:
    """``_copula_subject`` of the sentence read without an aside in brackets or a comma between
    adjectives after its copula; the card keeps the sentence as written."""
    copula = _COPULA_AT.search(text, 0, 60)
    if copula is None or any(span.start < copula.end() + 40 for span in sentence.spans):
        return None  # a term the writer marked is the sentence's own: "The master clock is the **SCN** (...)"
    head, predicate = text[: copula.end()], text[copula.end() : copula.end() + 160]
    simple = _ADJECTIVE_COMMA.sub(r"\1", _PREDICATE_ASIDE.sub("", predicate), count=3)
    if simple == predicate:
        return None
    found = _copula_subject(sentence, head + simple)
    if found is None:
        return None
    term = found.answers[0]
    start = text.find(term)
    if start < 0 or start >= copula.start():
        return None
    return term_card(text, start, start + len(term), "term_is", not_words=NOT_TERM_WORDS, addressed=SECOND_PERSON)


# "Actus reus is the physical element: the conduct ...", "Apoptosis is programmed cell death: the
# cell shrinks ...": a plain term, a copula, a noun phrase of up to four words, then a colon and
# what the noun phrase covers.
_COLON_PREDICATE = (  # (compiled by ``re`` at its first use, as _DASH_ASIDE: few sentences need them)
    r"^(?:(?:A|An)\s+)?(?P<term>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}|[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\s+(?:is|are)\s+"
    r"(?P<article>(?:an?|the)\s+)?(?P<phrase>(?:[\w/'’-]+\s+){0,3}?(?P<head>[a-z][\w-]{2,}))(?::|\s[—–])\s+\S+(?:\s+\S+){2}"
)
# A participle and its preposition open a passive predicate ("are given as percentiles").
_PASSIVE_PREPOSITIONS = frozenset("as by in to for of from with at on into".split())
_PASSIVE = re.compile(r"[a-z]{2,}ed$|(?:" + IRREGULAR_PARTICIPLES + r")$")


def _colon_predicate(text: str) -> Found | None:
    """The card of a sentence whose plain subject is said to be a noun phrase, which a colon then
    spells out (``_COLON_PREDICATE``), or None."""
    match = re.match(_COLON_PREDICATE, text)
    if match is None:
        return None
    words = match.group("phrase").lower().split()
    if match.group("term").split()[0].lower() in NOT_MODIFIER or kin_before_name(text):
        # "Main risk is interspecific aggression — ...", "A milder version is the samba — ...": a
        # label or a kin of the note's subject, the term after it (``role_named``).
        return None
    dash = text[match.end("head")] != ":"
    if words == ["different"] and match.group("article") is None:
        return _checked(text, match)  # "Hydraulic lime is different – it contains clay ...": how it differs is what it is
    if match.group("head") in EMPTY_HEADS or words[-1] in NOT_MODIFIER or not EVALUATIVE_RE.match(" ".join(words) + " "):
        return None  # "Hyperthermia is different: ...", "Lunch is the best part: ..."
    after = text[match.end("head") + 1 :].split(None, 1)[:1]
    if after and after[0].lower().strip(",;") in COMMAND_VERBS:
        return None  # "Installation is a two-step process: download the binary, ...": steps to follow
    if match.group("article") is None and (dash or len(words) == 1 or (_PASSIVE.match(words[0]) and words[1] in _PASSIVE_PREPOSITIONS)):
        return None  # "Dog teeth are brachydont: ...", "Data are given as percentiles: ...": how, not what
    return _checked(text, match)


# A subject of one to four words, then an aside between dashes, then its copula.
_DASH_ASIDE = r"^(?P<subject>(?:(?:A|An|The)\s+)?[^\W\d_][\w'-]*(?:\s+[\w'-]+){0,3})\s+([—–])\s+[^—–]{3,80}?\s+\2\s(?=(?:is|are)\s)"


# "Antibodies are Y-shaped proteins produced by B cells.", "Enzymes are biological catalysts that ...":
# a plural predicate noun without an article, pinned by a relative clause or a participle. Its head
# must be a kind of thing, not one of the vague nouns of opinions ("Meetings are things that ...").
_BARE_PLURAL = re.compile(
    r"^(?P<term>[A-Z][a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+are\s+"
    r"(?!(?:not|also|very|so|too|just|still|often|usually|always|really|now|here|there|some|many|all|both)\b)"
    # (Adjectives before the noun, no preposition: "are painted for days in ..." is no kind.)
    r"(?:(?!(?:for|to|by|with|in|on|at|from|into|of|as)\b)[\w-]+\s+){0,2}?(?!(?:" + VAGUE_NOUNS + r")\b)"
    r"[a-z][\w-]*[^s\W]s\s+(?:that|which|who|whose|of|produced|made|found|used|formed|released|secreted|composed|"
    # "are small round pits across the panels": where the things sit pins them down as well.
    r"synthesi[sz]ed|derived|consisting|" + PLACED_PIN + r")\s+\S+"
)
# "qSOFA is the bedside screen: RR ≥ 22, ...": an acronym, then a noun phrase its colon spells out.
_ACRONYM_COLON = re.compile(
    r"^(?P<term>[a-z]?[A-Z][A-Za-z0-9-]{1,9})\s+is\s+(?:the|an?)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*:\s+\S+\s+\S+"
)


# "A livelock is similar, except the processes keep changing state ...", "A semaphore is like a mutex
# but ...": a kind defined by its difference from a neighbour.
_CONTRAST = re.compile(
    r"^An?\s+(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+is\s+(?:very\s+|quite\s+)?(?:similar|like|akin)\b"
    r"(?:\s+(?:to\s+)?(?:an?\s+|the\s+)?[^,;]{2,40}?)?,?\s+(?:except|but|only|apart\s+from|save\s+that)\b\s+\S+(?:\s+\S+){2}"
)


def _bare_plural_subject(text: str) -> Found | None:
    """"Antibodies are Y-shaped proteins produced by B cells.": hide the plural subject."""
    match = _BARE_PLURAL.match(text)
    if match is None:
        return None
    return _checked(text, match)


def _acronym_subject(text: str) -> Found | None:
    """"qSOFA is the bedside screen: RR ≥ 22, ...": hide the acronym."""
    match = _ACRONYM_COLON.match(text)
    if match is None or sum(1 for ch in match.group("term") if ch.isupper()) < 2:
        return None
    return _checked(text, match)


def _checked(text: str, match: re.Match[str], generic_from: int | None = None) -> Found | None:
    return term_card(
        text, match.start("term"), match.end("term"), "term_is", not_words=NOT_TERM_WORDS, addressed=SECOND_PERSON,
        generic_from=generic_from,
    )


# "... is the tendency to search for information that confirms what we already believe": the word
# that pins an English definition's head noun down; the clause after it speaks of anyone.
_MODAL_ADDRESS = re.compile(r"\b(?:[Yy]ou|[Ww]e)\s+(?:can|may|will|could|should|need|must|might)\b|\b(?:[Yy]ou|[Ww]e)'ll\b")
_IS_WHEN = re.compile(r"\s(?:is|are)\s+(?:when|where|whenever)\s(?=you\s)")
_ENGLISH_PIN = re.compile(
    r"\s(?:is|are)\s+(?:an?|the)\s+(?:[a-z][\w'’-]*\s+){1,3}?(?:of|that|which|who|whose|where|to|by\s+which|in\s+which"
    # "the threshold you pick ...": a relative clause without "that", its subject a pronoun.
    r"|(?P<contact>" + CONTACT_CLAUSE + r"))\s"
)


def _copula_subject(sentence: Sentence, text: str, cued: bool = False) -> Found | None:
    """"Détente refers to ...", "An offer is an expression of ...": a term, then what defines it.
    ``cued``: the caller found a defining word near the start already."""
    # Cheap tests first: most sentences hold no defining word near the start (one scan of the
    # first 120 characters, no copy of them) or open with "The", "I", "It" ...
    if not cued and _CUE.search(text, 0, 120) is None:
        return None
    first_word = text[:120].split(None, 1)[0].lower()  # a first word too long for the head is no stop word either
    # ("In psychology, ..." opens with a field; "Il feudalesimo è ..." with Italian's article, not the pronoun.)
    if first_word in NOT_SUBJECT and not (first_word == "in" and "," in text[:40]) and first_word != "il":
        # "The reorder point is the stock level at which ...": a definite term of several words.
        return (definite_subject(text) or restated_head(text)) if first_word == "the" else None
    match = _SUBJECT.match(text) or _GENERIC_SUBJECT.match(text)
    if match is None:
        return restated_head(text)  # "Slab serifs are thick, block-like serifs with ..."
    term = match.group("term")
    first = term.split()[0].lower()
    if first in NOT_SUBJECT or is_label(term):
        return None
    if term.startswith(("De ", "Het ")):
        return None  # Dutch's article (or Spanish's "De"): the subject after it is a description
    article = (match.group("art") or "").lower()
    if not article and " " not in term and term.endswith(_ADVERB_ENDING):
        return None
    english = not article or article in _ENGLISH_ARTICLE
    if english and len(term.split()) > 1 and any(w[:1].isupper() for w in term.split()[1:]):
        return None  # "Alice Smith is the lead of ...": a person, not a term
    if match.groupdict().get("claim") and not term.lower().endswith(_DOCTRINE_ENDINGS):
        return None  # "Alice says that ...": only a doctrine, a law or a theory states what it holds
    pin = _ENGLISH_PIN.match(text, match.end("term")) if english else None
    if pin is None and article in _ENGLISH_ARTICLE:
        # "An extension is when you stretch the hand ...": after "when" or "where", "you" is anyone
        # who does what the term names (a kind's article: "Winter is when you notice ...", "Standup
        # is when we ..." speak of a season, a team).
        condition = _IS_WHEN.match(text, match.end("term"))
        if condition is not None:
            # (Not what the reader can or should do there: "Bleed-through is when you should ...".)
            # (An aside in brackets speaks of anyone: "... (you can have one without the other)".)
            aside = text.find("(", condition.end())
            told = _MODAL_ADDRESS.search(text, condition.end(), aside if aside > 0 else len(text))
            return None if told else _checked(text, match, condition.end())
    # ("Elution is the act of washing ...; you can elute again after 6 h": past a semicolon the
    # reader is told something else.)
    if pin is not None and _MODAL_ADDRESS.search(text, pin.end(), text.find(";", pin.end()) % (len(text) + 1)):
        return None  # "Cards is a type of view you can use in Bases.": what the reader can do
    return _checked(text, match, (pin.start("contact") if pin.group("contact") else pin.end()) if pin else None)


def unmarked_subject(sentence: Sentence, quote: bool, title: str = "") -> Found | None:
    """The card of a sentence whose subject is a term with no markup, each rule tried while no
    other gave one: with its abbreviation ("Batch norm (BN) normalises ..."), a superlative, a
    gloss after "i.e.", then (not in a quote) a plain definition or naming ("Détente refers to
    ...", "We speak of moral hazard when ...")."""
    text = sentence.text
    # Each rule needs a word or mark its cheap test looks for first: in the whole text (no copy),
    # then near the start, where the rule needs it.
    subject = abbreviated_subject(sentence) if "(" in text and "(" in text[:80] else None
    if not subject and "est " in text and " the " in text[:60]:
        subject = superlative_subject(sentence)
    if not subject and ("i.e." in text or "that is" in text) and ("i.e." in text[:90] or "that is" in text[:90]):
        subject = glossed_subject(sentence)
    if not subject and not quote:
        subject = plain_subject(sentence) or named_last(sentence)
        if subject is None and (" when" in text or " if " in text):  # (condition_named's own test, without its call)
            subject = condition_named(sentence, title)
        if subject is None and (": " in text or " — " in text or " – " in text or ", the " in text) and (" is " in text or " are " in text):
            subject = role_named(text)  # "End products are melanoidins: large brown polymers ..."
        if subject is None and ("'" in text[:30] or "’" in text[:30]) and text[:1].isupper():
            subject = eponym_law(text)  # "Snell's law relates the angles of ..."
        if subject is None and ": " in text and " is " in text:
            subject = named_law(text)  # "The minus sign is Lenz's law: the induced current ..."
        if subject is None and ", " in text and text[:1].isupper() and text[1:2].islower():
            subject = placed_part(text)  # "Below it is the watch room, where the keeper ..."
        if subject is None and (text.find(" — ", 0, 40) >= 0 or text.find(" – ", 0, 40) >= 0):
            subject = dash_appositive(text)  # "The aperture — the small opening between the lips — controls ..."
        if subject is None and "," in text and ", which " in text:
            subject = relative_gloss(text)  # "... caramelisation, which is the breakdown of ..."
        if subject is None and text[0] == "T" and (len(text) < 90 or text.find(",", 0, 90) != -1) and text.startswith(("This ", "That ", "These ", "Those ")):
            subject = demonstrative_naming(text)  # "That yellowing is lime-induced chlorosis."
        if subject is None and ("hat's" in text or "hat’s" in text or "his is " in text):
            subject = thats_naming(text)  # "..., that's a bundle of isoglosses."
        if subject is None and text[:4] == "The " and ": " in text[:60]:
            subject = named_device(text)  # "The windowpane test: stretch a small piece of dough ..."
        if subject is None and "(" in text:
            subject = spelled_term(text)  # "... is the mean free path (MFP): the average distance ..."
        if subject is None and "i.e." in text:
            subject = restated_term(text)  # "Fix: counter-bracing, i.e. a second diagonal that ..."
        if subject is None and (": " in text or " — " in text or " – " in text):
            subject = after_lead_in(sentence, plain_subject)  # "Tarn vs lake — a tarn is a small ..."
    return subject
