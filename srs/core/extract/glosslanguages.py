"""The function words of the languages glosses are written in, which tell an entry line's gloss
(``entryglosses``) in English from one in another language, a noun phrase from a step, and a
gloss from a line that speaks to the reader or reports."""

from __future__ import annotations

import re

# The reader addressed in a gloss ("lader dig vælge", "te permite elegir", "votre compte"):
# documentation speaks to its user; glossaries do not (English "you" is also generic: "once you
# know something ..."; only "your" counts).
READER_WORDS = frozenset(
    """your te tu tus tú vous votre vos ton ta tes du dich dir dein deine deinen deiner deinem deines
    dig din ditt dine deg anda você vostra vostro tuo tua tuoi jouw jij uw""".split()
)
# Copulas of other languages: a gloss that holds one outside a relative clause states something.
FOREIGN_COPULAS = frozenset("es est ist è é são sont sind zijn wordt worden".split())
# A German gloss that is a noun phrase: a noun, then a preposition or a relative clause that pins it.
GERMAN_NOUN_GLOSS = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]{2,}(?<!ing)(?:\s+(?:über|nach|von|vom|vor|für|des|der|eines|einer|zur|zum|mit|aus|bei|durch|unter|gegen|"
    r"zwischen|ohne|im|in|an|am|auf)\s|,\s+(?:(?:in|an|auf|bei|mit|von|zu|aus|nach|unter|über|für|durch)\s+)?(?:der|die|das|den|dem|deren|dessen)\s)"
)
# A German gloss that ends in an infinitive with no relative clause before it ("eine neue Datei in
# der aktuellen Ansicht erstellen."): what an option does. ("..., die satt machen" glosses.)
GERMAN_WORDS = frozenset("der die das dem den des ein eine einer einem einen und oder nicht mit von zu".split())
GERMAN_RELATIVE = re.compile(r",\s+(?:der|die|das|den|dem|deren|dessen|welche[rsnm]?)\s")
# A subordinate clause that runs to the gloss's end ends with its own verb: "..., solange sie im
# Lager bleiben." (Not "..., während die App läuft, und Konflikte melden": a step's infinitive.)
GERMAN_CLOSING_CLAUSE = re.compile(r",\s+(?:solange|sobald|wenn|weil|dass|damit|bis|ob|nachdem|während|wobei)\s[^,;]*$")
# The words English glosses are built with: a lower-case gloss with none of them is in another
# language ("contagem de linhas sem valor", "roca fundida que ...").
ENGLISH_GLUE = frozenset("the an of to and or by for with from into in on at between that which than is are its".split())
# Function words of other languages, none of them an English word: a gloss holding one and none of
# ``ENGLISH_GLUE`` is in another language (short English glosses hold neither: "once daily").
FOREIGN_GLUE = frozenset(
    """de di del della dei des du da dos das na nos em sem con sin avec sans und mit von zu het van voor og
    och på med av til att dan yang untuk pada dengan dari eller ou che et y se i""".split()
)
FOREIGN_PARTICIPLE = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ée", "ées")
# What makes a noun phrase of a gloss in other languages: an article or a relative pronoun.
NOUN_PHRASE_MARKS = frozenset(
    """der die das den dem des ein eine einer le la les l' un une el los las lo il gli uno una o os as um uma
    het een que qui che cui dont où donde onde dove wo welche welcher cuyo cuya som dat wat waarin waarbij waardoor""".split()
)
# Pronouns that open a report in French, German, Spanish or Portuguese ("elle veut qu'on vienne").
REPORT_PRONOUNS = frozenset("je j' elle elles ils nous vous on ich wir yo nosotros eu nós ele ela".split())
