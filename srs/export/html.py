"""Card text as safe Anki field HTML: escape everything from the note, then add our own markup.

Order matters. Everything that comes from a note is HTML-escaped first, so nothing in a note can
become a tag, an attribute or a script. Characters that Anki gives a meaning inside field text are
written as character references as well: ``{`` and ``}`` (cloze markers), ``:`` inside answers (the
``::`` hint separator) and ``[`` / ``]`` (``[sound:...]`` and ``[$]...[/$]`` LaTeX). Only then are
markdown emphasis and the cloze markers added, by this module, from trusted pieces.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

# Placeholders for the cloze markers while emphasis is converted; control characters are removed
# from the note text first, so these cannot come from a note.
_OPEN = "\x02"
_HINT = "\x03"
_CLOSE = "\x04"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

_OPENING = re.compile(r"\{\{c\d+::")
_GENERIC_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)

# One emphasis span may contain whole clozes but never cross a cloze boundary: the result stays
# well nested whatever the note holds.
_INNER = rf"(?:[^{_OPEN}{_HINT}{_CLOSE}\n]|{_OPEN}[^{_OPEN}{_CLOSE}]*{_CLOSE})+?"
_CODE = re.compile(r"`([^`\n]+)`")
# Each with the marker it cannot match without: most card text holds none, and a substring test
# costs far less than a regex scan (the replacements hold no marker, so the order is kept).
_EMPHASIS = (
    ("***", re.compile(rf"\*\*\*(?=\S)({_INNER})(?<=\S)\*\*\*"), r"<b><i>\1</i></b>"),
    ("**", re.compile(rf"\*\*(?=\S)({_INNER})(?<=\S)\*\*"), r"<b>\1</b>"),
    ("__", re.compile(rf"(?<!\w)__(?=\S)({_INNER})(?<=\S)__(?!\w)"), r"<b>\1</b>"),
    ("*", re.compile(rf"\*(?=\S)({_INNER})(?<=\S)\*"), r"<i>\1</i>"),
    ("_", re.compile(rf"(?<!\w)_(?=\S)({_INNER})(?<=\S)_(?!\w)"), r"<i>\1</i>"),
    ("==", re.compile(rf"==(?=\S)({_INNER})(?<=\S)=="), r"<mark>\1</mark>"),
    ("~~", re.compile(rf"~~(?=\S)({_INNER})(?<=\S)~~"), r"<s>\1</s>"),
)
# Inside code spans the emphasis characters stay literal.
_CODE_LITERALS = str.maketrans({"*": "&#42;", "_": "&#95;", "=": "&#61;", "~": "&#126;"})


@dataclass(frozen=True)
class Piece:
    """A run of the card text: plain, or a hidden answer (with an optional hint)."""

    text: str
    answer: bool = False
    hint: str | None = None


def split_cloze(text: str, answers: tuple[str, ...] | list[str]) -> list[Piece]:
    """Split cloze markup into plain runs and answers.

    The known answers are matched first, in order, so an answer that itself holds ``}}`` or ``::``
    is taken whole. When they do not match the text, a plain non-greedy parse is used instead.
    """
    pieces = _split_by_answers(text, answers) if answers else None
    if pieces is None:
        pieces = _split_generic(text)
    return pieces


def _split_by_answers(text: str, answers: tuple[str, ...] | list[str]) -> list[Piece] | None:
    pieces: list[Piece] = []
    pos = 0
    for answer in answers:
        found = _find_answer(text, answer, pos)
        if found is None:
            return None
        start, end, hint = found
        if start > pos:
            pieces.append(Piece(text[pos:start]))
        pieces.append(Piece(answer, answer=True, hint=hint))
        pos = end
    if pos < len(text):
        pieces.append(Piece(text[pos:]))
    return pieces


def _find_answer(text: str, answer: str, pos: int) -> tuple[int, int, str | None] | None:
    """(start, end, hint) of the first ``{{cN::answer}}`` or ``{{cN::answer::hint}}`` from pos."""
    for opening in _OPENING.finditer(text, pos):
        inner = opening.end()
        if not text.startswith(answer, inner):
            continue
        after = inner + len(answer)
        if text.startswith("}}", after):
            return opening.start(), after + 2, None
        if text.startswith("::", after):
            close = text.find("}}", after + 2)
            if close >= 0:
                return opening.start(), close + 2, text[after + 2 : close]
    return None


def _split_generic(text: str) -> list[Piece]:
    pieces: list[Piece] = []
    pos = 0
    for match in _GENERIC_CLOZE.finditer(text):
        if match.start() > pos:
            pieces.append(Piece(text[pos : match.start()]))
        pieces.append(Piece(match.group(1), answer=True, hint=match.group(2)))
        pos = match.end()
    if pos < len(text):
        pieces.append(Piece(text[pos:]))
    return pieces


# Every character escape_text changes or removes (``:`` only inside a cloze): text without any of
# them comes back as it is. Most pieces of card text hold none, and one scan for them costs far
# less than the ten passes of the escape.
_CHANGED = re.compile(r"[&<>\"'{}\[\]\x00-\x08\x0b-\x1f\x7f]")
_CHANGED_IN_CLOZE = re.compile(r"[&<>\"'{}\[\]:\x00-\x08\x0b-\x1f\x7f]")


def escape_text(text: str, *, in_cloze: bool = False) -> str:
    """HTML-escape note text, and neutralise what Anki would read as cloze, sound or LaTeX."""
    if (_CHANGED_IN_CLOZE if in_cloze else _CHANGED).search(text) is None:
        return text
    escaped = html.escape(_CONTROL.sub("", text), quote=True)
    escaped = (
        escaped.replace("{", "&#123;").replace("}", "&#125;").replace("[", "&#91;").replace("]", "&#93;")
    )
    if in_cloze:
        escaped = escaped.replace(":", "&#58;")
    return escaped


def emphasis(escaped: str) -> str:
    """Markdown emphasis in already escaped text to HTML (bold, italic, highlight, strike, code)."""
    if "`" in escaped:
        escaped = _CODE.sub(lambda m: "<code>" + m.group(1).translate(_CODE_LITERALS) + "</code>", escaped)
    for marker, pattern, replacement in _EMPHASIS:
        if marker in escaped:
            escaped = pattern.sub(replacement, escaped)
    return escaped


def _lines(markup: str) -> str:
    return markup.replace("\r\n", "\n").replace("\n", "<br>")


def text_field(text: str, answers: tuple[str, ...] | list[str]) -> str | None:
    """The Text field: the sentence with every answer hidden together as ``c1`` (one Anki card).

    Returns None when the text holds no cloze at all (such a note would make no Anki card).
    """
    pieces = split_cloze(text, answers)
    if not any(piece.answer for piece in pieces):
        return None
    parts = []
    for piece in pieces:
        if not piece.answer:
            parts.append(escape_text(piece.text))
            continue
        hint = f"{_HINT}{escape_text(piece.hint, in_cloze=True)}" if piece.hint else ""
        parts.append(f"{_OPEN}{escape_text(piece.text, in_cloze=True)}{hint}{_CLOSE}")
    markup = emphasis("".join(parts))
    markup = markup.replace(_OPEN, "{{c1::").replace(_HINT, "::").replace(_CLOSE, "}}")
    return _lines(markup)


def note_markup(text: str) -> str:
    """Free note text (the context) as safe HTML with emphasis."""
    return _lines(emphasis(escape_text(text)))


@lru_cache(maxsize=4096)  # a note's cards come one after another, and each asks for its link
def obsidian_url(vault_name: str, note_path: str) -> str:
    """``obsidian://open?vault=...&file=...`` for a vault-relative note path (``.md`` dropped)."""
    file = note_path[:-3] if note_path.lower().endswith(".md") else note_path
    return f"obsidian://open?vault={quote(vault_name, safe='')}&file={quote(file, safe='')}"


def extra_field(
    *,
    title: str,
    note_path: str,
    vault_name: str,
    tags: tuple[str, ...],
    context: str,
    text: str,
    media_names: tuple[str, ...] = (),
) -> str:
    """The Extra field (back of the card): source link, context when useful, tags, images."""
    parts = note_parts(title=title, note_path=note_path, vault_name=vault_name, tags=tags,
                       media_names=media_names)
    return parts.extra(context, text)


@dataclass(frozen=True)
class NoteParts:
    """What the Extra field of every card of one note shares: the source before the context,
    the tags and images after it. Made once per note (an export has a few cards per note)."""

    shown_title: str
    head: str
    tail: str

    def extra(self, context: str, text: str) -> str:
        """The Extra field of one card of the note (see ``extra_field``)."""
        if _useful_context(context, text, self.shown_title):
            return f'{self.head}<div class="srs-context">{note_markup(context)}</div>{self.tail}'
        return self.head + self.tail


def note_parts(*, title: str, note_path: str, vault_name: str, tags: tuple[str, ...],
               media_names: tuple[str, ...] = ()) -> NoteParts:
    """The parts of the Extra field that depend on the note only."""
    shown_title = title.strip() or note_path.rsplit("/", 1)[-1].removesuffix(".md")
    href = html.escape(obsidian_url(vault_name, note_path), quote=True)
    head = ('<div class="srs-source">'
            f'<a class="srs-link" href="{href}">{escape_text(shown_title)}</a>'
            f' <span class="srs-path">{escape_text(note_path)}</span>'
            "</div>")
    tail = []
    if tags:
        shown = " ".join(escape_text("#" + tag.lstrip("#")) for tag in tags)
        tail.append(f'<div class="srs-tags">{shown}</div>')
    for name in media_names:
        tail.append(f'<div class="srs-media"><img src="{html.escape(name, quote=True)}"></div>')
    return NoteParts(shown_title, head, "".join(tail))


def _useful_context(context: str, text: str, title: str) -> bool:
    """Context adds something unless it is empty, the title again, or the card's own sentence."""
    stripped = context.strip()
    if not stripped or stripped.casefold() == title.strip().casefold():
        return False
    # The sentence without its cloze markers: what _split_generic's pieces join to (each
    # cloze becomes its answer), without making the pieces.
    plain = _GENERIC_CLOZE.sub(r"\1", text).strip()
    return stripped != plain
