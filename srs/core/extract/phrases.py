"""Definitions of an emphasised term wherever it stands in a sentence.

Notes define terms in a handful of English sentence shapes that do not depend on the subject:
an appositive after the term ("the **ribosome**, a molecular machine that ..."), a defining
clause in the middle of a sentence ("..., a **recession** is a period of ..."), a described
subject named at the end ("Rejecting a true null hypothesis is a **Type I error**."), naming
verbs with a possessive or a long object ("is called its **offset**", "calls an event that ...,
a **Black Swan**"), and a second term named in parallel ("..., while those that ... are
*bound morphemes*"). Each test is one precompiled regex over the text around the term.
"""

from __future__ import annotations

import re

from srs.core.extract.frames import FIRST_PERSON, READER

# "the **Y**, a/an/the ... of/that ...": a noun phrase after the term describes it. The phrase
# must be a definition (a head noun followed by "of", "that", "when" ...), not an aside.
APPOSITION_HEAD = (
    r"(?:of|that|which|who|whose|when|where|in\s+which|by\s+which|used|made|expressed|for|between|with|to|"
    r"based|built|designed|composed|consisting|derived|formed)\s+\S+"
)
# A colon may announce it too: "advertises a **receive window**: the amount of data it ...".
APPOSITION = re.compile(
    r"^(?:\s*\$[^$\n]{1,30}\$)?(?:,|:|\s+[—–]|\s+\()\s*(?:an?|the|one)\s+(?:[a-z][\w'-]*,?\s+){1,4}"
    + APPOSITION_HEAD
)
# After "three **allomorphs**" the appositive may drop its article: "variant forms of ...".
BARE_APPOSITION = re.compile(
    r"^(?:,|\s+[—–]|\s+\()\s*(?!(?:it|they|this|these|he|she|we|you|i|along|together|including|as|so)\b)"
    r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+" + APPOSITION_HEAD
)
# Before the term: an article or a number word, so "**Y**" names a kind of thing, not a person.
_KIND_BEFORE = re.compile(r"(?:^|\s)(?:an?|the|its|their|two|three|four|several|many)\s+$", re.I)
# "..., a **Y** is a ...": a defining clause after a comma, a semicolon or a colon.
CLAUSE_BEFORE = re.compile(r"[,;:—–]\s+(?:an?|the)\s+$", re.I)
# "...; a **Type II error** is failing to reject a false one": a gerund also opens the gloss.
CLAUSE_AFTER = re.compile(
    r"^\s+(?:is|are)\s+(?:an?|the|one)\s+\S+(?:\s+\S+){2}|^\s+(?:means|refers\s+to|denotes)\s+\S+(?:\s+\S+){2}"
    # (not a progressive: "the **deploy** is running in the background")
    r"|^\s+(?:is|are)\s+(?!(?:being|going|getting|coming|doing|running|working|waiting|happening|starting|"
    r"loading|building|moving|trying|looking|living|staying|taking|making)\b)[a-z]{3,}ing\s+"
    r"(?!(?:in|on|at|now|right|here|there|again|today|tomorrow)\b)\S+(?:\s+\S+){1}",
    re.I,
)
# "<a described subject> is (called) (a|an|the) **Y**." with the term closing its clause.
# A bare plural pinned by a relative clause is a described subject too ("Molecules that are
# mirror images of each other are **enantiomers**.", "Things that gain from disorder are ...").
# (Not a day's plan: "The plan for today is **groceries**: milk, bread ...".)
_SUBJECT_IS = re.compile(
    r"^(?![^\n]*\b(?:today|tonight|tomorrow|yesterday|this\s+(?:week|weekend|morning|afternoon|evening))\b)"
    r"(?:(?:an?|any|the|our|their|its)\s+|[A-Za-z]+ing\s+|[A-Za-z][a-z]+s\s+(?=(?:that|which|who|whose)\s))"
    # ("A cancelled departure is a **blank sailing**": a kind of two words, named a kind.)
    r"(?:\S+(?:\s+\S+){2,}|[\w-]+\s+\$[^$\n]{1,30}\$|(?<=^a\s)[a-z]+\s+[a-z]+(?=\s+is\s+an?\s+$)|(?<=^an\s)[a-z]+\s+[a-z]+(?=\s+is\s+an?\s+$))\s+(?:is|are)\s+"
    r"(?:(?:called|termed|known\s+as)\s+)?(?:(?:an?|the)\s+(?:(?:corresponding|associated|resulting)\s+)?)?$",
    re.I,
)
# "solve $\det(A - \lambda I) = 0$, the *characteristic equation*.": a formula, then its name.
_FORMULA_NAMED = re.compile(r"\$[^$\n]{2,80}\$,\s+the\s+$")
# "This is the **bystander effect**.", "That phenomenon is called the **X**.": a demonstrative
# subject pointing back at the sentence before, and a term of two words or more closing the clause.
_DEMONSTRATIVE_IS = re.compile(
    r"^(?:this|that|these|those)(?:\s+[a-z]+){0,2}\s+(?:is|are)\s+(?:(?:called|known\s+as|termed)\s+)?(?:an?|the)\s+$",
    re.I,
)
_CLAUSE_END = re.compile(r"^\s*(?:[.;,!:]|\(|$)|^\s+\$")
# "In Pavlov's experiment the food is the **unconditioned stimulus**": a setting stands before a
# short subject; the article before the term makes it a naming, not a description.
_SETTING_SUBJECT_IS = re.compile(
    r"^(?:in|during|for|within)\s+[^,.;]{2,50}?,?\s+(?:the|an?)\s+\S+(?:\s+\S+){0,3}\s+(?:is|are)\s+"
    r"(?:(?:called|termed|known\s+as)\s+)?(?:the|an?)\s+$",
    re.I,
)
# Where a clause breaks off in the text before a term (the described subject starts after it).
_CLAUSE_SPLIT = re.compile(r"[;:—–]\s")
# The term closes its clause, or a second clause follows ("... stimulus** and the bell becomes ...").
_NEXT_CLAUSE = re.compile(r"^\s+(?:and|while|whereas|but)\s+(?:the|an?)\s+\S+")
# Naming verbs with a possessive ("is called its **offset**") or with a long object that may
# hold commas ("calls an event that lies outside ..., and is explained away afterwards a **Y**").
POSSESSIVE_NAMING = re.compile(
    r"\b(?:called|termed|named|known\s+as|referred\s+to\s+as)\s+(?:its|their|his|her|our)\s+$", re.I
)
LONG_OBJECT_NAMING = re.compile(
    r"\b(?:call|calls|called|name|names|named|term|terms|termed|dub|dubs|dubbed)\s+"
    r"(?!(?:by|with|from|on|at|for|into|after|before|when|if|because|and|or|me|him|her|them|us)\s)"
    r"(?:an?|the|this|these|that|those|such)\s+(?:[^\s.;:!?()]+\s+){2,30}?(?:(?:an?|the)\s+)?$",
    re.I,
)
# "Man nennt das Molekül, das ... speichert, **Y**", "On appelle la fonction qui ... **Y**": the same
# long-object naming in other languages.
LONG_OBJECT_NAMING_INTL = re.compile(
    r"\b(?:man\s+nennt|nennt\s+man|nennen\s+wir|on\s+appelle|nous\s+appelons|llamamos|chamamos|chiamiamo)\s+"
    r"(?:das|die|der|den|le|la|les|l['’]|el|los|las|o|a|os|as|il|lo|gli)\s*(?:[^\s.;:!?()]+\s+){1,30}?"
    r"(?:(?:ein|eine|einen|un|une|uno|una|um|uma)\s+)?$",
    re.I,
)
# "refer to this as (the) **Y**", "describe such a state as a **Y**".
REFER_AS = re.compile(
    r"\b(?:refers?|referred|referring)\s+to\s+(?:\S+\s+){1,6}?as\s+(?:(?:an?|the)\s+)?$", re.I
)
# A second term named in parallel once the sentence has named one: "...; those that ... are
# *bound morphemes*", "..., while its observable traits are its **phenotype**".
PARALLEL_BEFORE = re.compile(
    r"(?:[,;]|\b(?:while|whereas|and|but))\s[^.!?]{0,160}?\b(?:is|are|was|were)\s+"
    r"(?:(?:called|termed|named)\s+)?(?:(?:its|their|his|her|the|an?)\s+)?$",
    re.I,
)
# "A **Y** amplifies whatever ...", "The **Strategy pattern** defines a family ...": a kind of
# thing described by what it does, in the present tense. Software documentation describes its
# screens the same way, so verbs that show, open or hold things do not count.
_ACTS = re.compile(
    r"^\s+(?!(?:shows|opens|lets|allows|displays|appears|contains|lists|includes|has|does|gets|goes|"
    r"looks|seems|needs|takes|makes|uses|works|runs|starts|stops|says|is|was)\b)"
    r"[a-z]{3,}(?<![su])s\s+(?:\S+\s+){2}\S+",
)
_ACTS_BEFORE = re.compile(r"^(?:an?|the)\s+(?:(?:term|concept|notion|idea)\s+(?:of\s+)?)?$", re.I)
# "A carbon with four different substituents, a *chiral center*, is ...", "a fixed slice of CPU
# time, the **time quantum**, then ...", "Its opposite, **shallow work**, is ...", "The founder of
# Stoicism, **Zeno of Citium**, taught ...": an appositive that names what the words before it
# describe, closed by a comma or a dash and followed by the rest of the clause (not a list: no
# "and"/"or" after it, and no other comma in the described phrase).
_NAMING_APPOSITIVE_BEFORE = re.compile(
    r"(?:[^\W\d_][\w'-]*\s+){2}[^\s,]+(?:\s+\$[^$\n]{1,30}\$)?(?:,|\s[—–])\s+(?:an?|the)\s+$"
    r"|^(?:the|an?|its|their|his|her|this|that|these|such\s+an?)\s+[^,;:]{3,60},\s+(?:(?:an?|the)\s+)?$",
    re.I,
)
_NAMING_APPOSITIVE_AFTER = re.compile(r"^(?:,|\s+[—–])\s+(?!(?:and|or|but|etc|as|so|a|an|the)\b)[a-z]{2,}\s+\S+")


# "... at the tips of their roughness peaks, the **asperities**.": a noun phrase of three words or
# more, then the term that names it, closing the sentence (or a clause before ";" or ":").
_CLOSING_APPOSITIVE_BEFORE = re.compile(r"(?:^|\s)(?:[^\W\d_][\w'-]*\s+){2,}[^\W\d_][\w'-]*[^\W\d_\s],\s+the\s+$")
_CLOSING_APPOSITIVE_AFTER = re.compile(r"^(?:\s+\([^()]{1,30}\))?\s*(?:[.;:](?:\s|$)|$)")


def closing_appositive(before: str, after: str, term: str) -> bool:
    """"It's kept in a bamboo tube, the **tsutsu**.": the term, in lower case, names the noun phrase
    before it, at the sentence's end. Not after a list of terms ("**a**, **b**, the **c**": one
    comma only), nor a name or a judgement ("the old pub, the **Red Lion**", "the **best**"), nor
    in the writer's story or words to the reader ("we ended up at the old pub, the **snug**")."""
    if not term[:1].islower() or term.endswith("est") or _CLOSING_APPOSITIVE_AFTER.match(after) is None:
        return False
    tail = before[-120:].split(". ")[-1]
    if _SUPERLATIVE.search(tail) or FIRST_PERSON.search(before) or READER.search(before):
        return False  # ("the most expensive thing on the menu, the **lobster**": one picked out among others)
    return tail.count(",") == 1 and "**" not in tail and _CLOSING_APPOSITIVE_BEFORE.search(tail) is not None


_SUPERLATIVE = re.compile(r"\b(?:most|least|favou?rite|best|worst)\b", re.I)


# "*notes* — updated daily with ...": a participle after the dash is a remark, not a gloss.
_PARTICIPLE_GLOSS = re.compile(r"\s*[—–]\s*[a-z]+ed\b")


def apposition(before: str, after: str, term: str) -> bool:
    """"the **ribosome**, a molecular machine that ..." and "**mētis**, the practical knowledge that ..."."""
    appositive = APPOSITION.match(after) is not None
    bare = BARE_APPOSITION.match(after) is not None
    if not appositive and not bare:
        return False  # most terms: no appositive after them, whatever stands before
    if _KIND_BEFORE.search(before[-40:]) is not None:
        return True
    if not term[:1].islower():
        return False
    # "Take *fleeting notes* — quick reminders of thoughts ...": a dash announces a gloss that
    # may drop its article, whatever stands before a lower-case term.
    return appositive or (after.lstrip()[:1] in "—–" and bare and _PARTICIPLE_GLOSS.match(after) is None)


def clause_definition(before: str, after: str) -> bool:
    """"When prices fall, a **recession** is a period of ..." (a defining clause mid-sentence)."""
    return CLAUSE_AFTER.match(after) is not None and CLAUSE_BEFORE.search(before[-40:]) is not None


# The words every shape of ``named_subject`` ends in, right before the term (case-folded).
_SUBJECT_ENDS = frozenset("is are called termed as a an the corresponding associated resulting".split())


def named_subject(before: str, after: str, term: str = "", last: str | None = None) -> bool:
    """"Rejecting a true null hypothesis is a **Type I error**." and "A reaction that releases
    heat is **exothermic**;" (the described subject comes first, the term closes the clause).
    ``last``: the word before the term (``termnames.last_word``), when the caller knows it."""
    if last is not None and last not in _SUBJECT_ENDS:
        return False  # most terms: no copula, naming word or article right before them
    ends = _CLAUSE_END.match(after) is not None or _NEXT_CLAUSE.match(after) is not None
    if not ends:
        return False  # every shape below needs the term to close its clause
    clause = _CLAUSE_SPLIT.split(before)[-1].lstrip()
    if _FORMULA_NAMED.search(before[-120:]) and _CLAUSE_END.match(after):
        return True
    if ends and term and len(term.split()) >= 2 and _DEMONSTRATIVE_IS.match(clause) is not None:
        return True
    return ends and (_SUBJECT_IS.match(clause) is not None or _SETTING_SUBJECT_IS.match(clause) is not None)


# The words POSSESSIVE_NAMING and REFER_AS end in, right before the term (case-folded).
_VERB_NAMING_ENDS = frozenset("its their his her our as a an the".split())


def may_name_by_verb(last: str, after: str, shape: str = "cue") -> bool:
    """Whether ``named_by_verb`` can hold for a term after the word ``last`` (``termnames.last_word``):
    a cheap test, asked before the sentence is searched for naming stems. ``shape``: ``after_shape(after)``,
    when the caller knows it ("" proves the clause does not end after the term)."""
    return last in _VERB_NAMING_ENDS or (shape != "" and _CLAUSE_END.match(after) is not None)


# How the text right after a term opens in every match of the tests that read it first: of the
# phrase tests here (all but ``acts_as_definition``), of ``frames.defined_as`` and of the tests
# ``termnames.named_rule`` anchors at the term. Each opens, after optional white space, with a
# mark (a stop, a comma, a colon, a bracket, a dash, a formula), the text's end, or one of a few
# words: "is", "means", "which", "if", "for", "as", "and", "meaning", "we" ... ("I" also stands for
# "i.e."). A full stop, a semicolon, an exclamation mark or the end (group "end") only closes the
# clause, which is all that ``named_subject`` and ``may_name_by_verb`` ask there; no other test
# matches such text. Most terms are followed by a stop or a word of no cue: one match of this
# union spares them a dozen anchored matches that would each fail at once.
_AFTER_CUE = re.compile(
    r"\s*(?:(?P<end>[.;!]|$)|[,:(—–$]|(?:is|are|means|refers|denotes|of|for|in|on|if|when|whenever|iff|as|to|and|"
    r"while|whereas|but|that|which|who|we|i|one|meaning|literally|bezeichnet|nennt|versteht|genannt)\b)",
    re.I,
)


def after_shape(after: str) -> str:
    """How the text after a term opens for the tests that read it (``_AFTER_CUE``): "" (they all
    fail), "end" (the clause ends there: only the tests that ask for that can hold) or "cue"."""
    match = _AFTER_CUE.match(after)
    if match is None:
        return ""
    return "cue" if match.group("end") is None else "end"


def named_by_verb(before: str, after: str) -> bool:
    """Naming verbs with a possessive, a long object, or "refer to ... as"."""
    tail = before[-240:]
    if POSSESSIVE_NAMING.search(tail) or REFER_AS.search(tail):
        return True
    # A long object can swallow an unrelated clause: the term must close the sentence or clause.
    if _CLAUSE_END.match(after) is None:
        return False
    return LONG_OBJECT_NAMING.search(tail) is not None or LONG_OBJECT_NAMING_INTL.search(tail) is not None


def parallel_name(before: str) -> bool:
    """A second term after one the sentence already named ("..., while ... are its **phenotype**")."""
    return PARALLEL_BEFORE.search(before[-200:]) is not None


def naming_appositive(before: str, after: str, last: str | None = None) -> bool:
    """"..., a *chiral center*, is the usual source" and "The founder of Stoicism, **Zeno**, taught".
    ``last``: the word before the term (``termnames.last_word``), when the caller knows it."""
    if _NAMING_APPOSITIVE_AFTER.match(after) is None:
        return False
    if last is not None and last not in ("a", "an", "the") and not last.endswith(","):
        return False  # the described phrase ends in an article or a comma right before the term
    match = _NAMING_APPOSITIVE_BEFORE.search(before[-120:])
    if match is None:
        return False
    # A list of terms ("**a**, the **b**, ...") is no apposition: one comma or dash at most.
    described = before[-120:][: match.end()].split(".")[-1]
    return described.count(",") + described.count("—") + described.count("–") <= 1


# "**Y**, i.e. the percentage change ...", "**Y**, that is, deliberately adding ...": the term,
# then its gloss announced by "i.e." or "that is".
_THAT_IS = re.compile(
    r"^(?:\s*\$[^$\n]{1,30}\$)?\s*(?:,\s*|\s*\(|\s+[—–]\s*)(?:i\.\s?e\.|that\s+is|das\s+heißt|d\.\s?h\.|c'est-à-dire|"
    r"c\.-à-d\.|es\s+decir|isto\s+é|ou\s+seja|cioè)[,:]?\s+(?!(?:what|how|why|where|when|because|who|which)\b)(?:an?\s+|the\s+)?[^\W\d_][\w'-]*(?:\s+\S+){2}",
    re.I,
)
# "Baddeley's model adds a *phonological loop* that stores verbal material": a lower-case term
# after an indefinite article, pinned by a relative clause in the present tense.
_RELATIVE_ACTS = re.compile(r"^\s+(?:that|which|who)\s+(?!is\b|was\b|has\b|does\b)[a-z]{3,}(?<![su])s\s+\S+(?:\s+\S+){1}")
_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)an?\s+$", re.I)


def that_is(after: str) -> bool:
    """"**Y**, i.e. the ...": a gloss announced by "i.e."/"that is" (and their equivalents)."""
    return _THAT_IS.match(after) is not None


def relative_kind(before: str, after: str, term: str) -> bool:
    """"... adds a *phonological loop* that stores verbal material": a kind of thing pinned down
    by what it does (lower-case terms only: "a **Tesla** that runs ..." names a thing)."""
    # The anchored test first: a relative clause rarely follows a term, and it fails at once.
    return term[:1].islower() and _RELATIVE_ACTS.match(after) is not None and _INDEFINITE_BEFORE.search(before[-12:]) is not None


def acts_as_definition(before: str, after: str, term: str = "", in_item: bool = False) -> bool:
    """"A **reinforcing feedback loop** amplifies whatever is happening ..." at a sentence start;
    without an article only for a term that cannot be a name ("**Amortized analysis** bounds ...",
    "**Self-attention** relates ..."): "**Kahneman** argues ..." is a claim, not a definition."""
    if _ACTS.match(after) is None:
        return False
    if _ACTS_BEFORE.match(before) is not None:
        return True
    # In a list item "**Node size** controls ..." documents a setting, not a concept.
    return not before and not in_item and _COMMON_TERM.match(term) is not None


# A term that is no proper name: lower-case words after the first, a hyphenated compound, or one
# word with the ending of an abstract noun ("Photosynthesis", "Inflation", "Capitalism").
_COMMON_TERM = re.compile(
    r"^(?:[A-Za-z][a-z]+(?:\s+[a-z][a-z-]+){1,3}|[A-Za-z][a-z]+-[a-z]+"
    r"|[A-Za-z][a-z]{2,}(?:sis|tion|sion|ism|ity|ics|ology|ment|ance|ence|ase|osis|itis|emia|ogen|ysis))$"
)


# "It comes in two forms: **libel** (permanent form, ...) and **slander** (transient ...)": terms
# enumerated after a lead that announces kinds, each glossed in parentheses.
_KINDS_LEAD = re.compile(
    r"\b(?:types?|kinds?|forms?|classes|categories|varieties|sorts|modes|stages|phases)\b[^.:;]{0,30}:\s+[^:;]{0,160}$", re.I
)
_PAREN_GLOSS = re.compile(r"^\s+\((?!e\.g\.|i\.e\.|see\b|\d)[a-z][^()\n]{2,80}?\s[^()\n]{2,80}\)")


_OWN = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Yy]ou|[Yy]our)\b")


def kind_glossed(before: str, after: str) -> bool:
    """An emphasised term enumerated after "two forms:", "three types:" ... with a gloss in parentheses."""
    if ":" not in before or _OWN.search(before):
        return False  # "We had two kinds of cake: **chocolate** (rich and dark)": the writer's own things
    return _PAREN_GLOSS.match(after) is not None and _KINDS_LEAD.search(before[-220:]) is not None


# "The slogan *fukoku kyōhei* ("rich country, strong army") ...", "the maxim *festina lente*, meaning
# ...": a word for a saying or an idea before the term, its translation or gloss after it.
_SAYING_BEFORE = re.compile(
    r"\b(?:the|a|an|this)\s+(?:[a-z-]+\s+)?(?:slogan|motto|maxim|principle|doctrine|concept|notion|idiom|"
    r"saying|proverb|adage|formula|phrase|expression)\s+$",
    re.I,
)
_TRANSLATION_AFTER = re.compile(
    r"^\s*(?:\((?:[\"“‘'][^()\n]{3,80}[\"”’']|(?:lit\.|literally|i\.e\.|meaning)\s[^()\n]{3,80})\)"
    r"|,?\s+(?:meaning|literally|i\.e\.)\s+\S+\s+\S+)",
    re.I,
)


def saying_glossed(before: str, after: str) -> bool:
    """An emphasised saying or idea named by a word before it and glossed right after it."""
    return _TRANSLATION_AFTER.match(after) is not None and _SAYING_BEFORE.search(before[-60:]) is not None
