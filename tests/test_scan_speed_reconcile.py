"""The shortcuts that keep the scanning process cheap store exactly what the general code would."""

from __future__ import annotations

import json

import pytest

from srs.core.identity import StoredRef, anchor_of, match_candidates
from srs.core.model import CardCandidate
from srs.storage.rows import json_list

LISTS = [
    [],
    ["a"],
    ("tag", "other/tag"),
    ["é ü 中文", 'quote " and \\ backslash', "line\nbreak\ttab", "\x00\x1f\x7f", "\u2028\u2029", "\ud800"],
    ["x" * 500, ""],
]


@pytest.mark.parametrize("values", LISTS)
def test_json_list_is_the_json_encoders_text(values):
    assert json_list(values) == json.dumps(list(values), ensure_ascii=False)


def test_json_list_takes_any_iterable_and_non_strings():
    assert json_list(iter(["a", "b"])) == '["a", "b"]'
    assert json_list(v for v in ["a", "é"]) == '["a", "é"]'
    assert json_list(["a", 1, None]) == json.dumps(["a", 1, None], ensure_ascii=False)


def cand(text: str, *answers: str) -> CardCandidate:
    return CardCandidate(text=text, answers=tuple(answers), rule="test", line=1, position=0, sentence_key="k")


def test_matching_with_nothing_stored_makes_every_candidate_new():
    new = [cand("X is called {{c1::alpha}}.", "alpha"), cand("Y is called {{c1::beta}}.", "beta")]
    matches = match_candidates(new, [], [])
    assert [(m.candidate, m.card_id, m.via) for m in matches] == [(c, None, "new") for c in new]


def test_matching_with_given_anchors_is_matching_without_them():
    new = [cand("Now X is called {{c1::alpha}}.", "alpha"), cand("Y is {{c1::Beta}}.", "**Beta**")]
    stored = [StoredRef("s1", "n.md", anchor_of(["alpha"]), "X is called {{c1::alpha}}."),
              StoredRef("s2", "n.md", anchor_of(["beta"]), "Y is {{c1::beta}}.", True)]
    anchors = [anchor_of(c.answers) for c in new]
    assert match_candidates(new, stored, [], anchors) == match_candidates(new, stored, [])
    assert [m.card_id for m in match_candidates(new, stored, [], anchors)] == ["s1", "s2"]


def test_anchor_of_joins_normalised_answers_in_order():
    assert anchor_of(["**Alpha**", " beta. "]) == "alpha\x1fbeta"
    assert anchor_of(iter(["A"])) == "a"
    assert anchor_of([]) == ""
