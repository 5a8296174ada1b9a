"""Splitting block text into sentences that keep their spans, and turning a sentence plus the
ranges to hide into clean cloze text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter

from srs.core.markdown_render import Span, new_span

# A run of sentence-ending marks (closing quotes or brackets may follow; Latin marks need a space
# after them), a run of CJK/Arabic/Devanagari marks, or a line break. The pattern opens with one
# character class so the regex engine skips ordinary text in C; the lookbehind then picks the branch
# (same matches as "[.!?…]+[\"'”’)\]]*(?=\s)|[。！？؟।]+|\n", about three times faster).
_BOUNDARY = re.compile(
    r"[.!?…。！？؟।\n](?:(?<=[.!?…])[.!?…]*[\"'”’)\]]*(?=\s)|(?<=[。！？؟।])[。！？؟।]*|(?<=\n))"
)
# The regex engine tests a class of characters against each character of the text in turn, several
# nanoseconds a character; a pattern that opens with one literal character is looked for several
# times faster, and a substring test (memchr) is faster still. So text whose only marks are ".",
# "!" and "?" (most prose) is read with _DOT_BOUNDARY, which finds there what _BOUNDARY finds (the
# first of its branches) once "!" and "?" are made ".", and ASCII text with line breaks with
# _ASCII_BOUNDARY, whose class holds the ASCII marks only.
_DOT_BOUNDARY = re.compile(r"\.[.!?…]*[\"'”’)\]]*(?=\s)")
_ASCII_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"')\]]*(?=\s)|(?<=\n))")
_RARE_MARKS = "\n…。！？؟।"  # _BOUNDARY's marks but ".", "!" and "?"
ABBREVIATIONS = frozenset(
    "e.g i.e etc vs cf al dr mr mrs ms prof st fig no approx ca jr sr mt ft p pp vol ed eds ch sec "
    "resp incl esp viz art arts para paras eq eqs figs nos ibid "
    # German and Spanish abbreviations that are no English word, which a gloss runs on past ("bzw.", "aprox.").
    "bzw vgl ggf inkl evtl sog aprox pág".split()
)
_LOWER_START = re.compile(r"\s*[a-z(]")
_LOWER_FIRST = frozenset("abcdefghijklmnopqrstuvwxyz(")  # what _LOWER_START reads after its spaces
_LINE_END = re.compile(r"[.!?:;。！？]\s*$")
_BLOCK_ID = re.compile(r"\s\^[A-Za-z0-9-]+\s*$")
# Emphasis markers: "**", "__", "==", "~~", or a single "*"/"_" that opens (no word or "*" before it,
# no space after) or closes (no space before, no word or "*" after). Written to open with one
# character class, with each branch's own first character checked by a lookbehind, so the engine
# skips ordinary text in C (same matches as
# r"\*\*|__|==|~~|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])", about five times faster).
_EMPH_MARK = re.compile(
    r"[*_=~](?:(?<=\*)\*|(?<=_)_|(?<==)=|(?<=~)~|(?<=[*_])(?<![\w*].)(?=\S)|(?<=[*_])(?<=\S.)(?![\w*]))"
)
# Text ``plain`` must change: a marker character, whitespace other than a space, or two spaces
# (tested for presence only; same answers as r"[*_=~]|[^\S ]|  ", opening with one class).
_NEEDS_PLAIN = re.compile(r"[*_=~\s](?:(?<! )| )")
_PROTECTED = frozenset({"wikilink", "cloze", "code", "link", "tag"})
_START = attrgetter("start")
# Letters that IGNORECASE regexes equate with a lower-case letter that str.lower() does not give:
# the dotted and dotless I, the long s, and old Cyrillic letter forms.
_FOLD_EXTRA = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "ᲀ": "в", "ᲃ": "с", "ᲄ": "т", "ᲅ": "т"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a block: its text (offsets local), spans inside it, index and line offset."""

    text: str
    spans: tuple[Span, ...]
    index: int  # position within the block
    line_offset: int  # newlines in the block before the sentence


# A frozen dataclass's __init__ sets each field through object.__setattr__, the largest cost of
# making the many sentences of a vault. Setting each slot through its descriptor makes the same
# object (equal, same hash and repr, still frozen) at about half the cost. (Filling a new
# instance's __dict__ would be cheaper still to make, but an instance whose __dict__ was asked
# for reads each attribute about four times more slowly, and the rules read a sentence's fields
# many times over.)
_new = object.__new__
_set_text = Sentence.text.__set__  # type: ignore[attr-defined]
_set_spans = Sentence.spans.__set__  # type: ignore[attr-defined]
_set_index = Sentence.index.__set__  # type: ignore[attr-defined]
_set_line_offset = Sentence.line_offset.__set__  # type: ignore[attr-defined]


def _sentence(text: str, spans: tuple[Span, ...], index: int, line_offset: int) -> Sentence:
    made = _new(Sentence)
    _set_text(made, text)
    _set_spans(made, spans)
    _set_index(made, index)
    _set_line_offset(made, line_offset)
    return made


def _shift(span: Span, by: int) -> Span:
    return new_span(span.kind, span.start - by, span.end - by, span.inner_start - by, span.inner_end - by, span.target, span.extra)


def split_sentences(text: str, spans: tuple[Span, ...]) -> list[Sentence]:
    """Split ``text`` at sentence ends (not inside links, code or clozes, not after common
    abbreviations or initials) and at line breaks between separate lines. Linear in the text."""
    boundaries = _boundaries(text)
    cuts = _cuts(text, spans, boundaries) if boundaries is not None else []
    if not spans:
        return _plain_sentences(text, cuts)
    # Spans come in the order their markup opens, which is mostly their order of starts already;
    # a single span needs no sorting.
    ordered = sorted(spans, key=_START) if len(spans) > 1 else spans
    count = len(ordered)  # (a local: len() is a call each time the loops below would ask it)
    multiline = "\n" in text
    result: list[Sentence] = []
    start = 0
    first_span = 0
    newlines = 0
    counted_to = 0
    for cut in [*cuts, len(text)]:
        # Cuts only grow; the last may equal the text's length (an empty piece, skipped). A piece
        # after a cut opens with the space the cut stood before and ends at its mark: stripped
        # on the left first, the sentence starts where the rest begins, and stripping the right
        # most often leaves the rest as it is (no copy).
        rest = text[start:cut].lstrip()
        if rest:
            body = rest.rstrip()
            s0 = cut - len(rest)
            s1 = s0 + len(body)
            while first_span < count and ordered[first_span].start < s0:
                first_span += 1
            if first_span < count and ordered[first_span].start < s1:
                inside = []
                j = first_span
                while j < count:
                    span = ordered[j]
                    if span.start >= s1:
                        break
                    if span.end <= s1:
                        # A sentence at the block's start keeps the block's offsets: the span as is.
                        inside.append(_shift(span, s0) if s0 else span)
                    j += 1
                held = tuple(inside)
            else:
                held = ()  # no span starts in the sentence (most sentences of a block with spans)
            if multiline:
                newlines += text.count("\n", counted_to, s0)
                counted_to = s0
            made = _new(Sentence)  # _sentence(body, held, len(result), newlines), without its call
            _set_text(made, body)
            _set_spans(made, held)
            _set_index(made, len(result))
            _set_line_offset(made, newlines)
            result.append(made)
        start = cut
    return result


def _boundaries(text: str) -> Iterator[re.Match[str]] | None:
    """``_BOUNDARY``'s matches in ``text`` (their spans; the fastest pattern's match objects), or
    None when it holds no mark at all."""
    if text.isascii():
        if "\n" in text:
            return _ASCII_BOUNDARY.finditer(text)
    else:
        for mark in _RARE_MARKS:
            if mark in text:
                return _BOUNDARY.finditer(text)
    # The marks are ".", "!" and "?": _BOUNDARY finds runs of them (and what closes them) before
    # a space. Made a "." each (a copy at memchr speed, of the same length), they are found by the
    # pattern that looks for one literal character, at the same places; the cuts read each mark
    # from the text itself.
    question = "?" in text
    if question or "!" in text:
        dotted = text.replace("?", ".") if question else text
        return _DOT_BOUNDARY.finditer(dotted.replace("!", "."))
    return _DOT_BOUNDARY.finditer(text) if "." in text else None


def _cuts(text: str, spans: tuple[Span, ...], boundaries: Iterator[re.Match[str]]) -> list[int]:
    """Where ``text`` splits into sentences: the ends of the ``boundaries`` (matches) that end a
    sentence (not inside links, code or clozes, not after abbreviations or initials)."""
    protected: list[tuple[int, int]] | None = None  # made at the first boundary: many blocks have none
    cuts: list[int] = []
    guard = 0  # index into ``protected``; boundaries come in increasing order
    guards = 0  # len(protected), once made
    for match in boundaries:
        at, end = match.span()
        if protected is None:
            protected = sorted([(s.start, s.end) for s in spans if s.kind in _PROTECTED]) if spans else []
            guards = len(protected)
        if guards:
            while guard < guards and protected[guard][1] <= end:
                guard += 1
            if guard < guards and protected[guard][0] < end < protected[guard][1]:
                continue
        mark = text[at]  # the mark's first character
        if mark == "\n":
            prev_line = text[text.rfind("\n", 0, at) + 1 : at]
            # Hard-wrapped prose continues in lower case after an unfinished line: keep it together.
            if len(prev_line) > 30 and _LOWER_START.match(text, end) and not _LINE_END.search(prev_line):
                continue
            cuts.append(end)
            continue
        if mark == ".":
            before = text[at - 8 : at] if at >= 8 else ""
            if at < 8 or " " in before or "\n" in before or "(" in before:
                # The word before the mark: after the last space or line break (the line break is
                # looked for after that space only, not back to the block's start). Only a word of
                # at most six letters after any "(" can be an abbreviation (or a single initial).
                space = text.rfind(" ", 0, at)
                word_start = max(space, text.rfind("\n", space + 1, at)) + 1
                word = text[word_start:at].lower().lstrip("(")
                if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    continue
            # (_LOWER_START's answer: most marks stand before one space and a character that is
            # none, which alone then tells; a set lookup instead of a match.)
            after = text[end + 1 : end + 2]
            if (after in _LOWER_FIRST) if text[end] == " " and not after.isspace() else _LOWER_START.match(text, end):
                continue
        elif mark == "…" and (_LOWER_START.match(text, end) or _caseless_next(text, end)):
            continue  # "… and so on", "酸化焼成 … 酸素を十分に入れて焼く方法。": no sentence ends there
        cuts.append(end)
    return cuts


_NEXT_CHARACTER = re.compile(r"[ \t]*(\S)")
# A letter of Japanese (kana), Chinese or Korean (CJK ideographs, hangul).
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _caseless_next(text: str, end: int) -> bool:
    """Whether the next character after ``end`` but spaces is a letter of Japanese, Chinese or
    Korean, where only "。" and its kin end a sentence ("酸化焼成 … 酸素を ...")."""
    following = _NEXT_CHARACTER.match(text, end)
    return following is not None and CJK_CHAR.match(following.group(1)) is not None


def _plain_sentences(text: str, cuts: list[int]) -> list[Sentence]:
    """The sentences of a text with no spans, cut at ``cuts``."""
    if not cuts:
        # One sentence (most headings and list items).
        body = text.strip()
        if not body:
            return []
        return [_sentence(body, (), 0, text.count("\n", 0, len(text) - len(text.lstrip())))]
    multiline = "\n" in text
    result: list[Sentence] = []
    start = 0
    newlines = 0
    counted_to = 0
    for cut in [*cuts, len(text)]:
        rest = text[start:cut].lstrip()  # as in split_sentences
        if rest:
            if multiline:
                s0 = cut - len(rest)
                newlines += text.count("\n", counted_to, s0)
                counted_to = s0
            result.append(_sentence(rest.rstrip(), (), len(result), newlines))
        start = cut
    return result


def _single_spaced(text: str) -> str:
    # str.split() and the regex class \s agree on what whitespace is, so this is
    # re.sub(r"\s+", " ", text).strip() without building a match per space.
    if "  " not in text and text.isascii() and text.isprintable():
        # Printable ASCII holds no whitespace but spaces, and no two in a row here: only the
        # ends can change (three scans in C instead of a list of words; most card text).
        return text.strip()
    return " ".join(text.split())


def plain(text: str) -> str:
    """Text without emphasis markers and line breaks (for answers and context)."""
    if "*" in text and "_" not in text and "=" not in text and "~" not in text and text.count("*") == 2 * text.count("**"):
        # Bold and no other marker ("**Term**: ...", most marked text): every "*" stands in a run
        # of even length, which _EMPH_MARK reads pair by pair from the left, as str.replace
        # does; none is left for its single-mark branches.
        return _single_spaced(text.replace("**", ""))
    if text.isascii() and text.isprintable():
        # Printable ASCII holds no whitespace but spaces: substring tests (memchr) beat the scan.
        needs = "*" in text or "_" in text or "=" in text or "~" in text or "  " in text
    else:
        needs = _NEEDS_PLAIN.search(text) is not None
    if not needs:
        return text.strip()  # no marker, no line break, no double space: most text
    if ("$" in text or "`" in text) and _VERBATIM.search(text):
        # Math and code keep their marks: "$V_{th}$", "`my_var_name`", "`"_dd`" hold no emphasis.
        parts = _VERBATIM.split(text)
        return _single_spaced("".join(part if k % 2 else _EMPH_MARK.sub("", part) for k, part in enumerate(parts)))
    return _single_spaced(_EMPH_MARK.sub("", text))


_VERBATIM = re.compile(r"(\$[^$\n]+\$|`[^`\n]+`)")


def fold_case(text: str) -> str:
    """``text`` lower-cased the way IGNORECASE regexes compare letters: a word such a regex finds
    in ``text`` (letter by letter, case aside) is a substring of the result. Used to prove cheaply
    that a regex cannot match before running it."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_EXTRA).lower()


class Folded:
    """A text's ``fold_case`` form, made on first need, and which sets of stems it holds, each
    looked for once: cheap proofs, shared by the rules reading one sentence, that a regex cannot match."""

    __slots__ = ("_text", "_folded", "_found")

    def __init__(self, text: str) -> None:
        self._text = text
        self._folded: str | None = None
        self._found: dict[tuple[str, ...], bool] = {}

    def holds(self, stems: tuple[str, ...]) -> bool:
        """Whether the folded text holds one of ``stems`` (lower-case words)."""
        found = self._found.get(stems)
        if found is None:
            if self._folded is None:
                self._folded = fold_case(self._text)
            folded = self._folded
            # Substring tests (a skip search in C) beat one regex alternation, whose many
            # common first letters stop the scan at most characters; a plain loop saves the
            # generator any() would need.
            found = False
            for stem in stems:
                if stem in folded:
                    found = True
                    break
            self._found[stems] = found
        return found


def clean_card_text(text: str) -> str:
    """One line, single spaces, no trailing block id."""
    text = _single_spaced(text)
    return _BLOCK_ID.sub("", text) if "^" in text else text  # a block id starts with "^"


# A short aside in brackets closing an answer: an abbreviation, a symbol or a second name.
# (Full-width brackets need no space before them: "版籍奉還（1869）".)
_ASIDE_AFTER = re.compile(r"(?<=\S)(?:\s+\([^()]{1,24}\)|\s*（[^（）]{1,24}）)$")


# Stars, check marks and emoji a writer puts after a term ("Sublime Porte ★", "corona ✨").
# (Not music's flat, natural and sharp signs: "Alto sax in E♭" names a key.)
_TRAILING_MARK = re.compile("\\s*[\u2600-\u266c\u2670-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f]+$")


def cloze_text(text: str, hide: list[tuple[int, int, str]], number: int = 1) -> tuple[str, tuple[str, ...]] | None:
    """``text`` with each (start, end, answer) range replaced by ``{{cN::answer}}``.

    Ranges are widened over emphasis markers that hug them, so no ``**`` stays around a cloze.
    Returns None when an answer would break the cloze markup.
    """
    widened: list[tuple[int, int, str]] = []
    answers: list[str] = []  # the answers of ``widened``, in its order
    for start, end, answer in sorted(hide) if len(hide) > 1 else hide:  # (most cards hide one range)
        aside = _ASIDE_AFTER.search(answer) if answer.endswith((")", "）")) else None
        if aside is not None and text[start:end] == answer and (4 if answer[-1] == ")" else 2) <= aside.start() and answer.count(" ", 0, aside.start()) < 5:
            # "Equilibrium climate sensitivity (ECS)": the abbreviation or second name of a term
            # stays in sight beside the cloze, and the answer is the term alone. A symbol keeps
            # its name ("β (beta)", "L1 (lasso)"), and an answer of a sentence its brackets.
            end -= len(answer) - aside.start()
            answer = answer[: aside.start()]
        if not answer.isascii() and text[start:end] == answer:
            mark = _TRAILING_MARK.search(answer)
            if mark is not None and mark.start() > 0:
                # "Grand vizier ★", "corona ✨": the writer's star or emoji stays beside the cloze.
                end -= len(answer) - mark.start()
                answer = answer[: mark.start()]
        answer = plain(answer)
        if not answer or "{{" in answer or "}}" in answer or "::" in answer:
            return None
        # Every marker ends in "*", "_" or "=": with none of them just before the range, none hugs it.
        if start > 0 and text[start - 1] in "*_=":
            for marker in ("**", "__", "==", "*", "_"):
                m = len(marker)
                if text[max(0, start - m) : start] == marker and text[end : end + m] == marker:
                    start -= m
                    end += m
        if widened and start < widened[-1][1]:
            return None
        widened.append((start, end, answer))
        answers.append(answer)
    out: list[str] = []
    pos = 0
    for start, end, answer in widened:
        out.append(text[pos:start])
        out.append(f"{{{{c{number}::{answer}}}}}")
        pos = end
    out.append(text[pos:])
    return clean_card_text("".join(out)), tuple(answers)


def has_quote(text: str) -> bool:
    """Whether a text holds a quotation mark, straight or curly."""
    # Substring tests (memchr) beat a regex class scan; ASCII text holds no curly quote.
    return '"' in text or "'" in text or (not text.isascii() and ("“" in text or "‘" in text))
