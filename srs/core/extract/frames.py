"""Defining frames that do not need an article after the copula, and separators after a term.

``rules.DEFINING`` reads "X is a/the ..." and a set of defining verbs. Writers also define with a
bare noun phrase that a relative clause or a participle pins down ("X are membrane-bound
organelles that ...", "X is support given to ..."), with a dash or an equals sign straight after
the term ("**Latency**—the time between ...", "**Momentum** = mass × velocity"), or with "defines
**Y** as ..." after an author. Each test is one precompiled regex over the text beside the term.
"""

from __future__ import annotations

import re

# "is/are <up to four words> that/which/of/used ...": the noun phrase is restricted, so it
# defines. Adjectives of opinion and adverbs do not start a definition ("is great for ...").
# The words after a copula that open no noun phrase: an adverb, a pronoun, a judgement, a preposition.
_NO_NOUN_AFTER_COPULA = (
    r"(?!(?:not|also|now|here|there|just|still|very|so|too|really|my|our|your|his|her|their|this|that|"
    r"great|good|bad|fun|nice|easy|hard|important|useful|true|false|done|ready|available|used|it|in|on|at|"
    r"to|for|from|by|with|about|like|what|how|why|where|when|why)\b)"
)
# Opinions and asides share the shape: "a waste of time", "the best part of my day".
EVALUATIVE = (
    r"(?!(?:best|worst|good|great|nice|perfect|ideal|easiest|hardest|only|first|last|right|wrong|bad|same|"
    r"waste|pain|joy|nightmare|mess|lot|bit|fun|highlight|favou?rite|main|real|big|biggest|"
    # A person's role or a place ("Jan is the colleague known for ...", "Lisbon is the city a friend ...").
    r"guy|person|man|woman|people|colleague|friend|boss|manager|teacher|student|neighbou?r|city|town|village|country|"
    r"owner|organi[sz]er|lead|author|host|contact|chair|captain|coach|"
    # "The text below is an example of ...": a pointer to what follows, in any language.
    r"example|ejemplo|exemple|exemplo|esempio|beispiel|part|parte|partie|teil|list|lista|liste)\b)"
)
# How often, and nothing more: a schedule's line ("Monstera: once a week", "Basil: every 2 days").
SCHEDULE = re.compile(
    r"^(?:(?:once|twice|\d+\s*(?:x|times))\s+(?:a|an|per|every)\s+\w+|every\s+(?:other\s+|\d+\s+)?\w+|daily|weekly|monthly)\W*$",
    re.I,
)
# "between", "among", "within", "about" pin a noun ("negotiation between", "distance between",
# "information about"), not a state ("is stuck between", "is cheaper within", "is mandatory
# among", "is worried about"): a noun's ending before them.
_NOUN_BEFORE_PIN = "(?:" + "|".join(
    f"(?<={end}\\s)" for end in ("tion", "sion", "ment", "ance", "ence", "ity", "ship", "ing", "ure", "ism", "ness", "sis", "ncy", "ogy", "age")
) + ")"
BARE_COPULA = re.compile(
    r"^\s*(?:\([^)]{1,80}\)\s*)?\s(?:is|are|was|were)\s+" + _NO_NOUN_AFTER_COPULA +
    # ("small planktonic crustaceans ("water fleas") that graze ...": an aside may stand before the pin.)
    # ("steamed rice, barley or soybeans that ...", "Japanese free divers, traditionally women, who ...":
    # a list or an aside between commas, and a people's name, before the pin.)
    # ("The Scythians were Iranian-speaking nomadic pastoralists who ...": a people of the past.)
    r"(?:[a-z]|(?-i:[A-Z][a-z]+(?:ese|ian|an|ish|ic)[\s-]))[\w-]*,?(?:\s+(?!(?:so|but|because|while|although|though|since|yet|and\s+so)\b)[\w*'’-]+,?){0,6}?(?:\s+\([^()]{1,40}\))?\s+"
    r"(?:that|which|who|whose|where|when|of|" + _NOUN_BEFORE_PIN + r"(?:between|among|within|about)|in\s+which|by\s+which|whereby|used|given|made|formed|produced|caused|"
    r"synthesi[sz]ed|found|built|designed|composed|consisting|containing)\b"
    r"\s+\S+",
)
# "Anzan is mental calculation done by picturing ...": under the note's title, a bare noun phrase
# (no adverb in it: "are automatically generated based on ..." says how) pinned by a participle
# and its preposition.
# (A second name between commas may come before the verb, "X, or Y, is ..."; a compound adjective
# in "-ed" is a modifier, not the participle, "are tiny shelled amoebae housed in ..."; and
# modifiers may be listed with commas or followed by an aside in brackets, "is quick, hand-drawn
# lettering done by ...", "are broad, shallow (under 2 m) pools formed around ...".)
BARE_PARTICIPLE = re.compile(
    r"^\s*(?:\([^)]{1,80}\)\s*|,\s*or\s+[^,]{1,60},)?\s(?:is|are)\s+" + _NO_NOUN_AFTER_COPULA
    # (Nor a quantity or a time: "is all painted in ...", "is two weeks delayed by ...".)
    + r"(?!(?:all|half|two|three|four|five|several|some|being|getting|partly|mostly|fully|nearly|almost|already|currently)\b)"
    + r"(?:(?![\w-]*ly\b|\w+ed\b|(?:weeks?|days?|months?|hours?|years?|minutes?)\b)[a-z][\w-]*,?\s+(?:\([^()]{1,40}\)\s+)?){1,4}?"
    r"(?:[a-z]{3,}ed|done|kept|held|seen|taken|shown|grown|laid|cut|set|worn|spun|sewn|drawn|thrown|written)\s+"
    r"(?:by|with|from|into|onto|through|between|inside|around|under|over|in|on|at)\s+\S+"
)
# "X: a/the ...", "X — the ...", "X - a ...": a separator and a defining noun phrase.
SEPARATOR_DEF = re.compile(
    r"^\s*(?:\([^)]{1,80}\)\s*)?(?::|：|\s?[—–]\s?|\s-\s)\s*(?:an?|the|one|any)\s+\S+(?:\s+\S+){2}", re.I
)
# "**Y**—the time between ...", "**Y** = mass × velocity": a dash or "=" right after the term.
# Lower-case only: "— A prompt változók ..." is a capitalised sentence in another language.
# '**Wabi-sabi** — "the beauty of imperfection": an aesthetic ...': a quoted gloss, then a description.
DASH_OR_EQUALS = re.compile(
    r"^\s*(?:[—–]\s*(?:an?|the|one|any)\s+[^\s`]+(?:\s+[^\s`]+){2}|=\s*[^\s`]+(?:\s+[^\s`]+){2}"
    # "*stationary points* — points where the derivative vanishes": a bare noun pinned by a clause.
    r"|[—–]\s*[a-z][\w-]+\s+(?:where|that|which|whose|in\s+which|by\s+which)\s+[^\s`]+(?:\s+[^\s`]+){1}"
    r"|[—–]\s*[\"“][^\"”\n]{3,80}[\"”]\s*[:;,—–]\s*[^\s`]+(?:\s+[^\s`]+){2})"
)
# "**Anchoring** — estimates drift toward an initial value": a dash, then a lower-case clause that says
# what happens (not a pronoun's remark: "**Update** — we shipped it", "— it was fine").
_DASH_CLAUSE = re.compile(
    r"^\s*[—–]\s*(?!(?:we|i|you|it|this|that|they|he|she|there|see|also|not|just|very|really|still|so|nothing|"
    r"everything|something|all|none|both|each|no|yes|maybe|probably|only|then|now)\b)"
    r"[a-z][a-z-]+\s+(?:[a-z][a-z-]*\s+){1,2}\S+(?:\s+\S+){2}"
)
_OWN_WORDS = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Yy]ou|[Yy]our)\b")
_ENGLISH = re.compile(r"\b(?:the|an|and|toward|towards|into|from|with|than|between|which|that)\b")


_ONE_LETTER_SECOND = re.compile(r"^\s*[—–]\s*[a-z][a-z-]+\s+[a-z]\s")
# A second name set apart by dashes before the clause: "— also called the dideoxy method — reads ...".
_NAMING_ASIDE = re.compile(
    r"^\s*[—–]\s*(?:also\s+|often\s+|sometimes\s+)?(?:called|known\s+as|termed|referred\s+to\s+as|a\.?k\.?a\.?)\s[^—–]{2,100}?\s(?=[—–]\s)"
)


def dash_clause(after: str, sentence: str, name_like: bool = False) -> bool:
    """"**Anchoring** — estimates drift toward an initial value, even an arbitrary one.", also past
    a second name between dashes: "**Sanger sequencing** — also called the dideoxy method — reads ...".
    ``name_like``: the term is one capitalised word, which may be a person's name: then the
    clause's second word must be a word, not a letter ("**Tom** — owes a reply ...")."""
    aside = _NAMING_ASIDE.match(after)
    if aside is not None:
        after = after[aside.end() :]
    elif name_like and _ONE_LETTER_SECOND.match(after):
        return False  # "**Tom** — owes a reply to ...": a person's to-do, the clause's second word a letter
    # English only: option lists of translated software read the same ("— kies of de velden ...").
    return _DASH_CLAUSE.match(after) is not None and _OWN_WORDS.search(sentence) is None and _ENGLISH.search(after) is not None


# "Kahneman (2011) defines **Y** as ...", "describes **Y** as ...": a definition attributed to a source.
DEFINES_BEFORE = re.compile(
    r"\b(?:defines?|defined|describes?|described|characteri[sz]es?|characteri[sz]ed|conceptuali[sz]es?|"
    r"conceptuali[sz]ed|understands?|understood|frames?|framed)\s+(?:(?:an?|the)\s+)?$",
    re.I,
)
AS_AFTER = re.compile(r"^\s+as\s+(?:an?\s+|the\s+)?\S+(?:\s+\S+){2}", re.I)
# A personal aside about the note itself, not a definition: "X is where I keep ...".
# "I" only before a lower-case word: the numeral in "V to I, sounds final" is no pronoun.
# Written to open with one character class, the word boundary before it checked by a lookbehind
# and each branch's first letter by another, so the engine skips ordinary text in C (same
# matches as r"\b(?:I(?=\s+[a-z])|I'm|I've|I'd|[Mm]y|me|mine)\b", about three times faster).
# A Roman numeral is no pronoun: "(I and IV)", "type I always burns", "Phase I trials", "World War I was",
# nor a ruler's after a name that "under" or a title puts before it ("introduced under Darius I
# around 515 BCE", "King Charles I was ..."; not "on Monday I went", "with Sarah I went").
_RULER_OPENERS = ("under", "King", "Queen", "Emperor", "Pope", "Tsar")
_REGNAL = "".join(f"(?<!{opener} [A-Z][a-z]{{{k}}} I)" for opener in _RULER_OPENERS for k in range(2, 12))
FIRST_PERSON = re.compile(
    r"[IMm](?<!\w.)(?:(?<=I)(?<![(/]I)(?<!ype I)(?<!lass I)(?<!tage I)(?<!hase I)(?<!rade I)(?<!igit I)"
    r"(?<!igits I)(?<!War I)(?<!evel I)(?<!roup I)" + _REGNAL +
    r"(?:(?=\s+[a-z])(?!\s+(?:and|or|to|through)\s+(?:I{1,3}|IV|VI{0,3}|IX|X)\b)|'m|'ve|'d)|(?<=[Mm])y|(?<=m)(?:e|ine))\b"
)
# The reader or the writer's group, spoken to or of ("you can ...", "we define ..."): a sentence
# addressed to someone, not a definition. (Not "us" here: in capitals it is the country.)
READER = re.compile(r"\b(?:you|your|we|our)\b", re.I)
# The reader alone: documentation speaks to its user; "our enzymes", "we" are a textbook's.
ADDRESSED = re.compile(r"\b(?:you|your)\b", re.I)


def defined_as(before: str, after: str) -> bool:
    """"... defines **Y** as fast, automatic thinking": an attributed definition."""
    # The anchored test first: "as" rarely follows a term, the verb search looks back further.
    return AS_AFTER.match(after) is not None and DEFINES_BEFORE.search(before[-60:]) is not None


# An abbreviation or a translation in brackets, then a gloss that opens with a word: "(OoB) =
# ending up ...", "(孝, filial piety) — the respect ...", not a quantity ("**Milk** (2L) = 1.49",
# "**Score** (final) = 3-1"), nor a house rule ("**Washing up** (WU) = whoever cooked ...").
_ASIDE = re.compile(r"^\s*\([^()\d\n]{1,40}\)(?=\s*[=—–]\s*(?!(?:whoever|whatever|whichever|whenever)\b)[^\W\d_])", re.I)


def dash_or_equals(after: str, aside: bool = False) -> bool:
    """"**Latency**—the time between ..." and "**Momentum** = mass × velocity, ...". With ``aside``
    (in prose), an abbreviation may stand before the sign: "**Out of bounds** (OoB) = ending up ...".
    (In a list "**FCR** (feed conversion ratio) = ..." is a glossary's entry, read as one.)"""
    if aside and after[:3].lstrip().startswith("("):
        match = _ASIDE.match(after)
        after = after[match.end() :] if match else after
    return DASH_OR_EQUALS.match(after) is not None


# What an arrow leads to in a plan, a fix list or a chain of causes, not a gloss: a step to take
# ("rain → move everything into the tent", "alarm → leave by the back stairs") or a clause of its
# own ("hum → the ground wire is loose ...", "pressure → the gas is squeezed ...").
_ARROW_STEP_VERBS = frozenset(
    """move take leave tell call text email send book buy bring put wait clean add stay keep open go ask
    try drive cancel chase update fix chop crush rinse peel spray feed sow pinch bake light
    soften cover pull report check use wear wash turn switch press hold lift place pour stir mix heat
    cool store evacuate meet
    now still then finally today tomorrow""".split()
)
_ARROW_CLAUSE = re.compile(r"^(?:\S+\s+){0,3}?(?:is|are|was|were|will|has|have|had|can|should|must)\b", re.I)


def arrow_step(gloss: str) -> bool:
    """Whether what follows an arrow is a step, a report or a clause, not a gloss of the term
    before it ("renewed the certificate and restarted the proxy": what was done)."""
    words = gloss.split(None, 1)
    if not words:
        return False
    first = words[0].lower().strip(",;:")
    if first in _ARROW_STEP_VERBS or _ARROW_CLAUSE.match(gloss) is not None:
        return True
    # (A verb in the past before its object is what was done.)
    return len(words) > 1 and first.endswith("ed") and words[1].startswith(("the ", "a ", "an ", "it ", "them "))


# Words of degree, number, judgement or order that make an arrow's term a condition, whose arrow
# leads to its consequence ("too hot → halo", "one ally → conformity drops", "cheaper credit →
# more investment"), or a step of a sequence ("then → ...").
_CONDITION_WORDS = frozenset(
    """more less too very high low higher lower increase increased decrease decreased no not one two three why how
    what when if bad good big small light dark hot cold fast slow then so also next first last cheaper dearer bigger
    smaller faster slower better worse greater fewer stronger weaker""".split()
)


def arrow_condition(term: str) -> bool:
    """Whether the term before an arrow names a condition or a step, not a concept the arrow glosses."""
    return not _CONDITION_WORDS.isdisjoint(term.lower().split())
