"""Extraction quality on a labelled corpus of realistic notes: precision and recall.

The corpus (``tests/corpus/dev``, ``dev2``, ``holdout`` and ``holdout2``) holds notes in many
real styles (zettelkasten, lecture notes, glossaries, daily notes, literature notes, software
docs, mixed encodings and languages) with the cards a careful reader would make. Run with ``-s``
to see the per-set report: the numbers, every missed answer and every false positive with its
card text.
"""

from __future__ import annotations

import re

import pytest

from corpus_labels import (
    CORPUS_ROOT,
    SETS,
    NoteLabels,
    Predicted,
    format_report,
    load_labels,
    normalise,
    note_paths,
    read_note,
    score_note,
    score_set,
)

MIN_PRECISION = 0.9
MIN_RECALL = 0.9
# While False, a set below the thresholds is reported as an expected failure (xfail) instead of
# failing: the extractor is still in progress. Flip to True once it reaches the thresholds.
ENFORCE_THRESHOLDS = False
# Sets that are scored and reported but never enforced yet: a second development set, so that
# work tuned on ``dev`` can be checked on notes it was not tuned on.
REPORTED_ONLY_SETS = ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev21", "dev20", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev56", "dev57", "dev58", "dev59", "dev60", "dev61", "dev62", "dev63", "dev64", "dev65", "dev66", "dev67", "dev68", "dev69", "dev70", "dev71", "dev72", "dev73", "dev74", "dev75", "dev76", "dev77", "dev78", "dev79", "dev80", "dev81", "dev82", "dev83", "dev84", "dev85", "dev86", "dev87", "dev88", "dev89", "dev90", "dev91", "dev92", "dev93", "dev94", "dev95", "dev96", "dev97", "dev98", "dev99", "dev100", "dev101", "dev102", "dev103", "dev104", "dev105", "dev106", "dev107", "dev108", "dev109", "dev110", "dev111")
# A second held-out set, written without looking at the extractor: held to the same thresholds.
HELD_OUT_SETS = ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41", "holdout42", "holdout43", "holdout44", "holdout45", "holdout50", "holdout51", "holdout52", "holdout53", "holdout54", "holdout55", "holdout56", "holdout57", "holdout58", "holdout59", "holdout60", "holdout61", "holdout62", "holdout63", "holdout64", "holdout65", "holdout66", "holdout67", "holdout68", "holdout69", "holdout70", "holdout71", "holdout72", "holdout73", "holdout74", "holdout75")
# Sets whose report shows only the numbers: their misses are never seen by whoever tunes the rules.
SEALED_SETS = ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41", "holdout42", "holdout43", "holdout44", "holdout45", "holdout50", "holdout51", "holdout52", "holdout53", "holdout54", "holdout55", "holdout56", "holdout57", "holdout58", "holdout59", "holdout60", "holdout61", "holdout62", "holdout63", "holdout64", "holdout65", "holdout66", "holdout67", "holdout68", "holdout69", "holdout70", "holdout71", "holdout72", "holdout73", "holdout74", "holdout75")
CORPUS_SETS = SETS + HELD_OUT_SETS + REPORTED_ONLY_SETS


# --- the scorer itself -------------------------------------------------------------------------


def test_normalise_ignores_case_markup_quotes_and_edge_punctuation() -> None:
    assert normalise("**Homeostasis**") == "homeostasis"
    assert normalise("  ==Good  Enough\nMothering==, ") == "good enough mothering"
    assert normalise("“selfobject”.") == "selfobject"
    assert normalise("[[Heinz Kohut]]") == "heinz kohut"
    assert normalise("[[Winnicott#Ideas|good enough mother]]") == "good enough mother"
    assert normalise("_Gleichgewicht_:") == "gleichgewicht"
    assert normalise("恒常性") == "恒常性"


def test_a_leading_article_or_closing_parenthesis_names_the_same_term() -> None:
    labels = NoteLabels("n.md", expected=("Sehnsucht", "Equilibrium climate sensitivity", "het"))
    cards = [
        Predicted("{{c1::die Sehnsucht}} – longing", ("die Sehnsucht",)),
        Predicted("{{c1::Equilibrium climate sensitivity (ECS)}} = ...", ("Equilibrium climate sensitivity (ECS)",)),
        Predicted("{{c1::het}} takes ...", ("het",)),  # a lone article is still a term of its own
        Predicted("{{c1::The sensitivity}} ...", ("The sensitivity",)),  # another term: FP
    ]
    score = score_note(labels, cards)
    assert len(score.true_positives) == 3 and score.misses == []
    assert [c.answers[0] for c in score.false_positives] == ["The sensitivity"]


def test_score_counts_each_expected_answer_once() -> None:
    labels = NoteLabels("n.md", expected=("homeostasis", "set point"), optional=("Cannon",))
    cards = [
        Predicted("{{c1::Homeostasis}} is ...", ("Homeostasis",)),
        Predicted("{{c1::Homeostasis}} again", ("**homeostasis**",)),  # already matched: FP
        Predicted("coined by {{c1::Cannon}}", ("Cannon",)),  # optional: ignored
        Predicted("I {{c1::really}} should", ("really",)),  # FP
    ]
    score = score_note(labels, cards)
    assert [c.answers[0] for c in score.true_positives] == ["Homeostasis"]
    assert [c.answers[0] for c in score.false_positives] == ["**homeostasis**", "really"]
    assert [c.answers[0] for c in score.ignored] == ["Cannon"]
    assert score.misses == ["set point"]


def test_a_card_with_several_answers_matches_one_expected_answer() -> None:
    labels = NoteLabels("n.md", expected=("Paris", "France"))
    score = score_note(labels, [Predicted("{{c1::Paris}} ... {{c1::France}}", ("Paris", "France"))])
    assert len(score.true_positives) == 1
    assert score.misses == ["France"]


def test_several_cloze_numbers_count_as_the_cards_anki_makes() -> None:
    labels = NoteLabels("n.md", expected=("Paris", "France"))
    text = "{{c1::Paris}} is the capital of {{c2::France::country}}"
    score = score_note(labels, [Predicted(text, ("Paris", "France"))])
    assert [c.answers for c in score.true_positives] == [("Paris",), ("France",)]
    assert score.misses == []


def test_set_numbers_and_report() -> None:
    labels = {
        "a.md": NoteLabels("a.md", expected=("x", "y")),
        "b.md": NoteLabels("b.md", expected=()),
    }
    cards = {"a.md": [Predicted("{{c1::x}}", ("x",))], "b.md": [Predicted("{{c1::z}}", ("z",))]}
    score = score_set("toy", labels, lambda path: cards[path])
    assert (score.tp, score.fp, score.expected, score.matched) == (1, 1, 2, 1)
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(0.5)
    report = format_report(score)
    assert "a.md" in report and "y" in report  # the miss
    assert "b.md" in report and "{{c1::z}}" in report  # the false positive
    sealed = format_report(score, details=False)
    assert "0.500" in sealed and "a.md" not in sealed and "{{c1::z}}" not in sealed


# --- the corpus --------------------------------------------------------------------------------


def _set_dir(set_name: str):
    set_dir = CORPUS_ROOT / set_name
    if not (set_dir / "labels.yaml").exists():
        pytest.skip(f"corpus set {set_name!r} is not present")
    return set_dir


@pytest.mark.parametrize("set_name", CORPUS_SETS)
def test_every_note_is_labelled_and_every_label_has_a_note(set_name: str) -> None:
    set_dir = _set_dir(set_name)
    labels = load_labels(set_dir)
    notes = set(note_paths(set_dir))
    assert sorted(notes - set(labels)) == [], "notes without labels"
    assert sorted(set(labels) - notes) == [], "labels without notes"
    for note in labels.values():
        overlap = {normalise(a) for a in note.expected} & {normalise(a) for a in note.optional}
        assert not overlap, f"{note.path}: answers both expected and optional: {overlap}"


@pytest.mark.parametrize("set_name", CORPUS_SETS)
def test_every_labelled_answer_is_written_in_its_note(set_name: str) -> None:
    set_dir = _set_dir(set_name)
    for note in load_labels(set_dir).values():
        # A title claim's key term may come from the file name, a name from a link's target.
        path = set_dir / note.path
        raw = read_note(path)
        targets = re.sub(r"\[\[([^\]|]*)\|[^\]]*\]\]", r"\1", raw)
        text = "\n".join(normalise(t) for t in (path.stem, raw, targets))
        absent = [a for a in note.expected + note.optional if normalise(a) not in text]
        assert not absent, f"{set_name}/{note.path}: labelled answers not in the note: {absent}"


def test_dev_and_holdout_share_no_note() -> None:
    dev_dir, holdout_dir = _set_dir("dev"), _set_dir("holdout")
    dev = {read_note(dev_dir / p) for p in note_paths(dev_dir)}
    holdout = {read_note(holdout_dir / p) for p in note_paths(holdout_dir)}
    assert not dev & holdout
    assert not set(note_paths(dev_dir)) & set(note_paths(holdout_dir)), "same note paths"


# --- the extractor against the corpus ----------------------------------------------------------


@pytest.fixture(scope="module")
def extract_note():
    """The extractor under test; the quality tests skip until it can be imported."""
    module = pytest.importorskip("srs.core.extract", reason="the extractor is not available")
    if not hasattr(module, "extract_note"):
        pytest.skip("srs.core.extract has no extract_note yet")
    return module.extract_note


@pytest.mark.parametrize("set_name", CORPUS_SETS)
def test_extraction_quality(set_name: str, extract_note) -> None:
    set_dir = _set_dir(set_name)
    labels = load_labels(set_dir)

    def predict(path: str) -> list[Predicted]:
        extracted = extract_note(read_note(set_dir / path), path)
        return [Predicted(c.text, tuple(c.answers), c.rule) for c in extracted.candidates]

    score = score_set(set_name, labels, predict)
    print()
    print(format_report(score, details=set_name not in SEALED_SETS))

    below = []
    if score.precision < MIN_PRECISION:
        below.append(f"precision {score.precision:.3f} < {MIN_PRECISION}")
    if score.recall < MIN_RECALL:
        below.append(f"recall {score.recall:.3f} < {MIN_RECALL}")
    if below and (not ENFORCE_THRESHOLDS or set_name in REPORTED_ONLY_SETS):
        pytest.xfail(f"extractor in progress: {set_name}: " + "; ".join(below))
    assert not below, f"{set_name}: " + "; ".join(below) + " (run with -s for the report)"
