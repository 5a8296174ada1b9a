"""Key terms: a bold noun phrase in a sentence of prose, when no rule found a definition for it.

Lecture and literature notes bold the terms a reader is meant to learn ("Enzymes lower the
**activation energy** of a reaction", "The substrate binds at the **active site**") without a
defining verb. Such a sentence is a fair card hiding the term. Bold is also used for emphasis,
labels, UI steps, to-do items and book titles, so a term counts only when all of these hold:

- the sentence is prose: six words or more, not a task, a UI step, an instruction ("Bring ...",
  "Study ..."), or a line behind a short label ("Reading: ..."), unless the term stands right
  after the label and is glossed at once ("classic symptom: **renal colic**, a severe ...",
  ``labelterms``) or stands inside a sentence of prose after it ("Irony: the sack of Nineveh ... is
  what preserved the **Library of Ashurbanipal**.");
- the note is not a daily note (a date in its title) or a personal list (reading list, packing list);
- the term is a plausible name: not a single lower-case word (emphasis: "**really**"), unless it is
  the noun right after an article ("the **reflog** records ...", ``articlenouns``), no function
  words ("**at least**", "**too many**"), no digits, colons or apostrophes ("**3 hours**",
  "**Sync: Reload**", "**Don't**"), not followed by a dash (a "**Title** — Author" reading list or
  "**Option** — what it does" list, which the glossary rules judge);
- the sentence has at most three bold runs (a row of bold UI names is no prose), and it is
  English: the function-word checks above only know English, and elsewhere bold is as often a UI
  name as a term. A terse sentence, with one word of English's commonest, keeps only terms after
  an article or glossed at once ("gives a **terminus post quem**", "**emission lines** — ...");
- the sentence is not personal (first person) and names no part of a user interface (menu,
  button, command palette...);
- the term is not a UI name: no UI noun right after it ("the **Embed** button") and no UI verb
  right before it ("select **Remove**").

The caller adds these cards last, only for terms no other card of the note already hides, and
only in notes that look like study notes (see ``keep_key_terms``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from srs.core.extract.filters import LABEL_WORDS, plausible_term
from srs.core.extract.uitext import is_ui_instruction, mentions_ui
from srs.core.extract.families import news
from srs.core.extract.articlenouns import ADJECTIVE_ENDINGS, LONE_WORD, adjective_like, article_noun
from srs.core.extract.found import Found
from srs.core.extract.frames import FIRST_PERSON, READER, arrow_condition, arrow_step
from srs.core.extract.initials import spells_out
from srs.core.extract.labelterms import label_glossed
from srs.core.extract.logentries import is_log_gloss
from srs.core.extract.sentences import Sentence, cloze_text, plain
from srs.core.extract.termnames import named_after_dash
from srs.core.markdown_render import Span

RULE = "key_term"
MIN_WORDS = 6
MAX_BOLD_RUNS = 3
# MIN_WORDS runs of word characters (what ``re.findall(r"\w+")`` would count), found without
# listing them all: the runs are maximal, so one match from the start tells.
_ENOUGH_WORDS = re.compile(r"\W*\w+(?:\W+\w+){%d}" % (MIN_WORDS - 1))
# Words that make a bold run a phrase of emphasis or instruction rather than a name.
_FUNCTION_WORDS = frozenset(
    "the a an at after before to too no not many much least more most very out up down with for from by on in "
    "into and or but if is are be was were i we you she he it they my your our this that some any all just "
    "really so than then one ones best worst favourite favorite".split()
)
# Sentences that ask the reader to do something: to-do lines and instructions, not statements.
_INSTRUCTION = re.compile(
    r"^(?:study|bring|read|finish|finished|met|made|buy|call|send|email|remember|try|check|ask|book|open|"
    r"click|go|press|run|set|choose|select|enable|install|use|don't|do|make|write|review|watch|listen|plan|"
    r"todo|to do|"
    # A log's sentence with its "I" left out: "Moved 500 to the **emergency fund**.", "Also need to
    # watch for **shin splints**.", "Learned that **en passant** is a thing."
    r"(?:also\s+)?(?:need|needs|have|want)\s+to|moved|did|went|learned|learnt|bought|tried|shot|lost|won|got|felt|"
    r"spent|watched|played)\b",
    re.I,
)
# Words common in English prose and rare as words of other languages' prose ("a", "in" are not).
_ENGLISH = frozenset("the of and is are to that it with for this which".split())
# Short words English shares with other languages ("in", "on"): they count towards two only.
_ENGLISH_MORE = frozenset("an in on at by from or be not its their was were has have".split())
# Dutch and German function words: two of them make a terse sentence theirs, whatever English
# words it shares ("De **fietsenmaker** – was dicht, in de stad is er nog een").
_DUTCH_GERMAN = frozenset("de het een niet er der das und ist nicht ein eine".split())
_UI_NOUN_AFTER = re.compile(
    r"\s+(?:button|icon|toolbar|option|options|menu|tab|toggle|switcher|badge|panel|pane|setting|settings|field|"
    r"dialog|key|command|link|checkbox|dropdown|view|mode)\b",
    re.I,
)
_UI_VERB_BEFORE = re.compile(
    r"\b(?:select|selecting|selected|click|clicking|clicked|toggle|toggling|enable|enabling|disable|choose|"
    r"choosing|tap|tapping|press|pressing|open|opening|pick|run|running|turn\s+on|turn\s+off)\s+(?:the\s+)?$",
    re.I,
)
_LABELLED = re.compile(r"^[\w ]{1,20}:\s")  # "Reading: **Chemerinsky** ch. 2"
# Ten words or more after a label, a copula or a verb in "-ed" among them: prose.
# (Not a word in "-eed" that is no past verb: "speed", "indeed", "need", "proceed".)
_PROSE_AFTER_LABEL = re.compile(
    r"(?=(?:\S+\s+){9}\S)(?=.*\b(?:is|are|was|were|(?!(?:speed|indeed|need|seed|feed|breed|bleed|weed|deed|heed|reed|greed|steed|tweed|"
    r"proceed|succeed|exceed)\b)[a-z]{3,}ed)\b)"
)
# A dash or colon after the term: an entry of a list ("**Term** — ...", "**Option**: ..."), not prose.
_DASH_AFTER = re.compile(r"\s*[—–:-]\s|[^.!?]{0,30}\s[—–]\s")
# A single lower-case word (hyphens may join parts; accented letters count), no function word.
_LOWER_WORD = re.compile(r"^(?!(?:" + "|".join(sorted(_FUNCTION_WORDS)) + r"|must|should|never|always|only|also|still|here|there|now|today)$)[a-zß-ÿ]{2,}(?:-[a-zß-ÿ]+)*$")
# "**glucovanillin**, vanillin bound to a sugar, ...", "**stigmas**, the red threads, ...": a
# comma, then a noun phrase (lower case, no pronoun, clause word or past verb first: "**grogged
# clay**, started the armature ...") set off up to a comma, a stop or a dash.
_APPOSITIVE_AFTER = re.compile(
    r",\s+(?!(?:and|or|but|so|then|which|who|that|it|they|we|you|i|he|she|this|these|those|there|here|when|if|as|because|while|though|not|lots|plenty|loads|all|both|most|half|none|some|any|enough|more|less)\b)"
    r"(?:the\s+|an?\s+)?(?![a-z]+ed\b)[a-z][\w'’-]*(?:\s+[a-z(][\w'’()-]*){1,6}?\s*(?:,|\.|$|\s[—–]\s)"
)
# The words after which a lone word is a verb: a subject pronoun, a modal, "that", "or", "to".
# (Nor after a word of quantity or degree: "needs more **critique** — ...", "is so **simple** ...".)
_VERB_SLOT = re.compile(
    r"\b(?:that|which|who|or|and|to|can|could|will|would|may|might|must|should|not|it|they|we|you|i|he|she|"
    r"more|less|much|enough|some|any|no|very|too|so|quite|rather|pretty)\s+$",
    re.I,
)
_WE_OR_YOU = re.compile(r"(?:we|you)\s", re.I)  # "We need a **rethink** — ...": a plan's chatter
# After a bare copula a word of an adjective's ending glossed by a colon is the adjective and its
# reason ("The fix is **simple**: restart the router"); a noun's is a term ("what made it
# transformative was **intermodalism**: ..."). After a dash such a word glosses a term of several
# words only ("is **open source** — ..."); alone it is a state ("is **optional** — ...").
_BARE_COPULA_BEFORE = re.compile(r"\s(?:is|are|was|were)\s+$")
_DASH_GLOSS = re.compile(r"\s[—–]\s")
# A short subject opening the sentence ("The market was", "Caching is", "The engine", "Prices"): a
# lone word after it is its verb or its state ("The market was **packed** — ...", "The engine
# **stalls** — ..."), not a term the sentence glosses.
_SHORT_SUBJECT = re.compile(
    r"^(?:(?:the|this|that|these|those|our|their|its|his|her|a|an)\s+[\w'’-]+\s+(?:(?:is|are|was|were)\s+)?|[\w'’-]+\s+(?:is|are|was|were)\s+)$", re.I
)
# A law, a rule or an organ named after a person: "Reimers' law", "Hashimoto's thyroiditis".
_EPONYM = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:['’]s|s['’])\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?")
# A colon, a dash or "=" right after the term, then four words or more of gloss.
# (An abbreviation in brackets may stand before the mark, "**dissolved oxygen** (DO) — the amount
# ...", with an article after it: "**project lead** (PL) — Priya, she ..." names a person.)
_GLOSS_AFTER = re.compile(r"(?::|\s[—–=])\s+[\w\"“(][^\s]*(?:\s+[^\s]+){3}|\s*\([A-Z][A-Za-z0-9]{1,7}\)\s*[:—–=]\s+(?:the|an?)\s+\S+(?:\s+\S+){2}")
# "- **aspiration** → removing gases and fluids from the cavities ...": a lecture's list glosses the
# term that opens its line after an arrow (four words or more, not a pointer, no second arrow: a
# chain of consequences, "**heat** → steam → rise", is no gloss).
_ARROW_GLOSS = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:→|->)\s+(?!(?:see|cf|zie|siehe|voir|vedi)\b)[\w\"“(][^\s→]*(?:\s+(?!->)[^\s→]+){3}(?:(?!->)[^→])*$")
# What lets a term of a terse sentence stand: an article before it ("gives a **terminus post
# quem**"), or a gloss opening right after it: a bracket, a colon, "=", an arrow or a dash.
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the|A|An|The)\s+$")
_TERSE_GLOSS = re.compile(r"\s*\((?=[^)\d`]*[^\W\d]{2})|\s*(?:[:=→]|->)\s|\s[—–]\s")
# "music comes in **tandas** (sets of 3–4 songs of one orchestra) ...": a noun phrase of three
# words or more in brackets right after the term, opening with a lower-case word (not a figure,
# "(2 min)", a word of quantity or number, "(lots of it)", "(one dit = 1 unit)", nor a
# preposition, "(of the water ...)").
_BRACKET_GLOSS = re.compile(r"\s+\((?:an?\s+|the\s+)?(?!(?:lots|plenty|loads|some|more|less|not|or|and|e\.g|i\.e|see|cf|of|for|in|on|at|by|with|to|from|one|two|three)\b)[a-z][\w'’-]*(?:\s+[^\s)=]+){2,}\)")
# A diary's subjectless sentence, opening on a verb in the past: "Bought a **starter** from the
# market", "Moved the **compost bin** (the old one)", "Carried forty boxes ... = **workout**".
# (Not a label's word: "Linked idea: ...".)
_PAST_OPENING = re.compile(r"^(?:[A-Z][a-z]+ed|Bought|Got|Went|Saw|Made|Took|Had|Found|Met|Ate|Drank|Spent|Sold|Brought|Left|Sent|Put|Ran|Did)\s(?![\w-]+:)")
# Endings of a judgement's adjective, which "=" gives no name: "... = **gorgeous**", "= **doable**".
_JUDGEMENT_ENDINGS = ("le", "ive", "ous", "ful", "able")
# Where a term named after "=" ends: the sentence's end, a comma, a semicolon or a bracket.
_NAMED_END = re.compile(r"\s*(?:$|[,;(.])")
# Where an abbreviation's expansion opens after it: a bracket or a dash.
_EXPANSION_AFTER = re.compile(r"\s*\(|\s+[—–]\s+")
# Subjects that name a choice, not a term: "The plan is **option two** — ...".
_NOT_SUBJECT_WORDS = frozenset("plan plans option options answer choice pick winner this that it these those".split())
# "Three waste products — feces, urine, sweat — are the **malas**.", "The stone itself is the
# **suzuri**.": a copula closing a described subject, then the name alone ends the sentence (or a
# bracket glosses it). After an article the word is a noun; without one ("... — is **synthesis**.")
# the subject must be long and the word no adjective's.
_CLOSING_COPULA = re.compile(r"\s(?:is|are|was|were)\s+(?P<article>(?:the|an?)\s+)?$")
_CLOSED_NAME = re.compile(r"\s*(?:$|[.;]|\()")
# A status after "=", no name: "tickets closed this week = **done**", "API migration = **pending**".
_STATUS_WORDS = frozenset("done pending todo ready blocked ok tbd wip open closed paid booked skipped nothing".split())
# A subject that ranks picks one of a list, names nothing: "The best purchase this year was the **blender**."
_RANKING_WORDS = frozenset("favourite favorite best worst main biggest first last next only".split())
# Heads a superlative picks a moment or a chore with ("The hardest part is ..."), where "The largest
# organ is the **skin**." names a fact.
_VAGUE_HEADS = frozenset("part thing bit moment day step job time".split())
# Openings of a subject that points at no described thing: "It was a **disaster**.", "What you
# need is **patience**.", "Everything here is **optional**."
_POINTING_SUBJECTS = frozenset("it he she they we you i which what who there here everything nothing something all".split())
# "The middle stage is **swim failure** — muscles ... cool": after a copula the dash opens the
# term's gloss, where a list's entry opens its line ("**Option** — what it does").
_COPULA_BEFORE = re.compile(r"\s(?:is|are|was|were|called|named|termed)\s+(?:an?\s+|the\s+)?$")


@dataclass(frozen=True)
class KeyTerm:
    """A key-term card and whether its term opens the sentence (as entries of a list of options do)."""

    found: Found
    opens_sentence: bool
    glossed: bool = False  # the sentence glosses the term at once ("**mène** — one round, ...")


def _plausible_key_term(term: str) -> bool:
    if len(term) < 2 or term.startswith("(") or not plausible_term(term):
        return False
    words = term.split()
    if len(words) == 1 and term[0].islower():
        return False
    if any(ch.isdigit() for ch in term) or ":" in term:
        return False
    if ("'" in term or "’" in term) and not _EPONYM.fullmatch(term):
        return False  # "**Don't**", "**Tom's**"; an eponym's law or test stays ("**Hamilton's rule**")
    return not any(word.lower().strip(".,") in _FUNCTION_WORDS for word in words)


def _named_by_copula(text: str, start: int, end: int, term: str) -> bool:
    """Whether the bold lower-case word from ``start`` to ``end`` is the name a copula gives the
    subject described before it, closing the sentence ("... are the **malas**.")."""
    copula = _CLOSING_COPULA.search(text, 0, start)
    if copula is None or _CLOSED_NAME.match(text, end) is None or " " in term:
        return False
    subject = text[: copula.start()].split()
    if not subject or subject[0].lower() in _POINTING_SUBJECTS or subject[-1].lower() in _POINTING_SUBJECTS:
        return False  # (also a relative clause's verdict: "..., which is **marketing**.")
    if subject[-1].lower() in _NOT_SUBJECT_WORDS:
        return False
    if "**" in text[: copula.start()] or any(w.lower().strip(",") in _RANKING_WORDS for w in subject) or (
        subject[-1].lower() in _VAGUE_HEADS and any(w.lower().endswith("est") and len(w) > 5 for w in subject)
    ):
        return False  # "D-value is a **time**, z-value is a **temperature**.", "The hardest part is the **waiting**."
    if copula.group("article"):
        return len(subject) >= 2
    return len(subject) >= 4 and not adjective_like(term)


def _names_after_equals(text: str, span: Span, term: str) -> bool:
    """Whether the bold ``term`` closing ``text`` after " = " is the name "=" gives what the line
    describes in three words or more, however tersely ("integrated phage DNA = **prophage**",
    "stress → prophage excises → switches to lytic = **induction**"). Not a judgement ("=
    **gorgeous**"), a status ("= **done**"), a state after a short description ("the run on
    Tuesday = **easy**"), a diary's line or the writer's."""
    described = text[: span.start - 3].split()
    if not term[:1].islower() or len(described) < 3 or _NAMED_END.match(text, span.end) is None:
        return False
    if term in _STATUS_WORDS or term.endswith("ed") or term.endswith(_JUDGEMENT_ENDINGS) or (len(described) < 5 and term.endswith(ADJECTIVE_ENDINGS)):
        return False
    return not (any(ch.isdigit() for ch in term) or not plausible_term(term) or _PAST_OPENING.match(text) or FIRST_PERSON.search(text))


def _named_by_equals(text: str, span: Span) -> KeyTerm | None:
    """The key term of a lecture's line named in bold after "=" (``_names_after_equals``), which
    stands however few words of English the line has."""
    term = plain(text[span.inner_start : span.inner_end])
    if not _names_after_equals(text, span, term):
        return None
    card = cloze_text(text, [(span.start, span.end, term)])
    return KeyTerm(Found(card[0], card[1], RULE), False, True) if card else None


def key_terms(sentence: Sentence, ui: bool | None = None) -> list[KeyTerm]:
    """Cards hiding each bold key term of a prose sentence (see the module docstring). ``ui``:
    whether the sentence is a UI instruction, when the caller already knows."""
    text = sentence.text
    bold: list[Span] = []
    for span in sentence.spans:  # a loop, not a comprehension (a function of its own to call)
        if span.kind == "strong":
            bold.append(span)
    if not bold or len(bold) > MAX_BOLD_RUNS:
        return []
    if len(bold) == 1 and text.endswith(" = ", 0, bold[0].start):
        named = _named_by_equals(text, bold[0])
        if named is not None:
            return [named]
    # The checks below are pure, so their order is free: the English one first, since it turns
    # away most sentences of other languages. Lower-casing the whole text splits into the same
    # words as lower-casing each word (no character lower-cases to or from whitespace).
    # A terse sentence holds one such word only ("a hot, thin gas gives **emission lines** — bright
    # lines at ..."): its term must stand after an article or be glossed at once (see below).
    # (Two words of English's commonest in all: one alone may be another language's, "for" in
    # Danish.)
    words = text.lower().split()
    terse = len(_ENGLISH.intersection(words)) < 2
    if terse and (
        sum(1 for word in words if word in _ENGLISH or word in _ENGLISH_MORE) < 2 or len(_DUTCH_GERMAN.intersection(words)) >= 2
        or READER.search(text, 0, bold[0].start)
    ):
        return []  # (nor one that speaks of the writer's group: "We spent the hour on the **transcendental ego** — ...")
    if _INSTRUCTION.match(text) or _ENOUGH_WORDS.match(text) is None:
        return []
    label = _LABELLED.match(text)
    labelled_to = label.end() if label is not None else -1  # where a short label ends
    # (A label before a sentence of prose labels the sentence, not the terms inside it: "Irony: the
    # sack of Nineveh in 612 BC is what preserved the **Library of Ashurbanipal**." Not a day's.)
    prose = labelled_to >= 0 and _PROSE_AFTER_LABEL.match(text, labelled_to) is not None and not is_log_gloss(text[:labelled_to])
    if is_ui_instruction(text) if ui is None else ui:
        return []
    if FIRST_PERSON.search(text) or mentions_ui(text):  # chatter ("I met ...") and opinion ("my ...")
        return []
    found: list[KeyTerm] = []
    lone_words = sum(1 for span in bold if LONE_WORD.match(text[span.inner_start : span.inner_end]) is not None)
    for span in bold:
        term = plain(text[span.inner_start : span.inner_end])
        if span is bold[0] and ":" in text[: span.start] and label_glossed(text, span.start, span.end, term):
            # "- classic symptom: **renal colic**, a severe wave-like flank pain ...": glossed at once.
            card = cloze_text(text, [(span.start, span.end, term)])
            if card:
                found.append(KeyTerm(Found(card[0], card[1], RULE), False, True))
            continue
        # "... moved as **break-bulk**: sacks, crates and barrels ...": a lower-case word the
        # sentence glosses at once after a colon or a dash is a term, not emphasis.
        # (Not a verb: "a roast that **stalls** — the rate of rise ...", "can rotate or **sink** — ...".)
        # A lower-case term glossed at once stands behind a label too: "anchors: natural, bolts,
        # **meat anchor** = a person is the anchor ...".
        arrowed = (
            span.start == 0 and _ARROW_GLOSS.match(text, span.end) is not None and not arrow_step(text[span.end :].split("→" if "→" in text else "->", 1)[-1].strip())
            and not news(text) and not arrow_condition(term)
        )
        # "Plants release water vapour through their leaves (**transpiration**)": a word in
        # brackets names what the clause before it (five words or more) describes.
        # So does a word after "=" closing such a clause: "trimming back the sides of a lift once
        # it has stiffened = **paring**" (not a judgement, "= **gorgeous** shading").
        named = term[:1].islower() and (
            text[span.start - 1 : span.start] == "(" and text[span.end : span.end + 1] == ")" and len(text[: span.start - 1].split()) >= 5
            or text.endswith(" = ", 0, span.start) and _names_after_equals(text, span, term)
            or _named_by_copula(text, span.start, span.end, term)
            or named_after_dash(text, span.start, span.end)
        )
        after_gloss = ((arrowed or named) and term[:1].islower()) or (
            span.start > 0 and term[:1].islower()
            and (
                _GLOSS_AFTER.match(text, span.end) is not None
                or (_APPOSITIVE_AFTER.match(text, span.end) is not None or _BRACKET_GLOSS.match(text, span.end) is not None) and not term.endswith(("ly", "ed"))
            )
            and _VERB_SLOT.search(text, 0, span.start) is None
            and not (_BARE_COPULA_BEFORE.search(text, 0, span.start) and not _DASH_GLOSS.match(text, span.end) and adjective_like(term))
        )
        glossed = (
            after_gloss and _LOWER_WORD.match(term) is not None and term not in LABEL_WORDS
            and _SHORT_SUBJECT.match(text[: span.start]) is None and not _WE_OR_YOU.match(text)
            and not (_BARE_COPULA_BEFORE.search(text, 0, span.start) and adjective_like(term))
        )
        # "require **VLOS** — visual line of sight: ...", "needs **BVLOS** (beyond visual line of
        # sight) operation": an abbreviation spelled out at once is glossed, as a term is.
        if not glossed and term.isupper() and term.isalpha() and 2 <= len(term) <= 6 and span.start > 0:
            expansion = _EXPANSION_AFTER.match(text, span.end)
            if expansion is not None and spells_out(term, text[expansion.end() :]):
                after_gloss = glossed = True
        copula = _COPULA_BEFORE.search(text, 0, span.start)
        if copula is not None:
            # "The plan is **option two** — we rent a van ...": a choice named, not a term glossed.
            subject = text[: copula.start()].split() or [""]
            if len(subject) <= 3 and subject[-1].lower() in _NOT_SUBJECT_WORDS:
                copula = None
                after_gloss = glossed = False
        # ("Rule of thumb: **test first** — ...": the label's own words, not a term among others.)
        # (Inside the prose after a label, not its subject right after it: "Tom: the **staging
        # cluster** is down again ..." is a speaker's news, "Update: the **worktop** was ...".)
        if labelled_to >= 0 and (span.start <= labelled_to or not after_gloss and not (prose and len(text[labelled_to : span.start].split()) >= 3)):
            continue
        dash = _DASH_AFTER.match(text, span.end)
        # (After an article inside the sentence a dash opens the term's gloss, "was really the
        # **Triple Alliance** — Tenochtitlan, ...", unless it opens a note to self, "— check fig. 4".)
        glossing_dash = span.start > 0 and _ARTICLE_BEFORE.search(text, 0, span.start) is not None and not _INSTRUCTION.match(text[dash.end() :] if dash else "")
        dashed = dash is not None and copula is None and not after_gloss and not glossing_dash
        if not (glossed or _plausible_key_term(term) or article_noun(text, span.start, span.end, term, lone_words)) or dashed or _UI_NOUN_AFTER.match(text, span.end):
            continue
        if _UI_VERB_BEFORE.search(text, 0, span.start):
            continue
        if terse and _PAST_OPENING.match(text):
            continue  # "Moved the **compost bin** (the old green one ...)": a diary's line, whatever it glosses
        # (An arrow glosses only as ``arrowed`` reads it: "**someone missing** → tell the warden" is a step.)
        terse_gloss = _TERSE_GLOSS.match(text, span.end)
        if terse_gloss is not None and ("→" in terse_gloss.group() or "->" in terse_gloss.group()) and not arrowed:
            terse_gloss = None
        if terse and (_ARTICLE_BEFORE.search(text, 0, span.start) is None or news(text)) and terse_gloss is None:
            continue  # "prof said **know dates** ...", "Bought a **sourdough starter** ...": chatter
        card = cloze_text(text, [(span.start, span.end, term)])
        if card:
            # (A term glossed after an arrow opens a lecture's line, not an entry of a list of options.)
            found.append(KeyTerm(Found(card[0], card[1], RULE), span.start == 0 and not arrowed, after_gloss))
    return found


def keep_key_terms(terms: list[KeyTerm], other_cards: int, title: str = "") -> list[KeyTerm]:
    """The key terms worth cards in one note (in order), given how many cards its other rules made.

    A note whose sentences often open with a bold term is a list of options or a glossary, which
    the glossary rules judge: there, key terms that open sentences are dropped. A note no other
    rule found anything in keeps only lower-case terms of several words ("**activation energy**"),
    the shape that is rarely a UI name or emphasis, and a term of several words that names what
    the note's ``title`` claims ("Manzikert opened Anatolia to Turkish settlement" / "... at the
    **Battle of Manzikert** ...").
    """
    if sum(1 for term in terms if term.opens_sentence) >= 3:
        terms = [term for term in terms if not term.opens_sentence]
    if other_cards == 0:
        # (Or a term its sentence glosses at once: "some people do **tenchigaeshi** — turning ...".)
        claimed = _claim_words(title)
        terms = [
            t for t in terms
            if t.glossed or t.found.answers[0] == t.found.answers[0].lower() and " " in t.found.answers[0]
            or " " in t.found.answers[0] and not claimed.isdisjoint(w.lower() for w in t.found.answers[0].split())
        ]
    return terms


def _claim_words(title: str) -> set[str]:
    """The words of five letters or more of a title that makes a claim (a sentence of four words
    or more), by which a bold term names the claim's subject; empty for any other title."""
    words = title.split()
    if len(words) < 4:
        return set()
    return {w.lower().strip(".,;:!?'’\"") for w in words if len(w) >= 5 and w.lower() not in _FUNCTION_WORDS}
