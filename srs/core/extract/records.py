"""Notes that describe one thing field by field, as study templates do: "**Mechanism:** block
β-receptors ...", "**Side effects:** bradycardia, fatigue", "- **Location:** inner membrane".

The fields are what to recall, so the values are hidden, one numbered cloze per field, after the
thing's name (the heading above them). Labels must be fields of study ("mechanism", "function",
"symptoms", ...): a meeting record ("**Attendees:** ...", "**Decisions:** ...") has other labels.
"""

from __future__ import annotations

import re

from srs.core.extract.rules import Found
from srs.core.extract.sentences import clean_card_text, cloze_text, plain
from srs.core.markdown import Block

_FIELD = re.compile(r"^(?:\*\*|__)(?P<label>[^*_\n:：]{2,40}?)(?:[:：](?:\*\*|__)|(?:\*\*|__)\s*[:：])\s*(?P<value>\S[^\n]*)$")
_STUDY_FIELDS = frozenset(
    """mechanism|mechanism of action|moa|function|functions|role|purpose|definition|cause|causes|etiology|
    symptoms|signs|signs and symptoms|treatment|treatments|management|diagnosis|side effects|adverse effects|
    contraindication|contraindications|indication|indications|location|site|structure|formula|unit|units|
    si unit|products|reactants|inputs|outputs|effect|effects|significance|examples|example|pathophysiology|
    risk factors|complications|prognosis|class|drug class|half-life|antidote|monitoring|made of|found in""".replace("\n", "").split("|")
)


def _fields(block: Block) -> list[tuple[str, str]]:
    """The ``(label, value)`` lines of a block, or [] when a line is no field."""
    out = []
    for line in block.text.split("\n"):
        match = _FIELD.match(line.strip())
        if match is None:
            return []
        out.append((match.group("label").strip(), match.group("value").strip()))
    return out


# A field's label: the run up to its colon or closing bold (``_FIELD``'s label ends at the first).
_LABEL = re.compile(r"[^*_\n:：]{2,40}")


def _two_study_labels(blocks: tuple[Block, ...], bold: list[int] | None = None) -> bool:
    """Whether two lines of the paragraphs and items opening in bold (the blocks ``bold`` when
    given) open with a field of study's label: a record needs two (three fields or more, two
    thirds of them of study). A label is cheaper to find alone than a whole field."""
    study = 0
    for block in blocks if bold is None else [blocks[i] for i in bold]:
        if block.text[:2] in ("**", "__") and (block.kind == "paragraph" or block.kind == "item"):
            for line in block.text.split("\n"):
                label = _LABEL.match(line.strip(), 2)
                if label is not None and label.group().strip().lower() in _STUDY_FIELDS:
                    study += 1
                    if study == 2:
                        return True
    return False


def field_records(blocks: tuple[Block, ...], bold: list[int] | None = None) -> dict[int, Found]:
    """Cards of study records: a paragraph, or consecutive list items, of three fields or more,
    two thirds of them fields of study. Keyed by the block (each item block gets its own card).
    ``bold``: the paragraphs and items that open in bold, when a walk over the note has listed
    them (only they can hold a field)."""
    found: dict[int, Found] = {}
    if not _two_study_labels(blocks, bold):
        return found
    groups: list[list[tuple[int, str, str]]] = []
    current: list[tuple[int, str, str]] = []
    for i, block in enumerate(blocks):
        kind, text = block.kind, block.text
        # A paragraph counts with three lines or more, an item with one, and a field holds a
        # colon: these scans come before any line is matched.
        if (
            text[:2] in ("**", "__") and (kind == "paragraph" and text.count("\n") >= 2 or kind == "item" and "\n" not in text)
            and (":" in text or "：" in text)
        ):
            fields = _fields(block)
            if kind == "paragraph" and len(fields) >= 3:
                groups.append([(i, label, value) for label, value in fields])
                current = []
                continue
            if kind == "item" and len(fields) == 1:
                current.append((i, *fields[0]))
                continue
        # Any other block ends the group of items (most blocks: no group, nothing to do).
        if current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    for group in groups:
        labels = [label.lower() for _i, label, _v in group]
        study = [label in _STUDY_FIELDS for label in labels]
        if len(group) < 3 or 3 * sum(study) < 2 * len(group) or len(set(labels)) != len(labels):
            continue
        subject = plain(blocks[group[0][0]].headings[-1]) if blocks[group[0][0]].headings else ""
        by_block: dict[int, list[tuple[str, str]]] = {}
        for (i, label, value), ok in zip(group, study):
            if ok and 1 <= len(value.split()) <= 30 and "{{" not in value:
                by_block.setdefault(i, []).append((label, clean_card_text(value).rstrip(".")))
        for i, fields in by_block.items():
            texts: list[str] = []
            answers: list[str] = []
            for number, (label, value) in enumerate(fields, start=1):
                prefix = f"{subject} — {label}: " if subject else f"{label}: "
                made = cloze_text(prefix + value + ".", [(len(prefix), len(prefix) + len(value), value)], number)
                if made is None:
                    break
                texts.append(made[0])
                answers.extend(made[1])
            else:
                if answers:
                    found[i] = Found("\n".join(texts), tuple(answers), "field_record")
    return found
