"""Flattened notes: a note that lost its line breaks (one long line where structure shows as
inline `` --- ``, `` > ``, `` - ``, bold labels, study pairs) is recognised and restored to lines
before it is parsed."""

from __future__ import annotations

import re

_FLAT_MARKERS = re.compile(r" --- |\*\*[^*\n]{1,40}:\*\*")
_FLAT_RULE = re.compile(r" +--- +")
_FLAT_QUOTE = re.compile(r" +> +(?=\*\*|\[!)")
_FLAT_LABEL = re.compile(r" +(?=\*\*[^*\n]{1,40}:\*\*)")
_FLAT_ITEM = re.compile(r"(?<=[.:!?*)\]]) +--? +(?=\S)")
# (After a sentence's end or a bracket, or a bold term with its colon: a dash between words of a
# sentence, "... an isolated system - **entropy** - came up ...", sets off an aside.)
_FLAT_DASH_ITEM = re.compile(
    r"(?<=[.:!?*)\]]) --? +(?:\*\*[^*\n]{1,40}\*\*|[A-Z][\w-]+(?: [\w-]+){0,3}:)(?=[\s:(])"
    r"| --? +\*\*[^*\n]{1,40}\*\*(?: \([^()\n]{1,40}\))?:"
)
# "... best at shedding water - Weather struck = sloping face ... - Flush = trimmed level ...":
# items of a list of entries glossed after "=", an arrow or a dash, whatever ends the one before
# (two of them at least, or a hyphen inside a sentence would break it).
_FLAT_EQ_ITEM = re.compile(r" +- +(?=[A-Z\u00c0-\u00de][\w'’-]*(?: [\w'’-]+){0,3}(?: \([^()\n]{1,12}\))? (?:=|→|—|–) \S)")
# "# Pelican vocab - Pod - a group of pelicans ... - Nuptial tubercle - the flat horn ...": entries
# of a glossary whose term and gloss a dash sets apart as it sets the entries apart (a capitalised
# term of a few words, then its gloss in lower case; three of them at least).
_FLAT_DASH_ENTRY = re.compile(r" +- +(?=[A-Z\u00c0-\u00de][\w'’-]*(?: [\w'’-]+){0,3} - [^\W\d_A-Z])")
# (Under a title that names a glossary: "# Pancakes - Flour - two cups, sifted ..." is a recipe's list.)
_GLOSSARY_TITLE = re.compile(
    r"#{1,6} +[^\n]{0,40}?\b(?:vocab|vocabulary|glossary|glossar|glosario|glossaire|glossario|terms|terminology|words|lexicon|"
    r"jargon|begriffe|vocabulaire|vocabolario|vocabulario|słownik|słowniczek|termos|termes|termini)\b",
    re.I,
)
# "# Cassowary safety (...) - cassowaries are mostly shy ... - a cassowary that has been fed ...":
# a heading, then a list of remarks, each a dash and a sentence.
# (Not where the dash sets off an aside inside a sentence: "... water - across a membrane - ...".)
_FLAT_PLAIN_ITEM = re.compile(
    r" +- +(?!(?:and|or|but|nor|not|is|are|was|were|across|into|onto|with|without|from|to|in|on|at|by|for|of|which|that|who)\b)"
    r"(?=[^\W\d_]|[\"“])"
)
# (Counted only where no mark of an entry follows soon: "- flour = 200 g - milk = 300 ml - mix
# everything ..." is a recipe's list.)
_FLAT_REMARK = re.compile(_FLAT_PLAIN_ITEM.pattern + r"(?![^=:\n]{0,40}[=:])")
# (Not a glossary whose entries follow one another as sentences: "... the most popular variety.
# Sanke - white body with ...": ``runon`` reads those.)
_RUN_ON_ENTRY = re.compile(r"[.!?] [A-Z][\w'’-]*(?: [\w'’-]+){0,3} - ")
# "# GEOG 215 – hurricane structure (wk 6) - eye = calm ... - eyewall = ring of ...": after a
# heading that opened the line, items in lower case glossed after "=" (two of them at least) say
# the line is a lecture's list, whose other items are set apart too ("- eyewall replacement
# cycle: ...", "- prof: ...").
# ("- rear flank downdraft (RFD) = descending air ...": an abbreviation in brackets may follow the term.)
_LOWER_TERM = r" +- +(?=[^\W\d_A-Z][\w'’-]*(?: [\w'’-]+){0,3}(?: \([^()\n]{1,12}\))?"
_FLAT_LOWER_EQ_ITEM = re.compile(_LOWER_TERM + r" = [^\W\d_])")
_FLAT_LOWER_ITEM = re.compile(_LOWER_TERM + r" ?(?:=|→|->|—|–|:) \S)")
# A note to self among such items: "- TODO ask about coarrays".
_FLAT_TODO_ITEM = re.compile(r" +- +(?=(?:TODO|todo|To-do|FIXME|NB)\b)")
# (Glossed in words: "- flour = 200 g - milk = 300 ml" is a recipe's list.)
_FLAT_LOWER_WORDED_ITEM = re.compile(_LOWER_TERM + r" ?(?:=|→|->|—|–|:) [^\W\d_])")
# (Counted for a list of glosses, not a log's: "- tomatoes: sown indoors ... - compost: turned it
# twice ... - slugs: they are back ...", a past participle, a gerund or a pronoun after the mark.)
_FLAT_LOWER_GLOSSED_ITEM = re.compile(
    _LOWER_TERM + r" ?(?:=|→|->|—|–|:) (?![a-z]+(?:ed|ing)\b|(?:it|they|we|i|he|she|you)\b)[^\W\d_])"
)
# "AR = end of message (written +) SK = end of contact ... BT = break ...": codes glossed after
# "=" one after another with nothing between them (three of them at least).
# (Not glossed by a status: "API = done and deployed ... UI = still in progress ..." is a team's news.)
_FLAT_CODE_ENTRY = re.compile(
    r"(?<=[^\s=→]) +(?=[A-Z][A-Z0-9]{1,5} = (?!(?:done|blocked|green|red|still|wip|todo|ongoing|pending|ready|finished|"
    r"terminad[ao]s?|bloquead[ao]s?|todavía|fertig|erledigt|blockiert|noch|fini|bloqué|toujours)\b)[^\W\d_])"
)
# "Songhai quiz Q: Who founded ...? A: Muhammad Touré Q: In which year ...? A: 1468 ...": study
# pairs that lost their line breaks (two of them at least).
_FLAT_STUDY_PAIR = re.compile(r"(?:^|(?<=\s))Q: [^\n]{3,300}? A: ")
_FLAT_QUESTION_MARK = re.compile(r" +(?=Q: )")
_FLAT_ANSWER_MARK = re.compile(r" +(?=A: )")
# What follows an answer in such a run: the next question ("... A: Gao Which chronicle is ...?::...").
_FLAT_NEXT_QUESTION = re.compile(
    r" +(?=(?:Which|What|Who|Whom|Whose|When|Where|Why|How|In which|In what)\b[^?\n]{3,200}\?)"
)
# " -- " after an answer: the break between two of the deck's cards, in place of a line break.
# (Only before a capital and a card mark of its own, "==" or "::": "A: git checkout -- file.txt"
# is one answer.)
_FLAT_CARD_BREAK = re.compile(r" +(?:--- ?|-- +)(?=[A-Z][^\n]*?(?:==|::))")
_FLAT_FOOTNOTE = re.compile(r" +(?=\[\^[^\]\s]{1,20}\]:)")
# Two spaces or more between words: what is left of a line break (a soft one: a paragraph's
# lines stay one paragraph, and two spaces after a full stop, as some people type, join them).
_FLAT_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")
# "... instead of digits. #abacus #mental-math up:: [[Soroban parts]] Flash anzan is ...": the
# note's tags and a link field that stood on lines of their own, between two sentences.
_FLAT_TAG_LINE = re.compile(
    r"(?<=[.!?]) +(?P<meta>#[^\s#\d][^\s#]*(?: +#[^\s#\d][^\s#]*)*(?: +\w+:: *\[\[[^\]\n]+\]\])?|\w+:: *\[\[[^\]\n]+\]\])"
    r" +(?=[A-Z\u00c0-\u024f])"
)


# "--- tags: [a, b] aliases: [c] --- # Title ...": properties that lost their lines, at the start.
_FLAT_FRONT = re.compile(r"^---\s+(?P<yaml>[A-Za-z_][\w-]*:\s.*?)\s+---\s+")
_FLAT_KEY = re.compile(r"\s+(?=[A-Za-z_][\w-]*:\s)")
# " ## Examples - ...": a heading inside the line (a tag, "#rhetoric", has no space after its mark).
_FLAT_HEADING = re.compile(r"(?<=\S) +(?=#{1,6} +\S)")
# "**Anaphora** - repetition ... **Chiasmus** - two phrases ...": bold entries of a glossary.
# ("... (eco) · **Riverbero**: simula ...", "... ("I have lost my keys") | **Past continuous** =
# was/were + -ing ...": a middle dot or a bar may stand between the entries, "=" after a term.)
_FLAT_BOLD_ENTRY = re.compile(r" +(?:--? +|[·|•] +)?(?=\*\*[^*\n]{1,40}\*\*(?: +\([^()\n]{1,40}\))?(?: +(?:--?|[–—=])| ?:) +\S)")


def looks_flattened(text: str) -> bool:
    """True for a long note that lost its newlines but still shows inline structure markers: a
    rule, a bold label, a heading after the first, a run of bold glossary entries, list items
    ("- **Term**: ...", "-- Term: ...") after the end of a sentence, three items glossed after "="
    (``_lecture_items``), three codes glossed after "=" one after another ("AR = end of message SK
    = ..."), or two study pairs ("Q: ...? A: ... Q: ...? A: ...")."""
    body = text.strip()
    if len(body) < 200 or "\n" in body:
        return False
    if _FLAT_MARKERS.search(body) is not None:
        return True
    if re.match(_TAGGED_TITLE, body) is not None:
        return True  # "Shifting cultivation — tags: #farming #tropics — Shifting cultivation is ..."
    if len(_FLAT_DASH_ITEM.findall(body)) >= 2:
        # Items run together on one long line, each after a sentence's end or a bracket, or a bold
        # term with its colon: "... (indoor session, Tue) - **strainer**: ... - **hole** (aka
        # hydraulic): ...", "... 12/3) -- Grading: ... -- Adaptation: ...".
        return True
    if body.count("  ") >= 3 and len(_FLAT_SPACES.findall(body)) >= 3:
        return True  # "# Salto com vara – termos  Caixa de apoio - a caixa ...  Pegada - ...": line breaks left as spaces
    tag_line = _FLAT_TAG_LINE.search(body)
    if tag_line is not None and ("::" in tag_line.group("meta") or tag_line.group("meta").count("#") >= 2):
        return True
    if len(_FLAT_EQ_ITEM.findall(body)) >= 3:
        return True  # "... Profiles: - Bucket handle = concave ... - Flush = trimmed level ...": a list of entries
    if _lecture_items(body):
        return True
    if len(_FLAT_CODE_ENTRY.findall(body)) >= 3 or len(_FLAT_STUDY_PAIR.findall(body)) >= 2:
        return True  # "AR = end of message SK = end of contact ...", "Q: ...? A: ... Q: ...? A: ..."
    if len(_FLAT_BOLD_ENTRY.findall(body)) >= 3:
        # "Ringing glossary, typed up in the tower: **Stay** - wooden bar ... **Slider** - ...":
        # a run of bold entries after a plain first line.
        return True
    return body.startswith("#") and (
        _FLAT_HEADING.search(body, 1) is not None
        or len(_FLAT_BOLD_ENTRY.findall(body)) >= 2
        or len(_FLAT_ITEM.findall(body)) >= 2
        or re.match(_TAGGED_HEADING, body) is not None
        or re.match(_SPACED_HEADING, body) is not None
        or len(_FLAT_LOWER_EQ_ITEM.findall(body)) >= 2
        or len(_FLAT_LOWER_WORDED_ITEM.findall(body)) >= 3
        or _remark_list(body)
        or _dash_glossary(body)
    )


def _dash_glossary(text: str) -> bool:
    """Whether a line under a title that names a glossary holds three entries or more whose dashes
    set apart both the entries and their terms ("# Pelican vocab - Pod - a group of ...")."""
    return _GLOSSARY_TITLE.match(text) is not None and len(_FLAT_DASH_ENTRY.findall(text)) >= 3


def _remark_list(text: str) -> bool:
    """Whether a line holds four plain remarks or more, each after a dash ("... - cassowaries are
    mostly shy ... - a cassowary that has been fed ..."), and is no run-on glossary."""
    return len(_FLAT_REMARK.findall(text)) >= 4 and len(_RUN_ON_ENTRY.findall(text)) < 2


def _lecture_items(text: str) -> bool:
    """Whether a line holds three items or more glossed after "=", two of them at least in
    capitals ("... (wk 2) - SIRS = ≥2 of: ... - MAP = mean arterial pressure ... - hour-1 bundle
    = SSC 2018 ..."): a lecture's list that lost its line breaks, with no heading to say so. (A
    meeting's fields are in lower case: "... - status = mostly green - owner = Raj ...".)"""
    capitalised = len(_FLAT_EQ_ITEM.findall(text))
    return capitalised >= 2 and capitalised + len(_FLAT_LOWER_EQ_ITEM.findall(text)) >= 3


def restore_flattened(text: str) -> str:
    """Put back the line structure of a flattened note (properties, rules, headings, labels, list
    items, bold glossary entries, footnotes)."""
    text = text.strip()
    lecture = _lecture_items(text)
    front = _FLAT_FRONT.match(text)
    head = ""
    if front is not None:
        head = "---\n" + _FLAT_KEY.sub("\n", front.group("yaml")) + "\n---\n\n"
        text = text[front.end() :]
    tagged = re.match(_TAGGED_TITLE, text)
    if tagged is not None:
        # A title, its tags, then the body, set apart by dashes: each a paragraph of its own
        # (the dashes stay, so that restoring moves nothing but line breaks).
        head += text[: tagged.end("title")] + "\n\n" + text[tagged.end("title") : tagged.end("tags")].strip() + "\n\n"
        if tagged.group("field"):
            head += text[tagged.end("tags") : tagged.end()].strip() + "\n\n"  # "up:: [[Diving MOC]]"
        elif text[tagged.end("tags") : tagged.end()].strip():
            head = head[:-2] + " " + text[tagged.end("tags") : tagged.end()].strip() + "\n\n"  # the closing dash
        text = text[tagged.end() :]
    listed, entries = _FLAT_BOLD_ENTRY.subn("\n- ", text)
    if entries >= 2:
        # ("... momento futuro | ojo: el present perfect ... | repasar ...": where bars set the
        # entries apart, the remarks after the last one are set apart so too.)
        text = listed.replace(" | ", "\n\n") if text.count(" | **") >= 2 else listed
    text = _FLAT_HEADING.sub("\n\n", text)
    text = _FLAT_RULE.sub("\n\n---\n\n", text)
    text = _FLAT_QUOTE.sub("\n", text)
    text = _FLAT_LABEL.sub("\n", text)
    text = _FLAT_FOOTNOTE.sub("\n\n", text)
    if text.count("  ") >= 3:
        text = _FLAT_SPACES.sub("\n", text)
    text = _FLAT_TAG_LINE.sub(lambda found: "\n\n" + found.group("meta") + "\n\n", text)
    # (Counted before the items after a sentence's end or a bracket are set apart: they are items too.)
    lower_items = len(_FLAT_LOWER_EQ_ITEM.findall(text)) >= 2 or len(_FLAT_LOWER_GLOSSED_ITEM.findall(text)) >= 3
    if _dash_glossary(text):
        text = _FLAT_DASH_ENTRY.sub("\n- ", text)
    elif text.startswith("#") and "\n" not in text and not lower_items and not lecture and _remark_list(text):
        text = _FLAT_PLAIN_ITEM.sub("\n- ", text)  # a heading's list of remarks: nothing else sets it apart
    text = _FLAT_ITEM.sub(_item_break, text)
    eq_items, found = _FLAT_EQ_ITEM.subn("\n- ", text)
    if found >= 2 or lecture:
        text = eq_items
    # (A title and its tags set apart say so as a heading does: "Dolphin sleep #cetaceans - ...";
    # three items glossed after any mark as two after "=": "- strake: ... - keel: ... - longship -> ...".)
    if (text.startswith("#") or tagged is not None) and lower_items or lecture:
        text = _FLAT_TODO_ITEM.sub("\n- ", _FLAT_LOWER_ITEM.sub("\n- ", text))  # ("... no side effects - TODO ask about ...")
    if len(_FLAT_CODE_ENTRY.findall(text)) >= 3:
        text = _FLAT_CODE_ENTRY.sub("\n- ", text)
    if _FLAT_STUDY_PAIR.search(text) is not None:
        text = _study_lines(text)  # (one pair is enough once the note is known to be flattened)
    if lecture and not head and text[:1] not in "#-" and 0 < text.find("\n- ") <= 80 and text[text.find("\n- ") - 1] not in ".:":
        text = "# " + text  # "ICU rotation — sepsis teaching w/ Dr K (wk 2)": the list's title, not an entry
    if "#" in text:
        text = "\n".join(_heading_end(line) if line.startswith("#") else line for line in text.split("\n"))
    return head + text + "\n"


def _study_lines(text: str) -> str:
    """Study pairs that ran together, each "Q:" and its first "A:" on a line of its own, and an
    answer's line ended where the next question opens (a question ending "?::answer" included)
    or where " -- " sets off the next card.
    (Only the first "A:" after a question opens its answer: "Vitamin A: retinol ...", "Plan A: ..."
    are the answer's words.)"""
    marked = []
    for k, part in enumerate(_FLAT_QUESTION_MARK.split(text)):
        marked.append(_FLAT_ANSWER_MARK.sub("\n", part, count=1) if k else part)
    lines = []
    for line in "\n".join(marked).split("\n"):
        if line.startswith("A: "):
            line = _FLAT_NEXT_QUESTION.sub("\n", line, count=1)
            line = _FLAT_CARD_BREAK.sub("\n\n", line)  # "A: Sellafield -- The field that ...: ==nuclear semiotics=="
        lines.append(line)
    if not lines[0].startswith("Q: "):
        lines[0] += "\n"  # the text before the first question: a paragraph of its own
    text = "\n".join(lines)
    lines = []
    for line in text.split("\n"):
        # "...?::Tarikh al-Fattash The Songhai war fleet ...": the field's answer is a name; the
        # sentence after it opens with a word that opens sentences.
        field = line.find("?::")
        if field > 0:
            answer = line[field + 3 :].split(" ")
            k = next((k for k in range(1, min(7, len(answer) - 2)) if answer[k] in _SENTENCE_OPENERS), 0)
            if k:
                line = line[: field + 3] + " ".join(answer[:k]) + "\n\n" + " ".join(answer[k:])
        lines.append(line)
    return "\n".join(lines)


def _item_break(found: re.Match[str]) -> str:
    """A list marker's line break, except right after an entry's bold term ("- **Litotes** -
    understatement ..."): there the dash is the entry's separator."""
    start = found.string.rfind("\n", 0, found.start()) + 1
    if _BOLD_TERM_ITEM.match(found.string, start, found.start()):
        return found.group(0)
    return "\n- "


# "# Partitive case tags: #estonian #grammar The partitive ...", "# Kirikaeshi #kendo #drills
# Kirikaeshi is ...": a title of a few words, its tags (a "tags:" key and hash tags), then the
# body, opening with a capital.
# (Patterns of one-line notes, compiled by ``re`` at their first use: most vaults have none.)
_TAGGED_HEADING = (
    r"(?P<title>#{1,6} +[^#\s](?:[^#\n]{0,80}?[^#\s])?) +(?P<tags>(?:[Tt]ags?:? +)?#[^\s#\d][^\s#]*(?: +#[^\s#\d][^\s#]*)*)"
    r" +(?=[A-Z\u00c0-\u024f\u0400-\u04ff\u3040-\u9fff])"
)
# "Shifting cultivation — tags: #farming-systems #tropics — Shifting cultivation is ...": a plain
# title, its tags, each set off by a dash, then the body.
# ("FAMACHA #goats #parasites  FAMACHA is ...": a body that opens with the title again may open
# with a capital of any kind.)
# ("Labanotation #dance-history #notation — Labanotation is ...", "Gas planning — rule of thirds
# #diving #gas up:: [[Diving MOC]] The rule of thirds is ...": the dashes may go, a field follow.)
_TAGGED_TITLE = (
    r"^(?P<title>[^#\s\-—–][^#\n]{0,80}?) +(?:[—–-] +)?(?P<tags>(?:[Tt]ags?: +)?#[^\s#\d][^\s#]*(?: +#[^\s#\d][^\s#]*)*)"
    r"(?: +(?P<field>\w+:: *\[\[[^\]\n]+\]\]))?(?: +[—–-] +(?=\S)| +(?=[A-Z][a-z])| +(?=(?P=title)\s))"
)
# "# Three-tier system  The three-tier system is ...": a title of a few words, then two spaces or
# more (what is left of a line break) before a capital.
_SPACED_HEADING = r"(?P<title>#{1,6} +[^#\s](?:[^\n]{0,80}?[^\s])?)  +(?=[A-Z])"
_BOLD_TERM_ITEM = re.compile(r"--? \*\*[^*\n]{1,40}\*\*$")
_FIRST_ITEM = re.compile(r"^(#{1,6} +(?:\S+ +){0,5}?\S+) +- +(?=\S)")


def _heading_end(line: str) -> str:
    """Where a heading that ran into its section ends: before the section's first list item
    ("## Examples - Labrador coat colour ..."), or where its name is said again to open the
    first sentence ("# Epistasis Epistasis is when ..."). Other run-on headings are the
    extractor's to read."""
    words = line.split()
    if len(words) <= 6:
        return line
    tagged = re.match(_TAGGED_HEADING, line)
    if tagged is not None:
        # "# Partitive case tags: #estonian #grammar The partitive ...": the tags end the title.
        return tagged.group("title") + "\n\n" + tagged.group("tags") + "\n\n" + line[tagged.end() :]
    spaced = re.match(_SPACED_HEADING, line)
    if spaced is not None:
        # "# Three-tier system  The three-tier system is ...": two spaces where a line break was.
        return spaced.group("title") + "\n\n" + line[spaced.end() :]
    item = _FIRST_ITEM.match(line)
    if item is not None:
        return item.group(1) + "\n- " + line[item.end() :]
    name = words[1:]
    for k in range(1, min(5, len(name) // 2) + 1):
        if name[k : 2 * k] == name[:k] and name[k][:1].isupper():
            cut = line.find(" " + " ".join(name[k:]), len(words[0]))
            if cut >= 0:  # (words set apart by more than one space are left as they are)
                return line[:cut] + "\n\n" + line[cut + 1 :]
    k = _sentence_start(name)
    if k:
        cut = line.find(" " + " ".join(name[k:]), len(words[0]))
        if cut >= 0:
            return line[:cut] + "\n\n" + line[cut + 1 :]
    return line


# Words that open a section's first sentence in capitals, not a heading's name.
_SENTENCE_OPENERS = frozenset("The A An This These Those It Its In On For Only When If Each Every Used Also Often Usually".split())


def _sentence_start(name: list[str]) -> int:
    """How many words of a run-on heading's name come before its section's first sentence: a
    capitalised word that opens sentences ("## Fourth Crusade The crusaders ...", "## Aciniform
    silk For wrapping prey ..."), or a capitalised verb after a name of one word written in mixed
    case ("## NodePort Opens the same port ..."), or a capitalised adjective and its comma ("###
    Bulerías Fast, playful ..."). 0 when no such word stands within six words with
    four more after it. (A capital after a lower-case word is no sign: names hold proper nouns.)"""
    for k in range(1, min(6, len(name) - 4) + 1):
        word, before = name[k], name[k - 1]
        if word in _SENTENCE_OPENERS:
            after = name[k + 1]
            if after in _SENTENCE_OPENERS or (after[:1].isupper() and name[k + 2][:1].isupper()):
                continue  # "## Love In The Time Of Cholera ...", "## Vitamin A A fat-soluble ...": a name in title case goes on
            return k
        if not (word[:1].isupper() and word[1:2].islower()):
            continue
        if word.endswith(",") and word[:-1].isalpha() and name[k + 1][:1].islower() and not before.endswith(","):
            return k  # "### Bulerías Fast, playful 12-beat palo ...": a description opens with adjectives
        if k == 1 and not before.isupper() and any(ch.isupper() for ch in before[1:]) and word.endswith("s") and name[2][:1].islower():
            return k
    return 0
