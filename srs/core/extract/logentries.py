"""Glossary-shaped lines that are log entries: a price, a time or an amount after the separator,
or a note to look the term up later.

"Chinon 2018 — €19 — buy again!", "Prochain cours : mardi 18h, salle 3.", "Arbeitszeit: ca. 10 Min."
have the shape of a glossary entry (a short name, a separator, a gloss) but record what something
cost, when it happens or how long it takes: nothing a learner would be asked to recall. They are
told by the gloss's first words, in the languages the extractor reads.
"""

from __future__ import annotations

import re

__all__ = ["is_log_gloss", "is_member_list", "log_gloss_of_card", "member_list_of_card"]

_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    "lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    "segunda|terça|quarta|quinta|sexta|"
    "today|yesterday|tomorrow|tonight|aujourd'hui|demain|heute|morgen|hoy|mañana|oggi|domani|hoje|amanhã"
)
_LOG_GLOSS = re.compile(
    r"^(?:"
    # a price: "€22", "$5.50", "22 €", "CHF 30"
    r"[€$£¥₩]\s?\d|\d+(?:[.,]\d+)?\s?(?:[€$£¥₩]|(?:eur|usd|gbp|chf)\b)|(?:eur|usd|gbp|chf)\s?\d"
    # a day or a time: "mardi 18h", "Tue 10:30", "18h", "10:30", "9am"
    r"|(?:" + _WEEKDAYS + r")(?!['’\w])|\d{1,2}(?::\d\d|h\d*|\s?(?:am|pm|uhr))\b"
    # an estimate: "roughly 15% weakening since ...", "~3 km"
    r"|(?:roughly|approximately|approx\.?|about|around|~|ca\.?|circa|etwa|environ|aprox\.?)\s?\d"
    # an amount of time: "ca. 10 Min.", "about 20 minutes", "~2 h"
    r"|(?:ca\.?|approx\.?|about|around|~|env\.?|circa|etwa|aprox\.?)?\s?\d+(?:[.,]\d+)?\s?"
    r"(?:min|mins|minutes|minuten|minutos|minuti|h|hrs|hours|std|stunden|heures|horas|ore|sec|secs|seconds)\.?(?:\s|$|[,;.])"
    r")",
    re.I,
)
# "{{c1::Term}}: gloss", "{{c1::Term}} — gloss", "die {{c1::Sehnsucht}} (f.) = gloss": the gloss
# follows the first cloze's separator.
_AFTER_CLOZE = re.compile(r"\}\}[^:：=—–\-→]{0,40}?\s?(?:::|[:：=—–→]|\s-)\s*")


# A gloss the writer left for later: "look up", "nog opzoeken", "TODO", "???", "(add later)".
_LATER = re.compile(
    r"^(?:\(?(?:lol|sic)\)?\s*)?\(?(?:\?{2,}|(?:look\s+(?:it\s+)?up|to\s+look\s+up|todo|tbd|tbc|add\s+later|fill\s+in|coming\s+soon|"
    r"nog\s+opzoeken|opzoeken|nachschlagen|nachsehen|à\s+vérifier|a\s+chercher|à\s+chercher|buscar|"
    r"por\s+buscar|da\s+cercare|pesquisar)\b)",
    re.I,
)


def is_log_gloss(gloss: str) -> bool:
    """Whether a glossary line's gloss records a price, a time or an amount instead of saying
    what its term is."""
    gloss = gloss.lstrip(" *_")
    return _LOG_GLOSS.match(gloss) is not None or _LATER.match(gloss) is not None


def log_gloss_of_card(text: str) -> bool:
    """Whether a glossary card's text (its term in a cloze, a separator, the gloss) glosses its
    term with a log entry (``is_log_gloss``)."""
    match = _AFTER_CLOZE.search(text)
    return match is not None and is_log_gloss(text[match.end() :])


# A gloss that only lists three or more members of one to three words each: "wheat, turnips, barley,
# clover", "superconducting transmons, trapped ions, photons, spins…".
_MEMBER_LIST = re.compile(r"^\w+(?:[ -]\w+){0,2}(?:,\s*(?:and\s+|or\s+)?\w+(?:[ -]\w+){0,2}){2,}(?:,?\s*etc)?[.…]*$")
def is_member_list(gloss: str) -> bool:
    """Whether a gloss only names members of its term, not what the term is."""
    return _MEMBER_LIST.match(gloss.strip()) is not None


def member_list_of_card(text: str, term: str) -> bool:
    """Whether a glossary card's ``term`` is a plural of two words or more ("Physical
    implementations") and its gloss only lists members ("superconducting transmons, trapped ions,
    photons, spins…"): a list of examples, not a definition. (A term in one word keeps its list: a
    vocabulary entry's synonyms, "perro: dog, hound, mutt", or an abbreviation's expansion.)"""
    if text.count(",") < 2:
        return False  # (the cheap test: a list of three members holds two commas)
    match = _AFTER_CLOZE.search(text)
    if match is None:
        return False
    words = term.split()
    return len(words) >= 2 and words[-1].endswith("s") and is_member_list(text[match.end() :])
