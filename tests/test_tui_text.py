"""Card text rendering, interval labels and editor commands of the review app (no terminal)."""

from __future__ import annotations

from pathlib import Path

import pytest

from srs.tui.cardtext import card_text, clozes, emphasis
from srs.tui.editor import editor_command, editor_setting
from srs.tui.formatting import duration_label, interval_label


def styled(text, fragment: str) -> set[str]:
    """The styles applied to ``fragment`` of a rich Text."""
    start = text.plain.index(fragment)
    return {str(span.style) for span in text.spans if span.start <= start < span.end}


def test_gap_is_drawn_as_anki_does_and_hint_replaces_it():
    assert card_text("The {{c1::mitochondria}} is ...", revealed=False).plain == "The [...] is ..."
    assert card_text("{{c1::Paris::capital}} is in France", revealed=False).plain == "[capital] is in France"
    assert card_text("{{c1::Paris::capital}} is in France", revealed=True).plain == "Paris is in France"
    assert card_text("{{c1::a}} and {{c2::b}}", revealed=True).plain == "a and b"
    assert [c.answer for c in clozes("{{c1::a}} and {{c2::b::h}}")] == ["a", "b"]


@pytest.mark.parametrize(
    "literal",
    ["[bold]x[/bold]", "[link=http://e.com]here[/link]", ":smile: 🎉", "[red]", "\\[escaped]", "[@click=app.quit]no[/]"],
)
def test_markup_like_text_stays_literal(literal):
    text = card_text(f"The {{{{c1::thing}}}} says {literal}.", revealed=True)
    assert text.plain == f"The thing says {literal}."
    assert all("link" not in str(span.style) for span in text.spans)


def test_markdown_emphasis_becomes_styles_not_markup():
    text = emphasis("a **bold** and *italic* and __strong__ and `co*de*` word")
    assert text.plain == "a bold and italic and strong and co*de* word"
    assert "bold" in styled(text, "bold")
    assert "italic" in styled(text, "italic")
    assert "bold" in styled(text, "strong")
    # snake_case and lone stars are not emphasis
    assert emphasis("snake_case_name and 2 * 3 * 4").plain == "snake_case_name and 2 * 3 * 4"


def test_emphasis_around_a_cloze_reaches_the_answer():
    text = card_text("x **{{c1::y}}** z", revealed=True, answer_style="underline")
    assert text.plain == "x y z"
    assert any("bold" in s and "underline" in s for s in styled(text, "y"))


@pytest.mark.parametrize(
    ("days", "label"),
    [(0, "today"), (1, "1d"), (6, "6d"), (30, "30d"), (91, "3mo"), (200, "7mo"), (365, "1y"), (800, "2.2y")],
)
def test_interval_labels(days, label):
    assert interval_label(days) == label


def test_duration_labels():
    assert duration_label(42) == "42s"
    assert duration_label(65) == "1m 05s"
    assert duration_label(3720) == "1h 02m"


@pytest.mark.parametrize(
    ("editor", "expected"),
    [
        ("vim", ["vim", "+12", "/v/n.md"]),
        ("/usr/bin/nvim", ["/usr/bin/nvim", "+12", "/v/n.md"]),
        ("nano", ["nano", "+12", "/v/n.md"]),
        ("emacs -nw", ["emacs", "-nw", "+12", "/v/n.md"]),
        ("micro", ["micro", "+12", "/v/n.md"]),
        ("kak", ["kak", "+12", "/v/n.md"]),
        ("code --wait", ["code", "--wait", "--goto", "/v/n.md:12"]),
        ("hx", ["hx", "/v/n.md:12"]),
        ("gedit", ["gedit", "/v/n.md"]),
    ],
)
def test_editor_commands_open_the_note_at_the_line(editor, expected):
    assert editor_command(editor, Path("/v/n.md"), 12) == expected


def test_editor_setting_prefers_config_then_visual_then_editor(monkeypatch):
    monkeypatch.setenv("VISUAL", "code --wait")
    monkeypatch.setenv("EDITOR", "nano")
    assert editor_setting("micro") == "micro"
    assert editor_setting(None) == "code --wait"
    monkeypatch.delenv("VISUAL")
    assert editor_setting(None) == "nano"
    monkeypatch.delenv("EDITOR")
    assert editor_setting(None) == "vi"
