"""The review app driven through Pilot, against a real Service on a real SQLite file."""

from __future__ import annotations

import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from srs.tui import create_app
from srs.tui.screens.help import HelpScreen
from srs.tui.screens.review import ReviewScreen
from srs.tui.screens.stats import StatsScreen
from srs.tui.screens.summary import SummaryScreen
from srs.tui.widgets import CardPanel, CardView, GradeBar, StatusBar
from tui_helpers import ANSWERS, NOW, FixedTimer, pilot, scanned_service, screen_text, write_vault

SIZE = (80, 24)


@pytest.fixture
def svc(vault):
    write_vault(vault)
    service = scanned_service(vault)
    yield service
    service.close()


def shown(app) -> str:
    """The card sentence as it is on screen (plain text)."""
    return app.review_screen.query_one(CardView).render().plain


def messages(app) -> list[str]:
    # Notifications have no public list; the app keeps them here while they are on screen.
    return [notification.message for notification in app._notifications]


def fresh(vault):
    """A second Service on the same database file: what a later `srs` command would see."""
    return vault.service(NOW)


async def grade_current(pilot, grade: int) -> None:
    await pilot.press("space")
    await pilot.press(str(grade))
    await pilot.pause()


@pilot
async def test_question_shows_gap_deck_and_source(svc):
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert shown(app) == "The [...] is the powerhouse of the cell."
        panel = app.screen.query_one(CardPanel)
        assert panel.border_title == "Vault::Biology"
        assert panel.border_subtitle == "Biology/Cells.md:3"
        status = app.screen.query_one(StatusBar).render().plain
        assert "new 5 · learning 0 · due 0" in status
        assert "all decks" in status
        # Before the answer shows, digits do not grade.
        await pilot.press("4")
        await pilot.pause()
        assert svc.review_log() == []


@pytest.mark.parametrize("key", ["space", "enter"])
@pilot
async def test_space_or_enter_reveals_answer_in_place_with_previews(svc, key):
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(key)
        await pilot.pause()
        assert shown(app) == "The mitochondria is the powerhouse of the cell."
        view = app.screen.query_one(CardView)
        text = view.render()
        highlighted = [span for span in text.spans if text.plain[span.start : span.end] == "mitochondria"]
        assert highlighted, "the answer is styled where the gap was"
        bar = app.screen.query_one(GradeBar)
        labels = {grade: str(bar.query_one(f"#grade-{grade}").label) for grade in range(6)}
        assert labels == {0: "0 · today", 1: "1 · today", 2: "2 · today", 3: "3 · today", 4: "4 · 1d", 5: "5 · 1d"}
        assert "0 blackout" in bar.query_one("#legend").render().plain
        assert "5 perfect" in bar.query_one("#legend").render().plain


@pytest.mark.parametrize("grade", range(6))
@pilot
async def test_each_grade_is_saved_before_the_next_card_shows(svc, vault, grade):
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        first = app.session.current.id
        await grade_current(pilot, grade)
        # Another connection to the same file already sees the review.
        other = fresh(vault)
        log = other.review_log(first)
        assert [entry.grade for entry in log] == [grade]
        assert other.card(first).state.last_review == date(2026, 3, 1)
        other.close()
        assert shown(app) == "A [...] is the molecular machine that builds proteins from [amino acids]."


@pilot
async def test_undo_repeatedly_shows_the_undone_cards_again(svc):
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        for grade in (5, 4, 3):
            await grade_current(pilot, grade)
        assert len(svc.review_log()) == 3
        await pilot.press("u")
        await pilot.pause()
        assert shown(app).startswith("[...] is the movement of water")
        await pilot.press("u")
        await pilot.pause()
        assert shown(app).startswith("A [...] is the molecular machine")
        await pilot.press("u")
        await pilot.pause()
        assert shown(app) == "The [...] is the powerhouse of the cell."
        assert svc.review_log() == []
        assert all(card.state.is_new for card in svc.cards())
        # Nothing left to undo in this session: a notification, no crash.
        await pilot.press("u")
        await pilot.pause()
        assert any("nothing to undo" in message for message in messages(app))
        assert isinstance(app.screen, ReviewScreen)
        # The undone card can be graded again.
        await grade_current(pilot, 4)
        assert [entry.grade for entry in svc.review_log()] == [4]


@pilot
async def test_suspend_takes_the_card_out_and_moves_on(svc, vault):
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        first = app.session.current.id
        await pilot.press("s")
        await pilot.pause()
        assert fresh(vault).card(first).suspended
        assert shown(app).startswith("A [...] is the molecular machine")
        assert first not in [card.id for card in svc.queue()]


@pilot
async def test_bury_hides_the_card_until_tomorrow(svc, vault):
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        first = app.session.current.id
        await pilot.press("b")
        await pilot.pause()
        assert fresh(vault).card(first).buried_until == date(2026, 3, 2)
        assert shown(app).startswith("A [...] is the molecular machine")
    tomorrow = vault.service("2026-03-02T09:30:00")
    assert first in [card.id for card in tomorrow.queue()]


@pilot
async def test_empty_queue_says_so(vault):
    vault.note("Empty.md", "# Nothing here\n\nJust prose without definitions.\n")
    service = scanned_service(vault)
    app = create_app(service)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        text = app.screen.query_one("#message").render().plain
        assert "Nothing to review right now" in text
        assert "srs scan" in text


@pilot
async def test_daily_new_limit_is_respected(vault):
    write_vault(vault, new_cards_per_day=2)
    service = scanned_service(vault)
    app = create_app(service)
    async with app.run_test(size=SIZE) as pilot:
        assert "new 2" in app.screen.query_one(StatusBar).render().plain
        await grade_current(pilot, 5)
        await grade_current(pilot, 4)
        assert isinstance(app.screen, SummaryScreen)
        assert len(service.review_log()) == 2
        text = app.screen.query_one("#message").render().plain
        assert "All done" in text


@pilot
async def test_deck_option_studies_one_deck(svc):
    app = create_app(svc, deck="Vault::History")
    async with app.run_test(size=SIZE) as pilot:
        assert "Vault::History" in app.screen.query_one(StatusBar).render().plain
        seen = []
        while isinstance(app.screen, ReviewScreen):
            seen.append(app.session.current.deck)
            await grade_current(pilot, 5)
        assert seen == ["Vault::History", "Vault::History"]


@pilot
async def test_failed_card_comes_back_later_in_the_session(svc):
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        order = []
        grades = {"mitochondria": [1, 4]}  # failed once, then remembered on its repeat
        while isinstance(app.screen, ReviewScreen):
            answer = app.session.current.answers[0]
            order.append(answer)
            planned = grades.get(answer, [5])
            await grade_current(pilot, planned.pop(0) if len(planned) > 1 else planned[0])
        # It did not come straight back, but it did come back before the session ended.
        assert order[0] == "mitochondria"
        assert order[1] != "mitochondria"
        assert order.count("mitochondria") == 2
        assert set(order) == set(ANSWERS)
        summary = app.screen.summary
        assert (summary.reviewed, summary.cards, summary.correct) == (6, 5, 5)


@pilot
async def test_single_failed_card_comes_back_when_nothing_else_is_left(vault):
    vault.note("One.md", "# One\n\nThe **liver** is the largest internal organ.\n")
    service = scanned_service(vault)
    app = create_app(service)
    async with app.run_test(size=SIZE) as pilot:
        await grade_current(pilot, 2)
        assert isinstance(app.screen, ReviewScreen)
        assert shown(app) == "The [...] is the largest internal organ."
        assert "learning 1" in app.screen.query_one(StatusBar).render().plain
        await grade_current(pilot, 4)
        assert isinstance(app.screen, SummaryScreen)


def editor_script(tmp_path: Path, name: str) -> Path:
    """An 'editor' that records its arguments and appends a definition to the note."""
    script = tmp_path / "bin" / name
    script.parent.mkdir(exist_ok=True)
    script.write_text(
        f"#!{sys.executable}\n"
        "import sys, pathlib\n"
        f"pathlib.Path({str(tmp_path / 'editor-args.txt')!r}).write_text(' '.join(sys.argv[1:]))\n"
        "path = pathlib.Path(sys.argv[-1])\n"
        "with path.open('a', encoding='utf-8') as note:\n"
        "    note.write('\\nA **lysosome** is the organelle that digests waste in the cell.\\n')\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pilot
async def test_e_opens_the_note_at_the_line_and_rescans(svc, vault, tmp_path, monkeypatch):
    script = editor_script(tmp_path, "nano")
    monkeypatch.setenv("EDITOR", str(script))
    monkeypatch.delenv("VISUAL", raising=False)
    before = len(svc.cards())
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        note = vault.vault / "Biology" / "Cells.md"
        assert (tmp_path / "editor-args.txt").read_text() == f"+3 {note}"
        assert "lysosome" in note.read_text(encoding="utf-8")
        assert len(svc.cards()) == before + 1
        assert any("Rescanned Biology/Cells.md: 1 added" in message for message in messages(app))
        # The session goes on with the same card.
        assert shown(app) == "The [...] is the powerhouse of the cell."
        assert isinstance(app.screen, ReviewScreen)


@pilot
async def test_e_with_a_missing_editor_is_a_notification(svc, monkeypatch):
    monkeypatch.setenv("EDITOR", "/nonexistent/editor-xyz")
    monkeypatch.delenv("VISUAL", raising=False)
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert any("cannot start the editor" in message for message in messages(app))
        assert isinstance(app.screen, ReviewScreen)


@pilot
async def test_question_mark_shows_all_keys(svc):
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for line in ("space / enter", "show the answer", "grade 0: blackout", "grade 5: perfect", "undo the last grade",
                     "suspend the card", "bury the card until tomorrow", "$EDITOR", "statistics", "this help", "quit"):
            assert line in text, line
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)


@pilot
async def test_q_quits_with_everything_saved(svc, vault):
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        await grade_current(pilot, 5)
        await grade_current(pilot, 2)
        await pilot.press("space")  # answer shown, not graded: nothing to save for it
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    other = fresh(vault)
    assert [entry.grade for entry in other.review_log()] == [5, 2]
    assert other.counts().learning == 1


@pilot
async def test_markup_like_note_text_is_shown_literally(svc):
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        await grade_current(pilot, 5)
        await grade_current(pilot, 5)
        expected = "is the movement of water across a membrane, see [bold]x[/bold] and [link=http://e.com]here[/link] :smile: 🎉."
        assert shown(app) == "[...] " + expected
        await pilot.press("space")
        await pilot.pause()
        assert shown(app) == "Osmosis " + expected
        # And on the screen itself, not only in the widget.
        assert "[bold]x[/bold]" in screen_text(app)
        assert "[link=http://e.com]here[/link]" in screen_text(app)


@pilot
async def test_buttons_work_with_the_mouse(svc):
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        first = app.session.current.id
        assert await pilot.click("#reveal")
        await pilot.pause()
        assert shown(app) == "The mitochondria is the powerhouse of the cell."
        assert await pilot.click("#grade-4")
        await pilot.pause()
        assert [entry.grade for entry in svc.review_log(first)] == [4]


@pilot
async def test_service_errors_become_notifications(svc, vault):
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        first = app.session.current.id
        await pilot.press("space")
        other = fresh(vault)
        other.suspend(first)  # suspended behind the app's back, e.g. from the CLI
        other.close()
        await pilot.press("4")
        await pilot.pause()
        assert any("is suspended" in message for message in messages(app))
        assert isinstance(app.screen, ReviewScreen)
        assert svc.review_log() == []


@pilot
async def test_summary_then_stats_and_undo_from_summary(vault):
    write_vault(vault, new_cards_per_day=2)
    service = scanned_service(vault)
    timer = FixedTimer()
    app = create_app(service, timer=timer)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        timer.advance(40)
        await pilot.press("5")
        await pilot.press("space")
        timer.advance(25)
        await pilot.press("1")
        await pilot.pause()
        # The failed card comes back (nothing else left), then the session is done.
        await grade_current(pilot, 4)
        assert isinstance(app.screen, SummaryScreen)
        plain = screen_text(app)
        summary = app.screen.summary
        assert (summary.reviewed, summary.cards, summary.correct, summary.correct_percent) == (3, 2, 2, 67)
        assert summary.seconds == 65
        assert summary.tomorrow == 2
        assert "1m 05s" in plain and "67%" in plain and "3 reviews with same-day repeats" in plain
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert app.session.current.answers == ("ribosome",)
        assert [entry.grade for entry in service.review_log()] == [5, 1]


@pilot
async def test_t_opens_stats_from_the_review(svc):
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        await grade_current(pilot, 5)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        title = app.screen.query_one("#title").render().plain
        assert "1 reviews" in title or "1 review" in title
        forecast = app.screen.query_one("#forecast").render().plain
        assert "tomorrow" in forecast and "1 in all" in forecast
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (60, 20)])
@pilot
async def test_fits_small_and_large_terminals(svc, size):
    app = create_app(svc)
    async with app.run_test(size=size) as pilot:
        await pilot.press("space")
        await pilot.pause()
        for grade in range(6):
            button = app.screen.query_one(f"#grade-{grade}")
            assert button.region.width > 0 and button.region.bottom <= size[1]
        assert app.screen.query_one(CardView).region.height >= 1


def test_light_and_dark_themes_use_theme_colours(svc):
    """No widget style names a fixed colour: they all come from theme variables."""
    import re

    import srs.tui.screens.help as help_screen
    import srs.tui.screens.review as review
    import srs.tui.screens.stats as stats_screen
    import srs.tui.screens.summary as summary_screen
    import srs.tui.widgets as widgets

    for module in (widgets, review, stats_screen, summary_screen, help_screen):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert not re.search(r"#[0-9a-fA-F]{3,6}\b|\b(?:rgb|hsl)\(", source), module.__name__


@pilot
async def test_runs_in_the_light_theme(svc):
    app = create_app(svc)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "textual-light"
        await pilot.press("space")
        await pilot.pause()
        view = app.screen.query_one(CardView)
        answer = view.get_component_rich_style("card-view--answer")
        background = app.screen.styles.background
        assert answer.color is not None
        assert answer.color.triplet != (background.r, background.g, background.b)
