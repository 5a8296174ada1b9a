"""Glossary tables: which column of a table holds the meanings (``| Term | Meaning |``,
``| Definition | Concept |``, ``| Organ | Function |``, ``| Deutsch | English |``), and the card
of one body row."""

from __future__ import annotations

import re

from srs.core.extract.filters import plausible_term
from srs.core.extract.rules import Found
from srs.core.extract.sentences import clean_card_text, cloze_text, plain
from srs.core.markdown import Block

_TERM_HEADERS = frozenset({"term", "terms", "concept", "concepts", "word", "words", "keyword", "keywords",
                           "vocabulary", "jargon", "abbreviation", "acronym", "begriff", "begriffe", "terme",
                           "termes", "término", "términos", "termine", "termini", "termo", "termos", "термин",
                           "термины", "用語", "术语", "術語", "concepto", "konzept", "conceito", "concetto"})
# Headers of a column of kinds ("| Type | Shape / where |").
_KIND_HEADERS = frozenset("type types kind kinds variety varieties typ typen tipo tipos".split())
# Headers of a tracker's columns: "| Type | Description | Owner |" lists bugs, not kinds.
_TRACKER_HEADERS = frozenset("owner assignee status priority severity reporter due date who ticket id".split())
# Headers of a column of figures: "| Abbr | Count | Share |" is a table of data.
_FIGURE_HEADERS = frozenset("count counts number total share percent % n amount value values score year date".split())
# Headers of a column of abbreviations, whose next column spells each out.
_ABBREVIATION_HEADERS = frozenset({"abbr", "abbr.", "abbrev", "abbrev.", "abbreviation", "abbreviations", "acronym",
                                   "acronyms", "abkürzung", "abkürzungen", "abréviation", "abréviations", "abreviatura",
                                   "abreviaturas", "abbreviazione", "sigla", "sigle", "afkorting",
                                   "skrót", "сокращение", "略語", "略称", "缩写", "縮寫", "약어"})
_MEANING_HEADERS = frozenset({"meaning", "meanings", "definition", "definitions", "defined as", "explanation",
                              "translation", "gloss", "bedeutung", "übersetzung", "definition", "signification",
                              "sens", "traduction", "significado", "traducción", "significato", "traduzione",
                              "betekenis", "vertaling", "значение", "перевод", "意味", "意思", "含义", "含義",
                              "翻译", "翻譯", "뜻", "tradução", "definición", "définition", "definizione",
                              "erklärung", "erläuterung", "definição", "definitie", "uitleg", "определение",
                              "объяснение", "説明", "定义", "定義", "解释", "解釋", "explicación", "explication",
                              "spiegazione", "explicação"})
_ROLE_HEADERS = frozenset({"function", "functions", "role", "purpose", "job", "used for", "what it does", "mechanism",
                           "mechanism of action", "moa", "wirkmechanismus", "mécanisme", "mecanismo", "meccanismo",
                           # "| Stage | Age | Hallmark |", "| Structure | Firms | Key feature |": what sets each apart.
                           "hallmark", "hallmarks", "key feature", "key features", "defining feature",
                           "characteristic", "characteristics", "distinguishing feature"})
_SOFTWARE_HEADERS = frozenset("""option options flag flags setting settings key keys shortcut shortcuts command commands
    parameter parameters argument arguments field fields property properties method methods endpoint endpoints
    variable variables column columns name file files plugin plugins button buttons menu tool tools
    hotkey hotkeys action actions event events module modules class classes type types value values""".split())
DESCRIBED = 1000  # added to the meaning column of a described table: lower-case glosses only
CODED = 3000  # added to the meaning column of a table whose first column holds codes, the second the names
# Headers of a column of codes before the names: "| Code | Name | What it's for |".
_CODE_HEADERS = frozenset("code codes symbol sigle kürzel código codice".split())
_NAME_HEADERS = frozenset("name names nom nome nombre bezeichnung naam nazwa название 名前 名称".split())
_FOR_WHAT = re.compile(r"\bwhat\s+it(?:['’]s|\s+is)\s+for\b|\bused\s+for\b")
_DESCRIPTION_HEADERS = frozenset({"description", "descrição", "descripción", "descrizione", "beschreibung",
                                  "beschrijving", "описание", "beskrivning", "beskrivelse", "kuvaus", "opis"})
_NOT_THINGS = frozenset("""step steps date dates day days time week weeks version versions year years release
    no no. # id ref code status shortcut hotkey symbol""".split())
# The weaker of the words below: they count in a two-column table, or one whose first column names terms.
_LOOSE_WORDS = r"idea|gist|in\s+(?:one\s+line|a\s+nutshell|short|brief)"
_LOOSE_MEANING = re.compile(rf"\b(?:{_LOOSE_WORDS})\b")
# Headers in the writer's own words that announce meanings.
_MEANING_WORDS = re.compile(
    r"\b(?:means?|meaning|defin\w*|what\s+it\s+(?:is|does|means)|stands\s+for|translat\w*|gloss|explanation|"
    rf"(?:known|famous|remembered)\s+for|{_LOOSE_WORDS})\b"
)
# Column headers naming a language: a two-language table is a vocabulary list.
_LANGUAGES = frozenset("""english englisch anglais inglés ingles inglese inglês spanish español espagnol spanisch
    german deutsch allemand alemán tedesco french français francais französisch francés italian italiano
    italienisch portuguese português portugues russian русский russisch japanese 日本語 japanisch chinese 中文
    chinesisch dutch nederlands korean 한국어 latin latein greek swedish svenska polish polski turkish türkçe
    arabic hindi word wort mot palabra parola слово 単語 单词 term""".split())
# "| Question | Answer |": a table of review questions; the answer is what to recall.
_QUESTION_HEADERS = frozenset({"question", "questions", "q", "front", "frage", "fragen", "pregunta", "preguntas",
                               "domanda", "pergunta", "вопрос", "問題", "质问", "问题"})
_ANSWER_HEADERS = frozenset({"answer", "answers", "a", "back", "antwort", "antworten", "respuesta", "respuestas",
                             "réponse", "risposta", "resposta", "ответ", "答え", "答案"})


def glossary_header(cells: tuple[tuple[str, tuple], ...]) -> int:
    """The column holding the meanings when a table header reads as a glossary's (``| Term |
    Meaning |``, ``| Word | Gender | Meaning |``, ``| Deutsch | English |``, ``| 日本語 | 読み | 意味 |``,
    ``| Person | Known for |``), else 0. The first column holds the terms; -1 when the meaning comes
    first and the term second (``| Definition | Concept |``); -2 for a table of review questions
    and their answers (``| Question | Answer |``); ``DESCRIBED`` plus the column when only rows
    glossed in lower case count (``| Método | Descrição |``); ``CODED`` plus the column when codes
    come first and the names second (``| Code | Name | What it's for |``)."""
    if len(cells) < 2:
        return 0
    heads = [plain(cell[0]).lower() for cell in cells]
    first, second = heads[0], heads[1]
    if not any(heads) and len(heads) == 2:
        return 1  # a two-column table without header words: its rows must still read as entries
    if first in _QUESTION_HEADERS and second in _ANSWER_HEADERS:
        return -2  # the question stays, the answer in the second column is hidden
    if (first in _MEANING_HEADERS or _MEANING_WORDS.search(first)) and second in _TERM_HEADERS:
        return -1  # "| Definition | Concept |": the meaning first, the term in the second column
    if first in _TERM_HEADERS and second in ("description", "what it means", "explanation"):
        return 1
    if first in _ABBREVIATION_HEADERS and second and second not in _NOT_THINGS and second not in _FIGURE_HEADERS and not any(
        h in _MEANING_HEADERS or _MEANING_WORDS.search(h) for h in heads[1:]
    ):
        return 1  # "| abbr | stitch | notes |": the abbreviation, then what it stands for (no column of meanings)

    # "| Método | Descrição |", "| Stage | Description |": two columns, things and what they are.
    # Settings tables read the same way in every language, but describe in capitals ("Adjusts
    # the text size."): only rows glossed in lower case count (DESCRIBED).
    if len(heads) == 2 and second in _DESCRIPTION_HEADERS and first and first not in _SOFTWARE_HEADERS and first not in _NOT_THINGS:
        return DESCRIBED + 1
    if first in _LANGUAGES and second in _LANGUAGES:
        return 1  # a vocabulary table: a word and its translation
    if (
        first in _KIND_HEADERS and second and second not in _FIGURE_HEADERS and second not in _NOT_THINGS
        and second not in _SOFTWARE_HEADERS and _TRACKER_HEADERS.isdisjoint(heads)
    ):
        # "| Type | Shape / where | Taste buds? |": the kinds, then what each looks like. (Only
        # rows described in lower case count, as in settings tables a type is glossed in capitals.)
        return DESCRIBED + 1
    if first in _CODE_HEADERS and second in _NAME_HEADERS and len(heads) >= 3:
        # "| Code | Name | What it's for |": codes, their names, then what each is or does.
        third = heads[2]
        if third in _MEANING_HEADERS or third in _ROLE_HEADERS or _MEANING_WORDS.search(third) or _FOR_WHAT.search(third):
            return CODED + 2
    for col, head in enumerate(heads[1:4], start=1):
        if head in _MEANING_HEADERS:
            return col
    # "| Organelle | Function |": what each thing does, in a two-column table of things (not of
    # software options, keys or commands, whose tables read the same way).
    # "| Drug | Class | Mechanism |": with a column between, the role must close the table.
    # The first column names the things: a software table ("| Option | Type | Function |") does not.
    if 2 <= len(heads) <= 4 and heads[-1] in _ROLE_HEADERS and first and first not in _SOFTWARE_HEADERS:
        return len(heads) - 1
    # Headers in the writer's own words: "What it does", "Means here", "Stands for", "Idea". Not
    # when a column before names the terms ("| Thinker | Concept | In one line |"): the first
    # column then names people, not what is glossed.
    for col, head in enumerate(heads[1:4], start=1):
        if _MEANING_WORDS.search(head):
            if _LOOSE_MEANING.search(head) and len(heads) > 2 and first not in _TERM_HEADERS:
                return 0  # "| Project | Idea | Owner |": a backlog, not a glossary
            return 0 if any(h in _TERM_HEADERS for h in heads[1:col]) else col
    return 0


# A number or a code in a table's first column, or a dash for none: "103", "#4", "A2", "—".
_ROW_CODE = re.compile(r"^(?:#?\d{1,4}[a-z]?\.?|[A-Z]{1,2}\d{1,3}(?:\.\d{1,3})?|[—–-])$")


def table_columns(column: int) -> tuple[int, int, bool]:
    """The column of the terms, the column of the meanings and whether only glosses in lower case
    count, from what ``glossary_header`` returned (not -2, a table of questions)."""
    coded = column >= CODED
    column -= CODED if coded else 0
    lower_only = column >= DESCRIBED
    column -= DESCRIBED if lower_only else 0
    return (1, 0, lower_only) if column < 0 else (1 if coded else 0, column, lower_only)


def names_of_one(term: str) -> list[tuple[int, int, str]]:
    """The spans of "Blanco / Plata" (two or three names a slash sets apart), or none."""
    if " / " not in term:
        return []
    spans, start = [], 0
    for name in term.split(" / "):
        if not plausible_term(name.strip()) or len(name.split()) > 3:
            return []
        at = term.index(name.strip(), start)
        spans.append((at, at + len(name.strip()), name.strip()))
        start = at + len(name.strip())
    return spans if 2 <= len(spans) <= 3 else []


def slashed_synonyms(term: str) -> list[tuple[int, int, str]]:
    """``names_of_one`` when a name has two words or more ("fish ladder / fish pass"): two single
    words set apart by a slash are as often two things ("cat / dog", "Anna / Ben")."""
    spans = names_of_one(term)
    return spans if any(" " in name for _start, _end, name in spans) and all(len(name) >= 2 for _start, _end, name in spans) else []


def glossary_row(block: Block, column: int = 1) -> Found | None:
    """A body row of a glossary table: the term becomes the cloze, the meaning (in ``column``) stays."""
    questions = column == -2
    # (A table of questions: the answer, in the second column, is what is hidden.)
    term_at, column, lower_only = (1, 0, False) if questions else table_columns(column)
    if len(block.cells) <= max(column, term_at):
        return None
    term = plain(block.cells[term_at][0])
    if column >= 2 and _ROW_CODE.match(term):
        term = plain(block.cells[1][0])  # "| 103 | Form line | a dashed contour ... |": a numbered glossary
    meaning = clean_card_text(block.cells[column][0])
    if questions:
        if not meaning.endswith("?"):
            return None  # an open item of a FAQ draft, not a review question
        # A review question and its answer: "What is the capital of Japan? {{c1::Tokyo}}".
        if not term or len(term) > 120 or "{{" in meaning:
            return None
        made = cloze_text(f"{meaning} {term}", [(len(meaning) + 1, len(meaning) + 1 + len(term), term)])
        return Found(made[0], made[1], "study_qa") if made else None
    # "| Blanco / Plata | unaged ... |": two names of one thing, each hidden (one card).
    names = names_of_one(term)
    # A one-word meaning is fine in a vocabulary table ("bio | life"), as long as it differs.
    if not (names or plausible_term(term)) or not plain(meaning) or plain(meaning).lower() == term.lower() or "{{" in meaning:
        return None
    if not any(ch.isalnum() for ch in meaning):
        return None  # "| Contour | — |": a meaning left out
    if lower_only and not (meaning[:1].islower() and len(meaning.split()) >= 3):
        return None
    made = cloze_text(f"{term}: {meaning}", names or [(0, len(term), term)])
    return Found(made[0], made[1], "glossary_table") if made else None
