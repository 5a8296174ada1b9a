"""What the predicate of a plain definition looks like: the copula before an article, the
defining verbs, and what pins a head noun down ("the volume of plasma ...", "a process that ...",
"a tool built for ..."). ``unmarked`` builds its subject patterns from these; opinions and asides
that share the shape ("a waste of time", "the best part of my day") are kept out by ``EVALUATIVE``."""

from __future__ import annotations

import re

from srs.core.extract.proseterms import CONTACT_CLAUSE, NOUN_CONTACT_CLAUSE
from srs.core.extract.frames import EVALUATIVE
from srs.core.extract.rules import ATTRIBUTION

# Past participles that end in no "-ed".
IRREGULAR_PARTICIPLES = "made|built|written|known|given|taken|held|found|seen|kept|grown|worn|drawn|shown|done|used"
# "the hard rind on the outside of ...", "the grass species behind most paper": where the thing
# sits or what it goes with pins a head noun down too. Not the writer's own things, nor a question
# or a count after it ("a bet on how it turns out", "changes with every storm").
PLACED_PIN = (
    r"(?:in|on|across|behind|around|along|among|inside|with)(?=\s+(?!(?:my|our|your|his|her|their|me|us|you|him|them|it|"
    r"how|what|whether|why|which|who|when|where|every|each)\b))"
)
# A head noun pinned by a restrictive modifier: "the volume of plasma ...", "a process that ...".
PINNED = (
    # (A word in quotes among them: 'the "broken" texture of ...'.)
    r"(?:[\"“]?[^\W\d_][\w'’-]*[\"”]?\s+){0,3}?[^\W\d_][\w'’-]*(?:\s+|,\s+(?=(?:(?:in|bei|mit|durch|an|auf|aus|nach|von|zu|unter|über|für)\s+)?(?:denen|dem|der|die|das|den|which|where|in\s+which|que|qui|où|donde|onde)\b))"
    r"(?:of|that|which|who|whose|where|when|whenever|in\s+which|by\s+which|through\s+which|used\s+to|used\s+for|between|"
    + PLACED_PIN + r"|"
    r"[a-z]{3,}ed\s+when|felt\s+when|"
    r"in\s+denen|in\s+dem|in\s+der|denen|[a-z]{3,}ed\s+(?:to|by|for|in|from|with|inside|into|onto|on|at|under|over|around|within|behind|along|across|through)|"
    # "a temporary site near the fight where ...": a place, then what pins the head down.
    r"(?:in|on|at|near|inside|within|around|under|over|behind|along)\s+(?:the|a|an|each|every|its|their)\s+[\w'’-]+\s+(?:that|which|where|whose)|"
    # "the grainy pattern in radar images caused by ...": where it is seen, then what makes it.
    r"(?:in|on|inside|within)\s+(?:[\w'’-]+\s+){1,2}?[a-z]{3,}ed\s+(?:by|from|with)\b|"
    # Participles in no "-ed": "the ship made from dead men's nails", "a tool built for ...".
    r"(?:" + IRREGULAR_PARTICIPLES + r")\s+(?:to|by|for|in|from|with|of)|"
    # "the benchmark an outcome is coded against": a relative clause without "that".
    + NOUN_CONTACT_CLAUSE + r"|"
    r"(?:bei|mit|durch|an|auf|aus|nach|unter|über|für)\s+(?:dem|der|denen|den|die|das)|"
    # Romance participles: "un sistema ... basato sul rapporto ...", "un proceso basado en ...".
    r"(?:basad[oa]s?|basat[oa]|basé(?:e|s|es)?|fondé(?:e|s|es)?|fondat[oa]|baseado|baseada|compost[oa]|formad[oa]|"
    r"format[oa]|formé(?:e)?|caracterizad[oa]|caractérisé(?:e)?|caratterizzat[oa])\s+(?:su|sul|sulla|sui|en|sur|em|no|na|"
    r"de|di|da|del|par|por|per|dal|dalla)|"
    # Dutch: "de algemene stijging van het prijsniveau", "een proces waarbij ...".
    r"van|waarbij|waarin|waardoor|waarmee|"
    # "is the tendency to overestimate ...": nouns of disposition are pinned by an infinitive.
    r"(?:(?<=tendency\s)|(?<=ability\s)|(?<=capacity\s)|(?<=propensity\s)|(?<=inability\s)|(?<=failure\s)|"
    r"(?<=willingness\s)|(?<=urge\s)|(?<=habit\s))to|"
    # "is the general name for unfired clay ...": a naming noun pinned by what it names; "is a
    # number notation for juggling patterns": a means pinned by what it serves.
    r"(?:(?<=name\s)|(?<=term\s)|(?<=word\s)|(?<=notation\s)|(?<=method\s)|(?<=technique\s)|(?<=device\s)|"
    r"(?<=instrument\s)|(?<=procedure\s)|(?<=scale\s)|(?<=test\s)|(?<=shorthand\s)|(?<=symbol\s))for|"
    # "is a single cable branching off the ring ...": a participle and where it goes.
    r"[a-z]{3,}ing\s+(?:off|from|into|across|through|between|along|around)|"
    # "is the threshold you pick before ...": a relative clause without "that", its subject a pronoun.
    + CONTACT_CLAUSE + r"|"
    r"de|del|des|du|do|da|dos|das|que|qui|dont|où|en\s+el\s+que|der|des|von|das|die|welche[rs]?|para|pour|zur|zum)\s+\S+"
)
# An appositive defines when its head is a category noun ("the practice of ...", "a measure of ..."),
# not a role ("Marta, the head of the lab, ...").
PINNED_ENGLISH_HEAD = (
    r"(?:[a-z][\w'’-]*\s+){0,2}(?:practice|process|technique|method|idea|tendency|principle|phenomenon|state|"
    r"condition|ability|measure|amount|number|ratio|rate|theory|doctrine|policy|belief|form|type|kind|branch|"
    r"study|science|art|set|property|effect|bias|error|fallacy|strategy|procedure|mechanism|substance|"
    r"molecule|structure|region|period|movement|system|concept|notion|quantity)s?\s+"
    r"(?:of|that|which|in\s+which|by\s+which|whose|where|used|for)\s+\S+"
)
# Opinions and asides share the shape of a definition: ``frames.EVALUATIVE``.
EVALUATIVE_RE = re.compile(EVALUATIVE)
# Vague plural nouns of opinions and asides ("Meetings are things that ..."): no kind a term belongs to.
VAGUE_NOUNS = r"things|people|ones|ways|reasons|days|times|parts|examples|words|bits|guys|folks"
# English, then French, Spanish, Portuguese, Italian and German copulas before an article.
COPULA = (
    # ("A quorum is any subset of nodes ...": "any" names the kind the term is every member of.)
    # (Not before a vague noun: "Lunch is any day at the canteen that ...".)
    r"(?:is|are|was|were)\s+(?:(?:an?|the|any(?!\s+(?:day|days|time|times|thing|things|one|place|person|people|way|ways)\b))\s+|one\s+of\s+(?:the\s+)?)" + EVALUATIVE +
    # "Chartjunk is decoration that ...": a noun without an article, pinned at once.
    r"|(?:is|are)\s+(?=[a-z]{4,}\s+(?:that|which|whose)\s)(?!(?:something|anything|everything|nothing|stuff|what|someone|thing|" + VAGUE_NOUNS + r")\b)" + EVALUATIVE +
    r"|(?<=[a-z] )is\s+(?:de|het|een)\s+(?=[a-z])" + EVALUATIVE +
    r"|(?:est|sont|es|son|é|são|è|sono|ist|sind)(?:,\s+[^,]{2,40},|" + ATTRIBUTION + r")?\s+"
    r"(?:(?:une?|le|la|les|el|los|las|una?|o|a|os|as|um|uma|il|lo|ein|eine|einer|der|die|das)\s+|l['’])" + EVALUATIVE
)
DEFINING_VERB = (
    r"(?:refers?\s+to|denotes|is\s+defined\s+as|are\s+defined\s+as|is\s+the\s+term\s+for|designates|"
    r"désigne|désignent|se\s+réfère\s+à|se\s+refiere\s+a|se\s+refere\s+a|refere-se\s+a|bezeichnet|"
    r"versteht\s+man|significa|signifie|bedeutet|"
    # "Income elasticity measures how ...", "Absolute advantage, in contrast, simply means producing ...".
    r"measures\s+(?:how|the|a)|mesure\s+(?:la|le|l['’]|les)|mide\s+(?:la|el|cu[aá]nto)|misst\s+(?:die|den|das|wie)|"
    r"(?:simply\s+|just\s+)?means\s+(?!that\s+(?:we|you|I)\b)|"
    # "A monopoly exists when ...", "Sublimation is when a solid ...", "Operant conditioning is learning
    # through ...": a condition, or a gerund pinned by a preposition.
    r"(?:occurs|happens|arises|exists|applies)\s+(?:when|whenever|if)\b|(?:is|are)\s+(?:when|where|how)\b|"
    r"(?:is|are)\s+(?!(?:being|going|getting|coming|doing|working|running|trying|looking|taking|making|something|anything|everything|nothing)\b)[a-z]{3,}ing\s+"
    r"(?:through|by|in|of|from|with|about|that|which|when)\b|"
    # "Utilitarianism holds that ...": a doctrine's claim (checked below: only for terms of doctrine).
    r"(?P<claim>holds|states|says|asserts|claims|argues|maintains|predicts)\s+that\b)\s*\S+\s+\S+"
)
