"""Card text (Anki cloze markup plus a little markdown) to Rich ``Text``, never through markup.

Note text is shown exactly as written: square brackets, ``[bold]``, ``[link=...]``, emoji codes
and backslashes stay literal because nothing here parses console markup. Only markdown emphasis
(``**bold**``, ``__bold__``, ``*italic*``, ``_italic_``) and ``code`` become styles, as spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

# {{c1::answer}} or {{c1::answer::hint}}; the answer ends at the first "::" or "}}".
CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
GAP = "[...]"
# Each cloze is replaced by one private-use character while emphasis is parsed, so that
# emphasis around a cloze (``**{{c1::x}}**``) applies to the gap or the revealed answer too.
_PLACEHOLDER_BASE = 0xE000

_EMPHASIS = re.compile(
    r"(?P<code>`+)(?P<code_body>.+?)(?P=code)"
    r"|\*\*(?=\S)(?P<bold_star>.+?)(?<=\S)\*\*"
    r"|(?<![\w_])__(?=\S)(?P<bold_under>.+?)(?<=\S)__(?![\w_])"
    r"|\*(?=[^\s*])(?P<italic_star>.+?)(?<=[^\s*])\*"
    r"|(?<![\w_])_(?=[^\s_])(?P<italic_under>.+?)(?<=[^\s_])_(?![\w_])",
    re.DOTALL,
)
BOLD = Style(bold=True)
ITALIC = Style(italic=True)


@dataclass(frozen=True)
class Cloze:
    """One hidden part of a card."""

    number: int
    answer: str
    hint: str | None


def clozes(text: str) -> list[Cloze]:
    """The cloze deletions of ``text`` in order."""
    return [Cloze(int(m.group(1)), m.group(2), m.group(3)) for m in CLOZE.finditer(text)]


def gap_label(cloze: Cloze) -> str:
    """What the question shows in place of a cloze: ``[...]``, or ``[hint]`` when it has one."""
    return f"[{cloze.hint}]" if cloze.hint else GAP


def emphasis(text: str, base: Style | None = None) -> Text:
    """``text`` with markdown emphasis turned into styles; everything else literal."""
    out = Text(style=base or "")
    _emphasis_into(out, text, Style())
    return out


def _emphasis_into(out: Text, text: str, style: Style) -> None:
    pos = 0
    for match in _EMPHASIS.finditer(text):
        if match.start() > pos:
            out.append(text[pos : match.start()], style or None)
        kind = match.lastgroup
        if match.group("code_body") is not None:
            # Code spans keep their contents as written (no emphasis inside).
            out.append(match.group("code_body"), (style + Style(bold=True)) if style else Style(bold=True))
        elif kind in ("bold_star", "bold_under"):
            _emphasis_into(out, match.group(kind), style + BOLD)
        else:
            _emphasis_into(out, match.group(kind), style + ITALIC)
        pos = match.end()
    if pos < len(text):
        out.append(text[pos:], style or None)


def card_text(text: str, revealed: bool, gap_style: Style | str = "bold", answer_style: Style | str = "bold reverse") -> Text:
    """The card sentence as ``Text``: gaps as ``[...]``/``[hint]`` or, revealed, the answers.

    The gap and the answer keep any emphasis around them and get ``gap_style`` /
    ``answer_style`` on top, so the answer stands out where the gap was.
    """
    found = list(CLOZE.finditer(text))
    if not found:
        return emphasis(text)
    parts: list[str] = []
    pos = 0
    for index, match in enumerate(found):
        parts.append(text[pos : match.start()])
        parts.append(chr(_PLACEHOLDER_BASE + index))
        pos = match.end()
    parts.append(text[pos:])
    # A note could itself contain private-use characters; those are left alone because only
    # placeholders we made (index < len(found)) are replaced, and we escape none of the others.
    skeleton = emphasis("".join(parts))
    out = Text()
    plain = skeleton.plain
    start = 0
    for offset, char in enumerate(plain):
        index = ord(char) - _PLACEHOLDER_BASE
        if 0 <= index < len(found) and _is_ours(plain, offset, text, found):
            out.append_text(skeleton[start:offset])
            cloze = Cloze(int(found[index].group(1)), found[index].group(2), found[index].group(3))
            around = _style_at(skeleton, offset)
            if revealed:
                piece = emphasis(cloze.answer)
                piece.stylize(around + _as_style(answer_style))
            else:
                piece = Text(gap_label(cloze))
                piece.stylize(around + _as_style(gap_style))
            out.append_text(piece)
            start = offset + 1
    out.append_text(skeleton[start:])
    return out


def _as_style(style: Style | str) -> Style:
    return Style.parse(style) if isinstance(style, str) else style


def _is_ours(plain: str, offset: int, original: str, found: list[re.Match[str]]) -> bool:
    """Whether the private-use character at ``offset`` is one of our placeholders.

    Placeholders appear in order; a note that already held such a character would make the
    count differ, so we only accept a character when the original text does not contain it.
    """
    return plain[offset] not in original


def _style_at(text: Text, offset: int) -> Style:
    """The combined span style covering ``offset`` in ``text``."""
    style = Style()
    for span in text.spans:
        if span.start <= offset < span.end:
            style += span.style if isinstance(span.style, Style) else Style.parse(span.style)
    return style


def answers_text(answers: tuple[str, ...] | list[str], style: Style | str = "bold") -> Text:
    """The answers joined with `` · `` for a one-line reminder, literal."""
    out = Text()
    for index, answer in enumerate(answers):
        if index:
            out.append(" · ")
        piece = emphasis(answer)
        piece.stylize(style)
        out.append_text(piece)
    return out
