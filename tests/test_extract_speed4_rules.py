"""The extractor's shortcuts give what the longer ways gave: card keys and contexts made late,
white space folded without a word list, and option lists judged only where they can be."""

from __future__ import annotations

import random

from srs.core.extract import extract_note
from srs.core.extract.cardcontext import SentencePlace, sentence_card, sentence_context, sentence_key
from srs.core.extract.found import Found
from srs.core.extract.notecards import NoteCard, drop_option_lists
from srs.core.extract.sentences import _single_spaced, split_sentences
from srs.core.markdown import parse


def test_single_spaced_is_split_and_join() -> None:
    rng = random.Random(11)
    pieces = ["a", "b", " ", "  ", "\n", "\t", "é", "\u00a0", "*", ".", "\u2028", "\x0b", "\x85"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert _single_spaced(text) == " ".join(text.split()), repr(text)


def test_a_settled_sentence_card_has_the_eager_key_and_context() -> None:
    text = "Cells need energy. The **mitochondrion** makes it. It has two membranes."
    block = parse(text).blocks[0]
    sentences = split_sentences(block.text, block.spans)
    found = Found("The {{c1::mitochondrion}} makes it.", ("mitochondrion",), "key_term")
    card = sentence_card(found, 1, sentences, 1, "Biology › Cells", 0)
    assert card.settled() == (sentence_key(sentences[1].text), sentence_context("Biology › Cells", sentences, 1, found.answers))
    # A second card of the sentence shares its place, and so its key, made once.
    second = sentence_card(Found("x", ("energy",), "term_is"), 1, sentences, 1, "Biology › Cells", 0, card.place)
    assert second.place is card.place and second.settled()[0] == card.settled()[0]
    assert NoteCard(found, 1, "key", "context").settled() == ("key", "context")
    assert isinstance(card.place, SentencePlace)


def test_option_lists_need_a_sure_glossary_card() -> None:
    maybe = NoteCard(Found("{{c1::Save}}: Saves the file", ("Save",), "glossary_list?"), 1, "k", "", 0)
    assert drop_option_lists((), [maybe]) == [maybe]  # no list runs read: nothing to reject


def test_maybe_entries_still_give_way_without_a_sure_one() -> None:
    note = "# Options\n\n- **Save**: Saves the open file to disk now\n- **Open**: Opens a file from disk now\n"
    rules = [c.rule for c in extract_note(note, "options.md").candidates]
    assert not any(rule.startswith("glossary_list") for rule in rules)
