"""The pieces of an export that need no Anki: safe field HTML, file names, ids."""

from __future__ import annotations

import html as std_html
import re
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from srs.export import package_path
from srs.export.html import extra_field, obsidian_url, split_cloze, text_field
from srs.export.ids import deck_id, note_guid, note_ids
from srs.export.paths import media_names

TAG = re.compile(r"<(/?)([a-zA-Z]+)([^>]*)>")


def test_cloze_markers_in_answers_do_not_end_the_gap():
    field = text_field("Use {{c1::a}}b}} and {{c1::x::y}} now", ("a}}b", "x::y"))
    assert field is not None
    assert field.count("{{c1::") == 2 and field.count("}}") == 2
    assert std_html.unescape(field) == "Use {{c1::a}}b}} and {{c1::x::y}} now"


def test_every_answer_is_hidden_together_as_one_card():
    field = text_field("{{c1::A}} then {{c2::B}}", ("A", "B"))
    assert field == "{{c1::A}} then {{c1::B}}"


def test_emphasis_becomes_html_and_may_wrap_a_whole_gap():
    assert text_field("**{{c1::x}}** and *y* and __z__", ("x",)) == "<b>{{c1::x}}</b> and <i>y</i> and <b>z</b>"
    assert text_field("snake_case_name is {{c1::kept}}", ("kept",)) == "snake_case_name is {{c1::kept}}"
    assert text_field("`a*b*` is {{c1::code}}", ("code",)) == "<code>a&#42;b&#42;</code> is {{c1::code}}"


def test_emphasis_never_crosses_a_gap_boundary():
    field = text_field("*a {{c1::b* c}}", ("b* c",))
    assert "<i>" not in field


def test_answers_that_do_not_match_fall_back_to_parsing_the_markup():
    assert [p.text for p in split_cloze("x {{c1::y}} z", ("nope",)) if p.answer] == ["y"]


def test_text_without_a_gap_makes_no_field():
    assert text_field("no gap here", ()) is None


@given(st.text(), st.text(min_size=1))
def test_nothing_from_a_note_becomes_a_tag(before, answer):
    field = text_field(before + "{{c1::" + answer + "}}", (answer,))
    assert field is not None
    for match in TAG.finditer(field):
        assert match.group(2) in {"b", "i", "mark", "s", "code", "br"}
        assert match.group(3) == ""
    assert field.count("{{c1::") == 1 and field.count("}}") == 1
    assert "[sound:" not in field


@given(st.text(), st.text(), st.text(), st.lists(st.text(), max_size=3), st.text())
def test_the_back_extra_holds_only_our_own_markup(title, path, vault, tags, context):
    field = extra_field(title=title, note_path=path, vault_name=vault, tags=tuple(tags), context=context,
                        text="{{c1::x}}", media_names=('a".png',))
    for match in TAG.finditer(field):
        assert match.group(2) in {"div", "a", "span", "img", "b", "i", "mark", "s", "code", "br"}
        attributes = re.findall(r'\s([a-z]+)="[^"]*"', match.group(3))
        assert set(attributes) <= {"class", "href", "src"}
        assert re.sub(r'\s[a-z]+="[^"]*"', "", match.group(3)).strip() in {"", "/"}
    hrefs = re.findall(r'href="([^"]*)"', field)
    assert len(hrefs) == 1 and std_html.unescape(hrefs[0]).startswith("obsidian://open?vault=")


def test_obsidian_link_is_url_encoded():
    assert obsidian_url("My Vault & Co", "A/B c#?.md") == (
        "obsidian://open?vault=My%20Vault%20%26%20Co&file=A%2FB%20c%23%3F"
    )


@settings(max_examples=300)
@given(st.text(max_size=400))
def test_package_path_never_leaves_the_export_folder(deck_name):
    with tempfile.TemporaryDirectory() as tmp:
        export_dir = Path(tmp) / "exports"
        export_dir.mkdir()
        path = package_path(export_dir, deck_name)
        assert path.parent == export_dir
        assert path.name.endswith(".apkg") and path.name not in {".apkg", "..apkg"}
        assert "/" not in path.name and "\\" not in path.name and "\x00" not in path.name
        assert len(path.name.encode("utf-8")) <= 200
        assert path.name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}
        path.write_bytes(b"")  # the file system accepts the name
        assert path.resolve().parent == export_dir.resolve()


def test_package_path_examples(tmp_path):
    assert package_path(tmp_path, "../../etc/passwd").parent == tmp_path
    assert package_path(tmp_path, "..").name == "deck.apkg"
    assert package_path(tmp_path, "NUL").name == "_NUL.apkg"
    assert package_path(tmp_path, "Vault::Psychology").name == "Vault - Psychology.apkg"


def test_media_names_keep_simple_names_and_split_clashes(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "c").mkdir()
    one, two, same = tmp_path / "a" / "pic.png", tmp_path / "b" / "Pic.png", tmp_path / "c" / "pic.png"
    one.write_bytes(b"one")
    two.write_bytes(b"two")
    same.write_bytes(b"one")
    lone = tmp_path / "a" / "chart.svg"
    lone.write_bytes(b"<svg/>")
    names = media_names([one, two, same, lone])
    assert names[lone] == "chart.svg"
    assert names[one] == names[same] != names[two]
    assert names[one].startswith("pic-") and names[one].endswith(".png")


def test_ids_depend_only_on_stable_inputs():
    assert note_guid("card-1") == note_guid("card-1") != note_guid("card-2")
    assert deck_id("Vault::A") == deck_id("Vault::A") != deck_id("Vault::B")
    assert 1 < deck_id("x") < 2**53
    created = datetime(2026, 3, 1, tzinfo=timezone.utc)
    many = [(f"card-{i}", created) for i in range(5000)]
    ids = note_ids(many, fallback=created)
    assert len(set(ids.values())) == 5000
    assert ids == note_ids(list(reversed(many)), fallback=created)
    # Anki shows a note id as the day it was added: it stays the card's creation day.
    assert all(abs(value / 1000 - created.timestamp()) < 3600 for value in ids.values())


def _emphasis_without_marker_tests(escaped: str) -> str:
    """``emphasis`` as first written: every pattern run over every text."""
    from srs.export.html import _CODE, _CODE_LITERALS, _EMPHASIS

    escaped = _CODE.sub(lambda m: "<code>" + m.group(1).translate(_CODE_LITERALS) + "</code>", escaped)
    for _marker, pattern, replacement in _EMPHASIS:
        escaped = pattern.sub(replacement, escaped)
    return escaped


@settings(max_examples=400)
@given(st.text(alphabet="*_=~`ab \n\x02\x03\x04", max_size=40))
def test_emphasis_skips_only_patterns_whose_marker_is_absent(text):
    from srs.export.html import emphasis

    assert emphasis(text) == _emphasis_without_marker_tests(text)


_CLOZE_TEXT = st.lists(st.one_of(
    st.text(alphabet="{}c1:ab .\n", max_size=8),
    st.builds(lambda answer, hint: "{{c1::" + answer + (f"::{hint}" if hint else "") + "}}",
              st.text(alphabet="{}:ab .", max_size=6), st.text(alphabet="{}:ab", max_size=4)),
), max_size=6).map("".join)


@settings(max_examples=400)
@given(_CLOZE_TEXT, st.text(alphabet="{}c1:ab .\n", max_size=20))
def test_context_is_compared_with_the_sentence_without_its_cloze_markers(text, context):
    from srs.export.html import _split_generic, _useful_context

    plain = "".join(piece.text for piece in _split_generic(text)).strip()
    expected = bool(context.strip()) and context.strip().casefold() != "t" and context.strip() != plain
    assert _useful_context(context, text, "t") == expected
    assert _useful_context(plain, text, "t") is False


def _escape_every_time(text: str, in_cloze: bool) -> str:
    """escape_text without its shortcut for text that holds nothing to escape."""
    import html as stdlib_html

    from srs.export.html import _CONTROL

    escaped = stdlib_html.escape(_CONTROL.sub("", text), quote=True)
    escaped = escaped.replace("{", "&#123;").replace("}", "&#125;").replace("[", "&#91;").replace("]", "&#93;")
    return escaped.replace(":", "&#58;") if in_cloze else escaped


@settings(max_examples=600)
@given(st.text(alphabet=st.sampled_from(list("ab :;&<>\"'{}[]()\\\n\r\t\x00\x01\x08\x0b\x1f\x7f\x80é€"))
               | st.characters(), max_size=30),
       st.booleans())
def test_escape_returns_text_unchanged_only_when_the_escape_would(text, in_cloze):
    from srs.export.html import escape_text

    assert escape_text(text, in_cloze=in_cloze) == _escape_every_time(text, in_cloze)
