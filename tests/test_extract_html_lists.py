"""Definition lists written in HTML (``<dl>``, ``<dt>``, ``<dd>``): a note goes in, a card for each
term comes out, on the term's line; the same list as an example in code or a comment gives none."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note

LIST = (
    "<dl>\n<dt>crossing number</dt>\n<dd>the least number of crossings over all diagrams of the knot.</dd>\n"
    "<dt><b>linking number</b></dt>\n<dd>half the sum of the signs of the crossings between two components &amp; no more.</dd>\n</dl>\n"
)


def test_each_term_of_an_html_definition_list_is_a_card_on_its_own_line() -> None:
    note = f"# Knot invariants\n\nFrom the week 3 class.\n\n{LIST}"
    cards = extract_note(note, "Knots/Knot invariants.md").candidates
    assert [(c.answers, c.text, c.line) for c in cards] == [
        (("crossing number",), "{{c1::crossing number}}: the least number of crossings over all diagrams of the knot.", 6),
        (("linking number",), "{{c1::linking number}}: half the sum of the signs of the crossings between two components & no more.", 8),
    ]
    assert {c.rule for c in cards} == {"glossary_list"}


@pytest.mark.parametrize(
    "note",
    [
        f"# HTML cheat sheet\n\nHow a definition list is written:\n\n```html\n{LIST}```\n",
        f"# Drafts\n\n%%\n{LIST}%%\n",
        f"# Drafts\n\n<!--\n{LIST}-->\n",
        f"# Web page\n\n<pre>\n{LIST}</pre>\n",
        "# Cheat sheet\n\nWrite `<dl><dt>term</dt><dd>what it means in a few words</dd></dl>` for a glossary.\n",
    ],
)
def test_a_definition_list_in_code_or_a_comment_gives_no_card(note: str) -> None:
    assert extract_note(note, "Web/Lists.md").candidates == ()
