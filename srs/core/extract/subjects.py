"""Definitions whose subject is a link, a piece of code or a plain term with its abbreviation,
not an emphasised term.

"[[Entropy]] is a measure of ...", "[[Mitochondrion|Mitochondria]] are organelles that ...",
"`Drop` is a trait that ...": the note links the term (or writes it as code) where another
writer would bold it. Links and code also name people, files and commands ("[[Alice]] is going
to ...", "`npm install` is what you run first"), so only a copula before an article and a
description of three words or more counts, and never a first- or second-person aside.
"""

from __future__ import annotations

import re

from srs.core.extract.actors import FUNCTION
from srs.core.extract.filters import plausible_term
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.frames import FIRST_PERSON, READER
from srs.core.extract.rules import DEFINING, Found, long_enough
from srs.core.extract.sentences import Sentence, cloze_text

_ARTICLE = re.compile(r"^(?:(?:the|a|an)\s+)?$", re.I)
_COPULA_ARTICLE = re.compile(
    r"^\s+(?:is|are)\s+(?:also\s+)?(?:an?|the|one)\s+"
    # "[[John]] is the person to ask": a pointer to someone or somewhere, not a definition.
    r"(?!(?:best|worst|only|first|last|next|same|person|people|one|guy|contact|owner|place|file|folder|note|page|"
    r"thing|man|woman)\b)\S+(?:\s+\S+){2}"
    r"|^\s+(?:means|refers\s+to|denotes|describes|measures|represents)\s+(?:an?|the)\s+\S+(?:\s+\S+){2}"
    # A plural with no article: "are organelles that ...", "are small proteins of ...".
    r"|^\s+are\s+(?:[a-z-]+\s+){0,2}[a-z-]{3,}s\s+(?:that|which|who|whose|of|used|made|found|in)\s+\S+",
    re.I,
)
# "Stochastic gradient descent (SGD) is an ...", "The newton (N) is the SI unit ...": a plain
# noun phrase opening the sentence, then its abbreviation in parentheses. The abbreviation marks
# the words before it as a term; its first letter must be the term's.
# The article may be French, Spanish, Portuguese, Italian or German ("Le produit intérieur brut
# (PIB) est ..."), and the parenthesis may hold a symbol ("Michaelis constant ($K_m$): the ...").
_ABBREVIATED = re.compile(
    r"^(?:(?:the|an?|le|la|les|el|los|las|il|lo|o|os|as|der|die|das)\s+|l['’])?"
    r"(?P<term>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,4}?)\s+"
    # "Focal ratio (f/number)", "The em dash (—)", "Mutual zugzwang (reciprocal zugzwang)": a short
    # form with a slash, a symbol, or a second name that shares a word with the term (checked below).
    r"\((?:(?P<abbr>[A-Z][A-Za-z0-9/-]{0,9})|(?P<symbol>\$[^$\n]{1,12}\$|[^\x00-\x7f\w\s]{1,3})|(?P<synonym>(?:or|also|aka|a\.k\.a\.)\s[^()\n]{2,40})"
    r"|(?P<alias>(?-i:[a-z][\w'–-]*(?:\s+[a-z][\w'–-]*){1,4}))"
    # "Working memory (Baddeley & Hitch) — a limited system ...": the authors who named it.
    r"|(?P<citation>[A-Z][\w'’-]+(?:\s+(?:&|and|[A-Z][\w'’-]+)){0,3}(?:\s+et\s+al\.?)?(?:,?\s+\d{4})?)"
    # "The subjunctive (*le subjonctif*) expresses ...": the term in the language it is studied in.
    r"|(?P<translation>[*_][^*_()\n]{2,40}[*_])"
    # "Ikebana (生け花, "living flowers") is ...": the term in its own script, with what it says.
    r"|(?P<script>[\u0370-\u04ff\u0590-\u06ff\u3040-\u9fff\uac00-\ud7af][^()\n]{0,40}))\)(?=[\s:])",
    re.I,
)
# After an abbreviation: a verb of function (``actors``) or, in French, Spanish, Portuguese, Italian and
# German, a verb that says what the thing permits, consists of or groups.
_ACTS_AFTER = re.compile(
    r"^\s+(?:" + FUNCTION + r"|permet|permettent|permite|permiten|permitem|permette|permettono|ermöglicht|ermöglichen|"
    r"consiste|consistent|consisten|regroupe|agrupa|reúne|umfasst)\s+\S+\s+\S+"
)
# "Therapeutic index (TI) = TD50 / ED50", "Focal ratio (f/number) is focal length divided by aperture":
# an equation, in symbols or in words.
_FORMULA = re.compile(
    r"^\s*=\s*\S+\s+\S+|^\s+(?:is|are)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+"
    r"(?:divided\s+by|multiplied\s+by|times|over|per|minus|plus)\s+\S+"
)
# After a second name or a symbol, which mark a term by themselves: what it does ("Reverse
# zoonosis (also called anthroponosis) goes the other way ...", "The en dash (–) is for ranges").
# ("A noun (or pronoun) plus a participle ...": "plus" ends like a verb and is none.)
_DOES_AFTER = re.compile(
    r"^\s+(?:[a-z]+ly\s+)?(?:(?!(?:is|was|has|does|plus|minus|versus|thus)\b)[a-z]{2,}[^s\W]s|(?:is|are)\s+(?:for|used|what|how|when))\s+\S+\s+\S+"
)
# "(reciprocal zugzwang): whoever is to move loses.": any gloss after a colon.
_ANY_COLON_GLOSS = re.compile(r"^:\s+\S+(?:\s+\S+){2}")
# "(...): the substrate concentration at which ...": a noun-phrase gloss after a colon.
_COLON_GLOSS = re.compile(r"^(?::|\s*[—–])\s+(?:the|an?)\s+[a-z][\w-]*(?:\s+\S+){3}")
# After the authors' names a colon may also announce the situation the term names ("(Sophie Leroy):
# when you switch from task A to task B, ...").
_CITED_GLOSS = re.compile(r"^(?::|\s*[—–])\s+(?:when|whenever|where|if)\s+\S+(?:\s+\S+){4}")
# "Price elasticity of demand, i.e. the percentage change in ...": a plain noun phrase opening the
# sentence, its gloss announced by "i.e." or "that is".
_GLOSSED = re.compile(
    r"^(?P<term>[^\W\d_][\w'-]*(?:\s+[\w'-]+){0,4}?)\s*(?:,\s*|\s*\(|\s+[—–]\s*)(?:i\.\s?e\.|that\s+is),?\s+"
    r"(?!(?:what|how|why|where|when|because|who|which)\b)(?:an?\s+|the\s+)?[^\W\d_][\w'-]*(?:\s+\S+){3}",
    re.I,
)
# "Lake Baikal is the deepest lake in the world.", "The Atacama is the driest desert ...": a
# capitalised name, then a superlative that makes it the answer to a question of fact. Opinions
# ("the best", "the worst", "the easiest") are no facts to recall.
_SUPERLATIVE = re.compile(
    r"^(?:The\s+)?(?P<term>(?!(?:This|That|These|Those|It|He|She|They|We|I|You|Mine|Ours)\b)[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|de|del|da|von|van))*?)"
    r"\s+(?:is|was)\s+the\s+(?!(?:best|worst|easiest|hardest|simplest|nicest|coolest|greatest|latest|cheapest|fastest\s+way)\b)"
    r"(?:[a-z-]+est|first|last|only|largest|smallest|oldest|tallest|longest|deepest|highest)\s+\S+"
)
_QUANTIFIERS = frozenset("any every each no all some most many this that these those".split())


def linked_subject(sentence: Sentence, *, in_item: bool) -> Found | None:
    """The card of a sentence that opens with a linked or coded term and defines it, or None.

    In a list item code names a parameter ("- `value` is the string to test"): only links count."""
    kinds = ("wikilink",) if in_item else ("wikilink", "code")
    for span in sentence.spans:  # the first link (or code)
        if span.kind in kinds:
            break
    else:
        return None
    text = sentence.text
    if not _ARTICLE.match(text[: span.start]):
        return None
    after = text[span.end :]
    defining = _COPULA_ARTICLE.match(after)
    if not defining or FIRST_PERSON.search(after) or READER.search(defining.group(0)):
        return None  # "[[Project X]] is the thing we ship next": a status, not a definition
    term = text[span.inner_start : span.inner_end].strip().strip("`").strip()
    if span.kind == "code" and (" " in term or len(term) > 40):
        return None  # a command line or an expression, not a name
    if span.kind == "wikilink" and ("#" in term or "/" in term):
        return None
    if not plausible_term(term) or is_ui_instruction(text):
        return None
    made = cloze_text(text, [(span.start, span.end, term)])
    return Found(made[0], made[1], "term_is") if made else None


def _spelled_out(term: str, words: str) -> bool:
    """Whether ``words`` can spell out ``term``, an abbreviation in capitals: "AAV (adeno-associated
    virus)", "PEG (polyethylene glycol)". The first word opens with the abbreviation's first
    letter, there are no more words (or parts of hyphenated ones) than its letters and one, and
    none is an adverb or a word of place or time ("The CEO (currently on holiday) ...": an aside)."""
    if not (2 <= len(term) <= 6 and term.isupper() and term.isalnum()):
        return False
    parts = [w for w in re.split(r"[\s–-]+", words.lower()) if w]
    if any(w.endswith("ly") or w in _ASIDE_WORDS for w in parts):
        return False
    return parts[0][:1] == term[0].lower() and len(parts) <= len(term) + 1


_ASIDE_WORDS = frozenset("on in at now still just here there today away off out back again".split())


def abbreviated_subject(sentence: Sentence) -> Found | None:
    """"Stochastic gradient descent (SGD) is an optimisation method ...": hide the spelled-out term."""
    text = sentence.text
    match = _ABBREVIATED.match(text)
    if match is None:
        return None
    # "A stationary point (or critical point) is ...": a synonym marks the term as well.
    term = match.group("term")
    abbr = (
        match.group("abbr") or match.group("synonym") or match.group("symbol") or match.group("citation")
        or match.group("translation") or match.group("alias") or match.group("script")
    )
    if not plausible_term(term) or term.lower() == abbr.lower():
        return None
    if match.group("abbr") and term[:1].lower() != abbr[:1].lower():
        return None
    alias = match.group("alias")
    if alias and not {w.lower() for w in alias.split()} & {w.lower() for w in term.split() if len(w) > 3} and not _spelled_out(term, alias):
        return None  # "Coffee (decaf, please) ...": an aside, not a second name of the term
    after = text[match.end() :]
    if match.group("citation"):
        # Authors' names mark a term only before a gloss: "Kahneman (2011) argues ..." is a claim.
        defining = _COLON_GLOSS.match(after) or _CITED_GLOSS.match(after)
    else:
        # An abbreviation or a translation marks a term: what it does defines it as well as a copula
        # ("Batch norm (BN) normalises ...", "La question prioritaire de constitutionnalité (QPC) permet ...").
        # A second name is a noun ("or specified" qualifies a verb: "Publishes all (or specified) locales").
        named = (match.group("synonym") and not match.group("synonym").endswith("ed")) or match.group("symbol") or alias
        defining = (
            DEFINING.match(after) or _COPULA_ARTICLE.match(after) or _COLON_GLOSS.match(after)
            or (not match.group("synonym") and _ACTS_AFTER.match(after)) or _FORMULA.match(after)
            or (named and (_DOES_AFTER.match(after) or _ANY_COLON_GLOSS.match(after)))
        )
    if not defining or FIRST_PERSON.search(after):
        return None
    if match.group("script") and not (_COPULA_ARTICLE.match(after) or after.lstrip()[:1] in ("=", ":", "—", "–")):
        # "Tokyo (東京) is where we land on Monday": a place's name, and news; "is a/the ...",
        # "= ..." define ("Thickness (厚み, atsumi) = a strong, outward-facing group ...").
        return None
    if not long_enough(after, 4) or is_ui_instruction(text):
        return None
    made = cloze_text(text, [(match.start("term"), match.end("term"), term)])
    return Found(made[0], made[1], "term_is") if made else None


def glossed_subject(sentence: Sentence) -> Found | None:
    """"Price elasticity of demand, i.e. the percentage change ...": hide the plain term."""
    text = sentence.text
    match = _GLOSSED.match(text)
    if match is None:
        return None
    term = match.group("term")
    if not plausible_term(term) or FIRST_PERSON.search(text) or is_ui_instruction(text):
        return None
    if term.split()[0].lower() in _QUANTIFIERS:
        return None  # "Any model leaves things out, that is ...": a clause, not a term
    if len(term.split()) > 1 and not term.split()[1][:1].islower() and not term.isupper():
        return None  # "Alice Smith, i.e. the new lead, ...": a person, not a term
    made = cloze_text(text, [(match.start("term"), match.end("term"), term)])
    return Found(made[0], made[1], "term_is") if made else None


def superlative_subject(sentence: Sentence) -> Found | None:
    """"Lake Baikal is the deepest lake in the world.": hide the name the superlative picks out."""
    text = sentence.text
    match = _SUPERLATIVE.match(text)
    if match is None or FIRST_PERSON.search(text) or len(text.split()) < 6:
        return None
    term = match.group("term")
    if not plausible_term(term) or len(term.split()) > 4:
        return None
    made = cloze_text(text, [(match.start("term"), match.end("term"), term)])
    return Found(made[0], made[1], "term_is") if made else None
