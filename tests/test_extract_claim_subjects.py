"""A note titled by a claim, or by its term and then more words, whose body says what the
term is: the term is hidden where the sentence names it, however the title goes on."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str) -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("path", "text", "term"),
    [
        # A title whose verb is in the past.
        (
            "Music/Calypso tents shaped the season's hits.md",
            "Calypso tents are the small venues where singers try out new songs before Carnival each year.\n",
            "Calypso tents",
        ),
        # An aside in brackets between the term and its verb.
        (
            "Astro/Magnetars are young neutron stars.md",
            "Magnetars (SGRs and AXPs, B ~ 1e15 G) are neutron stars whose decaying field powers their emission.\n",
            "Magnetars",
        ),
        # The term, then a preposition and the setting it is studied in.
        (
            "Econ/Adverse selection in used car markets.md",
            "Adverse selection is the tendency of the worst risks to be the keenest buyers when the seller knows less.\n",
            "Adverse selection",
        ),
        # The term, then "and" and a second subject.
        (
            "Textiles/Felting and fulling.md",
            "Felting is the matting of wool fibres into a dense cloth by heat, moisture and friction.\n",
            "Felting",
        ),
        # The term, then a word naming the note.
        (
            "Baking/Proofing basics.md",
            "Proofing is the last rise of a shaped dough before it goes into the oven.\n",
            "Proofing",
        ),
        # One of a kind after "a", then what it does, under a claim about the plural.
        (
            "Music/Slide guitars need a lighter touch.md",
            "A slide guitar changes pitch by a glass or metal tube pressed lightly on the strings rather than by frets.\n",
            "slide guitar",
        ),
    ],
)
def test_the_body_says_what_the_titles_term_is(path: str, text: str, term: str) -> None:
    assert term in answers(text, path)


def test_one_of_a_kind_in_the_first_person_is_no_definition() -> None:
    text = "A slide guitar makes me happier than any other instrument I have owned so far.\n"
    assert "slide guitar" not in answers(text, "Music/Slide guitars need a lighter touch.md")


def test_a_verb_that_is_no_verb_in_s_gives_no_card() -> None:
    # "A slide guitar bought ..." reports an event: the thing is not said to do anything.
    text = "A slide guitar bought second hand last spring turned out to be warped at the neck.\n"
    assert "slide guitar" not in answers(text, "Music/Slide guitars need a lighter touch.md")


def test_a_title_that_only_opens_like_the_sentence_gives_no_card() -> None:
    # "Adverse" alone is no term, and "Adverse effects" is not the title's subject.
    text = "Adverse effects are listed on the leaflet in order of how often they occur in trials.\n"
    assert answers(text, "Econ/Adverse selection in used car markets.md") == []
