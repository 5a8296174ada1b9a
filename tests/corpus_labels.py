"""Scoring extracted cards against the labelled corpus in ``tests/corpus/``.

Each corpus set (``dev``, ``holdout``) is a folder of markdown notes plus a ``labels.yaml`` that
maps a note's relative path to the answers a careful reader would hide:

    zettelkasten/Homeostasis.md:
      expected: ["homeostasis"]     # each entry: the hidden part of one card
      optional: ["Walter Cannon"]   # acceptable either way

A candidate whose text holds several cloze numbers (``{{c1::..}} .. {{c2::..}}``) is scored as
the several cards Anki makes from it, one per number. A predicted card is a true positive when
one of its answers matches a still-unmatched expected answer of its note; otherwise it is
ignored when one of its answers matches an optional answer; otherwise it is a false positive.
Answers are compared after ``normalise`` and ``term_key``: a card that hides "die Sehnsucht" or
"Equilibrium climate sensitivity (ECS)" hides the same term as the label "Sehnsucht" or
"Equilibrium climate sensitivity", so a leading article and a trailing parenthesis do not count.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

import yaml

CORPUS_ROOT = Path(__file__).resolve().parent / "corpus"
SETS = ("dev", "holdout")

# Wiki links keep the text a reader sees: the alias when there is one, else the target.
_WIKILINK = re.compile(r"\[\[([^\]|]*)(?:\|([^\]]*))?\]\]")
# Markdown emphasis and highlight marks are not part of an answer.
_MARKS = re.compile(r"[*_=`]")
_QUOTES = "\"'“”‘’«»„‚「」『』"
# Punctuation that may surround an answer (a trailing period, a colon after a bold label...).
_EDGE = " \t\n.,;:!?()[]{}<>—–-…。、，：；！？（）" + _QUOTES
_SPACES = re.compile(r"\s+")
# An Anki cloze deletion: number, answer, optional hint.
_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::[^}]*)?\}\}", re.DOTALL)


def normalise(answer: str) -> str:
    """The comparable form of an answer: casefolded, without markdown marks, quotes,
    surrounding punctuation or repeated whitespace."""
    text = unicodedata.normalize("NFC", answer)
    text = _WIKILINK.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(1), text)
    text = _MARKS.sub("", text)
    text = "".join(ch for ch in text if ch not in _QUOTES)
    text = _SPACES.sub(" ", text).strip(_EDGE)
    return text.casefold()


# Articles a term may be written with or without, in the languages of the corpus.
_ARTICLE = re.compile(
    r"^(?:the|an?|der|die|das|den|dem|des|ein|eine|le|la|les|un|une|el|los|las|una?|o|os|as|um|uma|"
    r"il|lo|gli|i|uno|de|het|een) (?=\S)|^l['’](?=\S)"
)
# A parenthesis closing the answer: an abbreviation or gloss shown with the term.
# (``normalise`` has already taken the closing bracket away as edge punctuation.)
_TRAILING_PAREN = re.compile(r"\s*[(（][^()（）]*[)）]?$")


def term_key(answer: str) -> str:
    """The term an answer names, for matching: ``normalise``d, then without a leading article or
    a closing parenthesis (only when a term remains, so a lone article still matches itself)."""
    text = normalise(answer)
    text = _TRAILING_PAREN.sub("", text).strip() or text
    return _ARTICLE.sub("", text, count=1) or text


@dataclass(frozen=True)
class NoteLabels:
    """What a careful reader would hide in one note."""

    path: str
    expected: tuple[str, ...]
    optional: tuple[str, ...] = ()


@dataclass(frozen=True)
class Predicted:
    """One card the extractor proposed, reduced to what scoring needs."""

    text: str
    answers: tuple[str, ...]
    rule: str = ""


@dataclass
class NoteScore:
    """The outcome for one note."""

    path: str
    true_positives: list[Predicted] = field(default_factory=list)
    false_positives: list[Predicted] = field(default_factory=list)
    ignored: list[Predicted] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    expected_count: int = 0


@dataclass
class SetScore:
    """The outcome for one corpus set."""

    name: str
    notes: list[NoteScore] = field(default_factory=list)

    @property
    def tp(self) -> int:
        return sum(len(n.true_positives) for n in self.notes)

    @property
    def fp(self) -> int:
        return sum(len(n.false_positives) for n in self.notes)

    @property
    def expected(self) -> int:
        return sum(n.expected_count for n in self.notes)

    @property
    def matched(self) -> int:
        return sum(n.expected_count - len(n.misses) for n in self.notes)

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Matched expected answers / all expected answers; 1.0 when nothing was expected."""
        return self.matched / self.expected if self.expected else 1.0


def load_labels(set_dir: Path) -> dict[str, NoteLabels]:
    """The labels of one set, keyed by the note's relative path (with "/")."""
    raw = yaml.safe_load((set_dir / "labels.yaml").read_text(encoding="utf-8")) or {}
    labels: dict[str, NoteLabels] = {}
    for path, entry in raw.items():
        entry = entry or {}
        unknown = set(entry) - {"expected", "optional"}
        if unknown:
            raise ValueError(f"{set_dir / 'labels.yaml'}: {path}: unknown keys {sorted(unknown)}")
        labels[path] = NoteLabels(
            path=path,
            expected=tuple(str(a) for a in entry.get("expected") or ()),
            optional=tuple(str(a) for a in entry.get("optional") or ()),
        )
    return labels


def note_paths(set_dir: Path) -> list[str]:
    """Every markdown note of a set, relative and with "/", in a stable order."""
    return sorted(p.relative_to(set_dir).as_posix() for p in set_dir.rglob("*.md"))


def read_note(path: Path) -> str:
    """A note's text as a vault scanner reads it: bytes decoded as utf-8-sig, CRLF kept."""
    return path.read_bytes().decode("utf-8-sig")


def anki_cards(candidate: Predicted) -> list[Predicted]:
    """The cards Anki makes from a candidate: one per distinct cloze number in its text.

    A candidate with a single cloze number (or none that can be parsed) is one card with all its
    answers; ``{{c1::a}} .. {{c2::b}}`` is two cards, hiding ``a`` and ``b`` respectively.
    """
    by_number: dict[str, list[str]] = {}
    for number, answer in _CLOZE.findall(candidate.text):
        by_number.setdefault(number, []).append(answer)
    if len(by_number) < 2:
        return [candidate]
    return [
        Predicted(candidate.text, tuple(answers), candidate.rule)
        for _, answers in sorted(by_number.items(), key=lambda item: int(item[0]))
    ]


def score_note(labels: NoteLabels, predicted: Iterable[Predicted]) -> NoteScore:
    """Match one note's predicted cards against its labels (see the module docstring)."""
    score = NoteScore(path=labels.path, expected_count=len(labels.expected))
    predicted = [card for candidate in predicted for card in anki_cards(candidate)]
    unmatched = [term_key(a) for a in labels.expected]
    optional = {term_key(a) for a in labels.optional}
    for card in predicted:
        answers = [term_key(a) for a in card.answers]
        hit = next((a for a in answers if a in unmatched), None)
        if hit is not None:
            unmatched.remove(hit)
            score.true_positives.append(card)
        elif any(a in optional for a in answers):
            score.ignored.append(card)
        else:
            score.false_positives.append(card)
    # Report misses in the note's own spelling, in label order.
    remaining = list(unmatched)
    for answer in labels.expected:
        key = term_key(answer)
        if key in remaining:
            remaining.remove(key)
            score.misses.append(answer)
    return score


def score_set(
    name: str,
    labels: dict[str, NoteLabels],
    predict: Callable[[str], Sequence[Predicted]],
) -> SetScore:
    """Score every labelled note of a set; ``predict`` maps a relative path to its cards."""
    result = SetScore(name=name)
    for path in sorted(labels):
        result.notes.append(score_note(labels[path], predict(path)))
    return result


def _clip(text: str, width: int = 90) -> str:
    text = _SPACES.sub(" ", text).strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def format_report(score: SetScore, details: bool = True) -> str:
    """A readable table: the set's numbers, then (with ``details``) each miss and false positive.

    Sealed sets are reported without details: whoever tunes the rules sees how well they
    generalise, never which notes they miss."""
    lines = [
        f"== extraction quality: {score.name} ==",
        f"{'notes':>10} {'expected':>9} {'matched':>8} {'TP':>5} {'FP':>5} "
        f"{'precision':>10} {'recall':>8}",
        f"{len(score.notes):>10} {score.expected:>9} {score.matched:>8} {score.tp:>5} "
        f"{score.fp:>5} {score.precision:>10.3f} {score.recall:>8.3f}",
    ]
    if not details:
        lines.append("-- sealed set: misses and false positives are not shown --")
        return "\n".join(lines)
    misses = [(n.path, m) for n in score.notes for m in n.misses]
    fps = [(n.path, c) for n in score.notes for c in n.false_positives]
    lines.append(f"-- misses ({len(misses)}) --")
    lines += [f"  {path:<48} {_clip(answer, 60)}" for path, answer in misses]
    lines.append(f"-- false positives ({len(fps)}) --")
    for path, card in fps:
        answers = " | ".join(card.answers)
        lines.append(f"  {path:<48} [{card.rule}] {_clip(answers, 40)}")
        lines.append(f"  {'':<48}   {_clip(card.text)}")
    return "\n".join(lines)
