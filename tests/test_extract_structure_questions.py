"""Study questions written as blocks: question headings, question lines and numbered questions
answered by the block or line below them, pairs run together on one line, labels in other
languages, plugin card tags. Each with notes that must give cards and notes that must not."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def test_question_headings_are_answered_by_the_paragraph_below() -> None:
    text = (
        "# Review\n\n### What is the capital of Peru?\nLima.\n\n"
        "### 2. Which metal is liquid at room temperature?\n\n> Mercury.\n\n"
        "### Who painted Guernica?\nPablo Picasso.\n"
    )
    assert answers(text) == ["Lima", "Mercury", "Pablo Picasso"]


def test_question_lines_answered_by_one_list_item() -> None:
    text = "What does CPU stand for?\n\n- Central processing unit\n\nWhich unit measures frequency?\n\n- hertz\n"
    assert answers(text) == ["Central processing unit", "hertz"]


@pytest.mark.parametrize(
    "text",
    [
        # One question alone may be rhetorical.
        "## Why does this matter?\nBecause the cache fills up quickly.\n",
        # A question followed by a list of points, and by a section of prose.
        "## What should we pack?\n- tent\n- stove\n\n## Where do we go next?\nNorth, probably.\n\nThen we rest for a day.\n",
    ],
)
def test_questions_without_a_single_answer_block_give_no_card(text: str) -> None:
    assert answers(text) == []


def test_a_card_tag_before_an_inline_question_is_not_part_of_it() -> None:
    text = "#Q What is the capital of Chile? :: Santiago\n#Q What is the capital of Peru? :: Lima\n"
    assert answers(text) == ["Santiago", "Lima"]


def test_a_bold_question_line_answered_on_the_next_line() -> None:
    text = "**What is the hardest natural mineral?**\nDiamond.\n\n**Which planet has the most moons?**\nSaturn.\n"
    assert answers(text) == ["Diamond", "Saturn"]


def test_an_answer_label_is_not_part_of_the_hidden_answer() -> None:
    text = "### Why is the sky blue?\n**Answer:** Air scatters short wavelengths most.\n\n### Why is the sea salty?\nA: Rivers carry dissolved minerals into it.\n"
    assert answers(text) == ["Air scatters short wavelengths most", "Rivers carry dissolved minerals into it"]


def test_study_pairs_run_together_on_one_line_become_numbered_clozes() -> None:
    text = "Q: Which ocean is the largest? A: The Pacific. Q: Which is the longest river? A: The Nile.\n"
    cards = extract_note(text, "Notes/Quiz.md").candidates
    assert [c.text for c in cards] == [
        "Which ocean is the largest? {{c1::The Pacific}}. Which is the longest river? {{c2::The Nile}}."
    ]


def test_one_question_and_answer_on_a_line_is_left_to_the_line_rules() -> None:
    text = "We asked: Q: is it ready? A: not yet, maybe Friday.\n"
    assert [c.rule for c in extract_note(text, "Notes/Log.md").candidates] == []


def test_numbered_questions_answered_on_the_next_line_of_the_item() -> None:
    text = "1. Which gas do we exhale?\n   Carbon dioxide.\n2. Which organ pumps blood?\n   The heart.\n"
    assert answers(text) == ["Carbon dioxide", "The heart"]


def test_faq_answers_in_several_sentences_are_no_study_cards() -> None:
    text = (
        "## How large can a vault be?\nThere is no limit per vault. The storage limit is per account.\n\n"
        "## Is data synced in the background?\nNo, files sync only while the app is open. Close it to stop.\n"
    )
    assert answers(text) == []


def test_a_study_record_hides_each_field_value_after_the_things_name() -> None:
    text = (
        "# Statins\n\n**Mechanism:** inhibit HMG-CoA reductase in the liver.\n**Examples:** atorvastatin, simvastatin.\n"
        "**Side effects:** muscle pain, raised liver enzymes.\n"
    )
    cards = extract_note(text, "Pharm/Statins.md").candidates
    assert [c.answers for c in cards] == [
        ("inhibit HMG-CoA reductase in the liver", "atorvastatin, simvastatin", "muscle pain, raised liver enzymes")
    ]
    assert cards[0].text.startswith("Statins — Mechanism: {{c1::inhibit HMG-CoA reductase in the liver}}.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frage: Was ist die Hauptstadt von Kanada?\nAntwort: Ottawa\n\nFrage: Welcher Fluss fließt durch Wien?\nAntwort: Die Donau\n", ["Ottawa", "Die Donau"]),
        ("Question : Quelle est la capitale du Pérou ?\nRéponse : Lima\n\nQuestion : Quel est le plus long fleuve ?\nRéponse : Le Nil\n", ["Lima", "Le Nil"]),
        ("P: ¿Cuál es la capital de Chile?\nR: Santiago\n\nP: ¿Cuál es el río más largo?\nR: El Nilo\n", ["Santiago", "El Nilo"]),
        # One pair alone, its question and answer on two lines of one paragraph.
        ("Intro.\n\nVraag: Waarom blijft een spin niet aan haar web plakken?\nAntwoord: ze loopt over de droge spaken\n", ["ze loopt over de droge spaken"]),
        ("Intro.\n\nPytanie: Jaka jest stolica Czech?\nOdpowiedź: Praga\n", ["Praga"]),
    ],
)
def test_study_pairs_labelled_in_other_languages(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_a_bold_question_answered_by_a_name_and_a_remark_hides_the_name() -> None:
    note = (
        "# Coffee defects, self test\n\n"
        "**What causes a potato taste?**\nPotato taste defect (PTD), from a bug bite on the cherry. Rare outside East Africa.\n\n"
        "**Which fault tastes of vinegar?**\nAcetic ferment (over-long fermentation). Common in washed lots.\n\n"
        "**Smell of old paper?**\nStaleness (oxidised lipids)\n"
    )
    cards = {c.answers[0]: c.text for c in extract_note(note, "Coffee/Defects.md").candidates}
    assert set(cards) == {"Potato taste defect", "Acetic ferment", "Staleness"}
    assert cards["Potato taste defect"] == (
        "What causes a potato taste? {{c1::Potato taste defect}} (PTD), from a bug bite on the cherry."
    )


def test_a_bold_faq_answered_in_sentences_or_by_yes_and_no_gives_nothing() -> None:
    note = (
        "## FAQ\n\n"
        "**Kan ik licenties delen?**\nMomenteel, niet via de app; neem contact op met support voor een teamlicentie.\n\n"
        "**Werkt de app offline?**\nDe app werkt offline. Synchronisatie wacht tot je weer online bent.\n\n"
        "**Does the app support SSO?**\nThe app does not support SSO. Use two-factor sign-in instead.\n"
    )
    assert answers(note, "Help/FAQ.md") == []


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # What a field's people mean by a term: the term is what to recall from the definition.
        ("Q: What do jewellers mean by the lustre of a pearl?", "A: The sharp, bright reflection of light from the surface layers of nacre.", "lustre"),
        ("Q: What is meant by bulking?", "A: The increase in volume of dug sand once it is loosened and piled up.", "bulking"),
        # A card's front that is the term and a question mark, or a follow-up "And ...?".
        ("Q: Keshi pearl?", "A: A pearl made of nacre alone, with no bead nucleus, formed when the oyster rejects the bead.", "Keshi pearl"),
        ("Q: And squat?", "A: The sinking of a ship's hull closer to the bottom as its speed through shallow water rises.", "squat"),
        # A follow-up word after the term is no part of it.
        ("Q: What's a refurbishment survey then?", "A: The survey needed before any building work that will disturb the fabric of the building.", "refurbishment survey"),
    ],
)
def test_a_question_asking_what_a_term_means_hides_the_term(question: str, answer: str, expected: str) -> None:
    cards = extract_note(f"# Q&A\n\n{question}\n{answer}\n", "Study/Q&A.md").candidates
    assert [c.answers for c in cards] == [(expected,)]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # Four words and a question mark make a sentence, not a card's front.
        ("Q: I riquadri sono riducibili?", "A: Sì! In un riquadro riducibile, i contenuti sono nascosti quando è compresso."),
        # A yes or a no in any language answers the question itself.
        ("Q: Keshi pearl?", "A: Kyllä, ne ovat aina pelkkää helmiäistä ilman ydintä ja siksi harvinaisia."),
    ],
)
def test_a_sentence_or_a_yes_keeps_the_answer_hidden(question: str, answer: str) -> None:
    cards = extract_note(f"# Q&A\n\n{question}\n{answer}\n", "Study/Q&A.md").candidates
    assert all(c.answers[0] != question[3:].rstrip("?") for c in cards)


def test_a_faq_callout_answered_yes_in_another_language_gives_no_card() -> None:
    """"> [!faq] ...?" / "> Sì! ...": a manual's FAQ answered yes, in Italian, Finnish or Indonesian."""
    for answer in ("Sì! Il contenuto resta nascosto finché non lo apri.", "Kyllä! Sisältö pysyy piilossa.", "Ya! Kontennya tetap tersembunyi."):
        note = f"# Riquadri\n\n> [!faq]- Si possono comprimere?\n> {answer}\n"
        assert answers(note, "Help/Riquadri.md") == []
