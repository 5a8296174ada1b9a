"""Note-level choices over a note's cards: the card record the extractor builds, option lists
that only look like glossaries, personal lists (packing, shopping, tasks), and which bold key
terms join the cards."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from srs.core.extract.bodies import DETERMINERS
from srs.core.extract.readeraddress import addresses_reader
from srs.core.extract.entries import announces_glossary
from srs.core.extract.glosswords import owns_user_thing
from srs.core.extract.entrylines import entry_lines
from srs.core.extract.logtitles import study_title, taught_title
from srs.core.extract.families import sorts_kinds
from srs.core.extract.headings import names_kinds_of
from srs.core.extract.keyterms import KeyTerm, keep_key_terms
from srs.core.extract.lists import list_runs, option_runs, parallel_run
from srs.core.extract.rules import Found
from srs.core.markdown import Block

if TYPE_CHECKING:
    from srs.core.extract.cardcontext import SentencePlace

_PERSONAL_LIST = re.compile(
    r"\b(?:packing|groceries|grocery|shopping|chores|reading\s+list|to\s+read|currently\s+reading|to-?do|tasks|"
    r"wish\s*list|watch\s*list|errands|check\s*list|bucket\s+list|gift\s+ideas|einkaufsliste|compras|"
    r"lista\s+de\s+la\s+compra|liste\s+de\s+courses|templates?|vorlage|plantilla|modèle|modello|"
    r"weekly\s+review|daily\s+note|stand-?up|retro|meeting\s+notes)\b|テンプレート|模板|日报|周报",
    re.I,
)
# A daily or weekly note is titled by its date alone ("2025-04-03", "03.04.2025", "2025-W28 Weekly
# Review"); "2024-03-08 Thermodynamics" is a dated lecture and keeps its glossaries.
_DATED_TITLE = re.compile(
    r"^\s*(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-W\d{1,2})"
    r"(?:\s+(?:daily|weekly|review|journal|log|note|notes|diary|tagebuch|journal|diario))*\s*$",
    re.I,
)
# An event named and then dated ("Hawk watch 2023-09-17", "Studio crit 2024-02-27"): its
# "Site: the ridge" and "Observers: me, Dana" are a log's fields (a lesson's are terms taught).
_DATED_EVENT = re.compile(r"^\D.*\s(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*$")
# A dated diary of a pastime ("2024-03-11 tarot journal", "2024-06-02 garden log"): the date, its
# subject, then a diary's word.
# (Not a course's: "2024-03-11 biology lecture log", "2024-09-01 Spanish study journal".)
_DATED_DIARY = re.compile(
    r"^\s*\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?\s+(?![^\n]*\b(?:study|lecture|class|course|lesson|revision|seminar)\b)"
    r"\D[^\n]{0,40}\s(?:journal|log|diary|tagebuch|diario|dagboek)\s*$",
    re.I,
)
# The cards of list entries that an option list's shape turns away.
_LIST_RULES = frozenset({"glossary_list", "glossary_list~", "glossary_entry~"})
# Glossary bodies that open alike with a count ("two molecules ...") still define different terms.
# Verbs are glossed "to go", "to do": a shared "to" is no sign of an option list either.
_NUMBER_WORDS = frozenset("two three four five several many each both to".split())


@dataclass
class NoteCard:
    """A card found in a note, with where it stands (its line, key, context and block). A sentence
    card has a ``place`` instead of a key and context, which are made only for the cards a note
    keeps (``settled``): many give way at the end (maybe glossary entries, key terms, bold leads)."""

    found: Found
    line: int
    key: str
    context: str
    block: int = -1
    place: SentencePlace | None = None

    def settled(self) -> tuple[str, str]:
        """The card's sentence key and context."""
        if self.place is None:
            return self.key, self.context
        return self.place.key(), self.place.context(self.found.answers)


@lru_cache(maxsize=256)
def _personal_title(title: str) -> bool:
    # Asked of the same title for each glossary card and key term of a note: remembered.
    return _PERSONAL_LIST.search(title) is not None or _DATED_TITLE.match(title) is not None or _DATED_DIARY.match(title) is not None or (
        _DATED_EVENT.match(title) is not None and not study_title(title)
    )


def personal_list(title: str, blocks: tuple[Block, ...], index: int) -> bool:
    """A packing, shopping, reading or task list, a template, a daily note or meeting notes (by
    the note's title or the block's headings): "- Shell: the orange one" there is an item to fetch,
    "- Room: 4.12" a field to fill in, not a term to learn."""
    if _personal_title(title):
        return True
    return index >= 0 and _personal_headings(blocks[index].headings)


@lru_cache(maxsize=256)
def _personal_headings(headings: tuple[str, ...]) -> bool:
    # Asked for each glossary card and key term of a note, most under one heading path (the
    # blocks under a heading share its tuple, whose strings keep their hashes): remembered.
    return any(_PERSONAL_LIST.search(h) for h in headings)


# A line opening with a bold term and "=" or a dash: "**take** = the visible reaction beat".
_BOLD_ENTRY = re.compile(r"^(?:\*\*|__)[^*_\n]{1,40}(?:\*\*|__)\s*(?:=|—|–)\s")


def _speaks_of_software(blocks: tuple[Block, ...]) -> bool:
    """Whether a paragraph names the reader's own software things ("your vault", "your account", "your work")."""
    return any(
        owns_user_thing(block.text.lower().replace(",", " ").replace(".", " ").split()) for block in blocks if block.kind == "paragraph"
    )


def drop_option_lists(blocks: tuple[Block, ...], cards: list[NoteCard], title: str = "") -> list[NoteCard]:
    """Glossary cards from lists that are shaped like option lists (see ``lists``): the same
    option under several settings, glosses that all open alike. A list turned away only because
    few of its items are entries or gave cards (advice and entries mixed: "- castle early" /
    "- **gambit**: giving up material ...") keeps the entries that stand on their own
    (``entrylines``). A note that speaks to its reader is a manual: its entry lines describe
    options and are dropped."""
    # (A class's or a lecture's notes speak to their reader in the teacher's words, "bring your
    # own paper", "if you can see the coin ...": no manual for that, unless they speak of the
    # reader's software, "your vault", "your account": a tutorial's or a course's.)
    if any(c.found.rule == "glossary_entry~" for c in cards) and addresses_reader(blocks) and not (study_title(title) and not _speaks_of_software(blocks)):
        cards = [c for c in cards if c.found.rule != "glossary_entry~"]
    # Only entries read as sure definitions count: "maybe" entries are what option lists give too.
    # A list with no such card is never rejected (option_runs), so most notes need no list runs.
    sure = [c for c in cards if c.found.rule in _LIST_RULES and c.block >= 0]
    if not sure:
        return cards
    run_of, runs = list_runs(blocks)
    articles = DETERMINERS | _NUMBER_WORDS
    glossary_title = announces_glossary(title)

    def _under_kind_heading(run: int) -> bool:
        """Whether the heading over the first item of ``run`` names kinds of something (``names_kinds_of``)."""
        first = run_of.index(run)
        if not blocks[first].headings:
            return False
        # (The commonest first word, the earliest among equals: the same answer on every run.)
        common = Counter(o[0] for o in runs[run].openers if o).most_common(1)
        shared = common[0][0] if common else ""
        return names_kinds_of(blocks[first].headings[-1], shared)

    def verdicts(counted: list[NoteCard], shape_only: bool) -> tuple[set[int], set[int]]:
        """The runs turned away (unless ``shape_only``), and those turned away by their shape alone."""
        carded = Counter(run_of[c.block] for c in counted if run_of[c.block] >= 0)
        if not carded:
            return set(), set()
        # Whether a run's terms name kinds matters only where its glosses open alike. They do when
        # they end in one head noun the title names, or when the heading above the list names a
        # kind ("## Types of mixing regimes": "dimictic — mixes twice a year", "monomictic —
        # mixes once a year").
        # ("Słownik deskorolkowy" / "- Goofy – jazda z ...", "- Regular – jazda z ...": a note titled
        # as a glossary lists terms, however alike their glosses open; not so a section of a
        # manual's "## Search terms".)
        kinds = frozenset(
            i for i in carded if parallel_run(runs[i], articles) and (sorts_kinds(runs[i].terms, title) or _under_kind_heading(i) or glossary_title)
        )
        shaped = option_runs(runs, carded, articles, kinds, shape_only=True)
        return (shaped if shape_only else option_runs(runs, carded, articles, kinds)), shaped

    # The other list rules' cards are judged as before, among themselves; entry lines by the
    # list's shape, counted with all the list's cards.
    listed = [c for c in sure if c.found.rule != "glossary_entry~"]
    rejected, shaped = verdicts(listed, False)
    entries_shaped = verdicts(sure, True)[1] if len(listed) < len(sure) else set()

    def dropped(card: NoteCard) -> bool:
        if card.block < 0 or card.found.rule not in _LIST_RULES:
            return False
        at = run_of[card.block]
        if card.found.rule == "glossary_entry~":
            return at in entries_shaped
        if at not in rejected:
            return False
        if at in shaped:
            return True
        line = blocks[card.block].text.split("\n", 1)[0]
        if entry_lines(line, title):
            return False
        # "Workshop day 2" / "- **take** = the visible reaction beat ...": a term the writer made
        # bold and glossed after "=" or a dash stands in a log's list too (not in a meeting's).
        return not (_BOLD_ENTRY.match(line) and taught_title(title) and entry_lines(line))

    return [c for c in cards if not dropped(c)]


def with_key_terms(cards: list[NoteCard], found: list[tuple[KeyTerm, NoteCard]], title: str,
                    blocks: tuple[Block, ...]) -> list[NoteCard]:
    """``cards`` with the key-term cards worth keeping, each in its place in note order: only
    terms no other card hides, once each, and none in personal lists (software documentation and
    daily notes are left out by the caller)."""
    taken = {a.lower() for c in cards for a in c.found.answers}
    fresh: list[tuple[KeyTerm, NoteCard]] = []
    for term, card in found:
        answer = term.found.answers[0].lower()
        name, _space, symbol = answer.rpartition(" ")
        if answer in taken or (len(symbol) == 1 and name in taken) or personal_list(title, blocks, card.block):
            continue  # (a name with its symbol, "**eccentricity e** = ...", is the fitted entry's term)
        taken.add(answer)
        fresh.append((term, card))
    kept = {id(term) for term in keep_key_terms([term for term, _card in fresh], len(cards), title)}
    merged = list(cards)
    for term, card in fresh:
        if id(term) in kept:
            at = next((i for i, other in enumerate(merged) if other.line > card.line), len(merged))
            merged.insert(at, card)
    return merged


def with_cards_in_order(cards: list[NoteCard], leads: list[NoteCard]) -> list[NoteCard]:
    """The cards with cards accepted at the end of the note (bold-led sentences, named kinds)
    put in note order, each unless its term already has a card."""
    taken = {a.lower() for c in cards for a in c.found.answers}
    merged = list(cards)
    for lead in leads:
        if lead.found.answers[0].lower() in taken:
            continue
        at = next((k for k, c in enumerate(merged) if c.line > lead.line), len(merged))
        merged.insert(at, lead)
        taken.add(lead.found.answers[0].lower())
    return merged
