"""A changed note's trip through the parser: read, hash, decode, extract, and pack for reconciling.

On a big scan this runs in worker processes, and the scanning process shares the cores with
them: whatever it does not do itself leaves more CPU to the workers. So a worker reads and hashes
the file itself (it is sent the path, not the text), and it sends back a *packed* note: plain
tuples of strings and numbers with the card's anchor and the JSON the database stores already
made. Unpickling plain tuples happens entirely in C; unpickling the extractor's dataclasses
ran Python code for every card, in the scanning process.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Optional, Tuple

from srs.core.identity import anchor_of
from srs.storage.rows import json_list
from srs.vault import read_file

if TYPE_CHECKING:  # the extractor is imported in the workers only, where it runs
    from srs.core.extract import ExtractedNote

# A candidate card as the reconciler takes it:
# (text, answers, rule, line, position, sentence_key, context, anchor, answers_json); the first
# seven are CardCandidate's fields, anchor is ``anchor_of(answers)``, answers_json is
# ``json_list(answers)`` (the stored text).
PackedCard = Tuple[str, Tuple[str, ...], str, int, int, str, str, str, str]
# A note as the reconciler takes it:
# (title, tags, tags_json, aliases_json, media_json, cards, warnings, failed).
PackedNote = Tuple[str, Tuple[str, ...], str, str, str, Tuple[PackedCard, ...], Tuple[str, ...], bool]
# One note's outcome in a worker: (hash of the bytes read, why it was skipped or None, packed note
# or None when skipped).
Outcome = Tuple[str, Optional[str], Optional[PackedNote]]
# One note sent to a worker: (vault-relative path, file path, size seen by the walk, its bytes
# when the scanning process has them already, else None: the worker reads the file).
Task = Tuple[str, str, int, Optional[bytes]]


def content_hash(data: bytes) -> str:
    """The hash a note's bytes are stored with (an unchanged hash means an unchanged note)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def pack_note(extracted: ExtractedNote) -> PackedNote:
    """The packed form of an ``srs.core.extract.ExtractedNote``."""
    info = extracted.info
    cards = tuple(
        (c.text, c.answers, c.rule, c.line, c.position, c.sentence_key, c.context, anchor_of(c.answers), json_list(c.answers))
        for c in extracted.candidates
    )
    return (info.title, info.tags, json_list(info.tags), json_list(info.aliases), json_list(info.media), cards,
            extracted.warnings, extracted.failed)


def decode_note(data: bytes) -> tuple[str | None, str | None]:
    """The note's text, or None and a warning saying why it cannot be read as a note."""
    if b"\x00" in data:
        return None, "looks like a binary file (it holds NUL bytes), not a markdown note; skipped"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return None, f"is not valid UTF-8 (bad byte at offset {exc.start}); save it as UTF-8 to get its cards; skipped"


def read_problem(exc: OSError) -> str:
    """The warning for a note whose file could not be read (its cards stay as they were)."""
    if isinstance(exc, FileNotFoundError):
        return "was deleted during the scan; skipped"
    return f"cannot be read ({exc.strerror or exc}); its cards are kept as they were"


def extract_tasks(tasks: list[Task]) -> list[Outcome]:
    """Read (unless given), hash, decode, extract and pack each note, in order: a worker's chunk."""
    from srs.core.extract import extract_note

    outcomes: list[Outcome] = []
    for rel, path, size, data in tasks:
        if data is None:
            try:
                data = read_file(path, size)
            except OSError as exc:
                outcomes.append(("", read_problem(exc), None))
                continue
        text, problem = decode_note(data)
        digest = content_hash(data)
        if text is None:
            outcomes.append((digest, problem, None))
        else:
            outcomes.append((digest, None, pack_note(extract_note(text, rel))))
    return outcomes
