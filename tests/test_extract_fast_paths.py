"""The extractor's fast paths must answer exactly as the slower forms they replace.

``FIRST_PERSON`` opens with a character class (the word boundary checked by a lookbehind),
``mentions_ui`` looks for its words in the case-folded text before it runs its regex, and
``split_sentences`` reads the word before a full stop only when an abbreviation can stand there.
"""

from __future__ import annotations

import random
import re

from srs.core.extract import filters, uitext
from srs.core.extract.filters import plausible_term
from srs.core.extract.uitext import mentions_ui
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.sentences import split_sentences

# The pattern FIRST_PERSON was written as: the same matches, one position at a time.
_FIRST_PERSON_PLAIN = re.compile(r"\b(?:I(?=\s+[a-z])|I'm|I've|I'd|[Mm]y|me|mine)\b")


def test_first_person_matches_as_its_plain_form() -> None:
    rng = random.Random(11)
    alphabet = "IMmyeinv'd é_9\n\tĪı"
    samples = ["I met her", "aI met", "My notes", "summary", "me", "mine.", "I'm", "I've", "I'd", "Im", "xme", "I", "I A"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(50000)]
    for text in samples:
        plain_match = _FIRST_PERSON_PLAIN.search(text)
        fast_match = FIRST_PERSON.search(text)
        assert (plain_match and plain_match.span()) == (fast_match and fast_match.span()), repr(text)


def test_mentions_ui_finds_every_word_its_regex_finds() -> None:
    for word in uitext._UI_NOUN_WORDS:
        sample = f"then the {word} opens"
        odd = sample.replace("i", "ı").replace("s", "ſ").replace("k", "\u212a")
        for variant in (sample, sample.upper(), sample.title(), odd, sample.replace("i", "İ")):
            assert mentions_ui(variant) == (uitext._UI_NOUNS.search(variant) is not None), variant
    assert not mentions_ui("a plain sentence about cells")
    assert not mentions_ui("the tablet and the menus")  # the regex wants whole words


def _plausible_term_as_written(term: str) -> bool:
    """``plausible_term`` before its shortcuts: each test in full, in the order first written."""
    term = term.strip()
    if not term or len(term) > 80 or term.endswith((":", "：", ".", "!", "?", ",", ";")):
        return False
    if filters._NOT_WORDY.match(term) or filters._STARTS_SYMBOL.match(term):
        return False
    words = term.split()
    if len(words) > 7:
        return False
    if term.lower() in filters.STOP_TERMS or filters.is_label(term) or filters._NUMBERED.match(term) or filters.looks_like_date(term):
        return False
    if words[0].lower() in filters._POSSESSIVES:
        return False
    if len(words) > 1 and (words[0].lower() in filters._FOREIGN_POSSESSIVES or filters._QUESTION_FOR.match(term)):
        return False
    if len(words) > 1 and words[0].lower() in filters._SHORT_POSSESSIVES and words[1][:1].islower():
        return False
    if len(words) > 1 and words[0].lower() in filters._REMARK_OPENERS:
        return False
    if len(words) > 1 and (words[0].lower() == "more" or words[0].lower() == "less" and words[1].lower() != "than" and not words[1].endswith("ed")):
        return False
    if words[0].lower().replace("’", "'") in filters._CONTRACTIONS:
        return False
    if words[0].lower() == "too" and len(words) > 1 and words[1].lower() in filters._AMOUNTS:
        return False
    if term.startswith(filters.CJK_NEXT):
        return False
    if term.lower() in filters._SHORT_DAYS or filters._ORDINAL.match(term.lower()):
        return False
    if len(words) > 1 and (any(w in filters._PERSONS for w in words[1:]) or filters._FROM_SOMEONE.search(term)):
        return False
    return not (filters._KEYS.fullmatch(term) or "+" in term or filters._VERB_IN_TERM.search(filters._WILL_NOUN.sub("", term)))


def test_plausible_term_answers_as_written() -> None:
    rng = random.Random(5)
    pieces = [
        "Tags", "Step 3", "step3", "Monday", "March 3, 2024", "My", "take", "Ctrl", "BACKSPACE", "\u212aeys", "A", "+",
        "is", "🔼", "Up", "123", "note", "Osmosis", "activation", "energy", "Ohm's", "law", "(a)", "Daylight", "Sunday",
        "see also", "ſtep 4", "İs", "_x", "é", "day", "Sat, 12", "2024-01-02", ":", "—", "[[x]]", "  ", "Über", "ıs",
        "she", "him", "from", "Anna", "7th", "22nd", "Mon", "thurs", "will", "at", "free",
        "That's", "it’s", "Too", "much", "few", "too", "Mein", "vraag", "aan", "Ma", "More", "classic", "mes", "Notre", "Dame", "Less", "than", "developed", "下周实验", "다음 레슨",
    ]
    samples = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(30000)] + pieces
    for term in samples:
        assert plausible_term(term) == _plausible_term_as_written(term), repr(term)


def test_abbreviations_hold_sentences_together_after_any_word_length() -> None:
    def texts(text: str) -> list[str]:
        return [s.text for s in split_sentences(text, ())]

    assert texts("Use a buffer, e.g. a queue. Then stop.") == ["Use a buffer, e.g. a queue.", "Then stop."]
    assert texts("Enzymes (((e.g. Lipase) work. Then stop.") == ["Enzymes (((e.g. Lipase) work.", "Then stop."]
    assert texts("Approx. Ten people came. Then.") == ["Approx. Ten people came.", "Then."]
    assert texts("It was approx. Ten. Then.") == ["It was approx. Ten.", "Then."]
    assert texts("Biochemistry. Then J. Smith came.") == ["Biochemistry.", "Then J. Smith came."]
    assert texts("Photosynthesis. Then.") == ["Photosynthesis.", "Then."]


def test_will_as_a_noun_is_no_modal_in_a_term() -> None:
    from srs.core.extract.filters import plausible_term

    assert plausible_term("Tenancy at will") and plausible_term("Free will")
    assert not plausible_term("It will rain") and not plausible_term("we will see")


def test_a_sentence_opening_or_a_condition_is_no_term() -> None:
    from srs.core.extract.filters import plausible_term

    assert not plausible_term("That's the handicap principle") and not plausible_term("It’s a trap")
    assert not plausible_term("Too much elasticity") and not plausible_term("too many cooks")
    assert plausible_term("Too") and plausible_term("Much Ado")
