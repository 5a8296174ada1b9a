"""An unclosed code fence is reported: the rest of the note is read as code and gives no cards."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def test_unclosed_fence_is_a_warning_with_its_line() -> None:
    note = extract_note("# Git\n\nSome text.\n\n```bash\ngit status\n\nA **commit** is a snapshot of the repo.\n", "Git.md")
    assert note.candidates == ()
    assert note.warnings == (
        "unclosed code fence from line 5: the rest of the note is read as code; close it with a matching fence",
    )


@pytest.mark.parametrize(
    "text",
    [
        "```\ncode\n```\n\nA **vault** is a folder of notes on disk.\n",
        "~~~python\nx = '```'\n~~~\n",
        "````\n```\nnested\n```\n````\n",
        "> ```\n> quoted code\n> ```\n",
        "Inline ```code``` in a line.\n",
        "<pre><code>```mermaid\ngraph TD\n```</code></pre>\n\nafter\n",
        "\r\n```\r\nx\r\n```\r\n",
    ],
)
def test_closed_fences_give_no_warning(text: str) -> None:
    assert extract_note(text, "Note.md").warnings == ()


def test_shorter_or_other_fence_does_not_close() -> None:
    assert extract_note("````\ncode\n```\n~~~~\n", "Note.md").warnings[0].startswith("unclosed code fence from line 1")
