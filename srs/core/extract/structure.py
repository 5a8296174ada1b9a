"""Rules that need more than one sentence: ``## Term`` headings followed by their definition,
plain glossary lists, and the note's title (a term defined by the first sentence). Glossary
tables live in ``tables`` and plain glossary lists in ``plainlists`` (both re-exported here),
claim titles in ``claimtitles``."""

from __future__ import annotations

import re

from srs.core.extract.blockshapes import BlockSigns
from srs.core.extract.entries import NOUN_GLOSS
from srs.core.extract.filters import is_label, is_ui_instruction, plausible_term
from srs.core.extract.labelwords import heading_labels
from srs.core.extract.lines import CJK_CHAR, PINNED_NOUN_PHRASE
from srs.core.extract.frames import BARE_COPULA, BARE_PARTICIPLE, EVALUATIVE, FIRST_PERSON, SEPARATOR_DEF
from srs.core.extract.rules import DEFINING, Found, long_enough
from srs.core.extract.sectionglosses import ROMANCE_READER
from srs.core.extract.sectionchatter import mostly_chatter
from srs.core.extract.sentences import Sentence, clean_card_text, cloze_text, plain
from srs.core.extract.plainlists import PINNED_SPANS, STUDY_STEP, plain_list_glossary
from srs.core.extract.readeraddress import addresses_reader
from srs.core.extract.tables import glossary_header, glossary_row
from srs.core.extract.kindsections import kind_sections, kinds_named
from srs.core.extract.headings import EMOJI_PREFIX, HEADING_MARKS, HEADING_NUMBER
from srs.core.extract.termheadings import term_sections
from srs.core.extract.titles import title_terms
from srs.core.markdown import Block

__all__ = [
    "defined_by_sentence", "glossary_header", "glossary_row", "heading_glossary", "heading_term", "plain_list_glossary",
    "title_terms",
]

# An article before a term that opens a sentence, in the languages notes are commonly written in.
_LEADING_ARTICLE = re.compile(
    r"(?:(?:an?|the|der|die|das|ein|eine|le|la|les|un|une|el|los|las|il|lo|gli|uno|una|het|de|een|"
    r"o|os|um|uma|en|ett|den|det)\s+|l['’])"
)
# A context before the term ("In economics, moral hazard is ..."): up to four words and a comma.
_CONTEXT = re.compile(r"^(?:In|Within|For|Across|Among)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+,\s+", re.I)
_PRONOUN = re.compile(r"^(?:It|They|This|These)\b")
_QUOTED_IS = re.compile(r"^\s(?:is|are)\s")
# "of an event", "of a shark": what a title's term belongs to, before its copula.
# (Any one of them, not a particular one: "The dinner party of the year is the one at Anna's".)
_OF_WHAT = re.compile(r"^\s+of\s+(?:an?|each|every|any)\s+[\w-]+(?:\s+[\w-]+)?(?=\s+(?:is|are)\s)")
# (Not the writer's view of one: "The garden of a friend is a nice place ...", "The kitchen of a
# restaurant is the place where all the stress happens, honestly".)
_OF_WHAT_OPINION = re.compile(
    # (EVALUATIVE refuses its words; here they are what is looked for.)
    r"^\s+(?:is|are)\s+(?:(?:an?|the)\s+)?" + EVALUATIVE.removeprefix("(?!").removesuffix(")")
    + r"|^[^\n]*,\s*(?:honestly|frankly|seriously|really|tbh|lol)\W*$"
)
_NOT_PLAIN = frozenset({"strong", "em", "code", "link", "wikilink", "mark", "cloze"})
_SENTENCE_END = re.compile(r"[.!?。！？]['\"”’)]*$")
_SENTENCE_STOP = re.compile(r"[.!?。！？](?:\s|$)")


def _leading_term(sentence: Sentence, term: str, plural: bool = False) -> tuple[int, int] | None:
    """Where ``term`` opens the sentence (after an optional article and emphasis), if it does."""
    text = sentence.text
    low = text[:200].lower()
    pos = 0
    article = _LEADING_ARTICLE.match(low)
    if article and not term.lower().startswith(article.group(0)):
        pos = article.end()
    for marker in ("**", "__", "*", "_", '"', "“"):
        # ('"Yes, and" is the basic rule ...': a quoted title; not a heading's '"Feed me"' itself.)
        if low.startswith(marker, pos) and not term.startswith(marker):
            pos += len(marker)
            break
    end = pos + len(term)
    if low[pos:end] != term.lower():
        return None
    if plural and low[end : end + 1] == "s" and not low[end + 1 : end + 2].isalnum():
        end += 1  # "Ribosomes are ..." in a note titled "Ribosome"
    # Scripts written without spaces (光合成とは) have no word boundary to check.
    cjk = ord(text[end - 1]) >= 0x3000
    if end < len(text) and not cjk and (text[end].isalnum() or text[end] == "_" and text[end - 1 : end + 1] != "__"):
        return None
    return pos, end


# "Photosynthesis converts light energy into ...": the note's own title, then what it does. Only
# verbs of function and teaching, so that "Project Alpha needs a new owner" stays a status.
# A note titled by a doctrine opens with what it holds: "The flood pulse concept (Junk et al.
# 1989) argues that ...". (A person's name does too, which is a claim, not a definition.)
_DOCTRINES = frozenset(("concept", "theory", "hypothesis", "model", "principle", "law", "doctrine", "thesis", "view"))
_ARGUES = re.compile(r"^\s*(?:\([^)]{1,80}\)\s*)?\s(?:argues|posits|proposes|predicts|claims|holds|says|states)\s+that\s")
_FUNCTION_VERB = re.compile(
    r"^\s+(?:converts|transforms|turns|produces|generates|breaks\s+down|combines|encodes|decodes|maps|"
    r"regulates|controls|transports|explains|predicts|models|studies|teaches|allows|enables|lets|"
    r"separates|links|binds|carries|stores|computes|estimates|ranks|sorts|compresses|"
    # "The Enhanced Fujita scale rates a tornado's strength ...": what a scale or a test tells.
    r"rates|classifies|grades|quantifies|detects|filters|identifies|governs|determines|describes|measures|"
    r"protects|prevents|assigns|joins|connects)\s+\S+(?:\s+\S+){3}"
)


# "Relocation = working out where you are on the map ...", "Fitzpatrick scale: sorts skin into types ...": the
# note's opening sentence repeats the title's term and glosses it after a separator, in lower case
# (or after an abbreviation). Only the title's term: elsewhere "X: ..." labels as often as it defines.
# Six words at least, none of them a second separator: "Class 3 – wall hangings (Thurs eve)" and
# "LING 210 — wk 9 — Basque phonology" restate a title, they gloss nothing.
_TITLE_SEPARATED = re.compile(
    # (Not an aside between dashes: "The garden — weeds coming up through the gravel — is a mess".)
    r"^\s*(?:\([^)]{1,80}\)\s*)?(?::|：|\s?[—–](?![^—–]*\s[—–]\s)\s?|\s?=\s?|\s-\s|\s?(?:->|→)\s?)\s*"
    r"(?:[a-z]|[A-Z]{2,}\b)[^\s`]*(?:\s+(?![—–-]\s)[^\s`]+){5}"
)
# "Pattern alterations — class 3 (Tue eve)", "Ordinals — quick notes (from Enderton ...)": the title
# restated with the session or the kind of note it is.
_TITLE_RESTATED = re.compile(
    r"^\W*(?:(?:quick|rough|my|some|study|class|lecture|reading|raw|messy)\s+)?"
    r"(?:notes?|class|lecture|lesson|session|seminar|workshop|week|wk|part|chapter|ch|module|unit|day|"
    r"interview|podcast|talk|summary|overview|cheat\s*sheet)\b",
    re.I,
)


# A quotation inside a sentence: '"Swimming is good exercise"', '“I hate waiting”'.
_QUOTED = re.compile(r'"[^"\n]{1,120}"|“[^”\n]{1,120}”')


def defined_by_sentence(sentence: Sentence, term: str, rule: str, *, opening: bool = False) -> Found | None:
    """``Term is/are/means ...`` at the start of ``sentence``: hide the term as written. For the
    note's own title the sentence may also open with a context ("In economics, ..."), use the
    plural ("Ribosomes are ..."), a separator ("Kintsugi — the art of ..."), a bare noun phrase
    pinned by a clause, or a pronoun ("It is a cost that ..."); the note's ``opening`` sentence
    may gloss it after any separator ("Relocation = working out where you are on the map ...")."""
    title = rule == "title_definition"
    heading = rule == "heading_definition"
    if _without_term(sentence.text, term, title):
        return None
    if not plausible_term(term):
        return None
    where = _leading_term(sentence, term, plural=title or heading)
    if where is None and heading:
        where = _modified_term(sentence.text, term)
    if where is None and title:
        context = _CONTEXT.match(sentence.text)
        if context:
            shifted = Sentence(sentence.text[context.end() :], (), 0, 0)
            where = _leading_term(shifted, term, plural=True)
            where = (where[0] + context.end(), where[1] + context.end()) if where else None
        elif _PRONOUN.match(sentence.text) and not FIRST_PERSON.search(sentence.text):
            return None if is_ui_instruction(sentence.text) else _pronoun_definition(sentence, term)
    if where is None:
        return None
    after = sentence.text[where[1] :].lstrip("*_")
    if after[:1] in ('"', "”"):
        # A quoted term is named, then said to be something: '"Yes, and" is ...', not
        # '"resolution" means 4 different things'.
        after = after[1:] if _QUOTED_IS.match(after[1:]) else ""
    if title:
        # "The light cone of an event is the set of ...": the term, then what it belongs to.
        qualifier = _OF_WHAT.match(after)
        if qualifier:
            after = after[qualifier.end() :]
            after = "" if _OF_WHAT_OPINION.match(after) else after
    defining = (
        DEFINING.match(after) or (title and (SEPARATOR_DEF.match(after) or _FUNCTION_VERB.match(after)))
        or (title and term.lower().rsplit(None, 1)[-1] in _DOCTRINES and _ARGUES.match(after))
        or ((title or heading) and BARE_COPULA.match(after))
        or (title and BARE_PARTICIPLE.match(after))
        or (opening and _TITLE_SEPARATED.match(after) and not _TITLE_RESTATED.match(after) and " vs" not in term)
    )
    # (An example quoted in the definition speaks for someone else: '... e.g. "I hate waiting".')
    if not defining or not long_enough(after, 4) or ((title or heading) and FIRST_PERSON.search(_QUOTED.sub('""', after) if '"' in after or "“" in after else after)):
        return None  # "Meeting notes is where I keep ...": an aside about the note, not a definition
    # A UI step ("Select **Settings** ...") is never a definition. The check is pure and costs
    # more than the others, so it runs last, only for a sentence that would make a card.
    if is_ui_instruction(sentence.text):
        return None
    made = cloze_text(sentence.text, [(where[0], where[1], sentence.text[where[0] : where[1]])])
    return Found(made[0], made[1], rule) if made else None


def _without_term(text: str, term: str, title: bool) -> bool:
    """Whether ``defined_by_sentence`` can tell at once that ``text`` defines nothing: it does not
    hold the term, so the term does not open it (nor after a context or a modifier), and no
    title's pronoun opens it. Asked of ASCII text only, where lower case is per letter, so that
    one scan of the whole sentence answers for every slice the location tests compare."""
    return (
        (not title or _PRONOUN.match(text) is None) and text.isascii() and term.isascii()
        and term.lower() not in text.lower()
    )


_MODIFIER = re.compile(r"[A-Za-z][a-z-]+\s+")
_NOT_MODIFIER = frozenset(
    "this that these those its it his her their our my your some many most all each every no such other "
    "in on at for of by with from to and or but if when while as so the a an".split()
)


def _modified_term(text: str, term: str) -> tuple[int, int] | None:
    """"Price elasticity is ..." under "## Elasticity": the heading's term with one or two
    modifiers before it; the whole noun phrase is the term."""
    pos = 0
    for _ in range(2):
        word = _MODIFIER.match(text, pos)
        if word is None or word.group(0).strip().lower() in _NOT_MODIFIER:
            return None
        pos = word.end()
        end = pos + len(term)
        if text[pos:end].lower() != term.lower():
            continue
        if end < len(text) and text[end] == "s" and not text[end + 1 : end + 2].isalnum():
            end += 1
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            return None
        return 0, end
    return None


def _pronoun_definition(sentence: Sentence, term: str) -> Found | None:
    """"It is a cost that ..." as the first sentence of a note titled "Sunk cost": the card names
    the term where the pronoun stands."""
    pronoun = _PRONOUN.match(sentence.text)
    assert pronoun is not None
    if any(span.kind in ("strong", "em") for span in sentence.spans):
        return None  # "It is usually **kahm yeast** — ...": the marked term is what it names
    rest = sentence.text[pronoun.end() :]
    if not DEFINING.match(" " + rest.lstrip()) or not long_enough(rest, 5):
        return None
    text = f"{term} {rest.lstrip()}"
    made = cloze_text(text, [(0, len(term), term)])
    return Found(made[0], made[1], "title_definition") if made else None


def heading_term(heading: Block) -> str:
    """The heading as a term when it can be one (``## Homeostasis``, ``## 🔲 Proximity``, ``### 2.
    Shortage``, ``## §13 Basis``, ``#### Median:``), else ""."""
    if heading.level < 2:
        return ""  # the note's own title heading (most headings asked): no term read from it
    title = EMOJI_PREFIX.sub("", plain(heading.text))
    # "### 1. Surplus", "#### Median:", "## Chiaroscuro —": the number and the mark are no part of it.
    title = HEADING_MARKS.sub("", HEADING_NUMBER.sub("", title))
    if is_label(title) or not plausible_term(title) or len(title.split()) > 5 or heading_labels(title.lower().split()):
        return ""  # ("## Other things", "## Main points": a section of notes, not a term)
    return title


# The letter sections of an alphabetical glossary: "A", "X-Z", "A–C".
_LETTER_HEADING = re.compile(r"^[^\W\d_](?:\s*[-–]\s*[^\W\d_])?$")


def heading_glossary(blocks: tuple[Block, ...], signs: BlockSigns | None = None, title: str = "") -> dict[int, Found]:
    """``## Term`` headings, each followed by one short paragraph that defines it: a glossary
    written with headings. Cards are keyed by the paragraph's block index.

    A single such section is just a section, so it takes at least three sibling headings (same
    level, same parent), nearly all of them of this shape; label headings such as "References"
    are not counted. A definition is plain prose ending a sentence: no UI labels in bold, no code,
    no links, no colon that announces an example, and it does not repeat its heading (settings
    and command sections do). ``signs``: the note's ``block_signs``, when the caller has them;
    ``title``: the note's title, which names the kinds of sibling headings (``kindsections``).
    Linear in the number of blocks."""
    if signs is None:
        heads = [(i, (block.level, block.headings)) for i, block in enumerate(blocks) if block.kind == "heading" and block.level >= 2]
    elif not signs.subheadings:
        return {}  # most notes: no heading below the top level
    else:
        heads = [(i, (blocks[i].level, blocks[i].headings)) for i in signs.subheadings]
    if not heads:
        return {}
    # A heading alone under its parent, which is no letter section, is a group of one however
    # labels are counted (and merges into none): it needs no label check.
    sizes: dict[tuple[int, tuple[str, ...]], int] = {}
    for _i, key in heads:
        sizes[key] = sizes.get(key, 0) + 1
    groups: dict[tuple[int, tuple[str, ...]], list[int]] = {}
    for i, key in heads:
        if sizes[key] == 1 and not (key[1] and _LETTER_HEADING.match(key[1][-1])):
            continue
        if not is_label(EMOJI_PREFIX.sub("", plain(blocks[i].text))):
            groups.setdefault(key, []).append(i)
    # "## C" / "### Cohort study": letter sections too short to read as a glossary alone are
    # parts of one glossary.
    merged: dict[tuple[int, tuple[str, ...]], list[int]] = {}
    for key, members in list(groups.items()):
        if len(members) < 3 and key[1] and _LETTER_HEADING.match(key[1][-1]):
            merged.setdefault((key[0], key[1][:-1] + ("",)), []).extend(groups.pop(key))
    groups.update({k: sorted(v) for k, v in merged.items()})
    passed: dict[int, dict[int, Found]] = {}
    failed: set[int] = set()  # heading levels with a sizeable group that is no glossary
    reader: bool | None = None  # whether the note speaks to its reader, read at first need
    for (level, parents), members in groups.items():
        if len(members) == 2:
            # Two sections glossed by a noun phrase pinned by what follows ("The movement of ...").
            # Both glosses must be pinned: that cheap test first, the entries only then.
            if not all(i + 1 < len(blocks) and _pinned(blocks[i + 1].text) for i in members):
                continue
            pair = {i + 1: _heading_entry(blocks, i, level) for i in members}
            if all(card is not None for card in pair.values()):
                passed.setdefault(level, {}).update({k: v for k, v in pair.items() if v is not None})
            continue
        if len(members) < 3:
            continue
        entries: dict[int, Found] = {}
        glossed: dict[int, Found] = {}  # "## Magma — molten rock ...": the heading holds its gloss
        for i in members:
            card = _heading_entry(blocks, i, level, last=i == members[-1])
            if card is not None:
                entries[i + 1] = card
            else:
                gloss = _glossed_heading(blocks[i].text)
                if gloss is not None:
                    glossed[i] = gloss
        if len(glossed) >= 2:
            entries.update(glossed)
        # Headings read as kinds of the title's thing are judged as kinds: "## Bottom layer" /
        # "Bake the sponge ..." under "Cake layers" is a recipe's step.
        named = {i: heading_term(blocks[i]) for i in members}
        # (The note's own heading names the kinds' noun too: "# Stances (dachi)" over "## Kiba-dachi";
        # a deeper parent does not: "## Kort" over a manual's "### Byt kort", "### Slet kort".)
        named_by = " ".join((title, *parents)) if len(parents) == 1 else title
        # One section in four or more may be spared, unless the note speaks to its reader: a manual's
        # sections of actions ("## Cerrar pestañas" / "Puedes ...") read like glosses.
        # (Kinds of the title's thing have a reading of their own, below.)
        named_kinds = bool(kinds_named(named, named_by))
        spare = 0
        if len(members) >= 4 and len(entries) < len(members) and not named_kinds:
            if reader is None:
                reader = addresses_reader(blocks)  # (a whole-note walk: once, for the first group that asks)
            spare = int(not reader)
        if _glossary_group(members, entries, kinds=named_kinds, spare=spare):
            passed.setdefault(level, {}).update(entries)
            continue
        # "## Sensorimotor stage", "## Preoperational stage", ...: kinds of one thing, each glossed
        # by its section however tersely. Only they count then: the other sections keep the cards
        # their own shape gives (``term_sections``), not a plain gloss's longer reading.
        kinds = kind_sections(blocks, named, named_by) if len(entries) < len(members) else {}
        if kinds and _glossary_group(members, {**kinds, **entries}, kinds=True):
            passed.setdefault(level, {}).update(kinds)
            continue
        if len(entries) < len(members) and any(span.kind in ("em", "strong") for i in members if i + 1 < len(blocks) for span in blocks[i + 1].spans):
            # Glosses that stress a word ("un risque **connu**") count too, unless the note speaks
            # to its reader or a section stresses its heading's own word: a manual's sections
            # stress the names of what to click ("## Pin tabs" / "A pinned **tab** stays ...").
            if reader is None:
                reader = addresses_reader(blocks)
            if not reader:
                stressed = {
                    i + 1: card for i in members
                    if not _stresses_heading(blocks, i) and (card := _heading_entry(blocks, i, level, last=i == members[-1], stress=True)) is not None
                }
                if len(stressed) > len(entries) and _glossary_group(members, {**entries, **stressed}, kinds=named_kinds, spare=spare):
                    passed.setdefault(level, {}).update({**entries, **stressed})
                    continue
        failed.add(level)
    # A settings page has a group or two that look like a glossary among many that do not; a
    # glossary note is written that way throughout.
    found = {k: v for level, entries in passed.items() if level not in failed for k, v in entries.items()}
    # Sections that go on past their explanation, or explain in another shape (termheadings).
    for k, v in term_sections(blocks, [i for i, _key in heads]).items():
        found.setdefault(k, v)
    return found


def _stresses_heading(blocks: tuple[Block, ...], i: int) -> bool:
    """Whether the section under heading ``i`` sets a word of its heading in emphasis (its first
    four letters will do, or the whole of a shorter word: "## Pin tabs" / "A pinned **tab** ...",
    "## Limiter les résultats" / "Le menu *résultats* ...")."""
    if i + 1 >= len(blocks):
        return False
    body = blocks[i + 1]
    stems = {word[:4] for word in plain(blocks[i].text).lower().split() if len(word) >= 3}
    stems |= {stem[:3] for stem in stems}  # ("tab" under "tabs")
    return any(
        word[:4] in stems
        for span in body.spans if span.kind in ("em", "strong")
        for word in body.text[span.inner_start : span.inner_end].lower().split() if len(word) >= 3
    )


def _glossary_group(members: list[int], entries: dict[int, Found], kinds: bool = False, spare: int = 0) -> bool:
    """Whether sibling headings ``members`` with the cards ``entries`` (keyed by the paragraph's or
    the heading's block index) make a glossary: three entries, and nearly every section one (one
    closing section, "Listening", "Further reading", may follow), and not a log of a day, a trip
    or a recipe (``sectionchatter``; ``kinds``: read as kinds of the title's thing). ``spare``:
    sections that may explain in a shape of their own ("### Binomial" / "Number of successes in n
    trials. $P(X=k)=...$" among glossed distributions)."""
    misses = [i for i in members if i + 1 not in entries and i not in entries]
    trailing = len(misses) == 1 and misses[0] == members[-1]
    return (
        len(entries) >= 3 and (len(members) - len(entries) <= max(len(members) // 6, spare) or trailing)
        and not mostly_chatter((card.text for card in entries.values()), kinds)
    )


# A heading that holds its term and a lower-case gloss of three words or more.
_GLOSSED_HEADING = re.compile(r"^(?P<term>[^\W\d_][^:：—–\n]{0,48}?)\s*(?::|：|\s[—–]|—|–)\s*(?P<body>[a-z]\S*(?:\s+\S+){2,})$")


def _glossed_heading(text: str) -> Found | None:
    """"Magma — molten rock beneath the surface" as a heading: counted in a glossary of headings
    (alone, "Topic — what it covers" is how lectures are titled)."""
    match = _GLOSSED_HEADING.match(text)
    if match is None or any(ch in text for ch in "*_`[") or len(match.group("term").split()) > 5:
        return None
    term = match.group("term").strip()
    if not plausible_term(term) or is_label(term) or is_ui_instruction(match.group("body")):
        return None
    made = cloze_text(text, [(0, len(term), term)])
    return Found(made[0], made[1], "heading_glossary") if made else None


# "Movement of ...", "Perda de água ...", "Processo pelo qual ...", "Verlust von ...".
_BARE_OF = re.compile(r"^[^\W\d_][\w'-]+\s+(?:of|de|do|da|dos|das|del|di|della|du|des|von|pelo|pela|por|par)\s")


def _pinned(text: str) -> bool:
    """A gloss that opens with an article or a lower-case noun, and what pins it down ("The spread
    of ...", "movement of water ...")."""
    if PINNED_NOUN_PHRASE.match(text[:1].lower() + text[1:]) is not None:
        return True
    # A bare noun: in lower case pinned by what follows ("movement across ..."), in capitals only
    # by "of" ("Movement of water ..."; "Dinner with Sam" is a note, not a gloss).
    return NOUN_GLOSS.match(text) is not None or (text[:1].isupper() and _BARE_OF.match(text) is not None)


def _heading_entry(blocks: tuple[Block, ...], i: int, level: int, last: bool = False, stress: bool = False) -> Found | None:
    term = heading_term(blocks[i])
    if not term or len(term.split()) > 4 or i + 1 >= len(blocks):
        return None
    body = blocks[i + 1]
    after = blocks[i + 2] if i + 2 < len(blocks) else None
    text = clean_card_text(body.text)
    # A gloss pinned down as a noun phrase ("The movement of water across ...", "movement of
    # ...") reads as a definition even with a link in it, without a full stop, or with more
    # paragraphs after it; other first paragraphs must stand alone as plain prose.
    pinned = body.kind in ("paragraph", "item") and "\n" not in text and _pinned(plain(text))
    # The last entry may be followed by a closing remark ("Use in UI: ...") in its section.
    ends = after is None or (after.kind == "heading" and after.level <= level) or (last and after.kind == "paragraph")
    # "### Inflation" then "- a general rise in prices": a section of one pinned item glosses too.
    single_item = body.kind == "item" and pinned and body.level == 1 and (after is None or after.kind == "heading")
    if (body.kind != "paragraph" and not single_item) or body.quote or not (ends or pinned):
        return None
    # (``stress``: a word stressed inside a gloss is still plain prose: "agir en amont sur un risque **connu** ...".)
    if any(span.kind in (_NOT_PLAIN - PINNED_SPANS if pinned else _NOT_PLAIN) and not (stress and span.kind in ("em", "strong") and span.start > 0) for span in body.spans):
        return None
    words = plain(text).split()
    # (A script written without spaces counts a word every two characters: "氷河の表面にできる深い割れ目。")
    measure = len(words) + (len(CJK_CHAR.findall(text)) // 2 if not text.isascii() else 0)
    if not 3 <= measure <= 60 or "{{" in text or is_ui_instruction(text) or STUDY_STEP.match(text):
        return None
    if not ROMANCE_READER.isdisjoint(w.lower() for w in words[:12]):
        return None  # "Funciones que puedes usar con ...": a manual tells its reader what they can do
    # ("### gorytos" / "combined bowcase + quiver worn on the left hip; ...": a lecture's term in
    # lower case may be glossed by a fragment in lower case.)
    fragment = term[:1].islower() and text[:1].islower()
    if not pinned and not fragment and (not text[:1].isupper() and text[:1].isascii() or not _SENTENCE_END.search(text)):
        return None
    if text.endswith((":", "：")):
        return None  # "On desktop you can customise it as follows:": it announces steps
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text)]
    # Up to three sentences ("Last in, first out. Push and pop at the same end. Used for call
    # frames."): settings sections describe at greater length, an aspect's notes in more fragments.
    if len(stops) > 3:
        return None
    low = term.lower()
    if low in text.lower():
        # The term named again: a settings section repeats its heading at once ("Enable X to ...");
        # a gloss may name it after its first sentence ("Low Km means high affinity"), and then
        # the card keeps the sentences before (the answer must not show).
        named = re.search(r"(?<!\w)" + re.escape(low) + r"(?!\w)", text.lower())
        if named is None:
            pass  # only inside a longer word ("enqueue" under "Queue")
        elif not stops or named.start() < stops[0] or measure > 40:
            return None
        else:
            text = text[: max(end for end in stops if end <= named.start())].rstrip()
    made = cloze_text(f"{term}: {text}", [(0, len(term), term)])
    return Found(made[0], made[1], "heading_glossary") if made else None


# Emphasis and links a pinned gloss may hold ("The movement of **water** across a [[membrane]]").
