"""Plain glossary lists: "- Term: what it means" items (no bold), read as a glossary when most
of a list is shaped so."""

from __future__ import annotations

import re

from srs.core.extract.announcedlists import announced_members
from srs.core.extract.blockshapes import BlockSigns, block_entries, block_signs, may_be_plain
from srs.core.extract.families import kin_entries, news
from srs.core.extract.filters import plausible_term
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.frames import SCHEDULE
from srs.core.extract.labelwords import TOPIC_LABELS, phrase_label
from srs.core.extract.lines import slavic_task
from srs.core.extract.rules import Found
from srs.core.extract.sentences import clean_card_text, cloze_text
from srs.core.markdown import Block

PINNED_SPANS = frozenset({"strong", "em", "wikilink", "mark"})
# A section that sets work, not a term's definition ("## Homework" / "Read chapter 4 ...").
STUDY_STEP = re.compile(
    r"^(?:Read|Do|Make|Finish|Analy[sz]e|Review|Revise|Practi[cs]e|Learn|Know|Write|Try|Remember|Complete|"
    r"Prepare|Study|Check|Look|Listen|Watch|Memori[sz]e|Answer|Solve)\b"
)


# "- Tonic — the first degree", "- Perfect cadence: V–I, sounds final", "- der Hund = the dog": a
# plain-text entry.
_PLAIN_ITEM = re.compile(r"^(?P<term>[^\W\d_][^:：=—–\n*_`\[\]]{0,40}?)\s*(?::\s|：\s*|—\s|–\s|\s-\s|\s=\s|\s(?:\.\.\.|…)\s)\s*(?P<body>\S.*)$")


def _plain_item(text: str) -> re.Match[str] | None:
    """``_PLAIN_ITEM.match(text)``, asked only where it can match (``may_be_plain``)."""
    return _PLAIN_ITEM.match(text) if may_be_plain(text) else None


# A note about a person or a task, not a gloss: a finite verb or a pronoun in its first words.
_STATUS_BODY = re.compile(
    r"^(?:\S+\s+){0,3}?(?:(?P<verb>is|are|was|were|will|would|has|have|had|did|can|should|need|needs|said|says)|"
    # "I" as a pronoun, not the numeral of "V to I" nor the "i" of "i.e.".
    r"(?-i:i)(?!\.e\.)|(?-i:I)(?=\s+[a-z])|we|you|he|she|they|me|my|our|now|no\s+longer|fixed|added|removed|improved|"
    r"changed|updated)\b",
    re.I,
)


# A verb that reports after the pronoun of a gloss: "... you found is fixed", "... we had went well".
_REPORT_AFTER = re.compile(
    r"\b(?:is|are|was|were|went|said|says|has|have|had|got|did|slipped|moved|fixed|broke|failed|liked)\b", re.I
)


def _status(body: str) -> bool:
    """A report about someone or something ("will send the deck", "Priya is out", "we moved
    it") or a schedule ("once a week"), not a gloss. A clause with a subject of its own in lower
    case ("evil is the price of ...", "adaptations are specific to ...") states what the term means."""
    if SCHEDULE.match(body):
        return True
    match = _STATUS_BODY.match(body)
    if match is None:
        return False
    if match.group("verb") is None:
        # "the place you want the brand to hold", "deciding which segments you go after": a
        # gloss that opens with an article or a gerund holds a generic "you" in a clause of its
        # own. Other pronouns, or a report verb after it ("the deck we promised is late", "the
        # bug you found is fixed"), make a report.
        first = body.split(None, 1)[0].lower()
        generic = match.group(0).split()[-1].lower() in ("you", "your")
        opens = first in ("the", "a", "an") or (first.endswith("ing") and len(first) > 5)
        return not (generic and opens and _REPORT_AFTER.search(body, match.end()) is None)
    before = body[: match.start("verb")].split()
    return not before or any(word[:1].isupper() for word in before)
# "meso compound: has stereocentres but ...", "partial agonist: can't produce the full response":
# what a thing in lower case has or can do, said without repeating it as the subject.
_ABILITY = re.compile(r"^(?:has|have|can|can't|cannot)\s+(?!been\b|to\b|just\b|already\b|now\b)[a-z]")


def _ability(term: str, body: str) -> bool:
    """Whether a gloss opening with a verb tells what its lower-case term has or can do."""
    return term[:1].islower() and _ABILITY.match(body) is not None


# "goods that can replace each other": the verb belongs to a relative clause of the gloss.
_RELATIVE_GLOSS = re.compile(r"^[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?\s+(?:that|which|who|whose)\s", re.I)


# "Enthalpy (H)", "wavefunction ψ", "出汁（だし）": a symbol or a reading after the term, shown but not hidden.
_ASIDE = re.compile(r"(?:\s+(?:\([^()]{1,12}\)|[\u0370-\u03ff\u2100-\u214f\u2200-\u22ff]{1,2})|\s*（[^（）]{1,12}）)$")
# "correlated predictors → unstable coefficients": an arrow before a lower-case word is a
# consequence, not a menu path ("Settings → Editor").
_ARROW = re.compile(r"\s*→\s*(?=[a-z])")
_TERM_ARROW = re.compile(r"\s*(?:→|\s->)\s*")
# A lower-case article before a vocabulary entry's noun, in the languages learners list so.
_VOCAB_ARTICLE = re.compile(r"^(?:der|die|das|le|la|les|el|los|las|il|lo|gli|het|un|une|una|uno|ein|eine)\s+(?=\S)|^l['’](?=\w)")
_QUOTED = re.compile(r"^(?:(?:the|a|an)\s+)?[\"“«](?P<name>[^\"“”«»]{2,40})[\"”»]$", re.I)
# Lecture notes label their asides: "- recap: ...", "- seminar q: ...", "- hw: ...".
_LECTURE_LABELS = frozenset(
    "recap reminder homework hw admin exam reading readings next time last time todo check see compare cf revise remember".split()
)


# "Flour: 200 g" is an amount, "Dentist: Dr. Okafor, Tuesdays" and "Plumber: Marco, 555-0134" name
# a person: a list of ingredients or contacts, not a glossary.
_PERSON_BODY = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+[A-Z]|[A-Z][a-z]+,)")


# "- prof: "this is why intensity forecasts are so hard"": a gloss opening with a quoted clause,
# its verb inside the quote, is what someone said; a quoted translation names ("- hygge: "cosiness"").
_QUOTED_REMARK = re.compile(
    r"^[\"“„«][^\"”»]*\b(?:is|are|was|were|do|does|don't|doesn't|can't|won't|will|I|I'm|we|you|it's|that's)\b[^\"”»]*[\"”»]",
    re.IGNORECASE,
)


# A term, a comma and a second name that opens with an article: "Alcedininae, the river kingfishers".
_COMMA_APPOSITIVE = re.compile(r"[^,\s][^,]*,\s+(?:the|an?)\s+\S")


# Words that pin a gloss's noun down, in the languages medical and science glossaries are kept in.
_LABEL_GLOSS_PINS = frozenset("of von des der einer eines über du de for für from which that whereby".split())


def _defines_label(gloss: str) -> bool:
    """Whether a label word's entry defines the word itself, as a glossary of a field's words
    does ("Ätiologie: Lehre von den Ursachen einer Krankheit", "habitat: natural environment in
    which a species lives"), rather than filing notes under it ("Klinik: Müdigkeit,
    Kälteintoleranz, ...", "painting: the Herat school ...", "reproduction: mates in summer ...")."""
    words = gloss.split()
    if len(words) < 3 or any(mark in gloss[:80] for mark in ("→", "->", ";", "+", ">")):
        return False
    first = words[0].lower().strip(",")
    if not first.replace("-", "").isalpha() or first in ("the", "a", "an"):
        return False
    commas = 0
    for k, word in enumerate(words[1:7], 1):
        low = word.lower().strip(",")
        if low in _LABEL_GLOSS_PINS or (low == "in" and words[k + 1 : k + 2] == ["which"]):
            return commas <= 1
        commas += word.endswith(",")
    return False


def _callout_gloss(block: Block) -> bool:
    """An item of a callout whose gloss is a lower-case description of five words or more."""
    match = _plain_item(block.text)
    if not block.quote or match is None:
        return False
    body = match.group("body").strip()
    return body[:1].islower() and len(body.split()) >= 5


def plain_entry(block: Block, taken: set[str] | None = None) -> tuple[str, Found] | None:
    """(term, card) of a ``- Term: gloss`` item whose term is short and plausible (and not in
    ``taken``) and whose body glosses rather than reports; None otherwise."""
    match = _plain_item(block.text)
    if match is None:
        return None
    term, body = match.group("term").strip(), match.group("body").strip()
    # A gloss in a script written without spaces ("廃藩置県：1871年、藩を廃止して ...") is
    # one "word" long, and may open with a year: its characters count instead.
    cjk = not body.isascii() and sum(1 for ch in body[:40] if "\u3040" <= ch <= "\u9fff") >= 6
    if (
        len(term.split()) > 4 or not plausible_term(term) or (taken is not None and term.lower() in taken)
        or term.lower() in _LECTURE_LABELS or term.lower().endswith(" q") or body.endswith("?") or phrase_label(term.lower().split())
        or not (cjk or 2 <= len(body.split()) <= 25) or (_status(body) and not _RELATIVE_GLOSS.match(body) and not _ability(term, body))
        or _QUOTED_REMARK.match(body) or slavic_task(term, body) or is_ui_instruction(_ARROW.sub(", ", body) if "→" in body else body) or (body[:1].isdigit() and not cjk) or _PERSON_BODY.match(body)
        # Markup in the term is another rule's reading; code or a link anywhere makes a manual's
        # line. Emphasis in the gloss only stresses a word ("flips the target only when *both* ...").
        or any(
            span.kind in ("code", "link", "wikilink") or (span.kind in ("strong", "em") and span.start < match.start("body"))
            for span in block.spans
        )
    ):
        return None
    # "Enthalpy (H) – heat content ...": the symbol or abbreviation stays visible.
    aside = _ASIDE.search(term)
    name = term[: aside.start()] if aside else term
    # "chelicerae → the "jaws": basal segment ...": the term is what the arrow leads from.
    name = _TERM_ARROW.split(name, 1)[0] if "→" in name or " -> " in name else name
    # "Alcedininae, the river kingfishers — small, ...": a second name set off by a comma and an
    # article stays beside the cloze.
    name = name.split(",", 1)[0] if _COMMA_APPOSITIVE.match(name) else name
    # 'The "view from above"': a quoted name after an article is the name alone.
    quoted = _QUOTED.match(name)
    start, name = (quoted.start("name"), quoted.group("name")) if quoted else (0, name)
    article = _VOCAB_ARTICLE.match(name) if not quoted else None
    if article is not None:
        # "die Sehnsucht – longing", "le chat = the cat": a word learnt with its article; the
        # article stays in sight (it tells the gender) and the noun is the answer.
        start, name = article.end(), name[article.end() :]
    made = cloze_text(f"{term}: {clean_card_text(body)}", [(start, start + len(name), name)])
    return (term, Found(made[0], made[1], "glossary_list")) if made is not None else None


def plain_list_glossary(blocks: tuple[Block, ...], title: str = "", signs: BlockSigns | None = None) -> dict[int, Found]:
    """``- Term — definition`` items without emphasis, in a list where at least three items and
    two thirds of the items have that shape, with distinct terms of up to four words and bodies
    that gloss rather than report ("Priya: will send the deck" is a meeting note). Keyed by block.

    Items of lists that fall short of that are entries too when they name kinds of one thing
    (see ``families``: "simple diffusion: ..." beside "facilitated diffusion = ...").

    The block-shaped entries of ``entries`` (definition lists, bold-term paragraphs, answered
    question blocks) are returned with them: each block gives one card either way. ``signs``: the
    note's ``block_signs``, when the caller has them."""
    found: dict[int, Found] = {}
    # One walk over the blocks gives the block-shaped rules their signs, and tells whether an
    # item can be a plain entry (``may_be_plain``): most notes hold none, and their lists need
    # no reading.
    if signs is None:
        signs = block_signs(blocks)
    if signs.plain_item:
        _plain_lists(blocks, title, found)
    for i, card in block_entries(blocks, signs).items():
        found.setdefault(i, card)
    for i, card in announced_members(blocks).items():
        found.setdefault(i, card)
    return found


def _plain_lists(blocks: tuple[Block, ...], title: str, found: dict[int, Found]) -> None:
    """The plain entries of ``plain_list_glossary``, put in ``found``."""
    shaped: dict[int, str] = {}  # items of lists that fell short: block -> the term they would define
    run: list[int] = []

    def close() -> None:
        # The run needs ``need`` entries (see below): once more items than that allows are no
        # entries, the run cannot pass and its other items are only looked at for their shape.
        if not run:
            return
        need = 2 if len(run) == 2 else max(3, -(-2 * len(run) // 3))
        misses = len(run) - need if len(run) >= 2 else -1
        entries: dict[int, Found] = {}
        terms: set[str] = set()
        for i in run:
            if misses < 0:
                match = _plain_item(blocks[i].text)
                if match is not None:
                    shaped[i] = match.group("term").strip()
                continue
            misses -= 1  # given back below when the item is an entry
            entry = plain_entry(blocks[i], terms)
            if entry is not None:
                terms.add(entry[0].lower())
                entries[i] = entry[1]
                misses += 1
        if len(entries) >= 3 and 3 * len(entries) >= 2 * len(run):
            # A label among the entries ("- Klinik: Müdigkeit, ...", "- goal: stop the influx of
            # ...", "- painting: the Herat school ...") has a glossary's shape, so it counts for the
            # run, but it names no term.
            found.update(
                (i, card) for i, card in entries.items()
                if card.answers[0].lower() not in TOPIC_LABELS or _defines_label(_plain_item(blocks[i].text).group("body"))
            )
        elif len(entries) == len(run) == 2 and all(_callout_gloss(blocks[i]) for i in run):
            found.update(entries)  # a two-entry glossary in a callout, glossed in lower case
        else:
            for i, card in entries.items():
                shaped[i] = card.answers[0]

    for i, block in enumerate(blocks):
        if block.kind == "item" and block.first_in_item and not block.task:
            last = blocks[run[-1]] if run else None
            if last is not None and block.level > last.level and block.quote == last.quote:
                # An item's own sub-items ("- PID controller" / "  - the integral term ..."): not
                # a list of their own, but kinds under a heading item ("- **Intention**" /
                # "  - Direct intent: ...") are entries.
                match = _plain_item(block.text)
                if match is not None:
                    shaped[i] = match.group("term").strip()
                continue
            # A new depth, or a new callout or quote (two callouts in a row hold two lists).
            if last is not None and (block.level != last.level or block.quote != last.quote or block.headings != last.headings):
                close()
                run = []
            run.append(i)
        elif block.kind != "item" and run:
            close()
            run = []
    close()
    if len(shaped) >= 1:
        for i in kin_entries(shaped, blocks, title):
            entry = plain_entry(blocks[i])
            if entry is not None and not news(blocks[i].text):
                # Marked "~": software documentation drops it.
                found[i] = Found(entry[1].text, entry[1].answers, "glossary_family~")
