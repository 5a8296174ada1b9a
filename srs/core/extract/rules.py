"""Sentence rules: definitions of emphasised terms.

Each rule looks at one sentence and returns ``Found`` values (card text in cloze markup, answers,
rule name). Explicit markup (``markup``) and attributed claims (``claims``) live beside it; the
words by which a sentence names a term are in ``namingcues``.
"""

from __future__ import annotations

import re

from srs.core.extract import frames, phrases
from srs.core.extract.bodies import entry_body
from srs.core.extract.found import Found
from srs.core.extract.filters import STOP_TERMS, plausible_term
from srs.core.extract.proseterms import NOT_MODIFIER
from srs.core.extract.namingcues import NAMING_BEFORE, NAMING_ENDS, QUOTED, NamingStems
from srs.core.extract.termnames import after_demonstrative, last_word, named_rule
from srs.core.extract.sentenceopenings import ARTICLE_START, ARTICLES, may_open, restarts
from srs.core.extract.sentences import Sentence, cloze_text, plain
from srs.core.markdown_render import Span


MAX_SENTENCE = 700

_CLAUSE_IN_TERM = re.compile(
    r"(?<!\w)(?:is|are|was|were|ist|sind|est|sont|es|son|è|sono|é|são|zijn|är|er|er)(?!\w)", re.I
)
# "My camel was called ", "our boat is named ": the writer's own animal or thing named, no concept.
_OWNED_SUBJECT = re.compile(r"\b(?:my|our)\s+(?:[\w'’-]+\s+){1,2}(?:is|was|were|are|got)\s+$", re.I)
_GENERIC_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|any|each|your|this|that)\s+[a-z][\w-]*\s+$")
# "An **eigenvector** of a matrix is a nonzero vector ...": a short qualifier before the copula.
_QUALIFIED_COPULA = re.compile(
    r"^\s+(?:of|in|on|for|over|between)\s+(?:(?:an?|the|two|any|each)\s+)?[\w-]+(?:\s+[\w-]+)?(?:\s+\$[^$\n]{1,20}\$)?\s+"
    r"(?:is|are)\s+(?:an?|the|one)\s+\S+(?:\s+\S+){2}"
    # "The **golden mean** is that intermediate point: ...": a demonstrative, a noun, then its gloss.
    r"|^\s+(?:is|are)\s+(?:that|this|those)\s+(?!(?:is|was|we|i|you|he|she|they|it|there|the|an?)\b)[a-z-]+"
    r"(?:\s+[a-z-]+){0,2}\s*[:—–]\s*\S+(?:\s+\S+){2}",
    re.I,
)
# "A **fast-forward** merge is one where ...": after an article, the term modifies the noun the
# sentence defines ("**Excessive** self-promotion is ..." has no article: an adjective, not a term).
# "A speedrun **route** is the ...": an indefinite article and one word of the term's field before
# it. ("The office **printer** is a complete disaster": "the" points at one thing, not a kind.)
_MODIFIED_OPENING = re.compile(r"^An?\s+[a-z][a-z-]{2,}\s+$")
# (Not an opinion: "The marketing **team** is the best ...", "... is a real pain".)
# (Nor a pointer or a thing's looks: "The office **printer** is the one on the third floor".)
_DEFINED_WITH_ARTICLE = re.compile(
    r"^\s+(?:is|are)\s+(?:an?|the)\s+" + frames.EVALUATIVE + r"(?![a-z]+est\b)(?!(?:one|ones|thing|stuff|cheap|new|old)\b)\S+(?:\s+\S+){2}"
)
_MODIFIER_COPULA = re.compile(
    r"^\s+(?!(?:is|are|was|were|has|have|can|will|and|or)\b)[a-z][a-z-]{2,}\s+(?:is|are)\s+(?:an?|one)\s+\S+(?:\s+\S+){2}"
    # "An *isothermal* process happens at constant temperature": a process or event said to take
    # place under its defining condition.
    r"|^(?![^.]*\b(?:you|we|I)\b)\s+(?:process|change|reaction|event|transition|expansion|compression|collision|mutation|"
    r"equilibrium|state|system|decay|flow)s?\s+(?:happens|happen|occurs|occur|takes\s+place|take\s+place|proceeds|proceed)\s+"
    r"(?:at|when|whenever|if|in\s+which|under|without|with)\s+\S+(?:\s+\S+){1}"
)
# An aside may stand after the verb here too: "la **eudaimonía** es, para los estoicos, la vida ...",
# or an author without commas: "Der Habitus ist nach Bourdieu ein System ...", "est selon Kant une ...".
ATTRIBUTION = (
    r"\s+(?:nach|laut|bei|selon|chez|según|para|secondo|per|segundo|volgens|enligt)\s+"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?"
)
# (History's terms are defined in the past: "Die Neue Ostpolitik war die Politik ...", "La Fronde fut une ...";
# not "Marta fue a la playa", "Die Katze war an der Tür", "Total war as a doctrine": a past form
# before "a", "an", "the" or "as" is a verb of going, a place or an English noun. Nor "era un po'
# lungo", "ist ein bisschen zu lang": an amount, not an article.)
_COPULA_INTL = (
    r"\s(?:(?:ist|sind|est|sont|es|son|è|sono|é|são|zijn|är|er)|(?:war|waren|était|étaient|fut|fue|fueron|era|eran|erano|fu|var)(?!\s+(?:a|an|the|as)\b)|(?:foi|foram|eram)(?!\s+a\s+[A-ZÀ-Ý])(?!\s+(?:an|the)\b))(?!\s+(?:un\s+po['’]|un\s+poco|un\s+peu|ein\s+(?:bisschen|wenig|paar)|um\s+pouco|en\s+(?:timme|stund|dag|vecka|bit))(?!\w))(?:,\s+[^,]{2,40},|" + ATTRIBUTION + r")?\s+(?:" + ARTICLES + r"\b|l['’]|(?<=sono\s)i\b|(?<=erano\s)i\b)"
)
# Common gerunds that follow "is" without defining anything ("is being", "is going to"; "is
# working out the position ..." is a definition's gerund, "is working again" news).
_GERUND = (
    r"(?!being\b|going\b|getting\b|coming\b|happening\b|doing\b|running\b"
    r"|working\b(?!\s+out\s+(?:the|a|an|your|their|its|how|what|where|which|when)\b))[a-z]{3,}ing\b"
)
# "*Rosie's Walk* is the textbook example: ...": an instance of something the note defines elsewhere.
_INSTANCE = re.compile(r"\s+(?:is|are|was|were)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:example|examples|instance|case\s+in\s+point)\b")
# Polish and Czech define with no article: "**Martyngał** to proces stochastyczny ...", "**Entropie**
# je míra neuspořádanosti ...". Only where the sentence is written in them (their letters follow)
# and a lower-case word opens the predicate, so "**Go** to Kraków" and "**Walk** to the Vltava ..."
# stay English. (Not the writer's own things: "**Notatki** to moje myśli ...", "**Kasia** jest moją
# siostrą"; nor a place, a state, a superlative or a passive: "**Przycisk** jest na górze", "**Obiad**
# jest gotowy", "**Wykład** to najnudniejsza część ...", "**Funkcje** są używane bez typu"; nor the
# past or future of "to be": "**Spotkanie** to była strata czasu".) Polish "jest" and "są" define
# with "to" or a noun in the instrumental ("jest miarą", "są organellami"): any other word after
# them is a state ("**Ustawienia** są dostępne w menu", "**Sklep** jest otwarty do 18").
_SLAVIC_PREDICATE = (
    r"(?!(?:mój|moja|moje|moją|moi|moim|mojej|nasz|nasza|nasze|naszą|twój|twoja|twoje|twoją|jego|jej|ich|"
    r"můj|má|mé|moji|náš|naše|tvůj|váš|vaše|nie|ne|"
    r"był|była|było|byli|były|będzie|będą|byl|byla|bylo|byly|bude|budou|"
    r"na|w|we|v|ve|o|u|za|pod|nad|przy|vpravo|vlevo|tu|tam|tady|gotow\w*|hotov\w*|naj\w+|nej\w+|\w+(?:ane|ano|one|ęte|eny|ené|ený)|"
    r"the|an?|my|your|his|her|its|our|their|this|that|me|him|us|them|it|you|be|do|go|get|see|make)\b)"
    r"(?-i:(?![A-ZÀ-ÞĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽ]))(?=[a-zß-ž][^\W\d_]+[\s,])(?=[^\n]{0,120}[ąćęłńóśźżěščřůň])"
)
# What a person has or does at home, after a possessive: no definition's head noun.
_OWNED = (
    r"(?!(?:go-to|usual|dish|meal|drink|recipe|snack|car|house|flat|home|dog|cat|room|place|spot|song|show|"
    r"birthday|turn|job|kid|kids|son|daughter|wife|husband|mum|mom|dad|brother|sister)\b)"
)
DEFINING = re.compile(
    # (A reading or a translation in full-width brackets, in kana or Latin letters: "**七宝焼**（しっぽうやき）とは".)
    r"^\s*(?:\([^)]{1,80}\)\s*|（[\u3040-\u30ffA-Za-z\s、,・'’-]{1,40}）\s*|\$[^$\n]{1,30}\$\s*)?(?:"
    r",\s*(?:which|that|who)\s+(?:is|are|means|refers\s+to)\b"
    # An aside may stand between the term and its verb ("**X**, first described by Pavlov, is a
    # form of ...") or after the verb ("is, for him, the resources that ...").
    r"|(?:,\s*or\s+[^,]{1,60},\s*|,\s+[^,]{3,100},\s*)?\s(?:is|are|was|were)(?:,\s+[^,]{2,30},)?\s+"
    r"(?:also\s+|simply\s+|essentially\s+|basically\s+)?"
    r"(?:an?|the|one|any|our|their|your|when|where|how|what|whatever|someone|something|anything|each|every|"
    # ("is Alex Shigo's model of ...": a name of two words before the possessive; "is Adams and
    # Fred Archer's method": two names. Not what people like or own: "is Mom and Dad's favourite
    # time of the day", "is John and Mary's dish that they bring ...".)
    r"used|defined|made|often|usually|typically|generally|commonly|said|(?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?){0,3}[A-Z][\w-]*['’]s"
    r"(?=\s+" + frames.EVALUATIVE + _OWNED + r"))\b"
    r"|\s(?:is|are)\s+" + _GERUND +
    r"|(?:,\s+[^,]{3,100},)?\s(?:means|refers\s+to|denotes|describes|designates|captures|stands\s+for|represents|is\s+defined\s+as|"
    r"are\s+defined\s+as|is\s+a\s+term|measures|quantifies|says\s+that|states\s+that|holds\s+that|"
    r"(?:occurs|happens|arises)\s+(?:when|whenever|if)|"
    r"bezeichnet|bedeutet|besagt|beschreibt|désigne|désignent|signifie|décrit|significa|designa|denota|indica|"
    # "L'**art topiaire** consiste à tailler ...": what a practice consists in.
    # (Not a length of time: "Le **stage** consiste en six semaines ...".)
    r"(?:consiste|consistent|consisten|consistono|consistem)\s+(?:à|a|en|em|in|nel|nella|nello|nell['’]|na|no)(?!\s+(?:\d|un[ea]?\s+semaine|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\b)|"
    r"означает|обозначает|называют)\b"
    r"|" + _COPULA_INTL +
    # Polish and Czech define with no article (``_SLAVIC_PREDICATE``).
    r"|\s(?:to|je|jsou)\s+" + _SLAVIC_PREDICATE + r"|\s(?:jest|są)\s+(?=to\s|\w*(?:em|ą|ami|mi|ym|im|ymi|imi)\b)" + _SLAVIC_PREDICATE +
    # "Escape velocity, the minimum speed needed to ..., is about 11.2 km/s": an aside that is
    # itself a described noun phrase (an article, a head, then "of", "that", "needed to" ...)
    # defines the term whatever the main verb says.
    # Not an aside about the writer's own people and things ("Alice, the lead of our team, ...").
    r"|,\s+(?![^,]{0,140}\b(?:our|my|your|we|us|me|I)\b)(?:the|an?)\s+(?:[a-z][\w'-]*\s+){1,4}?" + r"(?:" + phrases.APPOSITION_HEAD + r"|[a-z]{3,}ed\s+(?:by|to|for|in|from|with)\s+\S+)[^,;:.]{0,120},\s+[a-z]" +
    # "o **superávit** é quando as receitas superam ...": "is when/where" in other languages.
    r"|\s(?:é|est|es|è|ist)\s+(?:quando|onde|quand|lorsque|cuando|donde|wenn|dove)\b"
    r"|\s*[—–]\s*(?:это|есть)\b|\s(?:является|называется|означает)\s"
    # Korean topic and quotative particles right after the term ("**광합성**은 ...", "**X**란 ...").
    r"|(?:은|는|이란|란)\s"
    r"|(?:とは(?![別違異])|って|という|と呼ばれる|を指す)|(?:是指|指的是|是一种|是一種|是一个|是一個|指|是(?!否|不是))"
    r"|\s(?:se\s+(?:llama|denomina|define\s+como|refiere\s+a)|si\s+chiama|si\s+definisce|chama-se|denomina-se|"
    r"versteht\s+man|nennt\s+man|on\s+appelle))",
    re.I,
)
# A household's names, not terms: "He names the new puppy **Biscuit**", "Dad names the wifi network
# **FBI Van**" (and "they called her **Olga**": ``_named_at_home``).
_PET_NAMED = re.compile(
    r"\b(?:names?|named|calls?|called)\s+(?:the|our|my|his|her|their)\s+(?:new\s+|little\s+)?"
    r"(?:puppy|dog|cat|kitten|baby|boat|car|bike|wifi|wi-fi|network|router|plant|fish|horse|pet|house|band|chat|group)\b"
)


def _named_at_home(before: str, last: str, term: str) -> bool:
    """Whether a capitalised ``term`` after a naming verb is a person's, a pet's or a thing's name
    at home ("they called her **Olga**", "names the new puppy **Biscuit**"), not a term."""
    return term[:1].isupper() and (last in ("her", "him") or _PET_NAMED.search(before[-60:]) is not None)
_LEARNED_THAT = re.compile(
    r"\b(?:learned|learnt|discovered|found\s+out|TIL|realized|realised)\s+(?:today\s+|recently\s+)?that\s+(?:an?\s+|the\s+)?$",
    re.I,
)
# "- **System 1** is fast, automatic and effortless": in a list item, a described term.
# The word after "is" must describe (an adjective or noun), not place or point elsewhere.
_ITEM_COPULA = re.compile(
    r"^\s+(?:is|are)\s+(?!(?:not|also|now|here|there|done|te|to|in|at|on|for|from|under|available|used|"
    r"located|found|shown|set|only|still|just|very|so|too|"
    # (Nor a place's or a person's state today: "- **Pergamon** is closed, so go to ...", "- **Nina** is late again".)
    r"(?:open|closed|shut|free|included|late|early|sick|ill|away|back|busy|full|empty|booked|cancelled|canceled)"
    # (A state before a time, a clause or the end; "is open broken colour dragged over ..." glosses.)
    r"(?=\s*(?:$|[,.;:!)]|(?:until|till|on|at|from|for|to|in|today|tonight|tomorrow|again|now|so|and|but|late|early|this|next|every)\b))|"
    r"our|my|your|his|her|their)\b)[a-z]{3,}\b[^*`\[]*$"
)
# "**Stationary point** (or critical point): a point ...": a synonym may stand before the separator,
# and so may a plural ("**trasmatta** (pl. trasmattor) — Swedish woven rag rug ...").
# Between two enumerated terms: a comma, "and", "or" (or both).
_ENUMERATED = re.compile(r"(?:,\s*(?:(?:and|or|und|oder|et|ou|y|e|o)\s+)?|\s+(?:and|or|und|oder|et|ou|y|e|o)\s+)$")
# (A date may stand before it too: "**roots reggae** (70s): ...", "**Din-i Ilahi** (1582) — ...".)
_GLOSSARY_SEP = re.compile(r"^\s*(?:\((?:or|also|aka|a\.k\.a\.|pl\.|plural|sg\.)\s[^)\n]{1,50}\)\s*|\((?:c\.\s*|ca\.\s*|~)?\d[\d\s–-]{0,10}(?:s\+?|\+|\s*(?:BC|BCE|AD|CE))?\)\s*)?(?::|：|—|–|-{1,2}|=)\s+")


# "The paper introduces the Transformer, an architecture based on ...": a work presents a named
# thing and describes it in an appositive (an article, a head, then "based", "of", "that" ...).
_INTRODUCED = re.compile(
    r"\b(?:introduces?|introduced|introducing|proposes?|proposed|proposing|presents?|presented|presenting)\s+"
    r"(?:the\s+|an?\s+(?:new\s+|novel\s+)?)?(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}),\s+(?:an?|the)\s+(?![^,]{0,80}\b(?:mine|yours|ours|my|our|your)\b)"
    r"(?:[a-z][\w'-]*\s+){1,4}?(?:" + phrases.APPOSITION_HEAD + r"|[a-z]{3,}ed\s+(?:by|to|for|in|from|with|on|entirely|solely)\s+\S+)"
)


_SYNONYM_ASIDE = re.compile(
    r"^(?P<term>[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}),\s+(?:also\s+|sometimes\s+|often\s+)?"
    r"(?:known\s+as|called|termed|referred\s+to\s+as)\s+[^,]{2,60},\s+(?:is|are|refers\s+to|means|describes)\s+\S+\s+\S+"
)


def _inner(sentence: Sentence, span: Span) -> str:
    return plain(sentence.text[span.inner_start : span.inner_end])


def _inside_protected(sentence: Sentence, start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in sentence.spans if s.kind in ("code", "wikilink", "link", "cloze"))


def definitions(
    sentence: Sentence, *, in_item: bool, first: bool, ui: bool, opening: bool = True, list_item: bool | None = None
) -> list[Found]:
    """Bold/italic terms in a defining sentence, quoted names, link aliases after naming verbs,
    and glossary list items (``**Term** — definition``)."""
    text = sentence.text
    found: list[Found] = []
    seen: set[str] = set()

    named_end = -1  # where the last term named in this sentence ends
    stems: NamingStems | None = None  # whether the sentence holds naming stems, made on first need

    def add(start: int, end: int, answer: str, rule: str) -> None:
        nonlocal named_end
        key = answer.lower()
        if key in seen:
            return
        made = cloze_text(text, [(start, end, answer)])
        if made is not None:
            seen.add(key)
            named_end = end
            found.append(Found(made[0], made[1], rule))

    for span in sentence.spans:
        if span.kind != "strong" and span.kind != "em":
            continue  # the emphasised terms, in order (no list of them made first: most sentences have none)
        term = _inner(sentence, span)
        before = text[: span.start]
        after = text[span.end :]
        if found and named_end >= 0 and _ENUMERATED.match(text, named_end, span.start) and plausible_term(term):
            # "... are **ethos**, **pathos** and **logos**.": the terms enumerated after a named one.
            add(span.start, span.end, term, found[-1].rule)
            continue
        last = last_word(before)  # the word right before the term: what most checks below end in
        if first and not ui and (not before or (may_open(last) and (ARTICLE_START.match(before) or restarts(sentence, before)))):
            label_colon = term.endswith((":", "：")) or after.lstrip().startswith((":", "："))
            bare = term.rstrip(":：").strip()
            sep = _GLOSSARY_SEP.match(after) or (term.endswith((":", "：")) and after[:1] == " ")
            rest = after[sep.end() :] if isinstance(sep, re.Match) else after
            if not in_item and not label_colon and (frames.dash_or_equals(after, aside=True) or frames.dash_clause(after, text, " " not in bare and bare[:1].isupper())) and plausible_term(bare):
                # "**Latency**—the time ...", "**Momentum** = mass × velocity" in prose.
                add(span.start, span.end, bare, "term_is")
                continue
            # A glossary entry opens its line; later in a paragraph "**X**: ..." is a label or a note.
            body = entry_body(bare, rest, label_colon, in_item) if sep and opening else ""
            if body and plausible_term(bare):
                # A lower-case body is also how translated option lists read ("crear un archivo"):
                # it counts unless the note turns out to be software documentation.
                rule = {"sure": "glossary_list", "lower": "glossary_list~"}.get(body, "glossary_list?")
                # "**Term:** definition" keeps its colon outside the cloze.
                if term.endswith((":", "：")):
                    made = cloze_text(text[: span.start] + f"**{bare}**:" + after, [(span.start, span.start + len(bare) + 4, bare)])
                    if made is not None and bare.lower() not in seen:
                        seen.add(bare.lower())
                        found.append(Found(made[0], made[1], rule))
                else:
                    add(span.start, span.end, bare, rule)
                continue
            defining = DEFINING.match(after) or _QUALIFIED_COPULA.match(after) or (before.strip() and _MODIFIER_COPULA.match(after))
            if defining and plausible_term(term) and long_enough(after, 3) and _term_shaped(term, in_item) and not _INSTANCE.match(after):
                add(span.start, span.end, term, "term_is")
                continue
            if (frames.BARE_COPULA.match(after) or frames.dash_or_equals(after, aside=not in_item)) and plausible_term(term) and _term_shaped(term, in_item):
                add(span.start, span.end, term, "term_is")
                continue
            if in_item and _ITEM_COPULA.match(after) and plausible_term(term) and not before and _term_shaped(term, True):
                add(span.start, span.end, term, "term_is")
                continue
        if (
            first and not ui and _MODIFIED_OPENING.match(before) and before.split()[-1].lower() not in NOT_MODIFIER
            and _DEFINED_WITH_ARTICLE.match(after) and plausible_term(term) and _term_shaped(term, in_item)
            and not frames.FIRST_PERSON.search(text)  # "The kitchen **timer** is a gift from my sister."
        ):
            # "A speedrun **route** is the full plan of a run": the term after one word of its field.
            add(span.start, span.end, term, "term_is")
            continue
        if ui or not plausible_term(term):
            continue
        if stems is None:
            stems = NamingStems(text)
        # Most tests below read the text after the term first, and most terms are followed by a
        # stop or a word that none of them (or only those that want the clause to end) can open
        # with: one match tells.
        shape = phrases.after_shape(after)
        cued = shape == "cue"
        rule = named_rule(text, before, after, last, stems, cued)
        if rule == "bold_called" and _named_at_home(before, last, term):
            continue
        if rule is not None:
            add(span.start, span.end, term, rule)
            continue
        tail = before[-120:]
        if "that" in tail and _LEARNED_THAT.search(tail, max(0, len(tail) - 48)) and DEFINING.match(after) and long_enough(after, 4):
            # "Learned today that *petrichor* is the smell of rain ...": a daily note's new word.
            add(span.start, span.end, term, "term_is")
            continue
        if cued and frames.defined_as(before, after):
            add(span.start, span.end, term, "term_is")
            continue
        if (
            (phrases.may_name_by_verb(last, after, shape) and (stems.english() or stems.intl()) and phrases.named_by_verb(before, after))
            or (found and phrases.parallel_name(before))
        ) and not _named_at_home(before, last, term):
            add(span.start, span.end, term, "bold_called")
            continue
        if (
            (
                cued
                and (
                    # (Not "a roast that **stalls** — the rate of rise ...": a verb of the relative clause.)
                    (phrases.apposition(before, after, term) and not (last in _RELATIVE_PRONOUNS and term.islower() and " " not in term))
                    or phrases.clause_definition(before, after)
                    or phrases.naming_appositive(before, after, last)
                    or phrases.that_is(after)
                    or phrases.relative_kind(before, after, term)
                    or phrases.kind_glossed(before, after)
                    or phrases.saying_glossed(before, after)
                )
            )
            or (shape != "" and phrases.named_subject(before, after, term, last))
            or (last == "the" and phrases.closing_appositive(before, after, term))
            or (first and phrases.acts_as_definition(before, after, term, in_item if list_item is None else list_item))
        ) and _term_shaped(term, False):
            add(span.start, span.end, term, "term_is")
    if found and found[0].rule in ("known_as", "bold_called") and not ui and "," in text[:60]:
        # "Availability heuristic, also known as *availability bias*, is the tendency ...": the
        # plain subject the synonym glosses is the main term.
        subject = _SYNONYM_ASIDE.match(text)
        if subject and subject.group("term").split()[0].lower() not in STOP_TERMS and plausible_term(subject.group("term")):
            add(subject.start("term"), subject.end("term"), subject.group("term"), "term_is")
    # A quoted name needs a double or a curly quote, or two apostrophes ("Pavlov's" has one).
    quoting = not ui and ('"' in text or "“" in text or "‘" in text or text.count("'") >= 2)
    if quoting and stems is None:
        stems = NamingStems(text)
    quoted = QUOTED.finditer(text) if quoting and stems.english() else ()
    for match in quoted:
        term = next(g for g in match.groups()[1:] if g)
        start = match.end() - len(term) - 1
        if _GENERIC_NOUN_BEFORE.search(text, 0, match.start()) or _inside_protected(sentence, start, start + len(term)):
            continue  # "the block called "Block"": a literal name in software docs, not a concept
        if term[:1].isupper() and _OWNED_SUBJECT.search(text, 0, match.start()):
            continue  # "My camel was called "Bob Marley"": the name of someone's animal or thing
        if plausible_term(term) and len(term.split()) <= 5:
            add(start, start + len(term), term, "called_quoted")
    for span in sentence.spans:
        if span.kind != "wikilink":
            continue
        before = text[: span.start]
        if not last_word(before).endswith(NAMING_ENDS) and not after_demonstrative(before[-120:]):
            continue  # "called [[Y]]", "call this process [[Y]]": where NAMING_BEFORE can end
        if stems is None:
            stems = NamingStems(text)
        naming = stems.english() and NAMING_BEFORE.search(before[-80:])
        term = text[span.inner_start : span.inner_end]
        if naming and plausible_term(term):
            add(span.start, span.end, term, "link_alias_calls")
    # _INTRODUCED needs a verb of presenting and the comma before its appositive (memchr first).
    if not ui and "," in text and ("intro" in text or "propos" in text or "present" in text) and not frames.FIRST_PERSON.search(text):
        for match in _INTRODUCED.finditer(text):
            term = match.group("term")
            if plausible_term(term) and not _inside_protected(sentence, match.start("term"), match.end("term")):
                add(match.start("term"), match.end("term"), term, "term_is")
    return found


_RELATIVE_PRONOUNS = frozenset(("that", "which", "who"))


def _term_shaped(term: str, in_item: bool) -> bool:
    """A term, not a clause: no copula of any common language inside, and short in a list item
    (option lists name conditions such as "All the following are true")."""
    if _CLAUSE_IN_TERM.search(term):
        return False
    return not in_item or len(term.split()) <= 4


def long_enough(after: str, words: int) -> bool:
    """At least ``words`` words follow, or (for scripts written without spaces) a short clause."""
    if len(after.split()) >= words:
        return True
    return sum(1 for ch in after if ord(ch) >= 0x3000) >= 6
