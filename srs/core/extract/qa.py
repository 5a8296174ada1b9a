"""Cards the note writes out itself: ``question::answer`` lines, ``Q:``/``A:`` pairs, the
multi-line cards of spaced-repetition plugins (a question, a line holding only ``?`` or ``??``,
then the answer), and review questions answered in prose ("What is ...? The mitochondrion.")."""

from __future__ import annotations

import bisect
import re

from srs.core.extract.askedterms import DEFINITION_WORDS, asked_term
from srs.core.extract.entrylines import entry_line
from srs.core.extract.filters import is_label, plausible_term
from srs.core.extract.lines import CJK_CHAR
from srs.core.extract.rules import Found
from srs.core.extract.runon import announced_lines, runon_glossary
from srs.core.extract.sentences import clean_card_text, cloze_text
from srs.core.markdown import Block

# "front::back", "front:::back", and the "front ;; back" of Anki import files.
_QA_SPLIT = re.compile(r":::|::|[ \t]*;;[ \t]*")
_QA_MARK = re.compile(r"(?<!:):::?(?!:)|(?<!;);;(?!;)")
# Callouts that ask: "> [!question] What is ...?" with the answer as the callout's body.
_QUESTION_CALLOUTS = frozenset({"question", "faq", "help", "quiz"})
# An answer that only says yes or no, in the languages notes are written in: an FAQ's, not a study card's.
# (Words that are also abbreviations or names, "SIM card", "EI", answer yes or no only with a mark after them.)
YES_NO = re.compile(
    r"^(?:(?:yes|no|not|nope|yep|oui|non|ja|nein|nee|sí|si|sì|não|nej|nie|ne|tidak|kyllä|evet|hayır|да|нет|はい|いいえ|是|不)\b"
    r"|(?:sim|ya|ei|tak)(?=[!,.]))",
    re.I,
)
# "Q:"/"A:", "Question:"/"Answer:", and the "Front:"/"Back:" of flashcard exports; also the
# question and answer words of the languages notes are commonly written in ("Vraag:"/"Antwoord:",
# "Frage:"/"Antwort:", "Pregunta:"/"Respuesta:", "Pytanie:"/"Odpowiedź:").
_Q_WORDS = r"(?:Q|Question|Front|Vraag|Frage|Pregunta|Pergunta|Domanda|Fråga|Pytanie|Otázka)"
_A_WORDS = r"(?:A|Answer|Back|Antwoord|Antwort|Réponse|Respuesta|Resposta|Risposta|Svar|Odpowiedź|Odpověď)"
_STUDY_Q_LINE = re.compile(r"^(?:\*\*)?" + _Q_WORDS + r"\s*(?:::?|\.)", re.I | re.M)
_STUDY_Q_START = re.compile(r"^(?:\*\*)?" + _Q_WORDS + r"\s*(?:::?|\.)", re.I)
_STUDY_Q_FIRST = "QqFfVvPpDdOo*"  # what _STUDY_Q_START can open with
_STUDY_A_START = re.compile(r"^(?:\*\*)?" + _A_WORDS + r"\s*(?:::?|\.)", re.I)
# A tag that marks a line as a card for a plugin, before its question.
_CARD_TAG = re.compile(r"^#[^\s#]+\s+")
_STUDY_Q = re.compile(r"^(?:\*\*)?" + _Q_WORDS + r"\s*(?:::?|\.)(?:\*\*)?\s*(?:\*\*)?\s*(.+)$", re.I)
_STUDY_A = re.compile(r"^(?:\*\*)?" + _A_WORDS + r"\s*(?:::?|\.)(?:\*\*)?\s*(?:\*\*)?\s*(.+)$", re.I)
# "Which organelle packages proteins? The Golgi apparatus.": a paragraph that is one question
# opening with a question word and one short answer sentence.
_PROSE_QA = re.compile(
    r"^(?P<q>(?:What|Which|Where|Who|Whom|Whose|When|Why|How|In\s+which|On\s+which)\b[^?\n]{8,200}\?)"
    r"[ \t]+(?P<a>[^?\n]{1,120}?)\.?[ \t]*$"
)
# Review data a plugin writes under a card: not part of the answer.
_PLUGIN_COMMENT = re.compile(r"^\s*<!--.*?-->\s*$")


# An answer of a few words, then a dash and a comment on it.
_ANSWER_COMMENT = re.compile(r"^([^\s—–].{0,60}?)\s[—–]\s\S")
# (A species' name keeps its Latin epithet in lower case: "Periophthalmodon schlosseri, the giant
# mudskipper"; "Warm clothes, the rain jackets and ..." is a list.)
_ANSWER_APPOSITIVE = re.compile(
    r"^([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|[A-Z][a-z]{3,}\s+[a-z]{2,}(?:i|ii|ae|us|um|is|a|ensis|oides)),\s+(?:the|an?)\s+[a-z]\S*\s+\S"
)
# Tags closing an answer's line: two or more ("A: post in #incidents" names a channel, "orange
# #ffa500" a colour).
_CLOSING_TAGS = re.compile(r"(?:\s+#[^\W\d][\w/-]*){2,}\s*$")
# After the aside, another item of a list or an alternative: ", infraspinatus, ...", ", or overnight".
_LIST_GOES_ON = (  # (compiled by ``re`` at its first use: few notes need it)
    r",?\s*(?:or|and)\b|,\s*[\w'’-]+(?:\s+[\w'’-]+){0,2}(?:,|\s+(?:and|or)\s)"
)
# An answer of one to four words, an aside in brackets, then a comment of three words or more.
_ANSWER_ASIDE = (  # (compiled by ``re`` at its first use: few notes need it)
    r"^([^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3})\s+\([^()]{1,40}\)[,.;:]?\s+\S+(?:\s+\S+){2}"
)
# A phonetic transcription closing a short answer: "the alveolar tap [ɾ]", "the schwa /ə/".
_TRANSCRIPTION = re.compile(r"\s+(?:\[[^\[\]]{1,12}\]|/[^/\s]{1,12}/)(?=\s*$|\s*[(,;.])")


# A card's front that is only a term and a question mark ("Keshi pearl?", "And squat?"), and an
# answer that names something in up to three capitalised words before its details ("Intramuscular
# adrenaline, 0.5 mg ..."), where a gloss opens with an article or runs on ("Ein Holzstab, um den ...").
_BARE_FRONT = re.compile(r"^(?!(?:What|Which|Who|How|Why|When|Where|Define)\b)[^?]{1,60}\?$")
_NAME_ANSWER = re.compile(
    r"^(?!(?:A|An|The|Any|Each|One|Ein|Eine|Der|Die|Das|Un|Une|Le|La|Les|El|Los|Las|Il|Lo|Uma|Um|Het|De|Een)\s)"
    r"[A-Z][^\s,;(—–]*(?:\s+[^\s,;(—–]+){0,2}\s*[,;(—–]"
)
_UNANSWERED = re.compile(r"^\(?(?:\?|todo\b|tbd\b|idk\b|no idea\b|look (?:it )?up\b|fill in\b)", re.I)


def term_defined_by(question: str, answer: str) -> tuple[int, int] | None:
    """Where the term stands in a question whose answer defines it (``asked_term``), or None: the
    answer is long enough to define and no yes or no, and a bare front ("First-line treatment?")
    is not answered by a name and its details ("Intramuscular adrenaline, 0.5 mg ...")."""
    if len(answer.split()) < DEFINITION_WORDS or YES_NO.match(answer):
        return None
    asked = asked_term(question)
    if asked is not None and question.rstrip().endswith("?") and _BARE_FRONT.match(question) and _NAME_ANSWER.match(answer):
        return None
    return asked


def unanswered(answer: str) -> bool:
    """Whether an answer says the writer does not know it yet ("??? (look up)", "TODO", "idk")."""
    return _UNANSWERED.match(answer) is not None


def _answer_card(question: str, answer: str, rule: str) -> Found | None:
    """``question`` kept, ``answer`` hidden (without the backticks of inline code)."""
    question, answer = clean_card_text(question), clean_card_text(answer)
    if "#" in answer:
        answer = _CLOSING_TAGS.sub("", answer)  # "A: Periophthalmus #quiz #fish": the note's tags, no answer
    if answer.startswith("`") and answer.endswith("`") and answer.count("`") == 2:
        answer = answer[1:-1]
    if len(answer) > 250 or not question or not answer or unanswered(answer):
        return None  # ("??? (look up – FBE?)", "TODO", "idk": the writer does not know the answer yet)
    prefix = question + (" " if question.endswith(("?", ":")) else ": ")
    asked = term_defined_by(question, answer)
    if asked is not None:
        # "What is heartwood? The inner, dead core of the trunk ...": a definition is the answer;
        # what to recall from it is the term the question names.
        made = cloze_text(prefix + answer, [(asked[0], asked[1], question[asked[0] : asked[1]])])
        return Found(made[0], made[1], rule) if made else None
    start = 0
    named = re.match(_NAMED_ANSWER, answer) if re.match(_ASKS_NAME, question) else None
    if named is not None:
        # "What do you call a base thickened by ...? A custard base (a.k.a. French style). Richer
        # ...": the name asked for opens the answer; what follows comments on it.
        start, hidden = named.start("name"), named.group("name")
    else:
        # "Neoteny — axolotl is the classic example": the answer is the head, the rest a comment.
        # ("Sparta (404 BC), with Persian money for a fleet.": a bracket, then the comment.)
        head = _ANSWER_COMMENT.match(answer)
        if head is None and "(" in answer:
            head = re.match(_ANSWER_ASIDE, answer)
            if head is not None and re.match(_LIST_GOES_ON, answer[answer.index(")", head.end(1)) + 1 :]):
                head = None  # "Supraspinatus (top), infraspinatus, teres minor and ...": a list, all of it the answer
        if head is None and ", " in answer[:40]:
            head = _ANSWER_APPOSITIVE.match(answer)  # "Dimorphos, the moonlet of Didymos": the name, then what it is
        hidden = head.group(1) if head else answer
    # "the alveolar tap [ɾ]", "the schwa /ə/": a transcription stays beside the answer, a hint.
    transcribed = _TRANSCRIPTION.search(hidden)
    if transcribed is not None and transcribed.start() > 0:
        hidden = hidden[: transcribed.start()]
    made = cloze_text(prefix + answer, [(len(prefix) + start, len(prefix) + start + len(hidden), hidden)])
    return Found(made[0], made[1], rule) if made else None


# A question that asks for a name ("What do you call ...?", "What's the term for ...?", "And the
# one with no eggs?"), and an answer that opens with one of a few words, then a bracket, a stop,
# a comma or a dash.
_ASKS_NAME = (  # (compiled by ``re`` at its first use: few notes need it)
    r"(?i)^(?:what\s+do\s+(?:you|we|they)\s+call|what\s+is\s+(?:it|this|that)\s+called|what(?:'s|’s|\s+is)\s+the\s+(?:term|name|word)\s+for"
    r"|(?:and\s+)?the\s+one\s+(?:with|that|where|which|without))\b"
)
_NAMED_ANSWER = (  # (compiled by ``re`` at its first use: few notes need it)
    r"(?i)^(?:(?:an?|the)\s+)?(?P<name>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s*(?:\(|[.;,—–]\s|\.?$)"
)


def _field_gloss(key: str, value: str) -> bool:
    """A glossary written in field syntax ("Dopant:: an impurity added to a pure semiconductor
    ..."): a term for a key and, for a value, a noun phrase of five words or more that opens
    with an article, or an entry line's gloss of four words or more in any language
    (``entrylines``). Dataview's own fields hold a status, a date, a link or a number."""
    words = value.split()
    if len(words) >= 4 and entry_line(f"{key}:: {value}") is not None:
        return True  # "Ballaststoffe:: unverdauliche Bestandteile ...": a gloss in any language
    if not key.isascii() and len(CJK_CHAR.findall(value)) >= 8 and len(CJK_CHAR.findall(key)) >= 2:
        # "発光器:: 腹部の末端近くにある光を出す器官。": a script written without spaces glosses in
        # a sentence of its own (Dataview's fields are keyed in Latin letters).
        return plausible_term(key) and not is_label(key) and not any(ch.isdigit() for ch in value[:12])
    if len(words) < 5 or words[0].lower() not in ("a", "an", "the") or is_label(key) or not plausible_term(key):
        return False
    return not any(ch in key for ch in "-_/") and "[[" not in value and not any(ch.isdigit() for ch in value)


# A Dataview field after a sentence's end, closing the line: "... every 10 seconds. Up:: [[MOC]] #pool",
# "... for miso. #sake #koji up:: [[Sake MOC]]" (the note's tags may come first).
_CLOSING_FIELD = (  # (compiled by ``re`` at its first use: few notes need it)
    r"[.!?)]\s+(?:#[^\s#]+\s+)*[A-Za-z][\w-]*::\s*\S[^.!?]*$"
)
# What a note that explains the card syntax writes after "::" ("question::answer").
_PLACEHOLDERS = frozenset("answer back antwort réponse respuesta resposta risposta antwoord".split())


def inline_qa(line: str) -> Found | None:
    """``question::answer`` (and ``:::``) on one line: the answer becomes the cloze."""
    parts = _QA_SPLIT.split(line)
    if len(parts) != 2 or "{{" in line:
        return None
    if parts[0].startswith("#"):
        parts[0] = _CARD_TAG.sub("", parts[0])  # "#Q What is ...? :: answer", "#flashcard Term :: ..."
    elif parts[0].startswith("? "):
        parts[0] = parts[0][2:]  # "? Metering an area ... is called :: placing": a card's mark before its front
    question, answer = clean_card_text(parts[0]), clean_card_text(parts[1])
    if not question or not answer or len(answer) > 250:
        return None
    if answer.strip(" .").lower() in _PLACEHOLDERS:
        return None  # "One card per line, question::answer": the syntax shown, not a card
    # A Dataview field is written "key:: value"; flashcards write "front::back" or "term :: meaning".
    field = not parts[0][-1:].isspace() and parts[1][:1].isspace()
    if field and " " in question and is_label(question.rsplit(None, 1)[-1]):
        return None  # "2024-02-20 · up:: [[Thermo MOC]]": a field at the end of a line
    # A code question ("`gg`:::go to the first line") is a key to recall, not a symbol label.
    if is_label(question.strip("`")) or (field and not question.endswith("?") and len(question.split()) < 3):
        if not (field and _field_gloss(question, answer)):
            return None  # a Dataview field ("status:: done"), not a question
    long_answer = len(answer.split()) >= 4 or (not answer.isascii() and len(CJK_CHAR.findall(answer)) >= 8)
    if not question.endswith("?") and len(question.split()) <= 4 and long_answer and plausible_term(question):
        # "Mole :: the amount of substance ...": a glossary line, the term is what to recall.
        made = cloze_text(f"{question}: {answer}", [(0, len(question), question)])
        return Found(made[0], made[1], "glossary_list") if made else None
    joiner = " " if question.endswith(("?", ":")) else ": "
    prefix = question + joiner
    made = cloze_text(prefix + answer, [(len(prefix), len(prefix) + len(answer), answer)])
    return Found(made[0], made[1], "inline_qa") if made else None


def study_qa(question_line: str, answer_line: str) -> Found | None:
    """A ``Q: ...`` line followed by an ``A: ...`` line: the answer becomes the cloze."""
    q = _STUDY_Q.match(question_line.strip())
    a = _STUDY_A.match(answer_line.strip())
    if not q or not a:
        return None
    return _answer_card(q.group(1), a.group(1), "study_qa")


def spaced_cards(lines: list[str]) -> list[Found] | None:
    """Multi-line cards: question lines, a line of ``?`` (or ``??``, reversible), answer lines up
    to the next blank or separator line. None when the lines hold no separator."""
    seps = [i for i, line in enumerate(lines) if line.strip() in ("?", "??")]
    if not seps:
        return None
    found: list[Found] = []
    previous = -1
    for n, i in enumerate(seps):
        if i == 0 or i + 1 >= len(lines):
            continue
        question = " ".join(line for line in lines[max(previous + 1, i - 3) : i] if line.strip())
        stop = seps[n + 1] - 1 if n + 1 < len(seps) else len(lines)  # the next card's question line
        answer = " ".join(line for line in lines[i + 1 : stop] if line.strip() and not _PLUGIN_COMMENT.match(line))
        previous = stop - 1
        card = _answer_card(question, answer, "inline_qa") if question and answer else None
        if card:
            found.append(card)
    return found


def prose_qa(text: str) -> Found | None:
    """A paragraph holding a review question and its short answer (twelve words at most).

    One such paragraph is as likely a rhetorical question; the caller keeps these cards only when
    a note holds several."""
    match = _PROSE_QA.match(text)
    if match is None or len(match.group("a").split()) > 12 or match.group("a")[:1].islower():
        return None
    if match.group("a").startswith((";;", "::")):
        return None  # "Which service ...? ;; S3": a separated card, read by ``qa_lines``
    return _answer_card(match.group("q"), match.group("a"), "prose_qa")


def callout_qa(block: Block) -> Found | None:
    """``> [!question] Which planet ...?`` then ``> Jupiter``: the callout's title asks, its short
    body (one line, twelve words at most) answers. "Yes"/"No" bodies answer a documentation FAQ."""
    title = block.headings[-1] if block.headings else ""
    text = block.text.strip()
    if not title.endswith("?") or not text or "\n" in text or len(text.split()) > 12 or YES_NO.match(text):
        return None
    # "> [!question] Q: What DPMO ...?" / "> A: 3.4": the labels of a study pair are no part of it.
    asked, labelled = _PAIR_LABEL.match(title), _PAIR_LABEL.match(text)
    if asked is not None and labelled is not None:
        title, text = title[asked.end() :], text[labelled.end() :]
    return _answer_card(title, text, "study_qa")


_PAIR_LABEL = re.compile(r"^(?:Q|A|Question|Answer)\s*[:：]\s+")


def _inside(ranges: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


def _label_mark_near(text: str) -> bool:
    """Whether a colon or a full stop stands where a study label's would ("Pregunta:", "**Q.**"):
    a test of two finds, cheaper than the pattern on the many paragraphs that open with P, D or O."""
    return text.find(":", 0, 14) >= 0 or text.find(".", 0, 14) >= 0


def is_study_question(text: str) -> bool:
    """True for a "Q: ..." line (or "Question:", "Front:"), the first half of a study card."""
    return text[:1] in _STUDY_Q_FIRST and _label_mark_near(text) and _STUDY_Q_START.match(text) is not None


def is_study_pair(question: str, answer: str) -> bool:
    """True for a "Q: ..." line (or "Question:", "Front:") and an "A: ..." one (or "Answer:",
    "Back:"), the two halves of a study card."""
    return is_study_question(question) and _STUDY_A_START.match(answer) is not None


def qa_lines(block: Block) -> list[Found] | None:
    """Cards from ``question::answer`` lines or ``Q:``/``A:`` line pairs; None if there are none."""
    # Each field of the block is read once: a parsed block's field costs several times a local.
    text = block.text
    kind = block.kind
    callout = block.callout
    if callout and kind == "paragraph" and callout.lower() in _QUESTION_CALLOUTS:
        card = callout_qa(block)
        if card is not None:
            return [card]
    one_line = "\n" not in text
    if (kind == "paragraph" or kind == "item" and block.level == 1) and not block.quote:
        if one_line:
            entries = runon_glossary(text, block.spans)  # a glossary whose line breaks were lost
            if entries:
                return entries
        elif kind == "paragraph":
            entries = announced_lines(block)  # "le chat = the cat" lines under "# Vocabulary"
            if entries:
                return entries
    # Most blocks hold no card markup at all, nothing to split. In one line "^" of the multi-line
    # search can only match at the start (a match is much cheaper), and "\n?" cannot occur. A
    # one-character scan is several times cheaper than a two-character one, and ":" and ";" are
    # rare enough to ask first.
    if one_line:
        marked = (":" in text and "::" in text) or (";" in text and ";;" in text)
        # "Q:", "Question:", "Front:" open with one of these (no other character matches q or f
        # without regard to case), or with the "**" of bold.
        if not marked and (text[:1] not in _STUDY_Q_FIRST or not _label_mark_near(text) or _STUDY_Q_START.match(text) is None):
            return None
    elif "::" not in text and "\n?" not in text and ";;" not in text and _STUDY_Q_LINE.search(text) is None:
        return None
    code = sorted((s.start, s.end) for s in block.spans if s.kind in ("code", "cloze"))
    code_starts = [a for a, _b in code]
    lines = text.split("\n")
    spaced = spaced_cards(lines) if len(lines) > 2 else None
    if spaced is not None:
        return spaced
    found: list[Found] = []
    handled = False
    offset = 0
    for i, line in enumerate(lines):
        # Whether the line holds a card mark outside code: the first such mark tells.
        if code:
            has_mark = any(not _inside(code, code_starts, offset + m.start()) for m in _QA_MARK.finditer(line))
        else:
            has_mark = _QA_MARK.search(line) is not None
        if has_mark and i + 1 < len(lines) and line.startswith(("Q::", "Q ::")) and is_study_pair(line, lines[i + 1]):
            has_mark = False  # "Q:: question" then "A:: answer": a study pair written with field marks
        if has_mark:
            card = inline_qa(line)
            if card:
                found.append(card)
            # A field closing a line of prose ("Scanning - the systematic sweep ... Up:: [[MOC]]")
            # leaves the line to the sentence rules.
            handled = handled or card is not None or not re.search(_CLOSING_FIELD, line)
        elif i + 1 < len(lines) and is_study_pair(line, lines[i + 1]):
            handled = True
            card = study_qa(line, lines[i + 1])
            if card:
                found.append(card)
        offset += len(line) + 1
    return found if handled else None
