"""Telling a glossary list from an option list, in any language.

``- **Term** — definition`` is how glossaries are written, and also how software documentation
lists menu entries, settings values and command options. Words cannot tell them apart across
languages, but the shape of the list can: a glossary defines each term once, most of its items
are term entries, and its definitions do not all open with the same words ("Use the ...",
"Le note vengono ..."), while an option list repeats option names across settings, mixes one
labelled item into a list of steps, or describes every option with the same phrase.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from srs.core.markdown import Block

if TYPE_CHECKING:
    from srs.core.extract.blockshapes import BlockSigns

# An aside after the term ("(adj.)", "(ATP)") is no part of the body.
_ENTRY = re.compile(
    r"^(?:\*\*|__|\*|_)(?P<term>[^*_\n]{1,80}?)[:：]?(?:\*\*|__|\*|_)(?:\s*\([^()\n]{1,40}\))?(?:\s*/[^/\n]{1,40}/)?"
    r"\s*(?::|：|—|–|-{1,2}|=)?\s*(?P<body>.*)",
    re.S,
)
# "half-life (t½): time for ...", "ADME = absorption, ...": a plain-text entry (no emphasis).
# "Monopsony ... a market with a single buyer", "廃藩置県：1871年、...": an ellipsis or a full-width colon too.
_PLAIN_ENTRY = re.compile(
    r"^(?P<term>[^\W\d_][^:：=—–\n*_`\[]{0,40}?)\s*(?:(?::|=|—|–|\s-|\s\.\.\.|\s…)\s+|：\s*)(?P<body>\S.*)", re.S
)
_SEPARATED = re.compile(r"^(?:\*\*|__|\*|_)[^*_\n]{1,80}?(?:[:：](?:\*\*|__|\*|_)|(?:\*\*|__|\*|_)(?:\s*\([^()\n]{1,20}\))?\s*(?::|：|—|–|-{1,2}|=))")
# A body that only lists names: "propranolol, metoprolol, atenolol", "bradycardia, fatigue, bronchospasm".
NAME_LIST = re.compile(r"^\s*[\w-]+(?:\s[\w-]+)?(?:,\s*[\w-]+(?:\s[\w-]+)?){2,}\.?\s*$")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# The articles every gloss of a glossary may open with ("a bond formed by ..."): a list whose
# bodies share one is no option list (made once, not at every call of ``_parallel``).
LIST_ARTICLES = frozenset({"a", "an", "the"})


@dataclass
class ListRun:
    """Consecutive list items at one depth: how many, and the term entries among them."""

    items: int = 0
    terms: list[str] = field(default_factory=list)
    openers: list[tuple[str, ...]] = field(default_factory=list)  # first two words of each body
    bodies: int = 0  # entries whose body is long enough to be a definition
    separators: set[str] = field(default_factory=set)  # the marks between the entries' terms and bodies


def _run_steps(blocks: tuple[Block, ...]) -> Iterator[tuple[int, bool]]:
    """For each block, its run index (-1 outside lists) and whether it is one of the run's own
    items (deeper items and later paragraphs of an item belong to the run without counting)."""
    runs = -1
    depth = 0  # depth of the current run
    for block in blocks:
        if block.kind != "item":
            depth = 0
            yield -1, False
            continue
        if block.level > depth > 0 or (not block.first_in_item and depth):
            yield runs, False
            continue
        if block.level != depth:
            runs += 1
            depth = block.level
        elif runs < 0:
            # Items lie at depth 1 or more: one at depth 0 before any run is malformed input.
            raise IndexError("list index out of range")
        yield runs, True


def list_runs(blocks: tuple[Block, ...]) -> tuple[list[int], list[ListRun]]:
    """The run index of each block (-1 outside lists) and the runs themselves. Linear."""
    index: list[int] = []
    runs: list[ListRun] = []
    for block, (at, own) in zip(blocks, _run_steps(blocks)):
        index.append(at)
        if not own:
            continue
        if at == len(runs):
            runs.append(ListRun())
        run = runs[at]
        run.items += 1
        entry = _ENTRY.match(block.text) or _PLAIN_ENTRY.match(block.text)
        if entry is None:
            continue
        term = entry.group("term").strip()
        if term:
            run.terms.append(term.rstrip(":：").lower())
            run.separators.add(block.text[entry.end("term") : entry.start("body")].strip(" *_()\n"))
            words = first_words(entry.group("body"), 4)  # (only whether it has four and the first two count)
            if len(words) >= 4:
                run.bodies += 1
            if words:
                run.openers.append(opener(words))
    return index, runs


def first_words(text: str, count: int) -> list[str]:
    """``_WORD.findall(text)[:count]`` without reading the rest of ``text`` (an item's body may run
    on for a paragraph)."""
    words: list[str] = []
    for match in _WORD.finditer(text):
        words.append(match.group())
        if len(words) == count:
            break
    return words


def run_index(blocks: tuple[Block, ...]) -> list[int]:
    """The run index of each block (-1 outside lists), as ``list_runs`` gives it, without reading
    the items' entries. Linear."""
    return [at for at, _own in _run_steps(blocks)]


def _top_count(values: list[object]) -> int:
    """How often the most frequent value occurs (0 for none): ``Counter.most_common(1)`` without
    building a Counter, for the short lists of list openers."""
    counts: dict[object, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return max(counts.values(), default=0)


# The words a gloss of a verb, a kind or a field opens with, in the languages notes are written in
# ("il gesto che ...", "il gesto verso ...": gestures of a conductor, each pinned down).
_KIND_OPENERS = frozenset(
    "to a an the il lo la le l un una uno une el los las der die das ein eine een het de o os as um uma".split()
)


# ... of which those of other languages open a sentence when capitalised ("Le note vengono create
# ...": an option described by a clause of its own).
_FOREIGN_ARTICLES = _KIND_OPENERS - {"to", "a", "an", "the"}


def opener(words: list[str]) -> tuple[str, ...]:
    """The first two of a gloss's ``words`` as ``_parallel`` compares them: in lower case, but for
    a capitalised article of another language, which opens a sentence, not a gloss."""
    if not words:
        return ()
    first = words[0] if words[0][:1].isupper() and words[0].lower() in _FOREIGN_ARTICLES else words[0].lower()
    return (first, words[1].lower()) if len(words) > 1 else (first,)


def _parallel(openers: list[tuple[str, ...]], articles: frozenset[str]) -> bool:
    """Most bodies open with the same two words, or with the same word that is no article."""
    if len(openers) < 2:
        return False
    # Two thirds, rounded up, and at least three: kinds of one thing share a head noun in a
    # glossary too ("division of a cell ...", "division producing ...", "a bond formed by ...").
    need = max(3, -(-2 * len(openers) // 3))
    # Glosses of verbs all open with "to" ("to go on foot", "to go by vehicle"), kinds of a thing
    # with "a" ("a bond formed by ..."), fields of study with "the" ("The study of sound ..."): no option list.
    if _top_count([o for o in openers if len(o) == 2 and o[0] not in _KIND_OPENERS]) >= need:
        return True
    return _top_count([o[0].lower() for o in openers if o[0].lower() not in articles]) >= need


def parallel_run(run: ListRun, articles: frozenset[str]) -> bool:
    """Whether most of ``run``'s glosses open alike (see ``_parallel``): only such runs need to
    know whether their terms name kinds of one thing."""
    return _parallel(run.openers, articles)


def option_runs(
    runs: list[ListRun], carded: Counter[int], articles: frozenset[str], kinds: frozenset[int] = frozenset(), *, shape_only: bool = False
) -> set[int]:
    """Runs whose term entries are options, not glossary entries. ``carded`` counts the glossary
    cards each run produced. Glosses that open alike do not make options of the runs ``kinds``,
    whose terms name kinds of one thing ("divergent boundary — plates move apart", "convergent
    boundary — plates move towards ..."). ``shape_only``: only what the list's shape says (the
    same option under several settings, glosses that open alike) counts, not that few of its
    items are entries or few of its entries gave cards."""
    seen = Counter(term for run in runs for term in set(run.terms))
    rejected: set[int] = set()
    for i, run in enumerate(runs):
        if not carded.get(i):
            continue
        entries = len(run.terms)
        if (
            (not shape_only and 2 * entries < run.items)  # one labelled item among plain ones
            or any(seen[t] > 1 for t in run.terms)  # the same option under several settings
            # Every option described the same way; a writer who mixes marks ("close-hauled: ...",
            # "beam reach — wind across ...", "run = wind from behind") writes a lecture's list by
            # hand, where a program's options share one.
            or (_parallel(run.openers, articles) and i not in kinds and len(run.separators) < 2)
            or (not shape_only and 2 * carded[i] < run.bodies)  # most described entries read as something else
        ):
            rejected.add(i)
    return rejected


def _emphasis_line(text: str) -> bool:
    """Whether a line of ``text`` opens with "*" or "_" (one character first: a cheaper scan)."""
    return text.startswith(("*", "_")) or "\n" in text and ("\n*" in text or "\n_" in text)


def _may_hold_glossary_lines(blocks: tuple[Block, ...]) -> bool:
    """Whether the paragraphs out of quotes hold three lines that open with emphasis (an entry's
    shape; a paragraph of several lines may hold them all). Most notes have no such line, or
    one or two paragraphs of one line each: ``paragraph_glossaries`` needs no more reading."""
    opening = 0
    for block in blocks:
        if block.kind == "paragraph" and not block.quote and _emphasis_line(block.text):
            opening += 1
            if opening == 3 or "\n" in block.text:
                return True
    return False


def paragraph_glossaries(blocks: tuple[Block, ...], signs: BlockSigns | None = None) -> set[int]:
    """Paragraph blocks that are glossary lines ("**Chiaroscuro**: strong contrast ...", one
    term a line, in one paragraph or in consecutive ones): read like list entries. It takes three
    entries, two thirds of the lines, distinct terms, and definitions that do not all open alike.
    ``signs``: the note's ``block_signs``, when the caller has them."""
    marked: set[int] = set()
    if not (signs.emphasis_lines if signs is not None else _may_hold_glossary_lines(blocks)):
        return marked
    group: list[int] = []
    lines = 0
    terms: list[str] = []
    openers: list[tuple[str, ...]] = []

    def close() -> None:
        if len(terms) >= 3 and 3 * len(terms) >= 2 * lines and len(set(terms)) == len(terms):
            if not _parallel(openers, LIST_ARTICLES):
                marked.update(group)

    for i, block in enumerate(blocks):
        if block.kind != "paragraph" or block.quote:
            if group:
                close()
                group, lines, terms, openers = [], 0, [], []
            continue
        group.append(i)
        text = block.text
        if not _emphasis_line(text):
            # An entry line opens with emphasis: with no line that does, only the lines count.
            lines += text.count("\n") + 1
            continue
        for line in text.split("\n"):
            lines += 1
            entry = _ENTRY.match(line)
            if entry is None:
                continue
            # "**Self-attention** relates ...": emphasis opening prose, no separator, is no entry;
            # "**Examples:** propranolol, metoprolol, atenolol": a record's field, not a gloss.
            if not _SEPARATED.match(line) or NAME_LIST.match(entry.group("body")):
                continue
            words = _WORD.findall(entry.group("body"))
            if len(words) >= 3:
                terms.append(entry.group("term").strip().rstrip(":：").lower())
                openers.append(opener(words))
    close()
    return marked
