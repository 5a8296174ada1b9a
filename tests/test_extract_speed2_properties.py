"""The line reader for simple properties gives what the YAML safe loader gives, or leaves the
text to it: compared on a table of tricky shapes and on many generated ones."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srs.core.extract import properties
from srs.core.extract.properties import _READ, _simple_properties, read_properties

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _by_yaml(source: str) -> properties.Properties:
    """``read_properties`` with the line reader turned off."""
    saved = properties._simple_properties
    properties._simple_properties = lambda _source: None
    try:
        return read_properties(source, 1)
    finally:
        properties._simple_properties = saved


def _typed(value: Any) -> Any:
    """A value with its types spelled out (True == 1 and 1 == 1.0 must not pass for equal)."""
    if isinstance(value, list):
        return ["list", [_typed(v) for v in value]]
    return [type(value).__name__, value]


def _agrees(source: str) -> bool:
    """True when the line reader took ``source``; fails when it took it and differs from YAML."""
    fast = _simple_properties(source)
    if fast is None:
        return False
    loaded = yaml.load(source, Loader=_Loader)  # must not raise: the reader took it
    assert isinstance(loaded, dict)
    for name in _READ:
        assert (name in fast) == (name in loaded), (source, name)
        assert _typed(fast.get(name)) == _typed(loaded.get(name)), (source, name)
    assert read_properties(source, 1) == _by_yaml(source)
    return True


TAKEN = [
    "title: Photosynthesis",
    "title: Photosynthesis   ",
    "title: \"Ribosome\"\ntags: [biology, cells]",
    "created: 2022-03-15\ntags:\n  - uldor\n  - terkacor wyndorstifi\nrating: 2",
    "tags:\n- a\n- b\naliases:\n  - \"[[📚 Mel quilinri]]\"",
    "tags: a, b c\nalias: x",
    "up: \"[[Elyel]]\"\nsource: \"Dusdusgal hyurbsol.\"",
    "title: don't panic (really)!",
    "title: what? a/b & c + d - e",
    "on: yes\ntitle: x",
    "yes: no\nnull: x",
    "tags:\n\n  - a\n\n  - b\n",
    "title:\ntags:",
    "tags: []",
    "tags: [ a , b c ]",
    "tag: [x-y, a/b, c.d]",
    "title: x\ntitle: y",
    "tags: x\ntags:\n  - y",
    "count: 012\nother: 019\nbig: 123456",
    "Title: Upper\ntitle: lower",
    "title: Ñandú über",
]
LEFT = [
    "title: yes", "title: Null", "title: NO", "tags: [on, off]", "tags:\n  - true", "title: 12",
    "title: 1.5", "title: 2022-03-15", "created: 2022-02-30", "created: 0000-01-01",
    "title: a # comment", "title: a: b", "title: x\n  more", "tags:\n  - a\n    - b",
    "tags:\n  - a\n - b", "- a", "title: \"a\\tb\"", "title: 'It''s'", "title:\tx", "title: x\r",
    "# comment\ntitle: x", "title: x\n---", "title: [a, [b]]", "tags: [a,]", "title: x\n  - a",
    "title: -x", "title: *alias", "title: &anchor x", "title: !tag x", "title: |\n  x", "title: >\n  x",
    "title: %x", "title: @x", "title: `x`", "\ufefftitle: x", "title: a\u00a0b", "title: a\u2028b",
    "title: x\n tags: y", "title: _x", "title: .5", "tags:\n  -", "tags:\n  - [a]", "key:value",
    "\"title\": x", "title: ~", "title: x\n\tz: y",
]


@pytest.mark.parametrize("source", TAKEN)
def test_simple_shapes_are_read_as_yaml_reads_them(source: str) -> None:
    assert _agrees(source)


@pytest.mark.parametrize("source", LEFT)
def test_other_shapes_are_left_to_yaml(source: str) -> None:
    assert _simple_properties(source) is None
    read_properties(source, 1)  # still a Properties (or a warning), never an exception


KEYS = ["title", "tags", "tag", "aliases", "alias", "Title", "created", "on", "yes", "null", "x-y", "up", "a_b"]
VALUES = [
    "", " ", "x", "Photosynthesis", "a b", "a, b", "yes", "no", "on", "Off", "null", "NULL", "true", "y", "n",
    "~", "12", "012", "019", "1.5", "1_000", "0x1F", "2022-03-15", "2022-02-30", "2022-3-5", "2022-03-15T10:00",
    "\"q\"", "\"a'b\"", "\"a\\\"b\"", "'s'", "'it''s'", "[a, b]", "[]", "[ ]", "[a,]", "[yes, x]", "[1, 2]",
    "[[x]]", "\"[[x]]\"", "a # c", "a #c", "a: b", "a:b", "a?", "? a", "a !b", "don't", "é", "📚 x", "a\u00a0b",
    "-a", "- a", "a -", "&a", "*a", "!a", "|", ">", "%a", "@a", "`a`", "{a: b}", "a,b", "(a)", "a/b", "a+b",
    "\\", "a\\b", "\t", "x ", ".nan", ".inf", "Inf", "NaN",
]
INDENTS = ["", " ", "  ", "    "]


def _line() -> st.SearchStrategy[str]:
    key_line = st.builds(lambda k, v: f"{k}:{' ' if v else ''}{v}", st.sampled_from(KEYS), st.sampled_from(VALUES))
    bare_key = st.builds(lambda k: f"{k}:", st.sampled_from(KEYS))
    item = st.builds(lambda i, v: f"{i}- {v}", st.sampled_from(INDENTS), st.sampled_from(VALUES))
    odd = st.text(alphabet="ab:#- \"'[],?\\\t\n\u00a0é", max_size=8)
    return st.one_of(key_line, key_line, bare_key, item, item, st.just(""), odd)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_line(), min_size=1, max_size=8))
def test_generated_properties_agree_with_yaml(lines: list[str]) -> None:
    source = "\n".join(lines)
    if source.strip():
        _agrees(source)


def test_the_reader_takes_most_generated_shapes() -> None:
    """Not a test of meaning: the reader must actually take the shapes notes are written in."""
    note = "created: 2022-03-15\ntags:\n  - uldor\n  - a b\nrating: 2\nup: \"[[Elyel]]\"\ntags2: [a, b]"
    assert _simple_properties(note) is not None
