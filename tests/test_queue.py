"""Today's queue in the pure core: order, limits and sibling burying."""

from datetime import date

from srs.core.model import Card
from srs.core.queue import assemble_queue, limits_left
from srs.core.sm2 import Sm2State


def card(card_id: str, sentence: str = "", reviewed: bool = False) -> Card:
    state = Sm2State(repetitions=1, interval=1, due=date(2026, 3, 1), last_review=date(2026, 2, 28)) if reviewed else Sm2State()
    return Card(id=card_id, note="n.md", line=1, position=0, deck="D", text="{{c1::x}}", answers=("x",),
                rule="r", sentence_key=sentence, state=state)


def test_limits_never_go_below_zero():
    assert limits_left(20, 200, 25, 10) .new_left == 0
    assert limits_left(20, 200, 5, 10).reviews_left == 190


def test_due_first_then_new_within_limits_then_repeats():
    due = [card("d1", "a", True), card("d2", "b", True)]
    new = [card("n1", "c"), card("n2", "d"), card("n3", "e")]
    learning = [card("l1", "f", True)]
    queue = assemble_queue(due, new, learning, limits_left(2, 1, 0, 0))
    assert [c.id for c in queue] == ["d1", "n1", "n2", "l1"]


def test_one_card_per_sentence_a_day():
    new = [card("n1", "same"), card("n2", "same"), card("n3", "other")]
    assert [c.id for c in assemble_queue([], new, [], limits_left(10, 10, 0, 0))] == ["n1", "n3"]
    seen = {"n.md\x00other"}
    assert [c.id for c in assemble_queue([], new, [], limits_left(10, 10, 0, 0), seen)] == ["n1"]
    assert len(assemble_queue([], new, [], limits_left(10, 10, 0, 0), seen, bury_siblings=False)) == 3
    # Cards without a sentence key are never siblings of each other.
    loose = [card("x1"), card("x2")]
    assert len(assemble_queue([], loose, [], limits_left(10, 10, 0, 0))) == 2
