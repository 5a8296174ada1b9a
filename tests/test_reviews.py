"""Reviews through the service layer and the CLI: SM-2 vectors, same-day repeats, the review day,
undo, daily limits, sibling burying, leeches, suspend and bury."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from srs.errors import CardNotFound, InvalidGrade, NothingToUndo

VECTORS = [
    ([5, 5, 5, 5], [(1, 2.6, 1), (2, 2.7, 6), (3, 2.8, 17), (4, 2.9, 48)]),
    ([4, 4, 4], [(1, 2.5, 1), (2, 2.5, 6), (3, 2.5, 15)]),
    ([3, 3, 3, 3], [(1, 2.36, 1), (2, 2.22, 6), (3, 2.08, 14), (4, 1.94, 30)]),
    ([5, 2, 5, 5], [(1, 2.6, 1), (0, 2.28, 1), (1, 2.38, 1), (2, 2.48, 6)]),
    ([0, 0, 5], [(0, 1.7, 1), (0, 1.3, 1), (1, 1.4, 1)]),
    ([5, 4, 3, 5, 5], [(1, 2.6, 1), (2, 2.6, 6), (3, 2.46, 16), (4, 2.56, 40), (5, 2.66, 103)]),
    ([0, 0, 5, 5, 4], [(0, 1.7, 1), (0, 1.3, 1), (1, 1.4, 1), (2, 1.5, 6), (3, 1.5, 9)]),
]


def defs(count: int, prefix: str = "term") -> str:
    return "\n\n".join(f"The thing number {i} is called **{prefix}{i}**, which matters." for i in range(count)) + "\n"


@pytest.fixture
def one_card(vault):
    vault.note("Note.md", "A change that pushes a system back to its set point is called **negative feedback**.\n")
    vault.cli("scan")
    [card] = json.loads(vault.cli("cards", "--json").stdout)
    return vault, card["id"]


@pytest.mark.parametrize("grades, expected", VECTORS)
def test_cli_grade_follows_every_sm2_vector(one_card, grades, expected):
    vault, card_id = one_card
    day = date(2026, 3, 1)
    for grade, (n, ef, interval) in zip(grades, expected):
        out = json.loads(vault.cli("grade", card_id, str(grade), "--json", now=f"{day}T09:30:00").stdout)
        assert (out["repetitions"], out["ef"], out["interval"]) == (n, ef, interval)
        assert out["due"] == (day + timedelta(days=interval)).isoformat()
        assert out["id"] == card_id
        day = day + timedelta(days=interval)


def test_card_json_has_every_key_of_the_contract(one_card):
    vault, card_id = one_card
    [card] = json.loads(vault.cli("cards", "--json").stdout)
    for key in ("id", "note", "line", "deck", "text", "answers", "rule", "status", "repetitions", "ef", "interval", "lapses", "due"):
        assert key in card
    assert card["status"] == "new" and card["due"] is None and card["ef"] == 2.5
    assert card["answers"] == ["negative feedback"]


def test_bad_grade_or_unknown_card_is_one_line_exit_2_and_writes_nothing(one_card):
    vault, card_id = one_card
    for args in (("grade", card_id, "6"), ("grade", card_id, "-1"), ("grade", "nope", "4"), ("grade", card_id, "four")):
        result = vault.cli(*args, check=False)
        assert result.returncode == 2, result
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    [card] = json.loads(vault.cli("cards", "--json").stdout)
    assert card["status"] == "new"
    assert vault.service().review_log() == []


def test_same_day_repeat_is_logged_but_leaves_the_schedule(one_card):
    vault, card_id = one_card
    svc = vault.service(now="2026-03-01T09:00:00")
    after_first = svc.grade(card_id, 3)
    assert after_first.status(svc.today()) == "learning"
    assert svc.counts().learning == 1
    assert [c.id for c in svc.queue()] == [card_id]
    again = svc.grade(card_id, 2)
    assert again.state.repetitions == after_first.state.repetitions and again.state.due == after_first.state.due
    done = svc.grade(card_id, 5)
    assert done.state.ef_milli == after_first.state.ef_milli and done.status(svc.today()) == "review"
    assert [e.kind for e in svc.review_log(card_id)] == ["review", "repeat", "repeat"]
    assert svc.queue() == []


def test_review_at_2am_counts_for_the_previous_day(one_card):
    vault, card_id = one_card
    out = json.loads(vault.cli("grade", card_id, "5", "--json", now="2026-03-02T02:00:00").stdout)
    assert out["due"] == "2026-03-02"  # reviewed on review day 2026-03-01, due one day later
    status = json.loads(vault.cli("status", "--json", now="2026-03-02T03:59:00").stdout)
    assert status["due"] == 0
    status = json.loads(vault.cli("status", "--json", now="2026-03-02T04:00:00").stdout)
    assert status["due"] == 1


def test_undo_restores_the_exact_state_and_can_be_repeated(one_card):
    vault, card_id = one_card
    svc = vault.service()
    original = svc.card(card_id)
    first = svc.grade(card_id, 5)
    svc.grade(card_id, 1)
    assert svc.undo().state == first.state
    assert svc.undo().state == original.state
    assert svc.card(card_id).status(svc.today()) == "new"
    with pytest.raises(NothingToUndo):
        svc.undo()
    result = vault.cli("undo", check=False)
    assert result.returncode == 2 and "nothing to undo" in result.stderr


def test_status_counts_and_next_due(vault):
    vault.note("Many.md", defs(30))
    vault.cli("scan")
    status = json.loads(vault.cli("status", "--json").stdout)
    assert status == {"due": 0, "new": 20, "learning": 0, "total": 30, "next_due": None}


def test_daily_new_limit_and_review_limit(vault):
    vault.write_config(new_cards_per_day=3, reviews_per_day=2)
    vault.note("Many.md", defs(10))
    svc = vault.service(now="2026-03-01T09:00:00")
    svc.scan()
    queue = svc.queue()
    assert len(queue) == 3
    assert [c.position for c in queue] == sorted(c.position for c in queue)  # vault order
    for card in queue:
        svc.grade(card.id, 5)
    assert svc.queue() == [] and svc.counts().new == 0
    next_day = vault.service(now="2026-03-02T09:00:00")
    assert [c.id for c in next_day.queue()][:2] == [c.id for c in queue[:2]]
    assert sum(1 for c in next_day.queue() if not c.state.is_new) == 2


def test_new_cards_come_in_note_order_then_position(vault):
    vault.note("b.md", defs(2, "bee"))
    vault.note("a.md", defs(2, "ay"))
    svc = vault.service()
    svc.scan()
    assert [c.answers[0] for c in svc.queue()] == ["ay0", "ay1", "bee0", "bee1"]


def test_leech_after_eight_lapses_is_tagged_and_suspended_when_configured(vault):
    vault.write_config(leech_action="suspend")
    vault.note("Note.md", "A change that pushes a system back to its set point is called **negative feedback**.\n")
    svc = vault.service(now="2026-03-01T09:00:00")
    svc.scan()
    [card] = svc.cards()
    day = datetime(2026, 3, 1, 9).astimezone()
    for lapse in range(8):
        svc._clock = lambda d=day: d
        svc.grade(card.id, 5)
        day = day + timedelta(days=1)
        svc._clock = lambda d=day: d
        if svc.grade(card.id, 1).suspended:
            break
        svc.grade(card.id, 5)  # the same-day repeat
        day = day + timedelta(days=1)
    leech = svc.card(card.id)
    assert leech.state.lapses == 8 and leech.leech and leech.suspended
    assert leech.to_json(svc.today())["leech"] is True


def test_suspend_and_bury(one_card):
    vault, card_id = one_card
    vault.cli("suspend", card_id)
    assert json.loads(vault.cli("status", "--json").stdout)["new"] == 0
    [card] = json.loads(vault.cli("cards", "--json", "--all").stdout)
    assert card["status"] == "suspended"
    assert json.loads(vault.cli("cards", "--json").stdout) == []
    assert vault.cli("grade", card_id, "4", check=False).returncode == 2
    vault.cli("unsuspend", card_id)
    svc = vault.service(now="2026-03-01T10:00:00")
    svc.bury(card_id)
    assert svc.queue() == []
    assert [c.id for c in vault.service(now="2026-03-02T10:00:00").queue()] == [card_id]
    assert vault.cli("suspend", "unknown", check=False).returncode == 2


def test_replaying_the_log_reproduces_every_stored_state(vault):
    import random

    from srs.core.sm2 import replay

    vault.note("Many.md", defs(5))
    svc = vault.service()
    svc.scan()
    rng = random.Random(7)
    day = datetime(2026, 3, 1, 9).astimezone()
    for _ in range(60):
        svc._clock = lambda d=day: d
        card = rng.choice(svc.cards())
        svc.grade(card.id, rng.randint(0, 5))
        if rng.random() < 0.2:
            svc.undo()
        day += timedelta(hours=rng.choice([1, 5, 30]))
    for card in svc.cards():
        log = svc.review_log(card.id)
        assert replay([(e.grade, e.reviewed_at) for e in log]) == card.state
    assert svc.recompute() == 0


def test_unknown_card_raises(vault):
    svc = vault.service()
    with pytest.raises(CardNotFound):
        svc.card("x")
    with pytest.raises(InvalidGrade):
        svc.grade("x", 9)


def test_fsrs_scheduler_uses_the_same_log_and_switching_back_loses_nothing(vault):
    vault.note("Many.md", defs(3))
    svc = vault.service(now="2026-03-01T09:00:00")
    svc.scan()
    ids = [c.id for c in svc.cards()]
    day = datetime(2026, 3, 1, 9).astimezone()
    for grade in (4, 5, 3):
        svc._clock = lambda d=day: d
        for card_id in ids:
            svc.grade(card_id, grade)
            if grade < 4:
                svc.grade(card_id, 4)
        day += timedelta(days=7)
    sm2_states = {card_id: svc.card(card_id).state for card_id in ids}

    vault.write_config(scheduler="fsrs")
    fsrs = vault.service(now="2026-03-22T09:00:00")
    assert fsrs.recompute() == len(ids)
    switched = {card_id: fsrs.card(card_id).state for card_id in ids}
    assert all(switched[i].due is not None and switched[i].ef_milli == sm2_states[i].ef_milli for i in ids)
    before = fsrs.card(ids[0])
    after = fsrs.grade(ids[0], 5)
    assert after.state.due > fsrs.today() and after.state.repetitions == before.state.repetitions + 1
    assert fsrs.undo().state == before.state
    assert set(fsrs.preview(ids[0])) == {0, 1, 2, 3, 4, 5}

    vault.write_config()
    back = vault.service(now="2026-03-22T09:00:00")
    back.recompute()
    assert {card_id: back.card(card_id).state for card_id in ids} == sm2_states


TWO_TERMS = "The ability to pass on traits is called **heredity**, while change over generations is called **evolution**.\n"


def test_burying_a_card_that_owes_a_repeat_hides_it_until_tomorrow(one_card):
    vault, card_id = one_card
    svc = vault.service(now="2026-03-01T09:00:00")
    svc.grade(card_id, 2)
    assert [c.id for c in svc.queue()] == [card_id]
    svc.bury(card_id)
    assert svc.queue() == [] and svc.counts().learning == 0
    assert [c.id for c in vault.service(now="2026-03-02T09:00:00").queue()] == [card_id]


def test_siblings_are_buried_and_status_counts_what_the_queue_shows(vault):
    vault.note("Genetics.md", TWO_TERMS)
    svc = vault.service()
    svc.scan()
    cards = svc.cards()
    assert len(cards) == 2 and len({c.sentence_key for c in cards}) == 1, [c.text for c in cards]
    assert len(svc.queue()) == 1 and svc.counts().new == 1
    shown = svc.queue()[0].id
    svc.grade(shown, 5)
    assert svc.queue() == [] and svc.counts().new == 0
    # Tomorrow the review comes first, and its sibling still waits: one card a sentence a day.
    tomorrow = vault.service(now="2026-03-02T09:30:00")
    assert [c.id for c in tomorrow.queue()] == [shown]


def test_now_with_an_offset_counts_on_the_local_review_day(vault, monkeypatch):
    import time

    from srs.clock import parse_now

    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        moment = parse_now("2026-03-01T03:30:00+00:00")  # 04:30 in Berlin: a new review day
        from srs.core.reviewday import review_day

        assert moment.hour == 4 and review_day(moment, 4) == date(2026, 3, 1)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_undo_of_one_card_leaves_other_reviews_alone(vault):
    vault.note("Many.md", defs(2))
    svc = vault.service()
    svc.scan()
    first, second = (c.id for c in svc.cards())
    before = svc.card(first).state
    svc.grade(first, 5)
    svc.grade(second, 4)  # e.g. another process, meanwhile
    assert svc.undo(first).state == before
    assert svc.card(second).state.repetitions == 1


def test_switching_to_fsrs_without_recompute_keeps_the_progress(vault):
    vault.note("Note.md", "A change that pushes a system back to its set point is called **negative feedback**.\n")
    svc = vault.service()
    svc.scan()
    [card] = svc.cards()
    day = datetime(2026, 3, 1, 9).astimezone()
    for _ in range(5):
        svc._clock = lambda d=day: d
        state = svc.grade(card.id, 5).state
        day = datetime.combine(state.due, day.timetz())
    vault.write_config(scheduler="fsrs")
    fsrs = vault.service()
    fsrs._clock = lambda d=day: d
    after = fsrs.grade(card.id, 5)
    assert after.state.repetitions == 6 and after.state.interval > state.interval


def test_stats_rejects_a_silly_window_and_survives_a_closed_pipe(one_card):
    vault, _ = one_card
    result = vault.cli("stats", "--days", "100000000", check=False)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    import subprocess
    import sys

    piped = subprocess.run(
        f"{sys.executable} -m srs --config '{vault.config_path}' cards | head -1",
        shell=True, capture_output=True, text=True, env={**__import__('os').environ, "SRS_NOW": "2026-03-01T09:30:00"},
        executable="/bin/bash",
    )
    assert "Traceback" not in piped.stderr and "unexpected" not in piped.stderr
