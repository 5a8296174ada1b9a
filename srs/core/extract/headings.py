"""Headings: those that ran into the body of a note that lost its newlines, and those that name a kind."""

from __future__ import annotations

import dataclasses
import re

from srs.core.extract.logtitles import names_log
from srs.core.extract.sentences import plain
from srs.core.markdown import Block
from srs.core.markdown_render import Span

# Marks around a heading's name: an emoji or a symbol before it ("## 🔲 Proximity"), a colon or a
# dash after it ("#### Median:", "## Chiaroscuro —").
EMOJI_PREFIX = re.compile(r"^[^\w\s\[(\"'“]+\s+")
HEADING_MARKS = re.compile(r"\s*(?:[:：]|\s[—–-])$")
# A section's number before a heading's name: "### 2. Shortage", "## §13 Basis", "## § 4.2 Limits".
SECTION_NUMBER = r"(?:\d{1,3}[.)]|§\s?\d{1,3}(?:\.\d{1,3})*)"
HEADING_NUMBER = re.compile(r"^" + SECTION_NUMBER + r"\s+(?=\D)")

# A sentence ending inside a heading: the heading ran into the body.
_RUNON_END = re.compile(r"\w[.!?](?:\s|$)")


_AFTER_TITLE = re.compile(r"(?:\s+[—–-]\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?=[A-Z])")


def runon_heading(block: Block, title: str = "") -> Block:
    """In a note that lost its newlines (even one too short for the parser to restore) the title
    runs into the body ("# Mitochondria Up: [[Cell
    biology]] The **mitochondrion** is ..."): past its navigation links and tags, or the note's
    ``title`` before a sentence's capital, a long heading is prose."""
    if len(block.text.split()) <= 12:
        return block  # a heading
    if not _RUNON_END.search(block.text):
        return _piped_heading(block)  # a long title that is no sentence, or lines joined by pipes
    emphasis = [s.start for s in block.spans if s.kind in ("strong", "em")]
    first = min(emphasis) if emphasis else len(block.text)
    # Past the navigation: links, and tags near the start ("# Phillips curve tags: #macro
    # #inflation The Phillips curve is ...").
    cut = max(
        # (Near the start only: a link that ends the line, "... #refs [[Positions]]", is no navigation.)
        # (Nor one with little text after it: "# Soak test A soak test measures ... [[Drainage]]".)
        (s.end for s in block.spans if (s.kind == "wikilink" or s.kind == "tag") and s.start < 100 and s.end <= first and len(block.text) - s.end > 40),
        default=0,
    )
    if cut == 0 and title and block.text[: len(title) + 1].lower() == title.lower() + " " and not names_log(title):
        # (Not a log's: "# Standup 14 May Sam is the owner ..." speaks of people, as its title
        # kept in front of it says.)
        # "# Perc test A perc test (percolation test) measures ...", "# Arabic scripts — overview
        # Kufic: ...": the note's title (and a word or two of its subtitle), then its body.
        after = _AFTER_TITLE.match(block.text, len(title))
        if after is not None:
            cut = after.end()
    text = block.text[cut:]
    lead = len(text) - len(text.lstrip())
    cut += lead
    spans = tuple(
        Span(s.kind, s.start - cut, s.end - cut, s.inner_start - cut, s.inner_end - cut, s.target, s.extra)
        for s in block.spans
        if s.start >= cut
    )
    return dataclasses.replace(block, kind="paragraph", text=block.text[cut:], spans=spans, level=0)


# "Term: gloss" after a pipe: a line of the body, its line break turned into " | ".
_PIPED_ENTRY = re.compile(r"^[^\W\d_][^:|]{0,48}:\s+\S")


def _piped_heading(block: Block) -> Block:
    """"# Sampling bias types | Selection bias: the sample is ... | Non-response bias: ...": a note
    whose lines were joined by pipes into its title. Past the title, two glossary lines or more
    become a paragraph of lines again (a heading holding emphasis or links is left as it is)."""
    if " | " not in block.text or block.spans:
        return block
    title, *lines = block.text.split(" | ")
    if len(lines) < 2 or sum(1 for line in lines if _PIPED_ENTRY.match(line)) < 2:
        return block
    body = "\n".join(line.strip() for line in lines)
    return dataclasses.replace(block, kind="paragraph", text=body, spans=(), level=0, headings=(*block.headings, title.strip()))


def may_hold_stem(heading: str, stems: tuple[str, ...]) -> bool:
    """False when ``heading`` is ASCII and holds none of ``stems`` (lower case) in its lower case:
    then a case-insensitive pattern whose ASCII words each hold one of them cannot match it, and
    most headings need no search. A heading in another script may always match."""
    if not heading.isascii():
        return True
    low = heading.lower()
    for stem in stems:  # a loop, not any(): no generator for the common miss
        if stem in low:
            return True
    return False


# A taxon's ranks and a breeder's kinds ("Crocodylia — the three living families").
_TAXON_WORDS = frozenset("families subfamilies genera clades breeds cultivars".split())
# A parent heading that names a kind of which its subsections are members ("Propagation methods",
# "Sampling bias types", "Grundbegriffe der Phänomenologie"): under it every section is a term.
_KIND_WORDS = frozenset(
    """types kinds sorts forms classes categories varieties methods techniques strategies approaches
    frameworks models theories schools factors principles concepts notions terms fallacies biases
    effects laws particles disorders syndromes tests mechanisms phases stages
    arten typen formen methoden begriffe grundbegriffe modelle theorien faktoren prinzipien konzepte
    méthodes modèles théories facteurs principes tipos métodos formas conceptos modelos teorías
    factores principios nociones conceitos teorias fatores princípios tipi metodi forme concetti
    modelli teorie fattori principi
    positions roles posiciones puestos posições posizioni positionen bauarten""".split()
) | _TAXON_WORDS
# Words of the writer's own finds: "Breeds we met at the park", "Tomato cultivars I grew".
_WRITER_WORDS = frozenset("i we my our us me i've we've".split())
# Kind words of scripts written without spaces, ending a heading ("囲いの種類", "结的种类", "매듭 종류").
_CJK_KIND_ENDS = ("種類", "种类", "类型", "類型", "종류", "유형")
# German compounds end with the word that names kinds ("Bauarten", "Krankheitsformen").
KIND_ENDINGS = ("arten", "typen", "formen", "methoden", "vormen", "soorten")  # (and Dutch: "Hypotheekvormen")


_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def heading_words(heading: str) -> list[str]:
    """A heading's words in lower case, without punctuation or a closing aside in brackets."""
    return [w.strip(",:;()").lower() for w in _ASIDE.sub("", plain(heading)).split()]


# Words of a heading over sections that each name a person: "## People", "## The team", "##
# Contacts", "## Who's who".
# ("Family" and "members" name a taxon's or a language's kin as often: "## The dog family".)
_PEOPLE_WORDS = frozenset(
    """people team teams staff contacts colleagues coworkers co-workers friends guests attendees
    participants stakeholders personnel""".split()
)
# A person's name as a heading: up to three capitalised words, with an apostrophe or a hyphen,
# and a role in brackets ("Priya", "Dana O'Brien", "Jean-Luc Martin", "Priya (PM)").
_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2}(?:\s*\([^()]{1,20}\))?")


def names_people(heading: str, members: list[str]) -> bool:
    """Whether a heading of one to three words collects people by its last word ("People", "The
    team", "Key contacts"; not "Team positions"), or is "Who's who", and every section under it
    (``members``, their headings' text) is named like a person: then each names a person, whatever
    its remark looks like."""
    words = heading_words(heading)
    if not (1 <= len(words) <= 3 and (words[-1] in _PEOPLE_WORDS or words[0] in ("who's", "who’s"))):
        return False
    return all(_NAME.fullmatch(plain(member).strip()) is not None for member in members)


def compound_of_kinds(heading: str) -> bool:
    """Whether a heading is one compound that names kinds ("Hypotheekvormen", "Krankheitsformen";
    not "Hervormen", "Konzernreformen"). A note's own title only: a section so named lists a
    household's or a shop's options as often ("## Zahlungsarten")."""
    words = heading_words(heading)
    if len(words) != 1 or len(words[0]) <= 10 or words[0].endswith(("reformen", "hervormen")):
        return False
    return any(words[0].endswith(end) and len(words[0]) - len(end) >= 4 for end in KIND_ENDINGS)


def names_kind(parent: str) -> bool:
    """Whether a parent heading names a kind its subsections are members of ("Propagation
    methods", "Grundbegriffe der Phänomenologie", "Volcano types (overview)"). Only words that
    name kinds count: a plural alone is as often a manual's topic ("Views", "Vues")."""
    words = heading_words(parent)
    if words and words[-1].endswith(_CJK_KIND_ENDS) and len(words[-1]) > 2:
        return True  # "## 囲いの種類": the kinds of castle (the kind word alone names nothing)
    # "Methods" alone is a paper's section; "Propagation methods" names a kind.
    if len(words) >= 2 and any(w in _KIND_WORDS or (len(w) > 8 and w.endswith(KIND_ENDINGS)) for w in words):
        # "Breeds we met at the park", "Tomato cultivars I grew": the writer's own finds, not a kind.
        return not (_TAXON_WORDS & set(words) and _WRITER_WORDS & set(words))
    # "Reed anatomy", "Drystone wall anatomy": the parts of one thing, named at the end of a short
    # heading (a lecture's "Herpetology L3 — squamate sensory anatomy" covers topics).
    return 2 <= len(words) <= 3 and words[-1] in _PARTS_WORDS and words[0] not in _STOCK_WORDS


# "Spare parts", "Replacement parts": a stock of things, not the parts of one.
_STOCK_WORDS = frozenset("spare spares replacement replacements extra missing broken old new leftover".split())


_PARTS_WORDS = frozenset("anatomy parts components anatomie bauteile".split())


# "Types of shock", "Kinds of tide", "Arten von Schulden": a heading that opens with a kind word
# and names what the kinds are of.
_OF_WORDS = frozenset("of de des du di del della der von do da".split())


def names_kinds_of(heading: str, opener: str = "") -> bool:
    """Whether a heading opens with a word naming kinds and says of what ("Types of shock"):
    stricter than ``names_kind``, for lists whose glosses read like a program's options
    ("## Supported file types" / "- **pdf** — opens in the built-in viewer"). A heading that
    ends with the kind word ("Gill attachment types") names kinds when the glosses open with
    what they are of (``opener``: "gills joined to ...", "gills running down ...")."""
    words = heading_words(heading)
    if len(words) >= 3 and (words[0] in _KIND_WORDS or words[0] in _PARTS_WORDS) and words[1] in _OF_WORDS:
        return True
    # (A plural opener: "gills" under "Gill attachment types"; "file opened in ..." under "Export
    # file types" is a program's option.)
    if not opener or len(words) < 2 or words[-1] not in _KIND_SUFFIXES or not opener.endswith("s") or opener.endswith("ss"):
        return False
    return opener.lower()[:-1] in words[:-1]


# Kind words that close a heading naming kinds ("Gill attachment types", "Fault classes").
_KIND_SUFFIXES = frozenset("types kinds sorts forms classes categories varieties".split())
