"""General sentence shapes that name or define a term, found by measuring the extractor on notes
it had never seen (``tests/corpus/dev4``). Each shape has sentences that must give a card and
sentences of a look-alike shape that must not."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


# --- an appositive that names what the words before it describe ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A lake with no outflow to the sea, an *endorheic basin*, loses water only by evaporation.\n", ["endorheic basin"]),
        ("The wave heights add up at one point, the **constructive interference**, then cancel further on.\n", ["constructive interference"]),
        ("A word borrowed back into its source language — a **reborrowing** — often changes meaning.\n", ["reborrowing"]),
        ("Its counterpart, **negative feedback**, damps any change in the system.\n", ["negative feedback"]),
        ("The inventor of the printing press, **Johannes Gutenberg**, worked in Mainz.\n", ["Johannes Gutenberg"]),
    ],
)
def test_naming_appositive_gives_the_named_term(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We bought apples, pears, the **plums**, and some grapes.\n",
        "Bring the tent, a **torch**, and enough water for two days.\n",
        "I met Ana at the station, the **old one**, and we walked home.\n",
    ],
)
def test_lists_and_asides_are_no_naming_appositive(text: str) -> None:
    assert answers(text) == []


# --- a common-noun term at a sentence start, described by what it does --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Garbage collection** reclaims memory that the program can no longer reach.\n", ["Garbage collection"]),
        ("*Cross-validation* estimates how well a model generalises to unseen data.\n", ["Cross-validation"]),
    ],
)
def test_common_term_described_by_its_verb(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "**Kahneman** argues that intuition is often overconfident in noisy domains.\n",
        "**Maria Lopez** presents the quarterly numbers at the next meeting.\n",
    ],
)
def test_a_name_at_the_start_is_no_described_term(text: str) -> None:
    assert answers(text) == []


# --- a bare plural subject pinned by a relative clause, then the term ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Animals that are active mainly at night are **nocturnal**.\n", ["nocturnal"]),
        ("Words that sound alike but differ in meaning are *homophones*; *homonyms* share spelling too.\n", ["homophones"]),
    ],
)
def test_described_plural_subject_names_the_term(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_a_plural_subject_without_a_relative_clause_names_nothing() -> None:
    assert answers("Cats in our street are **everywhere** this summer.\n") == []


# --- the title is the term, the opening sentence its gloss --------------------------------------


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        ("Garden/Groupthink.md", "The practice of thinking or deciding as a group in a way that discourages dissent.\n", ["Groupthink"]),
        ("Garden/c-17.md", "---\ntitle: Sunk cost\n---\nA cost that has already been paid and cannot be recovered.\n", ["Sunk cost"]),
        ("Garden/Hanlon's razor.md", "Never attribute to malice what can be explained by carelessness.\n", ["Hanlon's razor"]),
        ("Garden/Rubber duck debugging.md", "# Rubber duck debugging\n\nExplaining code line by line to an inanimate listener until the bug shows itself.\n", ["Rubber duck debugging"]),
    ],
)
def test_title_term_glossed_by_the_opening_sentence(path: str, text: str, expected: list[str]) -> None:
    assert answers(text, path) == expected


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("Notes/Team offsite.md", "The plan for the offsite is still open, ask Ana.\n"),
        ("Notes/Trip to Porto.md", "The train from Lisbon takes three hours and was on time.\n"),
        ("Daily/2024-05-01.md", "The weather of the week was great for running outside.\n"),
        ("Notes/Kitchen.md", "## Todo\n\nThe choice of tiles that we still need to make.\n"),
    ],
)
def test_openings_that_are_no_gloss_of_the_title_give_no_card(path: str, text: str) -> None:
    assert [a for a in answers(text, path) if a.lower() in path.lower()] == []


def test_an_opening_that_only_describes_leaves_the_title_to_the_sentence_that_names_it() -> None:
    text = "Losing ten euros feels worse than finding ten. This is called loss framing.\n"
    cards = [c.text for c in extract_note(text, "Notes/Loss framing.md").candidates]
    assert cards == ["This is called {{c1::loss framing}}."]


# --- a plain term with its abbreviation in parentheses ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Return on investment (ROI) is the ratio of net profit to the cost of an investment.\n", ["Return on investment"]),
        ("The kelvin (K) is the SI base unit of thermodynamic temperature.\n", ["kelvin"]),
        ("Magnetic resonance imaging (MRI) means imaging the body with strong magnetic fields.\n", ["Magnetic resonance imaging"]),
    ],
)
def test_abbreviated_plain_term_is_defined(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our team (Berlin) is the one that ships the mobile app every Friday.\n",
        "The meeting (Tuesday) is at the usual place near the office.\n",
        "Next sprint (S14) is where we finally fix the login bug.\n",
    ],
)
def test_parenthesised_asides_are_no_abbreviation(text: str) -> None:
    assert answers(text) == []


# --- review questions answered in prose ---------------------------------------------------------


def test_review_questions_answered_in_prose_become_cards() -> None:
    text = (
        "# Review\n\nWhich planet has the shortest year? Mercury.\n\n"
        "Who proposed the heliocentric model? Nicolaus Copernicus.\n"
    )
    assert answers(text) == ["Mercury", "Nicolaus Copernicus"]


@pytest.mark.parametrize(
    "text",
    [
        # one question alone may be rhetorical
        "Why does this matter? Because everything else depends on it.\n",
        # an answer that runs on is an explanation, not a recall answer
        "What did we learn? Mostly that the vendor's estimate was far too optimistic for our team size and budget.\n\n"
        "Who is on call? Ana this week.\n",
    ],
)
def test_single_or_rambling_questions_give_no_card(text: str) -> None:
    assert answers(text) == []


# --- Romance-language glosses without an article ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- **osmose**: passagem de solvente através de uma membrana semipermeável\n- **difusão**: movimento de partículas de uma região para outra\n", ["osmose", "difusão"]),
        ("le **mercantilisme** : doctrine économique qui fait de la richesse en or la base de la puissance.\n", ["mercantilisme"]),
    ],
)
def test_romance_gloss_pinned_by_a_relative_or_of(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "- **Abrir**: abrir o arquivo que está selecionado na lista\n- **Salvar**: guardar as alterações no disco\n",
        "**Exam tip:** always do duty first, even when it's obvious.\n",
    ],
)
def test_infinitive_options_and_tips_are_no_romance_gloss(text: str) -> None:
    assert answers(text) == []


# --- other languages: an aside after the copula, a setting before the term, "besagt" ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la **ataraxia** es, según Epicuro, la ausencia de turbación del alma.\n", ["ataraxia"]),
        ("Secondo Aristotele, la **catarsi** è la purificazione delle passioni.\n", ["catarsi"]),
        ("Für Kant, der **kategorische Imperativ** ist ein unbedingtes Gebot der Vernunft.\n", ["kategorische Imperativ"]),
        ("Das **Ohmsche Gesetz** besagt, dass Strom und Spannung proportional sind.\n", ["Ohmsche Gesetz"]),
    ],
)
def test_other_language_definitions_with_asides_and_settings(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


# --- a second definition after a semicolon; a condition after a short "of X" --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A **false positive** is flagging a healthy patient; a **false negative** is missing a sick one.\n", ["false positive", "false negative"]),
        ("A number $p$ is a **prime** of $\\mathbb{N}$ if its only divisors are one and itself.\n", ["prime"]),
        ("A graph is **bipartite** if its vertices split into two independent sets.\n", ["bipartite"]),
    ],
)
def test_second_clause_and_qualified_condition_definitions(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_a_progressive_after_a_semicolon_is_no_definition() -> None:
    assert answers("The build passed; the **deploy** is running in the background now.\n") == []


# --- "i.e." / "that is" announcing a gloss; a lower-case kind pinned by a relative clause --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marginal cost, i.e. the cost of producing one more unit, falls at first.\n", ["Marginal cost"]),
        ("**Latency**, that is, the delay between a request and its response, matters most here.\n", ["Latency"]),
        ("The parser keeps a *lookahead buffer* that holds the next few tokens.\n", ["lookahead buffer"]),
    ],
)
def test_that_is_glosses_and_relative_kinds(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Any plan changes on contact — that is what makes planning worth it.\n",
        "Ana Ruiz, i.e. the new lead, starts on Monday.\n",
        "We drove a **Tesla** that runs on batteries only.\n",
    ],
)
def test_look_alikes_of_that_is_and_relative_kinds_give_no_card(text: str) -> None:
    assert answers(text) == []


# --- definitions later in a paragraph; a gloss after a colon ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rocks weather slowly. The **regolith** is the loose layer that covers solid rock.\n", ["regolith"]),
        ("The kernel schedules work through a **run queue**: the list of tasks ready to execute.\n", ["run queue"]),
        ("Vaccines train the immune system. **Antigen**: any substance that triggers an immune response.\n", []),
    ],
)
def test_later_sentences_and_colon_glosses(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_settings_described_in_a_list_are_no_concepts() -> None:
    text = "- **Node size** controls the size of each circle.\n- **Link force** controls the pull on each link.\n"
    assert answers(text) == []


def test_capitalised_options_glossed_in_portuguese_are_no_glossary() -> None:
    text = "- **Sem valor**: contagem de linhas sem valor.\n- **Único**: número de valores distintos na coluna.\n"
    assert answers(text) == []


# --- one plain "Term: gloss" line whose gloss is a pinned noun phrase ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saddle point: a point where the slopes in orthogonal directions are all zero.\n", ["Saddle point"]),
        ("Osmosis — the movement of water across a semipermeable membrane.\n", ["Osmosis"]),
    ],
)
def test_single_plain_line_with_a_pinned_gloss(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tom: the guy who set up the build server last year.\n",
        "Deck: the one for Friday, with the new numbers.\n",
        "Update: the server that failed is back online.\n",
    ],
)
def test_single_plain_lines_about_people_and_status_give_no_card(text: str) -> None:
    assert answers(text) == []


# --- lower-case sentence starts in other languages; "is when" ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cours du 3 mars. la **mitose** est la division d'une cellule en deux cellules identiques.\n", ["mitose"]),
        ("Aula 4. o **déficit** é quando as despesas superam as receitas.\n", ["déficit"]),
    ],
)
def test_lower_case_restarts_and_is_when(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_english_example_after_a_full_stop_is_not_restarted() -> None:
    assert answers("See the docs. e.g. a **flag** is set by the caller.\n") == []


# --- participle appositives, "which are <plural> that", a modifying term, flattened restarts ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The authors propose the **Perceiver**, a model built on cross-attention to a latent array.\n", ["Perceiver"]),
        ("Growth depends on **extractive elites**, which are groups that capture most of the rents.\n", ["extractive elites"]),
        ("A **squash** merge is one that folds every commit of the branch into a single commit.\n", ["squash"]),
        ("Logistics **Tags:** #ops Up: [[Ops MOC]] The **safety stock** is the extra inventory held against uncertainty.\n", ["safety stock"]),
    ],
)
def test_appositive_participles_plural_glosses_modifiers_and_restarts(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_an_emphasised_adjective_without_an_article_is_no_modifying_term() -> None:
    assert answers("**Excessive** self-promotion is a judgment call made by moderators.\n") == []


# --- a new word learned in a daily note; German naming with a long object; German glosses -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Learned today that *sonder* is the realisation that every passer-by has a vivid life.\n", ["sonder"]),
        ("Man nennt den Vorgang, bei dem Zellen Licht in Zucker umwandeln, **Photosynthese**.\n", ["Photosynthese"]),
        ("- **Torschlusspanik** — Angst vor dem Verpassen von Gelegenheiten\n- **Kummerspeck** — Gewicht aus Kummer und Frust\n", ["Torschlusspanik", "Kummerspeck"]),
    ],
)
def test_learned_words_german_naming_and_german_glosses(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I read that **Berlin** is the place to be this summer, apparently.\n",
        "- **Speichern** — Speichert die Datei im aktuellen Ordner\n- **Öffnen** — Öffnet den Dialog zum Laden\n",
    ],
)
def test_opinions_and_german_option_lists_give_no_card(text: str) -> None:
    assert answers(text) == []


# --- a heading or a definition callout names the term, its first sentence glosses it ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Watershed\n\nAn area of land in which all precipitation drains to a single outlet.\n", ["Watershed"]),
        ("### Definition: fixed point\n\nA value that a function maps to itself.\n", ["fixed point"]),
        ("> [!definition] Catalyst\n> A substance that speeds up a reaction without being consumed.\n", ["Catalyst"]),
    ],
)
def test_heading_or_callout_term_glossed_by_its_first_sentence(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "## Remove vault\n\nRemoving a vault only removes it from the list of vaults.\n",
        "## Default view for new tabs\n\nThe view that a new tab gets opened in by default.\n",
        "## Retro\n\nThe room that we booked for the retro was far too small.\n",
        "## Results\n\nThe accuracy of the model improved by four points.\n",
    ],
)
def test_sections_whose_first_sentence_is_no_gloss_give_no_card(text: str) -> None:
    assert answers(text) == []


# --- a bold "Definition." label, synonyms in parentheses, bare plural glosses -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Definition.** A *monoid* is a set with an associative operation and an identity.\n", ["monoid"]),
        ("A local minimum (or relative minimum) is a point where no nearby value is lower.\n", ["local minimum"]),
        ("**Isotherm** (or isothermal line): a line that connects points of equal temperature.\n", ["Isotherm"]),
        ("**Estuaries** are places where rivers meet the sea.\n", ["Estuaries"]),
        ("*fjords* — inlets that glaciers carved into the coast.\n", ["fjords"]),
    ],
)
def test_definition_labels_synonyms_and_bare_plural_glosses(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_a_dutch_option_after_a_dash_is_no_gloss() -> None:
    assert answers("**Formules converteren** — kies of de velden worden herschreven.\n") == []


# --- more naming words: "by X we mean", "is said to be", other languages; abstract nouns ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By **marginal utility** we mean the extra satisfaction from one more unit.\n", ["marginal utility"]),
        ("A matrix is said to be **singular** if its determinant is zero.\n", ["singular"]),
        ("Este efecto se conoce como **paradoja de Jevons**.\n", ["paradoja de Jevons"]),
        ("Esse fenômeno é conhecido como **inflação de demanda**.\n", ["inflação de demanda"]),
        ("Diese Zellen werden **Neuronen** genannt.\n", ["Neuronen"]),
        ("**Glycolysis** splits one glucose molecule into two molecules of pyruvate.\n", ["Glycolysis"]),
    ],
)
def test_more_naming_words_and_abstract_noun_subjects(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_a_single_name_doing_something_is_no_abstract_noun() -> None:
    assert answers("**Marta** sends the weekly report every Friday.\n") == []


# --- an aside before a defining verb; the writer's own labels ----------------------------------


def test_an_aside_may_stand_before_a_defining_verb() -> None:
    text = "**Moral hazard**, a term from insurance, describes risk-taking by those who do not bear its cost.\n"
    assert answers(text) == ["Moral hazard"]


@pytest.mark.parametrize(
    "text",
    [
        "**My take:** the results are less interesting than the method.\n",
        "**Our plan:** the first draft goes out on Monday morning.\n",
    ],
)
def test_the_writers_own_labels_are_no_terms(text: str) -> None:
    assert answers(text) == []


# --- "this is the X", "the concept of X", appositives opened by "the tendency to" ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("People help less when others are around. This is the *bystander effect*.\n", ["bystander effect"]),
        ("The concept of *comparative advantage* explains why trade benefits both sides.\n", ["comparative advantage"]),
        ("A common trap is *present bias*, the tendency to overvalue immediate rewards.\n", ["present bias"]),
        ("This habit, the *planning fallacy*, makes every project late.\n", ["planning fallacy"]),
    ],
)
def test_demonstratives_concept_of_and_tendency_appositives(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "This is the **main** point of the talk.\n",
        "That is a **must**.\n",
        "We visited **Paris**, the city to see in spring.\n",
    ],
)
def test_look_alikes_of_demonstrative_naming_give_no_card(text: str) -> None:
    assert answers(text) == []


# --- terms enumerated after a named one ---------------------------------------------------------


def test_terms_enumerated_after_a_named_term_each_give_a_card() -> None:
    text = "The three primary colours of paint are **red**, **yellow** and **blue**.\n"
    assert answers(text) == ["red", "yellow", "blue"]


def test_examples_after_a_definition_are_not_enumerated_terms() -> None:
    text = "A **morpheme** is the smallest unit of meaning, like **un**, **break** and **able**.\n"
    assert answers(text) == ["morpheme"]


# --- "we define a X"; a described term inside a block of label lines -----------------------------


def test_we_define_names_the_term() -> None:
    text = "To bound the cost we define a **credit invariant** that every operation must keep.\n"
    assert answers(text) == ["credit invariant"]


def test_a_described_term_among_label_lines_is_no_setting() -> None:
    text = "**Venue:** NeurIPS\n**Year:** 2017\n**Cross-attention** relates positions of two different sequences to each other.\n"
    assert "Cross-attention" in answers(text)


# --- a name picked out by a superlative ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- The Nile is the longest river in Africa.\n", ["Nile"]),
        ("Mount Elbrus is the highest peak of the Caucasus.\n", ["Mount Elbrus"]),
    ],
)
def test_a_name_picked_out_by_a_superlative(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Python is the best language for quick scripts, in my view.\n",
        "The meeting was the longest one this year.\n",
        "Rust is the easiest way to get memory safety without a collector.\n",
    ],
)
def test_opinions_and_lower_case_subjects_are_no_superlative_fact(text: str) -> None:
    assert answers(text) == []


def test_a_heading_ending_in_a_dash_names_its_term_without_the_dash() -> None:
    text = "## Tundra —\n\nA cold treeless plain where the subsoil stays frozen all year.\n"
    assert [c.answers for c in extract_note(text, "Biomes.md").candidates] == [("Tundra",)]


def test_a_note_and_its_flattened_copy_give_the_same_answers() -> None:
    restored = (
        "---\ntags: [rhetoric]\n---\n# Figures of speech\n"
        "- **Anaphora** - repetition of a word at the start of successive clauses (\"we shall fight ...\")\n"
        "- **Chiasmus** - two phrases where the second reverses the order of the first (ABBA)\n"
        "- **Litotes** - understatement by denying the opposite (\"not bad at all\")\n"
    )
    flat = " ".join(line for line in restored.split("\n") if line).replace("- **", "**")
    answers = lambda text: sorted(a for c in extract_note(text, "Rhetoric/Figures of speech.md").candidates for a in c.answers)  # noqa: E731
    assert answers(restored) == ["Anaphora", "Chiasmus", "Litotes"]
    assert answers(flat) == answers(restored)


def test_a_glossary_on_one_line_kept_apart_by_slashes() -> None:
    note = "Idioms to learn: 马马虎虎 = so-so, careless / 画蛇添足 = to ruin something by overdoing it / 一石二鸟 = kill two birds with one stone\n"
    answers = [c.answers[0] for c in extract_note(note, "Mandarin/Idioms.md").candidates]
    assert answers == ["马马虎虎", "画蛇添足", "一石二鸟"]


def test_a_slash_inside_a_lecture_line_splits_nothing() -> None:
    note = "- slant rhyme / half rhyme: words that almost rhyme, sharing a final consonant / not the vowel / Dickinson\n"
    # No part between the gloss's slashes is an entry; the two names of the term are hidden together.
    assert [c.answers for c in extract_note(note, "Poetry/Sound.md").candidates] == [("slant rhyme", "half rhyme")]


def test_a_flattened_note_of_term_sections_gives_the_cards_of_its_restored_copy() -> None:
    """"## Glaze crawling The glaze pulls back ...": each heading ran into its section's first
    sentence. The heading's name ends before a word that opens sentences ("The", "For", "Only")
    or, after a name of one word in mixed case, before a verb ("## PlayStation Runs ...")."""
    restored = (
        "# Kiln faults\n\nFaults a glaze firing can leave, and what causes each of them.\n\n"
        "## Crawling\n\nThe glaze pulls back into bare islands during the firing, usually over dust or grease.\n\n"
        "## Pinholing\n\nOnly small round holes left where gas escaped from the body as the glaze melted.\n\n"
        "## Shivering\n\nFor a glaze under too much compression: flakes of it lift off the edges and rims.\n\n"
        "## MgO bloom\n\nThe dull white patches magnesium leaves when a glaze cools too slowly in the kiln.\n"
    )
    flat = " ".join(line for line in restored.split("\n") if line)
    answers = lambda text: sorted(a for c in extract_note(text, "Ceramics/Kiln faults.md").candidates for a in c.answers)  # noqa: E731
    assert answers(restored) == ["Crawling", "MgO bloom", "Pinholing", "Shivering"]
    assert answers(flat) == answers(restored)


def test_a_flattened_heading_named_in_mixed_case_ends_before_its_verb() -> None:
    from srs.core.markdown_flat import restore_flattened

    flat = (
        "# Service kinds A short list of how a cluster exposes its services to the world. ## NodePort Opens one port on "
        "every node and forwards it to the service. ## Fourth kind The last of the kinds, rarely used on its own."
    )
    restored = restore_flattened(flat)
    assert "## NodePort\n\nOpens one port" in restored
    assert "## Fourth kind\n\nThe last of the kinds" in restored
    assert "# Service kinds\n\nA short list" in restored
