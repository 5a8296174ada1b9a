"""What must never become a card: labels, emphasis, UI instructions, section names, dates."""

from __future__ import annotations

import re
from functools import lru_cache

from srs.core.extract.sentences import fold_case

# Words that name a field or a section rather than a concept.
LABEL_WORDS = frozenset(
    """tags tag up down next back prev previous planted created updated modified date time source
    sources reference references ref refs notes note see also see-also related links link
    backlinks topics topic aliases alias author authors type status category categories keywords
    summary overview introduction intro conclusion example examples question questions answer
    answers important warning tip tips todo to-do info caution danger attention key idea ideas
    key ideas key takeaways takeaway takeaways highlights quote quotes resources resource reading
    further reading bibliography citation citations index moc map parent child children project
    projects area areas context origin via url file files meeting attendees agenda action items
    pros cons definition definitions glossary contents table of contents toc outline abstract
    appendix footnotes edit edited review reviewed published last updated sources and references
    see also references links and references main notes people person book books article
    articles video videos podcast podcasts course courses
    exemple exemples exemplo exemplos ejemplo ejemplos esempio esempi beispiel beispiele voorbeeld
    decision decisions outcome blocker blockers deadline homework hw exam exams quiz midterm remedies
    opposite caveat caveats mnemonic recap reminder tldr tl;dr read rating started finished 例 例句 例文 追記 补充 attenzione
    예 예시 예문 참고 주의 메모 例如 举例 注意 参考 備考 注 来週 先週 下周 上周 疑问 问题 질문 質問 疑問
    めも メモ 小贴士 小提示 과제 숙제 作业 宿題
    techniques methods tools materials ingredients equipment supplies
    outils werkzeuge herramientas attrezzi ferramentas gereedschap narzędzia matériel matériaux materiales materiali
    facts held dissent
    location venue room
    hinweis remarque astuce conseil consejo nota dica suggerimento avertissement achtung aviso
    notă notiz anmerkung obs huom uwaga poznámka bron quelle fuente źródło
    today tomorrow yesterday tonight morning afternoon evening night weekend matin soir mañana tarde noche
    dziś dzisiaj jutro wczoraj dnes zítra včera
    intuition merke источник 对比 比较 先生 老师 fonte übung signes prévention traitement consequence
    consequences result results 待办 考试范围 次回 remember beware 교수님 还没整理 未整理
    wichtig importante ważne важно
    likes dislikes favourite favourites favorite favorites birthday allergies
    dessert desserts drinks breakfast lunch dinner
    english englisch anglais inglés ingles inglese inglês engels engelska 英語 英文 英语 영어 授業 講義 课程
    goals aims weakness weaknesses strengths limitations drawbacks advantages disadvantages benefits
    regla típico típica muistisääntö eselsbrücke
    pro con 출처 还没写 未写 待写 lembrete lembretes
    ricordare ricordarsi aantekening aantekeningen
    winner verdict cause fix vocabulary vocab types kinds""".split()
)
# Labels of an aside in a lecture's list ("Bonus: ...", "Food: ..."), only in capitals: in lower
# case the same word is a term ("A **bonus** is ...").
ASIDE_LABEL_WORDS = frozenset("bonus counter-point curiosity curiosidade curiosità food".split())
LABEL_PHRASES = frozenset(
    {"see also", "further reading", "key ideas", "key takeaways", "table of contents", "action items",
     "last updated", "main notes", "related notes", "key idea", "key points", "next steps",
     "open questions", "my notes", "personal notes", "read more", "learn more", "how to", "external links",
     "let op", "nota bene", "next week", "last week", "다음 주", "이번 주", "지난 주", "rough rule", "classic example",
     "general rule", "quick rule", "to look up", "so what", "odd thing", "시험 범위",
     "next class", "next lecture", "prochain cours", "próxima clase", "prossima lezione", "lecture slides", "관련 노트",
     "next time", "prossima volta", "la prochaine fois", "la próxima vez", "idée centrale", "idea central",
     "idea principale", "hauptidee", "kernidee", "big motivation", "main motivation", "key term", "key terms",
     "key concept", "key concepts", "big picture", "the big picture", "why it matters", "why this matters",
     "why it's important", "prof said", "teacher said", "lecturer said", "prof dice", "profe dice", "prof dit",
     "prof sagt", "lehrer sagt", "docent zegt", "prof zegt",
     # What is left to do, in the languages of the notes read: "Da ripassare: cadenza frigia ...".
     "to review", "to revise", "to check", "to learn", "still to do", "da ripassare", "da rivedere", "da controllare",
     "à revoir", "à vérifier", "a repasar", "por repasar", "por revisar", "zu wiederholen", "noch lernen",
     "nog leren", "para rever", "a rever",
     # What comes next and what the teacher said: "Volgende les: ...", "老师提到：...".
     "next lesson", "next session", "volgende les", "nächste stunde", "prochaine séance", "老师提到", "老师说", "老師說",
     # A remark on the note itself or a way out of a problem: "Why I read it: ...", "Flip side: ...".
     "why i read it", "flip side", "the flip side", "way out", "lab report", "nie zapomnieć", "nicht vergessen", "à ne pas oublier",
     # "Don't forget" and "by next time" in more languages: "Не забыть: новые воланы", "vergeet niet: ...".
     "don't forget", "do not forget", "не забыть", "не забудь", "vergeet niet", "no olvidar", "non dimenticare",
     "lembrar", "não esquecer", "次回までに", "where to buy", "why bother", "why i'm reading it", "why i am reading it",
     "why i'm reading this", "why i read this", "rule of thumb",
     # A note to self and what to remember, in more languages: "Da ricordare: ...", "Note to self: ...".
     "note to self", "notes to self", "da ricordare", "to remember", "à retenir", "om te onthouden", "para recordar",
     "mijn eigen aantekening", "eigen aantekening", "mijn aantekening", "meine notiz", "ma note", "mi nota", "la mia nota",
     # What is left to learn and what comes next: "Still to add: bleeding, shoving ...", "Próximo: saída ...".
     "still to add", "still to learn", "still to read", "still to try", "still to buy", "current thinking", "key constraint",
     "next goal", "próximo", "próxima", "próximo objetivo", "próximo paso", "prossimo", "prossima", "prossimo obiettivo",
     "prochain", "prochaine", "prochain objectif", "nächste", "nächster", "nächstes", "nächstes ziel", "volgende",
     # An amount, not a name: "A lot = overripe or suffocated."
     "a lot", "a bit", "a little", "lots",
     # The writer's own view, and safety first, in the languages of the notes read: "*per me*: arrivo
     # sempre troppo presto ...", "Sicherheit zuerst: Spikes an die Schuhe ...".
     "per me", "pour moi", "para mí", "para mi", "für mich", "voor mij", "for me", "to me", "in my view",
     "safety first", "sicherheit zuerst", "sécurité d'abord", "seguridad primero", "sicurezza prima di tutto"}
)
STOP_TERMS = frozenset(
    """this that these those it they he she we i you there here what which who whom whose why how when where
    not no yes very really always never only just also note important warning tip nb n.b please
    one ones all some many most each every another other such everyone everybody someone somebody nobody
    anyone anybody whatever anything everything nothing
    equivalently similarly alternatively additionally conversely consequently importantly interestingly
    notably basically essentially generally typically usually ultimately honestly personally practically
    technically intuitively roughly briefly specifically crucially famously finally together overall
    counter-intuitive counterintuitive""".split()
)
# Adverbs of a writer's comment: "Famously awkward — ...", "Basically useless: ..." open no term.
_COMMENT_ADVERBS = frozenset(
    """famously basically essentially honestly personally practically technically surprisingly
    notoriously really pretty fairly totally completely super""".split()
)
# Exercises open with what to do ("### Transitive" / "prove that a | a ..."): a task, not a gloss.
# Only verbs that are rarely a gloss's first noun ("Estimate = ...", "Check: a threat ...").
EXERCISE_VERBS = frozenset(
    """prove show compute calculate find solve determine derive verify explain describe write
    evaluate simplify demonstrate discuss compare""".split()
)


def is_exercise(text: str) -> bool:
    """Whether ``text`` opens with an exercise's instruction ("show that ...", "Prove the ...")."""
    head = text.split(None, 1)[0].lower() if text.strip() else ""
    return head in EXERCISE_VERBS


_NOT_WORDY = re.compile(r"^[\W\d_]+$")
_POSSESSIVES = frozenset("my our your mine ours".split())
# How a label of what comes next begins in Chinese, Japanese and Korean: "下周实验", "次回のレッスン", "다음 레슨".
CJK_NEXT = ("下周", "下次", "下星期", "次回", "来週", "다음 ", "다음주")
# The same before a noun in other languages ("Mein Eindruck", "Mijn idee"); not the short ones
# that open names too ("Ma huang", "Mi bemol", "Mon Repos", "Notre Dame", "Mia Chen").
_FOREIGN_POSSESSIVES = frozenset("mein meine meinen meiner mijn mój moja moje meu minha mio miei".split())
# Short ones open names too ("Notre Dame", "Mon Repos", "Mia Chen"): an aside only before a
# common noun ("Mes impressions", "Notre verdict", "Mia sorella"). ("Ma" and "mi" never: "Ma huang".)
_SHORT_POSSESSIVES = frozenset("mon mes mis mia notre nos nuestro nuestra nuestros nostro nostra votre".split())
# A question kept for someone: "Vraag aan Gerrit: ...", "Question for the prof: ...".
_QUESTION_FOR = re.compile(
    r"^(?:questions?|q|vra(?:ag|gen)|fragen?|preguntas?|domand[ae]|pytanie|perguntas?|ask)\s+(?:for|to|aan|an|para|per|pour|à|do|dla)\b", re.I
)
_PERSONS = frozenset("she he they him them her his their".split())
# "Tension tip from Anna": a remark credited to a person, not a concept.
_FROM_SOMEONE = re.compile(r"\bfrom\s+[A-Z][a-z]+$")
_STARTS_SYMBOL = re.compile(r"^[^\w\"'“(\[]")
# A week's log keys its lines by day ("Mon — general clinic", "Thu: quiz"). ("Sat" and "Sun" may
# name a problem or a star.)
_SHORT_DAYS = frozenset("mon tue tues wed thu thur thurs fri".split())
# Day names of the other languages of the notes (English ones are ``_DATE``'s): "## Samstag" /
# "Samstag war ein ruhiger Tag" heads a diary's day, no term.
_WEEKDAYS = frozenset(
    """montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag lundi mardi mercredi jeudi
    vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì
    giovedì venerdì sabato domenica segunda-feira terça-feira quarta-feira quinta-feira sexta-feira maandag
    dinsdag woensdag donderdag vrijdag zaterdag zondag måndag tisdag onsdag torsdag fredag lördag söndag
    mandag tirsdag lørdag søndag poniedziałek wtorek środa czwartek piątek sobota niedziela""".split()
)
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")
_DATE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|"
    # Day names in full; their short forms only before a date ("Mon 3", "Sat, 12"), so that
    # "monad", "Saturn", "friction" or "sunlight" are no dates.
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:mon|tue|wed|thu|fri|sat|sun)\.?,?\s+\d|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4})",
    re.I,
)
# Every shape _DATE reads holds a digit or the letters "day" (no other letter folds to d, a or y).
_DIGIT = re.compile(r"\d")
_NUMBERED = re.compile(
    r"^(?:step|part|chapter|day|week|phase|section|lesson|module|stage|round|practical|lab|lecture|tutorial|seminar|"
    r"session|assignment|exercise|unit|"
    # (The same in the languages of the corpus: "Lezione 3", "Tema 2", "Vorlesung 4", "Wykład 5".)
    r"lezione|lecci[oó]n|le[cç]on|clase|classe|cours|aula|vorlesung|sitzung|stunde|lekcja|wyk[lł]ad|zaj[eę]cia|les|"
    r"sesi[oó]n|sessione|s[eé]ance|semana|settimana|semaine|woche|tydzie[nń]|d[ií]a|giorno|jour|tag|dag|"
    r"cap[ií]tulo|capitolo|chapitre|kapitel|rozdzia[lł]|hoofdstuk|tema|parte|teil|deel|"
    # (And the short forms: "Ch. 5", "chap. 2", "wk 3", "sect. 4".)
    r"ch\.|chap\.|ch|wk|sect?\.|pt\.)\s*\d",
    re.I,
)
# Verbs of saying that close an attribution's label ("M. says", "Teacher reckons").
_SPEECH_VERBS = frozenset("says said reckons reckoned thinks claims claimed argues argued suggests suggested insists".split())
# Openers of a remark on a group or an example, before a noun ("Classic stance", "All jumps").
_REMARK_OPENERS = frozenset("classic all every each".split())
_VERB_WORDS = ("is", "are", "was", "were", "will", "can", "should", "must", "of the following")
_VERB_IN_TERM = re.compile(r"\b(?:" + "|".join(_VERB_WORDS) + r")\b", re.I)
_KEY_NAMES = frozenset("ctrl cmd alt shift option enter return esc escape tab space backspace delete".split())
_KEYS = re.compile(r"\b(?:" + "|".join(sorted(_KEY_NAMES)) + r")\b", re.I)


def is_label(term: str) -> bool:
    """True for a field or section label such as "Tags", "🔼 Up:", "See Also", "Notes"."""
    words = term.strip().rstrip(":：").strip()
    if not words:
        return True
    if _STARTS_SYMBOL.match(words):
        return True  # emoji- or symbol-prefixed labels
    low = words.lower()
    # ("Pillow types: flat "cookie" pillow for ..., bolster for ...": a list's label names its kinds.)
    return (
        low in LABEL_WORDS or low in LABEL_PHRASES or (words[:1].isupper() and low in ASIDE_LABEL_WORDS) or _label_before_ideographs(low)
        or low.endswith((" types", " kinds"))
    )


def _label_before_ideographs(low: str) -> bool:
    """"lunch 錦市場": a trip's label, then the place's name in ideographs (``low``: lower case)."""
    if low.isascii():
        return False
    words = low.split()
    return len(words) == 2 and words[0].isascii() and "\u2e80" <= words[1][0] and words[0] in LABEL_WORDS


# A pure test the rules ask again and again of the same few terms (each rule that reads an
# emphasised term asks it): remembered for the last few thousand terms.
@lru_cache(maxsize=4096)
def plausible_term(term: str) -> bool:
    """True for something that can be the name of a concept (short, wordy, not a label)."""
    term = term.strip()
    if not term or len(term) > 80 or term.endswith((":", "：", ".", "!", "?", ",", ";")):
        return False
    # A term opening with a letter is wordy and opens with no symbol: both regexes fail on it.
    if not term[0].isalpha() and (_NOT_WORDY.match(term) or _STARTS_SYMBOL.match(term)):
        return False
    words = term.split()
    if len(words) > 7:
        return False
    # is_label(term), with what is already known: the term is stripped, ends in no colon and
    # opens with no symbol, so only its lower-case form is left to look up.
    low = term.lower()
    if low in STOP_TERMS or low in LABEL_WORDS or low in LABEL_PHRASES or low in _SHORT_DAYS or low in _WEEKDAYS or (term[:1].isupper() and low in ASIDE_LABEL_WORDS):
        return False
    if _label_before_ideographs(low):
        return False  # "Lunch 錦市場: street food ...": a trip's label, then the place's name
    if "/" in low and all(part in _SHORT_DAYS or part in _WEEKDAYS or part in ("sat", "sun") for part in low.split("/")):
        return False  # "Sat/Sun: rest, lip sore": a log's days
    if len(words) > 1 and words[0].lower() in _COMMENT_ADVERBS:
        return False  # "Famously awkward — the story is ...": the writer's comment, not a name
    if len(words) == 2 and low.endswith(" aside") and low != "set aside":
        return False  # "prof's aside:", "chef aside:": whose remark follows, not a term
    if not term.isascii() and term.startswith(CJK_NEXT):
        return False  # "下周实验：测定 ...": what comes next, not a term
    if low[0].isdigit() and _ORDINAL.match(low):
        return False  # an ordinal keys a day of a journal: "7th — sowed tomatoes"
    # A numbered label ("Step 3") needs a digit, a date a digit or the letters "day".
    digit = _DIGIT.search(term) is not None
    if (digit and (_NUMBERED.match(term) or _DAY_AND_MONTH.match(term))) or ((digit or "day" in low) and _DATE.search(term)):
        return False
    first = words[0].lower()
    if first in _POSSESSIVES or (len(words) > 1 and (
        first in _FOREIGN_POSSESSIVES or _QUESTION_FOR.match(term) or first in _SHORT_POSSESSIVES and words[1][:1].islower()
    )):
        return False  # "**My take:** ...", "**Our plan:** ...", "Mein Eindruck": the writer's aside, not a concept
    if words[-1].lower() in _SPEECH_VERBS and (len(words) > 1 or low in ("says", "said", "reckons", "thinks")):
        return False  # "M. says: ...", "Teacher reckons: ...": who said what, not a concept
    if len(words) > 1 and first in _REMARK_OPENERS:
        return False  # "**Classic stance**: ...", "**All jumps**: ...": what the writer singles out or sums up
    if len(words) > 1 and (first == "more" or first == "less" and words[1].lower() != "than" and not words[1].endswith("ed")):
        return False  # "More rocker = ...", "Less salt: ...": a comparison ("Less developed countries", "Less than truckload" are names)
    if ("'" in first or "’" in first) and first.replace("’", "'") in _CONTRACTIONS:
        return False  # "That's the handicap principle": a sentence, not a name
    if first == "too" and len(words) > 1 and words[1].lower() in _AMOUNTS:
        return False  # "Too much elasticity = dough fights you": a condition, not a concept
    if len(words) > 1 and (not _PERSONS.isdisjoint(words[1:]) or "from " in term and _FROM_SOMEONE.search(term)):
        return False  # "Nibs she recommended", "Tension tip from Anna": what someone said, not a concept
    # A key name ("backspace", what _KEYS.fullmatch reads) is the whole term, case aside.
    folded = low if term.isascii() else fold_case(term)
    if folded in _KEY_NAMES or "+" in term:
        return False
    # Each word _VERB_IN_TERM reads is a substring of the folded term: most terms hold none.
    for word in _VERB_WORDS:
        if word in folded:
            # "Tenancy at will", "free will": the noun, not the modal.
            return _VERB_IN_TERM.search(_WILL_NOUN.sub("", term) if "will" in folded else term) is None
    return True


_CONTRACTIONS = frozenset("that's it's there's here's what's this's that'll it'll".split())
_AMOUNTS = frozenset("much many little few".split())
_WILL_NOUN = re.compile(r"\b(?:at|free|good|ill|of)\s+will\b", re.I)


# A gloss that opens by asking ("why reabsorb the tail rather than drop it? → recycles ..."): a
# question from class and its answer, no gloss of the line's words.
ASKED = re.compile(r"(?i)(?:why|how|what|when|where|who|which|is|are|can)\b[^?\n]{0,120}\?")


# "see Tundra biome lecture", "siehe Vorlesung Kasten", "cf. week 3": a line's words after its
# term that only point elsewhere, where the gloss would stand.
_POINTER_WORDS = frozenset("see cf cf. siehe vgl vgl. voir ver vedi zie".split())


_GLOSS_AFTER_CLOZE = re.compile(r"^\s*(?:[(（][^()（）]*[)）]\s*)?(?:[:：=→—–-]\s*)?")


def no_gloss_of_card(card_text: str) -> bool:
    """Whether a glossary card's gloss only points to another note or place ("{{c1::Polygon}}:
    see Tundra lecture", "siehe ...", "cf. ...") or asks ("{{c1::Q from class}}: why reabsorb
    the tail ...? → ..."): the line stays one of its glossary, as its author wrote it there (and
    counts so for the others), but there is nothing in it to learn."""
    gloss = card_text.split("}}", 1)[-1]
    gloss = gloss[_GLOSS_AFTER_CLOZE.match(gloss).end() :]
    first = gloss.split(None, 1)[0].lower().rstrip(":,") if gloss.strip() else ""
    return first in _POINTER_WORDS or ASKED.match(gloss) is not None


def looks_like_date(text: str) -> bool:
    """True when the text contains a date (daily-note chatter, planted/created lines)."""
    if _DIGIT.search(text) is None and "day" not in text.lower():
        return False  # most text: no digit and no day name, so no date
    return _DATE.search(text) is not None or _DAY_AND_MONTH.match(text) is not None


# A day and a month with no year, standing alone (a log's entry: "4 Feb — cut the moulds", "Mar 16").
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DAY_AND_MONTH = re.compile(
    rf"^\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTH}\.?|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)\s*$",
    re.I,
)
