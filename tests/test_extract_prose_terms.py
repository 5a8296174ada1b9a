"""Terms defined in plain prose, with no markup: a note goes in, its cards come out.

Each family has notes that must give the card and notes of the same shape that must stay silent
(daily logs, plans, settings and opinions share the grammar of a definition)."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note
from srs.core.extract.uitext import is_ui_instruction


def answers(text: str, path: str = "notes/Reading notes.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def sentence_cards(text: str) -> list[tuple[str, ...]]:
    """The answers of the cards made from ``text`` standing as a paragraph of a short note."""
    note = f"# Notes\n\nSome intro.\n\n{text}\n"
    return [c.answers for c in extract_note(note, "Bio/Notes.md").candidates]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # The predicate names the subject's head again, as its genus.
        ("Slab serifs are thick, block-like serifs with little or no bracketing (Rockwell, Courier).\n", ["Slab serifs"]),
        ("Shield volcanoes are broad, gently sloping volcanoes built from runny basalt lava.\n", ["Shield volcanoes"]),
        # A definite subject of several words, then a noun pinned down.
        ("Some intro here first.\n\nThe hyperfocal distance is the focus distance that gives the most depth of field.\n", ["hyperfocal distance"]),
        ("Notes.\n\nThe reorder point is the stock level at which a new order gets triggered.\n", ["reorder point"]),
        ("Notes.\n\nThe thermic effect of food is the extra energy spent digesting and storing a meal.\n", ["thermic effect of food"]),
        # An aside between dashes stands between the subject and its copula, where brackets would.
        ("Notes.\n\nA picturebook — written as one word on purpose — is a book where words and pictures work together.\n", ["picturebook"]),
        # The predicate's noun may hold an aside in brackets or adjectives set apart by commas, be
        # pinned by a participle in no "-ed" or by a relative clause without "that".
        ("Notes.\n\nA geofence is a virtual boundary (height or radius) that the flight controller will not cross.\n", ["geofence"]),
        ("Notes.\n\n- a bioswale is a shallow, vegetated channel that collects and filters runoff\n", ["bioswale"]),
        ("Notes.\n\nNaglfar is the ship made from dead men's nails that carries the giants to the battle.\n", ["Naglfar"]),
        ("Notes.\n\nThe reference point is the benchmark an outcome is coded against as a gain or a loss.\n", ["reference point"]),
        # A plain subject said to be a noun phrase that a colon spells out.
        ("Notes.\n\nActus reus is the physical element: the conduct, any required circumstances, and the result.\n", ["Actus reus"]),
        ("Notes.\n\nApoptosis is programmed cell death: the cell shrinks and chops up its own DNA.\n", ["Apoptosis"]),
        ("Notes.\n\nA spin is a stall plus yaw: one wing is more stalled than the other one.\n", ["spin"]),
        # "X is different": how it differs from the term before is what it is.
        ("Notes.\n\nSoil structure is different: it is how those particles are glued together into aggregates.\n", ["Soil structure"]),
        ("Notes.\n\nHydraulic lime is different – it contains clay impurities, so it also sets by reacting with water.\n", ["Hydraulic lime"]),
        # Whose it is, in lower case, is no part of the term; a name's is ("Hooke's law").
        ("Notes.\n\nA station's walkshed is the area from which people can reach it on foot in ten minutes.\n", ["walkshed"]),
        ("Notes.\n\nHooke's law is the principle that the force needed to stretch a spring grows with the distance.\n", ["Hooke's law"]),
        ("Notes.\n\nThe prisoner's dilemma is a game in which two players each do better by betraying the other.\n", ["prisoner's dilemma"]),
        # A word that stresses the subject is no part of its name.
        ("Notes.\n\nThe difference quotient itself is the slope of the secant line through two points of the graph.\n", ["difference quotient"]),
        # A term met in passing, glossed by a relative clause.
        ("Browning needs protein. Not the same as caramelisation, which is the breakdown of sugar on its own.\n", ["caramelisation"]),
        ("Balanced against the pressure gradient force, it gives the geostrophic wind, which blows parallel to the isobars.\n", ["geostrophic wind"]),
        # A definite name after a dash closing the sentence.
        ("The call to adventure is often turned down at first — the refusal of the call.\n", ["refusal of the call"]),
        # A demonstrative subject, then the name of what the sentence before described.
        ("In alkaline soil the leaves go yellow between the veins. That yellowing is lime-induced chlorosis.\n", ["lime-induced chlorosis"]),
    ],
)
def test_a_term_defined_in_plain_prose(note: str, expected: list[str]) -> None:
    assert answers(note) == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # A second name, a short form or a symbol in brackets marks the term before it.
        ("Focal ratio (f/number) is focal length divided by aperture.\n", ["Focal ratio"]),
        ("Mutual zugzwang (reciprocal zugzwang): whoever is to move loses.\n", ["Mutual zugzwang"]),
        ("Reverse zoonosis (also called anthroponosis) goes the other way, from people to animals.\n", ["Reverse zoonosis"]),
        ("The em dash (—) marks a break in a sentence, like this one.\n", ["em dash"]),
        ("Therapeutic index (TI) = TD50 / ED50, the ratio between the toxic and the effective dose.\n", ["Therapeutic index"]),
    ],
)
def test_a_term_marked_by_what_its_brackets_hold(note: str, expected: list[str]) -> None:
    assert answers(note) == expected


@pytest.mark.parametrize(
    "note",
    [
        "Coffee (decaf, please) goes well with the cake we bought.\n",
        "Publishes all (or specified) locales to the server, then syncs the order.\n",
        "The hash symbol (`#`) turns a line of text into a heading.\n",
        "Pressione o colchete esquerdo (`[`) duas vezes no teclado para criar um link.\n",
        # "plus" ends like a verb of the third person and is none: a description, not a second name.
        "A verb (or auxiliary) plus an infinitive, both after the subject, makes the future tense.\n",
    ],
)
def test_brackets_that_mark_no_term_stay_silent(note: str) -> None:
    assert answers(note) == []


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("- The mind runs two systems: System 1 is fast and intuitive, System 2 is slow and deliberate.\n", ["System 1", "System 2"]),
        ("- Feature teams are handed a roadmap of outputs; empowered product teams are given problems to solve.\n", ["Feature teams", "empowered product teams"]),
        ("- A widow is a short last line of a paragraph left alone at the top of a page; an orphan is a first line stranded at the bottom.\n", ["widow", "orphan"]),
    ],
)
def test_two_terms_set_side_by_side_give_a_card_each(note: str, expected: list[str]) -> None:
    assert answers(note) == expected


@pytest.mark.parametrize(
    "note",
    [
        "The meeting is at 3, the party is at 5.\n",
        "Sam is tired, Alex is hungry after the long walk.\n",
        "The first half is easy, the second half is hard.\n",
        # Steps in turn: the second clause follows the first in time.
        "Refractive procedure: a thin hinged flap is cut in the cornea, lifted, and the stromal bed underneath is reshaped with a laser, then the flap is laid back down.\n",
        "Notes.\n\nThe new office is the one on the left of the lobby.\n",
        "Notes.\n\nThe project deadline is the end of March for everyone.\n",
        "Notes.\n\nThe main thing is the speed of the whole review process.\n",
        "# Plugin settings\n\nThe sync interval is the number of minutes between two background syncs. Set it to 0 to disable.\n",
        "Good teams are the best teams to work with on anything.\n",
        "Inline images are now properly rendered inline with text.\n",
        "If the file extension is `md`, the extension can be omitted.\n",
        "This icon is typically green.\n",
        "That meeting was a disaster.\n",
        "This week is a mess.\n",
        "We took the early train, which is the one that stops everywhere.\n",
        "It is raining. My plan is to stay inside and read the paper.\n",
        "This approach is better than the old one.\n",
        "Opening the help vault now wipes the folder first, which prevents old pages sticking around.\n",
        "We packed up the tent and drove home late — the end.\n",
        "She finally got the job after years of trying — the best part.\n",
        "Drag a file onto the note, which creates a link to it in the text.\n",
        # A relative clause without "that" about one thing of the writer's, a person's role.
        "Notes.\n\nThe budget is the figure the board signs off every March.\n",
        "Notes.\n\nTom is the guy made for this job, everyone agrees.\n",
        # A colon after an opinion, a case, an adjective or a passive: no definition.
        "Notes.\n\nLunch is the best part: we sit outside and talk about anything at all.\n",
        "Notes.\n\nInsurance is the textbook case: a fully insured driver may drive less carefully.\n",
        "Notes.\n\nDog teeth are brachydont: short crowns, well-developed roots, no continuous eruption.\n",
        "Notes.\n\nData are given as percentiles: the 5th percentile means 5 % are shorter.\n",
        "Notes.\n\nCassava roots are toxic raw — they have to be processed before anyone eats them.\n",
        "Notes.\n\nMain risk is interspecific aggression — hostility between animals of different species.\n",
        # A priority, an enemy, steps to follow; a person's role, a place.
        "Notes.\n\nSecurity is the top priority: every release gets a review by two people first.\n",
        "Notes.\n\nLatency is the enemy: users leave if a page takes longer than three seconds.\n",
        "Notes.\n\nInstallation is a two-step process: download the binary, then run the setup script.\n",
        "Notes.\n\nJan is the colleague known for fast and careful code reviews on every project.\n",
        "Notes.\n\nLisbon is the city a friend recommends for a long weekend away in spring.\n",
    ],
)
def test_ordinary_sentences_of_the_same_shape_stay_silent(note: str) -> None:
    assert answers(note) == []


@pytest.mark.parametrize(
    ("path", "note", "expected"),
    [
        # The title term opens the first sentence, then what it does.
        ("astro/Circumpolar star.md", "A circumpolar star never sets below the horizon at a given latitude; it wheels around the pole.\n", ["circumpolar star"]),
        # The title term and its head noun ("A RACI matrix maps ..."), and terms a title sets side by side.
        ("pm/RACI.md", "# RACI\n\nA RACI matrix maps each task to the people involved and the role they play in it.\n", ["RACI matrix"]),
        (
            "art/Additive vs subtractive sculpture.md",
            "Two ways of making form.\n\nSubtractive sculpture starts from a block and removes material until the form is left.\n\n"
            "Additive sculpture builds form up by adding material to a core.\n",
            ["Subtractive sculpture", "Additive sculpture"],
        ),
        # The second term may open a later sentence of the same paragraph.
        (
            "sail/Tacking vs gybing.md",
            "Two ways of turning.\n\nTacking is turning the bow through the wind. Gybing is turning the stern through the wind, "
            "which is faster but riskier.\n",
            ["Tacking", "Gybing"],
        ),
        # A later sentence of the first paragraph defines the title term or says what it does.
        (
            "law/Checks and balances.md",
            "# Checks and balances\n\nSeparation of powers divides government into three branches. Checks and balances is the companion idea: "
            "each branch gets tools to restrain the others.\n",
            ["Separation of powers", "Checks and balances"],
        ),
        (
            "pt/Personal infinitive.md",
            "# Personal infinitive\n\nPortuguese has something most Romance languages lost. The personal infinitive adds person endings "
            "to the infinitive when its subject needs to be made clear.\n",
            ["personal infinitive"],
        ),
        # A claim-titled note: the claim's subject, named again by the body.
        (
            "zettel/Weak ties bring new information.md",
            "# Weak ties bring new information\n\nClose friends know what I know.\n\nWeak ties move in other circles, "
            "so they hear about the jobs and ideas that close friends never do.\n",
            ["Weak ties"],
        ),
    ],
)
def test_the_title_term_explained_by_the_body(path: str, note: str, expected: list[str]) -> None:
    assert answers(note, path) == expected


@pytest.mark.parametrize(
    ("path", "note"),
    [
        ("projects/Project Alpha.md", "Project Alpha needs a new owner before the end of the quarter and the review.\n"),
        ("howto/Create your first note.md", "Hello.\n\nCreate your first note means that the data is durable and not locked in.\n"),
        ("daily/Meeting notes about the budget.md", "# Meeting notes about the budget\n\nMeeting went long. The budget is tight this year.\n"),
        ("docs/Plugins make Obsidian special for you.md", "Plugins extend the app with the features that you need.\n"),
        ("fr/Importer depuis Apple Journal.md", "# Importer depuis Apple Journal\n\nImporter vos notes est facile avec le plugin.\n"),
        ("docs/Variables.md", "Variables can be used in the note name, the note location and the properties.\n"),
        ("pm/Kanban.md", "Kanban board on the wall of the office is full of the old tickets again.\n"),
    ],
)
def test_titles_that_name_no_concept_stay_silent(path: str, note: str) -> None:
    assert answers(note, path) == []


def test_kinds_of_the_term_the_item_before_defined() -> None:
    note = (
        "1. Social capital = the networks between people plus the norms of trust that let them cooperate.\n"
        "2. Bonding social capital ties together people who are alike; it is inward-looking.\n"
        "3. Bridging social capital connects people across social divides.\n"
    )
    assert answers(note) == ["Social capital", "Bonding social capital", "Bridging social capital"]


@pytest.mark.parametrize(
    "second",
    [
        "Iced espresso is nice in summer with some milk.",
        "Good espresso tastes bitter and sweet at the same time.",
        "Espresso tastes stronger than filter coffee in the morning.",
        "Double espresso is the best way to start the day.",
    ],
)
def test_a_plain_item_after_a_definition_stays_silent(second: str) -> None:
    note = f"- Espresso is a coffee drink that is brewed by forcing hot water through ground beans.\n- {second}\n"
    assert answers(note) == ["Espresso"]


@pytest.mark.parametrize(
    ("path", "note", "expected"),
    [
        (
            "pharm/Propranolol.md",
            "---\ndescription: Non-selective beta blocker used for hypertension, angina and migraine prophylaxis\n---\n### Side effects\nBradycardia.\n",
            ["Propranolol"],
        ),
        ("ling/Sapir-Whorf hypothesis.md", "---\ndescription: The idea that the language you speak shapes how you think.\n---\nSee also colour terms.\n", ["Sapir-Whorf hypothesis"]),
        ("docs/Sync.md", "---\ndescription: Learn how to sync your notes across devices with the service.\n---\nBody.\n", []),
        ("docs/Sync settings.md", "---\ndescription: This page explains the settings of the service for daily use.\n---\nBody.\n", []),
        ("templates/Concept.md", "---\ndescription: A brief description of the note\n---\nBody.\n", []),
        ("docs/Obsidian Sync.md", "---\ndescription: Obsidian Sync is an add-on service that syncs notes.\n---\nBody.\n", []),
    ],
)
def test_a_description_property_that_glosses_the_title(path: str, note: str, expected: list[str]) -> None:
    assert answers(note, path) == expected


def test_a_definite_subject_with_a_blank_predicate_is_no_card() -> None:
    from srs.core.extract.proseterms import definite_subject

    assert definite_subject("The reorder point is a            ") is None


def test_a_term_the_writer_marked_in_the_predicate_is_not_defined_by_the_subject() -> None:
    note = "Notes.\n\nThe master clock is the **suprachiasmatic nucleus** (SCN) in the hypothalamus, which sets the daily rhythm.\n"
    assert "master clock" not in answers(note)


def test_a_title_that_names_its_term_then_its_source() -> None:
    note = "**Summary in my words**\n\nThe comparative method reconstructs an unattested ancestor by comparing words across related languages.\n"
    assert answers(note, "Ling/Comparative method - Campbell ch 5.md") == ["comparative method"]


def test_a_title_term_defined_as_a_named_persons_model() -> None:
    note = "CODIT is Alex Shigo's model of how a tree responds to wounding: it walls off the damaged wood.\n"
    assert answers(note, "Trees/CODIT.md") == ["CODIT"]


def test_the_second_of_two_compared_terms_said_in_plain_english_words() -> None:
    # "so it's about" are the sentence's only English function words.
    note = "Prevalence is the proportion of a population that has the disease at a given time. Incidence counts new cases over a period, so it's about risk.\n"
    assert answers(note, "Epi/Incidence vs prevalence.md") == ["Prevalence", "Incidence"]


def test_a_claim_titles_subject_defined_anywhere_in_the_note() -> None:
    note = (
        "# Spacing beats cramming\n\n"
        "Students who cram do well on the test and forget within a week. The effect is robust.\n\n"
        "Spacing is distributing study sessions over time instead of massing them together, so each "
        "review comes just before forgetting.\n"
    )
    cards = extract_note(note, "Learning/Spacing beats cramming.md").candidates
    assert [(c.rule, c.answers) for c in cards] == [("title_definition", ("Spacing",))]


def test_a_claim_titles_words_opening_an_ordinary_sentence_give_nothing() -> None:
    note = "# Spacing beats cramming\n\nSpacing is hard to plan when the exam is next week and I am behind.\n"
    assert extract_note(note, "Learning/Spacing beats cramming.md").candidates == ()


def test_a_term_declared_only_in_the_title_property_and_glossed_as_a_glossary_would() -> None:
    ld50 = "---\ntitle: LD50\ntags: [tox]\n---\nDose of a substance that kills half of a test population in a given time.\n"
    assert [c.answers for c in extract_note(ld50, "Tox/ld50-note.md").candidates] == [("LD50",)]
    kettle = (
        "---\ntitle: Kettle stitch\n---\n"
        "Links each new signature to the one below it at head and tail, so the sections stay together.\n"
    )
    assert [c.answers for c in extract_note(kettle, "Binding/20231102.md").candidates] == [("Kettle stitch",)]
    drift = (
        "---\ntitle: Genetic drift\n---\n"
        "Random change in allele frequencies from one generation to the next, caused by chance alone.\n"
    )
    assert [c.answers for c in extract_note(drift, "Evo/20240101.md").candidates] == [("Genetic drift",)]


def test_a_declared_title_glossed_by_a_long_noun_phrase_that_later_sentences_use() -> None:
    """Four modifiers before "on" or "in", and a later sentence using the term as a modifier
    ("the tymbal muscle"): the opening still glosses it. A later sentence naming it does not."""
    tymbal = (
        "---\ntitle: Tymbal\n---\n"
        "Ribbed, drum-like cuticle membrane on each side of the first abdominal segment of a male cicada. "
        "A large tymbal muscle pulls it inward so the ribs buckle one after another.\n"
    )
    assert [c.answers for c in extract_note(tymbal, "Insects/20240301.md").candidates] == [("Tymbal",)]
    named = (
        "---\ntitle: Tymbal\n---\n"
        "Ribbed, drum-like cuticle membrane on each side of the first abdominal segment of a male cicada. "
        "Entomologists call this membrane the tymbal.\n"
    )
    assert [c.rule for c in extract_note(named, "Insects/20240301.md").candidates if c.rule == "title_gloss"] == []


def test_you_inside_the_clause_that_pins_a_title_gloss_means_anyone() -> None:
    dilution = (
        "---\ntitle: Dilution\n---\n"
        "The meltwater that comes off the ice while you stir or shake, and that ends up as part of the drink.\n"
    )
    assert [c.answers for c in extract_note(dilution, "Mixology/Dilution.md").candidates] == [("Dilution",)]
    # Before the clause, or after a preposition, the note speaks to its reader.
    android = (
        "---\ntitle: Obsidian for Android\n---\n"
        "The Obsidian mobile app for Android brings powerful note-taking capabilities to your Android device.\n"
    )
    assert extract_note(android, "Help/Obsidian for Android.md").candidates == ()


@pytest.mark.parametrize(
    ("text", "menu"),
    [
        ("Open Settings → Files and links to change it.", True),
        ("Go to 設定 → ファイル first.", True),
        ("Open Settings → UI scale.", True),
        ("Use **File** -> **Save** to keep it.", True),
        ("the list of plugins → open Community plugins", True),
        ("viewers read a face by the shot after it — soup → hunger, coffin → grief.", False),
        ("binds only the ES complex → Km and Vmax both ↓", False),
        ("IV → 100% bioavailability", False),
        # After a sentence's end an arrow gives its consequence, whatever follows.
        ("藩を廃止して府県を置いた改革。→ 中央集権化の完成！", False),
        ("The estates met for the first time since 1614! → Third Estate walks out", False),
    ],
)
def test_an_arrow_is_a_menu_path_only_before_a_name_or_a_step(text: str, menu: bool) -> None:
    assert is_ui_instruction(text) is menu


def test_a_definition_with_consequence_arrows_in_its_aside_is_no_manual_step() -> None:
    note = (
        "The Kuleshov effect is the finding that viewers read the same neutral face differently depending on "
        "the shot it is cut next to — soup → hunger, coffin → grief.\n"
    )
    assert [c.answers for c in extract_note(note, "Film/Kuleshov effect.md").candidates] == [("Kuleshov effect",)]


def test_a_bare_plural_gloss_may_pin_its_noun_five_words_on_with_emphasis_between() -> None:
    note = "# Initial mutations\n\nInitial mutations are changes to the *first* sound of a word, triggered by the word before it.\n"
    assert [c.answers for c in extract_note(note, "Irish/Initial mutations.md").candidates] == [("Initial mutations",)]


def test_a_concept_that_argues_a_claim_is_defined_by_it() -> None:
    note = (
        "# Flood pulse concept\n\nThe flood pulse concept (Junk, Bayley & Sparks 1989) argues that in big river systems "
        "the main driver of productivity is the regular flooding of the floodplain.\n"
    )
    assert [c.answers for c in extract_note(note, "Rivers/Flood pulse concept.md").candidates] == [("flood pulse concept",)]


def test_the_same_openings_under_a_file_name_title_give_nothing() -> None:
    # Without a declared title, "Every projection of ..." or "Kahneman argues that ..." open
    # prose about a topic, not a gloss of it.
    for path, text in (
        ("Maps/Map projections.md", "# Map projections\n\nEvery projection of the globe onto a plane distorts something.\n"),
        ("Books/Thinking, Fast and Slow.md", "Kahneman argues that vivid events seem more frequent than they really are.\n"),
    ):
        assert extract_note(text, path).candidates == ()


def test_a_title_term_opening_a_sentence_that_goes_on_past_a_dash() -> None:
    note = "# Fitzpatrick scale\n\nThe Fitzpatrick scale classifies skin by how it reacts to UV exposure — does it burn, does it tan.\n"
    assert [c.answers for c in extract_note(note, "Derm/Fitzpatrick scale.md").candidates] == [("Fitzpatrick scale",)]


def test_a_title_that_names_a_topic_then_the_notes_term() -> None:
    note = "# Coin grading — Sheldon scale\n\nThe Sheldon scale grades a coin's condition on a number scale from 1 to 70.\n"
    assert [c.answers for c in extract_note(note, "Coins/Coin grading - Sheldon scale.md").candidates] == [("Sheldon scale",)]


def test_a_claim_titles_subject_defined_after_an_article() -> None:
    note = "# Debasement drives good coins out\n\nIntro line.\n\nThe debasement is the ruler lowering the metal content of a coin while keeping its face value.\n"
    assert [c.answers for c in extract_note(note, "Coins/Debasement drives good coins out.md").candidates] == [("debasement",)]


def test_a_naming_noun_or_a_participle_pins_a_definitions_predicate() -> None:
    for sentence, term in (
        ("Greenware is the general name for unfired clay objects at any of these stages.", "Greenware"),
        ("A spur is a single cable branching off the ring to feed one extra socket.", "spur"),
    ):
        note = f"# Notes\n\nA first line.\n\n{sentence}\n"
        assert [c.answers for c in extract_note(note, "Craft/Notes.md").candidates] == [(term,)]


def test_a_name_given_to_what_came_before_may_be_followed_by_a_participle() -> None:
    note = (
        "# Tax\n\nNobody withholds tax from invoices, so the IRS expects you to prepay.\n\n"
        "These prepayments are estimated tax payments, made four times a year with a voucher form.\n"
    )
    assert [c.answers for c in extract_note(note, "Tax/Quarterly.md").candidates] == [("estimated tax payments",)]
    opinion = "# Log\n\nWe tried the new flow.\n\nThese results are pretty good, made our week honestly.\n"
    assert extract_note(opinion, "Work/Log.md").candidates == ()


def test_a_predicate_that_points_back_at_the_sentence_before_gives_no_card() -> None:
    note = (
        "# Qubit\n\nEvery pure state is a point on the surface of the Bloch sphere.\n\n"
        "Single-qubit gates are rotations of this sphere.\n"
    )
    assert "Single-qubit gates" not in [a for c in extract_note(note, "Quantum/Qubit.md").candidates for a in c.answers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mitochondrion is the organelle that makes most of the cell's ATP.", ("mitochondrion",)),
        ("The reorder point is the stock level at which a new order is placed.", ("reorder point",)),
        # A generic noun or an opinion is no term, with one word as with several.
        ("The problem is the lack of data on the early cases.", None),
        ("The plan is the one that we agreed on last week.", None),
        ("The office is the best place to work on a Monday.", None),
        # A consequence or an upshot is the writer's point, not a term.
        ("The practical consequence is the order in which the colours go on.", None),
    ],
)
def test_a_definite_subject_of_one_word_or_several(text: str, expected: tuple[str, ...] | None) -> None:
    from srs.core.extract.proseterms import definite_subject

    found = definite_subject(text)
    assert (found.answers if found else None) == expected


def test_a_relative_pronoun_ends_a_definite_subject() -> None:
    # Regression: "The topology whose open sets are ..." hid "topology whose open sets".
    note = "# Notes\n\nSome intro.\n\nThe topology whose open sets are the intersections with open sets of the whole space.\n"
    assert [c.answers for c in extract_note(note, "Maths/Notes.md").candidates] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How: each cell constantly releases a small signalling molecule, the autoinducer.", [("autoinducer",)]),
        ("The eye is covered by a fixed transparent scale, the brille (spectacle).", [("brille",)]),
        # A list of things, or a person named last, is no renaming.
        ("We packed a hammer, a saw, the chisel.", []),
        ("The paper was written by a team in Oslo, the Hansen group.", []),
    ],
)
def test_a_thing_introduced_with_a_and_named_last_after_a_comma(text: str, expected: list[tuple[str, ...]]) -> None:
    assert sentence_cards(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When many isoglosses run along the same line, that's a bundle of isoglosses, and it marks a boundary.", [("bundle of isoglosses",)]),
        ("That's the handicap principle (Zahavi, 1975): a signal is believable because it is costly.", [("handicap principle",)]),
        # A capitalised name ending with a kind of concept is named by "this is called" too.
        ("A siren sounds higher as it comes closer, and this is called the Doppler effect.", [("Doppler effect",)]),
        # A description or an opinion is no name.
        ("This is a large and active community.", []),
        ("That's the best part of the course.", []),
    ],
)
def test_the_name_that_thats_gives(text: str, expected: list[tuple[str, ...]]) -> None:
    assert sentence_cards(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Water crosses the membrane toward the higher concentration. We call this process *osmosis*.", [("osmosis",)]),
        ("Water crosses the membrane toward the higher concentration. We call this process osmosis.", [("osmosis",)]),
        ("Water crosses the membrane toward the higher concentration. This is called osmosis.", [("osmosis",)]),
        ("A siren sounds higher as it approaches. This is known as the Doppler effect.", [("Doppler effect",)]),
        # A capitalised name that ends with no kind of concept is a person, a pet or a place.
        ("We adopted a grey kitten last spring. This is called Pebbles.", []),
        ("I love this place **Paris**.", []),
    ],
)
def test_naming_after_a_demonstrative(text: str, expected: list[tuple[str, ...]]) -> None:
    assert sentence_cards(text) == expected


def test_a_term_defined_twice_in_a_note_gets_one_card_the_first() -> None:
    note = (
        "# Dropout (Srivastava 2014)\n\n## Dropout: a simple way to prevent neural networks from overfitting\n\n"
        "Units are dropped at random during training. The authors call this procedure *dropout*; at test time"
        " a single network with scaled weights is used.\n"
    )
    cards = [(c.rule, c.answers) for c in extract_note(note, "Papers/Dropout (Srivastava 2014).md").candidates]
    assert [answers for _rule, answers in cards] == [("Dropout",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cells that stop dividing for good enter a state called senescence.", [("senescence",)]),
        ("Damaged cells die by a process known as apoptosis, which leaves no inflammation.", [("apoptosis",)]),
        ("Economists define opportunity cost as the value of the next best alternative.", [("opportunity cost",)]),
        # A literal name, a passive with an adverb, a person: no term.
        ("Keep the drafts in a file called notes, next to the outline.", []),
        ("Learning can be defined broadly as a lasting change in behaviour.", []),
    ],
)
def test_a_kind_called_its_name_and_a_reported_definition(text: str, expected: list[tuple[str, ...]]) -> None:
    assert sentence_cards(text) == expected


@pytest.mark.parametrize(
    ("path", "note", "expected"),
    [
        # Nouns in -sis, -ics and -us are singular: the verb after them is the sentence's own.
        ("Chem/Reverse osmosis.md", "Reverse osmosis pushes salty water through a semipermeable membrane at a pressure higher than the osmotic pressure.\n", ["Reverse osmosis"]),
        ("Econ/Econometrics.md", "Econometrics applies statistical methods to economic data to test theories and make forecasts.\n", ["Econometrics"]),
    ],
)
def test_the_title_term_then_its_verb_in_the_singular(path: str, note: str, expected: list[str]) -> None:
    assert answers(note, path) == expected


def test_a_first_line_that_glosses_a_term_of_its_own_is_no_gloss_of_the_title() -> None:
    # "# Weathering techniques" / "Weathering = making ...": the line's own term is the card.
    note = "# Weathering techniques\n\nWeathering = making a model look used and dirty like the real thing instead of factory-fresh.\n"
    found = extract_note(note, "Rail/Weathering techniques.md").candidates
    assert [(c.answers, c.rule) for c in found] == [(("Weathering",), "glossary_line")]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("A gentler variant is the lazy eight — a slow climbing and descending turn flown with the nose tracing an eight.", "lazy eight"),
        ("The opposite approach is open tendering — publishing the contract so that any supplier may bid.", "open tendering"),
        ("The exceptions are the fricatives — sounds made by forcing air through a narrow gap.", "fricatives"),
    ],
)
def test_a_kin_of_the_subject_named_before_a_dash_is_the_term(sentence: str, term: str) -> None:
    """"A milder version is the samba — ...": the subject only relates the name to the note's own;
    the name is the term."""
    assert answers(sentence + "\n", "Notes/Notes.md") == [term]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The bosun is the officer who runs the deck crew and looks after the rigging.", "bosun"),
    ],
)
def test_a_definite_term_pinned_by_who(sentence: str, term: str) -> None:
    assert answers("Intro line here.\n\n" + sentence + "\n", "Notes/Notes.md") == [term]


def test_the_role_before_a_named_part_is_no_term() -> None:
    """"The trigger is the cnidocil, a bristle on the cell surface": the name after the role is the term."""
    got = answers("Intro line here.\n\nThe trigger is the cnidocil, a hair-like bristle on the cell surface that responds to touch.\n", "Notes/Notes.md")
    assert "trigger" not in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "X is when you ...": after "when" or "where", "you" is anyone.
        ("A double stop is when you bow two strings at once to sound an interval.", [("double stop",)]),
    ],
)
def test_a_term_said_by_when_you(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert sentence_cards(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The main problem is when you forget the keys at home.",  # a topic's head, no concept
        "The best part is when we finally got home.",
        "The hard part is where you cut the tenon shoulders.",
        "The new guy is where the trouble started.",
        "Packing is taking boxes downstairs until lunch on Friday.",  # a team's work, and news
        # A place or a time of the writer's life: no "a" or "an" before a kind, or "we".
        "The back porch is where the dog sleeps most nights.",
        "Winter is when you notice the draughts under the doors.",
        "Standup is when we go over blockers for the week.",
        # An -ing word with a bare object: a diary's news.
        "Fundraising is slipping behind target until the gala in June.",
        "Painting is covering hallway walls slowly with two coats.",
    ],
)
def test_when_and_where_of_a_topic_stay_silent(sentence: str) -> None:
    assert sentence_cards(sentence) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After "a", a size describes the kind: "a small fine-adjust that ...".
        ("The cheater is a small fine-adjust that rotates the dop a few degrees.", [("cheater",)]),
        # Where the thing sits or what it has pins the head noun down.
        ("The ferrule is the metal band around the end of the handle that holds the bristles.", [("ferrule",)]),
        ("The caldera is a huge basin that forms when a magma chamber empties.", [("caldera",)]),
        # (From a word's start: "bone that" is no contact clause "one that".)
        ("The stapes is a tiny bone that pushes on the oval window of the cochlea.", [("stapes",)]),
        ("The gallery is the narrow walkway around the lantern outside the glazing.", [("gallery",)]),
    ],
)
def test_a_definite_subject_pinned_by_a_size_or_a_place(text: str, expected: list[tuple[str, ...]]) -> None:
    assert sentence_cards(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "the" and a size: the writer's own thing, not a kind.
        "The kitchen is the small room that gets the morning sun.",
        "The office is the big one with the broken blinds.",
        # Where a thing stands in a house, or what it has, is no definition.
        "The router is the box on the shelf by the front door.",
        "The kitchen is a small room with a skylight over the sink.",
        "The bathroom is the room with the blue tiles, second door on the left.",
        # A size after "a", then a name or a person: the writer's own things.
        "The dishwasher is a small Bosch that came with the flat.",
        "The boss is the guy with the beard near the window.",
    ],
)
def test_a_definite_subject_sized_after_the_stays_silent(text: str) -> None:
    assert sentence_cards(text) == []


def test_a_definite_subject_named_then_glossed_by_an_appositive_is_not_the_term() -> None:
    # The gloss after the comma defines the name, not the subject.
    for text in (
        "The trigger is the cnidocil, a hair-like bristle on the cell surface that responds to touch.",
        "The trigger is the cnidocil, the hair-like bristle on the cell surface that responds to touch.",
    ):
        assert ("trigger",) not in sentence_cards(text)


def test_a_two_word_titles_first_word_defined_by_the_first_sentence() -> None:
    note = "Thinset is a cement-based adhesive troweled out in a thin layer to bond tile to a substrate.\n"
    assert answers(note, "tile/Thinset mortar.md") == ["Thinset"]
    # Held to a plain definition's shape: a remark on the first word is no card.
    assert answers("Thinset went on badly today, the trowel was too small.\n", "tile/Thinset mortar.md") == []


@pytest.mark.parametrize(
    ("path", "note"),
    [
        ("people/Grandma visit.md", "Grandma is a force of nature, she cleaned my whole kitchen in an hour.\n"),
        ("tile/Thinset trouble.md", "Thinset is a nightmare, I spent all day scraping it off the floor.\n"),
        ("people/Marco update.md", "Marco is a great hire, the build is green again since Monday.\n"),
        ("cooking/Banana bread.md", "Banana is the star here, so buy really ripe ones with black spots.\n"),
        ("house/Garden plan.md", "Garden is a mess after the storm, the fence is down again.\n"),
        ("journal/Lundi matin.md", "Lundi est une journée chargée, j'ai trois réunions et le dentiste.\n"),
    ],
)
def test_a_two_word_titles_first_word_in_a_remark_of_the_writer_is_no_term(path: str, note: str) -> None:
    assert answers(note, path) == []


def test_a_compared_term_opening_a_later_sentence_with_emphasis_further_on() -> None:
    note = (
        "Prevalence is the proportion of a population that has the disease at a given time. "
        "Incidence counts **new** cases over a period, so it is about risk.\n"
    )
    assert answers(note, "epi/Incidence vs prevalence.md") == ["Prevalence", "Incidence"]


_COMPARED_SECTIONS = (
        '# Load-bearing vs infill\n'
        '\n'
        'Two ways to use bales in a wall. Pick one early, it changes the foundations and the build order.\n'
        '\n'
        '## Load-bearing\n'
        'The bales themselves carry the roof. A **box beam** (a hollow timber ring beam) sits on top of the wall and spreads the load; the walls are strapped down before plastering. Also called *Nebraska style*.\n'
        '+ cheap, fewer timbers\n'
        '− the roof waits until the walls are up\n'
        '\n'
        '## Infill\n'
        'A timber frame carries the roof and the bales are only insulation, stacked around the posts.\n'
        '+ roof first, bales stay dry\n'
        '− more carpentry\n'
        '\n'
        '## Hybrid\n'
        'Some designs mix the two, e.g. load-bearing long walls and posts at big openings.\n'
        '\n'
        'Up:: [[Straw bale MOC]]\n'
)


def test_sections_named_by_the_terms_a_comparison_sets_side_by_side() -> None:
    # Sections that say what each compared term does, with a third section beside them.
    cards = answers(_COMPARED_SECTIONS, "straw/Load-bearing vs infill.md")
    assert cards[0] == "Load-bearing" and "Infill" in cards
    # Without a comparison in the parent, the sections are a topic's.
    topics = _COMPARED_SECTIONS.replace("# Load-bearing vs infill", "# Load-bearing and infill walls")
    assert "Infill" not in answers(topics, "straw/Wall notes.md")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The windowpane test: stretch a small piece of dough between your fingers until light shows through.", [("windowpane test",)]),
        ("The 1-10-1 rule: one minute to control your breathing, ten minutes of movement, an hour to hypothermia.", [("1-10-1 rule",)]),
    ],
)
def test_a_named_test_or_rule_before_a_colon_and_what_it_says(text: str, expected: list[tuple[str, ...]]) -> None:
    assert sentence_cards(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A heading's words before a colon, or a person's rule: no named device.
        "The test: it went badly and we redo it next week with the new batch.",
        "The rule of the house: shoes off at the door and no phones at dinner.",
        # A diary's result or news after the colon.
        "The driving test: passed first time, the examiner was really nice.",
        "The blood test: results back on Monday, all normal apparently.",
        "The pregnancy test: negative again, trying not to think about it.",
    ],
)
def test_a_test_or_rule_named_by_no_words_of_its_own_stays_silent(text: str) -> None:
    assert sentence_cards(text) == []


def test_a_title_glossed_by_a_bare_noun_pinned_by_between_is_defined() -> None:
    """"Collective bargaining is negotiation between an employer and a union ...": a bare noun
    phrase pinned by "between" (or "among", "within") defines the title term as "of" does."""
    text = "Collective bargaining is negotiation between an employer and a union acting for all the workers.\n"
    got = [c.answers for c in extract_note(text, "Unions/Collective bargaining.md").candidates]
    assert got == [("Collective bargaining",)]
    # (A state is no noun: "is important between ..." pins nothing.)
    text = "Collective bargaining is important between rounds of the season, the union says.\n"
    assert extract_note(text, "Unions/Collective bargaining.md").candidates == ()


def test_a_clauses_subject_before_which_is_no_term_and_a_causative_verb_is_no_subjects_word() -> None:
    # "... near the equator where the trade winds meet, which migrates ...": "where" opens a
    # clause, whose subject and verb name nothing; "Thaw lets microbes decompose it": a clause.
    text = (
        "Bigger picture: the monsoon is a seasonal shift of the convergence zone, the belt of rising air near "
        "the equator where the trade winds meet, which migrates far north in July.\n"
    )
    assert "trade winds meet" not in answers(text)
    assert answers("Thaw lets microbes decompose it → CO2 (dry, aerobic soils) and CH4 (wet ones).\n") == []
    # Without the clause's opener the relative clause still glosses its term.
    assert answers("Browning needs protein. Not the same as caramelisation, which is the breakdown of sugar on its own.\n") == ["caramelisation"]


def test_a_head_noun_pinned_by_where_it_is_seen_and_what_makes_it() -> None:
    text = (
        "# SAR basics\n\nSome background on radar first.\n\n"
        "Speckle is the grainy salt-and-pepper pattern in SAR images caused by interference between scatterers.\n"
    )
    assert answers(text, "Remote sensing/SAR basics.md") == ["Speckle"]
    # Where something was, with no participle that says what makes it, pins nothing.
    assert answers("# Trip\n\nLunch is the best part in most weeks, honestly.\n", "Log/Trip.md") == []


def test_a_gloss_saying_how_a_term_works_in_the_present_passive() -> None:
    from srs.core.extract.entryglosses import gloss_reads

    text = (
        "# Typology lecture 4\n\n"
        "- head-marking: the relation is marked on the head of the phrase\n"
        "- dependent-marking: the relation is marked on the dependent, as with case endings\n"
    )
    assert answers(text, "Linguistics/Typology lecture 4.md") == ["head-marking", "dependent-marking"]
    # A capitalised label's news keeps its own reading: a report, not how a term works.
    assert not gloss_reads("Deploy", "the build is blocked by the flaky test", ":")


def test_a_subjects_noun_before_a_copula_is_no_verb_of_a_term() -> None:
    # "Total mass estimates are ...": "estimates" is the subject's noun, not what "Total mass" does.
    note = "# Kuiper belt\n\nTotal mass estimates are all over the place, a tenth of an Earth mass being a common figure.\n"
    assert [c.answers for c in extract_note(note, "Astro/Kuiper belt.md").candidates] == []
    acting = "# Parsers\n\nTokenisation converts a stream of characters into the tokens a parser reads.\n"
    assert [c.answers[0] for c in extract_note(acting, "Code/Parsers.md").candidates] == ["Tokenisation"]


def test_the_name_of_the_notes_thing_is_no_term() -> None:
    note = "# Quasar\n\nThe name is a 1964 contraction of \"quasi-stellar radio source\", coined by Hong-Yee Chiu.\n"
    assert [c.answers for c in extract_note(note, "Astro/Quasar.md").candidates] == []
