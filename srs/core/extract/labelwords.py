"""Words that label a line or a section of notes rather than name a term: "Recap: ...", "Main
cause: ...", "Key points", "Final step", a writer's aside ("Critique", "Counterpoint"), and the
words that open no term ("vs ...", "cf. ..."). A field's word before a head that concepts end in
names a concept ("Strain point", "Founder effect")."""

from __future__ import annotations

# Labels that head a lecture's, a case brief's or a study note's asides ("recap: ...", "Held: ...",
# "Merke: ...", "Truco: ..."), and generic heads that make a label of a phrase ("First
# formulation", "Famous case", "Blood flow order"): what they introduce is no gloss of them.
# Label words that also end the name of a concept ("Doppler effect", "Odds ratio", "Halting
# problem", "Safe harbor rule"), unless a generic word comes first ("Main effect", "Big problem").
_NAMED_KINDS = frozenset("effect ratio problem rule cause".split())
# Words that open no term, whatever follows: a comparison, a pointer, a remark ("vs summative",
# "cf. Melting temperature", "Same logic as ...", "Seen at ..."), a Russian preposition ("У ...").
# (Quantifiers and "classic" are ``plausible_term``'s own ``_REMARK_OPENERS``, for every rule.)
NOT_TERM_OPENERS = frozenset("vs vs. versus cf cf. vgl vgl. zie siehe same seen у в на для при о об".split())
# Determiners and judgements that open a longer label ("Another good example", "My main takeaway").
_LABEL_OPENERS = frozenset("another my our one this that a an the good important interesting useful quick final famous classic".split())
# Heads that name a piece of the writer's discourse, a label however long ("Biological control example").
_DISCOURSE_HEADS = frozenset("example case story question answer takeaway lesson moment note remark comment thought idea reason demo figure".split())
_LABEL_MODIFIERS = frozenset("main key big common other possible root side first second last new old real".split())
# The heads of ``GENERIC_LABEL_HEADS`` that end the names of concepts too.
_CONCEPT_HEADS = frozenset("point order case version part step pattern advantage variant formula split".split())
# Words that judge, order or date a section of notes ("Final step", "Next part", "Weekly plan").
_LABEL_ADJECTIVES = frozenset(
    """final next previous general quick short brief overall whole actual basic core central interesting
    useful nice funny typical personal practical small simple hard easy great best worst major minor open
    weekly daily monthly today's todays current future past early late extra bonus random misc fav fave favourite favorite
    pickup pick-up drop-off meeting starting assembly collection""".split()
)
# Label words of a writer's aside, which no glossary defines as a term of its field.
_ASIDE_LABELS = frozenset(
    """recap reminder homework hw admin todo revise remember tip trick hint mnemonic merke tipp truco regla
    nota dica astuce rappel verdict mood weather dinner lunch breakfast critique critiques criticism update
    updates news progress ojo atención cuidado careful beware pitfall pitfalls gotcha caveat mistake mistakes
    claim claims counterpoint counterpoints responses objection objections feeling feelings downside downsides
    upside upsides counterexample counterexamples practical needs explanations corollary instructor lecturer
    hausaufgabe hausaufgaben huiswerk tarea tareas deberes compito compiti devoirs background interesting
    theories controversy controversies worry worries history vorgeschichte geschichte historia storia""".split()
)
# Words that head a section of a lecture's or a case's notes, in a list as on a line: "- Klinik:
# Müdigkeit, ...", "- goal: stop the influx of karma ...", "Treatment: ...". (A glossary of the
# field's words defines them too: "aetiology: study of the causes of a disease".)
SECTION_LABELS = frozenset(
    """goal aim symptoms signs treatment diagnosis prognosis mechanism indications contraindications
    epidemiology aetiology etiology pathophysiology pathogenesis complications investigations workup
    klinik therapie diagnostik ätiologie pathogenese pathophysiologie epidemiologie symptome ursachen prognose
    komplikationen clinique traitement étiologie clínica tratamiento diagnóstico etiología terapia diagnosi
    eziologia""".split()
)
# Topics an outline of a people, a period or a creature files its facts under, in a list of
# entries: "- painting: the Herat school of miniature painting, ...", "- diet: mostly fish".
OUTLINE_LABELS = frozenset(
    """diet habitat behaviour behavior reproduction breeding lifespan appearance conservation threats predators
    economy religion politics architecture literature painting science music surgery""".split()
)
# Both: words that head a topic, never a term, as an entry's head (unless the entry defines them).
TOPIC_LABELS = SECTION_LABELS | OUTLINE_LABELS
# The asides and the sections, and the label words that a field's glossary may also define
# ("Significance", "Diagnosis").
LINE_LABELS = _ASIDE_LABELS | SECTION_LABELS | frozenset(
    """exam exams reading readings check compare cf significance ratio rule rules issue holding reasoning
    judgment judgement procedure prof professor teacher tutor ta practice fix problem solution regel
    pronunciation pronúncia aussprache pronunciación estimate score rating cause causes effect effects
    anti-pattern antipattern safety equipment materials tools ingredients supplies gear
    prüfung klausur implication implications consequence consequences""".split()
)
GENERIC_LABEL_HEADS = frozenset(
    """case story example version formulation order step point part reason thought plan goal result idea
    question answer takeaway lesson moment note notes figure figures remark comment critique criticism demo
    server bug ticket sprint release project meeting team status deadline task issue error thing stuff bit
    setup debate opening win worry concern controversy pattern advantage variant formula split""".split()
)


def heading_labels(words: list[str]) -> bool:
    """Whether a heading's lower-case ``words`` (two or more) label a section of notes ("Other
    things", "Main points", "Another example"): a label's modifier or opener first. A heading
    such as "Standard error" names a concept however its head reads."""
    return len(words) >= 2 and (words[0] in _LABEL_MODIFIERS or words[0] in _LABEL_OPENERS) and labels_a_line(words)


# Words that label a line only when they stand alone ("Cost: range sidelobes ...", "Structure: a
# thick primary cord ...", "Access: fistula > graft"), while "Opportunity cost" or "Crystal
# structure" name concepts.
_LONE_LABELS = frozenset(
    """cost costs benefit benefits trade-off tradeoff trade-offs purpose access structure speaker speakers
    topic split drawback drawbacks downside downsides upside catch caveat caveats exception exceptions
    pending pendiente pendientes esame examen irony tension tensions geography tactics regional against
    formation setup""".split()
)


# Whole labels of a line that name no thing: "Used for: ...", "Most common: ...", "Mix of both: ...".
_PHRASE_LABELS = frozenset(
    # (Not "Dx", "Tx": an abbreviations glossary defines them.)
    ("used for", "uses", "most common", "least common", "mix of both", "both together", "name", "relates to",
     "related to", "arguments for", "arguments against", "case for", "case against", "weak spot", "weak point",
     "weak spots", "weak points")
)


def phrase_label(words: list[str]) -> bool:
    """Whether a term's lower-case ``words`` are a whole label of a line (``_PHRASE_LABELS``)."""
    return len(words) <= 3 and " ".join(words) in _PHRASE_LABELS


def labels_a_line(words: list[str], *, kinds: bool = False) -> bool:
    """Whether a term's lower-case ``words`` make a label of the line it opens ("Recap",
    "Main cause", "Common mistake", "Famous case"), not the name of a concept ("Founder effect",
    "Odds ratio", "Halting problem"). ``kinds``: the line stands among others of a glossary,
    where a label word or a generic noun after a modifier of its own names a kind ("Positive
    symptoms: ...", "Saddle point: ..."), unless the modifier is a label's ("Main cause")."""
    last = words[-1]
    if len(words) == 1 and last in _LONE_LABELS and not kinds:
        return True
    if phrase_label(words):
        return True
    if last in LINE_LABELS and (
        len(words) == 1 or words[0] in _LABEL_MODIFIERS or (last not in _NAMED_KINDS and not kinds)
    ):
        return True
    # ("Key points", "Famous case", "Another good example"; three words or more name a thing when
    # no determiner or label's modifier opens them: "Ground control points" is a compound noun.)
    return not kinds and len(words) >= 2 and last.rstrip("s") in GENERIC_LABEL_HEADS and (
        words[0] in _LABEL_MODIFIERS or words[0] in _LABEL_OPENERS or words[0] in _LABEL_ADJECTIVES
        or last.rstrip("s") in _DISCOURSE_HEADS
        # ("Strain point", "Dew point", "Rate-limiting step": a field's word before a head that
        # concepts end in names a concept; "Lunch plan", "Login bug" name a plan, an item of work.)
        or len(words) == 2 and (last.rstrip("s") not in _CONCEPT_HEADS or not words[0].isalpha())
    )


def labels_an_aside(words: list[str]) -> bool:
    """Whether a glossary entry's lower-case term ``words`` label a writer's aside ("Critique",
    "Counterpoint", "Main claim") rather than name a term. Stricter than ``labels_a_line``: among
    bold entries a label word alone may be the field's own term ("**Significance**: the
    threshold for rejecting the null", "**Goal**: the whole ball crossing the line")."""
    if len(words) == 1:
        return words[0] in _ASIDE_LABELS
    # ("Big debate", "Famous opening", "Practical stuff": a generic noun after a label's modifier.)
    return words[0] in _LABEL_MODIFIERS and words[-1] in LINE_LABELS or len(words) == 2 and words[-1].rstrip("s") in GENERIC_LABEL_HEADS and (
        words[0] in _LABEL_MODIFIERS or words[0] in _LABEL_OPENERS or words[0] in _LABEL_ADJECTIVES
    )
