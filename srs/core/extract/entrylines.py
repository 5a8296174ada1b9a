"""Entry lines: a line that opens with a term, then a separator, then its gloss.

    - **gambit**: giving up material, usually a pawn, for fast development
    fianchetto = developing a bishop on the long diagonal
    1. The **monomyth**: heroes across cultures follow one pattern ...
    > - **ATP-PC system**: the phosphocreatine store, fuels maximal efforts
    Ballaststoffe:: unverdauliche Bestandteile pflanzlicher Lebensmittel
    - die Sehnsucht – longing, yearning
    SID = once daily

This is the commonest way people define things, in any language, and each such line stands on
its own: in a glossary, among advice in one list, or alone in a paragraph. The same shape also
writes labels ("Status: done"), reports ("Alice: finished the page"), steps and software option
lists ("**Show line numbers**: Shows line numbers in the editor"), so the entry is judged by
itself: the term must be a short noun phrase that names no label, date or person's news, and
the gloss must describe rather than report, instruct or announce (``entryglosses``). What marks
software documentation is read off the entry, not off the gloss's language: a verb-first term, a
gloss that opens with a verb and its object after a capitalised term, code, keys or menu paths;
and a note that speaks to its reader is a manual (``notecards.drop_option_lists``).
"""

from __future__ import annotations

import re

from srs.core.extract.arrowglosses import STEP_TERM, arrow_gerund, arrow_noun_phrase
from srs.core.extract.entryglosses import CJK, COMMAND_VERBS, DEFINITION_BEFORE_FORMULA, DETERMINERS, NO_GLOSS_ENDS, gloss_reads
from srs.core.extract.families import news
from srs.core.extract.filters import LABEL_WORDS, looks_like_date, plausible_term
from srs.core.extract.uitext import is_ui_step
from srs.core.extract.labelwords import GENERIC_LABEL_HEADS, LINE_LABELS, NOT_TERM_OPENERS, TOPIC_LABELS, labels_a_line
from srs.core.extract.found import Found
from srs.core.extract.initials import expansion_beside, spells_out
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.lines import CJK_LABEL_ENDS, CJK_LABELS, EPONYM_DASH
from srs.core.extract.logtitles import log_title, plan_title
from srs.core.extract.ownname import VERB_FORM
from srs.core.extract.sentences import Sentence, clean_card_text, cloze_text, plain
from srs.core.extract.tables import slashed_synonyms

# An enumerator before the term ("1. ", "A. ", "b) ", "A - "), then an article ("The **monomyth**",
# "die Sehnsucht"), the term with or without emphasis and an aside in brackets ("(ECS)", "(받침)"):
# the head of an entry line, up to its separator. (Matched whole up to a separator, the term is
# read greedily: it holds none of the marks that may follow it, so it stops where they begin.)
_ENUMERATOR = re.compile(r"(?:\d{1,2}|[A-Za-z])[.)]\s+|[A-Z]\s+[-–—]\s+")
_HEAD = re.compile(
    r"(?P<article>(?:the|der|die|das|le|la|les|el|los|las|il|lo|gli|une|una|uno|het|een)\s+(?=\S)|l['’](?=\w))?"
    r"(?P<open>\*\*|__|\*|_)?"
    # (An eponym's en dash may join two names inside the term: ``EPONYM_DASH``.)
    r"(?P<term>[^\W\d_][^:：=＝—–→\n\[\]`*_|()（）]{0,48}(?:" + EPONYM_DASH + r"[^:：=＝—–→\n\[\]`*_|()（）]{1,40})?)"
    r"(?P<close>\*\*|__|\*|_)?"
    r"(?P<aside>\s*[(（][^()（）:\n]{1,60}[)）])?",
    re.I,
)
# The separator: a colon (also "::" and French " : "), "=", a dash between spaces or an em dash,
# an arrow, or an ellipsis; and the mark each holds, which a search finds in C before the head
# is read.
_SEP = re.compile(r"\s*::?\s+|\s*[：＝]\s*|\s*=\s+|\s+[—–]\s+|\s*—\s*|\s+-\s+|\s+→\s+|\s+(?:\.\.\.|…)\s+")
# (The mark's pattern opens with one character class, the spaces around "-", "→" and "..." read
# after it: the regex engine skips ordinary text in C.)
_MARK = re.compile(r"[:：=＝—–\-→….](?:(?<=:):?\s|(?<=[：＝—–])|(?<==)\s|(?<=\s[-→…])\s|(?<=\s\.)\.\.\s)")


def _entry_parts(line: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The head and the separator of an entry line: the first separator (within a term's reach of
    the start) before which the line, after an optional enumerator, is a head, and after which a
    gloss follows. An enumerator is read as one when the line can be read so."""
    enumerator = _ENUMERATOR.match(line)
    for begin in ((enumerator.end(), 0) if enumerator else (0,)):
        for mark in _MARK.finditer(line, begin, begin + 130):
            at = mark.start()
            while at > begin and line[at - 1] in " \t":
                at -= 1  # the separator's own spaces ("Microcycle : ...") are no part of the head
            for end in range(at, mark.start() + 1):
                head = _HEAD.fullmatch(line, begin, end)
                if head is None:
                    continue
                sep = _SEP.match(line, end)
                if sep is not None and sep.end() < len(line) and not line[sep.end()].isspace():
                    return head, sep
    return None


# Nouns that end the name of an idea: the words before them modify it ("Parallel trends
# assumption", "Efficient markets hypothesis"), whatever they look like. (Not nouns a claim
# takes as its object: "Practice beats theory".)
_KIND_NOUNS = frozenset(
    """assumption hypothesis theorem effect law principle paradox fallacy bias syndrome index curve ratio
    dilemma trap puzzle doctrine""".split()
)
# Endings of adverbs, which open a remark and name nothing ("Practically", "Basically").
_ADVERB_ENDINGS = ("ally", "ously", "ively", "ently", "antly", "ably", "ibly", "fully", "lessly", "ately", "utely")
# Words that open a label, an instruction, a condition or a clause, not a term.
_NOT_TERM_START = frozenset(
    """if when to for use both below above in on at as with by from and or but so then also why how what who where which
    my our your his her their this that these those it he she they we i you there here please not no
    see note ps nb via after before during à a en para por zu für mit im am nach vor sur dans next last prev
    previous first second third other main general overall wider narrower higher lower more less не
    larger smaller bigger longer shorter older newer heavier lighter ещё еще todavía ainda noch nog jeszcze
    du sie vous tu você på i two three four five six seven eight nine ten sem sin sans senza ohne zonder uten
    utan tanpa bez con com avec mit met med""".split()
) | NOT_TERM_OPENERS
# Words that rank or sort ("Main idea", "First step", "Other notes": a label), and the heads that
# make such a pair a label; other heads make a term of it ("main sequence", "second crack").
_RANKS = frozenset("first second third main general overall".split())
_LABEL_HEADS = frozenset(
    """impression impressions priority try attempt pass draft round thing things option options topic topics
    source sources feeling feedback conclusion conclusions summary aim aims objective objectives thoughts
    observation observations day week session half lecture class chapter section paragraph concern concerns
    principle principles rule rules message point points idea ideas step steps takeaway takeaways claim claims
    argument arguments thesis finding findings difference differences distinction example examples
    warning warnings job complaint complaints advice tip tips""".split()
)


def _ranked_kind(low: list[str]) -> bool:
    """Whether a term opening with a rank names a kind ("main sequence", "second crack") rather than
    labels a part of the note ("main idea", "first step", "general rule")."""
    if len(low) < 2 or len(low) > 3 or low[0] not in _RANKS:
        return False
    head = low[-1]
    return not (head in _LABEL_HEADS or head in GENERIC_LABEL_HEADS or head in LINE_LABELS or head in LABEL_WORDS)


# A span of time heading what came of something ("Short-term: ...", "Long-term: ..."), or what a
# lecture offered next ("alternative: ...", "hypothesis: ...").
_REMARK_HEADS = frozenset("long-term short-term mid-term medium-term near-term longterm shortterm alternative alternatives hypothesis hypotheses".split())
# Platforms and products that documentation glosses with what to do on each ("**macOS**: ...").
_PLATFORMS = frozenset("mac macos windows linux ios ipados android web desktop mobile".split())
# "(default)" after a term marks a setting's value, in several languages.
_DEFAULT = frozenset(
    """default standard standaard bawaan domyślnie predeterminado padrão predefinito défaut par défaut
    standardinställning oletus""".split()
) | {"par défaut", "por defecto", "por padrão"}
# Words of a clause (a copula, an auxiliary, a negation) that make a sentence of a term in
# several languages ("Verknüpfte Datenquellen werden nicht importiert").
_CLAUSE_WORDS = frozenset(
    """is are was were be been can will would has have had says said does ist sind wird werden wurde kann nicht est sont es son
    è sono é são är er ikke not pas non não не""".split()
)
# Words of the label phrases that are no labels by themselves ("table of contents", "see also").
_FUNCTION_WORDS = frozenset("of and to also further see table action last main key".split())
# Steps of a user interface, which a step list labels one by one.
_UI_STEP_WORDS = frozenset("click press tap select open close choose enable disable toggle drag type scroll".split())
# Days, months and parts of a schedule, shortened as rotas and logs write them.
_SCHEDULE = frozenset(
    """mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
    am pm eod eow asap""".split()
)
# The separators' marks outside ASCII.
_SEP_MARKS = re.compile(r"[—–→…：＝]")
# Digits and marks no term holds ("HR > 60 bpm", "Week 5", "Tom, Ana": a reading, a count, names).
_BAD_TERM_CHARS = frozenset("0123456789<>@#$%&?!;,，、\"“”")
_BAD_ASIDE_CHARS = frozenset("0123456789*_[`")
# A translation or an original word in italics in the aside is no term of its own ("**Thrownness**
# (*Geworfenheit*) — ..."); a bold one is ("Strong version (**determinism**)"), and a figure in
# italics is a source's part ("Hamlet (*Act 3*)"), which no concept cites.
_ITALIC_WORDS = re.compile(r"(?<![*_])([*_])(?![*_\s])[^*_()\d]{1,40}(?<![\s*_])\1(?![*_])")

# An aside set in bold with its term: "**墨（すみ）**：...", "**Stipe (stalk)**: ...". Read as if
# the bold closed before it, so that the cloze hides the term and shows its reading.
_ASIDE_IN_BOLD = re.compile(r"^(\*\*|__)([^*_()（）\n]{1,48}?)(\s*(?:\([^()（）:\n]{1,60}\)|（[^()（）:\n]{1,60}）))(\1)")

# A term in quotes, then its separator: ""smile embouchure" = pulling the corners back ...",
# ""clamped fins" — fins held tight ...". Read as a term the writer marked, as bold is.
# (In lower case: a capitalised word in quotes is as often a translation or a quote, ""Fragment": ...".)
_QUOTED_TERM = re.compile(r'^["“]([^\W\d_A-Z][^"“”/\n]{1,40})["”](?=\s*(?:\([^()\n]{1,40}\)\s*)?(?:[:=—–→]|\s-\s))')

# Words of a remark quoted, not of a term: ""too long" — feedback from ...", ""needs more data" — ...".
_REMARK_WORDS = frozenset("too more less very not no needs need much so really quite maybe".split())


def entry_line(line: str) -> Found | None:
    """The card of one entry line (``Term: gloss``, ``Term = gloss``, ``**Term** — gloss`` ...,
    see the module's docstring), or None when the line is no entry."""
    line = clean_card_text(line)
    if line[:1] in "*_" and (")" in line or "）" in line):
        line = _ASIDE_IN_BOLD.sub(r"\1\2\4\3", line, count=1)
    elif line[:1] in "\"“":
        quoted = _QUOTED_TERM.match(line)
        if quoted is not None and _REMARK_WORDS.isdisjoint(quoted.group(1).lower().split()):
            line = f"**{quoted.group(1)}**" + line[quoted.end() :]
    shown = line
    if " -> " in line:
        # "rebalance -> reassigning partitions ...": an arrow typed in ASCII is read as "→" (the
        # same length, so what is found in the one is clozed in the other, as written).
        line = line.replace(" -> ", " →  ")
    if line.rstrip().endswith(NO_GLOSS_ENDS) and not (line.rstrip().endswith(":") and re.search(DEFINITION_BEFORE_FORMULA, line)):
        # The gloss ends the line (it follows the separator, and holds a character that is no
        # space): a question or the announcement of a list, which ``gloss_reads`` turns away
        # first. One test instead of reading the head and the term.
        return None
    parts = _entry_parts(line)
    if parts is None:
        return None
    match, separator = parts
    marked = match.group("open") is not None
    if marked != (match.group("close") is not None):
        return None
    term = match.group("term").strip()
    body = line[separator.end() :].strip()
    sep = separator.group().strip()
    start = match.start("term") - len(match.group("open") or "")
    article = match.group("article")
    if article and not marked and article[:2].lower() == "th" and term.islower() and " " not in term and sep in (":", "："):
        return None  # "The original: a container ...", "The catch: ...": a remark's label, not a name
    if article and not marked and (article[:2].lower() == "th" or (article[:1].isupper() and not term[:1].islower())):
        # "The Republic", "Der Spiegel": the article is part of a name. A lower-case article
        # ("die Sehnsucht") or one before a lower-case noun ("El citoesqueleto") stays in sight.
        term = article + term
        start = match.start("article")
    aside = match.group("aside")
    if aside and (
        aside.strip(" ()（）").lower() in _DEFAULT
        or (not term[:1].islower() and (not _BAD_ASIDE_CHARS.isdisjoint(_ITALIC_WORDS.sub("", aside)) or looks_like_date(aside)))
    ):
        # "Adams v Lindsell (1818)", "Strong version (**linguistic determinism**)", "Visible (default)".
        # (A concept in lower case may cite its source: "moral panic (Stan Cohen, *Folk Devils*)".)
        return None
    if sep == "→" and (
        not (body.split()[0].lower() in DETERMINERS or arrow_noun_phrase(body) or arrow_gerund(term, body))
        or "→" in body or STEP_TERM.match(term)
    ):
        # "chronic stress → cortisol stays high": a consequence, unless a noun phrase or the act
        # the term names follows ("dry rot → decaying timber ..."; ``arrowglosses``); "change the
        # angle → a different pattern ...": a step and what comes of it.
        return None
    if " " not in term and term.lower() in _REMARK_HEADS and body.split(None, 1)[0].lower() not in DETERMINERS:
        # "Long-term: eastern Anatolia lost for good ...": what came of it, when; "alternative:
        # fossil field ...": what the lecture offered next. ("Long-term: the period over which all
        # inputs are variable" defines.)
        return None
    cited = _CITED_LEAD.match(body)  # "groupthink: Janis (1972) – a cohesive group ...": the source, then the gloss
    if not _term_ok(term, sep, marked) or (" / " in term and " / " in body[:40]):
        return None  # (and "cc / sc = with / without correction": two terms, each its own gloss)
    # "MLSS – mixed liquor suspended solids, ...", "**FCR** (feed conversion ratio) = ...": an
    # abbreviation spelled out is defined, whatever its gloss goes on to say.
    spelled = (
        term.isalpha() and term.isupper() and 2 <= len(term) <= 6
        and (spells_out(term, body) or (aside is not None and spells_out(term, aside.strip(" ()（）"))))
        and plain_expansion(body)
    )
    if not spelled and not gloss_reads(term, body[cited.end() :] if cited else body, sep, marked):
        return None
    end = match.start("term") + len(match.group("term").rstrip()) + len(match.group("close") or "")
    if match.group("close") and match.group("term")[-1:].isspace():
        end = match.end("close")
    named = match.start("term") if term == match.group("term").strip() else start
    hide = [(named + a, named + b, name) for a, b, name in slashed_synonyms(term)] or [(start, end, term)]  # "fish ladder / fish pass: ..."
    beside = expansion_beside(term, line, len(line) - len(line[separator.end() :].lstrip()), match.span("aside") if aside else None) if spelled else None
    hide += [(beside[0], beside[1], line[beside[0] : beside[1]])] if beside else []  # "CTF: contrast transfer function, how ...": both hidden
    made = cloze_text(shown, hide)
    return Found(made[0], made[1], "glossary_entry~") if made else None


def plain_expansion(body: str) -> bool:
    """Whether a gloss that spells out its abbreviation is no news, step, code or remark of the
    writer's ("PR: please review by Friday", "CI: currently idle", "API: all pages implemented,
    tests green since 14:00", "SF: see `foo --bar`"): an adverb opens none of those words."""
    flat = plain(body)
    first = flat.split(None, 1)[0].lower().strip("\"'“«(") if flat.split() else ""
    return not (
        first.endswith("ly") or "`" in body or FIRST_PERSON.search(flat) or news(flat) or is_ui_step(flat)
    )


def _term_ok(term: str, sep: str, marked: bool) -> bool:
    """A short noun phrase in any language (1 to 5 words, or one word of a script written without
    spaces), naming no label, date, schedule slot or command."""
    words = term.split()
    if not words or len(words) > 5 or (len(words) == 1 and len(term) > 12 and CJK.search(term)):
        return False
    if len(term) == 1 and term.isascii():
        return False  # "Q: ...", "A: ...": a question and its answer
    if not _BAD_TERM_CHARS.isdisjoint(term) and not _coded_term(words):
        return False  # "HR > 60 bpm", "Week 5", "Tom, Ana": a reading, a count or names
    # (A plausible term is no label and holds no date: ``plausible_term`` asks what ``is_label``
    # and ``looks_like_date`` would of a stripped term that opens with a letter.)
    if not plausible_term(term) or FIRST_PERSON.search(term):
        return False
    low = [w.lower().strip(".") for w in words]
    # ("reproduction: mates in summer ...", "surgery: excision > ablation": an outline's topic.)
    if term.startswith("the ") or (low[0] in _NOT_TERM_START and not _ranked_kind(low)) or low[0] in _SCHEDULE or (
        low[0] in LABEL_WORDS and low[0] not in _FUNCTION_WORDS
    ) or (len(low) == 1 and low[0] in TOPIC_LABELS):
        return False
    if labels_a_line(low):
        return False  # "Effect: ...", "Main cause: ...", but "Founder effect", "Odds ratio" name concepts
    if len(low) >= 3 and low[1] == "by" and (low[0].endswith("ed") or low[0] in ("broken", "made", "done", "written", "taken", "given")):
        return False  # "Broken by the Kasiski examination: ...": what befell the note's subject, not a name
    if not term.isascii() and (term in CJK_LABELS or term.endswith(CJK_LABEL_ENDS)):
        return False  # "例", "関連", "て形の練習": an example, a pointer, an exercise
    if " / " in term and not slashed_synonyms(term):
        return False  # "storage / consolidation / recall": terms, not one thing's names ("fish ladder / fish pass")
    if len(words) >= 2 and low[-1] in ("it", "them"):
        return False  # "heat it — wax melts out": a step and its object, not a term
    if len(words) >= 2 and low[0].endswith(("'s", "’s")) and low[-1] in _LABEL_HEADS:
        return False  # "Putnam's claim: ...", "Kant's argument: ...": what someone holds, a label
    if low[0] in _PLATFORMS or not _CLAUSE_WORDS.isdisjoint(low[1:]):
        return False  # "macOS: ...", "Datenquellen werden nicht importiert": a platform, a sentence
    if len(words) >= 2 and low[0] in COMMAND_VERBS:
        return False  # "Show line numbers", "Keep an open mind": an option or a piece of advice
    first = words[0]
    if (
        len(words) == 1 and not marked and sep in (":", "：") and term.islower() and len(term) >= 5
        and term.endswith("s") and not term.endswith(("ss", "us", "as", "os", "ics", "sis", "tis", "ris", "xis", "vis", "nis"))
    ):
        return False  # "- kiwis: nostrils at the tip of the bill": a statement about a group, not a term
    if len(words) >= 2 and low[0] in ("later", "earlier") and words[0].islower():
        return False  # "later atabegs = the real rulers": a remark dated ("Later Stone Age" is a name)
    if len(words) == 1 and low[0] in _UI_STEP_WORDS:
        return False  # "Open: the settings window first", "Click: ...": a step
    if len(words) == 1 and len(term) >= 8 and low[0].endswith(_ADVERB_ENDINGS):
        return False  # "Practically → the whole team ...", "Clinically: ...": an adverb opens a remark
    if len(words) == 1 and first[:1].isupper() and first.isascii() and low[0].endswith("ed") and len(first) > 4:
        return False  # "Recommended", "Required", "Disabled": a setting's state
    if len(words) >= 3 and low[-1] not in _KIND_NOUNS and any(w.islower() and VERB_FORM.match(w) for w in words[1:-1]):
        return False  # "Concrete beats abstract": a claim; "Parallel trends assumption" names one
    # A clause is no term: four words or more, all lower-case after the first, with no mark. (A
    # kind of concept opening it names one: "Principle of least action", "Gauss's law for magnetism".)
    return not (
        len(words) >= 4 and all(w.islower() for w in words[1:]) and not marked and sep not in ("=", "::")
        and low[0] not in _KIND_NOUNS and low[1] not in _KIND_NOUNS
    )


# A gloss that opens with its source, a name and a year, before a dash or a colon.
_CITED_LEAD = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:&|and|et\s+al\.?)\s*[A-Z]?[\w'’-]*)?\s+\(\d{4}\)\s*[–—:-]\s+(?=\S)")
# Kinds a number ranks: "Grade 3", "Class 3 malocclusion" name classes of a scale. (A term
# opening with "Stage" or "Type" is read as a label before this: "Stage 2: deploy", "Type: ...".)
_RANKED_BY_NUMBER = frozenset("stage stages grade type class level phase tier category degree".split())
_CODE = re.compile(r"[^\W\d_][\w-]*\d[\w-]*")  # "CET1", "G1-Phase", "HbA1c": letters, then figures
_NUMBER = re.compile(r"\d{1,2}[a-z]?")


def _coded_term(words: list[str]) -> bool:
    """Whether a term with figures names a thing: a code that opens with a letter ("CET1",
    "G1-Phase") or a rank on a scale ("Grade 3", "Class 3 malocclusion"), and holds no other mark
    ``_BAD_TERM_CHARS`` turns away. A count or a part of a course ("Week 5", "Lecture 4") is none."""
    for k, word in enumerate(words):
        if _BAD_TERM_CHARS.isdisjoint(word):
            continue
        if _CODE.fullmatch(word) is None and not (k > 0 and _NUMBER.fullmatch(word) and words[k - 1].lower() in _RANKED_BY_NUMBER):
            return False
    return True


def entry_lines(text: str, title: str = "", *, first_line: bool = True) -> list[Found]:
    """The cards of the entry lines of ``text`` (a sentence that may run over several lines);
    its first line counts only when ``first_line`` (the sentence opens a line). Daily notes,
    logs, inboxes and maps of content (by ``title``) hold none."""
    if log_title(title) or ("→" in text and plan_title(title)):
        return []  # (a plan's arrows lead to steps: "- piece → slow practice of the middle part")
    if "\n" not in text:
        card = entry_line(text) if first_line else None
        return [card] if card else []
    found: list[Found] = []
    for k, part in enumerate(text.split("\n")):
        card = entry_line(part.strip()) if k or first_line else None
        if card:
            found.append(card)
    return found


def entry_reach(sentence: Sentence, sentences: list[Sentence], item: bool, first_in_item: bool) -> int:
    """Which lines of ``sentence`` may be entry lines: 2 all (it opens a line: a paragraph's line
    or a list ``item``'s first sentence, when the block is the item's first), 1 those after its
    first (a paragraph's sentence that runs on over lines), 0 none (no separator's mark, or a
    list item's later sentence: a wrapped line of prose)."""
    text = sentence.text
    if not (":" in text or "=" in text or "-" in text or "..." in text or (not text.isascii() and _SEP_MARKS.search(text))):
        return 0
    if item:
        return 2 if sentence.index == 0 and first_in_item else 0
    if sentence.index == 0:
        return 2
    previous = sentences[sentence.index - 1]
    if sentence.line_offset > previous.line_offset + previous.text.count("\n"):
        return 2
    return 1 if "\n" in text else 0
