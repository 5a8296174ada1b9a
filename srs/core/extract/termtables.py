"""Tables of terms whose headers say nothing of glossaries: one column names things, another
describes them ("| Cloud | Height | What it looks like |", "| Test | Applies to | Government must
show |", "| Vitamin | Deficiency disease | Classic sign |").

``tables.glossary_header`` reads a table by its header words ("Term", "Meaning"); this module
reads the rest by the shape of their cells. A table is a term table when it has at least two
body rows, one column of descriptions (several words a cell) and, left of it,
a column of names (short, distinct, no digits, no code): the rightmost such column, which the
descriptions are about ("| Thinker | Concept | In one line |" describes the concept). Tables of
data stay silent: headers of dates, times, owners, statuses, prices, files or settings.

Each body row is a card hiding its name, with the row's other cells labelled by their headers:
"{{c1::Cumulus}} — Height: low; What it looks like: detached heaps ...".
"""

from __future__ import annotations

import re

from srs.core.extract.filters import is_label, plausible_term
from srs.core.extract.found import Found
from srs.core.extract.sentences import clean_card_text, cloze_text, plain
from srs.core.markdown import Block

__all__ = ["term_table"]

# Headers of tables that hold data, plans, reading lists, comparisons or software options rather
# than things to learn.
_DATA_HEADERS = frozenset(
    """date dates day days time times week weeks month months year years when deadline due status state
    owner owners assignee who priority progress done rating rank score points price prices cost costs
    amount total qty quantity count number no no. # id ref link links url urls file files path folder
    version versions default defaults value values option options setting settings key keys
    shortcut shortcuts hotkey hotkeys command commands flag flags field fields parameter parameters
    argument arguments property properties variable variables operator operators name
    names attendees room location venue page pages chapter chapters size unit units
    plugin plugins button buttons menu action actions event events module modules session sessions
    notes comments remarks thoughts review verdict opinion author authors source sources pros cons
    project projects task tasks ticket tickets issue issues member members contact contacts client clients
    customer customers employee employees student students team teams email phone
    yes no""".split()
)
# First headers of comparison tables, whose rows are the axes of a comparison, not things.
_COMPARED = frozenset("""feature features aspect aspects criterion criteria dimension dimensions comparison
    characteristic characteristics attribute attributes quality qualities metric metrics
    merkmal merkmale kriterium kriterien aspekt eigenschaft eigenschaften critère critères caractéristique
    caractéristiques propriété aspecto criterio característica características propiedad propriedade
    aspetto caratteristica caratteristiche proprietà kenmerk eigenschap 特徴 特性 項目 特点 特征 方面""".split())
# Headers of a column of remarks: data in a log, descriptions in a table of terms the writer set
# in bold or that another column describes ("| zone | depth | notes |" / "| **Mesopelagic** |
# 200–1000 m | "twilight zone", some light ... |", "| Colour | Production | Notes |").
_REMARK_HEADERS = frozenset("notes note comments comment remarks".split())
# "Apache License 2.0", "AGPL-3.0": a name with its version (a dotted number, not a year or an amount).
_VERSIONED = re.compile(r"^[A-Za-z][A-Za-z .-]*?[ -]v?\d+(?:\.\d+)+$")
_ROW_NUMBER_HEADERS = frozenset("# no no. nr nr. n°".split())
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|e|er|º|ª)\s+[^\W\d_]")
_NO_DIGITS = str.maketrans("", "", "0123456789")


def _cells(block: Block) -> list[str]:
    # Most cells hold no markup: they are their own plain text.
    return [plain(text).strip() if "*" in text or "_" in text or "[" in text or "`" in text or "=" in text else text.strip()
            for text, _spans in block.cells]


def _opens_lower(cell: str) -> bool:
    """Whether a cell opens in lower case, as descriptions do; a nickname in quotes may open one
    ('"twilight zone", some light but ...')."""
    return cell.lstrip("\"“'‘")[:1].islower()


def _bold_names(blocks: tuple[Block, ...], indexes: list[int]) -> bool:
    """Whether every body row (``indexes``) opens with a cell set in bold as a whole ("|
    **Mesopelagic** | ..."): the writer marked the names as terms."""
    for i in indexes:
        cell = blocks[i].cells[0][0].strip() if blocks[i].cells else ""
        if not (len(cell) > 4 and cell[:2] in ("**", "__") and cell[-2:] == cell[:2]):
            return False
    return True


def _name_column(rows: list[list[str]], col: int) -> bool:
    """Whether every body cell of column ``col`` can be a name: short, in capitals, no digits,
    plausible as a term, and all different."""
    seen: set[str] = set()
    for row in rows:
        cell = row[col]
        # A name in a table is written in capitals ("Cirrus", "Strict scrutiny"): lower-case
        # cells of a few words are data or fragments, and vocabulary tables have their headers.
        if not cell or len(cell) > 40 or len(cell.split()) > 5 or not cell[0].isalpha() or cell[0].islower():
            return False
        if (cell.translate(_NO_DIGITS) != cell and not _VERSIONED.match(cell)) or not plausible_term(cell) or is_label(cell):
            return False
        low = cell.lower()
        if low in seen or low in ("yes", "no", "y", "n", "true", "false"):
            return False
        seen.add(low)
    return True


def _description_column(rows: list[list[str]], col: int) -> bool:
    """Whether column ``col`` describes: most cells hold three words or more, four words a cell
    on average, and two thirds open in lower case, as notes describe ("thin white wisps of ice",
    "bleeding gums"). Settings and software tables describe in capitals, in every language
    ("Shows files as a list.")."""
    long = lower = words = 0
    for row in rows:
        cell = row[col]
        # Words with letters: "5×5 @ 80 kg" is a figure, not a description.
        count = sum(1 for word in cell.split() if not word.isascii() or any(ch.isalpha() for ch in word))
        words += count
        long += count >= 3
        # "2nd mode of major": an ordinal or a figure opens a description as well as a lower-case word.
        lower += _opens_lower(cell) or _ORDINAL.match(cell) is not None
    return 2 * long > len(rows) and words >= 4 * len(rows) and 3 * lower >= 2 * len(rows)


def _attributes(rows: list[list[str]]) -> bool:
    """Whether every cell right of the first is a short attribute (six words at most), different
    down its column, no column holds figures in most of its cells, and no cell holds an address:
    a reference table, not a log, a budget, a feature matrix or a contact list."""
    for col in range(1, len(rows[0])):
        figures = 0
        # Values repeated down a column ("Yes", "Yes", "Full") make a feature matrix.
        if len({row[col].lower() for row in rows}) < len(rows):
            return False
        for row in rows:
            cell = row[col]
            if not cell or len(cell.split()) > 6 or "@" in cell or "://" in cell:
                return False
            figures += cell.translate(_NO_DIGITS) != cell
        if 2 * figures > len(rows):
            return False
    return True


def term_table(blocks: tuple[Block, ...], at: int) -> dict[int, Found]:
    """Cards of the term table whose header row is block ``at`` (see the module docstring), keyed
    by their rows' block indexes; empty when the table is no such table."""
    header = blocks[at]
    heads = _cells(header)
    if len(heads) < 2 or not all(heads):
        return {}
    data = [c for c, h in enumerate(heads) if h.lower().rstrip(":?") in _DATA_HEADERS]
    if data[:1] == [0] and heads[0].lower() in _ROW_NUMBER_HEADERS:
        data = data[1:]  # "| # | Position | What they do |": the rows' numbers, then names described
    remarks = bool(data) and all(c > 0 and heads[c].lower().rstrip(":?") in _REMARK_HEADERS for c in data)
    # "| State | Nutrients | Typical look |" over "| **Oligotrophic** | ...": a data word may head
    # the first column when the writer set its names in bold (checked once the rows are read).
    named_first = data == [0]
    if data and not remarks and not named_first:
        return {}  # a table of data, plans or settings
    first = blocks[at + 1] if at + 1 < len(blocks) else None
    if first is None or first.kind != "row":
        return {}
    # ("| Ionian | 1 | = major scale |" may open a table whose next rows describe: the first rows tell.)
    described_first = any(
        (_opens_lower(text.lstrip()) or _ORDINAL.match(text.lstrip()) is not None) and text.count(" ") >= 3
        for row in blocks[at + 1 : at + 4] if row.kind == "row" and row.table == header.table for text, _s in row.cells
    )
    if not described_first and not (len(heads) >= 3 and first.cells and first.cells[0][0].lstrip()[:1].isupper()):
        return {}  # the first row describes nothing, nor opens with a name: no term table (most tables)
    indexes: list[int] = []
    for i in range(at + 1, len(blocks)):
        block = blocks[i]
        if block.kind != "row" or block.table != header.table:
            break
        indexes.append(i)
    if len(indexes) < 2:
        return {}
    if named_first and not _bold_names(blocks, indexes):
        return {}  # a table of data, plans or settings
    rows = [_cells(blocks[i]) for i in indexes]
    if any(len(row) != len(heads) for row in rows):
        return {}
    if any(span.kind == "code" for i in indexes for cell in blocks[i].cells for span in cell[1]):
        return {}  # syntax, commands, options: software documentation
    described = next((c for c in range(1, len(heads)) if _description_column(rows, c)), 0) if described_first else 0
    if remarks and not _bold_names(blocks, indexes) and not any(c not in data and _description_column(rows, c) for c in range(1, len(heads))):
        # A column of remarks describes the names beside it only when the writer set them in bold,
        # or when another column describes them too ("| Colour | Production | Notes |"); a log's
        # remarks beside figures ("| Site | Depth | Notes |") describe no term.
        return {}
    if described:
        term_col = next((c for c in range(described - 1, -1, -1) if _name_column(rows, c)), -1)
    else:
        # "| Functional group | Pattern | Suffix | Example |": a reference table whose first column
        # names things and whose other columns give each a few short attributes.
        # A comparison ("| Feature | REST | GraphQL |") names the compared things in its header.
        reference = len(heads) >= 3 and len(rows) >= 3 and heads[0].lower() not in _COMPARED
        term_col = 0 if reference and _name_column(rows, 0) and _attributes(rows) else -1
    if term_col < 0:
        return {}
    found: dict[int, Found] = {}
    for i, row in zip(indexes, rows):
        term = row[term_col]
        rest = "; ".join(f"{heads[c]}: {clean_card_text(row[c])}" for c in range(len(heads)) if c != term_col and row[c])
        if "{{" in rest:
            continue
        made = cloze_text(f"{term} — {rest}", [(0, len(term), term)])
        if made is not None:
            found[i] = Found(made[0], made[1], "glossary_table")
    return found
