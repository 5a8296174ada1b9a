"""Glossary-shaped lines that are log entries: a price, a time or an amount after the separator.

"Chinon 2018 — €19 — buy again!", "Prochain cours : mardi 18h, salle 3.", "Arbeitszeit: ca. 10 Min."
have the shape of a glossary entry (a short name, a separator, a gloss) but record what something
cost, when it happens or how long it takes: nothing a learner would be asked to recall. They are
told by the gloss's first words, in the languages the extractor reads.
"""

from __future__ import annotations

import re

__all__ = ["is_log_gloss", "log_gloss_of_card"]

_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    "lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    "segunda|terça|quarta|quinta|sexta|"
    "today|tomorrow|tonight|aujourd'hui|demain|heute|morgen|hoy|mañana|oggi|domani|hoje|amanhã"
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


def is_log_gloss(gloss: str) -> bool:
    """Whether a glossary line's gloss records a price, a time or an amount instead of saying
    what its term is."""
    return _LOG_GLOSS.match(gloss.lstrip(" *_")) is not None


def log_gloss_of_card(text: str) -> bool:
    """Whether a glossary card's text (its term in a cloze, a separator, the gloss) glosses its
    term with a log entry (``is_log_gloss``)."""
    match = _AFTER_CLOZE.search(text)
    return match is not None and is_log_gloss(text[match.end() :])
