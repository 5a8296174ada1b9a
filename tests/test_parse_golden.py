"""Exact parser output on small notes built to hit the tricky corners of the markdown layer.

The parser is tuned for speed; these pin what it produces (every field of every block) so that a
faster parser cannot quietly change the cards a vault yields.
"""

from __future__ import annotations

import pytest

from srs.core.extract.properties import Properties, read_properties
from srs.core.markdown import Block, parse
from srs.core.markdown_render import Span

NOTES: dict[str, str] = {
    'code_spans': 'See `[[Not a link]]` and [[Real link|shown]], `{{c1::not}}` then {{c1::cloze::hint}}.\n',
    'math': 'Energy $a == b$ and $$x==y$$ but ==marked **bold**== text #tag.\n\n$$\nE == mc^2\n$$\n',
    'comments': 'Before %%hidden\nacross lines%% after.\n\nKept `%%code%%` here.\n\n%%\nblock comment\n%%\nLast line.\n',
    'callout': '# Title\n\n> [!note] Custom title\n> Body with [[Link]] and ==mark==.\n\n> [!tip]\n> Second.\n\nAfter.\n',
    'table': '## Table\n\n| Term | Meaning |\n|---|---|\n| [[Alpha\\|A]] | first #greek |\n| `[[x]]` | ![[pic.png]] code |\n',
    'footnotes': 'Claim[^1] with inline^[note text] here.\n\n[^1]: Definition with #hidden-tag and [[Hidden link]].\n',
    'crlf_bom': '\ufeff---\r\ntitle: T\r\ntags: [a, b]\r\n---\r\n# Head\r\n\r\n- [ ] task [[L]]\r\n- item two\r\n  continued\r\n',
}

EXPECTED: dict[str, tuple[tuple[Block, ...], tuple[object, ...]]] = {
    'code_spans': (
        (
            Block(kind='paragraph', line=1, text='See `[[Not a link]]` and shown, `{{c1::not}}` then {{c1::cloze::hint}}.', spans=(Span(kind='code', start=4, end=20, inner_start=4, inner_end=20, target='', extra=''), Span(kind='wikilink', start=25, end=30, inner_start=25, inner_end=30, target='Real link', extra='shown'), Span(kind='code', start=32, end=45, inner_start=32, inner_end=45, target='', extra=''), Span(kind='cloze', start=51, end=70, inner_start=57, inner_end=62, target='cloze', extra='hint')), level=0, headings=(), quote=False, callout='', task=False, cells=(), header=False, table=-1, first_in_item=False),
        ),
        (None, 1, (), (), ('Real link',), False),
    ),
    'math': (
        (
            Block(kind='paragraph', line=1, text='Energy $a == b$ and $$x==y$$ but ==marked **bold**== text #tag.', spans=(Span(kind='code', start=7, end=15, inner_start=7, inner_end=15, target='', extra=''), Span(kind='code', start=20, end=28, inner_start=20, inner_end=28, target='', extra=''), Span(kind='strong', start=42, end=50, inner_start=44, inner_end=48, target='', extra=''), Span(kind='mark', start=33, end=52, inner_start=35, inner_end=50, target='', extra=''), Span(kind='tag', start=58, end=62, inner_start=59, inner_end=62, target='', extra='')), level=0, headings=(), quote=False, callout='', task=False, cells=(), header=False, table=-1, first_in_item=False),
        ),
        (None, 1, ('tag',), (), (), False),
    ),
    'comments': (
        (
            Block(kind='paragraph', line=1, text='Before\nafter.', spans=(), level=0, headings=(), quote=False, callout='', task=False, cells=(), header=False, table=-1, first_in_item=False),
            Block(kind='paragraph', line=4, text='Kept `%%code%%` here.', spans=(Span(kind='code', start=5, end=15, inner_start=5, inner_end=15, target='', extra=''),), level=0, headings=(), quote=False, callout='', task=False, cells=(), header=False, table=-1, first_in_item=False),
            Block(kind='paragraph', line=9, text='Last line.', spans=(), level=0, headings=(), quote=False, callout='', task=False, cells=(), header=False, table=-1, first_in_item=False),
        ),
        (None, 1, (), (), (), False),
    ),
    'callout': (
        (
            Block(kind='heading', line=1, text='Title', spans=(), level=1, headings=(), quote=False, callout='', task=False, cells=(), header=False, table=-1, first_in_item=False),
            Block(kind='paragraph', line=4, text='Body with Link and ==mark==.', spans=(Span(kind='wikilink', start=10, end=14, inner_start=10, inner_end=14, target='Link', extra=''), Span(kind='mark', start=19, end=27, inner_start=21, inner_end=25, target='', extra='')), level=0, headings=('Title', 'Custom title'), quote=True, callout='note', task=False, cells=(), header=False, table=-1, first_in_item=False),
            Block(kind='paragraph', line=7, text='Second.', spans=(), level=0, headings=('Title', 'Tip'), quote=True, callout='tip', task=False, cells=(), header=False, table=-1, first_in_item=False),
            Block(kind='paragraph', line=9, text='After.', spans=(), level=0, headings=('Title',), quote=False, callout='', task=False, cells=(), header=False, table=-1, first_in_item=False),
        ),
        (None, 1, (), (), ('Link',), False),
    ),
    'table': (
        (
            Block(kind='heading', line=1, text='Table', spans=(), level=2, headings=(), quote=False, callout='', task=False, cells=(), header=False, table=-1, first_in_item=False),
            Block(kind='row', line=3, text='Term | Meaning', spans=(), level=0, headings=('Table',), quote=False, callout='', task=False, cells=(('Term', ()), ('Meaning', ())), header=True, table=0, first_in_item=False),
            Block(kind='row', line=5, text='A | first #greek', spans=(), level=0, headings=('Table',), quote=False, callout='', task=False, cells=(('A', (Span(kind='wikilink', start=0, end=1, inner_start=0, inner_end=1, target='Alpha', extra='A'),)), ('first #greek', (Span(kind='tag', start=6, end=12, inner_start=7, inner_end=12, target='', extra=''),))), header=False, table=0, first_in_item=False),
            Block(kind='row', line=6, text='`[[x]]` | code', spans=(), level=0, headings=('Table',), quote=False, callout='', task=False, cells=(('`[[x]]`', (Span(kind='code', start=0, end=7, inner_start=0, inner_end=7, target='', extra=''),)), ('code', ())), header=False, table=0, first_in_item=False),
        ),
        (None, 1, ('greek',), ('pic.png',), ('Alpha',), False),
    ),
    'footnotes': (
        (
            Block(kind='paragraph', line=1, text='Claim with inline here.', spans=(), level=0, headings=(), quote=False, callout='', task=False, cells=(), header=False, table=-1, first_in_item=False),
        ),
        (None, 1, ('hidden-tag',), (), ('Hidden link',), False),
    ),
    'crlf_bom': (
        (
            Block(kind='heading', line=5, text='Head', spans=(), level=1, headings=(), quote=False, callout='', task=False, cells=(), header=False, table=-1, first_in_item=False),
            Block(kind='item', line=7, text='[ ] task L', spans=(Span(kind='wikilink', start=9, end=10, inner_start=9, inner_end=10, target='L', extra=''),), level=1, headings=('Head',), quote=False, callout='', task=True, cells=(), header=False, table=-1, first_in_item=True),
            Block(kind='item', line=8, text='item two\ncontinued', spans=(), level=1, headings=('Head',), quote=False, callout='', task=False, cells=(), header=False, table=-1, first_in_item=True),
        ),
        ('title: T\ntags: [a, b]', 1, (), (), ('L',), False),
    ),
}


@pytest.mark.parametrize("name", sorted(NOTES))
def test_parse_output_is_exactly_as_recorded(name: str) -> None:
    doc = parse(NOTES[name])
    blocks, (front_matter, fm_line, tags, media, links, flattened) = EXPECTED[name]
    assert doc.blocks == blocks
    assert (doc.front_matter, doc.front_matter_line) == (front_matter, fm_line)
    assert (doc.tags, doc.media, doc.links, doc.flattened) == (tags, media, links, flattened)


def test_crlf_and_bom_give_the_same_blocks_as_plain_lf() -> None:
    plain = NOTES["crlf_bom"].lstrip("\ufeff").replace("\r\n", "\n")
    assert parse(plain) == parse(NOTES["crlf_bom"])


def test_front_matter_properties() -> None:
    doc = parse(NOTES["crlf_bom"])
    assert read_properties(doc.front_matter, doc.front_matter_line) == Properties("T", ("a", "b"), ())
    broken = read_properties("title: [unclosed", 1)
    assert broken == Properties(
        warning="broken YAML properties (line 3): did not find expected ',' or ']'; fix the properties block"
    )
