"""Titles that name a log or a lesson. A log's lines (a daily note's, a diary's, a meeting's, a
map of content's) are news, tasks and links, not glossaries; a lesson's, a lecture's or a course's
notes gloss the terms taught, whatever date or day number they carry."""

from __future__ import annotations

import re
from functools import lru_cache

from srs.core.extract.filters import looks_like_date

__all__ = ["MAP_OF_CONTENT", "diary_title", "log_title", "names_log", "names_meeting", "plan_title", "study_title", "taught_title"]

# "Day 3", a log's day (a course's day too: ``log_title``).
_DAY_NUMBER = r"\bday\s+\d"
_LOG_TITLE = re.compile(
    # (A word of a compound is none: "Livre-journal et grand livre" names a ledger; a journal
    # club reads a paper.)
    r"^v?\d+(?:\.\d+)+\b|" + _DAY_NUMBER + r"|(?<![\w-])(?:changelog|devlog|worklog|release\s+notes|moc|inbox|diary|standup|stand-up|meeting|retro|rota|agenda|todo|to-do|tasks|"
    r"template|dashboard|scratch|ideas|settings|preferences|shortcuts|hotkeys|commands|configuration)(?![\w-])"
    # ("Index funds", "Log scales", "Sprint mechanics", "Journal bearings", "Options trading": a
    # subject's first word, before the noun it qualifies; "Reading log", "Sprint 14", "Index" are logs.)
    r"|(?<![\w-])(?:index|journal|log|sprint|options)(?![\w-])(?<!^index)(?<!^journal)(?<!^log)(?<!^sprint)(?<!^options)(?!\s+club)"
    r"|^(?:index|journal|log|sprint|options)(?![\w-])"
    r"(?!\s+(?:club|(?!(?:de|du|des|of|di|da|del|van|von|book|planning|review|retro|notes|week|entry|entries|goals|demo|summary)\b)[a-z]))",
    re.I,
)


# A lesson, a lecture or a course's day, whose notes gloss the terms taught, whatever date they
# carry; a class, a course or a workshop otherwise only with its notes ("DSWA course - notes") or
# as a numbered session with its topic ("Workshop day 2 - knife grips"): a spin class, a
# workshop's day alone or an economy class are logged.
_STUDY_EVENT = re.compile(
    r"\b(?:lesson|lecture|lect|seminar|tutorial|lezione|lección|vorlesung|ground\s+school)\b"
    # ("Woodland crafts course day 2": a course's day, taught.)
    r"|\b(?:course|curso|corso|kurs|cours)\s*[-–—,:]?\s*(?:day|día|giorno|tag|jour)\s+\d"
    # ("Workshop day 2 - knife grips", "Class 3: wall hangings": a numbered session and its topic.)
    r"|\b(?:workshop|class|clase|classe|kurs)\s+(?:(?:day|week|wk|session)\s*)?\d{1,2}\s*[-–—:]\s*[^\W\d]",
    re.I,
)
_STUDY_NOTES = re.compile(r"\b(?:class|course|workshop|clase|curso|cours|corso|kurs)\b.*\b(?:notes|apuntes|appunti|notizen)\b", re.I)
# A day of a course ("SIV course - day 1 lecture"), which ``_LOG_TITLE`` reads as a log's day.
_COURSE_DAY = re.compile(_DAY_NUMBER, re.I)


def study_title(title: str) -> bool:
    """Whether a note's title names a lesson or a lecture ("Standard technique lesson
    2023-10-04", "Biochem lecture 12 Mar"), or a class's or a course's notes."""
    return _STUDY_EVENT.search(title) is not None or _STUDY_NOTES.search(title) is not None


def names_log(title: str) -> bool:
    """Whether a note's title names a log, an inbox, a meeting, a sprint or a map of content by
    its word ("Flight log - Bristol fiesta", "Sprint 14", "Log book", "Lab week 5 - MOC"; not
    "Log scales", "Journal bearings", "Index funds", "Sprint mechanics", which name subjects). A
    day's number alone may be a course's ("AFF ground school - day 1")."""
    if " " not in title.strip():
        title = title.replace("-", " ").replace("_", " ")  # a slug: "flight-log"
    return _NAMED_LOG.search(title) is not None


# A log, a diary, a journal or a sprint named by its word (not first before a subject's noun:
# "Log scales", "Journal bearings", "Journal entries", "Sprint mechanics"), and the words of
# meetings, inboxes and maps of content. Not "index" or "options", which end subjects' names too
# ("Glycemic index", "Stock options"), nor a section's number ("2.3 Enzyme kinetics").
_NAMED_LOG = re.compile(
    r"(?<![\w-])(?:diary|devlog|worklog|changelog|standup|stand-up|meeting|retro|rota|agenda|todo|to-do|inbox|moc|dashboard)(?![\w-])"
    r"|(?<=\w\s)(?:log|logbook|journal)(?![\w-])(?!\s+club)"
    r"|^(?:log|logbook|journal|sprint)(?![\w-])(?!\s+(?:club|(?!(?:de|du|des|of|di|da|del|van|von|book|planning|review|retro|notes|week|goals|demo|summary)\b)[a-z]))",
    re.I,
)


@lru_cache(maxsize=256)
def log_title(title: str) -> bool:
    """A daily note, a log, an inbox or a map of content: its lines are news, tasks and links."""
    if " " not in title.strip():
        title = title.replace("-", " ").replace("_", " ")  # a slug: "reading-log", "git-commands"
    if study_title(title):
        # A lesson's date or its day of a course ("SIV course - day 1 lecture") marks no log.
        return _LOG_TITLE.search(_COURSE_DAY.sub("", title)) is not None
    return looks_like_date(title) or _LOG_TITLE.search(title) is not None


# A map of content names a topic's notes, no term: "Septic MOC", "Map of content - sailing".
MAP_OF_CONTENT = re.compile(r"\bMOC\b|\bmaps?\s+of\s+contents?\b", re.I)
# A meeting's or a diary's title: the word with a date, a dash or "w/" ("Tofu press day — meeting
# w/ Aya", "Dojo committee meeting 2024-01", "Cornice run - diary"); alone it may name a subject
# ("Meeting of the minds", "Agenda setting theory", "Inbox zero").
_MEETING = re.compile(
    r"\s[-—–]\s(?:diary|log|journal)\b|\b(?:meeting|minutes|standup|stand-up|retro)\b(?=.*(?:\d|\sw/|\sw\s|\swith\s))"
    r"|\d.*\bmeeting\b|\s[-—–]\s.*\bmeeting\b"
    # ("1:1 with Sam", "Apollo weekly": a one-to-one or a team's weekly is a meeting too.)
    r"|(?<!\w)(?:1:1|1-on-1|one-on-one)(?!\w)|\bweekly$",
    re.I,
)


def names_meeting(title: str) -> bool:
    """Whether a note's title names a meeting, a map of content or a diary (see ``_MEETING``),
    whose bold words are agenda items and links, not key terms."""
    return MAP_OF_CONTENT.search(title) is not None or _MEETING.search(title) is not None


# A note that records what happened: "Shop log - bench build", "Fieldwork diary day 12".
# (A word before "log": "Log phase", "Log-normal distribution" are subjects.)
_DIARY_TITLE = re.compile(r"\w\s+(?:log|logbook|diary|journal)\b(?!-)|^(?:diary|journal|devlog|worklog|standup|stand-up)\b|\bday\s+\d+\b", re.I)


# A day and a month closing a title, with no year: "Club night 12 March", "Study group 14 Nov".
_DAY_MONTH_END = re.compile(
    r"\s(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?)\.?$",
    re.I,
)


# What a dated title without its year names when it is a log's: a gathering ("Club night 12 March",
# "Study group 14 Nov"), not a subject ("Photosynthesis 12 March", "Battle of Hastings 14 Oct").
_GATHERING = re.compile(r"\b(?:night|club|party|meetup|meet-up|dinner|gig|group|meeting|call|visit|match|game|session|practice|rehearsal|catch-up|offsite)\b", re.I)


def diary_title(title: str) -> bool:
    """A log's or a diary's title, whose bold words are no key terms: "Ticino trip day 2",
    "Spanish course day 4 diary", "Club night 12 March"; a course's day alone is taught ("Guide
    course day 2", "Lecture 12 March")."""
    if _DIARY_TITLE.search(title) is None:
        dated = _DAY_MONTH_END.search(title)
        return dated is not None and _GATHERING.search(title, 0, dated.start()) is not None and not study_title(title)
    return not study_title(title) or _DIARY_TITLE.search(_COURSE_DAY.sub("", title)) is not None


# A word of teaching anywhere in a title: "Grafting workshop - orchard society", "Scrum events -
# training notes", "Workshop day 2" (a meeting's, "Workshop meeting with Sam", is none).
_TAUGHT = re.compile(r"\b(?:workshop|course|class|lesson|lecture|lec|lect|seminar|training|tutorial|school)\b", re.I)
# A course's code and its week or its lecture's number: "MUS 210 wk5 ...", "ZOOL215 L4 ...",
# "HIST 2301 wk 7 - ...", "Meteo II L11 ..." (not "RFC 5952 notes", "ISO 8601 dates", nor a
# year: "Gym 2024 week 5", "Sales 2024 wk 14 pipeline").
_COURSE = re.compile(r"\b[A-Z][A-Za-z]{1,4}\s?(?:(?!19\d\d\b|20\d\d\b)\d{3,4}|[IVX]{1,3})\b.*?\b(?:wk\s?\d{1,2}|week\s?\d{1,2}|L\d{1,2})\b")


# A lecture's number before its topic: "Genomics L7 - expression arrays", "HEA L9 — jets & SEDs",
# "MolBio 301 — L12: ...".
# (After a course's code or a field's name: "Warehouse L4 - stock issues" and "Back pain L5" are no lectures.)
_LECTURE_NUMBER = re.compile(
    r"(?:\b[A-Z]{2,6}|\b\d{3,4}|\b[A-Za-z]*(?i:ics|ogy|omy|istry|medicine|science|sciences|studies|econ|astro|bio|chem|"
    r"physics|maths?|stats|law|history|geo|psych|anatomy|genetics|soils?))\s+(?:[—–-]\s+)?L\d{1,2}\s*(?:[—–:-]\s|$)"
)


def taught_title(title: str) -> bool:
    """Whether a note's title names something taught, however loosely (``study_title`` is strict:
    a lecture, a lesson or a course's day)."""
    return (
        _TAUGHT.search(title) is not None or _COURSE.search(title) is not None or _LECTURE_NUMBER.search(title) is not None
    ) and not names_meeting(title)


# A plan, a trip, a routine or a team's sync, by the word that closes its title (a date may
# follow) or a trip's that opens it: its lines say what to do or where to go. ("Routine activity
# theory", "Planning permission" name subjects.)
_PLAN = re.compile(
    r"\b(?:plans?|planning|itinerary|trip|weekend|holiday|vacation|routine|roadmap|schedule|rota|jobs|chores|"
    r"checklist|sync|standup|stand-up|changelog|release\s+notes|readme)(?:\s+[\d/.-]+)?$|^(?:weekend|trip|holiday)\b",
    re.I,
)
# ("Marshall Plan", "Schlieffen Plan": a name's plan is history.)
_NAMED_PLAN = re.compile(r"\b[A-Z][\w'’-]+\s+Plan$")


def plan_title(title: str) -> bool:
    """A plan's, a trip's, a routine's or a sync's title ("Lake District weekend plan", "Portugal
    itinerary", "Practice routine", "Sprint sync", "CHANGELOG"): arrows in such a note lead to
    steps and news, and its bold words are no key terms."""
    return _PLAN.search(title) is not None and _NAMED_PLAN.search(title) is None
