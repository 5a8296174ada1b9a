"""The first sentence of a section under a term heading (``explanation``: past another name or a
source given first) and how it reads: as a gloss (a noun phrase pinned by what follows its head,
a gerund phrase, a fragment in lower case, in the languages notes are written in) or as prose.
``termheadings`` asks these of every group of term headings."""

from __future__ import annotations

import re

from srs.core.extract.sentences import split_sentences
from srs.core.markdown import Block

__all__ = ["ARTICLES", "AUXILIARIES", "GLOSS_MARKS", "SETTING_VERBS", "explanation", "may_gloss", "romance_noun_gloss", "shape"]

# A mark that sets a section's gloss after its heading, written at the start of the section.
GLOSS_MARKS = ("= ", ": ", "— ", "– ")


# What a setting's description opens with, in the languages of the manuals read.
SETTING_VERBS = frozenset(
    """sets set toggles toggle enables enable disables disable controls control changes change determines
    chooses choose selects select shows show hides hide lets allows adjusts adjust configures
    imposta regola definisce définit règle active désactive legt stellt aktiviert deaktiviert establece
    define configura ajusta activa desactiva ativa desativa""".split()
)
# Articles and determiners that open a noun phrase gloss, in the languages notes are written in.
ARTICLES = frozenset(
    """a an the der die das ein eine le la les un une el los las il lo gli uno una o os um uma het een
    one two three four several""".split()
)
# What pins a noun phrase down as a gloss ("The part of ...", "Die Gerichtetheit des ...").
_PINS = frozenset(
    """of that which whose where whereby between used caused given produced formed by in on for
    des der von vom zur zum dem den durch mit
    de du d' qui que dont où del di della dei degli delle do da dos das pelo pela cuyo cuya""".split()
)
# A verb of the main clause before the pin: a statement about its subject ("The membrane is ...").
_COPULAS = frozenset(
    """is are was were has have had ist sind war waren hat haben est sont était es son era è sono é são
    was""".split()
)
_RELATIVES = frozenset("that which whose where whereby qui que dont où cuyo cuya".split())
_WEAK_PINS = frozenset("de du des d' da do dos das di del della dei degli delle".split())
AUXILIARIES = frozenset("can cannot can't must will do does did should would could may might".split())
_GERUND = re.compile(r"^[A-Z]?[a-z]{3,}ing$")


# "Unlawful killing with malice aforethought", "Intentional killing mitigated by provocation": a
# noun phrase without an article, its head pinned down by a preposition or a participle.
_BARE_PINNED = re.compile(
    r"^[A-Z][a-z]+(?:\s+[a-z]+){0,2}?\s+[a-z]{3,}\s+(?:of|with|without|by|through|during|between|from|that|which|"
    r"[a-z]{3,}ed\s+(?:by|with|in|from|to))\s"
)


# "Technique où l'on découpe ...", "Placage de bois disposé en motifs ...": a capitalised noun
# pinned at once by a relative word or a preposition of a Romance language.
_ROMANCE_BARE_PINNED = (  # (compiled by ``re`` at its first use: few notes need it)
    # ("Document qui précise ...", "Principe selon lequel ...": a relative pronoun pins it.)
    # (Not a report: "Journée qui a commencé tôt ...", "Réunion que nous avons déplacée ...".)
    r"^[A-ZÀ-Ý][a-zà-ÿ]{3,}\s+(?:où|dont|de|des|donde|cuyo|cuya|dove|di|del|della|onde|cujo|cuja|"
    r"(?:qui|que|che|cui)(?!\s+(?:a|ont|est|sont|avait|ha|han|hanno|è|sono|nous|je|j['’]|vous|on|tu|yo|io|noi|nosotros)\b)|"
    r"selon\s+(?:lequel|laquelle|lesquels|lesquelles)|según\s+(?:el|la)\s+cual|secondo\s+(?:cui|il\s+quale|la\s+quale)"
    # "Lentille implantée dans l'œil ...": a participle pins it too.
    r"|[a-zà-ÿ]{3,}(?:ée?s?|ad[oa]s?|id[oa]s?|at[oa]|it[oa])\s+(?:dans|en|sur|par|avec|sans|entre|em|no|na|nos|nas|por|con|com|nel|nella|sul|sulla|da|dal|dalla|a|à|al))\s"
)


# Dutch words that show "de" is the Dutch article ("Volg de instructies voor ..."), no pin.
_DUTCH_WORDS = frozenset("het een van voor op naar je niet om te bij uit zijn wordt worden deze die dat".split())


# The reader in a Romance manual: a second person's pronoun or modal verb.
ROMANCE_READER = frozenset(
    "puedes podéis puoi potete pots podeu podes peux pouvez vous tu usted ustedes você vocês".split()
)


# A manual's nouns: "Opción que permite guardar ...", "Fonction qui renvoie ..." describe software.
_MANUAL_NOUNS = frozenset(
    "opción opciones option options opzione opzioni opção opções función funciones fonction fonctions funzione "
    "funzioni função funções comando commande botón bouton pulsante botão menú menu ajuste réglage impostazione".split()
)


def romance_noun_gloss(text: str) -> bool:
    """Whether ``text`` opens with a capitalised noun pinned at once (``_ROMANCE_BARE_PINNED``),
    in a Romance language: not a setting's verb, no Dutch word among the first."""
    if re.match(_ROMANCE_BARE_PINNED, text) is None:
        return False
    words = [w.lower() for w in text.split(None, 12)[:12]]
    # ("Funciones que puedes usar con ...": a manual tells its reader what they can do.)
    return (
        words[0] not in SETTING_VERBS and words[0] not in _MANUAL_NOUNS and _DUTCH_WORDS.isdisjoint(words)
        and ROMANCE_READER.isdisjoint(words)
    )


def shape(body: str) -> str:
    """How a section's first sentence reads: "gloss" when its shape is a gloss's (a noun phrase
    pinned by what follows its head, a gerund phrase, a fragment in lower case), "prose" for any
    other sentence."""
    if _korean(body):
        return _korean_shape(body)
    raw = body.split(None, 9)[:9]
    tokens = [t.strip(",;:()").lower() for t in raw]
    if body[:1].islower():
        # "topic marker — ...", "marks the direct object": a slide's fragment. Not a sentence with
        # its own subject ("snakes have no eyelids"), nor a line labelled by another term
        # ("pit vipers: loreal pit ...").
        if any(t in _COPULAS or t in AUXILIARIES for t in tokens[1:4]) or any(w.endswith(":") for w in raw[:2]):
            return "prose"
        return "gloss"
    if tokens[0] in ARTICLES:
        pinned = False
        for k, token in enumerate(tokens[1:], start=1):
            # "The nine amino acids the body cannot make": a relative clause without "that".
            if token in ("the", "a", "an") and k >= 2 and k + 2 < len(tokens) and tokens[k + 2] in AUXILIARIES:
                return "gloss"
            if k >= 2 and token in _RELATIVES:
                return "gloss"  # "The part of plant food that ...": the clause has its own verb
            if token in _COPULAS or token in AUXILIARIES:
                return "prose"  # "The membrane is ...", "La carpeta de configuración es ...": a statement
            # "de", "des" also join the words of one name ("Carpeta de configuración"), and
            # "des" is a French article: they pin only right after the head noun.
            pinned = pinned or (token in _PINS and k >= 2 and (k == 2 or token not in _WEAK_PINS))
            if raw[k].endswith((":", ";")) or raw[k] in ("—", "–", "-"):
                # "The spinner — spins the thread ...", "The allotter; measures out ...": an epithet
                # set apart at once glosses the term.
                if not pinned and (raw[k].endswith(";") and k <= 2 or raw[k] in ("—", "–") and k <= 3):
                    return "gloss"
                break  # a clause of its own follows ("... auf etwas: jedes Bewusstsein ist ...")
        return "gloss" if pinned else "prose"
    if _GERUND.match(tokens[0]) and not any(t in _COPULAS or t in AUXILIARIES or t == "now" for t in tokens):
        return "gloss"  # "Joining a shoot of one plant onto ...": what the practice is
    if _BARE_PINNED.match(body) and not any(t in _COPULAS or t in AUXILIARIES for t in tokens[:6]):
        return "gloss"  # "Unlawful killing with malice aforethought.": a noun phrase without its article
    if romance_noun_gloss(body) and not any(t in _COPULAS for t in tokens[:6]):
        return "gloss"  # "Technique où l'on découpe ...", "Placage de bois disposé ...": the same in French, Spanish ...
    return "prose"


# Korean puts the verb last: a statement ends with a verb's ending ("쓰인다.", "알아봄"), a gloss
# with the noun it defines ("지식의 틀 (schema).", "조절하는 능력."). (Japanese and Chinese,
# written without spaces, are not read here: a section's gloss there is one "word" long.)
_VERB_ENDINGS = frozenset("다요까죠음봄함됨임")
# An aside in brackets that closes a text: "지식의 틀 (schema)", "quantitative easing (QE)".
CLOSING_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def _korean(text: str) -> bool:
    """Whether a text opens in Hangul."""
    return "\uac00" <= text[:1] <= "\ud7a3"


def _korean_shape(body: str) -> str:
    """``shape`` for a Korean sentence: "gloss" when it ends with a noun."""
    first = re.split(r"[.!?]", body, maxsplit=1)[0]
    first = CLOSING_ASIDE.sub("", first).rstrip(" \"'”")
    return "gloss" if first and first[-1] not in _VERB_ENDINGS and not first[-1].isascii() else "prose"


def may_gloss(text: str) -> bool:
    """Whether a section's text can open a gloss (``shape``): in lower case, with an article or a
    gerund. Asked before the text is split into sentences, which most sections never need."""
    if text[:2] in GLOSS_MARKS:
        text = text[2:]  # "- = the learner's own evolving system ...": see ``termheadings._explanation``
    if text[:1].islower() or _korean(text):
        return True  # (Korean: ``_korean_shape`` tells)
    head = text.split(None, 1)[0].lower() if text else ""
    return head in ARTICLES or _GERUND.match(head) is not None or _BARE_PINNED.match(text) is not None or romance_noun_gloss(text)


_CAPITAL_ARTICLES = frozenset(("The", "A", "An"))

# A first sentence that only gives another name ("also *composite volcano*.", "aka CLT.").
_ALIAS = re.compile(r"^(?:also|aka|a\.k\.a\.|or|syn\.|synonyms?:)\s+\S+(?:\s+\S+){0,3}$", re.I)


# A first sentence that only names who put the idea forward: "Sutherland.", "Wilson & Kelling 1982."
_SOURCE = re.compile(r"^[A-Z][\w'’.-]+(?:\s+(?:&|and|et\s+al\.?|[A-Z][\w'’.-]+))*(?:,?\s+\(?\d{4}\)?)?\.?$")


def explanation(block: Block) -> str:
    """The first sentence of the block under a term heading when it can explain the term: a
    paragraph or a list's first item, not a quote; "" otherwise."""
    if block.quote or not (block.kind == "paragraph" or block.kind == "item" and block.first_in_item and block.level == 1):
        return ""
    if block.task:
        return ""
    sentences = split_sentences(block.text, block.spans)
    if not sentences:
        return ""
    first = sentences[0]
    if len(sentences) > 1 and first.spans and first.spans[0].kind == "code" and first.spans[0].start == 0 and _CODE_ONLY.fullmatch(first.text):
        # "### Link-local" / "`fe80::/10`. Valid only on one link ...": the member's notation, then its gloss.
        first = sentences[1]
    elif len(sentences) > 1 and (_ALIAS.match(first.text) or _SOURCE.match(first.text)):
        # "also *composite volcano*. Steep cone of ...", "Wilson & Kelling 1982. Visible disorder
        # ...": another name or the theory's source first, the gloss second.
        first = sentences[1]
    text = first.text.split("\n", 1)[0].strip()
    if len(sentences) > 1 and first is sentences[0] and len(text.split()) <= 3 and "\n" not in first.text and (
        (text[:1] in "\"“'‘" and len(text.split()) >= 2 and text.split()[-1][:1].islower())
        or (" and " in text and text.split()[0] not in _CAPITAL_ARTICLES and text.split(" and ", 1)[1][:1].islower())
    ):
        # "## Crocodylidae" / ""True crocodiles". Snout usually V-shaped ...": a nickname or the
        # members in a few words, then the description; the gloss holds both.
        text = text + " " + sentences[1].text.split("\n", 1)[0].strip()
    elif len(sentences) > 1 and first is sentences[0] and len(text.split()) <= 2 and text[:1].isupper() and text.endswith(".") and "\n" not in first.text:
        # "### Normal mode" / "The default. Keys are commands: ...": a word or two, then the gloss goes on.
        text = text + " " + sentences[1].text.split("\n", 1)[0].strip()
    if first.spans and first.spans[0].start == 0 and first.spans[0].kind in ("link", "wikilink", "code", "image", "embed"):
        return ""  # "[[Other note]] ...", "`--flag` ...": a pointer or a setting, not a gloss
    if text[:2] in GLOSS_MARKS:
        text = text[2:]  # "## Interlanguage" / "- = the learner's own evolving system ...": the heading's gloss mark
    return text


_CODE_ONLY = re.compile(r"`[^`\n]{1,40}`(?:\s*\([^()\n]{1,60}\))?\.?")
