"""Glossaries and study questions written as whole blocks rather than as list items:

* definition lists (``Albedo`` on one line, ``:   the fraction of ...`` on the next, with or
  without a blank line between them);
* paragraphs that each open with a bold term (``**Ethos.** An appeal to ...``, ``**Refraction**``
  then the definition on the next line, ``**Glycemic index** — a ranking of ...``);
* lists of bold terms glossed by a verb, a participle, a pinned noun or in kana, and lists under a
  heading that announces a glossary.

Cards are keyed by the index of the block that holds the definition or the answer. ``blockshapes``
runs these rules, with the study questions written as blocks (see ``questions``) and the other
block-shaped entries, in the notes that can hold them.
"""

from __future__ import annotations

import re

from srs.core.extract.filters import is_label
from srs.core.extract.labelwords import NOT_TERM_OPENERS
from srs.core.extract.glossing import ARTICLES as _ARTICLES
from srs.core.extract.glossing import REPORT as _REPORT
from srs.core.extract.glossing import SENTENCE_STOP as _SENTENCE_STOP
from srs.core.extract.glossing import STATUS as _STATUS
from srs.core.extract.glossing import gloss as _gloss
from srs.core.extract.headings import may_hold_stem, names_kinds_of
from srs.core.extract.lists import LIST_ARTICLES, _parallel, opener
from srs.core.extract.rules import Found
from srs.core.extract.sentences import cloze_text, plain
from srs.core.markdown import Block

# "Term\n: definition", "Term\n~ definition" (pandoc, PHP Markdown Extra, MyST).
_DEF_LIST = re.compile(r"^(?P<term>[^\n:~][^\n]{0,60})\n {0,3}[:~][ \t]+(?P<body>\S[^\n]*)")
_DEF_BODY = re.compile(r"^ {0,3}[:~][ \t]+(?P<body>\S[^\n]*)")

# What an option list writes in parentheses after an option: its status, not an abbreviation.
_OPTION_NOTE = re.compile(
    r"\b(?:default|standard|recommended|optional|required|beta|experimental|new|deprecated|legacy|"
    r"par\s+défaut|predeterminad[oa]|predefinit[oa]|padrão|standaard|oletus|výchozí)\b",
    re.I,
)
# "**Term.** Body", "**Term:** body", "**Term** — body", "**Term**\nBody": the term, then the body.
_BOLD_ENTRY = re.compile(
    r"^(?:\*\*|__)(?P<term>[^*_\n]{1,60}?)(?P<inner>[.:：])?(?:\*\*|__)"
    r"(?:(?(inner)[ \t]+|[ \t]*(?:[.:：]|[—–]|--?)[ \t]+)|[ \t]*\n)(?P<body>\S.*)$",
    re.S,
)


def definition_list(blocks: tuple[Block, ...], i: int) -> Found | None:
    """The card of block ``i`` when it is a definition list's entry ("Term" then ": definition"),
    else None."""
    block = blocks[i]
    if block.kind != "paragraph" or block.quote:
        return None
    match = _DEF_LIST.match(block.text)
    if match is not None:
        return _gloss(match.group("term"), match.group("body"), "glossary_deflist")
    body = _DEF_BODY.match(block.text)
    if body is None or i == 0:
        return None
    # Pandoc's loose form: the term is the whole paragraph before.
    previous = blocks[i - 1]
    if previous.kind != "paragraph" or previous.quote or "\n" in previous.text:
        return None
    return _gloss(previous.text, body.group("body"), "glossary_deflist")


def bold_runs(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """Consecutive paragraphs that each open with a bold term: three entries or more, two thirds
    of the paragraphs, distinct terms, glosses that do not all open alike and do not report."""
    found: dict[int, Found] = {}
    run: list[int] = []

    def close() -> None:
        # It takes ``need`` entries (see below): once more paragraphs than that allows are no
        # entries, the run cannot pass and the rest need not be read.
        if len(run) < 3:
            return
        misses = len(run) - max(3, -(-2 * len(run) // 3))
        entries: dict[int, Found] = {}
        openers: list[tuple[str, ...]] = []
        alone = 0  # entries whose term stands alone on its line, the gloss on the next
        for i in run:
            if misses < 0:
                return
            misses -= 1  # given back below when the paragraph is an entry
            text = blocks[i].text
            if not text.startswith(("**", "__")):
                continue
            match = _BOLD_ENTRY.match(text)
            if match is None or "\n**" in text or "\n__" in text:
                continue  # several labelled lines in one paragraph: a record, not a gloss
            term, body = match.group("term").strip(), match.group("body").strip()
            head = text[: match.start("body")]
            # After a colon or a dash a capitalised gloss with no article is a step or a report
            # ("**Sync status**: Shows ..."); after a full stop or on its own line it is a sentence.
            # Either way, settings pages describe in several sentences and name buttons in bold.
            # (A term alone on its line under a heading naming a kind, "## Types of shock" /
            # "**Cardiogenic shock**", heads a member's description of a few sentences.)
            stops = 3 if "\n" in head and blocks[i].headings and names_kinds_of(blocks[i].headings[-1]) else 1
            lead = ("\n" in head or head.rstrip("*_ \t").endswith(".")) and len(_SENTENCE_STOP.findall(body)) <= stops and "**" not in body
            if is_label(term) or _REPORT.match(body) or not (lead or body[:1].islower() or body.split(None, 1)[0].lower() in _ARTICLES):
                continue
            card = _gloss(term, body, "glossary_paragraph~")
            if card is not None:
                entries[i] = card
                misses += 1
                alone += "\n" in head
                openers.append(opener(plain(body).split(None, 2)[:2]))
        terms = {f.answers[0].lower() for f in entries.values()}
        if len(entries) >= 3 and 3 * len(entries) >= 2 * len(run) and len(terms) == len(entries):
            # Terms set on lines of their own are headings in all but name: their glosses may
            # share a first word ("wind from behind ...", "wind coming at 90° ..."); only the
            # same two words every time make an option list of them.
            articles = LIST_ARTICLES | {o[0] for o in openers} if alone == len(entries) else LIST_ARTICLES
            if not _parallel(openers, articles):
                found.update(entries)

    for i, block in enumerate(blocks):
        if block.kind == "paragraph" and not block.quote and (not run or blocks[run[-1]].headings == block.headings):
            run.append(i)
            continue
        if run:
            close()
        run = [i] if block.kind == "paragraph" and not block.quote else []
    close()
    return found


# "- **Alcohol**: contains an -OH group": a bold term, a separator, a gloss.
_BOLD_ITEM = re.compile(
    r"^(?:\*\*|__)(?P<term>[^*_\n]{1,50}?)[:：]?(?:\*\*|__)(?:[ \t]*\((?P<abbr>[^()\n]{1,40})\))?"
    # "**laconic** /ləˈkɒnɪk/ — using very few words": a pronunciation is no part of the gloss.
    r"(?:[ \t]*/[^/\n]{1,40}/)?"
    r"[ \t]*(?:[:：]|[—–]|--?|=)[ \t]+(?P<body>\S[^\n]*)$"
)
# A gloss opening with a verb of the third person ("keeps", "contains", "adds"); words ending in
# "s" that are no such verb are left out.
_VERB_S = re.compile(r"^[a-z]{2,}(?:(?<![su])s|ing)\b")
# "formed from an acid and ...", "made of ...", "used to ...": a participle that says what a thing is.
_PARTICIPLE_PINS = ("from", "of", "by", "when", "between", "with", "to", "for", "as")  # its second word
_PARTICIPLE = re.compile(rf"^(?:[a-z]+ed|made|built|known|found|seen|given|taken|held|kept)\s+(?:{'|'.join(_PARTICIPLE_PINS)})\s")
# "movement of water across ...", "pressure against the wall": a bare noun pinned by what follows it.
_PINS = (
    "of", "that", "which", "whose", "where", "between", "against", "across", "used", "caused", "given", "produced", "formed",
    "for", "in", "on", "to", "from", "by", "with", "within",
)
NOUN_GLOSS = re.compile(rf"^[a-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,2}}?\s+(?:{'|'.join(_PINS)})\s")
# The pinning word is the gloss's second, third or fourth word: a gloss without one there (most)
# needs no match. The participle's is its second word, and a verb's "s" or "ing" is in its first.
_PIN_WORDS = frozenset(_PINS)
_DETERMINERS = frozenset("a an the one any some each every this that these those".split())
_NOT_VERB_S = frozenset("""this its is has was does as plus thus always perhaps whereas towards afterwards
    sometimes besides""".split())


def _bold_item(match: re.Match[str], level: int) -> Found | None:
    """The card of one bold entry whose gloss sentence rules do not read as a definition."""
    term, body = match.group("term").strip(), match.group("body").strip()
    words = body.split(None, 4)  # the words that open the gloss: the patterns below need them first
    first = words[0].lower()
    # "**Adenosine triphosphate** (ATP): the molecule ...": sentence rules miss the aside.
    abbr = match.group("abbr")
    if abbr and not _OPTION_NOTE.search(abbr) and body[:1].islower() and not _STATUS.match(body) and not _REPORT.match(body):
        card = _gloss(term, body, "glossary_list~")
        if card is None or is_label(term):
            return None
        made = cloze_text(f"{term} ({abbr}): {body}", [(0, len(term), term)])
        return Found(made[0], made[1], card.rule) if made else card
    caseless = body[:1].isalpha() and not body[:1].isupper() and not body[:1].islower()
    verb = (
        ("s" in words[0] or "ing" in words[0]) and _VERB_S.match(body) is not None and first not in _NOT_VERB_S
    ) or (words[1:2] != [] and words[1] in _PARTICIPLE_PINS and _PARTICIPLE.match(body) is not None)
    # A pinned noun is asked for only where no verb or script already counts, the cheap tests first.
    noun = (
        not (verb or caseless) and level == 1 and body[:1].islower() and first not in _DETERMINERS
        and not _PIN_WORDS.isdisjoint(words[1:4]) and NOUN_GLOSS.match(body) is not None
        and not _STATUS.match(body) and not _REPORT.match(body)
    )
    if not (verb or caseless or noun) or is_label(term):
        return None  # other glosses are read by the sentence rules
    if term.lower()[:5] in body.lower():
        return None  # "**Bold**: makes the text bold": an option says what it is called
    if len(plain(body).split()) < (1 if ord(body[0]) >= 0x3000 else 3):
        return None
    return _gloss(term, body, "glossary_items~" if verb or caseless else "glossary_list~")


_LINE_BREAK_ITEM = re.compile(r"^(?:\*\*|__)[^*_\n]{1,50}(?:\*\*|__)[:：]?\n\S")


def bold_item_lists(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """Lists written as a glossary of bold terms ("- **ReplicaSet**: keeps a number of pods
    running", "- **図書館** — としょかん: library") whose glosses open with a verb of the third
    person, a participle, a pinned noun or in a script without capitals, or that follow an
    abbreviation, which sentence rules do not read as definitions. A list counts when three items or more, and two thirds of its items at that depth, are bold entries with distinct
    terms, and their glosses do not all open alike (option lists describe every value the same
    way). The rule is marked so that software documentation drops it."""
    found: dict[int, Found] = {}
    depths: dict[int, list[int]] = {}

    def close() -> None:
        for members in depths.values():
            if len(members) < 3:
                continue
            matches = []
            broken: set[int] = set()  # "- **Osmosis**" with its gloss on the item's next line
            # The shape check below needs ``need`` bold entries: past that many misses, stop.
            misses = len(members) - max(3, -(-2 * len(members) // 3))
            for i in members:
                text = blocks[i].text
                if not text.startswith(("**", "__")):
                    misses -= 1
                    if misses < 0:
                        break
                    continue
                if "\n" in text and text.count("\n") == 1 and _LINE_BREAK_ITEM.match(text):
                    text = text.replace("\n", ": ", 1)
                    broken.add(i)
                match = _BOLD_ITEM.match(text)
                if match is not None:
                    matches.append((i, match))
                else:
                    misses -= 1
                    if misses < 0:
                        break
            if misses < 0:
                continue
            terms = {m.group("term").strip().lower() for _i, m in matches}
            # The shape of the list first (cheap); the glosses only for lists of that shape.
            if len(matches) < 3 or 3 * len(matches) < 2 * len(members) or len(terms) != len(matches):
                continue
            entries = {}
            for i, match in matches:
                body = match.group("body").strip()
                if i in broken and (body[:1].islower() or body.split(None, 1)[0].lower() in _ARTICLES):
                    # The line break stands for the separator: any gloss that does not report.
                    card = None if _STATUS.match(body) or _REPORT.match(body) else _gloss(match.group("term"), body, "glossary_list~")
                else:
                    card = _bold_item(match, blocks[i].level)
                if card is not None:
                    entries[i] = card
            if not entries:
                continue  # most lists of bold terms: their glosses are read by the sentence rules
            # Glosses that all open alike make an option list (asked only of a list with entries).
            openers = [opener(plain(m.group("body")).split(None, 2)[:2]) for _i, m in matches]
            if not _parallel(openers, LIST_ARTICLES):
                runs.append((terms, entries))
        depths.clear()

    runs: list[tuple[set[str], dict[int, Found]]] = []

    quote, headings = False, ()  # where the current lists stand
    for i, block in enumerate(blocks):
        if block.kind != "item":
            if depths:
                close()
            continue
        if block.quote != quote or block.headings != headings:
            close()  # a list in a callout or a quote is a list of its own
            quote, headings = block.quote, block.headings
        if block.first_in_item and not block.task:
            depths.setdefault(block.level, []).append(i)
    close()
    # The same term in two lists names an option under several settings, not a glossary entry.
    seen: dict[str, int] = {}
    for terms, _entries in runs:
        for term in terms:
            seen[term] = seen.get(term, 0) + 1
    for terms, entries in runs:
        if all(seen[t] == 1 for t in terms):
            found.update(entries)
    return found


# A heading that announces a glossary: two entries are enough under it.
_GLOSSARY_HEADING = re.compile(
    r"\b(?:glossar[ye]?|glossaire|glosario|glossario|vocab\w*|terms|terminology|definitions|words|wörter|"
    r"begriffe|vokabeln|mots|termes|vocabulaire|palabras|términos|termini|parole|termos|palavras|словарь|"
    r"термины|слова|лексика|focail|słówka|słownictwo|woorden|woordenlijst|lessico|kelimeler|sanasto|ordliste|"
    r"ordlista|słownik|słowniczek|glosariusz|begrippen|lexique|glossário|vocabolario|cheat[\s-]?sheets?)\b|用語|単語|词汇|詞彙|术语|術語|단어|어휘"
    # A language course's own marks: a flag ("Falsos amigos 🇪🇸") or a level in brackets ("(B1)").
    r"|[\U0001F1E6-\U0001F1FF]{2}|\((?:[ABC][12])\)",
    re.I,
)
_NUMBERS = re.compile(r"\d+")
# "sich freuen auf + Akk.", "abhängen von (+ Dat.)": the case a verb takes, no part of the word.
_CASE_TAG = re.compile(r"\s*\(?\+\s*(?:Akk|Dat|Gen|Nom|acc|dat|gen|inf|Inf|sth|sb|qc|qn)\.?\)?$")
_ENTRY_ITEM = re.compile(
    r"^(?P<open>\*\*|__|\*|_)?(?P<term>[^\W\d_][^*_\n:：=—–→\[\]`]{0,40}?)[:：]?(?(open)(?:\*\*|__|\*|_))"
    r"[ \t]*(?:：[ \t]*|(?:[:=→]|[—–]|\s-)[ \t]+)(?P<body>\S[^\n]*)$"
)


ENTRY_ITEM = _ENTRY_ITEM


# What an ASCII heading that announces a glossary holds, in lower case: the pattern's words in
# ASCII (the others, the scripts and the flags are not ASCII) or the bracket of a level.
_GLOSSARY_STEMS = (
    "glos", "vocab", "term", "definitions", "words", "begriffe", "vokabeln", "mots", "palabras", "parole", "palavras", "(",
    "focail", "woorden", "lessico", "kelimeler", "sanasto", "ordlist", "begrippen", "lexique", "cheat",
)


def announces_glossary(heading: str) -> bool:
    """A heading such as "Key terms", "German words", "Vocabulaire", "単語"."""
    return may_hold_stem(heading, _GLOSSARY_STEMS) and _GLOSSARY_HEADING.search(heading) is not None


# The words that name a glossary itself ("Shibori glossary", "Lexique de l'affinage"), where
# ``announces_glossary`` also reads a note's topic ("Lease terms", "Parole hearing prep").
_GLOSSARY_NAME = re.compile(
    r"\b(?:glossar[ye]?|glossaire|glosario|glossario|glossário|glosariusz|woordenlijst|słownik|słowniczek|lexique|"
    r"vocabulary|vocabulaire|vocabulario|vocabolario|vocabulário|terminology|begriffe|begrippen|pojęcia)\b|用語|术语|術語|용어",
    re.I,
)


def names_glossary(title: str) -> bool:
    """Whether a note's title names the note a glossary ("Shibori glossary", "Hakhout -
    begrippen", "生け花の用語"), not only a topic of terms ("Lease terms", "Key words of Kant")."""
    return _GLOSSARY_NAME.search(title) is not None


def any_announces_glossary(headings: list[str]) -> bool:
    """Whether one of ``headings`` announces a glossary. The stems are looked for in the headings
    joined first (a stem holds no line break): most notes' headings hold none, and none is then
    lower-cased and scanned on its own."""
    return may_hold_stem("\n".join(headings), _GLOSSARY_STEMS) and any(announces_glossary(h) for h in headings)


def announced_lists(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """Lists under a heading that announces a glossary ("# German words", "## Key terms",
    "# 単語リスト"): two entries are enough there, and a gloss may open in capitals (German
    nouns, full sentences). Every item of the list must be an entry with a distinct term."""
    found: dict[int, Found] = {}
    run: list[int] = []

    def close() -> None:
        if len(run) < 2 or not any(announces_glossary(h) for h in blocks[run[0]].headings):
            return
        entries: dict[int, Found] = {}
        for i in run:
            match = _ENTRY_ITEM.match(blocks[i].text)
            if match is None or bool(match.group("open")) != ("*" in blocks[i].text[:2] or "_" in blocks[i].text[:1]):
                return
            term, body = match.group("term").strip(), match.group("body").strip()
            # "Bold: makes the text bold" names an option; a false friend's gloss may hold its
            # lookalike ("embarazada — pregnant, not embarrassed"): the stem is the term less its end.
            stem = term.lower()[: max(5, len(term) - 3)]
            # The option names itself at once; a gloss may name the term later, in an example
            # ("Meseta: llanura elevada ..., como la Meseta Central").
            opening = " ".join(body.split()[:5]).lower()
            # A year inside a gloss is history ("Churchill's 1946 image for ..."); a body that opens
            # with a number or holds several is a schedule or a price list.
            if is_label(term) or term.split(None, 1)[0].lower() in NOT_TERM_OPENERS or _REPORT.match(body) or stem in opening or body[:1].isdigit() or len(_NUMBERS.findall(body)) > 1:
                return
            named = body.lower().find(stem)
            if named >= 0:
                # The card must not show its answer: the gloss ends before the example naming it.
                cut = max(body.rfind(",", 0, named), body.rfind(";", 0, named))
                if cut <= 0:
                    return
                body = body[:cut]
            tag = _CASE_TAG.search(term)
            card = _gloss(term[: tag.start()] if tag else term, body, "glossary_list~", least=1)  # "perro — dog"
            if card is None:
                return
            if tag:
                name = term[: tag.start()]
                made = cloze_text(f"{term}: {card.text.split(': ', 1)[1]}", [(0, len(name), name)])
                card = Found(made[0], made[1], card.rule) if made else card
            entries[i] = card
        if len({c.answers[0].lower() for c in entries.values()}) == len(entries):
            found.update(entries)

    for i, block in enumerate(blocks):
        if block.kind == "item" and block.first_in_item and not block.task:
            last = blocks[run[-1]] if run else None
            if last is not None and (block.level != last.level or block.headings != last.headings or block.quote != last.quote):
                close()
                run = []
            if block.level == 1:
                run.append(i)
        elif block.kind != "item":
            close()
            run = []
    close()
    return found
