"""The markdown layer: blocks with source lines, Obsidian inline syntax, comments, flattened notes."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from srs.core.markdown import Block, _block, parse
from srs.core.markdown_flat import restore_flattened
from srs.core.markdown_pre import blank_comments
from srs.core.markdown_render import Span, new_span


def test_blocks_keep_original_line_numbers_after_front_matter() -> None:
    doc = parse("---\ntitle: x\n---\n# Head\n\nPara one\ncontinues.\n\n- item\n")
    assert [(b.kind, b.line) for b in doc.blocks] == [("heading", 4), ("paragraph", 6), ("item", 9)]
    assert doc.front_matter == "title: x"


def test_wikilinks_show_display_text_and_spans() -> None:
    doc = parse("See [[Note#Part|the part]], [[Other#Heading]] and [[#Local]].")
    block = doc.blocks[0]
    assert block.text == "See the part, Other and Local."
    assert [s.target for s in block.spans if s.kind == "wikilink"] == ["Note", "Other", ""]


def test_marks_clozes_and_tags_are_not_parsed_inside_code() -> None:
    block = parse("`==no==` ==yes== `{{c1::no}}` {{c1::yes}} `#no` #yes").blocks[0]
    kinds = [(s.kind, block.text[s.inner_start : s.inner_end]) for s in block.spans]
    assert ("mark", "yes") in kinds and ("cloze", "yes") in kinds and ("tag", "yes") in kinds
    assert not any(k != "code" and v == "no" for k, v in kinds)


def test_comments_are_blanked_keeping_lines() -> None:
    text = "a %%x%% b\n%%\nhidden\n%%\n`%%` c"
    out = blank_comments(text)
    assert out.count("\n") == text.count("\n")
    assert "x" not in out and "hidden" not in out and "`%%` c" in out


def test_code_math_html_and_footnote_definitions_are_not_blocks() -> None:
    doc = parse("```\ncode\n```\n\n    indented\n\n$$\nx\n$$\n\n<div>html</div>\n\nText[^1].\n\n[^1]: note\n")
    assert [b.text for b in doc.blocks] == ["Text."]


def test_flattened_note_is_restored() -> None:
    flat = "**Up:** [[Home]] **Tags:** #x --- " + "Some prose sentence here. " * 10 + "--- **See Also:** - One item."
    restored = restore_flattened(flat)
    assert "\n---\n" in restored and "\n- One item." in restored and "\n**Tags:**" in restored
    assert parse(flat).flattened


def test_tasks_and_tables() -> None:
    doc = parse("- [ ] todo\n- [x] done\n\n| A | B |\n|---|---|\n| 1 | 2 |\n")
    assert [b.task for b in doc.blocks if b.kind == "item"] == [True, True]
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert rows[0].header and not rows[1].header and rows[1].cells[1][0] == "2" and rows[1].line == 6


def _tokens(tokens: list) -> list:
    return [
        (t.type, t.tag, t.nesting, t.map, t.level, t.content, t.markup, t.info, t.meta, t.block, t.hidden, t.attrs,
         _tokens(t.children or []))
        for t in tokens
    ]


def test_narrowed_rule_loops_give_markdown_its_own_tokens() -> None:
    from srs.core.markdown import build_markdown_it

    fast, plain = build_markdown_it(), build_markdown_it(dispatch=False)
    assert fast.inline.tokenize != plain.inline.tokenize and fast.block.tokenize != plain.block.tokenize
    notes = [
        "---\ntitle: x\n---\n# H\n\nText [[a|b]] ![[c.png]] ==m *e*== {{c1::x::y}} #t `[[no]]` $==$ <b>h</b> &amp;\n",
        "- `---\ntitle: x\n---\n",  # front matter rule looks at the file's first character
        "> [!note] T\n> body\n> - item\n>   more\n\n    code\n\n1. one\n2) two\n\n***\n\nSetext\n===\n",
        "| a | b |\n|---|:-:|\n| [[x\\|y]] | ~~s~~ |\n\n[^1]: foot [[L]]\n\n[ref]: /url\n\n<div>\nhtml\n</div>\n",
        "$$\nx\n$$\n\n```py\n[[a]]\n```\n\ntext^[inline] and [^1] \\* <http://a.b> [l](u) ![i](p.png)\n",
        "> a\n- b\n# c\n<p>d\n$$e$$\n---\n~~~\n",
    ]
    for note in notes:
        assert _tokens(fast.parse(note, {})) == _tokens(plain.parse(note, {})), note


def test_narrowed_rule_loops_agree_with_markdown_it_on_every_corpus_note() -> None:
    # Hundreds of real-shaped notes (several languages, CRLF, flattened, tables, callouts):
    # the faster parser must give markdown-it's own tokens for each of them.
    from pathlib import Path

    from srs.core.markdown import build_markdown_it

    fast, plain = build_markdown_it(), build_markdown_it(dispatch=False)
    here = Path(__file__).resolve().parent
    notes = sorted((here / "corpus").rglob("*.md")) + sorted((here.parent / "examples").rglob("*.md"))
    assert len(notes) > 300
    for path in notes:
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        assert _tokens(fast.parse(text, {})) == _tokens(plain.parse(text, {})), path


def test_fast_made_blocks_and_spans_are_the_dataclass_values() -> None:
    """``_block`` and ``new_span`` set a new instance's slots directly and then give it its class
    (for speed): they must make exactly what the constructors make, and know every field."""
    span = new_span("wikilink", 1, 9, 3, 7, "Target", "alias")
    plain_span = Span("wikilink", 1, 9, 3, 7, "Target", "alias")
    assert span == plain_span and hash(span) == hash(plain_span) and repr(span) == repr(plain_span)
    assert new_span("em", 0, 3, 1, 2) == Span("em", 0, 3, 1, 2)
    assert type(span) is Span and type(new_span("em", 0, 3, 1, 2)) is Span
    values = {
        "kind": "row", "line": 4, "text": "a | b", "spans": (span,), "level": 2, "headings": ("H",), "quote": True,
        "callout": "note", "task": True, "cells": (("a", ()), ("b", (span,))), "header": True, "table": 3,
        "first_in_item": True,
    }
    assert [f.name for f in dataclasses.fields(Block)] == list(values)
    block = _block(*values.values())
    plain = Block(**values)
    assert type(block) is Block
    assert block == plain and hash(block) == hash(plain) and repr(block) == repr(plain)
    names = [f.name for f in dataclasses.fields(Block)]
    assert [getattr(block, name) for name in names] == [getattr(plain, name) for name in names] == list(values.values())
    assert dataclasses.replace(block, text="x") == dataclasses.replace(plain, text="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.text = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 0  # type: ignore[misc]


def test_a_flattened_note_gets_back_its_properties_headings_and_bold_entries() -> None:
    flat = (
        "--- tags: [genetics, inheritance] aliases: [gene interaction] --- # Epistasis Epistasis is when one gene "
        "masks the effect of another gene at a different locus. Not the same as dominance. ## Examples - coat "
        "colour in Labradors, where one gene decides whether pigment is laid down at all"
    )
    restored = restore_flattened(flat)
    assert restored.startswith("---\ntags: [genetics, inheritance]\naliases: [gene interaction]\n---\n\n# Epistasis\n\nEpistasis is when")
    assert "\n\n## Examples\n- coat colour" in restored
    doc = parse(flat)
    assert doc.flattened and [b.kind for b in doc.blocks] == ["heading", "paragraph", "heading", "item"]
    glossary = (
        "# Figures of speech #rhetoric **Anaphora** - repetition of a word at the start of successive clauses "
        "**Chiasmus** - two phrases where the second reverses the order of the first (ABBA) "
        "**Litotes** - understatement by denying the opposite (\"not bad at all\")"
    )
    assert restore_flattened(glossary).split("\n")[1:4] == [
        "- **Anaphora** - repetition of a word at the start of successive clauses",
        "- **Chiasmus** - two phrases where the second reverses the order of the first (ABBA)",
        "- **Litotes** - understatement by denying the opposite (\"not bad at all\")",
    ]


_PIECES = [
    "# Title", "## Part", "**Term** -", "**Label:**", "---", "- item", "tags: [a, b]", "Term: gloss.", "word", "Word.", "[[Link]]",
    "#tag", ")", "Title", "Title  Title", "--", "- **Term** (aside):", "-- Term:", "—", "tags:",
]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60), st.sampled_from([" ", "  ", " \t"]))
@example(["# Title", "Title  Title", "word", "word", "word", "word", "--- end"] + ["Word."] * 30, " ")
def test_restoring_a_flattened_note_only_moves_line_breaks_and_list_marks(pieces: list[str], gap: str) -> None:
    import re

    flat = gap.join(pieces)
    restored = restore_flattened(flat)
    # Line breaks and list marks come and go; every other character stays, in order.
    assert re.sub(r"[\s-]", "", restored) == re.sub(r"[\s-]", "", flat)


@pytest.mark.parametrize(
    ("flat", "title", "body"),
    [
        # A heading's title ends where its tags begin.
        ("# Partitive case tags: #estonian #grammar The partitive is the case of the partial object, used when an "
         "action is incomplete or ongoing. Total object = the object of a completed action affecting the whole thing.",
         "Partitive case", "The partitive is the case"),
        ("# Kirikaeshi #kendo #drills Kirikaeshi is the basic drill of big centre strikes followed by alternating strikes " * 2,
         "Kirikaeshi", "Kirikaeshi is the basic drill"),
        # A plain title and its tags, set off by dashes, or with no dash before the tags.
        ("Shifting cultivation — tags: #farming-systems #tropics — Shifting cultivation is a system where farmers clear "
         "a patch of forest, crop it for a few years until yields drop, then move on and leave the old plot to regrow.",
         "Shifting cultivation", "Shifting cultivation is a system"),
        ("Labanotation #dance-history #notation — Labanotation is a system for writing down human movement in symbols "
         "on a vertical staff read from bottom to top, where the columns stand for body parts and the length of a symbol shows how long.",
         "Labanotation", "Labanotation is a system"),
        # Two spaces where the title's line break was.
        ("# Three-tier system  The three-tier system is the US structure that separates producers, distributors and "
         "retailers, with each state setting its own rules. Self-distribution is when a brewery acts as its own wholesaler.",
         "Three-tier system", "The three-tier system is"),
        # A body that says the title again may open with capitals.
        ("FAMACHA #goats #parasites  FAMACHA is an eyelid colour chart (1 = bright red, 5 = almost white) used to "
         "check goats and sheep for anaemia on the spot, by pulling down the lower eyelid and matching the colour.",
         "FAMACHA", "FAMACHA is an eyelid colour chart"),
        # A field after the tags stays apart from the body.
        ("Gas planning — rule of thirds #diving #gas up:: [[Diving MOC]] The rule of thirds is a gas planning rule from "
         "cave diving: use one third of your gas going in, one third coming out, one third in reserve.",
         "Gas planning — rule of thirds", "The rule of thirds is"),
    ],
)
def test_a_flattened_title_and_its_tags_are_set_apart_from_the_body(flat: str, title: str, body: str) -> None:
    doc = parse(flat)
    assert doc.flattened
    assert doc.blocks[0].text == title
    assert doc.blocks[-1].text.startswith(body)


@pytest.mark.parametrize("between", [" · ", " | ", " • "])
def test_flattened_bold_entries_set_apart_by_a_dot_or_a_bar_are_restored_as_items(between: str) -> None:
    flat = between.join([
        "# Effetti — appunti lezione 4 **Delay**: ripete il segnale dopo un certo tempo (eco), con feedback e mix",
        "**Riverbero**: simula lo spazio di una stanza o di una sala, tante riflessioni fitte",
        "**Compressore** = riduce la differenza tra suoni forti e deboli, più sustain",
    ])
    doc = parse(flat)
    assert doc.flattened
    assert [b.kind for b in doc.blocks] == ["heading", "item", "item", "item"]
    assert [b.text.split("**")[1] for b in doc.blocks[1:]] == ["Delay", "Riverbero", "Compressore"]


def test_a_flattened_note_with_list_items_and_a_repeated_title_is_restored() -> None:
    flat = (
        "# Doping Doping = adding small amounts of impurity atoms to an intrinsic semiconductor to change its "
        "conductivity. - **n-type**: doped with donors, group V elements with one extra valence electron "
        "- **p-type**: doped with acceptors, group III elements, one electron short"
    )
    doc = parse(flat)
    assert doc.flattened
    assert [b.text for b in doc.blocks][:2] == ["Doping", "Doping = adding small amounts of impurity atoms to an intrinsic semiconductor to change its conductivity."]
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "item", "item"]


def test_a_flattened_lecture_under_its_heading_with_lower_case_entries_is_restored() -> None:
    # The whole note ran onto its heading's line: items glossed after "=" in lower case still
    # say it is a list, and its other items ("- eyewall replacement cycle: ...") are set apart too.
    flat = (
        "# GEOG 215 – storm structure (wk 6) - eye = calm, mostly clear centre; air sinks here → warm & dry "
        "- eyewall = ring of the tallest thunderstorms around the eye - rainbands = spiral bands of cloud curling "
        "in toward the centre - eyewall replacement cycle: a new outer eyewall chokes off the old one - exam: know the diagram!!"
    )
    doc = parse(flat)
    assert doc.flattened
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].text == "GEOG 215 – storm structure (wk 6)"
    items = [b.text for b in doc.blocks if b.kind == "item"]
    assert [item.split(" = ")[0].split(":")[0] for item in items] == ["eye", "eyewall", "rainbands", "eyewall replacement cycle", "exam"]
    # A long heading with one such dash is no list.
    heading = "# Notes on the storm - eye = calm centre, and then the rest of a long title" + " that runs on and on" * 8
    assert not parse(heading).flattened


def test_a_flattened_list_of_entries_glossed_after_equals_is_restored() -> None:
    flat = (
        "# Render finishes Lime render is finished once it has stiffened, with the same tools used to lay it on. "
        "Finishes: - Sponged = rubbed with a damp sponge, open and sandy - Floated = worked flat with a wooden float, "
        "the most common - Scraped = combed back after a day, very weather-proof - Polished = troweled hard, smooth and shiny"
    )
    doc = parse(flat)
    assert doc.flattened
    items = [b.text for b in doc.blocks if b.kind == "item"]
    assert [item.split(" = ")[0] for item in items] == ["Sponged", "Floated", "Scraped", "Polished"]
    # A hyphen between words of a sentence breaks nothing.
    prose = "The old quay - Mostly Victorian stone - runs along the river, and the ferry = the only way across in winter. "
    assert not parse(prose * 3).flattened
