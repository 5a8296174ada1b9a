"""Glossaries written with headings: ``## Term`` headings, each followed by a short section that
glosses it, read as a glossary when most sibling headings are so (see ``heading_glossary``), and
the term a heading names (``heading_term``)."""

from __future__ import annotations

import re

from srs.core.extract.blockshapes import BlockSigns
from srs.core.extract.entries import NOUN_GLOSS
from srs.core.extract.glossaryrest import rest_of_glossary
from srs.core.extract.filters import is_label, plausible_term
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.headings import EMOJI_PREFIX, HEADING_MARKS, HEADING_NUMBER, names_people
from srs.core.extract.kindsections import SCHEDULE, kind_sections, kinds_named, names_types, typed_sections
from srs.core.extract.labelwords import heading_labels
from srs.core.extract.lines import CJK_CHAR, PINNED_NOUN_PHRASE
from srs.core.extract.plainlists import PINNED_SPANS, STUDY_STEP
from srs.core.extract.readeraddress import addresses_reader
from srs.core.extract.rules import Found
from srs.core.extract.sectionchatter import mostly_chatter
from srs.core.extract.sectionglosses import ROMANCE_READER
from srs.core.extract.sentences import clean_card_text, cloze_text, plain
from srs.core.extract.termheadings import term_sections
from srs.core.markdown import Block

__all__ = ["heading_glossary", "heading_term"]

_NOT_PLAIN = frozenset({"strong", "em", "code", "link", "wikilink", "mark", "cloze"})
_SENTENCE_END = re.compile(r"[.!?。！？]['\"”’)]*$")
_SENTENCE_STOP = re.compile(r"[.!?。！？](?:\s|$)")


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
    glossaries: list[tuple[int, list[int]]] = []  # the groups read as glossaries of glosses
    reader: bool | None = None  # whether the note speaks to its reader, read at first need
    for (level, parents), members in groups.items():
        if parents and names_people(parents[-1], [blocks[i].text for i in members]):
            continue  # "## Team" / "### Priya" / "Backend engineer who owns ...": who is who
        # "# Types of CAES" / "## Diabatic CAES (D-CAES)" / "Heat is removed ...": each heading a kind.
        over = parents[-1] if parents else title
        if not names_types(over) and len(parents) == 1 and parents[0] != title:
            over = title
        typed = typed_sections(blocks, {i: heading_term(blocks[i]) for i in members}, over) if names_types(over) else {}
        if typed:
            passed.setdefault(level, {}).update(typed)
            continue
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
            glossaries.append((level, members))
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
                    glossaries.append((level, members))
                    continue
        if len(entries) >= 2 and len(entries) < len(members) and not (reader := addresses_reader(blocks) if reader is None else reader):
            # "### Penne" / "Short tubes cut on a slant.", "### Farfalle" / "Small rectangles pinched
            # into a bow.", "### Orzo" / "Tiny grain-shaped pasta. Often baked. Sometimes toasted.
            # Cheap too.": sections that go on past the gloss they open with (``glossaryrest``) make
            # a glossary with the strict ones when every section glosses and the strict ones are
            # more. (Not in a note that speaks to its reader: a manual's sections open with what an
            # action does, then go on with its steps.)
            rest = rest_of_glossary(blocks, members, entries, heading_term)
            if len(entries) + len(rest) == len(members) and len(rest) < len(entries) and _glossary_group(members, {**entries, **rest}, kinds=named_kinds):
                passed.setdefault(level, {}).update({**entries, **rest})
                glossaries.append((level, members))
                continue
        failed.add(level)
    # A settings page has a group or two that look like a glossary among many that do not; a
    # glossary note is written that way throughout.
    found = {k: v for level, entries in passed.items() if level not in failed for k, v in entries.items()}
    # A section of such a glossary that goes on past its gloss still opens with it (``glossaryrest``).
    for level, members in glossaries:
        if level not in failed:
            # (Labels among the group's headings, not the last of them: closing sections come last.)
            siblings = [i for i, key in heads if key == (level, blocks[members[0]].headings)]
            labelled = tuple(i for i in siblings[:-1] if i not in members)
            for k, v in rest_of_glossary(blocks, members, found, heading_term, labelled).items():
                found.setdefault(k, v)
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
    # (A heading in lower case names a keyword of a language in a learner's notes, "### errdefer" /
    # "Like `defer`, but only runs if ...": code inside its gloss is an example, not a command.)
    coded = term[:1].islower() and term.isascii()
    if any(
        span.kind in (_NOT_PLAIN - PINNED_SPANS if pinned else _NOT_PLAIN)
        and not (stress and span.kind in ("em", "strong") and span.start > 0)
        and not (coded and span.kind == "code")
        for span in body.spans
    ):
        return None
    words = plain(text).split()
    # (A script written without spaces counts a word every two characters: "氷河の表面にできる深い割れ目。")
    measure = len(words) + (len(CJK_CHAR.findall(text)) // 2 if not text.isascii() else 0)
    if not 3 <= measure <= 60 or "{{" in text or is_ui_instruction(text) or STUDY_STEP.match(text) or SCHEDULE.match(text):
        return None  # ("## Retro" / "Every second Friday. ...": when, not what)
    if not ROMANCE_READER.isdisjoint(w.lower() for w in words[:12]):
        return None  # "Funciones que puedes usar con ...": a manual tells its reader what they can do
    # ("### gorytos" / "combined bowcase + quiver worn on the left hip; ...": a lecture's term in
    # lower case may be glossed by a fragment in lower case.)
    # (So may a keyword's by its code: "### try" / "`try x` = shorthand for ...".)
    fragment = term[:1].islower() and (text[:1].islower() or coded and text[:1] == "`")
    # (A keyword's gloss may announce its example in code, "### catch" / "Handles the error case
    # inline ...:": four lines or more that hold no block, as a code block's do, stand between it
    # and the next block.)
    example = coded and text.endswith(":") and after is not None and after.line - (body.line + body.text.count("\n")) >= 4
    if not pinned and not fragment and (not text[:1].isupper() and text[:1].isascii() or not (_SENTENCE_END.search(text) or example)):
        return None
    if text.endswith((":", "：")) and not example:
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
