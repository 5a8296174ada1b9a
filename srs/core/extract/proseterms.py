"""Terms a sentence defines in plain prose, known by the shape of the whole sentence.

``unmarked.plain_subject`` reads "Term is a noun pinned by of/that ...". Careful readers also hide
the subject of sentences that say the same thing in other words:

- the predicate names the subject's own head again, as its genus: "Slab serifs are thick,
  block-like serifs with little or no bracketing", "A circumpolar star is a star that ...";
- a definite subject of several words, a concept's name, before a noun pinned down: "The
  hyperfocal distance is the focus distance that ...", "The reorder point is the stock level at
  which ...", "The thermic effect of food is the extra energy spent digesting ...";
- a term met in passing, then glossed by a relative clause: "Not the same as caramelisation, which
  is the breakdown of sugar ...";
- a demonstrative subject pointing at what the sentence before described, then its name: "That
  yellowing is lime-induced chlorosis.";
- two terms set side by side in one sentence, each with its own predicate: "System 1 is fast and
  intuitive, System 2 is slow and deliberate", "A widow is ...; an orphan is ...";
- a kind of the term the list item before defined, named by a modifier: "1. Social capital = ..."
  then "2. Bonding social capital ties together people who ...".

Ordinary sentences share each shape ("The meeting is the one that ...", "This week is a mess"),
so each asks what makes its subject a concept: a modifier before a head noun that is no generic
word (thing, way, idea, problem ...), no word of order or opinion, no person, and a predicate that
pins its noun down.
"""

from __future__ import annotations

import re

from srs.core.extract.filters import STOP_TERMS
from srs.core.extract.found import Found
from srs.core.extract.sentences import Sentence
from srs.core.extract.termcards import term_card

# Heads too vague to name a concept ("The main thing is ...", "That idea is ...").
GENERIC_HEADS = frozenset(
    """thing things way ways idea ideas problem problems approach approaches plan plans goal goals issue issues
    question questions answer answers reason reasons result results one ones part parts bit bits lot lots
    stuff place places person people time times day days week weeks month months year years end start
    beginning middle rest kind sort type case cases option options solution solutions choice
    meeting meetings step steps task tasks item items list lists note notes version versions rule
    difference example examples mess pain joy fun disaster mistake trick tip tips key consequence consequences
    upshot takeaway outcome outcomes""".split()
)
# The name of the note's thing, never a term of its own: "The name is ...", "The word is ...".
_NAME_WORDS = frozenset("name names word term nickname".split())
# Words before a head that speak of order, opinion or the writer's own things, not of a concept.
NOT_MODIFIER = frozenset(
    """new old first second third last next previous following above below same other main key big small
    real current final initial original basic general simple whole entire only actual default usual typical
    good bad great best worst important hard easy difficult interesting weekly daily monthly nice cool
    better worse early late big huge tiny little long short high low more less most few many several
    this that these those my our your his her their its such each every any some another one two three
    own right wrong different
    if when while as in on at for from with by to of and or but the a an
    onze ons mijn jouw je uw hun unser unsere mein meine dein deine notre nos mon ma mes nuestro nuestra mi mis
    nosso nossa meu minha nostro nostra mio mia wanneer als dit dat wenn falls quand lorsque cuando quando""".split()
)
# Second person in the languages of ``_RESTATED``: a sentence spoken to the reader defines nothing.
_ADDRESSED = re.compile(
    r"\b(?:[Yy]ou|[Yy]our|[Ww]e|[Oo]ur|[Jj]e|[Jj]ij|[Jj]ouw|[Uu]w|[Ww]ij|[Oo]nze|[Dd]u|[Dd]ein\w*|[Ww]ir|[Uu]nser\w*|"
    r"[Vv]ous|[Vv]otre|[Vv]os|[Nn]ous|[Tt]u|[Tt]on|[Tt]a|[Tt]es)\b"
)
# Adverbs that open a statement about a thing's state, not its genus ("are now rendered ...").
_STATE_ADVERBS = frozenset(
    """not also just still only like more less now always never usually often typically properly already
    no then currently sometimes generally mostly largely fully automatically""".split()
)
_VERB_LIKE = frozenset("is are was were be been has have had do does did can will would should must may might".split())
# What pins a predicate's noun down: a preposition or relative of a definition, or a participle.
# "the threshold you pick ...": a relative clause without "that", its subject a pronoun that means
# anyone (and no modal: "a view you can use" is what the reader can do).
CONTACT_CLAUSE = r"(?:you|we|one|people)\s+(?!(?:are|is|was|were|can|could|should|must|will|would|may|might)\b)[a-z]{2,}"
# "the form a noun takes before ...", "the benchmark an outcome is coded against": a relative
# clause without "that", its subject any member of a kind (an indefinite article: "the figure the
# board signs off" speaks of one board, the writer's). After a noun of time, place or measure a
# definite subject is a part of the thing defined ("the moment the heel lifts", "the depth the
# light reaches").
_MEASURE_HEADS = (
    "moment point time instant stage phase place spot angle depth distance height level speed temperature "
    "volume amount weight mass size number rate dose load"
).split()
NOUN_CONTACT_CLAUSE = (
    r"(?:an?|(?:" + "|".join(rf"(?<=\b{head}\s)" for head in _MEASURE_HEADS) + r")the)"
    r"\s+[a-z]{3,}\s+(?:[a-z]{3,}s|is|are|would|will|can|must)\s+[a-z]{2,}"
)
PIN = re.compile(
    # (From a word's start: "the tiny bone that ..." is no contact clause "one that".)
    r"(?<![\w'’-])(?:of|that|which|who|whose|where|when|whereby|between|"
    r"(?:at|in|by|on|to|through|from|for|under|with)\s+which|"
    # "the metal band around the end of the handle": where the thing runs.
    r"(?:around|across|along)\s+(?:an?|the|each|every|its|their)\s|"
    r"spent|used|needed|required|given|caused|produced|made|measured|expressed|held|left|"
    r"[a-z]{3,}ed\s+(?:by|to|for|in|from|with|at|as|on)|"
    rf"{NOUN_CONTACT_CLAUSE}|"
    rf"(?P<contact>{CONTACT_CLAUSE}))\b"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# People and groups named by no role of a field: "the guy who ...", "the team who ...".
_PLAIN_PEOPLE = frozenset("guy guys team person people man woman lady bloke chap kid friend neighbour neighbor one someone family".split())
# "The sync interval is the number of minutes between two syncs": a setting's value, not a concept.
_SETTING_VALUE = re.compile(
    r"(?:(?:maximum|minimum|max|min|default)\s+)?(?:number|amount|count)\s+of\s+(?:minutes|seconds|hours|days|"
    r"milliseconds|ms|items|characters|lines|pixels|times|files|notes|entries|results|retries|attempts|rows|columns)\b"
)


def concept_words(words: list[str]) -> bool:
    """Words that can name a concept: a modifier of no order or opinion, no stop word, a head
    that is no generic noun, lower case after the first word (a capital there names a person)."""
    if not words or words[0].lower() in NOT_MODIFIER:
        return False
    if any(w.lower() in STOP_TERMS or w.lower() in _VERB_LIKE for w in words):
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return False
    head = words[-1].lower()
    if "of" in [w.lower() for w in words]:
        head = words[[w.lower() for w in words].index("of") - 1].lower()
    return head not in GENERIC_HEADS and head not in NOT_MODIFIER  # ("wipes the folder first, which ...")


# "Slab serifs are thick, block-like serifs with ...": an optional article, a term of two to four
# words, a copula, then its predicate (read word by word below).
_RESTATED = re.compile(
    r"^(?:(?:An?|The|De|Het|Een)\s+)?(?P<term>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){1,3}?)\s+(?:is|are)\s+(?P<pred>.+)$"
)
_PRED_ARTICLE = frozenset("a an the un une des le la les el los las una unos unas o os um uma il lo ein eine".split())


def restated_head(text: str) -> Found | None:
    """"Slab serifs are thick, block-like serifs with ...": the predicate names the subject's head
    again among its first words, as the genus of a definition; hide the subject."""
    # The head (the word before the copula) must stand again just after it: a cheap test first.
    at = text.find(" is ", 0, 70)
    if at < 0:
        at = text.find(" are ", 0, 70)
    head = text[:at].rsplit(None, 1)[-1].lower().rstrip("s") if at > 0 else ""
    if len(head) < 4 or head not in text[at : at + 80].lower():
        return None
    match = _RESTATED.match(text)
    if match is None:
        return None
    words = match.group("term").split()
    heads = {words[-1].lower().rstrip("s")}  # English and Dutch heads close the phrase
    if not concept_words(words):
        return None
    pred = _WORD.findall(match.group("pred")[:80])[:7]
    if not pred or pred[0].lower() in _STATE_ADVERBS or pred[0].lower().endswith("ly"):
        return None
    for i, word in enumerate(pred[:5]):
        if word.lower().rstrip("s") in heads and len(pred) - i >= 3:
            before = [w.lower() for w in pred[:i]]
            if any(w in NOT_MODIFIER or w in STOP_TERMS for w in before if w not in _PRED_ARTICLE):
                return None  # "Good teams are the best teams ...": an opinion, not a genus
            if i == 0 and match.group("pred")[:1].isupper():
                return None
            return term_card(text, match.start("term"), match.end("term"), "term_is", addressed=_ADDRESSED)
    return None


# "The hyperfocal distance is the focus distance that ...": "The", a term of two to four words
# (lower case, "of" may join them), a copula and an article; the predicate is judged below.
_THE_TERM = re.compile(
    r"^The\s+(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)(?:\s+\([^()\n]{1,30}\))?\s+(?:is|are)\s+"
    r"(?P<article>the|an?)\s+(?P<pred>[^;:]{8,})"
)
_APPOSITIVE = re.compile(r",\s+(?:an?|the)\s")
_SIZES = frozenset("small little tiny long short big large huge high low thin thick".split())


def definite_subject(text: str) -> Found | None:
    """"The reorder point is the stock level at which ...", "The mitochondrion is the organelle
    that ...": a definite term of one to four words whose predicate pins its noun down among its
    first words; hide the term."""
    match = _THE_TERM.match(text)
    if match is None:
        return None
    words = match.group("term").split()
    if not concept_words(words) or words[-1].lower() in _NAME_WORDS:
        return None  # ("The name is a 1978 mash-up of ...": the title thing's name, no term)
    pred = match.group("pred")
    if not pred.strip():
        return None
    first = pred.split(None, 1)[0].lower()
    # ("The cheater is a small fine-adjust that ...": after "a", a size describes the kind.)
    sized = first in _SIZES and match.group("article") != "the"
    if (first in NOT_MODIFIER and not sized) or first in GENERIC_HEADS or first.endswith("est") or _SETTING_VALUE.match(pred):
        return None  # "The new office is the best one ...", "The plan is the end of ..."
    pin = PIN.search(pred, 0, 60)
    if pin is None or len(pred[: pin.start()].split()) > 5 or len(pred[: pin.start()].split()) < 1:
        return None
    if _APPOSITIVE.search(pred, 0, pin.start()):
        return None  # "The trigger is the cnidocil, a hair-like bristle on ...": a name, then its gloss
    if sized and (pin.group().split()[-1] not in ("that", "which") or pred[: pin.start()].split()[-1][:1].isupper()):
        return None
    head = pred[: pin.start()].split()[-1].lower().strip(",")
    if head in GENERIC_HEADS:
        return None
    if head in _PLAIN_PEOPLE:
        return None  # "The landlord is the guy who lives upstairs", "The winner is the team who ...": news of people
    # (A pronoun in the clause that pins the noun, or one that opens a relative clause without
    # "that", is anyone: "the stock level at which you reorder", "the threshold you pick".)
    generic = match.start("pred") + (pin.start() if pin.group("contact") else pin.end())
    return term_card(text, match.start("term"), match.end("term"), "term_is", generic_from=generic)


# "Not the same as caramelisation, which is the breakdown of sugar ...": a term after a determiner
# or a preposition, a comma, then "which is" and a noun pinned down.
_RELATIVE_GLOSS = re.compile(
    r"(?:^|\b(?P<article>the|an?|as|of|with|to|from|like|than|and|or)\s+)(?P<term>[a-z][\w'’-]{2,}(?:\s+[a-z][\w'’-]{2,}){0,2}),\s+"
    r"which\s+(?:(?:is|are)\s+(?:the|an?)\s+(?P<pred>[^;:]{8,})"
    # "... gives the geostrophic wind, which blows parallel to the isobars": what a named thing does.
    r"|(?P<verb>(?!(?:is|was|has|does|makes|means|seems|looks|gets|goes|takes|needs)\b)[a-z]{3,}[^s\W]s)\s+\S+\s+\S+)"
)


# A subordinating word right before the term's article: the words after it are a clause.
_CLAUSE_OPENER = re.compile(r"\b(?:where|when|while|whereas|because|if|unless|until|once|since)\s+$")


def relative_gloss(text: str) -> Found | None:
    """"..., caramelisation, which is the breakdown of sugar on its own ...": hide the term a
    relative clause defines."""
    match = _RELATIVE_GLOSS.search(text)
    if match is None:
        return None
    words = match.group("term").split()
    if not concept_words(words) or words[0] in ("the", "a", "an"):
        return None
    if match.group("article") and _CLAUSE_OPENER.search(text, 0, match.start("article")):
        return None  # "... near the equator where the trade winds meet, which ...": a clause's subject and verb
    if match.group("verb"):
        # Only a definite term of two words or more: "the geostrophic wind", not "a file, which opens".
        if match.group("article") != "the" or len(words) < 2 or match.group("verb").endswith("ss"):
            return None
        return term_card(text, match.start("term"), match.end("term"), "term_is")
    pred = match.group("pred")
    if not pred.strip():
        return None
    pin = PIN.search(pred, 0, 50)
    if pin is None or not 1 <= len(pred[: pin.start()].split()) <= 4:
        return None
    first = pred.split(None, 1)[0].lower()
    if _APPOSITIVE.search(pred, 0, pin.start()):
        return None  # "..., which is the cnidocil, a hair-like bristle on ...": a name, then its gloss
    head = pred[: pin.start()].split()[-1].lower().strip(",")
    if first in NOT_MODIFIER or first.endswith("est") or head in GENERIC_HEADS:
        return None
    return term_card(text, match.start("term"), match.end("term"), "term_is")


# "That yellowing is lime-induced chlorosis.": a demonstrative and its noun, a copula, then the
# name alone closing a short sentence.
_DEMONSTRATIVE_NAMING = re.compile(
    r"^(?:This|That|These|Those)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+(?:is|are)\s+(?:the\s+|an?\s+)?"
    r"(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\s*(?:[.!]?$|,\s+(?=made|paid|used|given|taken|filed|sent|held|known|also)\b"
    # ("That point is the towing point (also "tow point").": its other name in brackets.)
    r"|\((?:also|or|aka|a\.k\.a\.)\s(?P<alt>[^()]{1,40})\)[.!]?$)"
)


def demonstrative_naming(text: str) -> Found | None:
    """"That yellowing is lime-induced chlorosis.": hide the name given to what the sentence
    before described. The name must read as a term: two words or more (or hyphenated) with no
    word of opinion."""
    match = _DEMONSTRATIVE_NAMING.match(text)
    if match is None:
        return None
    term = match.group("term")
    words = term.split()
    alt = match.group("alt")
    if alt and not set(re.findall(r"[\w'’-]+", alt.lower())) & set(w.lower() for w in words):
        return None  # "That shop is the corner shop (also "the Spar")": a nickname, not the name's other form
    if (len(words) < 2 and "-" not in term) or not concept_words(words):
        return None
    if any(w.lower().endswith(("est", "ly")) for w in words) or words[-1].endswith("ing"):
        return None
    return term_card(text, match.start("term"), match.end("term"), "term_is")


# "..., that's a bundle of isoglosses, and ...", "That's the handicap principle (Zahavi, 1975): a
# signal is ...": the name given to what the words before described.
_THATS_NAMING = re.compile(
    r"(?:^|[,;]\s+|—\s*)(?:[Tt]hat|[Tt]his)(?:['’]s|\s+is)\s+(?:called\s+)?(?:the|an?)\s+"
    r"(?P<term>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
    r"\s*(?:[.!]?$|\([^()]{1,40}\)\s*[:.]|:\s|,\s+(?:and|which|so|because)\b)"
)


def thats_naming(text: str) -> Found | None:
    """"..., that's a bundle of isoglosses.": hide the name "that's" gives to what was described.
    The name must read as a term: two words or more (or hyphenated) with no word of opinion."""
    match = _THATS_NAMING.search(text)
    if match is None:
        return None
    words = match.group("term").split()
    if (len(words) < 2 and "-" not in words[0]) or not concept_words(words) or "and" in words or "or" in words:
        return None  # ("This is a large and active community.": a description, not a name)
    if any(w.endswith(("est", "ly")) for w in words) or words[-1].endswith("ing"):
        return None
    return term_card(text, match.start("term"), match.end("term"), "term_is")


# One clause of a pair: an optional article, a term of one to four words, then a copula or a verb.
_PAIR_CLAUSE = re.compile(
    r"(?:(?P<art>[Aa]n?|[Tt]he)\s+)?(?P<term>[^\W_][\w'’-]*(?:\s+(?!(?:is|are)\b)[\w'’-]+){0,3}?)"
    r"(?:\s+\([^()\n]{1,12}\))?\s+(?P<verb>is|are)\s+(?P<pred>\S+(?:\s+\S+)+)"
)
# Words that put a second clause after the first in time or in reasoning: steps, no pair of terms.
_SEQUENCE_WORDS = frozenset("then and so but next after afterwards finally".split())
_PAIR_BREAK = re.compile(r"(?:;|,)\s+(?=(?:[Aa]n?\s+|[Tt]he\s+)?[^\W_][\w'’-]*(?:\s+[\w'’-]+){0,3}?(?:\s+\([^()\n]{1,12}\))?\s+(?:is|are)\s)")


def paired_subjects(sentence: Sentence) -> list[Found]:
    """"The mind runs two systems: System 1 is fast and intuitive, System 2 is slow": two terms
    set side by side after a colon or split by a semicolon, each the subject of its own clause
    with the same verb. They must share a word (their head, "Feature teams" / "empowered product
    teams") or be separated by a semicolon with the first clause a definition ("A widow is a
    short last line ...; an orphan is ..."). One card for each term."""
    text = sentence.text
    # Two copulas of the same person, found before any regex runs.
    for copula in (" is ", " are "):
        first = text.find(copula)
        if first >= 0 and text.find(copula, first + 4) > 0:
            break
    else:
        return []
    brk = _PAIR_BREAK.search(text, 8)
    if brk is None:
        return []
    # The first clause may follow a lead-in ("The mind runs two systems: System 1 is ...").
    colon = text.rfind(": ", 0, brk.start())
    if colon < 0 and text[brk.start()] != ";":
        return []  # "X is A, Y is B" with no lead-in: as often two remarks as two terms
    first_at = colon + 2 if colon >= 0 else 0
    one = _PAIR_CLAUSE.fullmatch(text, first_at, brk.start())
    two = _PAIR_CLAUSE.match(text, brk.end())
    if one is None or two is None or one.group("verb") != two.group("verb"):
        return []
    words_one, words_two = one.group("term").split(), two.group("term").split()
    if words_one[0].lower() == "it" or (colon < 0 and one.group("art") is None and not words_one[0][:1].isupper()):
        return []
    if words_two[0].lower() in _SEQUENCE_WORDS:
        return []  # "a flap is cut in the cornea, ..., then the flap is laid back down": steps in turn
    if not (concept_words(words_one) or words_one[-1][:1].isdigit()) or not (concept_words(words_two) or words_two[-1][:1].isdigit()):
        return []
    if words_one[0][:1].isdigit() or words_two[0][:1].isdigit():
        return []
    shared = {w.lower() for w in words_one} & {w.lower() for w in words_two}
    if not shared:
        from srs.core.extract.unmarked import plain_subject  # which imports this module

        clause = Sentence(text[first_at : brk.start()], (), 0, 0)
        if text[brk.start()] != ";" or one.group("art") is None or plain_subject(clause) is None:
            return []
    elif words_one == words_two:
        return []
    if len(one.group("pred").split()) < 2 or len(two.group("pred").split()) < 2:
        return []
    cards = []
    for match in (one, two):
        card = term_card(text, match.start("term"), match.end("term"), "term_is")
        if card is None:
            return []
        cards.append(card)
    return cards



# "Bonding social capital ties together people ...": a capitalised modifier, the term the block
# before defined, then what this kind does (or is).
_KIND_OF = re.compile(
    r"^(?P<term>(?P<modifier>[A-Z][a-z][\w'’-]*)\s+(?P<base>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?))\s+(?:[a-z]+ly\s+)?"
    r"(?:(?!(?:has|does|goes|gets|seems|looks|needs|takes|makes|comes)\b)[a-z]{2,}[^s\W]s|(?:is|are)\s+(?:an?|the)\s+(?P<first>[\w-]+))"
    r"\s+\S+\s+\S+"
)


def kind_of_previous(text: str, previous: str) -> Found | None:
    """"2. Bonding social capital ties together people who are alike", after a list item that
    defined "Social capital": a kind of the term the item before defined (or of that term's own
    base, "Bridging social capital" after "Bonding social capital"), named by a modifier."""
    # The known term must follow the first word: a look at those letters before the regex runs.
    known = previous.lower().split()
    after = text[text.find(" ") + 1 : text.find(" ") + len(previous) + 2].lower()
    if not after.startswith(" ".join(known)) and not (len(known) > 1 and after.startswith(" ".join(known[1:]))):
        return None
    match = _KIND_OF.match(text)
    if match is None:
        return None
    base = match.group("base")
    if base != " ".join(known) and base != " ".join(known[1:]):
        return None
    if match.group("modifier").lower() in NOT_MODIFIER or match.group("term").lower() == previous.lower():
        return None
    if match.group("first") and (match.group("first").lower() in NOT_MODIFIER or match.group("first").endswith("est")):
        return None  # "Iced coffee is the best ...": an opinion
    return term_card(text, match.start("term"), match.end("term"), "term_is")
