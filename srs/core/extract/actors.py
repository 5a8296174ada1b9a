"""Unmarked subjects known by their head noun or by what they do.

Two shapes of plain definition that ``unmarked.plain_subject`` (a term, a copula, a pinned noun)
does not read:

- A subject whose head names a kind of concept: "The Dunning–Kruger effect is a cognitive bias
  in which ...", "The mirror image rule requires the acceptance to match ...", "The shock index is
  the heart rate divided by ...", and the same after a claim's "that" ("Kahneman argues that the
  availability heuristic makes ..."). "The" opens most ordinary sentences ("The meeting was
  long"); a head such as effect, heuristic, principle, rule or index after a describing word
  makes the subject a named concept.
- A common-noun term, then what it does in the present tense: "Self-attention relates different
  positions of a sequence ...", "Multi-head attention runs several attention functions ...", "An
  invitation to treat, by contrast, merely invites offers". Claims about people and things of the
  writer's own world share the shape, so the term must read as a concept (lower-case words after
  the first, a hyphenated compound, or an abstract noun's ending), the verb must not be one of
  status or opinion, and the sentence must open its block.
"""

from __future__ import annotations

import re

from srs.core.extract.alternation import prefix_tree
from srs.core.extract.filters import STOP_TERMS
from srs.core.extract.found import Found
from srs.core.extract.sentences import Sentence
from srs.core.extract.termcards import NO_WORDS, term_card

# Head nouns that name a concept when a describing word stands before them.
_HEAD_LIST = """effect heuristic bias fallacy paradox principle law rule theorem lemma test index hypothesis dilemma
    problem curve doctrine illusion syndrome constant equation criterion conjecture razor ratio coefficient trap
    cycle hierarchy reflex phenomenon threshold quotient identity inequality""".split()
_HEADS = "(?:" + "|".join(_HEAD_LIST) + ")"
# Words before a head that point at the writer's own things, order or opinion, not at a concept.
_NOT_MODIFIER = frozenset(
    """new old first second third last next previous following above below same other main key big real
    current final initial original basic general simple whole entire only actual default usual typical
    this that these those my our your his her their its such each every any some another one two three
    good bad great important hard easy difficult interesting whole weekly daily monthly""".split()
)
# "The X effect is a ...", "The X rule requires ...": the verb part. An aside may stand before it
# ("The Pareto principle, also known as the 80/20 rule, is an aphorism ...").
_HEADED = re.compile(
    r"(?P<term>(?:(?:[\"“][^\"”\n]{2,30}[\"”]|[^\W\d_][\w'’–-]*)\s+){1,3}" + _HEADS + r"s?)"
    r"(?:,\s+[^,]{2,60},)?\s+(?:"
    # "... are multiplied by p — the weight scaling rule — which ...": named between two dashes.
    r"(?<=\s)(?=[—–]\s+(?:which|that|where|and|so)\b)[—–]"
    r"|(?:is|are|was|were)\s+(?:an?|the|one)\s+(?!(?:best|worst|only|same|main|first|last|next|reason|problem|"
    r"thing|one|way|part|bit|lot|result|case)\b)\S+(?:\s+\S+){2}"
    r"|(?:[a-z]+ly\s+)?(?!(?:is|was|has|does|goes|gets|seems|looks|needs|takes|runs|fails|passes|lives|sits|"
    r"applies|works|happens|comes|stays|starts|stops|ends|begins|matters)\b)[a-z]{3,}(?<![su])s\s+\S+(?:\s+\S+){2})",
    re.I,
)
_HEAD_WORDS = frozenset(w + e for w in _HEAD_LIST for e in ("", "s", "es"))

# What a concept does, in the words of a definition: the -s form, or the plain form after a plural.
_FUNCTION_VERBS = """relate map convert transform encode decode compute calculate count inject normalise normalize
    estimate quantify predict represent catalyse catalyze regulate generate combine separate assign divide
    approximate minimise minimize maximise maximize optimise optimize invite bound amplify attenuate inhibit
    encapsulate aggregate classify penalise penalize decompose translate transmit transport synthesise synthesize
    hydrolyse hydrolyze oxidise oxidize measure describe bind protect transfer occur arise denote specify
    guarantee ensure stabilise stabilize allocate acquire serialise serialize resolve propagate reflect refract
    absorb emit secrete mediate modulate activate bypass replace replicate transcribe compensate express explain""".split()


def _forms(verb: str) -> tuple[str, ...]:
    if verb.endswith("y"):
        return verb, verb[:-1] + "ies"
    return verb, verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")


# Plain forms that are as often nouns ("Negative indices count from the end"): only their -s form counts.
_NOUN_LIKE = frozenset("count map bound measure transfer transport bind relate".split())
# Every form of the verbs, looked up word by word before the regex runs (most sentences hold none).
_FUNCTION_FORMS = frozenset(f for v in _FUNCTION_VERBS for f in _forms(v))
FUNCTION = r"(?:" + prefix_tree(sorted(_FUNCTION_FORMS, key=len, reverse=True)) + r")\b"
# Whether a verb of function stands among the first words: most sentences hold none, and one scan
# of their opening (a prefix tree, only asked whether it matches) spares the regex below.
FUNCTION_NEAR = re.compile(r" (?:" + prefix_tree(sorted(_FUNCTION_FORMS)) + r")\b")
# A common-noun term opening the sentence, then what it does. The term: a capitalised word with
# lower-case words after it, a hyphenated compound, or one word with an abstract noun's ending.
_ACTING = re.compile(
    r"^(?:(?P<art>An?)\s+(?P<generic>[a-z][\w-]*(?:\s+(?:to\s+)?[a-z][\w-]*){0,2}?)"
    r"|(?P<term>[A-Z][a-z]+(?:-[a-z]+)+|[A-Z][a-z]+(?:-[a-z]+)*(?:\s+[a-z][a-z-]+){1,3}?"
    r"|[A-Z][a-z]{2,}(?:sis|tion|sion|ism|ity|ics|ology|ment|ance|ence|ase|osis|itis|emia|ysis|opy|omy|phy|ency|ancy)))"
    r"(?:\s+\([^()\n]{1,40}\))?(?:,\s+[^,]{2,30},)?\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>" + FUNCTION + r")\s+\S+(?:\s+\S+){1}"
)
# The first words of ordinary sentences that the term shape lets through, and verbs that make
# its words a clause ("Thaw lets microbes decompose it ...": what thaw does, not a term).
_NOT_ACTOR = frozenset(
    """good bad great best worst more less most many few some every each all no new old other such big small
    long short high low first last next this that these those there here today tomorrow yesterday everyone
    everything someone something nobody nothing morning evening lunch dinner breakfast training testing
    meeting reading writing running cooking shopping travelling traveling regular
    the a an in on at for from with by to as into onto over under about after before during and or but nor
    now then also not only just very so lot number couple bit little
    lets makes helps gets keeps needs wants has have had allows causes""".split()
)


def headed_subject(sentence: Sentence) -> Found | None:
    """"The Dunning–Kruger effect is a cognitive bias in which ...": hide the named concept."""
    text = sentence.text
    if len(text) < 30:
        return None
    if text.startswith("The "):
        at = 4
    else:
        at = -1
        for marker in (" that the ", " how the ", " why the ", " — the ", " – the "):
            at = text.find(marker, 0, 240)
            if at >= 0:
                at += len(marker)
                break
        if at < 0:
            return None
    # A head noun among the next few words, looked up word by word before the regex runs.
    for word in text[at : at + 100].split(None, 5)[:5]:
        if word.rstrip(",;:.").lower() in _HEAD_WORDS:
            break
    else:
        return None
    match = _HEADED.match(text, at)
    if match is None:
        return None
    term = match.group("term")
    words = term.split()
    if words[0].lower() in _NOT_MODIFIER or words[0].lower() in STOP_TERMS or words[0].lower().endswith("est"):
        return None
    begin, end = match.start("term"), match.end("term")
    if term[:1] in "\"“":
        # 'The "but for" test asks ...': the quoted words are the term.
        close = term.find("”" if term[:1] == "“" else '"', 1)
        begin, end = begin + 1, begin + close
    return term_card(text, begin, end, "term_is", not_words=NO_WORDS)  # its words are judged above


# Verbs after which the word before is a noun of the subject, not its verb.
_COPULAS = frozenset("is are was were have has vary differ range remain".split())
# "us" in lower case only: "US steel makers" is the country.
_US = re.compile(r"\bus\b")


def acting_subject(sentence: Sentence) -> Found | None:
    """"Self-attention relates different positions ...": hide the term that opens the block.
    (Callers ask ``FUNCTION_NEAR`` of the sentence's first 100 characters first.)"""
    text = sentence.text
    if sentence.index != 0 or len(text) < 30 or not text[:1].isupper():
        return None
    match = _ACTING.match(text)
    if match is None:
        return None
    group = "generic" if match.group("generic") else "term"
    term = match.group(group)
    words = term.split()
    verb = match.group("verb")
    if text[match.end("verb") :].split(None, 1)[0] in _COPULAS:
        return None  # "Total mass estimates are all over the place": the "verb" is the subject's noun
    if not verb.endswith("s") and (group == "generic" or not words[-1].endswith("s") or verb in _NOUN_LIKE):
        return None  # the plain form only after a plural term: "Positional encodings inject ..."
    # ("to" and "of" may join the words of a term: "invitation to treat", "law of demand".)
    if any((w.lower() in _NOT_ACTOR and not (0 < i < len(words) - 1 and w in ("to", "of"))) or w.lower() in STOP_TERMS for i, w in enumerate(words)):
        return None
    if words[0].lower().endswith("ed") or " now " in text or " no longer " in text:
        return None  # "Fixed saving files ...", "Search now ...": release notes, not definitions
    if _US.search(text) or len(text.split()) < 6:
        return None
    return term_card(text, match.start(group), match.end(group), "term_is", not_words=NO_WORDS)  # judged above
