"""The word before an emphasised term rules checks out only when they cannot match.

``rules.definitions`` asks the costly regexes that read back from a term only when the word right
before it (``termnames.last_word``) is one they can end in. Whatever text stands before the term,
a regex that matches must find its gate open: random text made of the words these regexes read,
other words, marks and odd white space, in any letter case, shows it.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

import re

from srs.core.extract import filters, frames, namingcues, phrases, sentenceopenings, termnames, uitext
from srs.core.extract.namingcues import NAMING_ENDS, NAMING_ENDS_INTL
from srs.core.extract.sentences import Sentence, fold_case
from srs.core.extract.termnames import last_word
from srs.core.markdown_render import Span

_WORDS = (
    "called calls call termed named dubbed nicknamed coined labeled labelled christened known referred refer refers to "
    "as it this these them that him her a an the term word name phrase label its their his our is are was were "
    "corresponding associated resulting this that those in during for within of if when define defines we one mean "
    "by appelle appelé nommée llama llamado se denomina chiama chiamato noemt genoemd heißt nennt man nennen genannt "
    "sogenannten so chamado chama-se kallas называется conoce como conocido conhecidas connu sous le nom de d' d’ "
    "è detto sono dette heet heten wordt les l' l’ un une el los las il lo gli o os het der die das den ein eine "
    "unter als wird werden auch Def: TIL: **Definition:** für Kant, per Platone, the law of motion. Die x2 "
    "so-called (called *the ,the , — – ; : The A An la, ."
).split() + [
    # Whole shapes of the phrase tests, so that random text holds matches of each.
    "Rejecting a true null hypothesis is a", "Molecules that are mirror images are", "This is the", "That effect is called the",
    "In Pavlov's experiment the food is the", "solve $x^2 = 1$, the", "A carbon with four different substituents, a",
    "The founder of Stoicism,", "Its opposite,", "is called its", "refer to this as", "Man nennt das Molekül, das",
    "call an event that lies outside all expectation a",
]
_ODD = {"i": "İ", "s": "ſ", "k": "K"}


def _odd_case(text: str, how: int) -> str:
    if how == 1:
        return text.upper()
    if how == 2:
        return "".join(_ODD.get(ch, ch) for ch in text)
    return text


_SPACE = st.sampled_from([" ", " ", " ", "  ", "\n", "\t", "\u00a0", "\u2003", ""])
_BEFORE = st.builds(
    lambda parts, how, end: _odd_case("".join(parts), how) + end,
    st.lists(st.tuples(st.sampled_from(_WORDS), _SPACE).map("".join), max_size=14),
    st.integers(0, 2),
    st.sampled_from(["", " ", "  ", "\n", " \n"]),
)
_AFTER = st.sampled_from(["", ".", " is a thing", ", and more", " and the rest", "; so", " (or x)", ": y", " — z", ", is the usual source", " — taught the school"])


@settings(max_examples=3000, deadline=None)
@given(_BEFORE)
# (Found in CI: the demonstrative test had lower-cased "thİſ" to "thi̇ſ", which the regex reads "this".)
@example("called thİſ İtſ ")
@example("call this\x1fprocess ")
def test_a_naming_regex_ends_in_a_naming_word(before: str) -> None:
    last = last_word(before)
    tail = before[-120:]
    if namingcues.NAMING_BEFORE.search(tail) or namingcues.NAMING_OBJECT.search(tail) or namingcues.NAMING_BEFORE.search(before[-80:]):
        # ("call this process **osmosis**": or in the noun after a demonstrative.)
        assert last.endswith(NAMING_ENDS) or termnames.after_demonstrative(tail), (before, last)
    if namingcues.NAMING_BEFORE_INTL.search(tail) or namingcues.KNOWN_AS_INTL.search(tail, max(0, len(tail) - 48)):
        assert last.endswith(NAMING_ENDS_INTL), (before, last)


@settings(max_examples=3000, deadline=None)
@given(_BEFORE, _AFTER)
def test_the_phrase_gates_agree_with_the_full_tests(before: str, after: str) -> None:
    last = last_word(before)
    if phrases.named_by_verb(before, after):
        assert phrases.may_name_by_verb(last, after), (before, after)
    for term in ("Type I error", "x"):
        assert phrases.named_subject(before, after, term, last) == phrases.named_subject(before, after, term)
    assert phrases.naming_appositive(before, after, last) == phrases.naming_appositive(before, after)


@settings(max_examples=3000, deadline=None)
@given(_BEFORE)
def test_a_term_opens_its_sentence_only_after_an_opening_word(before: str) -> None:
    # A link ending anywhere, so that a capitalised article after one restarts the sentence.
    links = tuple(Span("wikilink", 0, end, 0, end) for end in range(len(before) + 1))
    sentence = Sentence(before + "**x** is.", links, 0, 0)
    if sentenceopenings.ARTICLE_START.match(before) or sentenceopenings.restarts(sentence, before):
        assert not before or sentenceopenings.may_open(last_word(before)), (before, last_word(before))


def test_samples_of_the_gated_shapes_open_their_gates() -> None:
    assert sentenceopenings.ARTICLE_START.match("") and sentenceopenings.ARTICLE_START.match("\n") and last_word("\n") == ""
    assert sentenceopenings.may_open(last_word("Für Kant, ")) and sentenceopenings.may_open(last_word("TIL: l’"))
    assert last_word("He calls it the ") == "the" and last_word("so-called ").endswith(NAMING_ENDS)
    assert last_word("è detto ").endswith(NAMING_ENDS_INTL) and last_word("he İS ") == "is"
    assert phrases.named_subject("Rejecting a true null hypothesis is a ", ".", "Type I error", last_word("is a "))
    assert phrases.naming_appositive("A carbon with four different substituents, a ", ", is the usual source", "a")


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from("is are was were will can should must of the following This crisis Wills İS ıs ſhould 2 x - _".split()), max_size=5), _SPACE)
def test_a_verb_in_a_term_is_a_substring_of_the_folded_term(words: list[str], space: str) -> None:
    term = space.join(words)
    if filters._VERB_IN_TERM.search(term):
        assert any(word in fold_case(term) for word in filters._VERB_WORDS), term


def test_fold_case_folds_every_gate_letter_as_ignorecase_matching_does() -> None:
    # The gates compare folded text with these words: each of their letters must fold as the
    # IGNORECASE regexes match it (the dotted and dotless I, the long s, the Kelvin sign ...).
    words = (
        *filters._VERB_WORDS, *filters._KEY_NAMES, *NAMING_ENDS, *NAMING_ENDS_INTL, *sentenceopenings._OPENING_WORDS,
        *phrases._SUBJECT_ENDS, *phrases._VERB_NAMING_ENDS,
    )
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    for letter in sorted(set("".join(words)) - {" ", "-", "'", "’"}):
        for match in re.finditer(re.escape(letter), everything, re.I):
            assert fold_case(match.group()) == letter, (letter, hex(ord(match.group())))


@settings(max_examples=3000, deadline=None)
@given(st.sampled_from(sorted(filters._KEY_NAMES) + ["tabs", "ctrl+c", "Key", "x"]), st.integers(0, 3))
def test_a_key_name_is_the_folded_term(name: str, how: int) -> None:
    term = {0: name, 1: name.upper(), 2: name.title()}.get(how, name.replace("s", "ſ").replace("i", "İ").replace("k", "\u212a"))
    assert (fold_case(term) in filters._KEY_NAMES) == (filters._KEYS.fullmatch(term) is not None), term


def _entry_body_as_written(term: str, rest: str, label_colon: bool, in_item: bool) -> str:
    """How ``rules.definitions`` graded a glossary gloss before ``bodies.entry_body``."""
    from srs.core.extract.bodies import (
        CLAUSE_START, INDEFINITE, LOWER_PHRASE, THE_NOUN_OF, UI_VERBS, VERBISH, definition_body, noun_phrase_body,
        pinned_gloss,
    )
    from srs.core.extract.sentences import plain

    body = definition_body(rest, plain(rest))
    if body == "pinned":
        body = "lower" if term[:1].islower() else ""
    if label_colon and body:
        head = term.split()[0].lower() if term.split() else ""
        opener = plain(rest).split()[0].lower() if plain(rest).split() else ""
        if VERBISH.match(head) or head in UI_VERBS or len(term.split()) > 4:
            body = ""
        elif in_item:
            gloss = plain(rest)
            if opener not in INDEFINITE and not (gloss[:1].islower() and LOWER_PHRASE.match(gloss)) and not (
                pinned_gloss(gloss) and term[:1].islower()
            ) and not (THE_NOUN_OF.match(gloss) and not CLAUSE_START.search(gloss)):
                body = ""
        elif not noun_phrase_body(rest, term):
            body = ""
    return body


_GLOSS_WORDS = (
    "a an the one two The A **x** `code` by see Select click the study of processo que gera divisão celular "
    "Freude über das is was we cutting into thin strips to and with server down situation où coexistent "
    "Saves file save opens 7/10 measure of between Opens crear un archivo"
).split()


@settings(max_examples=3000, deadline=None)
@given(
    st.sampled_from(["Term", "term", "Save", "opens", "Blocked", "a b c d e", "mitose", "Über"]),
    st.lists(st.sampled_from(_GLOSS_WORDS), max_size=12).map(" ".join),
    st.booleans(),
    st.booleans(),
)
def test_entry_body_grades_as_written(term: str, rest: str, label_colon: bool, in_item: bool) -> None:
    from srs.core.extract.bodies import entry_body

    assert entry_body(term, rest, label_colon, in_item) == _entry_body_as_written(term, rest, label_colon, in_item)


_UI_PIECES = [
    "To", "to", "then", "Then", "if you want to", "Select", "set", "settings", "go to", "Go", "in the", "In The", "inthe",
    "x", "runs", "run", "RUN", "let's", "LET'S", "use", "the", "The", ",", ", ", ".", " ", "İ", "ı", "ſet", "\u212a", "copy",
    "alternatively", "double-click", "Right-Click", "search for", "tap", "try", "add", "under", "once", "You", "button",
    "press ", "ad", "t",
]


@settings(max_examples=5000, deadline=None)
@given(st.lists(st.sampled_from(_UI_PIECES), max_size=6).map("".join))
def test_a_ui_step_opens_with_one_of_its_words(text: str) -> None:
    head = fold_case(text[:4])
    if uitext._UI_START.match(text):
        assert head in uitext._UI_HEADS or head[:3] in uitext._UI_SHORT or head[:2] in uitext._UI_SHORT, text
        assert head[:2] in uitext._UI_PAIRS, text


def test_fold_case_folds_the_ui_letters_as_ignorecase_matching_does() -> None:
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    letters = set("".join(uitext._UI_LEADS + uitext._UI_STEPS)) - {" ", "-", "'"}
    for letter in sorted(letters):
        for match in re.finditer(re.escape(letter), everything, re.I):
            assert fold_case(match.group()) == letter, (letter, hex(ord(match.group())))


# The text after a term: the words and marks the tests anchored there open with, and others.
_AFTER_WORDS = (
    "is are means refers to denotes of for in on if when whenever iff as and while whereas but that which who we I "
    "one meaning literally bezeichnet nennt versteht genannt man mean understand describe denote name a an the "
    "is, isn't island ifs forth into asked matters stores runs i.e. d.h. that is das heißt ( ) (or (lit. $x$ $ — – "
    ": , . ; ! ? - \" “ 'x' x Y 2"
).split()
_AFTER_TEXT = st.builds(
    lambda parts, how, end: _odd_case("".join(parts), how) + end,
    st.lists(st.tuples(_SPACE, st.sampled_from(_AFTER_WORDS)).map("".join), max_size=8),
    st.integers(0, 2),
    st.sampled_from(["", " ", "\n", " x y z."]),
)
# The tests that read the text after a term first, by the shape they need it to have.
_CUE_ONLY = (
    termnames._APPOSITIVE, termnames._CONDITION_AFTER, namingcues.NAMING_AFTER_INTL, namingcues.GENANNT_AFTER,
    namingcues.WE_MEAN_AFTER, namingcues.TERM_AFTER, frames.AS_AFTER, phrases.APPOSITION, phrases.BARE_APPOSITION,
    phrases.CLAUSE_AFTER, phrases._NAMING_APPOSITIVE_AFTER, phrases._THAT_IS, phrases._RELATIVE_ACTS,
    phrases._PAREN_GLOSS, phrases._TRANSLATION_AFTER,
)
_CLAUSE_ENDS = (phrases._CLAUSE_END, phrases._NEXT_CLAUSE)


@settings(max_examples=5000, deadline=None)
@given(_AFTER_TEXT)
def test_the_shape_after_a_term_admits_every_test_that_matches(after: str) -> None:
    shape = phrases.after_shape(after)
    for pattern in _CUE_ONLY:
        if pattern.match(after):
            assert shape == "cue", (after, pattern.pattern[:40])
    for pattern in _CLAUSE_ENDS:
        if pattern.match(after):
            assert shape != "", (after, pattern.pattern[:40])


def test_samples_of_the_shapes_after_a_term() -> None:
    assert phrases.after_shape(" matters a lot") == "" and phrases.after_shape(" stores things") == ""
    assert phrases.after_shape(".") == "end" and phrases.after_shape("") == "end" and phrases.after_shape(" ; x") == "end"
    assert phrases.after_shape(", which is") == "cue" and phrases.after_shape(" IS a") == "cue"
    assert phrases.after_shape(" i.e. the") == "cue" and phrases.after_shape(" $x$, the") == "cue"
    assert phrases.after_shape(" while the rest") == "cue" and phrases.after_shape("\n\tAnd a b") == "cue"


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["call", "this", "These", "process", " ", "  ", "that", "x", "\t", "those", "\n", "é"]), max_size=8).map("".join))
def test_after_demonstrative_reads_words_as_a_split_would(tail: str) -> None:
    words = tail.rsplit(None, 2)
    assert termnames.after_demonstrative(tail) == (len(words) >= 2 and words[-2].lower() in ("this", "these", "that", "those"))
