"""The passes over a whole note's cards once each block's sentences are read: bold-led sentences
and named kinds accepted together, one question kept only beside another, option lists and
listings dropped, an HTML definition list's entries, glossary runs, log fields, qualified bold
items and key terms (``finished_cards``)."""

from __future__ import annotations

from srs.core.extract.boldleads import BoldLead, accepted_leads
from srs.core.extract.entries import names_glossary
from srs.core.extract.families import kind_subjects
from srs.core.extract.filters import looks_like_date
from srs.core.extract.htmllists import definition_list_cards
from srs.core.extract.keyterms import KeyTerm
from srs.core.extract.logtitles import diary_title, names_meeting, taught_title
from srs.core.extract.notecards import NoteCard, drop_option_lists, with_cards_in_order, with_key_terms
from srs.core.extract.notefinish import fitted_entries, with_run_entries, without_listings, without_log_fields
from srs.core.extract.qualifiedentries import qualified_entries
from srs.core.extract.titlekinds import logged_title
from srs.core.markdown import Block

__all__ = ["finished_cards"]


def finished_cards(
    cards: list[NoteCard], blocks: tuple[Block, ...], title: str, source: str, *, leads: list[tuple[BoldLead, NoteCard | None]],
    kinds_named: list[tuple[str, NoteCard]], key_found: list[tuple[KeyTerm, NoteCard]], software: bool, flattened: bool,
    arrows: bool, planned: bool, claimed: bool,
) -> tuple[list[NoteCard], bool]:
    """The note's cards after the whole-note passes, and whether the note is studied (no log, plan,
    diary or meeting, and bold in it: its bold terms may get cards of their own). ``source``: the
    note's text; ``software``: the note documents software; ``claimed``: its title is a claim."""
    if leads and accepted_leads([lead for lead, _ in leads]):
        cards = with_cards_in_order(cards, [card for _, card in leads if card is not None])
    if kinds_named:
        cards = with_cards_in_order(cards, kind_subjects(kinds_named, title))
    if sum(1 for c in cards if c.found.rule == "prose_qa") < 2:
        cards = [c for c in cards if c.found.rule != "prose_qa"]  # one question may be rhetorical
    cards = drop_option_lists(blocks, cards, title)
    cards = without_listings(cards, blocks, title)
    if "<dt" in source or "<DT" in source:
        # (After the list shapes: an HTML definition list declares itself one, whatever its glosses.)
        cards = with_cards_in_order(cards, definition_list_cards(source))  # "<dl><dt>crossing number</dt><dd>..."
    # (A log's bold entries vouch for no plain line beside them: "- improv: two clowns, one chair ...".)
    # (A lesson's or a lecture's notes are no software documentation, whatever steps they hold:
    # "- drop test: ball of mix dropped ...", "- add straw last".)
    if not software and (not flattened or taught_title(title) or names_glossary(title)) and (arrows or any(c.found.rule.startswith("glossary") for c in cards) or names_glossary(title)) and not logged_title(title):
        cards = with_run_entries(cards, blocks, title, arrows)
    cards = fitted_entries(without_log_fields(cards, title))
    # (A log or a diary mentions in bold what it does not define: no key terms.)
    # (Asked only of a note with bold in it: the title tests cost more than the question.)
    studied = (
        (bool(key_found) or any("**" in c.found.text for c in cards))
        and not software and not planned and not looks_like_date(title) and not diary_title(title) and not names_meeting(title)
    )
    if studied and (claimed or taught_title(title) or names_glossary(title)) and not logged_title(title):
        # "- **Activation losses** dominate at low current: the energy needed ...".
        cards = with_cards_in_order(cards, qualified_entries(blocks, cards))
    if key_found and studied:
        cards = with_key_terms(cards, key_found, title, blocks)
    return cards, studied
