"""The last steps of a note's extraction: glossary runs filled in, clozes fitted to their terms,
and the kept cards turned into candidates in note order."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from srs.core.extract.cardcontext import sentence_key
from srs.core.extract.entries import names_glossary
from srs.core.extract.logtitles import names_log, taught_title
from srs.core.extract.families import REVIEW_MARKS, head_of
from srs.core.extract.filters import no_gloss_of_card
from srs.core.extract.labelwords import labels_an_aside
from srs.core.extract.found import Found
from srs.core.extract.glossbold import bold_in_gloss
from srs.core.extract.glossaryruns import run_entries
from srs.core.extract.headings import names_people
from srs.core.extract.logentries import log_gloss_of_card, member_list_of_card
from srs.core.extract.notecards import NoteCard, personal_list, with_cards_in_order
from srs.core.extract.sectionglosses import CLOSING_ASIDE
from srs.core.extract.termextent import closed_aside, fitted_entry
from srs.core.markdown import Block
from srs.core.model import CardCandidate

__all__ = ["fitted_entries", "note_candidates", "with_run_entries", "without_listings", "without_log_fields"]


def without_listings(cards: list[NoteCard], blocks: tuple[Block, ...], title: str) -> list[NoteCard]:
    """The cards without glossary-shaped lines that list rather than gloss: items of a personal
    list ("Shell: the orange one"), log entries ("Chinon 2018 — €19"), lists of members
    ("Physical implementations: transmons, trapped ions, photons"), lines that only point to
    another note ("Tag-out: see [[Workshop notes]]") or ask ("Q: why ...? → ..."), and the note's
    title written out as its first line ("Pattern alterations — class 3 (Tue eve)")."""
    if not any(c.found.rule.startswith("glossary") for c in cards):
        return cards  # most notes: no glossary card to look at
    heading = _letters(title)
    opening = "{{c1::" + title.split(None, 1)[0] if title.strip() else ""
    people = _who_is_who(cards, blocks, title)
    return [
        c for c in cards
        if not (
            c.found.rule.startswith("glossary")
            and (
                c.block in people or personal_list(title, blocks, c.block) or log_gloss_of_card(c.found.text) or no_gloss_of_card(c.found.text)
                or (c.found.answers and member_list_of_card(c.found.text, c.found.answers[0]))
                or (c.found.text.startswith(opening) and _title_line(c.found, heading))
            )
        )
    ]


_DIGIT = re.compile(r"\d")


def _who_is_who(cards: list[NoteCard], blocks: tuple[Block, ...], title: str) -> set[int]:
    """The blocks of glossary cards under a heading (or, with none, a title) that collects people
    ("Team", "Attendees", "Key contacts"; ``names_people``), when every such card there hides one
    capitalised word glossed in a few words, as a first name is by a role: "# Team" / "- Ana:
    backend, owns billing" says who is who. (A history's "## Key people" / "- Martin Luther:
    German monk who posted ..." and a team's roles, "- Product Owner: ...", are glossaries.)"""
    under: dict[str, list[NoteCard]] = {}
    for c in cards:
        if c.found.rule.startswith("glossary") and c.block >= 0 and c.found.answers:
            headings = blocks[c.block].headings
            under.setdefault(headings[-1] if headings else title, []).append(c)
    return {
        c.block for heading, listed in under.items()
        if all(_first_name_and_role(c.found.text, c.found.answers[0]) for c in listed)
        and names_people(heading, [c.found.answers[0] for c in listed]) for c in listed
    }


def _first_name_and_role(text: str, name: str) -> bool:
    """Whether a card hides one word and glosses it in five words or fewer, with no article or
    "who" first (a role, not a description): "{{c1::Ana}}: backend, owns billing"."""
    gloss = _gloss_of(text).split()
    return " " not in name and len(gloss) <= 5 and bool(gloss) and gloss[0].lower() not in ("a", "an", "the", "who")


def without_log_fields(cards: list[NoteCard], title: str) -> list[NoteCard]:
    """The cards without a log's fields: in a note titled as a log, a meeting or a map of content
    (``names_log``: "Flight log - Bristol fiesta"), a glossary-shaped line whose value holds a
    figure ("**Wind**: 5 kt SW", "**Fuel**: 3 × 40 L cylinders") records the day, where a
    course's notes gloss terms ("AFF ground school - day 1" / "hard deck: altitude below which
    ... ours = 5,500 ft")."""
    if not any(c.found.rule.startswith("glossary") for c in cards) or not names_log(title):
        return cards
    return [c for c in cards if not (c.found.rule.startswith("glossary") and _DIGIT.search(c.found.text.split("}}", 1)[-1]))]


def _title_line(found: Found, heading: str) -> bool:
    """Whether a card is the note's title written out with more after it, its term only the
    title's first words ("{{c1::Pattern alterations}} — class 3 (Tue eve)" in "Pattern
    alterations - class 3"), not a line glossing the title's term ("Adverse selection: when ...").
    (The caller asks only of a card whose cloze opens with the title's first word.)"""
    term = _letters(found.answers[0]) if found.answers else ""
    if len(heading) <= len(term) + 2 or not heading.startswith(term):
        return False
    return _letters(found.text[: 3 * len(heading)]).startswith(heading)  # (the text's start will do)


def _letters(text: str) -> str:
    """The letters and digits of a text in lower case: a title and its line compare so ("Pattern
    alterations - class 3" and "Pattern alterations — class 3 (Tue eve)")."""
    return "".join(ch for ch in text.replace("{{c1::", "").replace("}}", "").lower() if ch.isalnum())


_LINE_OPENING_RULES = frozenset(("dash_gloss", "term_is"))
_CJK_GLOSS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{4}")
_READING = re.compile(r"^\s*（[^（）]{1,12}）")  # "墨（すみ）": the term's reading, shown beside it


def _split_aside(answer: str) -> tuple[str, str]:
    """The answer without a closing aside in brackets, and the aside (lower case, "" if none)."""
    aside = CLOSING_ASIDE.search(answer)
    if aside is None:
        return answer.lower(), ""
    return answer[: aside.start()].lower(), aside.group().strip(" ()（）").lower()


def _worded_entry(card_text: str) -> bool:
    """Whether a run entry's card glosses its term in plain words: a term of two characters or
    more without a figure, a gloss opening in lower case with three words or more, and no figure
    in its first words, no arrow, quote or formula anywhere ("down conductor: path from the air
    termination to the earth ..."; not "c = concentration in mol/L", "yew: Aug-Sept, ...",
    "Laura: "if you can't hear ..."")."""
    head, _, gloss = card_text.partition("}}")
    term = head.split("::", 1)[-1]
    gloss = _READING.sub("", gloss).lstrip(" :：=—–-")
    # (A gloss in Chinese or Japanese has no case and no spaces: it opens with a kanji or kana and
    # runs on for a few characters, "墨（すみ）：松煙や油煙を膠で固めたもの。".)
    cjk = _CJK_GLOSS.match(gloss) is not None
    return (
        (len(term) >= 2 or cjk) and (gloss[:1].islower() and len(gloss.split()) >= 3 or cjk)
        and not any(ch.isdigit() for ch in term + gloss[:60])
        and not any(mark in card_text for mark in ("→", "->", "⇒", '"', "“", "$"))
    )


def with_run_entries(cards: list[NoteCard], blocks: tuple[Block, ...], title: str, arrows: bool = False) -> list[NoteCard]:
    """The cards with the other entries of the note's glossary runs (``glossaryruns``); ``arrows``:
    the note holds three arrows or more (a lecture's arrow glossary may stand in it)."""
    if personal_list(title, blocks, -1):
        return cards
    # Only sure entries vouch for a run: "maybe" ones ("~", "?") are what option lists give too.
    glossed = {a.lower() for c in cards if c.found.rule.startswith("glossary") and c.found.rule[-1] not in "~?" for a in c.found.answers}
    maybe = frozenset(a.lower() for c in cards if c.found.rule.startswith("glossary") and c.found.rule[-1] in "~?" for a in c.found.answers)
    carded = {a.lower() for c in cards for a in c.found.answers}
    entries = run_entries(blocks, carded, glossed, maybe, names_glossary(title), arrows, taught_title(title))
    # A gloss in lower case marks its card "~" for a manual's option lists only; in a study note
    # it is as sure as any ("- blood shift — at depth, blood plasma moves ..."), and a line the
    # sentence rules read as "term — gloss" is a glossary's line too ("- bradycardia — slowing of
    # the heart rate"). Such cards vouch for a run, for its lines glossed in plain words
    # (``_worded_entry``).
    lower = frozenset(
        a.lower() for c in cards if c.found.rule in _LINE_OPENING_RULES and c.found.text.startswith("{{c1::") or c.found.rule.startswith("glossary") and c.found.rule[-1] == "~" for a in c.found.answers
    )
    if lower:
        seen = {(e.block, e.line) for e in entries}
        more = run_entries(blocks, carded, glossed | lower, maybe - lower, names_glossary(title), arrows, taught_title(title))
        # (Its lines in plain text: a run of bold names, "**Søk** — søk etter ...", is a manual's menu.)
        entries += [e for e in more if (e.block, e.line) not in seen and _worded_entry(e.found.text) and blocks[e.block].text[:1] not in "*_"]
    added = [NoteCard(e.found, e.line, sentence_key(e.text), " › ".join(blocks[e.block].headings), e.block) for e in entries if not no_gloss_of_card(e.found.text)]
    return with_cards_in_order(cards, added) if added else cards


def fitted_entries(cards: list[NoteCard]) -> list[NoteCard]:
    """Glossary cards with their clozes fitted to their terms (``termextent``), without those whose
    term labels its line ("**Critique**: ...", "- Main claim: ..."), whichever rule read them; any
    card's cloze ended before an aside it cut through ("Digest (Greek: Pandects) — ...")."""
    fitted: list[NoteCard] = []
    for card in cards:
        glossary = card.found.rule.startswith("glossary")
        if glossary and card.found.answers and labels_an_aside(card.found.answers[0].lower().split()):
            continue
        if glossary and ("✅" in card.found.text or "#" in card.found.text) and REVIEW_MARKS.search(card.found.text):
            continue  # "**Editor**: undo stack merged, PR #412", "moved to BC7 ✅": a sprint's report
        found = closed_aside(card.found) if card.found.answers and "(" in card.found.answers[0] else card.found
        found = fitted_entry(found) if glossary else found
        if found is card.found:
            fitted.append(card)
        elif found is not None:
            fitted.append(dataclasses.replace(card, found=found))
    return fitted


def _gloss_of(card_text: str) -> str:
    """What an entry's card says after its cloze and separator: "{{c1::Ana}}: backend" gives "backend"."""
    return card_text.partition("}}")[2].lstrip(" *:：=—–-")


def _lower_gloss(card_text: str) -> bool:
    """Whether an entry's card glosses its term in lower case after its separator."""
    gloss = _gloss_of(card_text)
    # (Three words before any comma: "frank herbert, relectura en verano" is a byline.)
    return gloss[:1].islower() and len(gloss.split(",", 1)[0].split()) >= 3


def _worded_gloss(text: str) -> bool:
    """Whether a card's gloss (after its cloze) says something in words, three of three letters
    or more: "wood screw — 4 × 40 mm, box of 200" lists figures."""
    return len(_GLOSS_WORD.findall(text[text.find("}}") + 2 :])) >= 3


_GLOSS_WORD = re.compile(r"(?<![\w-])[^\W\d_]{3,}(?![\w-])")


def note_candidates(cards: list[NoteCard], ui_seen: bool, bold_terms: bool = True) -> tuple[CardCandidate, ...]:
    """The note's candidates in order, one card a term (the first). Cards marked "maybe" (a rule
    ending in "~" or "?") are kept only outside software documentation (``ui_seen``), "?" ones only
    beside a sure glossary entry or two entry lines (``entrylines``: each judged on its own, two
    make the list a glossary as one sure entry does) or, glossed in lower case, two entries of a
    glossary run, and lose their mark. With ``bold_terms``
    (study notes, not a meeting's or a log's) the terms set in bold in an entry's gloss get a card
    of their own (``glossbold``)."""
    candidates: list[CardCandidate] = []
    terms: dict[tuple[str, ...], set[str]] = {}  # each term hidden so far, with the asides it was hidden with
    entry_count = sum(1 for c in cards if c.found.rule.startswith("glossary_entry"))  # (de-marking keeps the count)
    items = sum(1 for c in cards if c.found.rule.startswith("glossary_items"))
    runs = sum(1 for c in cards if c.found.rule == "glossary_run")
    # ("**Delay**: ripete il segnale ... · **Riverbero**: simula ... · **Compressore**: ... ·
    # **Wah**: filtro ...": three "maybe" entries beside a sure one make a glossary too.)
    maybes = sum(1 for c in cards if c.found.rule.endswith("?"))
    entry_count += 1 if entry_count == 1 and maybes >= 3 else 0
    vouched: set[int] = set()  # cards kept on the entry lines' word: they vouch for no other
    # "- **microcytic anemia** — MCV < 80 fL → ...", "- **normocytic anemia** — ...": three maybe
    # entries whose lower-case terms name kinds of one thing (a shared head noun) vouch for each other.
    # (In lower case: a manual's capitalised actions share words too, "Obrir la nota diària",
    # "Obtenir nota diària".)
    heads = {
        id(c): head_of(c.found.answers[0]) for c in cards
        if c.found.rule.endswith("?") and len(c.found.answers) == 1 and c.found.answers[0][:1].islower() and _worded_gloss(c.found.text)
    } if maybes >= 3 else {}
    head_counts = Counter(heads.values())
    kin = {card_id for card_id, head in heads.items() if head and head_counts[head] >= 3}  # the kin cards' ids
    for card in cards:
        if card.found.rule.endswith("~"):
            if ui_seen:
                continue
            card.found = Found(card.found.text, card.found.answers, card.found.rule.rstrip("~"))
        if card.found.rule.endswith("?"):
            # (Asked at each such card: a "glossary_list~" card above has lost its mark by now.)
            # (Two entry lines vouch as one sure entry does: "- **Swivel knife** — coltello con
            # lama ...", "- **Pear shader** — punzone a forma di pera ...".)
            if ui_seen:
                continue
            if not any(c.found.rule == "glossary_list" and id(c) not in vouched for c in cards):
                # (Two sure items of a bulleted glossary, "- **Deployment** — manages ...", vouch
                # as one sure entry does: "- **StatefulSet** — like a Deployment, but ...".)
                # (Two entries of a glossary run vouch for one glossed in lower case too: "- **Estrato**:
                # cada una de las capas ..." and "- **Ajuar funerario** — conjunto de ..." for
                # "- **Yacimiento**: lugar donde ..."; a reading list's "– Máirtín Ó Cadhain" is none.)
                if card.found.text.endswith("?") or entry_count < 2 and items < 2 and not (runs >= 2 and _lower_gloss(card.found.text)) and id(card) not in kin:
                    continue
                vouched.add(id(card))
            card.found = Found(card.found.text, card.found.answers, card.found.rule.rstrip("?"))
        # One card a term: a term the note defines twice ("Dropout: a way to prevent ..." and, later,
        # "The authors call this procedure dropout") is learnt once, from its first card.
        # (A term hidden with an aside in brackets and without it is one term: "quantitative
        # easing (QE)", "messenger RNA (mRNA)"; two senses told apart by their asides are two,
        # "Mercury (planet)" beside "Mercury (element)".)
        parts = [_split_aside(answer) for answer in card.found.answers]
        hidden = tuple(term for term, _aside in parts)
        aside = " ".join(a for _term, a in parts if a)
        seen = terms.get(hidden)
        if seen is not None and (not aside or "" in seen or aside in seen):
            continue
        terms.setdefault(hidden, set()).add(aside)
        key, context = card.settled()
        candidates.append(_candidate(card.found, card.line, len(candidates), key, context))
        # "- army reform: ghulam corps + **tufangchis** (...)": the terms the writer set in bold in
        # an entry's gloss are what the item teaches, a card of their own beside the entry's.
        bolded = bold_in_gloss(card.found) if bold_terms and "**" in card.found.text else None
        if bolded is not None:
            hidden = tuple(_split_aside(answer)[0] for answer in bolded.answers)
            if hidden not in terms:
                terms[hidden] = {""}
                candidates.append(_candidate(bolded, card.line, len(candidates), key, context))
    return tuple(candidates)


def _candidate(found: Found, line: int, position: int, key: str, context: str) -> CardCandidate:
    return CardCandidate(
        text=found.text, answers=found.answers, rule=found.rule, line=line, position=position, sentence_key=key, context=context,
    )
