"""A note's runs of lines, and the shape of a glossary entry among them ("term SEP gloss"): the
items of one list, each paragraph's lines, and the sentences of a glossary that lost its line
breaks. ``glossaryruns`` reads them."""

from __future__ import annotations

import re

from srs.core.extract.headings import heading_words, names_kind
from srs.core.extract.sentences import ABBREVIATIONS, plain
from srs.core.markdown import Block

__all__ = ["entry_shape", "line_runs"]

# "term SEP gloss", after an optional enumerator ("1.", "A.", "b)"). The term holds no separator.
_ENTRY = re.compile(
    r"^(?:(?:\d{1,2}|[A-Za-z]|[IVX]{1,4})[.)]\s+)?"
    r"(?P<term>[^\s:：=—–→|][^:：=—–→|]{0,58}?)"
    r"(?P<sep>\s*::\s*|\s*[:：]\s+|\s*：|\s+=\s+|\s+[—–]\s+|\s+-\s+|\s+(?:→|->)\s+|\s+\.\.\.\s+|\s+…\s+)"
    r"(?P<gloss>\S.*)$"
)


def entry_shape(line: str) -> tuple[str, str, str] | None:
    """(term, separator, gloss) of a line shaped like a glossary entry, or None."""
    match = _ENTRY.match(plain(line).strip())
    if match is None:
        return None
    # (An arrow typed in ASCII is read as the arrow: "- melodic interval -> notes one after another".)
    sep = match.group("sep").strip().replace("->", "→") or " "
    return match.group("term").strip(), sep, match.group("gloss")


def line_runs(blocks: tuple[Block, ...]) -> list[list[tuple[int, int, str]]]:
    """The note's runs of lines, each line as (block, line number, text): the items of one list
    (consecutive items at one depth under the same headings, whatever sub-items stand between
    them), and each paragraph's lines."""
    runs: list[list[tuple[int, int, str]]] = []
    # The open list runs, outermost first, each with its (level, headings, quote).
    open_runs: list[tuple[tuple[object, ...], list[tuple[int, int, str]]]] = []

    def close_from(depth: int) -> None:
        for _key, run in open_runs[depth:]:
            runs.append(run)
        del open_runs[depth:]

    for bi, block in enumerate(blocks):
        if block.kind == "item" and block.first_in_item:
            item_key = (block.level, block.headings, block.quote)
            # A sub-item leaves the runs of the items above it open; an item back at a shallower
            # depth closes the deeper runs; a new list (other headings or quote) closes them all.
            while open_runs and (
                open_runs[-1][0][0] > block.level or open_runs[-1][0][1:] != item_key[1:]
            ):
                close_from(len(open_runs) - 1)
            if open_runs and open_runs[-1][0] == item_key:
                run = open_runs[-1][1]
            else:
                run = []
                open_runs.append((item_key, run))
            run.append((bi, block.line, block.text.split("\n", 1)[0]))
            continue
        if block.kind == "item":
            continue  # a later paragraph of an item: the list goes on
        close_from(0)
        if block.kind == "paragraph" and "\n" in block.text and not block.task:
            runs.append([(bi, block.line + k, line) for k, line in enumerate(block.text.split("\n"))])
        elif block.kind == "paragraph" and not block.task and len(block.text) > 80 and block.text.count(". ") >= 2 and _separators(block.text) >= 2:
            flat = _flattened(block.text)
            if flat:
                runs.append([(bi, block.line, sentence) for sentence in flat])
    close_from(0)
    return _sections_joined(blocks, runs)


def _sections_joined(blocks: tuple[Block, ...], runs: list[list[tuple[int, int, str]]]) -> list[list[tuple[int, int, str]]]:
    """The runs with the lists of sibling sections joined into one: "### On the string" / two
    entries, "### Off the string" / two entries is one glossary split by headings. Two lists are
    joined when only headings stand between them, their items stand at one depth, and their
    headings differ in the last one only."""
    joined: list[list[tuple[int, int, str]]] = []
    for run in runs:
        if joined and _continues(blocks, joined[-1], run):
            joined[-1].extend(run)
        else:
            joined.append(run)
    return joined


def _continues(blocks: tuple[Block, ...], before: list[tuple[int, int, str]], run: list[tuple[int, int, str]]) -> bool:
    """Whether ``run`` is the list of the section after the one whose list ``before`` is."""
    last, first = blocks[before[-1][0]], blocks[run[0][0]]
    if last.kind != "item" or first.kind != "item" or last.level != first.level or last.quote != first.quote:
        return False
    if not last.headings or len(last.headings) != len(first.headings) or last.headings[:-1] != first.headings[:-1]:
        return False
    # Only sections of kinds: under a heading naming a kind ("## Types of bow strokes" / "### On
    # the string", "### Off the string"), or named as kinds of one noun ("## Upright styles", "##
    # Cascading styles"). A lecture's or a rehearsal's sections are topics, their lists apart.
    one, two = heading_words(last.headings[-1]), heading_words(first.headings[-1])
    if not (len(last.headings) >= 2 and names_kind(last.headings[-2]) or len(one) >= 2 and len(two) >= 2 and one[-1] == two[-1]):
        return False
    between = blocks[before[-1][0] + 1 : run[0][0]]
    headings = [b for b in between if b.kind == "heading"]
    # (Sub-items and later paragraphs of the last item may stand between, then one heading.)
    return len(headings) == 1 and all(b.kind == "heading" or b.kind == "item" and b.level > last.level or b.kind == "item" and not b.first_in_item for b in between)


# Where the sentences of a glossary flattened onto one line part: a full stop, then a capital,
# a digit or a CJK character opening the next entry.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?。])\s+(?=[A-Z0-9\u00c0-\u00de\u3040-\u9fff])")
# "Landlord–tenant recap: Term of years – lease ...": the line's label before its first entry.
_LINE_LABEL = re.compile(r"^[^:：]{1,60}[:：]\s+(?=\S)")


def _separators(text: str) -> int:
    """How many entry separators a text holds (a cheap count: most prose holds none or one)."""
    return text.count(": ") + text.count(" = ") + text.count(" – ") + text.count(" — ") + text.count(" - ")


def _flattened(text: str) -> list[str]:
    """The sentences of a one-line paragraph when it is a glossary whose line breaks were lost
    ("Comping: the chord ... Head: the composed melody ..."): three sentences or more, the first
    without the label that announces the list ("Heart sounds: S1 = ..."). [] otherwise."""
    if "\n" in text:
        return []
    sentences = _SENTENCE_BREAK.split(text.strip())
    if len(sentences) < 3:
        return []
    if any(_after_abbreviation(s) for s in sentences[:-1]):
        # "... given to Congress in Art. I §8.": no sentence ends at an abbreviation.
        joined = [sentences[0]]
        for sentence in sentences[1:]:
            if _after_abbreviation(joined[-1]):
                joined[-1] += " " + sentence
            else:
                joined.append(sentence)
        if len(joined) < 3:
            return []
        sentences = joined
    label = _LINE_LABEL.match(sentences[0])
    if label is not None:
        rest = sentences[0][label.end() :]
        if entry_shape(rest) is not None:
            sentences[0] = rest
    return sentences


def _after_abbreviation(sentence: str) -> bool:
    """Whether a piece of a flattened line ends with an abbreviation's full stop ("in Art.")."""
    last = sentence[sentence.rfind(" ") + 1 :].lower().rstrip(".")
    return last in ABBREVIATIONS or (len(last) == 1 and last.isalpha())
