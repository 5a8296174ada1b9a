"""Sibling headings that each name a term, each section opening with what the term means.

Lecture and course notes give every term a heading of its own and explain it in the line below,
without naming it again and in whatever shape the writer likes::

    ## Glycemic index
    A ranking of carbohydrate foods by how quickly they raise blood glucose.
    - low GI < 55, high GI > 70

    ## Epoché
    Das Einklammern der natürlichen Einstellung ...

    ### MoSCoW
    Sort scope into Must have, Should have, Could have, Won't have.

``structure.heading_glossary`` reads the strict form (a section of one short plain paragraph);
this rule reads the rest: a section that goes on after its explanation (lists, remarks), a gloss
with emphasis, a fragment or a formula, and groups where a section names its own term (the
sentence rules read that one). The card hides the heading before the section's first sentence.

One such section is just a section (a heading over a paragraph is how every note is written), so
the rule reads groups: two sibling headings or more (same level, same parent) of which two thirds
are terms explained below them. Under a heading that names a kind ("Propagation methods"), or
whose noun ends the members' names ("# Levers in the body" / "## First-class lever"), any
explanation will do; under a plural title ("# Map projections") a member may also be glossed by
what it does ("#### Conformal" / "Preserves local angles ...") or described by a phrase with no
verb of its own ("## Scorching" / "Dark burnt patches on ..."). Its cards are marked so that
software documentation, whose option sections look the same, drops them.
"""

from __future__ import annotations

import re

from srs.core.extract.entries import announces_glossary
from srs.core.extract.entrylines import entry_line
from srs.core.extract.families import news
from srs.core.extract.filters import is_exercise, is_label, plausible_term
from srs.core.extract.uitext import is_ui_instruction, is_ui_step
from srs.core.extract.found import Found
from srs.core.extract.frames import ADDRESSED, FIRST_PERSON
from srs.core.extract.glossarylines import entry_shape
from srs.core.extract.glossing import REPORT, STATUS
from srs.core.extract.initials import spells_out
from srs.core.extract.kindsections import NOT_A_KIND, SCHEDULE, labels_other_term
from srs.core.extract.headings import EMOJI_PREFIX, compound_of_kinds, heading_words, names_kind, names_people
from srs.core.extract.readeraddress import addresses_reader
from srs.core.extract.sectionglosses import AUXILIARIES, ROMANCE_READER, SETTING_VERBS, explanation, may_gloss, shape
from srs.core.extract.sectionchatter import mostly_chatter
from srs.core.extract.sectionterms import section_term
from srs.core.extract.termgroups import ENGLISH_GLUE, distinct, kin_of_parent, lists_members
from srs.core.extract.sentences import clean_card_text, cloze_text, plain
from srs.core.markdown import Block

__all__ = ["term_sections"]

_SUB_LABEL = re.compile(r"^[A-Z][\w-]*(?:\s+[\w-]+){0,2}:\s")


# "### Arch dam" / "Curved in plan, convex upstream, ...": under a heading naming a kind, a
# participle and its preposition describe the member (elsewhere it opens a report: "Moved to ...").
# So does a participle before a bare noun phrase ("## Tusks" / "Elongated upper incisors that
# ..."), where a report's verb takes a determiner, a pronoun or a particle ("Moved the ...").
_DESCRIBED_BY_PARTICIPLE = (  # (compiled by ``re`` at its first use: few notes need it)
    r"^[A-Z][a-z]+ed\s+(?:(?:in|of|from|by|into|with|on|at)\s"
    r"|(?!(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|it|them|him|me|us|up|out|on|off|to|with|some|all|over|back|down|and|or|but)\b)[a-z]{3,}\s+[a-z]{2,})"
)


_JAPANESE_VERB_ENDS = frozenset("たるだいすでてに")
# What a manual tells its reader they can do: "you can ...", "lets you ...", "allows you to ...".
# (Compiled by ``re`` at its first use: only kind sections that say "you" need it.)
_SPEAKS_TO_READER = (
    r"(?i)\byou\s+(?:can|may|could|should|will|might|need\s+to|want\s+to|must)\b|\b(?:lets?|allows?|enables?|helps?)\s+you\b|\byour\b"
)


# A term in Chinese, Japanese or Korean with its reading in Latin letters: "矢倉 (Yagura)".
_CJK_READING = re.compile(r"^([\u3040-\u9fff\uac00-\ud7af]+)\s*[(（][A-Za-z][A-Za-z' -]{0,30}[)）]$")


# What follows a bold term that opens an entry of its own: "**Dry brush** — ...", "**Dry brush**: ...".
_ENTRY_AFTER_BOLD = re.compile(r"\s*(?:[—–:]|-\s)")

def _gloss_card(term: str, text: str, kind: bool = False, vouched: bool = False, announced: bool = False) -> tuple[Found, str] | None:
    """"{{c1::Term}}: text" when ``text`` can say what the term is, with its shape (``shape``).
    ``kind``: the sections are members of a kind their parent heading names, where an arrow is a
    consequence ("folded over and topstitched → very strong"), not a menu path. ``vouched``:
    sibling sections already explain their terms, so a remark to the reader or of the writer
    after the gloss's first words ("the two thin areas ..., you can see light through them") is
    an aside, not a manual's instruction or a diary."""
    body = clean_card_text(text).rstrip(":：").strip()
    words = plain(body).split()
    cjk = bool(body) and ord(body[0]) >= 0x3000
    # (A gloss in Chinese or Japanese is one "word" between spaces: its characters are counted; it
    # ends with the noun it defines, "...になるまでの時間。", where a diary's line ends with a verb,
    # "...動詞を覚えた。", or trails off, "...覚えていないので…".)
    if not (cjk and len(body) >= 8 and body.split("。", 1)[0].rstrip("…。.")[-1:] not in _JAPANESE_VERB_ENDS or (2 if cjk or "=" in body else 3) <= len(words) <= 60):
        return None
    if "{{" in body or body.endswith("?"):
        return None
    addressed = ADDRESSED.search(body)
    # (A member of a kind may speak of anyone who meets it: "the first stage gives you a clue to
    # the next"; a manual opens by speaking to its reader: "You can pin ...", "Lets you ...".)
    if addressed is not None and kind and len(body[: addressed.start()].split()) >= 4 and (vouched or not re.search(_SPEAKS_TO_READER, body)):
        addressed = None
    writer = FIRST_PERSON.search(body)
    if writer is not None and vouched and len(body[: writer.start()].split()) >= 4:
        writer = None
    if writer or addressed or not ROMANCE_READER.isdisjoint(w.lower() for w in words[:12]) or STATUS.match(body) or (
        REPORT.match(body) and not (kind and re.match(_DESCRIBED_BY_PARTICIPLE, body))
    ):
        return None
    if (is_ui_step(body) if kind else is_ui_instruction(body)) or "http" in body or is_exercise(body):
        return None
    low = term.lower()
    # "### 矢倉 (Yagura)": the reading in brackets stays beside the cloze, as the hint.
    reading = _CJK_READING.match(term)
    hide = [(0, reading.end(1), reading.group(1))] if reading else [(0, len(term), term)]
    lowered = body.lower()
    if low in lowered:
        named = list(re.finditer(r"(?<!\w)" + re.escape(low) + r"(?!\w)", lowered))
        label = _SUB_LABEL.match(body)
        # "## Mistake" / "Common mistake: both parties ...": a kind of the term labels the gloss,
        # and every mention is hidden. Elsewhere a section that names its term speaks about it.
        if named and not announced and (label is None or any(m.end() > label.end() for m in named) or named[0].start() < 2):
            return None
        shift = len(term) + 2
        hide += [(shift + m.start(), shift + m.end(), body[m.start() : m.end()]) for m in named]
    made = cloze_text(f"{term}: {body}", hide)
    return (Found(made[0], made[1], "heading_glossary"), shape(plain(body))) if made else None


# "Map projections", "Slowly changing dimensions": a title that is a plural English noun after
# its modifiers (two to four words, brackets aside).
_PLURAL = re.compile(r"[^su]s$|ies$")
# "Preserves local angles ...", "Keeps true distances ...": a member glossed by what it does.
_DOES = re.compile(r"^[A-Z][a-z]{2,}(?:es|[^su]s)\s+[a-z]")


def _plural_title(parent: str) -> bool:
    """Whether the note's title names a kind as a plural noun phrase (see ``_PLURAL``)."""
    words = heading_words(parent)
    return 2 <= len(words) <= 4 and all(w.isascii() and w.isalpha() for w in words) and _PLURAL.search(words[-1]) is not None


_BE = frozenset("is are was were ist sind war waren est sont était es son era è sono é são".split())


def _statement(text: str) -> bool:
    """Whether a sentence states something of its own subject in its first words ("New login
    page is live", "Training was faster"): a report, not what a member of a kind is."""
    return any(t.strip(",;:()").lower() in _BE for t in text.split(None, 5)[1:5])


_PAST = frozenset("was were had".split())


def _report(text: str) -> bool:
    """Whether a statement under a heading naming a kind reports news ("New login page is live
    since Monday", "Release was delayed by the review"), where a member of a kind is explained in
    the present ("Crime is learned through interaction with close others")."""
    return news(text) or any(t.strip(",;:()").lower() in _PAST for t in text.split(None, 5)[1:5])


_VERBS_OF_A_CLAUSE = _BE | AUXILIARIES | frozenset("has have had get gets got".split())


def _clause(text: str) -> bool:
    """Whether a sentence's first words hold a finite verb ("owls have ears set at ...", "Ice
    cream can melt"): a statement about its own subject, where a description is a noun phrase
    ("Dark burnt patches on the flat side of the bean")."""
    return any(t.strip(",;:()").lower() in _VERBS_OF_A_CLAUSE for t in text.split(None, 6)[:6])


def _kind_parent(parents: tuple[str, ...]) -> bool:
    """Whether the nearest heading above a group names a kind its sections are members of
    (``names_kind``), or is the kind's word alone under a heading that names it ("# Enamelling
    techniques" / "## Techniques" / "### Champlevé")."""
    if names_kind(parents[-1]) or len(parents) == 1 and compound_of_kinds(parents[0]):
        return True  # ("# Hypotheekvormen": a compound names its kinds alone, as the note's title)
    words = heading_words(parents[-1])
    return len(parents) >= 2 and len(words) == 1 and words[0] in heading_words(parents[-2]) and names_kind(parents[-2])


def _used_elsewhere(blocks: tuple[Block, ...], terms: list[tuple[int, str]]) -> int:
    """How many of a group's heading terms (three or more) the text of another of its sections
    uses: "## Epilimnion" / ... / "## Turnover" / "Re-oxygenates the hypolimnion ...". Sections of
    a vocabulary use each other's terms; sections on aspects of one subject ("## Presentation",
    "## Investigations") do not."""
    named = [(i, term.lower()) for i, term in terms if term and len(term) >= 4]
    if len(named) < 3:
        return 0
    bodies = []
    for n, (i, _term) in enumerate(named):
        end = named[n + 1][0] if n + 1 < len(named) else min(len(blocks), i + 8)
        bodies.append(" ".join(b.text for b in blocks[i + 1 : end] if b.kind != "heading").lower())
    count = 0
    for n, (_i, term) in enumerate(named):
        for m, body in enumerate(bodies):
            # (A substring test first: most bodies do not hold the term at all.)
            if m != n and term in body and re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", body):
                count += 1
                break
    return count


def _words(text: str) -> set[str]:
    return set(text.lower().split())


def _glosses_other_term(text: str, heading_term: str, listed: str = "") -> bool:
    """Whether a section's first line is an entry line of another term ("## Préparation" /
    "- hyperphagie — l'oiseau mange ..."): its card is the line's own. An entry that shares a word
    with the heading names the heading's kind ("### French seam" / "Seam sewn twice: ...",
    "## Mistake" / "Common mistake: ...") and glosses the heading."""
    entry = entry_line(text)
    if entry is not None:
        # (The same word: "## Pièces" / "pièce justificative : ..." is a topic over a member.)
        return _words(entry.answers[0]).isdisjoint(_words(heading_term))
    # "## Meds" / "- modafinil → first-line wake-promoting drug, ...": under a heading in the
    # plural, or above another entry (``listed``, the next item's text), a line an arrow shapes as
    # an entry of a short term of its own is that term's, however its gloss reads. (Not a chain of
    # steps, "corn ground whole → mashed → fermented", nor a process's reaction alone, "##
    # Glycolysis" / "- glucose → 2 pyruvate ...".)
    shaped = entry_shape(text)
    return (
        shaped is not None and shaped[1] == "→" and "→" not in shaped[2] and "->" not in shaped[2]
        and (_PLURAL_HEADING.search(heading_term) is not None or entry_shape(listed) is not None)
        and len(shaped[0].split()) <= 3 and plausible_term(shaped[0]) and _words(shaped[0]).isdisjoint(_words(heading_term))
        and shaped[0].split()[0].lower() not in _ALIAS_WORDS  # ("### Deep water culture" / "- aka raft system → ...": its other name)
    )


def _next_item(blocks: tuple[Block, ...], i: int) -> str:
    """The text of block ``i`` when it is a list's next item at the top level, else ""."""
    block = blocks[i] if i < len(blocks) else None
    return block.text if block is not None and block.kind == "item" and block.first_in_item and block.level == 1 else ""


_ALIAS_WORDS = frozenset("aka a.k.a. a.k.a also alias i.e. ie or".split())
_PLURAL_HEADING = re.compile(r"[a-z][^suiy\W]s$")


def term_sections(blocks: tuple[Block, ...], heads: list[int]) -> dict[int, Found]:
    """Cards of sibling term sections, keyed by the block that explains each term. ``heads``: the
    indexes of the note's headings below the top level, in order. Linear in their number."""
    groups: dict[tuple[int, tuple[str, ...]], list[int]] = {}
    for i in heads:
        heading = blocks[i]
        groups.setdefault((heading.level, heading.headings), []).append(i)
    found: dict[int, Found] = {}
    titles: set[str] | None = None  # the note's first-level headings, read at first need
    reader: list[bool] = []  # whether the note speaks to its reader, read at first need

    def speaks_to_reader() -> bool:
        if not reader:
            reader.append(addresses_reader(blocks))
        return reader[0]

    for (_level, parents), members in groups.items():
        if len(members) < 2:
            continue
        terms = [(i, section_term(blocks[i])) for i in members]
        if sum(1 for _i, term in terms if term) < 2:
            continue  # most groups: sections named by topic, read no further
        if parents and names_people(parents[-1], [blocks[i].text for i in members]):
            continue  # "## People" / "### Priya" / "backend, owns the billing service ...": who is who
        # Under a heading naming a kind, any explanation will do; elsewhere only the shape of a
        # gloss tells a term's section from a topic's ("## Presentation" / "Classically affects ...").
        kind = bool(parents) and _kind_parent(parents) and distinct(blocks, members, parents[-1])
        # "# Ethos, pathos, logos" over "## Ethos", "## Pathos", "## Logos": the parent lists its members.
        kind = kind or bool(parents) and lists_members(parents[-1], [term for _i, term in terms if term])
        # "# 核医学 用語メモ", "# Key terms" over "## 半減期", "## トレーサー": the parent announces a glossary.
        announced = bool(parents) and announces_glossary(parents[-1])
        kind = kind or announced
        # Under a glossary's heading a gloss may name its term again ("## Overlap" / "Two boats
        # overlap when ..."), outside a guide that speaks to its reader ("Hyphenate directional terms ...").
        announced = announced and not speaks_to_reader()
        # "# Levers in the body" over "## First-class lever", "## Second-class lever": the parent's noun ends them.
        # (English only: in other languages a manual's action headings end the same way, "Rediger
        # et kort", "Menghapus kartu".)
        kin = not kind and bool(parents) and kin_of_parent(parents[-1], [term for _i, term in terms if term])
        kind = kind or kin
        # Under a plural title ("# Roast defects") a member may also be glossed by what it does
        # ("Preserves ...") or described by a noun phrase ("Dark burnt patches on ...").
        plural = not kind and bool(parents) and _plural_title(parents[-1]) and distinct(blocks, members, parents[-1], anywhere=True)
        if plural:
            if titles is None:
                titles = {b.text for b in blocks if b.kind == "heading" and b.level == 1}
            plural = parents[-1] in titles
        # Sections whose terms the other sections use are a vocabulary (``_used_elsewhere``): any
        # plain explanation will do, outside a manual that speaks to its reader.
        used = not kind and len(parents) <= 1 and _used_elsewhere(blocks, terms) >= 2 and not speaks_to_reader()
        cards: dict[int, Found] = {}
        named = 0  # sections whose first sentence names their term: cards of the sentence rules
        for i, term in terms:
            if not term or i + 1 >= len(blocks):
                continue
            body = blocks[i + 1]
            if body.kind == "heading" or body.kind == "row":
                continue
            opening = body.text.lstrip("*_")
            if opening[: len(term)].lower() == term.lower():
                named += 1
                continue
            if kind and opening.split(None, 1)[0].lower() in SETTING_VERBS:
                continue  # "### Interface font" / "Sets the base font ...": a setting, not a kind's member
            if kind and NOT_A_KIND.search(term):
                continue  # "## Subgroups by orbit shape", "## Other types" among the kinds: no kind's name
            if kind and (SCHEDULE.match(opening) or body.kind == "item" and labels_other_term(opening, term)):
                continue  # "## Retro" / "Every second Friday.": a schedule; "## Contact forces" / "- Friction: ...": another term's entry
            opener = body.spans[0] if body.spans and body.spans[0].start == 0 and body.spans[0].kind == "strong" else None
            if (
                kind and opener is not None and _ENTRY_AFTER_BOLD.match(body.text, opener.end)
                and not spells_out(body.text[opener.inner_start : opener.inner_end], term)
            ):
                continue  # "## On the paper" / "**Dry brush** — little ink ...": a group of entries, not a kind
            does = plural and _DOES.match(opening) is not None
            if not kind and not plural and not used and not may_gloss(opening):
                continue
            text = explanation(body)
            if text and (":" in text or "=" in text or "—" in text or "–" in text or " - " in text or "→" in text) and not (
                kind and body.kind == "paragraph"
            ) and _glosses_other_term(text, term, _next_item(blocks, i + 2)):
                # ("### Normal" / "Upward sloping: long bonds yield more ..." under "## Types of yield
                # curves": a kind's member is described by the paragraph below it, whatever its shape.)
                continue  # "## Préparation" / "- hyperphagie — l'oiseau mange ...": the line glosses its own term
            if kin and ENGLISH_GLUE.isdisjoint(text.lower().split()):
                continue
            made = _gloss_card(term, text, kind or used, announced=announced) if text else None
            plain_prose = used and "`" not in body.text and "**" not in text
            described = plural and not _clause(text)  # "## Scorching" / "Dark burnt patches on the flat side ..."
            if made is not None and (made[1] == "gloss" or (kind or described or does or plain_prose) and not (_report(text) if kind else _statement(text))):
                cards[i + 1] = made[0]
        if len(cards) >= 2:
            # Section labels ("References", "Summary") stand beside the terms and are not counted.
            counted = sum(1 for i in members if not is_label(EMOJI_PREFIX.sub("", plain(blocks[i].text))))
            # Two thirds of the sections explain their terms, or half under a heading naming a
            # kind or a plural title, whose sections are its members even where one opens with a
            # source or a remark.
            # The sections the explained ones vouch for count too (``_vouched_sections``): "## Fosse
            # toutes eaux" / "Cuve qui reçoit ..." and "## Épandage" / "Réseau de tuyaux ..." vouch
            # for "## Préfiltre" / "Petit filtre (...) en sortie de fosse, qui retient ...".
            # (Not in a manual that speaks to its reader, in any language: "## Tarife" / "Um deine Notizen ...".)
            vouched = _vouched_sections(blocks, terms, cards)
            if vouched and speaks_to_reader():
                vouched = {}
            explained = len(cards) + named + len(vouched)
            # Nor a log (``sectionchatter``): under a plural title or a parent whose noun ends the
            # headings, a log's verbs count too ("# Cake layers" / "## Bottom layer" / "Bake ...");
            # not under a heading naming a kind, where a procedure's kinds open with its verbs.
            if ((2 * explained >= counted) if kind or plural else (3 * explained >= 2 * counted)) and not mostly_chatter(
                (card.text for card in (*cards.values(), *vouched.values())), kinds=kin or plural
            ):
                found.update(cards)
                found.update(vouched)
    return found


# "Complete proteins supply all nine ...": a plural subject and its verb, a statement.
_PLURAL_THEN_VERB = re.compile(r"^[A-Z][a-z]+\s+[a-z]+s\s+(?!(?:of|in|on|at|for|to|and|or|with|from|by|that|which|where|who)\b)[a-z]{3,}\b")


def _vouched_sections(blocks: tuple[Block, ...], terms: list[tuple[int, str]], cards: dict[int, Found]) -> dict[int, Found]:
    """Cards of the sections of a group that explains its terms which no shape test admitted
    alone: "## Mouth trigger" / "Lever (or pull-string loop) on the head stick that opens the
    jaw" beside "## Head stick" / "The wooden or PVC rod that ...". The sections that did explain
    theirs vouch for their siblings, as a glossary's entries do; a sibling whose first words hold
    a verb ("The drill is done twice a week") is still a topic's section, and so is a list. The
    vouched sections are no more than those that vouch."""
    vouched: dict[int, Found] = {}
    for i, term in terms:
        if not term or i + 1 in cards or i + 1 >= len(blocks):
            continue
        body = blocks[i + 1]
        if body.kind != "paragraph" or body.text.lstrip("*_")[: len(term)].lower() == term.lower():
            continue  # (a list under the heading is the section's content: "## Listening" / "- Mozart, ...")
        text = explanation(body)
        if not text or text.startswith(("[", "!", "`")) or _clause(text) or text.endswith(":") or _PLURAL_THEN_VERB.match(text):
            continue
        if (":" in text or "=" in text or "—" in text or "–" in text or " - " in text) and _glosses_other_term(text, term):
            continue
        made = _gloss_card(term, text, True, vouched=True)
        if made is not None:
            vouched[i + 1] = made[0]
    return vouched if len(vouched) <= len(cards) else {}
