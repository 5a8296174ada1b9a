"""What a note's title names: its terms as written and bare (no date, emoji or kind word), the
terms a title sets side by side ("Tacking vs gybing"), each defined by the opening sentence of a
paragraph of its own, the title term opening a sentence of the note's first paragraph with what it
does ("A circumpolar star never sets ..."), and the subject of a title that is a claim ("Weak ties
bring new information")."""

from __future__ import annotations

import re
from functools import lru_cache

from srs.core.extract.filters import STOP_TERMS, plausible_term
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.frames import FIRST_PERSON, READER
from srs.core.extract.rules import Found
from srs.core.extract.sentences import Sentence, cloze_text

# Before a title's term: an emoji or symbol, a date or a Zettelkasten id. After it: a kind word.
_TITLE_PREFIX = re.compile(r"^(?:[^\w\s]+\s*|\d{4}-\d{2}-\d{2}\s*[-–—_:]?\s*|\d{8,14}\s+)+")
# ("Meditations (lit note)", "Tide pools (paper notes)": the kind word may close a bracket
# that names what the notes are on, and the whole bracket goes.)
_TITLE_SUFFIX = re.compile(
    r"\s+(?:\((?:[^\s()]+\s+){0,2}?(?:concept|definition|explained|basics|overview|notes?)\)|(?:concept|definition|explained|basics|overview|notes?))$", re.I
)


def title_terms(title: str, aliases: tuple[str, ...]) -> list[str]:
    """The terms a title names: as written, then without a leading emoji or date ("📘 Stoicism",
    "2024-03-05 Bayes theorem") and without a trailing kind word ("Second Brain Concept")."""
    terms = [t for t in (title, *aliases) if t]
    bare = bare_title(title)
    if bare and bare != title:
        terms.append(bare)
    if bare.endswith(")"):
        # "Placing (harp)", "Right of way (sabre)": a term and the field it belongs to.
        qualified = _QUALIFIED.match(bare)
        if qualified is not None:
            terms.append(qualified.group(1))
    # "Coin grading — Sheldon scale", "Genetics: Epistasis": a topic, then the note's term.
    topic = _TOPIC_SEPARATOR.search(bare)
    if topic is None or bare[: topic.start()].strip().lower() in _LOGGED_TOPICS:
        return terms  # ("Book review - Piranesi": the writer's review of a work, not its term.)
    # "Comparative method - Campbell ch 5": the term, then its source. (A sentence may define it;
    # the last term, the title's own, stays what a bare gloss of the title hides.)
    if 1 <= len(bare[: topic.start()].split()) <= 4 and 1 <= len(bare[topic.end() :].split()) <= 4:
        terms.append(bare[: topic.start()].strip())
    if 1 <= len(bare[topic.end() :].split()) <= 4:
        terms.append(bare[topic.end() :].strip())
    return terms


_TOPIC_SEPARATOR = re.compile(r"\s[—–-]\s|:\s")
# Topics that log what the writer read, watched or did.
_LOGGED_TOPICS = frozenset((
    "review", "book review", "film review", "movie review", "album review", "game review", "series review",
    "recap", "trip", "trip report", "visit", "log", "journal", "diary", "meeting", "interview",
))
# A title of one to four words, then a field of one to three in brackets.
# (In lower case: "Standup (Tuesday)", "Budget (Q3)" give a day or a period.)
_QUALIFIED = re.compile(r"^(\S+(?:\s\S+){0,3}?)\s+\((?:[a-z][^\s()]*\s?){1,3}\)$")


# "Tacking vs gybing", "Mitosis and meiosis", "Em & en": a title that sets two or three terms side by side.
_COMPARED = re.compile(r"\s+(?:vs\.?|versus|and|&|or|/)\s+", re.I)


def compared_terms(title: str) -> list[str]:
    """The terms a title sets side by side ("Tacking vs gybing" -> ["Tacking", "gybing"]), or []
    for any other title."""
    if " " not in title or not _COMPARED.search(title):
        return []
    parts = [part.strip() for part in _COMPARED.split(bare_title(title))]
    if not 2 <= len(parts) <= 3 or any(not part or len(part.split()) > 3 or not plausible_term(part) for part in parts):
        return []
    return parts


def compared_definition(sentence: Sentence, compared: list[str]) -> Found | None:
    """The card of a paragraph's opening sentence that defines one of the terms a title sets side
    by side ("Tacking is turning the bow through the wind ..."); that term is then taken out of
    ``compared``, so each gives one card."""
    from srs.core.extract.structure import defined_by_sentence  # which imports this module

    if "`" in sentence.text:
        return None  # a sentence about a code or a message the software shows
    # ("Incidence counts **new** cases ...": the writer's emphasis later in the sentence marks no
    # term of its own; the compared term opens it.)
    later = sentence.spans and all(span.kind in ("strong", "em") and span.start > 12 for span in sentence.spans)
    bare = Sentence(sentence.text, (), sentence.index, sentence.line_offset) if later else sentence
    for term in compared:
        # "Tacking is turning the bow ...", or what it does: "Subtractive sculpture starts from a block ...".
        card = defined_by_sentence(sentence, term, "title_definition") or title_statement(bare, [term])
        if card is not None:
            compared.remove(term)
            return card
    return None


@lru_cache(maxsize=256)
def bare_title(title: str) -> str:
    """The title without a leading emoji or date and a trailing kind word. A note asks twice (for
    its terms and for a gloss of its title): the pure answer is kept for recent titles."""
    # The prefix opens with a symbol or a digit: a title opening with a letter (most) has none.
    bare = title if title[:1].isalpha() else _TITLE_PREFIX.sub("", title)
    # The kind word must end the title (before a ")" and a final line break, where "$" matches):
    # a title whose last letter ends no kind word keeps its end, and the search is skipped.
    end = bare[:-1] if bare.endswith("\n") else bare
    last = end[-2:-1] if end.endswith(")") else end[-1:]
    if last in _SUFFIX_ENDS:
        bare = _TITLE_SUFFIX.sub("", bare)
    return bare.strip()


# The last letters of the kind words of ``_TITLE_SUFFIX``, with every character that matches one
# of them regardless of case ("ſ" matches "s").
_SUFFIX_ENDS = frozenset("tTnNdDsSſwWeE")


# Words that cannot be a verb after a title term: the term goes on or the sentence is no statement.
NOT_VERB = frozenset(
    """of in on at for from with by to and or but as than the a an that which who whom whose when where if
    is are was were be has had does did vs versus i.e e.g like into onto over under about after before during
    your my our their his her its you we they it them us me this that these those
    de des du la le les el los las del al y e et en og och und oder der die das van het op voor per para con
    com em na no da do dos das di della dei ou o af på til med för se je v ve z za""".split()
)
_CONJUNCTIONS = frozenset("when if because unless until while whenever".split())
# English function words: a statement in another language gives no English verb to judge.
_ENGLISH = frozenset("the of and that with from which are it its this an by to or into than about when because between where been have has their they these those it's".split())


def participle(word: str) -> bool:
    """A past or present participle or an adverb, no finite verb ("need", "bring" are verbs)."""
    return (word.endswith("ed") and not word.endswith("eed")) or word.endswith("ly") or (word.endswith("ing") and len(word) > 5)


def _english(text: str) -> bool:
    """Two of ``_ENGLISH``'s words in ``text`` (substring tests: no list of its words is made)."""
    low = f" {text.lower()} "
    found = 0
    for word in _ENGLISH:
        if f" {word} " in low:
            found += 1
            if found == 2:
                return True
    return False
# Adverbs and modals a statement about a kind of thing may open its predicate with.
_STATEMENT_OPENERS = frozenset(
    """never always often usually only also typically generally mostly rarely still can cannot can't will may
    must tends tend""".split()
)
_DIGIT = re.compile(r"\d")
_WORD_AFTER = re.compile(r"\s+(?P<word>[a-z][\w'’-]*)")


def title_words(term: str) -> bool:
    """A title that names a concept, not a person or a project: lower case after the first word."""
    words = term.split()
    if not 1 <= len(words) <= 4 or any(w.lower() in NOT_VERB and w.lower() not in ("of", "and") for w in words):
        return False  # "Create your first note": an instruction, not a concept
    return all(w[:1].islower() or not w[:1].isalpha() for w in words[1:]) and plausible_term(term)


def title_statement(sentence: Sentence, terms: list[str]) -> Found | None:
    """The card of a sentence that opens with the note's title term (after an article, perhaps
    in the plural) and says what it does: "A circumpolar star never sets below the horizon ...",
    "The personal infinitive adds -es, -mos ... to the infinitive". A present-tense statement of
    four words or more, by no person and to no reader."""
    text = sentence.text
    # (English up to its verb: a dash or a symbol later, "— does it burn", "5×", is no matter.)
    if sentence.spans or not text[:48].isascii() or "`" in text:
        return None  # the writer's own emphasis picks the sentence's terms
    low = text[:120].lower()
    for term in terms:
        lterm = term.lower()
        pos = 0
        for article in ("a ", "an ", "the "):
            if low.startswith(article) and not lterm.startswith(article):
                pos = len(article)
                break
        if not low.startswith(lterm, pos) or not title_words(term) or not _english(text):
            continue
        end = pos + len(term)
        if low[end : end + 1] == "s" and not low[end + 1 : end + 2].isalnum():
            end += 1
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue
        word = _WORD_AFTER.match(text, end)
        if word is None:
            continue
        verb = word.group("word")
        if not agrees(text[pos:end], verb) and verb not in _STATEMENT_OPENERS:
            # "A RACI matrix maps ...": the title term and its head noun, then the verb.
            following = _WORD_AFTER.match(text, word.end())
            # ("The term structure of rates is ...": "of" is no head noun, and the title term no subject.)
            if following is None or verb in NOT_VERB or not agrees(verb, following.group("word")):
                continue
            end, word, verb = word.end(), following, following.group("word")
        if verb in _STATEMENT_OPENERS:
            modal = verb in _MODALS
            word = _WORD_AFTER.match(text, word.end()) or word
            verb = word.group("word")
            if not modal and not agrees(text[pos:end], verb):
                continue
        if verb in NOT_VERB or participle(verb) or len(text[word.end() :].split()) < 3:
            continue
        if FIRST_PERSON.search(text) or READER.search(text) or is_ui_instruction(text):
            return None
        made = cloze_text(text, [(pos, end, text[pos:end])])
        return Found(made[0], made[1], "title_definition") if made else None
    return None


_MODALS = frozenset("can cannot can't will may must".split())


def agrees(subject: str, verb: str) -> bool:
    """Whether ``verb`` can be the present tense of ``subject``: the -s form after a singular,
    the plain form after a plural ("A circumpolar star sets", "Properties contain")."""
    # (Nouns in -sis, -us, -ics and -ss are singular: "Reverse osmosis pushes", "Genetics studies".)
    plural = subject.endswith("s") and not subject.endswith(("ss", "sis", "us", "ics", "xis"))
    return (verb.endswith("s") and not verb.endswith(("ss", "us"))) != plural


def names_title(text: str, terms: list[str]) -> bool:
    """Whether ``text`` names one of the title's terms (case aside)."""
    low = text.lower()
    for term in terms:
        if term.lower() in low:
            return True
    return False


def title_openings(terms: list[str]) -> tuple[str, ...]:
    """How a sentence opening with one of the title's concept terms begins, in lower case (with
    and without an article): the cheap test before ``later_title_sentence``."""
    # (Whether a term names a concept is asked only of a sentence that opens with it.)
    return tuple(f"{article}{t.lower()}" for t in terms for article in ("", "a ", "an ", "the "))


def later_title_sentence(sentence: Sentence, terms: list[str]) -> tuple[Found, ...]:
    """The card (none or one) of a later sentence of the note's first paragraph that defines the
    title term ("Checks and balances is the companion idea: ...") or says what it does, when the
    opening sentence set the scene instead ("Separation of powers divides government into ...")."""
    from srs.core.extract.structure import defined_by_sentence  # which imports this module

    text = sentence.text
    if "`" in text or "{{" in text or READER.search(text) or FIRST_PERSON.search(text):
        return ()  # documentation speaks to its reader of code and settings
    for term in terms:
        card = defined_by_sentence(sentence, term, "title_definition") if title_words(term) else None
        # Later in the paragraph only a definition's own words count ("is the companion idea").
        if card is not None and _DEFINES.match(card.text.split("}}", 1)[1]):
            return (card,)
    card = title_statement(sentence, terms)
    return (card,) if card else ()


_DEFINES = re.compile(r"\s+(?:(?:is|are)\s+(?:also\s+)?(?:an?|the|one)|means|refers\s+to|denotes|describes)\s")


# A claim's subject: one to three words, then a verb, then what it claims.
_CLAIM_TITLE = re.compile(r"^(?P<subject>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+(?P<verb>[a-z][\w'’-]*)\s+\S+")


def may_claim(bare: str, least_spaces: int) -> bool:
    """Whether a bare title can be an English claim: ``least_spaces`` to nine spaces between its
    words, no question, no topic dash, no digit."""
    return least_spaces <= bare.count(" ") <= 9 and bare.isascii() and not bare.endswith("?") and " - " not in bare and not _DIGIT.search(bare)


def claim_candidate(title: str) -> tuple[str, str] | None:
    """The subject and verb of a title that is a claim ("Weak ties bring new information" ->
    ("Weak ties", "bring")), or None. The verb must agree with the subject (a plural subject
    takes the plain form, a singular one the -s form) and be followed by no preposition
    ("Meeting notes about ..." is a label, not a claim). Read from the title alone: the card
    needs a block of the note that opens with the subject too (``opens_claim``)."""
    bare = bare_title(title)
    if not may_claim(bare, 3):
        return None
    words = bare.split()
    for k in (3, 2, 1):
        if k >= len(words) - 1:
            continue
        verb = words[k]
        if not verb.isalpha() or not verb.islower() or verb in NOT_VERB or participle(verb):
            continue
        subject = words[:k]
        plural = subject[-1].endswith("s") and not subject[-1].endswith("ss")
        if plural == (verb.endswith("s") and not verb.endswith("ss")):
            continue  # "Meeting notes ...": no verb agrees with that subject
        # (A conjunction may follow the verb after a subject of two words: "Marine iguanas shrink
        # when food runs out"; not "Study tips when tired"; a preposition never: "Meeting notes about ...".)
        after = words[k + 1].lower()
        if (after in NOT_VERB and (after not in _CONJUNCTIONS or k < 2)) or any(w.lower() in STOP_TERMS or w.lower() in NOT_VERB for w in subject):
            continue
        if any(w[:1].isupper() for w in subject[1:]):
            continue  # a name ("Project Alpha needs ...")
        phrase = " ".join(subject)
        if len(phrase) < 4 or READER.search(bare) or FIRST_PERSON.search(bare) or not plausible_term(phrase):
            return None  # "Plugins make Obsidian special for you": a slogan, not a claim to learn
        return phrase, verb
    return None


def opens_claim(text: str, claim: tuple[str, str]) -> bool:
    """Whether an English paragraph or list item opens with the claim's subject (after an
    article), and not with the title's own words again ("Soil processes: ..." as a line)."""
    phrase, verb = claim
    if text[:1].lower() == phrase[0].lower():
        at = 0
    elif text[:1] in "TA" and text.startswith(("The ", "A ", "An ")):
        at = text.find(" ") + 1
    else:
        return False
    if text[at : at + len(phrase)].lower() != phrase.lower():
        return False
    rest = text[at + len(phrase) : at + len(phrase) + len(verb) + 2]
    if rest[:1].isalnum() or rest[1:].lower().startswith(verb):
        return False
    return _english(text[:600])


def claim_card(title: str, claim: tuple[str, str]) -> Found | None:
    """"{{c1::Weak ties}} bring new information": the title, its claim's subject hidden."""
    start = title.find(claim[0])
    if start < 0:
        return None
    made = cloze_text(title, [(start, start + len(claim[0]), claim[0])])
    return Found(made[0], made[1], "title_claim") if made else None
