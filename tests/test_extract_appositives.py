"""A term named in the middle of a sentence and glossed at once by an appositive, and the lists
of kinds whose glosses open alike: a note goes in, its cards come out."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Science/Reading notes.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def rules(text: str, path: str = "Science/Reading notes.md") -> list[str]:
    return [c.rule for c in extract_note(text, path).candidates]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A colon after the term.
        ("Development begins with the neural plate: a thickened sheet of ectoderm along the back of the embryo.", "neural plate"),
        ("Cut parts are dropped into the quench tank: a steel drum of oil (or brine) that cools them fast.", "quench tank"),
        # A dash.
        ("Most orb weavers spin a stabilimentum — a zigzag band of silk woven into the centre of the web.", "stabilimentum"),
        # A comma and an article, or "i.e.".
        ("The floor for a cheap microphone is thermal noise, the hiss that comes from electrons jiggling in its resistors.", "thermal noise"),
        ("Seen from orbit, the dunes shift each year through a process called saltation, the bouncing of sand grains along the surface.", "saltation"),
        ("Trading moves the price away from the mid — a price impact, i.e. the change in price caused by the order itself.", "price impact"),
        # A possessive or a verb opens the term; an abbreviation in brackets follows it.
        ("Soil dries until it reaches its permanent wilting point (PWP), the water content at which roots can draw no more.", "permanent wilting point"),
        # A gerund phrase after a colon.
        ("The design leans on his idea of desire paths: tracing the routes people wear into the grass, then paving them.", "desire paths"),
        # A name before a lower-case noun names an eponymous thing.
        ("Larvae are sorted in a Berlese funnel: a cone of mesh heated from above so the animals crawl down into a jar.", "Berlese funnel"),
        # After "is" the predicate names the term when the subject is no term of its own.
        ("A big part of that barrier is filaggrin, a structural protein in the outer epidermis that bundles keratin.", "filaggrin"),
        ("A key player is filaggrin, a structural protein in the outer epidermis that bundles keratin.", "filaggrin"),
        # A short label's colon opens the term; a phrase that opens with a preposition and goes
        # on into a clause with its own subject does not end at the comma.
        ("Other side: outbreeding depression, the loss of fitness when distant populations are crossed.", "outbreeding depression"),
        ("In most cases the tides are slowed by tidal friction, the loss of tidal energy to the sea floor.", "tidal friction"),
        # What "=" names, glossed by its appositive (not an abbreviation's expansion: see below).
        ("Storage product = paramylon, a glucose polymer stored in granules of the cytoplasm.", "paramylon"),
        # A participle and its preposition, or a tool's purpose, pin the gloss's noun down.
        ("Stamps were cut with a graver, a steel tool known from every engraver's bench.", "graver"),
        ("Draughtsmen ruled their lines with a ruling pen, a small steel nib for drawing even lines.", "ruling pen"),
    ],
)
def test_a_term_glossed_by_an_appositive(sentence: str, expected: str) -> None:
    note = f"# Field notes\n\nSome context first.\n\n{sentence}\n"
    assert answers(note) == [expected]
    assert rules(note) == ["appositive_gloss"]


@pytest.mark.parametrize(
    "sentence",
    [
        # An adverbial phrase or a clause that the comma ends.
        "In addition, the values of these fields must be written as a list of strings.",
        "In compact mode, the buttons on the right no longer move when panes open and close.",
        "Once the dough is warm enough (about body heat), the yeast in the mix starts producing gas quickly.",
        "When a drug is given regularly, the level in the blood rises until intake equals clearance.",
        "What the reviewer does to the draft: the reviewer's comments and the edits that follow them.",
        # A clause after the mark, not a noun phrase that says what the term is.
        "Never written down in the manuscript — the copyist was simply expected to know the convention.",
        # The term set against another, an absolute phrase, a vague head, a gerund without its object.
        "That is why the strong stroke is the pull, the opposite of the stroke on a cello.",
        "The line is counted in syllables, a syllable being one beat of the spoken rhythm.",
        "We stopped at the bakery, the one near the station that opens at six.",
        "Polish off the tarnish on the silver — sanding nightmare; a cloth and paste work better.",
        "The famous anecdote: during the war the engineer was shown where the returning planes had holes.",
        # The writer's own remark, a section cited in brackets, a list of two terms.
        "I finally got round to the cold frame: a wooden box with a glass lid that keeps seedlings warm.",
        "Sale at an undervalue (s 238): a gift, or a deal where the company gets much less than it gives.",
    ],
)
def test_sentences_of_the_same_shape_stay_silent(sentence: str) -> None:
    assert answers(f"# Field notes\n\nSome context first.\n\n{sentence}\n") == []


def test_a_label_before_the_term_is_no_term_of_its_own() -> None:
    # "Key term:" labels the line; the term it labels is glossed by the appositive after it.
    note = "# Flood pulse\n\nSome intro.\n\n- Key term: the transition zone, the part of the floodplain that floods\n"
    assert answers(note) == ["transition zone"]


def test_a_dash_after_two_terms_glosses_neither_as_one() -> None:
    note = "# Heat\n\nCities cool down in two ways: shade and transpiration — the water given off by leaves into the air.\n"
    assert "shade and transpiration" not in answers(note)


def test_kinds_under_a_kind_heading_are_entries_though_their_glosses_open_alike() -> None:
    note = (
        "# Tides\n\n## Types of tidal regime\n"
        "- **diurnal** — gives one high and one low tide each lunar day\n"
        "- **semidiurnal** — gives two high and two low tides of about equal height each day\n"
        "- **mixed** — gives two tides a day of clearly unequal height\n"
    )
    assert answers(note) == ["diurnal", "semidiurnal", "mixed"]


def test_options_whose_glosses_open_alike_stay_silent_under_a_plain_heading() -> None:
    note = (
        "# Editor\n\n## Display\n"
        "- **Line numbers** — shows the number of each line in the gutter\n"
        "- **Fold markers** — shows arrows next to headings that can be folded\n"
        "- **Indent guides** — shows thin lines at each level of indentation\n"
    )
    assert answers(note) == []


def test_an_aside_in_brackets_in_a_glossary_run_is_no_entry() -> None:
    note = (
        "# Lake types\n\n"
        "- **oligotrophic** — poor in nutrients, clear water, deep oxygen all year\n"
        "- **mesotrophic** — moderate nutrients, some algal growth in summer\n"
        "- **eutrophic** — rich in nutrients, green water, oxygen gone from the depths by August\n"
        "- (dystrophic lakes — bogs — left out, not on the syllabus)\n"
    )
    assert answers(note) == ["oligotrophic", "mesotrophic", "eutrophic"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A sacrificial anode uses the same effect on purpose: a block of zinc bolted to the hull corrodes first.",
        "Body sizes are given as percentiles: the 5th percentile means that 5 % of people are smaller.",
    ],
)
def test_a_set_phrase_or_a_predicate_before_the_mark_is_no_term(sentence: str) -> None:
    assert answers(f"# Field notes\n\nSome context first.\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("label", "gloss"),
    [
        ("Goal", "keep the membranes free of fouling for as long as possible"),
        ("Why it matters", "a fouled membrane needs a chemical clean every few weeks"),
        ("Weakness", "long documents win because the counts never saturate"),
        ("Regla", "no dejar la comida a temperatura ambiente más de dos horas"),
        ("Muistisääntö", "s tarkoittaa sisällä ja l tarkoittaa ulkona"),
        ("Prof said", "know one example of each for the midterm"),
    ],
)
def test_a_label_in_a_glossary_is_no_term(label: str, gloss: str) -> None:
    note = (
        "# Lecture 4\n\n"
        "- **Coagulation**: adding salts that clump fine particles into larger flocs\n"
        "- **Flocculation**: slow stirring that lets the small flocs grow into settleable ones\n"
        f"- **{label}**: {gloss}\n"
    )
    assert answers(note) == ["Coagulation", "Flocculation"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Oxygen alone proves nothing because of **false alarms**: abiotic ways to build up the same gas over time.", "false alarms"),
        ("The triad ends with the **ground** — the respect in which the sign stands for its object.", "ground"),
        ("Deep inside sits the *statocyst*, a sac holding a grain of sand that tells up from down.", "statocyst"),
        ("The later doctrine = **mobile defence**: a thin screen in front, the armour held back to strike.", "mobile defence"),
    ],
)
def test_a_marked_term_glossed_by_an_appositive(sentence: str, expected: str) -> None:
    note = f"# Field notes\n\nSome context first.\n\n{sentence}\n"
    assert answers(note) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # Emphasis in no noun's place: a verb, a word after "more".
        "The flavour turns flat when a roast that *stalls* — the rate of rise drops in the middle of the roast.",
        "The review was too thin and needs more **critique** — the later chapters should model it.",
        # A capitalised name (a part of an interface) and a remark after the dash.
        "Formatting is shown only in **Reading view**, the mode that renders the whole note.",
        "We spent the hour on the **transcendental ego** — as usual the group never agreed.",
    ],
)
def test_marked_words_that_are_no_glossed_term_stay_silent(sentence: str) -> None:
    assert answers(f"# Field notes\n\nSome context first.\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A clause after the mark, with a verb in the past or the present after the noun.
        "The day dragged on at the conference: the keynote of the morning ran an hour over.",
        "The app crashed during the demo — the battery of the laptop died halfway through.",
        "The model overfits the training data, i.e. the error on the test set of images is much higher.",
        # The sentence's opening phrase or its subject before a comma.
        "According to the report, the number of cases fell sharply last year.",
        "Back at the office, the rest of the team had already gone home.",
        "The landlord, a retired teacher who lives upstairs, fixed the boiler on Sunday.",
        # A person, and the noun after "of" that the appositive does not describe.
        "On Sunday we went to her grandmother, the woman who founded the village choir.",
        "The function returns a list of strings, the names of each file in the folder.",
        "He was the youngest son of the king, the heir to the throne after his brother.",
        # Words that are no term: a count, a preposition, a possessive, a verb, an adjective.
        "The kit includes three tools: a hammer of steel, a saw and a file.",
        "Keep the samples at room temperature: the fridge of the lab is broken.",
        "Prices rose after the harvest failed, i.e. the supply of grain ran short.",
        "The old records are *incomplete*: written by hand and never checked against the ledgers.",
    ],
)
def test_clauses_openings_people_and_other_nouns_before_a_mark_stay_silent(sentence: str) -> None:
    assert answers(f"# Field notes\n\nSome context first.\n\n{sentence}\n") == []


def test_after_a_term_is_the_gloss_says_what_the_subject_is() -> None:
    # "A red herring is the opposite move: a plant that ...": the subject is the term, not the predicate.
    assert answers("# Field notes\n\nSome context first.\n\nA red herring is the opposite move: a plant that is set up to mislead and never pays off.\n") == ["red herring"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Not a true aurora: a stream of hot, fast-flowing plasma, not particle precipitation.",  # a denial
        "Consequence for conservation: poaching the oldest animals removes the knowledge of the herd.",  # a label's line
        "In the wild: mimicry of other species basically never happens in these birds.",  # a set phrase
    ],
)
def test_a_denied_term_a_labels_line_and_in_the_wild_give_no_appositive(sentence: str) -> None:
    assert answers(f"# Notes\n\n{sentence}\n") == []


def test_a_term_met_after_not_to_be_confused_with_is_still_glossed() -> None:
    text = "# Okara\n\nNot to be confused with yuba, the skin that forms on top of soy milk when it is held hot.\n"
    assert answers(text) == ["yuba"]


def test_the_writers_own_animal_named_in_quotes_is_no_term() -> None:
    # "My camel was called "Bob Marley"": a pet's name; a concept called so still counts.
    assert answers('# Trek\n\nUp at 5:30 for the trek. My camel was called "Bob Marley" (!!)\n', "Travel/Trek.md") == []
    assert answers('# Ideas\n\nThis habit of borrowing tunes was called "contrafactum" by later scholars.\n', "Music/Ideas.md") == ["contrafactum"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A thing described after "a", then its name alone between commas.
        ("Each one holds a capsule, the nematocyst, with a coiled thread inside.", ["nematocyst"]),
        ("Left alone it sends up a flower stalk several metres high, the quiote, and dies after flowering.", ["quiote"]),
        # The term named first is the one glossed; its other name stays in sight.
        ("Most geysers are lined with geyserite, also called siliceous sinter: a grey-white silica that precipitates from the water.", ["geyserite"]),
    ],
)
def test_a_name_between_commas_and_the_first_of_two_names(sentence: str, expected: list[str]) -> None:
    assert answers(f"# Notes\n\n{sentence}\n") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The station had a clockwork hammer, the oldest kind, struck every thirty seconds.",  # a remark
        "Stretch against a partner, the floor, a wall or a bar, whatever is at hand.",  # a list
    ],
)
def test_a_remark_or_a_list_between_commas_names_nothing(sentence: str) -> None:
    assert answers(f"# Notes\n\n{sentence}\n") == []


def test_a_sentence_opening_with_under_is_a_statement_unless_it_names_a_place_in_an_interface() -> None:
    from srs.core.extract.uitext import is_ui_instruction

    text = "Under Ottoman law Christians and Jews were protected, and they paid the *jizya*, a poll tax on non-Muslims.\n"
    assert [c.answers[0] for c in extract_note(text, "History/Millet system.md").candidates] == ["jizya"]
    assert not is_ui_instruction("Under Ottoman law Christians and Jews were protected.")
    assert is_ui_instruction("Under **[[Settings]] → Community plugins**, each plugin has several icons.")
    assert is_ui_instruction("Under Appearance you can change the theme.")
    for step in ("Under File, choose Export as PDF.", "Under General, set the default folder.", "Under Preferences > Editor, enable line numbers."):
        assert is_ui_instruction(step), step
    for statement in ("Under high pressure, change of phase happens later.", "Under Roman law, use of force was ...", "Under the GPL, open-source code stays open.", "Under load > 50 N the beam buckles."):
        assert not is_ui_instruction(statement), statement


def test_a_kind_named_by_its_number_after_type_is_no_instruction_to_type() -> None:
    from srs.core.extract.uitext import is_ui_instruction

    note = "Type 2 diabetes is a chronic condition in which the body's cells stop responding to insulin.\n"
    assert [c.answers[0] for c in extract_note(note, "Medicine/Type 2 diabetes.md").candidates] == ["Type 2 diabetes"]
    assert not is_ui_instruction("Type II hypersensitivity is mediated by IgG against cell-surface antigens.")
    assert is_ui_instruction("Type the vault name and press Enter.")
    for step in ("Type i to enter insert mode.", "Type x to delete a character.", "Type 5 in the box.", "Type A in the Mode field."):
        assert is_ui_instruction(step), step
    assert not is_ui_instruction("Type I and type II errors are the two ways a test can go wrong.")


def test_a_labels_gloss_that_is_a_gerund_and_its_particle_is_no_appositive_term() -> None:
    note = "# Field notes\n\nSome context first.\n\nTension and stretch: pulling away, the elastic feel at the end of the swingout.\n"
    assert "pulling away" not in answers(note)


def test_an_abbreviations_expansion_after_equals_leaves_the_abbreviation_the_term() -> None:
    note = "# Dispatch terms\n\nSome context first.\n\nCAD = computer-aided dispatch, the software that logs incidents and recommends units\n"
    # (One card hides the abbreviation and, in the same cloze, the expansion that gives it away.)
    assert [c.answers for c in extract_note(note, "Dispatch terms.md").candidates] == [("CAD", "computer-aided dispatch")]


def test_a_noun_and_its_of_complement_after_an_article_make_one_appositive_term() -> None:
    note = "Many landlords breach the covenant of quiet enjoyment, i.e. the promise that a tenant is left in peace.\n"
    found = extract_note(note, "Law/Tenancy.md").candidates
    assert [c.text for c in found] == [
        "Many landlords breach the {{c1::covenant of quiet enjoyment}}, i.e. the promise that a tenant is left in peace."
    ]
    # A noun that only says what kind of thing follows leaves the term after "of" alone.
    doctrine = "Courts may apply the doctrine of laches, i.e. the rule that a claim delayed too long is lost.\n"
    assert [c.answers for c in extract_note(doctrine, "Law/Equity.md").candidates] == [("laches",)]
    # A generic head before "of" names no term: "the cost of living, the price of ..." stays prose.
    chat = "We talked about the cost of living, the price of everything that a household buys each month.\n"
    assert extract_note(chat, "Journal/Dinner.md").candidates == ()


def test_a_likeness_glossed_by_an_appositive_is_no_term() -> None:
    simile = "The whole deal was built like the house of cards, i.e. a structure that falls when one piece is removed.\n"
    assert extract_note(simile, "Politics/Coalition collapse.md").candidates == ()
    # The same noun named, not compared, is still a term.
    named = "Critics called it the house of cards, i.e. a structure that falls when one piece is removed.\n"
    assert answers(named, "Politics/Coalition collapse.md") == ["house of cards"]


def test_a_named_body_acting_after_the_colon_is_no_gloss_of_the_noun_before_it() -> None:
    note = (
        "# Wealth taxes\n\nSome context first.\n\n"
        "Austria is a special case — not abolished by parliament: the Constitutional Court ruled in 1993 that the tax was unequal.\n"
    )
    assert "parliament" not in answers(note, "Tax/Most wealth taxes were repealed.md")
