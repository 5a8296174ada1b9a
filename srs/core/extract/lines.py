"""Glossary lines in prose: a term, a separator and its gloss at the start of a line or sentence
("Minimal pair: two words that differ in one sound", "Gegenpressing - winning the ball back ...",
"*Taxa de administração*: percentual anual ...", "沉没成本：已经发生的成本", "Lysogener Zyklus = ...").

The same shape also writes labels ("Open question: is this ...", "Use in UI: spacing ..."), asides
("prof: the idea is outdated") and meeting notes ("Alice: finished the page"), so the term must be
a short noun phrase that names no label, and the gloss must read as a description: it opens in
lower case, with an article or in a script without capitals, and not with a verb or a clause. A
gloss in capitals counts only when every line of the block, three or more, has that shape (a glossary written as lines).
"""

from __future__ import annotations

import re

from srs.core.extract.families import head_of, named_words, news
from srs.core.extract.filters import LABEL_WORDS, is_label, plausible_term
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.labelwords import NOT_TERM_OPENERS, labels_a_line
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.lists import NAME_LIST as _NAME_LIST
from srs.core.extract.rules import Found
from srs.core.extract.sentences import CJK_CHAR, cloze_text
from srs.core.markdown import Block

# An en dash between words of four letters or more joins the names of an eponym inside a term
# ("Hertzsprung–Russell diagram"); a day's or a month's short name is no such word ("Mon–Wed").
EPONYM_DASH = r"(?<=[^\W\d_]{4})–(?=[^\W\d_]{4})"
_LINE = re.compile(
    r"^(?:(?:The|A|An|Le|La|El|Der|Die|Das|Il)\s+(?=[*_]))?(?P<open>\*\*|__|\*|_|「|『|\"|“)?(?P<term>[^\W\d_][^:：=—–\n\[\]`*_「」『』\"“”()]{0,48}?(?:" + EPONYM_DASH + r"[^:：=—–\n\[\]`*_「」『』\"“”()]{1,40}?)?)"
    r"(?P<close>\*\*|__|\*|_|」|』|\"|”)?\s*(?P<sep>:\s|：|=\s|\s[—–]\s?|—|\s-\s|\s(?:\.\.\.|…)\s)\s*(?P<body>\S.*)$",
    re.S,
)
# Words that open a label, an instruction or a clause, not a term.
_NOT_TERM_START = frozenset(
    """if when to for use in on at as with by from and or but so then also why how what who where which
    my our your his her their this that these those it he she they we i you there here please""".split()
) | NOT_TERM_OPENERS
# A gloss that opens as a clause or a report: a finite verb or a pronoun in its first words.
_CLAUSE = re.compile(
    r"^(?:\S+\s+){0,3}?(?:is|are|was|were|will|would|has|have|had|did|does|do|can|could|should|must|"
    r"(?-i:I(?=\s+[a-z]))|we|you|he|she|they|it)\b",  # "I went", not the numeral in "V to I,"
    re.I,
)
# A gloss that is a clause with a subject of its own in lower case ("the higher-level behaviour
# is surprising ..."), not a report about someone ("is out today", "it is done").
_OWN_SUBJECT = re.compile(r"^(?:the|a|an)\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*\s+(?:is|are|can|does|do)\b")
_VERB_FORM = re.compile(r"^[a-z-]+(?:ed|[^siuy]s)$")  # "finished", "computes": a report or a step
# In a glossary of "=" lines a gloss may say what the term does ("Dictionary coder = replaces
# repeated strings with ..."), or open with a negated participle before its noun ("Compression
# ratio = uncompressed size divided by ..."), where a report says what someone did.
_WHAT_IT_DOES = (  # (compiled by ``re`` at its first use: few notes need it)
    r"^(?:[a-z]+[^siuy]s\b|un[a-z]+ed\s+(?!(?:the|a|an|my|our|it|them|this|that)\b)[a-z])"
)
# Verbs of a status report ("Login page = needs two more days ...", "Search = works but ...").
_STATUS_VERBS = frozenset("needs works blocks waits fails passes runs looks seems goes gets has takes stays lacks misses".split())
# "Lossless compression = original data can be reconstructed exactly": what can or must be done
# in general, a statement of the term's property (news says what was or is done).
_GENERAL_PASSIVE = (  # (compiled by ``re`` at its first use: few notes need it)
    r"^(?:[a-z][\w'-]*\s+){1,3}(?:can|cannot|must|may|should)\s+(?:not\s+)?be\s+[a-z]+(?:ed|en)\b"
)
_CYRILLIC = re.compile(r"^[\u0400-\u04ff][\u0400-\u04ff\s-]*$")

# A Czech or Polish infinitive, and the letters that tell those languages from German ("Fähigkeit").
_SLAVIC_INFINITIVE = re.compile(r"^\w+(?:ovat|nout|it|ět|at|[aeiyuąę]ć)$")
_SLAVIC_LETTER = re.compile(r"[ąćęłńśźżěščřůňťď]")


def slavic_task(term: str, body: str) -> bool:
    """"Petr: opravit chybu ...", "Kasia: przygotować raport": a task for someone named, in Czech or Polish."""
    words = body.split()
    return (
        len(term.split()) == 1 and term[:1].isupper() and bool(words) and not body.isascii()
        and _SLAVIC_INFINITIVE.match(words[0].lower().strip(",;.")) is not None and _SLAVIC_LETTER.search(body) is not None
    )


def kin_heads(lines: list[str]) -> frozenset[str]:
    """The head nouns that two or more of ``lines``' terms share ("Divergent boundary ...",
    "Convergent boundary ..."): see ``families``."""
    heads = [head_of(match.group("term").strip()) for match in map(_LINE.match, lines) if match is not None]
    return frozenset(head for head in heads if head and heads.count(head) >= 2)


# A gloss that says what the note itself is: a subtitle after the note's topic.
ABOUT_THE_NOTE = re.compile(
    r"(?:quick\s+ref(?:erence)?|cheat\s*sheet|crib\s+sheet|my\s+notes|notes\s+(?:for|on|from)|overview\s+of|summary\s+of|"
    r"reference\s+for|revision\s+for)\b",
    re.I,
)


def term_line(text: str, title: str, block_lines: int, *, single: bool = False, kin: frozenset[str] = frozenset()) -> Found | None:
    """The glossary card of a line ``Term: gloss`` (or ``—``, ``–``, `` - ``, ``=``), or None.
    ``block_lines`` counts the glossary-shaped lines of the block; ``title`` is the note's.
    ``single``: the line stands alone (a list item among notes), so only a gloss that reads as
    a definition by itself counts. ``kin``: head nouns shared by terms of the block's lines; a
    term with such a head, or with a head the title names, is one of the kinds the note sorts
    and is read as generously as a term the title names."""
    match = _LINE.match(text)
    if match is None or bool(match.group("open")) != bool(match.group("close")):
        return None
    term, body = match.group("term").strip(), match.group("body").strip()
    words = term.split()
    cjk = CJK_CHAR.search(term) is not None
    if not words or (len(words) > 3 if not cjk else len(term) > 12) or not plausible_term(term) or is_label(term):
        return None
    if cjk and (term in CJK_LABELS or term.endswith(CJK_ASIDE_ENDS)):
        return None  # "王老师说：...", "自己的备注：...": who said it, a note of the writer's
    if len(term) == 1 and term.isascii():
        return None  # "Q: ...", "A: Peace of Augsburg.": a question and its answer, not a glossary
    low = [w.lower() for w in words]
    if low[0] in _NOT_TERM_START or any(w in LABEL_WORDS for w in low) or labels_a_line(low, kinds=True) or FIRST_PERSON.search(term):
        return None  # "Recap: ...", "Coaching point: ...": a label of the line
    body_words = body.split()
    if (len(body_words) < 3 and not (CJK_CHAR.search(body) and len(body) >= 6)) or body.endswith("?"):
        return None
    if body.startswith(("[[", "[", "`", "!", "#", "$", "http", '"', "“", "„", "«")) or is_ui_instruction(body) or "→" in body:
        return None
    if ABOUT_THE_NOTE.match(body):
        return None  # "Salt chemistry — quick ref for the MSR vs CSP comparison": what the note is for
    sep = match.group("sep").strip()
    if body.endswith(":") or "**" in body:
        return None  # a gloss that announces a list, or a step naming a button
    if "," in body and _NAME_LIST.match(body):
        return None  # "Classic Norfolk four-course: wheat, turnips, barley, clover.": members, no gloss
    if (sep in ("—", "–") and sep in body) or (sep == "-" and " - " in body):
        return None  # "Many file types — images, audio — can be embedded": an aside between dashes
    first = body_words[0].lower().strip(",;")
    head = head_of(term)
    reported = news(body)
    kind = bool(head) and (head in kin or head in named_words(title)) and not reported
    glossary = sep == "=" and block_lines >= 3  # "Term = gloss" lines, three or more: a glossary
    if FIRST_PERSON.search(body) or slavic_task(term, body) or (
        _CLAUSE.match(body) and not (kind and _OWN_SUBJECT.match(body)) and not (glossary and re.match(_GENERAL_PASSIVE, body))
    ):
        return None
    # (The term as a word of the title: "PR" is no part of "Project Apollo".)
    titled = kind or re.search(r"(?<!\w)" + re.escape(term.lower().rstrip("s")) + r"(?:s|es)?(?!\w)", title.lower()) is not None
    if reported and not titled:
        return None  # "Gutters - full of leaves again", "Boiler - the engineer comes on Thursday": news
    if single and not _single_gloss(term, sep, body):
        return None
    if not (match.group("open") or titled or block_lines >= 2 or _single_gloss(term, sep, body)):
        return None  # one plain "Word: ..." line is a label far more often than a glossary entry
    if (
        _VERB_FORM.match(first) and not titled and not (sep == "=" and _BARE_PINNED.match(body))
        and not (glossary and len(body_words) >= 5 and re.match(_WHAT_IT_DOES, body) and first not in _STATUS_VERBS)
    ):
        return None  # "Alice: finished the login page", "Practice: finds ..."
    if not (body[:1].islower() or CJK_CHAR.search(body[:1]) or sep == "=" or block_lines >= 3 or titled):
        return None
    start = match.start("term") - len(match.group("open") or "")
    end = match.end("term") + len(match.group("close") or "")
    made = cloze_text(text, [(start, end, term)])
    return Found(made[0], made[1], "glossary_line") if made else None


# Russian prepositions and particles that open a time, a place or an aside, not a gloss
# ("Встреча — в пятницу": a date, not a definition).
RU_NOT_GLOSS = frozenset("в во на с со к ко у о об от до по за из под над при для не и а но или".split())


# Chinese and Japanese labels written before a full-width colon: example, related, note, source,
# date, author, tags, question, answer, summary, tip.
CJK_LABELS = frozenset(
    """例 例子 举例 例如 比如 例え 具体例 関連 相关 相關 参见 參見 参考 參考 注 注意 备注 備註 備考 メモ 来源 來源 出典
    出处 作者 日期 日付 时间 時間 标签 標籤 タグ 链接 リンク 问题 問題 答案 答え 总结 總結 まとめ 要点 提示 ヒント 补充
    小贴士 小提示 めも 메모 과제 숙제 作业 宿題 感想 笔记 筆記 待查 待查询 ノート 노트 감상""".split()
)
# A writer's aside in Chinese or Korean: who said it (not "学说" or "假说", a doctrine and a
# hypothesis), a note of one's own, a teacher ("王师傅说", "自己的备注", "사범님"; not "하느님").
CJK_ASIDE_ENDS = (
    "师傅说", "老师说", "教授说", "他说", "她说", "们说", "師傅說", "老師說", "教授說", "他說", "她說", "們說",
    "备注", "備註", "사범님", "선생님", "관장님", "교수님",
)
# How labels end: an exercise, a summary, a question for the teacher ("て形の練習"), and an aside.
CJK_LABEL_ENDS = ("練習", "练习", "メモ", "まとめ", "例", "例子", "问题", "問題", "팁", "问老师", "問老師", "先生に聞く") + CJK_ASIDE_ENDS


RU_LABELS = frozenset(
    "итог итоги вывод выводы пример примеры примечание заметка дата автор источник статус задача задачи "
    "вопрос ответ идея идеи план решение".split()
)
# Short passive participles and past verbs report what happened ("перенесена", "закрыт", "сделали").
_RU_PARTICIPLE = re.compile(r"(?:ена|ено|ены|ана|ано|аны|ыта|ыто|ыты|или|ала|ало)(?=[\s.,;!]|$)")


def ru_report(text: str) -> bool:
    """Whether a Russian gloss reports what happened: a short participle or a past verb among its
    first three words ("встреча перенесена ..."). Further on the endings are as often a noun's
    ("угол между ... меридиана и ...")."""
    return _RU_PARTICIPLE.search(" ".join(text.split(None, 3)[:3])) is not None


# "Stationary point: a point where the derivative is zero", "Homeostasis — the maintenance of a
# stable ...": an article, a head noun and what pins it down (not "for" or "who": "Tom: the guy
# who ...", "Deck: the one for Friday" are notes about people and things).
# After "the" only "of" and its kin: "Update: the server that failed is back" is news.
PINNED_NOUN_PHRASE = re.compile(
    r"^(?:an?\s+(?:[a-z][\w'-]*\s+){0,3}?[a-z][\w'-]*\s+"
    r"(?:of|that|which|whose|where|whereby|in\s+which|by\s+which|between|used|caused|given|produced|formed)"
    r"|the\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*\s+(?:of|between|whereby|in\s+which|by\s+which))\s+\S+(?:\s+\S+){1}"
)


# After "=" a gloss may open with a bare noun ("remissions of ...", "proteins that ..."), pinned
# down by what follows it within three words.
_BARE_PINNED = re.compile(
    r"^[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?\s+(?:of|that|which|whose|where|between|used|caused|produced|formed)\s+\S+\s+\S+"
)


def _single_gloss(term: str, sep: str, body: str) -> bool:
    """One plain line that still reads as a definition: "熵：系统无序程度的量度。" (a full-width colon
    before a long gloss written without digits), "Энтропия — это мера ..." / "Инфляция — устойчивый
    рост ..." (a Russian term, a dash and a lower-case gloss: the dash is how Russian writes "is"),
    or an English noun phrase pinned by "of", "that", "where" ... ("Homeostasis — the maintenance of ...")."""
    if any(ch.isdigit() for ch in body):
        return False  # "日期：2024年5月1日": a date, a count, a time
    if sep in (":", "—", "–") and PINNED_NOUN_PHRASE.match(body):
        return True
    if sep == "=" and _BARE_PINNED.match(body):
        return True  # "Indulgences = remissions of temporal punishment ...": a bare plural noun, pinned
    if sep == "：" and CJK_CHAR.search(term):
        return term not in CJK_LABELS and sum(1 for ch in body if CJK_CHAR.match(ch)) >= 8
    if sep in ("—", "–") and _CYRILLIC.match(term):
        words = body.split()
        if term.lower() in RU_LABELS or ru_report(body):
            return False  # "Итог — встреча перенесена ...": a label before a report
        return len(words) >= 3 and body[:1].islower() and words[0].lower() not in RU_NOT_GLOSS
    return False


def glossary_line_count(text: str) -> int:
    """How many lines of a block have the ``Term: gloss`` shape, when every line has it (a glossary
    written as lines); 2 when two thirds of its lines, two or more, have it; else 0 or 1."""
    lines = text.split("\n")
    shaped = sum(1 for line in lines if _LINE.match(line))
    if shaped == len(lines):
        return shaped
    # "Enjambment – ...", "Caesura – ...", then "A volta is the turn ...": two thirds of the lines
    # are entries. Counted as two at most: glosses in capitals need every line shaped.
    return 2 if shaped >= 2 and 3 * shaped >= 2 * len(lines) else min(shaped, 1)


def glossary_sentence_count(texts: list[str]) -> int:
    """For a paragraph written on one line: 2 when two thirds of its sentences, two or more, have
    the ``Term: gloss`` shape ("Chiaroscuro: strong contrast ... Sfumato: soft blending ..."),
    else 0 (one such sentence among prose is read only when it opens the line)."""
    shaped = sum(1 for text in texts if _LINE.match(text))
    return 2 if shaped >= 2 and 3 * shaped >= 2 * len(texts) else 0


def glossary_paragraph_runs(blocks: tuple[Block, ...]) -> dict[int, int]:
    """For each paragraph that is one glossary line, in a run of paragraphs under one heading: 2
    when two or more, and two thirds, of the run's paragraphs are one plain glossary line each
    ("Fait social — manière d'agir ..." / "Capital culturel — ensemble des savoirs ..."), as for
    the lines of one block; else 1. Each run is read once."""
    counts: dict[int, int] = {}
    start = 0
    while start < len(blocks):
        if not _plain_paragraph(blocks[start], blocks[start].headings):
            start += 1
            continue
        end = start
        while end + 1 < len(blocks) and _plain_paragraph(blocks[end + 1], blocks[start].headings):
            end += 1
        run = range(start, end + 1)
        # Plain entries, not only the shape: "Facts: ...", "Held: ..." in a case brief are labels,
        # "Ana: the review moved to Friday" is news, and "Homework: ..." after bold entries
        # ("**Cible** — groupe de ...") is an aside.
        entries = sum(
            1 for i in run
            if "\n" not in blocks[i].text and not blocks[i].text.startswith(("*", "_")) and not news(blocks[i].text)
            and term_line(blocks[i].text, "", 2) is not None
        )
        verdict = 2 if entries >= 2 and 3 * entries >= 2 * len(run) else 1
        counts.update((i, verdict) for i in run)
        start = end + 1
    return counts


def _plain_paragraph(block: Block, headings: tuple[str, ...]) -> bool:
    return block.kind == "paragraph" and not block.quote and block.headings == headings


_PREPOSITION = frozenset("in on at for from with by to of into über im am zu en dans de para por con".split())
# Words that name what the note is, a class's session or a glossary, before a heading's colon:
# "# Lecture: how owls hunt by ear", "## Workshop: natural dyes", "# Glosario: comercio de
# derechos de emisión".
_SESSION_WORDS = frozenset(
    """lecture lectures class seminar workshop session talk lesson tutorial lab recitation webinar
    module unit chapter vorlesung kurs cours clase lezione aula wykład
    glossary glossar glosario glossario glossário glossaire lexique lexicon vocabulary vocab wortschatz
    vocabulario vocabulaire słowniczek cheatsheet""".split()
)


def heading_line(text: str, title: str) -> Found | None:
    """``## Term: gloss`` as a heading. Titles of lectures and chapters are written "Topic — what
    it covers" or "Topic: in the kitchen", so only a colon counts, before a gloss of four words
    or more that opens with no preposition."""
    match = _LINE.match(text)
    if match is None or match.group("sep").strip() not in (":", "："):
        return None
    body = match.group("body").split()
    if len(body) < 4 or body[0].lower() in _PREPOSITION or any(ch.isdigit() for ch in match.group("body")):
        return None
    if match.group("term").strip(" *_").lower() in _SESSION_WORDS and body[0].lower() not in ("a", "an"):
        return None
    card = term_line(text, title, 2)
    return Found(card.text, card.answers, "heading_definition") if card else None


# A separator after a term: ": ", "= ", a full-width colon, a dash, or " - ". Only ever tested for
# presence; opening with one character class (the hyphen's spaces checked around it) lets the
# regex engine skip ordinary text in C (same answers as r"[:=]\s|[：—–]|\s-\s").
LINE_SEP = re.compile(r"[:=：—–-](?:(?<=[:=])\s|(?<=[：—–])|(?<=\s-)\s)")


def line_sep_near_start(text: str) -> bool:
    """Whether a separator (``LINE_SEP``) stands within a short term's reach of the start."""
    # In ASCII every separator needs ":", "=" or "-": three memchr scans of the whole text rule
    # out most sentences more cheaply than the regex's class scan of the first 64 characters.
    if text.isascii() and ":" not in text and "=" not in text and "-" not in text:
        # "Divergent boundary ... plates move apart": an ellipsis between term and gloss. (A
        # substring test of the whole text first: cheaper than a bounded find's argument parsing.)
        return " ... " in text and text.find(" ... ", 0, 64) >= 0
    return LINE_SEP.search(text, 0, 64) is not None or text.find(" ... ", 0, 64) >= 0 or text.find(" … ", 0, 64) >= 0


# What a gloss pinned as a noun phrase opens with after its separator (term_line's single-line
# test reads only those): substring tests rule out most list items before any regex runs.
_PINNED_OPENINGS = (": a ", ": an ", ": the ", "— a ", "— an ", "— the ", "– a ", "– an ", "– the ", " = ")


def pinned_gloss_near_start(text: str) -> bool:
    """Whether a gloss pinned as a noun phrase may follow a separator near the start."""
    head = text[:80]
    for opening in _PINNED_OPENINGS:
        if opening in head:
            return line_sep_near_start(text)
    return False
