"""Card identity in the pure core: which stored card a candidate is."""

from srs.core.identity import StoredRef, anchor_of, match_candidates, new_card_id, normalise_answer
from srs.core.model import CardCandidate


def cand(text: str, *answers: str, position: int = 0) -> CardCandidate:
    return CardCandidate(text=text, answers=answers, rule="test", line=1, position=position, sentence_key=str(position))


def ref(card_id: str, text: str, *answers: str, note: str = "a.md", retired: bool = False) -> StoredRef:
    return StoredRef(card_id, note, anchor_of(answers), text, retired)


def test_answer_normalisation_ignores_case_markup_and_quotes():
    assert normalise_answer("**Empathic  Attunement**") == "empathic attunement"
    assert normalise_answer("“experience-near”") == "experience-near"
    assert normalise_answer("Ｈomeostasis") == "homeostasis"  # NFKC


def test_rewording_the_sentence_keeps_the_card():
    stored = [ref("id1", "This is called {{c1::empathic attunement}}.", "empathic attunement")]
    new = [cand("We call this deep quality {{c1::empathic attunement}}, a capacity.", "empathic attunement")]
    [match] = match_candidates(new, stored)
    assert match.card_id == "id1" and match.via == "same"


def test_adding_and_removing_other_definitions_keeps_each_card():
    stored = [ref("a", "X is called {{c1::alpha}}.", "alpha"), ref("b", "Y is called {{c1::beta}}.", "beta")]
    new = [cand("Z is called {{c1::gamma}}.", "gamma", position=0), cand("Y is called {{c1::beta}}.", "beta", position=1)]
    matches = match_candidates(new, stored)
    assert [m.card_id for m in matches] == [None, "b"]


def test_same_term_twice_pairs_by_sentence_similarity():
    stored = [ref("first", "In physics a {{c1::field}} is a quantity at every point.", "field"),
              ref("second", "In algebra a {{c1::field}} is a ring with division.", "field")]
    new = [cand("In algebra a {{c1::field}} is a commutative ring with division.", "field", position=0),
           cand("In physics a {{c1::field}} assigns a quantity to every point.", "field", position=1)]
    assert [m.card_id for m in match_candidates(new, stored)] == ["second", "first"]


def test_corrected_term_in_the_same_sentence_keeps_the_card():
    stored = [ref("t", "Books printed in Europe before 1501 are known as {{c1::incunables}}.", "incunables")]
    new = [cand("Books printed in Europe before 1501 are known as {{c1::incunabula}}.", "incunabula")]
    [match] = match_candidates(new, stored)
    assert (match.card_id, match.via) == ("t", "reworded")


def test_a_retired_card_revives():
    stored = [ref("old", "X is called {{c1::alpha}}.", "alpha", retired=True)]
    [match] = match_candidates([cand("Now X is called {{c1::alpha}}.", "alpha")], stored)
    assert match.card_id == "old"


def test_a_card_moves_with_its_definition_to_another_note():
    elsewhere = [ref("moved", "X is called {{c1::alpha}}.", "alpha", note="old.md")]
    [match] = match_candidates([cand("X is called {{c1::alpha}}.", "alpha")], [], elsewhere)
    assert (match.card_id, match.via) == ("moved", "moved")


def test_new_ids_are_deterministic_and_never_reused():
    first = new_card_id("a.md", "alpha", set())
    assert first == new_card_id("a.md", "alpha", set())
    assert new_card_id("a.md", "alpha", {first}) != first
    assert len(first) == 12
