"""Text that speaks of a software interface: a step to take ("Click **Settings**, then ...",
"Under General, set ..."), a menu path ("Settings → Editor"), or the interface's parts named
("the sidebar", "the command palette"). A sentence so written documents software and gives no
card; ``filters`` and the rules ask these."""

from __future__ import annotations

import re

from srs.core.extract.alternation import prefix_tree
from srs.core.extract.sentences import fold_case

__all__ = ["ManualSigns", "is_ui_instruction", "is_ui_step", "mentions_ui"]

# Only asked whether it matches: the word lists are prefix trees (alternation.py).
_UI_LEADS = "to|if you want to|once|when|then|first|next|finally|optionally|alternatively".split("|")
_UI_STEPS = (
    "select|click|press|tap|open|close|choose|go to|navigate|enable|disable|toggle|type|enter|"
    "drag|drop|hover|right-click|double-click|run|install|copy|paste|pick|check|uncheck|scroll|"
    "search for|find|set|change|add|remove|delete|rename|create|launch|restart|expand|collapse|"
    "use the|in the|from the|under|try|let's"
).split("|")
_UI_START = re.compile(
    r"^(?:(?:" + prefix_tree(_UI_LEADS) + r")\b[^,.]{0,80},\s*)?(?:" + prefix_tree(_UI_STEPS) + r")\b", re.I
)
# A match of _UI_START opens the text with one of its words: the text's first four letters, case
# aside, are the first four of a long one or begin with a short one. Most sentences ("The ...")
# are ruled out by a set lookup before the regex runs.
_UI_HEADS = frozenset(word[:4] for word in _UI_LEADS + _UI_STEPS if len(word) >= 4)
_UI_SHORT = frozenset(word for word in _UI_LEADS + _UI_STEPS if len(word) < 4)
# The first two letters of each word: whichever of the tests above holds, the text's first two
# letters are among these, so one lookup turns away most text before the other two are asked.
_UI_PAIRS = frozenset(word[:2] for word in _UI_LEADS + _UI_STEPS)
# A step's word followed by a verb of being or meaning is the subject of a statement, not a command.
_NOUN_SUBJECT = re.compile(r"^[A-Za-z]+(?:[\s-][a-z]+)?\s+(?:is|are|was|were|means|refers|denotes|describes|occurs|happens)\b")
# "In the sidebar, ...", "In the Settings dialog, ...": a place in the interface opens a step only when
# the sentence names a part of an interface or speaks to its user ("In the section labeled ..., you
# can"); "In the potential method we define ..." is no step.
_IN_THE = re.compile(r"^in\s+the\b", re.I)
# "Under General, set the default folder ...": a place, then what to do there.
_UNDER_STEP = re.compile(
    r"^under\s+[^,.]{1,40},\s*(?:then\s+)?(?:choose|select|set|enable|disable|turn|click|tap|pick|toggle|check|uncheck|open|go|find|add|remove|change|use|type|enter)(?![\w-])"
    r"(?!\s+of\b)",  # ("Under Roman law, use of force ...": a noun)
    re.I,
)
# "Under Preferences > Editor, ...": a menu path, names in capitals on both sides.
_UNDER_MENU = re.compile(r"^under\s+[A-Z][\w ]{0,30}\s>\s[A-Z]", re.I)
# "Type 2 diabetes", "Type II hypersensitivity": a kind by its number. (Case counts: "Type i to
# enter insert mode", "Type x to delete", "Type 5 in the box" are steps.)
_RANKED_TYPE = re.compile(r"^[Tt]ype\s+(?:\d{1,2}|[IVX]{1,4}|[A-D])\b(?!\s+(?:in|into|to|for|then|at|on)\b)")
_YOU = re.compile(r"\byou\b", re.I)
# A menu path: an arrow, or ">" between two bold items ("**Settings** > **Files**").
_BOLD_ARROW = re.compile(r"\*\*\s*>\s*\*\*")
_UI_NOUN_WORDS = (
    "button|menu|tab|toggle|dialog|sidebar|ribbon|command palette|settings|toolbar|panel|pane|"
    "checkbox|dropdown|shortcut|hotkey|click|select".split("|")
)
# Only asked whether it finds one: the words are a prefix tree (alternation.py).
_UI_NOUNS = re.compile(r"\b(?:" + prefix_tree(_UI_NOUN_WORDS) + r")\b", re.I)




def is_ui_instruction(text: str) -> bool:
    """True for software-documentation steps ("Select **Settings** → **Files**", "press Enter")."""
    # Substring tests first (memchr); ASCII text (a flag of the string, read at once) holds none
    # of the other arrows.
    if ("->" in text or (not text.isascii() and ("→" in text or "›" in text or "»" in text or "⇒" in text))) and _menu_arrow(text):
        return True
    if ">" in text and _BOLD_ARROW.search(text):
        return True
    return is_ui_step(text)


_ARROW = re.compile(r"(?:->|[→›»⇒])[ \t]*(?:\*\*|__|\*|_|\[\[|\[)?(\S\S?\S?)")


def _menu_arrow(text: str) -> bool:
    """Whether an arrow in ``text`` leads to a name, as a menu path does ("Settings → Files",
    "**File** -> **Save**") or to a step ("→ open Community plugins"). One that leads to another
    word in lower case, a figure or a symbol is a consequence ("soup → hunger", "IV → 100%",
    "→ Km and Vmax both ↓"), and so is one after a sentence's end ("... 税制改革。→ 中央集権化の完成！")."""
    return any(
        (_name_start(match.group(1)) or is_ui_step(text[match.start(1) :])) and not text[: match.start()].rstrip().endswith(("。", "！", "!"))
        for match in _ARROW.finditer(text)
    )


def _name_start(head: str) -> bool:
    """Whether ``head`` (up to three characters) opens a name as menus write them: a capitalised
    word ("Fil", "Édi"), a word in capitals ("UI scale", "OK") or in a script without capitals
    ("設定 → ファイル"); not a symbol with lower case ("Km", "Vmax") or a figure."""
    if not head[:1].isalpha():
        return False
    if not head[0].isupper() and not head[0].islower():
        return True  # a script without capitals
    letters = head[1:3] if len(head) >= 3 else head[1:]
    if not head[0].isupper() or not letters:
        return False
    return letters.isalpha() and (letters.islower() and len(letters) == 2 or letters.isupper())


def is_ui_step(text: str) -> bool:
    """A UI step by its words alone ("Select ...", "press Enter"): a bare arrow is also how
    science notes write a consequence ("IV → 100%"), so it does not mark software documentation."""
    head = text[:4]
    head = head.lower() if head.isascii() else fold_case(head)  # (fold_case's own ASCII path, without its call)
    pair = head[:2]
    if pair in _UI_PAIRS and (head in _UI_HEADS or pair in _UI_SHORT or head[:3] in _UI_SHORT) and _UI_START.match(text):
        if text[:3].lower() == "in " and _IN_THE.match(text):
            return mentions_ui(text) or _YOU.search(text) is not None
        if head == "type" and _RANKED_TYPE.match(text):
            return False  # "Type 1", "Type II hypersensitivity": a kind by its number, not "Type the ..."
        if text[:6].lower() == "under ":
            # "Under **[[Settings]] → Community plugins**, ...": a place in the interface; "Under
            # Islamic law Christians and Jews had ...": a statement.
            return (
                text[6:8] in ("**", "[[", "__") or mentions_ui(text) or _YOU.search(text) is not None
                or "→" in text or "->" in text or _UNDER_MENU.match(text) is not None or _UNDER_STEP.match(text) is not None
            )
        # "Drag is when the line pulls the fly ...", "Set theory is ...": the word is a noun here.
        return _NOUN_SUBJECT.match(text) is None
    lowered = text.lower()
    if not ("press " in lowered or "click " in lowered or "select " in lowered):
        return False
    if " click" in lowered or " press" in lowered:
        # "a click mechanism", "the press of a key": a noun after its article, no step.
        text = _NOUN_CLICK.sub("", text)
        lowered = text.lower()
    return ("press " in lowered or "click " in lowered or "select " in lowered) and mentions_ui(text)


# (And after a word describing it: "the single click of a tap shoe", "a quick press".)
# (Not before what is clicked: "After the upload click Save", "in the sidebar click **Settings**".)
_NOUN_CLICK = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Ee]ach|[Ee]very)\s+(?:[a-z]+\s+)?"
    r"(?:[Cc]lick|[Pp]ress)\b(?!\s+(?:on|the|[A-Z*_`\[]))"
)


class ManualSigns:
    """Whether a note reads as software documentation, sentence by sentence: one UI step that
    names a part of an interface or shows code ("Select **Settings** → **Files**", "Run `git
    rebase -i`"), or two steps of any kind. One bare step is how other notes may open a sentence
    too ("Type is a body ...", "Open market operations: CB buys bonds ...", "Check: Q-Q plot")."""

    __slots__ = ("seen", "_steps")

    def __init__(self) -> None:
        self.seen = False
        self._steps = 0

    def read(self, text: str) -> None:
        """Take one sentence that ``is_ui_instruction`` holds to be an instruction into account."""
        if not self.seen and is_ui_step(text):
            self._steps += 1
            self.seen = self._steps >= 2 or "`" in text or mentions_ui(text)


def mentions_ui(text: str) -> bool:
    """True when the text names a part of a user interface (a button, menu, the command palette)."""
    # A word the regex finds, in any letter case, is a substring of the folded text: substring
    # tests (a skip search in C) rule out most text, where the regex, opening with a word
    # boundary and ignoring case, would try its words at every position.
    folded = fold_case(text)
    for word in _UI_NOUN_WORDS:
        if word in folded:
            # (A word in quotes and in lower case is heard or named, not pressed: "you'll feel it
            # "click" past the gap"; an interface's labels are capitalised, 'Open "Settings"'.)
            return _UI_NOUNS.search(_QUOTED_WORDS.sub("", text) if '"' in text or "“" in text else text) is not None
    return False


_QUOTED_WORDS = re.compile(r"[\"“][a-z][^\"“”\n]{0,29}[\"”]")
