"""Study questions written as blocks: a question heading or a question line answered by the
paragraph, quote or single list item below it ("### What is a primary key?" then "A column
..."), or a bold question line answered on the next line of its paragraph (where an answer that
goes on after a name hides the name: "**Nail-polish smell?**" / "Volatile acidity (acetic ...)").

Two such pairs or more are needed in a note: one question alone may be rhetorical. Cards are
keyed by the index of the block that holds the answer.
"""

from __future__ import annotations

import re

from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.qa import YES_NO, term_defined_by, unanswered
from srs.core.extract.rules import Found
from srs.core.extract.sentences import clean_card_text, cloze_text, plain
from srs.core.markdown import Block

# Question and answer labels in the languages notes are commonly written in ("Frage:", "Réponse :").
_QUESTION_LABEL = re.compile(
    r"^(?:Q|Question|Frage|F|Pregunta|P|Domanda|D|Pergunta|Vraag|Вопрос|В|問題|問|问题|问)\s*[:：.]\s*", re.I
)
_ANSWER_LABEL = re.compile(
    r"^(?:\*\*|__)?(?:A|Ans|Answer|Antwort|Réponse|R|Respuesta|Risposta|Resposta|Antwoord|Ответ|О|答え|答|答案)"
    r"\s*[:：.](?:\*\*|__)?\s*(?:\*\*|__)?\s*",
    re.I,
)
_NUMBER = re.compile(r"^(?:\d{1,3}[.)]|Q\d{1,3}[.):]?)\s+")
_QUESTION_START = re.compile(
    r"^(?:what|which|who|whom|whose|where|when|why|how|define|name|explain|is|are|does|do|can)\b", re.I
)
_SENTENCE_STOP = re.compile(r"[.!?。！？](?:\s|$)")


def _question_text(text: str) -> str:
    """``text`` as a review question (a question word or a question label, three to 25 words), or ""."""
    text = _NUMBER.sub("", plain(text).strip())
    labelled = _QUESTION_LABEL.match(text)
    if labelled:
        text = text[labelled.end() :]
    if not text.endswith("?") or not (labelled or _QUESTION_START.match(text)):
        return ""
    return text if 3 <= len(text.split()) <= 25 else ""


def _question(block: Block) -> str:
    """The question a heading or a one-line paragraph asks, or ""."""
    if "\n" in block.text or (block.kind == "heading" and block.level < 2):
        return ""
    if block.kind not in ("heading", "paragraph") or block.quote:
        return ""
    return _question_text(block.text)


def _answer(blocks: tuple[Block, ...], i: int, question: Block) -> Block | None:
    """The block below a question that answers it: one paragraph (or quote) ended by the next
    question or heading, or a single list item."""
    if i >= len(blocks):
        return None
    block = blocks[i]
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    if block.kind == "item":
        if not block.first_in_item or (after is not None and after.kind == "item"):
            return None  # a list of points is no single answer
        return block
    if block.kind != "paragraph" or block.text.rstrip().endswith("?"):
        return None
    if after is not None and after.kind == "paragraph" and not _question(after):
        return None  # a section of prose, not an answer
    return block


# A user's question about their own use ("How do I reset my password?"): a product's FAQ, not a
# study question (whose "we" is anyone's: "Which gas do we exhale?"; and whose answer may be a yes
# or a no: "Is the Sun a star? Yes, ..."). (Not the numeral of "type I error", "Phase I".)
_USERS_QUESTION = re.compile(r"(?<![Tt]ype\s)(?<![Cc]lass\s)(?<![Pp]hase\s)(?<![Ss]tage\s)\bI\b(?!-)|\bmy\b")


def _qa_card(question: str, text: str) -> Found | None:
    """``question`` kept, the answer ``text`` hidden (without an "Answer:" label or a closing period)."""
    body = _ANSWER_LABEL.sub("", clean_card_text(text.strip()))
    words = plain(body).split()
    if not 1 <= len(words) <= 30 or "{{" in body or "\n" in body or body.endswith((":", "?")):
        return None
    if _USERS_QUESTION.search(question):
        return None  # an FAQ's "Can I use the app offline?"
    # A study answer is short; an FAQ answers in a paragraph of several sentences.
    stops = len(_SENTENCE_STOP.findall(body))
    if stops > 1 or is_ui_instruction(body):
        return None
    # The answer is hidden without its closing period: "... Peru? {{c1::Lima}}."
    hidden = body[:-1] if body.endswith(".") and stops == 1 else body
    start = len(question) + 1
    made = cloze_text(f"{question} {body}", [(start, start + len(hidden), hidden)])
    return Found(made[0], made[1], "question_block") if made is not None else None


# Where the head of a longer answer ends: an aside in brackets, a comma, a semicolon, a dash, a
# colon or the end of its first sentence ("TCA (2,4,6-trichloroanisole), usually from ...").
_HEAD_END = re.compile(r"\s*\(|[,;:]\s|\s[—–-]\s|[.!](?:\s|$)")


def _head_card(question_line: str, text: str) -> Found | None:
    """A bold question ("**Nail-polish-remover smell?**") over an answer that goes on after its
    head ("Volatile acidity (acetic acid + ethyl acetate)", "TCA (...), usually from a cork.
    Smells of ..."): the head, a name of four words at most, is hidden in the answer's first
    sentence."""
    question = plain(question_line).strip()
    body = _ANSWER_LABEL.sub("", clean_card_text(text.strip()))
    # A study answer names, then adds a word or two; an FAQ answers in a paragraph.
    if not 2 <= len(question.split()) <= 25 or len(plain(body).split()) > 30 or "{{" in body or not (body[:1].isupper() or body[:1].isdigit()):
        return None
    stop = _SENTENCE_STOP.search(body)
    shown = body[: stop.start() + 1] if stop else body
    end = _HEAD_END.search(shown)
    if end is not None and end.group().startswith((".", "!")):
        return None  # "Obsidian does not support SSO.": a whole sentence answers, as an FAQ does
    head = (shown[: end.start()] if end else shown).strip()
    if end is not None and end.group().startswith(",") and " " not in head:
        return None  # "Currently, we do not ...", "Momenteel, niet ...": an adverb opens a sentence
    if FIRST_PERSON.search(question) or not 1 <= len(head.split()) <= 4 or YES_NO.match(head) or is_ui_instruction(shown):
        return None
    start = len(question) + 1
    made = cloze_text(f"{question} {shown}", [(start, start + len(head), head)])
    return Found(made[0], made[1], "question_block") if made is not None else None


def block_questions(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """Question headings and question lines each answered by the block below them, or by the
    next line of their paragraph or list item ("**What is ...?**" then the answer), two or more in a note
    (one question alone may be rhetorical)."""
    pairs: dict[int, Found] = {}
    for i, block in enumerate(blocks):
        if block.kind not in ("heading", "paragraph", "item"):
            continue
        text = block.text
        # ("\n" in text first: a one-character scan is much cheaper than a count.)
        if block.kind != "heading" and "\n" in text and text.count("\n") == 1 and "?" in text and not block.quote:
            first, rest = text.split("\n")
            asks = first.rstrip("*_ ").endswith("?")
            question = _question_text(first) if asks else ""
            card = _qa_card(question, rest) if question else None
            if card is None and asks and first.startswith(("**", "__")):
                card = _head_card(first, rest)
            if card is not None:
                pairs[i] = card
            continue
        if "?" not in text[-3:] or block.kind == "item":
            continue
        question = _question(block)
        answer = _answer(blocks, i + 1, block) if question else None
        card = _qa_card(question, answer.text) if answer is not None else None
        if card is not None:
            pairs[i + 1] = card
    return pairs if len(pairs) >= 2 else {}


# "Q: What gas do plants absorb? A: Carbon dioxide. Q: ... A: ...": pairs run together on one line.
_RUN_PAIR = re.compile(
    r"(?:^|(?<=\s))(?:\*\*)?Q(?:uestion)?\s*[:.](?:\*\*)?\s*(?P<q>[^?\n]{3,200}\?)(?:\*\*)?\s+"
    r"(?:\*\*)?A(?:nswer)?\s*[:.](?:\*\*)?\s*(?P<a>[^\n]+?)\s*(?=(?:\*\*)?Q(?:uestion)?\s*[:.]|$)"
)


# Before the first pair: the note's heading ("# Photosynthesis") or a short title run into the
# line with a dash or a colon ("Reformation review — Q: ...").
_RUN_PREFIX = re.compile(r"^(?:#.*|[^\W\d_][^\n?.!]{0,60}?\s*[—–:-])$")


# Tags ending a line, and a link after them (its brackets or only its capitalised words).
_TRAILING_TAGS = re.compile(r"(?:\s+#[^\W\d][\w/-]*)+\s*(?:\[\[[^\]]*\]\]|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*$")


def run_together_questions(text: str) -> Found | None:
    """Study pairs written on one line (a note that lost its line breaks): one card holding a
    numbered cloze for each answer, as Anki makes one card per cloze number."""
    if text.count("?") < 2:
        return None
    pairs = list(_RUN_PAIR.finditer(text))
    if len(pairs) < 2 or pairs[0].start() != 0 and not _RUN_PREFIX.match(text[: pairs[0].start()].strip()):
        return None
    texts: list[str] = []
    answers: list[str] = []
    number = 0
    for match in pairs:
        # ("seven refs #derby #refs [[Positions]]": the note's tags and link end the line.)
        question, answer = clean_card_text(match.group("q")), clean_card_text(_TRAILING_TAGS.sub("", match.group("a")))
        answer = answer[:-1] if answer.endswith(".") else answer
        if unanswered(answer):
            continue  # ("Q: What is a pod? A: idk, need to ask Sam ...": no card for that pair)
        # "Q: What is a track cut? A: illegally re-entering the track ...": a definition answers,
        # and the term the question asks about is what to recall.
        asked = term_defined_by(question, answer)
        if not answer or len(answer.split()) > (40 if asked else 20) or "{{" in answer:
            return None
        number += 1
        start = len(question) + 1
        hide = (asked[0], asked[1], question[asked[0] : asked[1]]) if asked else (start, start + len(answer), answer)
        made = cloze_text(f"{question} {answer}.", [hide], number)
        if made is None:
            return None
        texts.append(made[0])
        answers.extend(made[1])
    if not texts:
        return None
    return Found(" ".join(texts), tuple(answers), "study_qa")
