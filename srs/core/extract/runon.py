"""Glossaries run together on one line: a list whose line breaks were lost (pasted from a PDF or
a slide, or exported without them) keeps its entries apart with semicolons, pipes, slashes or numbers:

    Plate tectonics terms: Subduction - one plate sinks beneath another; Rift - a place where ...
    **Focal length** - the distance from a lens to its focus | **Aperture** - the opening ...
    Finance terms: 1) Liquidity: how easily an asset becomes cash. 2) Leverage: the use of ...

Each entry is cut at its separator and read as a glossary item: a short term, a mark (colon,
dash, equals sign) and a gloss of three words or more that does not report ("Anna: will send
the deck") or instruct."""

from __future__ import annotations

import re

from srs.core.extract.announcedlists import EVERYDAY
from srs.core.extract.entries import ENTRY_ITEM, announces_glossary
from srs.core.extract.entryglosses import COMMAND_VERBS
from srs.core.extract.entrylines import entry_line
from srs.core.extract.filters import is_label, plausible_term
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.glossing import REPORT, STATUS, gloss
from srs.core.extract.rules import Found
from srs.core.extract.sentences import clean_card_text, cloze_text, plain
from srs.core.extract.tables import glossary_header, table_columns
from srs.core.markdown import Block
from srs.core.markdown_render import Span

# Where entries part: a semicolon, a pipe or a slash between spaces, or a number "2)" / "2." after a space.
_SEMICOLON = re.compile(r";\s+")
_PIPE = re.compile(r"\s+\|\s+")
_SLASH = re.compile(r"\s+/\s+")
_DIGIT = re.compile(r"\d")
_DOT = re.compile(r"\s+·\s+")
_LABEL_PART = re.compile(r"^([^\W\d_][\w -]{0,20}?)\s*:\s")
_NUMBERED = re.compile(r"(?:^|\s)\d{1,2}[.)]\s+")
# "- Allele: a variant ... - Locus: the position ...", "- albedo = whitening ...": list markers that
# lost their line breaks, each followed by a term and its separator.
_MARKER = re.compile(r"\s+[-*•]\s+(?=[^\W\d_][^:;|=—–\n]{0,40}?\s*(?::|—|–|=)\s)")
_ENTRY = re.compile(
    r"^(?:\*\*|__)?(?P<term>[^\W\d_][^:;|=—–*_\n]{0,40}?)(?:\*\*|__)?\s*(?::|—|–|\s-|=)\s+(?P<body>\S.*?)[.;]?$"
)
# "Plate tectonics terms: Subduction - ...", "Mash chemistry quick notes — beta-amylase = ...": a
# label (or a one-line note's title) before the first entry.
# ("Script families (weekend workshop, from the whiteboard): Kufic – ...": the label may close
# with an aside.)
_LEAD_LABEL = re.compile(r"^[^:;|]{1,40}(?:\s*\([^():;|]{1,60}\))?(?::|\s[—–])\s+(?=\S)")
# Up to the first separator: "Fog signals — diaphone: compressed-air horn ..." is a title, then
# the first entry with a separator of its own.
_SHORT_LEAD_LABEL = re.compile(r"^[^:;|]{1,40}?(?::|\s[—–])\s+(?=\S)")
_OWN_SEPARATOR = (  # (compiled by ``re`` at its first use: few notes need it)
    r"^[^:;|=—–]{1,40}?\s*(?:=|:)\s"
)


def _entries(parts: list[str], spare: int = 0) -> list[Found] | None:
    """The cards of ``parts``, each an entry, or None. ``spare``: how many parts may be no entry
    at all (a remark among four entries or more: "...; mash pH target 5.2–5.6; ...")."""
    found: list[Found] = []
    terms: set[str] = set()
    for part in parts:
        match = _ENTRY.match(part.strip())
        if match is None and spare > 0 and entry_line(part.strip()) is None:
            spare -= 1
            continue
        term, body = (plain(match.group("term")).strip(), match.group("body").strip()) if match else ("", "")
        if " " in term and term.split(None, 1)[0].lower() in COMMAND_VERBS:
            continue  # "start with COPE: Construction, ...": a step among the entries, no term
        shown = term
        # ("VVS (VVS1, VVS2) = very very slightly included ...": the grades in brackets stay in
        # sight, no part of the term's name.)
        if term.endswith(")") and "(" in term:
            term = term[: term.index("(")].rstrip() or term
        if (
            match is None
            or len(term.split()) > 4 or not plausible_term(term) or term.lower() in terms or len(body.split()) < 3
            or REPORT.match(body) or STATUS.match(body) or is_ui_instruction(body) or is_ui_instruction(f"{term} {body}")
        ):
            # An entry line on its own still counts ("안녕하세요 = hello (polite)": any language,
            # a short gloss; "I1–I3 = included, ...": a term with a dash of its own): its term is
            # the answer.
            line = entry_line(part.strip())
            if line is None or line.answers[0].lower() in terms:
                return None
            shown = term = line.answers[0]
            body = part.strip()[part.strip().find(term) + len(term) :].lstrip(" *_:=—–-")
        terms.add(term.lower())
        made = cloze_text(f"{shown}: {clean_card_text(body)}", [(0, len(term), term)])
        if made is None:
            return None
        found.append(Found(made[0], made[1], "glossary_list"))
    return found


# "| Term | Meaning | |---|---| | Allele | a variant ... |": a table whose rows were run together.
_DELIMITER_ROW = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")
_ROW_BREAK = re.compile(r"\|\s+\|")


def _flat_table(text: str) -> list[Found] | None:
    delimiter = _DELIMITER_ROW.search(text)
    if delimiter is None:
        return None
    head = [c.strip() for c in text[: delimiter.start()].strip().strip("|").split("|")]
    column = glossary_header(tuple((c, ()) for c in head))
    if column <= 0:
        return None
    # (The header may also say where the terms stand and which glosses count: ``table_columns``.)
    term_at, column, lower_only = table_columns(column)
    rows = [r for r in _ROW_BREAK.split(text[delimiter.end() :].strip()) if r.strip(" |")]
    parts = []
    for row in rows:
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if len(cells) != len(head) or max(term_at, column) >= len(cells):
            return None
        if lower_only and not cells[column][:1].islower():
            continue
        parts.append(f"{cells[term_at]}: {cells[column]}")
    return _entries(parts) if len(parts) >= 2 else None


def announced_lines(block: Block) -> list[Found] | None:
    """A paragraph of entry lines ("le chat = the cat", "perro - dog") under a heading that
    announces words or terms: every line an entry with a distinct term, three lines or more."""
    if not block.headings or block.text.count("\n") < 2 or not announces_glossary(block.headings[-1]):
        return None
    found: list[Found] = []
    terms: set[str] = set()
    for line in block.text.split("\n"):
        match = ENTRY_ITEM.match(line.strip())
        if match is None:
            return None
        term, body = plain(match.group("term")).strip(), match.group("body").strip()
        if term.lower() in terms or REPORT.match(body) or STATUS.match(body) or any(ch.isdigit() for ch in body):
            return None
        card = gloss(term, body, "glossary_list~", least=1)
        if card is None:
            return None
        terms.add(term.lower())
        found.append(card)
    return found


def _without_closing_refs(text: str, spans: tuple[Span, ...]) -> str:
    """``text`` without the tags and links that close it ("... · #packaging #print [[Prepress
    checklist]]"), and the separator before them: a one-line note's references, no entry."""
    end = len(text.rstrip())
    for span in reversed(spans):
        if span.kind not in ("tag", "wikilink", "link") or text[span.end : end].strip():
            break
        end = span.start
    return text[:end].rstrip(" ·•|;") if end < len(text.rstrip()) else text


def _record(parts: list[str]) -> bool:
    """Whether the parts of a line are a record's fields: a label among their names ("Date:
    ..."), two fields a log keeps ("Crew: ... · Weather: ..."), or a figure after the separator
    in half the parts or more ("Depth: 12 m · Temp: 9 °C"), where a glossary's figures are few
    ("FL = flawless ... · VS (VS1, VS2) = very slightly included ... · I1–I3 = included ...")."""
    figures = fields = 0
    for k, part in enumerate(parts):
        entry = _ENTRY.match(part.strip())
        if entry is None:
            figures += _DIGIT.search(part) is not None
            continue
        name = entry.group("term").strip(" *_").lower()
        if is_label(name) and k < len(parts) - 1:
            return True  # (a label that closes the line is a remark: "... · remember: ...")
        # (A log's fields take a colon; "Wind - air moving from high to low pressure" glosses.)
        fields += name in _RECORD_FIELDS and part.strip()[len(entry.group("term")) :].lstrip(" *_")[:1] == ":"
        figures += _DIGIT.search(entry.group("body")) is not None
    return fields >= 2 or 2 * figures >= len(parts)


# The fields of a log's line: who, where and in what conditions.
_RECORD_FIELDS = frozenset(
    """site crew buddy buddies team partner partners coach instructor attendees present venue weather wind
    conditions visibility temperature temp water depth gas boat duration distance route start finish""".split()
)


def runon_glossary(text: str, spans: tuple[Span, ...] = ()) -> list[Found] | None:
    """The glossary cards of a one-line paragraph holding three entries or more (or a table run
    together on one line), or None. ``spans``: the paragraph's, to leave out the tags and links
    that close it."""
    if len(text) < 60 or "\n" in text:
        return None
    if spans:
        text = _without_closing_refs(text, spans)
    # The cheap scans first: most paragraphs hold no two separators of one kind. A scan for one
    # character is several times cheaper than a count or a scan for two or three, so a text with
    # no "|", ";", "2", "-" or "*" at all needs no scan for the longer marks that hold one.
    pipe = "|" in text
    if pipe and ("|-" in text or "| -" in text):
        return _flat_table(text)
    if ";" in text and text.count(";") >= 2:
        splitter = _SEMICOLON
    elif pipe and text.count(" | ") >= 2:
        splitter = _PIPE
    elif "/" in text and text.count(" / ") >= 2:
        splitter = _SLASH  # "马马虎虎 = so-so / 画蛇添足 = to ruin something ... / ..."
    elif "·" in text and len(_DOT.findall(text)) >= 2:
        # "Spot colour = a premixed ink ... · Process colour = colours built up ...". Dots also
        # part a log's fields ("Crew: me, Dev · Weather: 24 °C · Instrument: ..."): with figures
        # in most fields or the writer in it, the line is a record. (Before the numbered
        # reading: "VVS (VVS1, VVS2) = ..." holds a "2)" of its own.)
        if FIRST_PERSON.search(text) or (_record(_DOT.split(text)) and not announces_glossary(text[: text.find(":") + 1])):
            return None  # (unless a label announces a glossary: "Dive terms: Buddy - the diver you pair with ...")
        splitter = _DOT
    elif "2" in text and ("2)" in text or "2." in text):
        splitter = _NUMBERED
    elif (("-" in text and " - " in text) or ("*" in text and " * " in text) or " • " in text) and len(_MARKER.findall(text)) >= 2:
        splitter = _MARKER
    else:
        return None
    parts = [p for p in splitter.split(text) if p.strip()]
    if splitter is _NUMBERED:
        first = _NUMBERED.search(text)
        if first is None or first.start() > 60:
            return None
        parts = [p for p in _NUMBERED.split(text[first.start() :]) if p.strip()]
    elif parts and (":" in parts[0] or "—" in parts[0] or "–" in parts[0]):
        # The longest label first ("Plate tectonics – key terms: Subduction - ..."), then the
        # shortest ("Fog signals — diaphone: compressed-air horn ...").
        for pattern in (_LEAD_LABEL, _SHORT_LEAD_LABEL):
            lead = pattern.match(parts[0])
            if lead is None:
                continue
            rest = parts[0][lead.end() :]
            # (After a title and a dash, the first entry has a separator of its own kind: "Mash
            # notes — beta-amylase = enzyme ..."; "Gravity dam — holds water back ... - mostly
            # concrete" is the first entry itself.)
            dashed = lead.group().rstrip()[-1:] in "—–"
            if _ENTRY.match(rest.strip()) and not (dashed and not re.match(_OWN_SEPARATOR, rest)):
                parts[0] = rest  # the label of the whole line, not the first entry's term
                break
    if splitter is _MARKER and len(parts) >= 4 and parts[0].rstrip().endswith(":") and ":" not in parts[0].rstrip()[:-1]:
        if EVERYDAY.search(parts[0]):
            return None  # "Packing: - passport = in the blue bag - charger = packed ...": a day's list
        parts.pop(0)  # "Colour stages: - nigredo = ... - albedo = ...": the lead before the first marker
    closing = _LABEL_PART.match(parts[-1].strip()) if len(parts) >= 4 else None
    if closing is not None and is_label(closing.group(1)):
        parts.pop()  # "... · remember: metallics can only be spot": a closing remark, no entry
    if len(parts) < 3:
        return None
    return _entries(parts, spare=1 if len(parts) >= 5 else 0)
