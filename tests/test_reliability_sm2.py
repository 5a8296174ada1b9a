"""Long review histories never break the schedule: a card graded "perfect" again and again, even
ahead of its due day, keeps a due day the calendar can hold."""

from __future__ import annotations

from datetime import datetime, timedelta



def test_twenty_perfect_reviews_on_twenty_days_keep_a_valid_due_day(vault):
    from srs.clock import make_clock
    from srs.service import Service

    vault.note("a.md", "The **heart** is a pump.\n")
    svc = vault.service()
    svc.scan()
    card_id = svc.cards()[0].id
    svc.close()
    start = datetime.fromisoformat("2026-03-01T09:30:00")
    for day in range(20):
        with Service(vault.config(), make_clock((start + timedelta(days=day)).isoformat())) as svc:
            svc.preview(card_id)
            card = svc.grade(card_id, 5)
    assert card.state.due is not None and card.state.interval <= 36500


def test_grading_one_card_again_and_again_on_one_day_keeps_a_valid_due_day(vault):
    vault.note("a.md", "The **heart** is a pump.\n")
    svc = vault.service()
    svc.scan()
    card_id = svc.cards()[0].id
    for _ in range(40):
        card = svc.grade(card_id, 4)
    svc.close()
    assert card.state.due is not None and card.state.interval <= 36500
