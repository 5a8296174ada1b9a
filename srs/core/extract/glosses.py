"""A note whose title is the term and whose opening sentence is its gloss, without naming it.

Evergreen and glossary-style notes often put the term only in the title (or in the YAML
``title:``) and open the body with the meaning alone: "The tendency of groups to give
disproportionate weight to trivial issues." under "Bikeshedding", "When a measure becomes a
target, it ceases to be a good measure." under "Goodhart's law". The card hides the title before
the gloss: "{{c1::Bikeshedding}}: The tendency of groups ...".

Two shapes count: a noun phrase pinned by "of", "that", "in which" ... or a gerund phrase, with no
main verb of its own ("The value of the next-best alternative given up ..."); and, under a title
that names a law, principle or effect, any plain statement (the law itself).
"""

from __future__ import annotations

import re

from srs.core.extract.entries import names_glossary
from srs.core.extract.entrylines import entry_line, plain_expansion
from srs.core.extract.families import news
from srs.core.extract.filters import is_exercise, plausible_term
from srs.core.extract.uitext import is_ui_instruction
from srs.core.extract.found import Found
from srs.core.extract.frames import FIRST_PERSON
from srs.core.extract.initials import spells_out
from srs.core.extract.sentences import Sentence
from srs.core.extract.lines import PINNED_NOUN_PHRASE
from srs.core.extract.logtitles import MAP_OF_CONTENT
from srs.core.extract.nounphrases import noun_phrase_commas
from srs.core.extract.ownname import VERB_FORM
from srs.core.extract.titles import title_terms

# "The tendency of ...", "A device that ...", "The principle that ...": an article, a head noun
# (with up to three modifiers) and what pins it down.
# ("Peirce's rule for getting clear about a concept: ...": a name's possessive serves as the article.)
_NOMINAL = re.compile(
    r"^(?:the|an?|(?-i:[A-Z])[\w-]+['’]s)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+"
    # ("The opening on the head joint that ...": where the thing is may come before what pins it.)
    r"(?:(?:on|in|at|inside|under|over)\s+(?:the|an?)\s+(?:[\w'-]+\s+)?[\w'-]+\s+(?=that|which|where|whose))?"
    r"(?P<link>of|that|which|whose|in\s+which|by\s+which|whereby|where|for|between|given|used|caused)\s+\S+",
    re.I,
)
# "Raking works on cheap locks ...": a gerund, then a verb of its own (a plural object is no verb:
# "Joining boards with wooden pins ...", so only verbs that take none are listed).
_GERUND_THEN_VERB = re.compile(
    r"^[A-Z][a-z]{2,}ing\s+(?:works|helps|happens|occurs|fails|matters|depends|applies|comes|goes|runs|starts|stops|begins|ends|pays|beats)\b"
)
# "Considering not just the immediate consequences ...": a gerund phrase.
_GERUND = re.compile(r"^[A-Z][a-z]{2,}ing\s+\S+")
# A main verb: a noun phrase with one is a statement about something, not a gloss.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|can|could|has|have|had|does|do|did|should|must|may|might)\b", re.I
)
_RELATIVE = frozenset({"that", "which", "whose", "where"})
# Words that open a clause inside a noun phrase: a relative word, or a subordinating one ("... film
# that forms on the anode when the electrolyte is reduced", "... so the reservoir can't rise").
_RELATIVE_WORD = re.compile(
    r"\b(?:that|which|whose|where|who|whatever|what|when|while|if|because|until|unless|since|although|so)\b", re.I
)


def _main_verb(text: str) -> bool:
    """Whether a noun phrase has a verb of its own: a finite verb that no relative clause holds.
    A relative clause's verb follows its relative word within four words, with no other verb
    between ("... that is caused by ...", "... ones that the decanter can pull out"); a finite
    verb further on, or after the clause's own verb, is the sentence's ("The cost of the tiles
    that arrived on Monday was higher ...", "The door that sticks was planed down ...")."""
    # (Read in the first clause: after a colon or a semicolon the gloss goes on in sentences of its
    # own, "Tall vertical line that turns a preform into fibre: the tip is heated ...".)
    end = min((at for at in (text.find(": "), text.find("; ")) if at > 0), default=len(text))
    finite = _FINITE.search(text, 0, end)
    if finite is None:
        return False
    relative = None
    for relative in _RELATIVE_WORD.finditer(text, 0, finite.start()):
        pass
    if relative is None:
        return True
    between = text[relative.end() : finite.start()].split()
    # The clause's own verb right after its relative word ("that sticks", "that arrived"), or any
    # word in "-ed" before the finite one.
    return len(between) > 4 or bool(between and _VERB_LIKE.match(between[0])) or any(w.endswith("ed") for w in between)


# A word that may be a verb in a relative clause: "-ed", or "-s" after a consonant ("sticks").
_VERB_LIKE = re.compile(r"^[a-z]+(?:ed|[b-df-hj-np-rtv-z]s)$")
# Titles that name a law, a principle, an effect or a theorem: the note's first sentence states it.
_LAW_TITLE = re.compile(
    r"(?:'s|s'|\w)\s+(?:law|principle|razor|effect|paradox|fallacy|rule|fence|dilemma|trap|bias|heuristic|"
    r"theorem|lemma|conjecture|hypothesis|postulate|axiom)$", re.I
)
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_SHORT_NAME = re.compile(r"^[A-Za-z]{1,4}\d{1,3}$")
# An expansion in capitals ("Hazard Analysis and ..."), or the mark that ends one.
_TITLE_CASE_PAIR = re.compile(r"^\W*[A-Z]\w*,?\s+[A-Z]")
_EXPANSION_END = re.compile(r"[,;.:=(—–]")


_READER = re.compile(r"\b(?:we|you|our|your)\b", re.I)
# A set of study questions names no term: "Sweeping Q&A", "Knots quiz", "Tides flashcards".
_STUDY_SET = re.compile(r"\bQ\s?&\s?A\b|\b(?:FAQ|quiz|flashcards|self-test)\b", re.I)
# People in a scene ("Small children playing around the fountain ...").
_SCENE_PEOPLE = frozenset("children kids people men women boys girls tourists students players visitors locals crowds families friends".split())


# "Dose of a substance that kills half ...", "Feedback loop that computes ...": a noun phrase
# without its article, as a glossary writes it.
_BARE_NOMINAL = re.compile(
    r"^(?!(?:The|An?)\s)[A-Z][a-z][\w'-]*,?\s+(?:(?!(?:the|an?)\s)[a-z][\w'-]*\s+){0,3}?(?P<link>of|that|which|whose|in\s+which|by\s+which|whereby|used|caused|in|on|between|"
    # "Long stones laid right across the wall ...": a participle pins the noun too.
    r"laid|made|built|set|held|kept|worn|grown|cut|shown|woven|spun|drawn|[a-z]{3,}ed(?=\s+(?:[a-z]+ly\s+)?(?:to|by|in|on|into|onto|from|with|at|across|along|over|under|around|through|right)\b)|"
    # "Single-celled dinoflagellates living inside ...", "Saturated, loose sand suddenly behaving
    # like a liquid ...": so does a participle in "-ing" and where or how it is.
    r"(?!(?:during|including|regarding|concerning|according|following)\b)[a-z]{3,}ing(?=\s+(?:in|on|inside|within|under|at|along|between|around|near|like|as)\b))\s+\S+"
)
# "A sugar substitute made from beet sugar ...": an indefinite article (a kind, not the writer's
# own thing: "The blue hatchback parked outside ..."), a noun with its modifiers, and a participle
# that pins it down. (Compiled by ``re`` at its first use: only declared titles read it.)
_PARTICIPLE_NOMINAL = (
    r"^An?\s+(?:[a-z][\w'-]*\s+){0,3}?[a-z][\w'-]*\s+"
    r"(?P<link>(?:laid|made|built|set|held|kept|worn|grown|cut|woven|sewn|spun|drawn|fixed|[a-z]{3,}ed)"
    r"(?=\s+(?:into|onto|to|by|in|on|from|with|at|across|along|over|under|around|through|between)\s))\s+\S+"
)
# A verb of the sentence's own after such a noun phrase: "An old bike stored in the shed needs ...".
_OWN_VERB = re.compile(r"\b(?:needs|has|have|gets|goes|looks|keeps|makes|takes|seems|stays|sits|lives)\b")
# An aside in brackets: "Heavy dark mineral grains (mainly magnetite) that settle ..." has the
# shape of a gloss without it.
_ASIDE = re.compile(r"\s*\([^()]*\)")
# "Links each new signature to the one below ...": what the term does, its subject left out.
_DOES = re.compile(r"^[A-Z][a-z]{2,}(?:es|[^su]s)\s+(?:each|every|the|a|an|two|one|its|their|[a-z]+s)\s")


# A noun phrase of up to four words (no figure), its head in lower case, a colon and four words or
# more: the kind a declared term is, then what it does.
_KIND_THEN_COLON = re.compile(r"^(?:(?:The|An?)\s+)?(?:[A-Za-z][\w'’-]*,?\s+){0,3}?(?P<head>[a-z][\w'’-]{2,}):\s+[^\s\d]\S*(?:\s+\S+){3}")
# Heads that label a line rather than name a kind: "Status: ...", "Short version: ...".
_LABEL_HEADS = frozenset(
    "note notes source sources status update summary version recap todo question answer example examples "
    "problem problems tip tips warning caveat context background reference references see also tags "
    # (A book note's "Core claim: ...", "Main thesis: ...": what the work argues, not what its title is.)
    "claim claims thesis takeaway takeaways verdict".split()
)
# Heads of a noun phrase whose colon introduces what it states.
_STATED = frozenset("rule principle law maxim method test criterion definition idea thesis argument theory formula heuristic".split())


_MEASURE = re.compile(r"\s*(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few)\s)", re.I)


def _gloss_shape(text: str, law: bool, declared: bool = False) -> bool:
    """Whether the note's opening sentence has the shape of a gloss: a noun phrase pinned down, a
    gerund phrase, or (a law's title) its statement. ``declared``: the note declares its title in
    its properties, and a glossary's shapes without an article or a subject count too."""
    if len(text.split()) < 6 or text.endswith("..."):
        return False
    if "(" in text:
        text = _ASIDE.sub("", text)
    if "," in text:
        text = noun_phrase_commas(text, declared)
    nominal = _NOMINAL.match(text) or (_BARE_NOMINAL.match(text) if declared else None)
    if nominal is None and declared and text[:2] in ("A ", "An") and not _OWN_VERB.search(text):
        nominal = re.match(_PARTICIPLE_NOMINAL, text)
    if nominal is None and declared and _DOES.match(text) and not _FINITE.search(text) and not FIRST_PERSON.search(text) and not _READER.search(text):
        return True
    if nominal is None and declared:
        # "Non-enzymatic browning: reducing sugars react with ...", "Refractive procedure: a thin
        # flap is cut ...": the kind of thing the term is, then a colon and how it works.
        labelled = _KIND_THEN_COLON.match(text)
        if labelled is not None and labelled.group("head").lower() not in _LABEL_HEADS and not _FINITE.search(text, 0, labelled.end("head")):
            return not FIRST_PERSON.search(text) and not _READER.search(text)
    if nominal is None and not law and _GERUND.match(text) is None:
        return False  # no shape of a gloss at all: the anchored tests answer before the searches
    if nominal is not None and ": " in text[nominal.end() :] and text[: nominal.start("link")].split()[-1].lower() in _STATED:
        # "Peirce's rule for getting clear about a concept: consider what effects we ...": the noun
        # phrase glosses the term; what follows its colon is the rule itself, in any person.
        # (Not a report: "Anna's summary of the meeting: we need more time".)
        text = text[: text.index(": ", nominal.end())]
    # ("The meltwater that comes off the ice while you stir": "you" inside the relative clause
    # that pins the noun down means anyone; elsewhere the note speaks to its reader.)
    relative = nominal is not None and nominal.group("link").split()[-1].lower() in _RELATIVE
    if FIRST_PERSON.search(text) or not law and _READER.search(text, 0, nominal.start("link") if relative else len(text)):
        return False
    if nominal:
        link = nominal.group("link").split()[-1].lower()
        words = text[: nominal.start("link")].split()
        # ("Saturated, loose sand suddenly behaving like ...": an adverb of the participle is no
        # modifier of the noun.)
        before = len(words) - (words[-1].endswith("ly") if link.endswith(("ing", "ed")) and words else 0)
        if nominal.re.pattern == _PARTICIPLE_NOMINAL:
            before -= 2  # (the article, and the noun's third modifier: a participle pins more than a preposition)
        elif nominal.re is _NOMINAL and link == "of" and text[:1] == "A":
            before -= 1  # (the article: "# Picot" / "A small decorative loop of thread left standing ...")
        # (A declared title's gloss may stack one modifier more before "of" or "on": "Large
        # flippered marine mammal of the Arctic ...", "Ribbed, drum-like cuticle membrane on each
        # side of ..."; "Small cosy family-run restaurant in Porto ..." is a place's note.)
        # (Not a measure after it: "Short sunny family trip of four days ...".)
        reach = 4 if declared and link in ("of", "on") and nominal.re is not _NOMINAL and text[:1].isupper() and not _MEASURE.match(text, nominal.end("link")) else 3
        if link not in _RELATIVE and link != "which" and before > reach:
            return False  # "Similar rule for services in GATS ...": a preposition pins a short noun phrase only
        opening = text[: nominal.start("link")]
        if link.endswith("ing") and (before < 2 or "'" in opening or "’" in opening or not _SCENE_PEOPLE.isdisjoint(opening.lower().split())):
            # "Kids playing in the garden ...", "Tom's kids playing ...", "Small children playing
            # around the fountain ...": a scene; a gloss qualifies a thing's noun.
            return False
        if news(text):
            return False  # "Roof felt replaced by the builder on Tuesday ...": what was done, and when
        return not _main_verb(text)
    # (A verb of a clause after "so", "since" ... may follow a declared title's gerund only.)
    if _GERUND.match(text) and not (_main_verb(text) if declared else _FINITE.search(text)) and not _GERUND_THEN_VERB.match(text):
        # ("Placing the thumb on the string ..., so the hand can play ...": the verb is a clause's;
        # "Raking works on cheap locks ...": a gerund as a sentence's subject, then its verb.)
        return True
    return law and "?" not in text and not text.startswith(("http", "See ", "see "))


_NAMING_WORD = re.compile(r"\b(?:call|calls|called|known\s+as|termed|named|dubbed|refers?\s+to)\b", re.I)


def title_gloss(sentence: Sentence, title: str, block_text: str, declared: bool = False) -> Found | None:
    """"{{c1::Term}}: <gloss>" when ``sentence`` glosses the note's title term without naming it
    (nor does the rest of its paragraph: "This asymmetry is known as *loss aversion*").
    ``declared``: the title is the note's ``title`` property, where writers who name the term only
    there gloss it as a glossary does ("title: LD50" / "Dose of a substance that kills half ...",
    "title: Kettle stitch" / "Links each new signature to the one below ...")."""
    text = sentence.text.strip()
    # The cheap tests first: this runs on the opening sentence of every note.
    if not text.endswith((".", ":") if declared else ".") or text.count(" ") < (5 if text.endswith(".") else 8):
        return None
    # Markup makes the sentence another rule's, except a declared term's gloss stressing a word
    # inside it ("Solfège system in which *do* is always the tonic ...").
    if sentence.spans and not (declared and all(span.kind in ("em", "strong") and span.start > 0 for span in sentence.spans)):
        return None
    term = title_terms(title, ())[-1].strip()  # the bare form: no date or emoji, no kind word
    # (A digit only in a short name: "LD50", "CO2", not a date or a numbered part.)
    if not term or " - " in term or (any(ch.isdigit() for ch in term) and not (declared and _SHORT_NAME.match(term))):
        return None
    if term.lower() in block_text.lower() and not (declared and term.lower() not in text.lower() and not _NAMING_WORD.search(block_text)):
        # The paragraph names the term itself later. (Under a declared title a later sentence may
        # use it, "A large tymbal muscle pulls it inward", if none names it: "... known as X".)
        return None
    if term.isupper() and 2 <= len(term) <= 6 and term.isalpha() and spells_out(term, text) and plain_expansion(text):
        # "# HACCP" / "Hazard Analysis and Critical Control Points — a preventive system ...": the
        # abbreviation spelled out in capitals or set off by a mark, then glossed in whatever shape
        # ("All pages implemented, tests green." under "# API" is a report).
        mark = _EXPANSION_END.search(text)
        rest = text[mark.end() :].split(None, 1) if mark is not None else []
        if rest and rest[0].lower().strip(",;:.!").endswith(("ed", "ly")):
            # "Paid time off — booked the 3rd ...", "Did It Yourself, finally: ...": a report
            # (news, such as "... on Friday", ``plain_expansion`` turned away).
            return None
        if _TITLE_CASE_PAIR.match(text) or (mark is not None and mark.group() not in ",;."):
            return Found("{{c1::" + term + "}}: " + text, (term,), "title_gloss")
        return None
    words = term.split()
    if len(words) >= 3 and any(VERB_FORM.match(w) for w in words[1:-1]) and text[: len(term)].lower().startswith(words[0].lower() + " "):
        return None  # "# Coppicing extends tree lifespan" / "Coppicing means cutting ...": a claim's subject, named
    if names_glossary(term) or _STUDY_SET.search(term) or MAP_OF_CONTENT.search(term):
        return None  # "title: Lexique de l'affinage" / "Notes prises pendant la formation ...": a glossary's name, or a quiz's
    if not _gloss_shape(text, _LAW_TITLE.search(term) is not None, declared):
        return None
    head = text[:50]
    if ("=" in head or " — " in head or ": " in head) and entry_line(text) is not None:
        return None  # "Weathering = making a model look used ...": the line glosses a term of its own
    # ("title: Beneficial use of dredged material": a declared name may join five words with "of";
    # so may a concept's name in lower case after its first word, "Proton exchange membrane fuel cell".)
    longest = 5 if declared and " of " in term or (
        words[0][:1].isupper() and all(w[:1].islower() for w in words[1:]) and not any(VERB_FORM.match(w) for w in words[1:])
    ) else 4
    if not 1 <= len(_WORDS.findall(term)) <= longest or not plausible_term(term) or is_ui_instruction(text):
        return None
    return Found("{{c1::" + term + "}}: " + text, (term,), "title_gloss")


# "### Definition: stationary point", "## Def. Eigenvalue": a label before the heading's term.
_DEFINITION_LABEL = re.compile(
    r"^(?:definition|def|définition|definición|definição|definizione|begriff|concept|term|notion)\s*[.:(—–-]\s*", re.I
)
DEFINITION_CALLOUTS = frozenset({"definition", "def", "defn", "term", "concept", "abstract", "summary", "tldr", "info", "note"})


def heading_subject(text: str) -> str:
    """The term a heading or a callout title names ("Definition: stationary point" -> "stationary
    point"), or "" when it names none."""
    term = _DEFINITION_LABEL.sub("", text.strip()).rstrip(")").strip()
    term = _TRAILING_MARK.sub("", term)  # "## Tundra —", "## Tundra:": the mark is no part of it
    if not term or not plausible_term(term) or len(term.split()) > 5 or any(ch.isdigit() for ch in term):
        return ""
    # "Default view for new tabs", "Move to trash": a setting or an action, not a concept.
    return "" if _ACTION_WORDS.search(term) else term


_TRAILING_MARK = re.compile(r"\s*(?:[:：]|\s[—–-]|[—–])$")
_ACTION_WORDS = re.compile(r"\b(?:for|to|with|from|into)\b", re.I)


def heading_gloss(sentence: Sentence, heading: str, block_text: str) -> Found | None:
    """"{{c1::Stationary point}}: A point where the derivative ..." when the first sentence under a
    heading (or in a definition callout) glosses the heading's term without naming it. Stricter
    than a title's gloss: the noun phrase must be pinned by a relative clause ("A point where ...",
    "The process by which ..."), and no person writes it."""
    text = sentence.text.strip()
    # The cheap tests first: this runs on the first sentence under every heading.
    if sentence.spans or not text.endswith(".") or not 5 <= text.count(" ") < 30:
        return None
    # "## Zeroth law" / "If two systems are each in equilibrium with a third, ...": under a
    # heading that names a law, principle or effect, the first sentence states it.
    nominal = _PINNED_NOMINAL.match(text)
    if nominal is not None and not _COPULAS.isdisjoint(text[: nominal.start("rel")].lower().split()):
        # "# Devanagari basics" / "An abugida is a writing system where ...": the sentence has a
        # subject of its own, which the sentence rules read; no gloss of the heading. (A copula
        # after the relative word is the clause's own: "A substance that is dissolved in ...".)
        return None
    law = nominal is None
    if law and (_LAW_TITLE.search(heading.strip()) is None or text.startswith(("See ", "see ", "http"))):
        return None
    # (No gerund here: it is as often a subject, "Removing a vault only removes it ...".)
    return _heading_card(heading, text, block_text)


# "A point where ...", "An area of land in which ...": a noun phrase pinned by a relative clause.
_PINNED_NOMINAL = re.compile(
    r"^(?:the|an?)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+\s+(?P<rel>(?:in|by|on|through|at)\s+which|that|which|whose|where|whereby)\s+\S+",
    re.I,
)
_PEOPLE = re.compile(r"\b(?:we|you|our|your|us)\b", re.I)
_COPULAS = frozenset("is are was were".split())


# "two words that differ ...", "free recall of a list ...": a bare or counted noun pinned down.
_BARE_PINNED = re.compile(
    r"^(?:(?:one|two|three|four|several|many|any|some)\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+(?:of|that|which|where|whose|between)\s+\S+"
)


def heading_fragment(sentence: Sentence, heading: str, block_text: str) -> Found | None:
    """"{{c1::Minimal pairs}}: two words that differ in exactly one sound" when the first line
    under a lecture's heading is a noun phrase written without a full stop, as slide notes are
    ("## Price elasticity of demand" then "- A measure of how responsive ..."). One line, no
    person, not naming the heading."""
    text = sentence.text.strip()
    # The cheap tests first: this runs on the first line under many headings.
    if sentence.spans or "\n" in text or text.endswith((".", ":", "?", "!")) or not 4 <= text.count(" ") < 30:
        return None
    low = text[:1].lower() + text[1:]
    if PINNED_NOUN_PHRASE.match(low) is None and (not text[:1].islower() or _BARE_PINNED.match(text) is None):
        return None
    return _heading_card(heading, text, block_text)


def _heading_card(heading: str, text: str, block_text: str) -> Found | None:
    """"{{c1::heading's term}}: text", unless the block names the term itself, speaks of people
    or gives an instruction."""
    term = heading_subject(heading)
    if not term or term.lower() in block_text.lower() or FIRST_PERSON.search(text) or _PEOPLE.search(text):
        return None
    if "{{" in text:
        return None  # a template's placeholder would break the card's cloze markup
    if is_exercise(text):
        return None  # "### Transitive" / "prove that ...": an exercise, not a gloss
    # An arrow leads to a consequence ("... → the test for ...") or to a step or a menu ("→ open
    # Community plugins", "Settings → Editor"): each part must be no instruction.
    if any(is_ui_instruction(part.strip()) for part in (text.split("→") if "→" in text else (text,))):
        return None
    return Found("{{c1::" + term + "}}: " + text, (term,), "heading_gloss")
