"""Snapshots of the review app's main screens at 80x24, at a fixed clock and a fixed timer.

Update after an intended change of the look: pytest tests/test_tui_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest

from srs.tui import create_app
from tui_helpers import FixedTimer, scanned_service, write_vault

SIZE = (80, 24)


@pytest.fixture
def app(vault):
    write_vault(vault)
    service = scanned_service(vault)
    yield create_app(service, timer=FixedTimer())
    service.close()


def test_question(app, snap_compare):
    assert snap_compare(app, terminal_size=SIZE)


def test_answer_revealed(app, snap_compare):
    assert snap_compare(app, press=["space"], terminal_size=SIZE)


def test_help(app, snap_compare):
    assert snap_compare(app, press=["question_mark"], terminal_size=SIZE)


def test_summary(vault, snap_compare):
    write_vault(vault, new_cards_per_day=3)
    service = scanned_service(vault)
    timer = FixedTimer()

    async def study(pilot):
        for grade in (5, 4, 2, 4):  # the card graded 2 comes back once
            await pilot.press("space")
            timer.advance(30)
            await pilot.press(str(grade))
        await pilot.pause()

    assert snap_compare(create_app(service, timer=timer), terminal_size=SIZE, run_before=study)
    service.close()


def study_history(vault, days: int = 60) -> None:
    """Two months of daily reviews before the fixed clock, graded by a fixed pattern."""
    from datetime import date, timedelta

    first = date(2026, 3, 1) - timedelta(days=days)
    for offset in range(days):
        day = first + timedelta(days=offset)
        if offset % 3 == 1:
            continue  # some days off, so the heatmap has gaps
        service = vault.service(f"{day.isoformat()}T08:00:00")
        for index, card in enumerate(service.queue()):
            service.grade(card.id, (5, 4, 3, 2, 4)[(offset + index) % 5])
        service.close()


def test_stats(vault, snap_compare):
    write_vault(vault)
    scanned_service(vault).close()
    study_history(vault)
    service = vault.service()
    assert snap_compare(create_app(service, timer=FixedTimer()), press=["t"], terminal_size=SIZE)
    service.close()
