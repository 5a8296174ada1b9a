"""How the gloss of an entry line reads (``entrylines``): a description in any language, or a
report, a step, a schedule, a list of members, or the description of a software option.

Glossaries gloss in lower case with a noun phrase, a gerund or a clause of their own ("roca
fundida que ...", "giving up material ...", "a belief is justified if ..."). Option lists of
software documentation, translated into many languages, describe each entry by what it does
("— filtrar archivos", "— salva os arquivos"), by its own name ("Propiedades — elegir
propiedades"), speak to the reader ("te permite elegir") or gloss a state ("Marcada: ..."); logs
and meeting notes report ("Priya: migration script done"). What tells them apart is read off the
gloss's shape and a few function words of each language, never off one language alone.
"""

from __future__ import annotations

import re

from srs.core.extract.bodies import opens_with_cry
from srs.core.extract.families import news
from srs.core.extract.uitext import is_ui_step
from srs.core.extract.frames import FIRST_PERSON, SCHEDULE
from srs.core.extract.glossclauses import general_statement, opens_clause
from srs.core.extract.glosslanguages import (
    ENGLISH_GLUE, FOREIGN_COPULAS, FOREIGN_GLUE, FOREIGN_PARTICIPLE, GERMAN_CLOSING_CLAUSE, GERMAN_NOUN_GLOSS, GERMAN_RELATIVE, GERMAN_WORDS, NOUN_PHRASE_MARKS, READER_WORDS, REPORT_PRONOUNS,
)
from srs.core.extract.glossleads import capitalised_eq_gloss, notation_gloss
from srs.core.extract.glosslists import WORD_LIST, capitalised_pair, may_be_word_list, members
from srs.core.extract.glosswords import (
    BRACKETED, FIRST_CLAUSE, PLURAL_HEAD, concept_acts, french_du, participle_noun, expands, generic_your, later_bold, may_be_housekeeping, may_be_news, states,
)
from srs.core.extract.lines import ABOUT_THE_NOTE, RU_LABELS, RU_NOT_GLOSS, ru_report, slavic_task
from srs.core.extract.ownname import INFINITIVE_ENDINGS, OBJECT_ARTICLES, VERB_FORM, acts_first, compound_adjective, genus_gloss, names_itself
from srs.core.extract.sentences import plain

DETERMINERS = frozenset(
    """a an the der die das ein eine einer le la les l' un une el los las il lo gli uno una het een
    um uma ett""".split()
)
# Verbs a term opens with in software option lists and step lists ("Show line numbers", "Keep an
# open mind", "Try before asking"): a command or a piece of advice, not a concept.
COMMAND_VERBS = frozenset(
    """search save open set show hide get add use create make run copy move select toggle sort jump try
    choose filter group view edit keep be stay avoid convert download upload transfer don't do ask read write enable disable allow
    include exclude insert delete remove rename close click press tap go find check pick reload
    restart start stop turn switch display collapse expand paste import export sync link pin display
    auto always never""".split()
)
# A gloss that names only a time, an amount, a link, code or a quotation.
_BAD_BODY_START = ("[[", "[", "`", "!", "#", "$", "http", "<", "{", "~", "@", "+")
CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")
# "correlated predictors → unstable coefficients": an arrow before a lower-case word is a
# consequence, not a menu path ("Settings → Editor").
_MENU_PATH = re.compile(r"[A-Z][\w*]*\s*(?:->|→|›|»|⇒)\s*(?:\*\*)?[A-Z]|\*\*\s*>\s*\*\*")


def _menu_path(body: str) -> bool:
    """Whether a gloss holds a menu path ("Settings → Editor → Vim key bindings", "open Settings →
    Hotkeys"): a path that opens the gloss or follows a word or three, anywhere outside brackets
    one after "under", "in", "via" or "from", and early on one of three steps ("handy for power users,
    Settings → Editor → Vim key bindings"). Otherwise capitalised steps are
    the gloss's own example ("framework for connectors (DB → Kafka → S3)", "swap a dominant 7
    for the one a tritone away, so G7 → Db7")."""
    for path in _MENU_PATH.finditer(body):
        before = body[: path.start()]
        if before.count("(") > before.count(")"):
            continue
        words = len(before.split())
        if words <= 3 or _MENU_LEAD.search(before) or (words <= 6 and _THIRD_STEP.match(body, path.end() - 1)):
            return True
    return False


# "turn it on under Settings → ...", "change it in File → ...": where a menu path is found.
_MENU_LEAD = re.compile(r"\b(?:under|in|via|from)\s+$", re.I)
# A path's third step: "Settings → Editor → Spellcheck".
_THIRD_STEP = re.compile(r"[A-Z][^→›»⇒>()]{0,30}?\s*(?:->|→|›|»|⇒)\s*(?:\*\*)?[A-Z]")


# "Osmosis: The movement of water across ...": a capitalised article opens a noun phrase.
_ENGLISH_ARTICLES = frozenset(("A", "An", "The"))
# German function words no Romance language shares ("des" is French too): a gloss holding one is
# German, whose adjectives end as Romance infinitives do ("klare", "schwerer").
_GERMAN_GLUE = GERMAN_WORDS - {"des"}
# Asides in brackets: a gloss is counted without them.
_ASIDES = re.compile(r"\([^()]*\)")
# An example quoted in a gloss: '("I have lost my keys")' speaks for someone, not the writer.
_QUOTED_EXAMPLE = re.compile(r"[\"“][^\"“”\n]{3,80}[\"”]")
# A page or an exercise to turn to: "p. 34", "pp. 12-20", "S. 40", "pág. 7", "n° 3".
_PAGE_REFERENCE = re.compile(r"^(?:pp?|pg|pgs|s|str|pág|pag|n°|no)\.?\s*\d", re.I)
# A gloss's first sentence, three words or more, ending before a space (a remark may follow it).
_FIRST_SENTENCE = re.compile(r"^(?:\S+\s+){2,}?\S*?[a-z)][.!](?=\s)")
# A clause inside a noun phrase ("the brightness it would have ..."): a pronoun or a relative
# word stands between the noun and the verb.
_RELATIVE = re.compile(r"^(?:the|an?|any)\s+(?:[\w'-]+\s+){1,3}?(?:it|they|one|that|which|whose)\s")
# "star that has run out of ...", "group whose members can trace ...": a bare noun pinned by a
# relative clause, whose verb is the clause's and no report's.
_BARE_RELATIVE = re.compile(r"^[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?\s+(?:that|which|whose|who)\s")
_REPORTING = frozenset("said says told thought thinks felt feels knew knows saw found made got went took asked wants hopes".split())


# After "=", a participle and where it goes make a noun of a command's word ("paste kept at
# 27 °C", "paste dye rubbed into the lines"), where "save selected notes" stays a command.
_PLACE_PREPOSITIONS = frozenset("at in into on onto by with from to under over off out across through around".split())
_PARTICIPLE_AFTER = re.compile(r"^(?:[a-z]{3,}ed|kept|made|built|held|worn|grown|laid|cut|set|left|spread)$")
# What follows a command's word used as a noun ("set of ...", "group claiming descent ...",
# "group whose members ..."). Participles that qualify a command's object ("open existing files")
# are left out, and so are past participles ("upload edited notes").
_NOUN_AFTER_VERB_WORD = re.compile(
    r"^(?:of|that|which|whose|where|(?!(?:existing|following|remaining|matching|missing|pending|upcoming|incoming|"
    r"outgoing|corresponding|surrounding|working|loading)$)[a-z]{3,}ing)$"
)


def _pinned_bare_noun(flat: str) -> bool:
    """Whether a gloss is a bare noun phrase pinned by a relative clause (``_BARE_RELATIVE``), its
    words no verb of a report ("said that ...", "thinks that ...")."""
    match = _BARE_RELATIVE.match(flat)
    # (The words before the relative word: the match is the noun phrase and that word.)
    return match is not None and not any(w in _REPORTING or VERB_FORM.match(w) for w in match.group().split()[:-1])


# How a task stands, after a person's or a project's name ("Priya: migration script done").
_DONE = re.compile(r"\b(?:done|needs\s+review|pending|waiting\s+(?:on|for)|ready|on\s+hold|in\s+progress)\b", re.I)
# What a change log says of a part ("Metadata: the cache no longer inherits ..."); every match
# holds "longer" or "now", which substring tests look for first.
_CHANGED = re.compile(r"^(?:the\s+)?[\w-]+(?:\s[\w-]+)?\s+no\s+longer\b|\bnow\s+(?:returns|supports|shows|uses|works)\b")
# "the guy who ...", "the orange one ...", "the keys": a particular person or thing, not a kind.
_PARTICULAR = re.compile(
    r"^the\s+(?:(?:(?!(?:for|of|in|on|at|to|by|with|per|from|than)\b)[\w'-]+\s+){0,2}?(?:one|ones)\b|[\w'-]+\s+who\b|[\w'-]+[.!]?$)", re.I
)
# "tori → the one who executes the technique": a role glossed by what its player does, a verb
# in the present (no adverb) and no clause after it ("cake: the one who brings cake is away", "kitchen:
# the one who cooks doesn't clean": house rules and news).
_ROLE_GLOSS = re.compile(
    r"^the\s+one\s+who\s+(?!(?:always|sometimes|never|usually|often|also|just|still|only|normally)\b)[a-z]{3,}s\b"
    r"(?![^,;.]*\b(?:is|are|was|were|isn't|aren't|doesn't|don't|never|will|can't|won't)\b)",
    re.I,
)
# Words of a note's housekeeping after a line's first words ("Moral hazard — see also insurance
# notes", "Memory - lecture 4", "Anchoring — stub"): a link list or a reminder, not a gloss.
# (Asked of the lower-cased gloss: a pattern without IGNORECASE reads each position once.)
_HOUSEKEEPING = re.compile(
    # ("todo" as a to-do that opens the gloss, or before a mark or at its end: Spanish "todo lo
    # demás" is "everything else".)
    # ("see" points only where it opens the gloss or a part of it: "see ch. 4", "...; see [[X]]";
    # "never see time go backwards" is a gloss.)
    r"(?:(?:^|[(;.,—–→-]\s*)see\b|\b(?:stub|draft|todo(?=\s*(?:[:!\-–—(]|$))|^todo|tbd|wip|memori[sz]e|lecture\s+\d+|write\s+(?:this|it)\s+up|link\s+(?:to|it)|"
    r"glossar[yio]?|glossaire|glosario|^notes?\s*(?:$|\()|next\s+(?:lecture|sprint|week|time|class)|"
    # "Tooling sequence - class notes 12 Mar", "Affresco – lezione 2": a note's title and what it is.
    r"^(?:class|lecture|course|seminar|reading|workshop)\s+notes\b|^(?:lezione|lección|leçon|lektion|lesson|session|wk|week)\s+\d)\b)"
)
# A gloss that opens with a preposition of time, a quotation or a pointer places or quotes
# something ("during WWII ...", "\"one diagram a week\""): no gloss either.
_NOT_GLOSS_START = frozenset(
    "during after before since until from by via see cf e.g. i.e. ex ver voir siehe vedi zie nach mit für bei aus zu über unter durch"
    " still maybe perhaps probably".split()
)
# "Pollan's name for the ideology that ...", "Heidegger's word for the kind of being ...": whose
# term it is, then what it names.
_NAME_FOR = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?\s+(?:own\s+)?(?:name|word|term|label|phrase|coinage)\s+for\s+\S")
# A gloss that opens with a reason gives why, not what ("a causa de ...", "parce que ...").
_CAUSAL_OPENINGS = ("because ", "a causa de ", "parce que ", "porque ", "perché ", "weil ", "omdat ", "bo ", "per via di ")
# Words that open a gloss saying in what situation or manner a thing is ("when a sound combines
# with ...", "how a thing shows up when ...").
_SITUATION_WORDS = frozenset("when whenever where how".split())
# "enthalpy: H = U + PV": a concept glossed by the formula that defines its symbol (an operator
# on the right: "timeout: T = 30 s" is a setting's value).
_FORMULA = re.compile(r"^[A-Z][A-Za-z]{0,2}(?:_?\w)?\s*=\s*[^\s=][^.;,]*?[+\-−*/·×÷^]")
# "West African product made by grating ...", "Early Devonian hot-spring deposit in Scotland":
# a noun phrase whose capital is a proper adjective's, its head pinned down; an option's
# description opens with a verb or a common word ("Shows ...", "Default location for ...").
_PROPER_MODIFIED = re.compile(
    r"^(?:(?:Early|Late|Middle|Upper|Lower|West|East|North|South|Central)\s+)?[A-Z][a-z]+(?:an|ian|ese|ish|ic)\s+(?:[a-z][\w-]*\s+){1,2}"
    r"(?:made|formed|used|found|of|in|from|for|with|that|which)\s"
)
# Pronouns that open a story of someone's, not a statement of what a thing is ("he grew up ...").
_STORY_PRONOUNS = frozenset("he she they i it his her their".split())
# Words that make a particular thing of a clause's subject ("the ground wire is loose", "this
# pot is dirty again"): a state or news, where a bare subject states a kind's ("waves bunch up").
_PARTICULAR_SUBJECT = frozenset("the this that these those my our his her their its".split())
# Auxiliaries of the past and the future, which tell what happened or will.
_TOLD = frozenset("was were had did will would won't didn't wasn't weren't".split())
# Quantifiers that answer how many or which, not what: "Earthquakes: all three."
_QUANTIFIERS = frozenset("all both none mostly mainly only".split())
# Object pronouns after a gloss's first word make an instruction of it ("grow them in pots").
_OBJECT_PRONOUNS = frozenset("it them him her me us this these those yourself".split())
# Keys and modifiers: a shortcut list ("**macOS**: Cmd+Option+I").
_KEYS = re.compile(r"\b(?:ctrl|cmd|alt|shift|option|command)\s*\+")


# A gloss opening with a quotation is a saying ("**Seneca**: "We suffer more ..."") unless a short
# quoted translation of a marked term opens the explanation after it: "**bakufu** = "tent
# government" = the shogun's military government". (After a plain term the quote is as often the
# name being glossed: "Passing: "every others" = pass on every second throw".)
_QUOTED_TRANSLATION = re.compile(r"^[\"“„«'](?P<quote>[^\"“”„«»']{2,40})[\"”»'](?P<sep>\s*[=:;,—–]|\s+[—–-])\s+\S+(?:\s+\S+){2}")
# A quoted verdict is a review's, not a translation ("**Frame**: "rock solid", no wobble"), and so is
# a quote the writer goes on to remark on ("**Motor**: "quiet" — you can ...", ""long", but ...").
_VERDICT_WORDS = frozenset("too enough very so really great good bad solid nice awful best worst love loved meh ok okay".split())
_REMARK_OPENERS = frozenset("but you no and so it i we they which though although yet".split())
# A gloss ending so asks a question or announces a list (``entrylines`` tests a whole line's end).
NO_GLOSS_ENDS = ("?", ":", "：")
# ... unless a noun phrase of eight words or more defines the term before the colon, which then
# announces its formula: "Vectorial capacity = the number of new infective bites that ... day:".
DEFINITION_BEFORE_FORMULA = (  # (compiled by ``re`` at its first use: few notes need it)
    r"(?:^|\s=\s|\s[—–]\s|:\s)(?:the|an?)\s+[a-z]\S*(?:\s+\S+){6,}:\s*$"
)


def gloss_reads(term: str, body: str, sep: str, marked: bool = False) -> bool:
    """A gloss of a few words that describes (any language): not a report, a step, a question,
    an announcement of a list, code, a menu path or a time. ``marked``: the term is in bold or
    italics, which lets a quoted translation open its gloss."""
    notation = notation_gloss(term, body) if body[:1] == "`" else None
    if (body.endswith(NO_GLOSS_ENDS) and not (body.endswith(":") and re.search(DEFINITION_BEFORE_FORMULA, body))) or (
        body.startswith(_BAD_BODY_START) and notation is None
    ):
        return False
    if opens_with_cry(body):
        return False  # "wolverine — ha. ranger said maybe a sighting a season": a cry, no gloss
    if ABOUT_THE_NOTE.match(body):
        return False  # "Salt chemistry — quick ref for ...", "... — notes from the interview": the note's subtitle
    if notation is not None:
        body = notation  # (the notation read, its words are the gloss)
    quoted = _QUOTED_TRANSLATION.match(body) if marked and body[:1] in "\"“„«'" else None
    if quoted and (
        not _VERDICT_WORDS.isdisjoint(quoted.group("quote").lower().split())
        or body[quoted.end("sep") :].split(None, 1)[0].lower().strip(",") in _REMARK_OPENERS
    ):
        quoted = None  # "**Motor**: "quiet enough" — you can ...", "**Oppenheimer**: "too long", but ..."
    if body[:1] in "\"“„«'" and not quoted:
        return False
    # "railroading — when you press too hard ... a filled shade. happened to me ALL the time
    # today.": the first sentence is the gloss; the writer's remark after it says nothing of it.
    if ". " in body or "! " in body:
        first_sentence = _FIRST_SENTENCE.match(body)
        if first_sentence is not None and FIRST_PERSON.search(body, first_sentence.end()):
            body = first_sentence.group()
    if "`" in body or ("**" in body and not later_bold(body)):
        return False  # code, or a button named in bold: documentation
    flat = plain(body)
    words = flat.split()
    if not words:
        return False
    low = flat.lower()  # made once for the patterns below, which need no IGNORECASE then
    if ("+" in low and _KEYS.search(low)) or ((">" in body or not body.isascii()) and _menu_path(body)):
        return False  # a shortcut or a menu path: documentation
    if (may_be_housekeeping(low) and _HOUSEKEEPING.search(low)) or ("," in body and members(body, term, bare=marked)):
        return False
    if sep in ("—", "–", "-") and f" {sep} " in body and f" {sep} " in FIRST_CLAUSE.match(BRACKETED.sub("", body)).group():
        # "Many file types — images, audio — can be embedded": an aside between dashes. (A dash
        # after the gloss's first clause is the gloss's own: "процесс ...; по Эйзенштейну — ...".)
        return False
    if len(words) > 60 or flat[:1].isdigit() or _PAGE_REFERENCE.match(flat) or SCHEDULE.match(flat):
        return False  # a time, an amount, a page to read ("p. 34, n° 3 et 5 pour jeudi") or how often ("every 2 days")
    term_lower = term[:1].islower()
    one_name = len(term.split()) == 1 and not term_lower
    # ("tori → the one who executes the technique": a role in lower case is glossed by who plays it;
    # "Tom: the guy who ..." names a person.)
    particular = _PARTICULAR.match(flat) is not None and not (
        term_lower and " " not in term and term not in low and _ROLE_GLOSS.match(flat)
    )
    if (may_be_news(low) and news(flat)) or particular or (one_name and _DONE.search(flat)) or (("longer" in low or "now" in low) and _CHANGED.search(low)):
        return False  # "Ana: moved to Friday", "Tom: the guy who ...": news about someone or something
    # A word in a script of its own glossed in a Latin one: a translation ("안녕하세요 = hello (polite)").
    # (An ASCII term that opens with a letter, most terms, holds a Latin letter: no scan needed.)
    latin = (term[:1].isalpha() and term.isascii()) or any("a" <= ch.lower() <= "z" for ch in term)
    if not latin and flat.isascii():
        return not FIRST_PERSON.search(flat[1:]) and len(words) <= 12
    cjk_body = CJK.search(flat[:8]) is not None
    # (Without a bracket there is no aside to take out: the words are counted as they are.)
    if sep != "=" and not (cjk_body and len(flat) >= 2) and (
        len(words) < 2 or (len(_ASIDES.sub("", flat).split()) if "(" in flat else len(words)) < 3
    ):
        return False  # "derivation: new word (*happy* → ...)": a note on a term, too short to gloss it
    if (flat[:1].isupper() and is_ui_step(flat)) or (FIRST_PERSON.search(flat) and FIRST_PERSON.search(_QUOTED_EXAMPLE.sub("", flat))):
        # ("was/were + -ing; ... ("I was cooking when you called")": an example quoted is not the
        # writer speaking.)
        return False  # "Select the file ...": a step
    first = words[0].lower().strip(",;:\"“”‘’«»()")
    lowered = [w.lower().strip(",;:.()") for w in words[:12]]
    # ("quantité du sel dissous": French "du" is "of the", no German "you".)
    if not READER_WORDS.isdisjoint(lowered) and not generic_your(lowered) and not french_du(lowered):
        return False  # the reader addressed: documentation
    if (names_itself(term, lowered[:3]) and not genus_gloss(term, lowered) and acts_first(term, lowered)) or (
        "," in flat[:80] and may_be_word_list(flat) and WORD_LIST.match(flat)
    ):
        return False  # "Filtre — filtra fitxers", "Propiedades — elegir propiedades ...": an option described by its name
    if flat[:1].islower() and (capitalised_pair(words) or not words[0].islower()) and not expands(term, words):
        return False  # "iCloud, OneDrive i Google Drive", "utilitza Obsidian Publish": names, not a gloss
    if not flat.isascii() and (term.lower() in RU_LABELS or first in RU_NOT_GLOSS or ru_report(flat)):
        return False  # "Итог — встреча перенесена ...", "Встреча — в пятницу": a label or a time
    if slavic_task(term, flat):
        return False  # "Petr: opravit chybu ...", "Kasia: przygotować ...": a task for someone
    if first in _NOT_GLOSS_START or first in REPORT_PRONOUNS or (
        first in COMMAND_VERBS and not (len(words) > 1 and _NOUN_AFTER_VERB_WORD.match(words[1].lower()))
        # ("cold extraction = paste kept at 27 °C", "antiquing = paste dye rubbed into ...": after
        # "=" a participle makes a noun of the word a command would open with.)
        and not (sep == "=" and any(
            _PARTICIPLE_AFTER.match(words[k].lower()) and words[k + 1].lower() in _PLACE_PREPOSITIONS for k in (1, 2) if k + 1 < len(words)
        ))
    ):
        return False  # "during WWII ...", "elle veut ...", "jump between notes ...": no gloss
    if low.startswith(_CAUSAL_OPENINGS):
        return False  # "Mantingueu una ment oberta: a causa de ...", "X: because ...": a reason, not what X is
    if first in _QUANTIFIERS and len(words) < 4:
        return False
    if len(words) >= 2 and words[1].lower().strip(",;.") in _OBJECT_PRONOUNS and not first.endswith("ing"):
        return False  # "grow them in pots": an instruction
    clause = opens_clause(flat, lowered) and not (_RELATIVE.match(flat) or _pinned_bare_noun(flat))
    if not clause and not FOREIGN_COPULAS.isdisjoint(lowered[:6]) and states(lowered):
        return False  # "Ojo: la clasificación ... es otra cosa": a statement in another language, not a gloss
    if clause and not general_statement(flat, term) and (
        not marked or first in _STORY_PRONOUNS or first in _PARTICULAR_SUBJECT or not _TOLD.isdisjoint(lowered[:6])
        or any(ch.isdigit() for ch in flat)
    ):
        # "Priya: will send the deck", "Update: the server is down". A term the writer set in bold
        # or italics may be glossed by a clause of its own in the present ("**Doppler shift**: waves
        # bunch up ahead of a source ..."), not by someone's story ("**Childhood**: he grew up ..."), a
        # particular thing's state ("**hum** → the wire is loose") nor by news ("**Budget**: the
        # grant was cut ...", "**Plan**: the group will meet ...", a status with its figures:
        # "**Frontend**: tests pass and coverage stays above 80%").
        return False
    lead = flat[:1]
    if lead.isupper():
        # A capitalised gloss is how option lists describe their entries ("Tempo total de
        # carregamento.", "Shows line numbers"); glossaries gloss in lower case, except German
        # nouns pinned by a preposition or a relative pronoun and an abbreviation as subject
        # ("CB buys govt bonds").
        head = words[0]
        if not (
            GERMAN_NOUN_GLOSS.match(flat) or _NAME_FOR.match(flat) or (term_lower and _FORMULA.match(flat))
            or (flat.isascii() and len(words) >= 6 and _PROPER_MODIFIED.match(flat))
            or (head in _ENGLISH_ARTICLES and len(words) >= 4 and words[1].isalpha() and words[1].islower())
            or (
                head.isupper() and 2 <= len(head) <= 5 and head.isalpha() and len(term.split()) >= 2
                and len(words) > 1 and words[1].isalpha() and words[1].islower()
            )
            or (sep == "=" and capitalised_eq_gloss(term, words))
        ):
            return False
    elif not lead.isalpha() and not cjk_body and lead not in "«„\"“'‘¿¡":
        return False
    last = words[-1].rstrip(".!")
    if (
        len(words) >= 2 and last.endswith(("en", "ern", "eln")) and last.islower() and len(last) >= 5
        and not GERMAN_WORDS.isdisjoint(lowered) and not GERMAN_RELATIVE.search(flat) and words[-2].lower() != "zu"
        and not GERMAN_CLOSING_CLAUSE.search(flat)
    ):
        # "Neu — eine neue Datei in der aktuellen Ansicht erstellen." ("..., seine Lebensgrundlagen
        # zu sichern": an infinitive after "zu" belongs to the noun before it.)
        return False
    # The gloss's language, by its function words: another language's and no English, or English's only.
    # (Read in the first clause: a remark after a ";" may hold a word of both, "on le marque".)
    clause_end = 12
    if ";" in flat or "." in flat:
        clause_end = next((k + 1 for k, word in enumerate(words[:12]) if word.endswith((";", "."))), 12)
    foreign_glue = not FOREIGN_GLUE.isdisjoint(lowered[:clause_end])
    english_glue = not ENGLISH_GLUE.isdisjoint(lowered[:clause_end])
    foreign = foreign_glue and not english_glue
    if (
        not term_lower and VERB_FORM.match(first) and not compound_adjective(first)
        and not PLURAL_HEAD.match(flat) and not participle_noun(words) and not foreign
        and not (english_glue and not foreign_glue and concept_acts(term, first))
    ):
        # "Alice: finished the page", "Practice: finds ...": a report or an action. (English
        # endings only: "tallos erguidos ...", "flaches Stahlwerkzeug ...", "das gesamte ..." are
        # noun phrases of other languages, read by the test below.) (What a bold term does, said in the
        # present, reads the same as a team's or a person's doings: "**Ops** — handles on-call ...".)
        # A participle before its pinned noun opens a noun phrase ("cured ham from the hind leg").
        return False
    if not term_lower and lead.islower() and foreign:
        # A capitalised name glossed in another language: how translated option lists read when
        # the gloss is a bare phrase ("Sem valor: contagem de linhas"), an infinitive ("salvare i
        # file ...") or glosses a command ("Transferir anexos") or a state ("Marcada"). Glossaries
        # give a noun phrase its article or relative pronoun ("roca fundida que ..."), or describe
        # at length where the language has no articles ("Strefa pożarowa: część budynku
        # oddzielona ścianami ...", eight words or more: option lists describe in a few).
        term_words = term.lower().split()
        if (
            (NOUN_PHRASE_MARKS.isdisjoint(lowered[:8]) and len(words) < 8)
            # (A German gloss opens with an adjective so ended: "klare Flüssigkeit, wird ... und ...".)
            or (first.endswith(INFINITIVE_ENDINGS) and _GERMAN_GLUE.isdisjoint(lowered[:12]))
            or (len(term_words) >= 2 and term_words[0].endswith(INFINITIVE_ENDINGS)) or (len(term_words) == 1 and term_words[0].endswith(FOREIGN_PARTICIPLE))
        ):
            return False
    if (
        not term_lower and lead.islower() and len(words) >= 2 and words[1].lower() in OBJECT_ARTICLES and first not in DETERMINERS
        and not words[0].endswith(",") and not first.endswith("ing") and first not in _SITUATION_WORDS
    ):
        # A verb and its object ("adiciona uma propriedade", "crea un archivo"): what an option
        # does. A lower-case role noun is glossed so ("agonist: binds a receptor ..."), and a
        # phenomenon by the situation it is ("Comb filtering — when a sound combines with ...").
        return False
    return True
