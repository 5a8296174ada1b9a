"""Sentence shapes that define a term without marking it: a note in, the cards out.

Each family is tested with sentences of several subjects, and with the ordinary sentences that
share its shape and must stay silent."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(body: str, title: str = "Lecture notes") -> list[str]:
    """The answers of every card of a note made of a neutral first paragraph and ``body``."""
    text = "Notes taken during the course, tidied up afterwards.\n\n" + body + "\n"
    return [a for c in extract_note(text, title + ".md").candidates for a in c.answers]


# --- a subject named by its head noun: "The X effect is ...", "The X rule requires ..." -------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Dunning–Kruger effect is a cognitive bias in which people with little skill overrate their ability.",
            "Dunning–Kruger effect",
        ),
        ("The mirror image rule requires the acceptance to match the terms of the offer exactly.", "mirror image rule"),
        ("The shock index is the heart rate divided by the systolic blood pressure.", "shock index"),
        (
            "The Pareto principle, also known as the 80/20 rule, is an aphorism about the uneven spread of causes.",
            "Pareto principle",
        ),
        ("Kahneman argues that the availability heuristic makes vivid events seem more frequent.", "availability heuristic"),
        ('The "but for" test asks whether the harm would have happened without the conduct.', "but for"),
        (
            "At test time the weights are multiplied by p — the weight scaling rule — which approximates an average.",
            "weight scaling rule",
        ),
    ],
)
def test_a_subject_named_by_its_head_noun(body: str, expected: str) -> None:
    assert expected in answers(body)


@pytest.mark.parametrize(
    "body",
    [
        "The first test is a simple check of the login flow before every release.",
        "The new rule requires everyone to attend the standup on Monday morning.",
        "The main problem is the lack of time before the exam next week.",
        "The same principle applies to our own deployment scripts and their logs.",
        "The unit test fails on the build server every other night.",
        "We tried the release again on Monday — the new rule — and it failed.",
    ],
)
def test_ordinary_sentences_with_a_head_noun_stay_silent(body: str) -> None:
    assert answers(body) == []


# --- a common-noun term and what it does: "Self-attention relates ..." -------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("- Self-attention relates different positions of a single sequence.", "Self-attention"),
        ("- Positional encodings inject information about token order.", "Positional encodings"),
        ("Batch norm (BN) normalises the activations of each mini-batch.", "Batch norm"),
        ("An invitation to treat, by contrast, merely invites offers from the public.", "invitation to treat"),
        ("A hash function maps data of arbitrary size to values of a fixed size.", "hash function"),
        ("Gradient descent minimises a loss by stepping against its gradient.", "Gradient descent"),
    ],
)
def test_a_term_defined_by_what_it_does(body: str, expected: str) -> None:
    assert expected in answers(body)


def test_an_abbreviation_spelled_out_in_brackets_is_the_term() -> None:
    # "AAV (adeno-associated virus) is ...": the abbreviation is what the note goes on to use.
    assert answers("AAV (adeno-associated virus) is a small parvovirus that does not cause disease in humans.") == ["AAV"]
    assert answers("PEG (polyethylene glycol) is a polymer that replaces the water in waterlogged wood.") == ["PEG"]
    assert answers("A FARP (forward arming and refuelling point) is a temporary site near the fight where helicopters rearm.") == ["FARP"]
    assert answers("HLB (hydrophilic–lipophilic balance) is a 0–20 scale of how water-loving the molecule is.") == ["HLB"]
    # Words in brackets that do not spell it out are an aside.
    assert answers("NASA (the old one) is a place that I would like to visit one day.") == []
    assert answers("The CEO (currently on holiday) is the person who signs off on budgets over ten thousand.") == []


@pytest.mark.parametrize(
    "body",
    [
        "Regular exercise reduces stress and improves sleep quality over time.",
        "Fixed code blocks not rendered at the correct time in Live Preview.",
        "Search now returns results from the file name as well.",
        "My sister measures everything twice before she cuts it.",
        "In practice network partitions happen, so the choice is between two evils.",
        "A few files remain in the old folder after the move.",
    ],
)
def test_ordinary_sentences_with_a_verb_of_function_stay_silent(body: str) -> None:
    assert answers(body) == []


# --- "In the ..." opens a UI step only when the sentence names an interface or speaks to its user


def test_a_setting_in_the_subject_matter_is_no_ui_step() -> None:
    body = "In the potential method we define a **potential function** $\\Phi$ mapping each state to a real number."
    assert "potential function" in answers(body)


@pytest.mark.parametrize(
    "body",
    [
        "In the sidebar, click **Files** to open the file explorer.",
        "In the section labeled **Navigation preview**, you can adjust the display order of your pages.",
    ],
)
def test_a_place_in_the_interface_still_opens_a_ui_step(body: str) -> None:
    assert answers(body) == []


# --- an author named between the copula and the predicate, in other languages -----------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Der Habitus ist nach Bourdieu ein System dauerhafter Dispositionen, das Wahrnehmen und Handeln prägt.", "Habitus"),
        ("La volonté générale est selon Rousseau la volonté du peuple qui vise le bien commun.", "volonté générale"),
        ("La plusvalía es según Marx el valor que produce el trabajador por encima de su salario.", "plusvalía"),
    ],
)
def test_a_definition_attributed_to_an_author(body: str, expected: str) -> None:
    assert expected in answers(body)


@pytest.mark.parametrize(
    "body",
    [
        "Standardmäßig sind die Optionen, die du hinzufügen kannst, Bearbeitungsoptionen.",
        "Die Suche ist eine Erweiterung, die dir hilft, Daten in deinem Vault zu finden.",
    ],
)
def test_german_adverbs_and_the_reader_stay_silent(body: str) -> None:
    assert answers(body) == []


# --- a plural subject glossed by a bare plural, an acronym glossed after a colon ---------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Antibodies are Y-shaped proteins produced by B cells.", "Antibodies"),
        ("Enzymes are biological catalysts that speed up reactions in living cells.", "Enzymes"),
        ("Ribosomes are molecular machines that translate messenger RNA into protein.", "Ribosomes"),
        ("qSOFA is the bedside screen: RR ≥ 22, altered mentation, SBP ≤ 100.", "qSOFA"),
    ],
)
def test_plural_and_acronym_subjects(body: str, expected: str) -> None:
    assert expected in answers(body)


@pytest.mark.parametrize(
    "body",
    [
        "Meetings are things that drain everyone's energy by Friday.",
        "Python is the answer: it is simple and fast enough.",
        "Tickets are requests that you file through the portal.",
    ],
)
def test_vague_plurals_and_plain_names_stay_silent(body: str) -> None:
    assert answers(body) == []


# --- a term, the authors who named it in parentheses, then its gloss --------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Working memory (Baddeley & Hitch) — a limited system that holds information for a few seconds.", "Working memory"),
        ("Attention residue (Sophie Leroy): when you switch tasks, part of your attention stays on the first.", "Attention residue"),
        ("Prospect theory (Kahneman and Tversky, 1979): a model of how people choose between risky options.", "Prospect theory"),
    ],
)
def test_a_term_with_its_authors_then_a_gloss(body: str, expected: str) -> None:
    assert expected in answers(body)


def test_an_author_and_a_claim_stay_silent() -> None:
    assert answers("Kahneman (2011) argues that we rely on two systems of thought.") == []


# --- a term named by what stands around it: a closing dash, a unit, a technique's appositive ---


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("If the bell keeps ringing with no food, the response fades — extinction.", "extinction"),
        ("Prices keep rising across the whole economy for a long time — inflation.", "inflation"),
        ("Power is measured in watts; one watt is one joule per second.", "watts"),
        ("Electric current is measured in amperes.", "amperes"),
        (
            "The novel uses free indirect discourse, a technique in which the narrator takes on a character's idiom.",
            "free indirect discourse",
        ),
    ],
)
def test_a_term_named_by_what_stands_around_it(body: str, expected: str) -> None:
    assert expected in answers(body)


@pytest.mark.parametrize(
    "body",
    [
        "We went to the beach and swam all afternoon — great fun.",
        "This was a huge deal for the rest of Europe — monarchies panicked.",
        "`{% if price >= 100 %}` — numeric comparison",
    ],
)
def test_remarks_after_a_dash_stay_silent(body: str) -> None:
    assert answers(body) == []


# --- an abbreviation or a translation marks the term: what it does defines it -------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Batch norm (BN) normalises the activations of each mini-batch.", "Batch norm"),
        ("The subjunctive (*le subjonctif*) expresses doubt, wish, emotion or necessity.", "subjunctive"),
        (
            "La question prioritaire de constitutionnalité (QPC) permet à tout justiciable de contester une loi.",
            "question prioritaire de constitutionnalité",
        ),
        ("Entropy, roughly, counts the number of microstates compatible with a macrostate.", "Entropy"),
    ],
)
def test_a_marked_term_defined_by_what_it_does(body: str, expected: str) -> None:
    assert expected in answers(body)


def test_an_abbreviation_before_an_ordinary_verb_stays_silent() -> None:
    assert answers("The World Health Organization (WHO) said on Monday that cases were falling.") == []


# --- an emphasised term, a dash, then a clause that says what happens ---------------------------


def test_an_emphasised_term_glossed_by_a_clause_after_a_dash() -> None:
    assert "Anchoring" in answers("**Anchoring** — estimates drift toward an initial value, even an arbitrary one.")


@pytest.mark.parametrize(
    "body",
    [
        "**Tuesday** — went to the gym and then to the library with friends.",
        "**Status** — waiting for the review of the second draft.",
    ],
)
def test_remarks_after_an_emphasised_word_stay_silent(body: str) -> None:
    assert answers(body) == []


# --- "X, also known as Y, is the tendency to ...": the subject as well as its synonym -----------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Availability heuristic, also known as availability bias, is the tendency to overrate vivid events.", "Availability heuristic"),
        ("Availability heuristic, also known as *availability bias*, is the tendency to overrate vivid events.", "Availability heuristic"),
        ("Loss aversion, also called **the endowment asymmetry**, is the tendency to weigh losses more than gains.", "Loss aversion"),
        ("Learned helplessness is the failure to escape a situation after repeated exposure to it.", "Learned helplessness"),
    ],
)
def test_a_subject_with_its_synonym_or_a_disposition(body: str, expected: str) -> None:
    assert expected in answers(body)


def test_a_subject_and_its_emphasised_synonym_both_give_cards() -> None:
    got = answers("Availability heuristic, also known as *availability bias*, is the tendency to overrate vivid events.")
    assert "availability bias" in got and "Availability heuristic" in got


# --- an appositive pinned by "<preposition> which" names what the term is -----------------------


def test_an_appositive_pinned_by_a_preposition_and_which() -> None:
    body = "Steels show an endurance limit, a stress below which they seem to survive indefinitely."
    assert "endurance limit" in answers(body)


# --- plain subjects: conditions, "is when", "one of", gerunds, a field first, doctrines, laws ----


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("An allele is one of two or more versions of a gene.", "allele"),
        ("A monopoly exists when a single firm supplies the whole market.", "monopoly"),
        ("Herd immunity happens when enough of a population is immune that the disease stops spreading.", "Herd immunity"),
        ("Recursion occurs when a function calls itself on a smaller input.", "Recursion"),
        ("Sublimation is when a solid turns directly into a gas without becoming a liquid.", "Sublimation"),
        ("In psychology, cognitive dissonance is the discomfort felt when holding two conflicting beliefs.", "cognitive dissonance"),
        ("Tectonic plates are large slabs of the lithosphere that move over the asthenosphere.", "Tectonic plates"),
        ("Operant conditioning, developed by Skinner, is learning through rewards and punishments.", "Operant conditioning"),
        ("A hypothesis is a testable prediction about the relationship between variables.", "hypothesis"),
        ("Utilitarianism holds that the right action is the one that maximises overall happiness.", "Utilitarianism"),
        ("Ohm's law states that the current through a conductor is proportional to the voltage.", "Ohm's law"),
        ("Plate tectonics explains earthquakes, volcanoes and mountain building.", "Plate tectonics"),
    ],
)
def test_plain_subjects_in_the_shapes_of_real_notes(body: str, expected: str) -> None:
    assert expected in answers(body)


@pytest.mark.parametrize(
    "body",
    [
        "Alice says that the meeting moved to Thursday afternoon.",
        "Internal links are automatically updated when the destination file is moved.",
        "Comments are always fenced with exactly two percent characters.",
        "Python is one of the best languages for quick scripts.",
    ],
)
def test_plain_statements_stay_silent(body: str) -> None:
    assert answers(body) == []


# --- plain names given by a naming verb, in English and other languages ------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The tendency to overvalue what one owns is known as the endowment effect.", "endowment effect"),
        ("Economists call this situation a liquidity trap.", "liquidity trap"),
        ("The phenomenon, dubbed the Streisand effect, occurs when hiding information draws attention to it.", "Streisand effect"),
        ("Richard Dawkins coined the term meme in 1976.", "meme"),
        ("Such a fallacy is often referred to as a straw man.", "straw man"),
        ("This process is termed apoptosis.", "apoptosis"),
        ("On appelle photosynthèse le processus par lequel les plantes fabriquent leur matière organique.", "photosynthèse"),
        ("Se llama ósmosis al paso de agua a través de una membrana semipermeable.", "ósmosis"),
        ("Dieses Phänomen wird Treibhauseffekt genannt.", "Treibhauseffekt"),
    ],
)
def test_a_plain_term_named_by_a_naming_verb(body: str, expected: str) -> None:
    assert expected in answers(body)


@pytest.mark.parametrize(
    "body",
    [
        "Instead of complicated, we would call that a labor of love.",
        "My brother calls it a waste of time.",
        "You can call this function a helper.",
    ],
)
def test_manners_of_speaking_stay_silent(body: str) -> None:
    assert answers(body) == []


# --- copulas of other languages: German prepositional relatives, Romance participles, Dutch -----


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Die Photosynthese ist der Prozess, bei dem Pflanzen Lichtenergie in chemische Energie umwandeln.", "Photosynthese"),
        ("Il feudalesimo è un sistema politico ed economico basato sul rapporto tra signore e vassallo.", "feudalesimo"),
        ("Een reguliere expressie is een reeks tekens die een tekstpatroon beschrijven.", "reguliere expressie"),
        ("Photosynthesis is how plants turn light into sugar.", "Photosynthesis"),
    ],
)
def test_copulas_of_other_languages(body: str, expected: str) -> None:
    assert expected in answers(body)


@pytest.mark.parametrize(
    "body",
    [
        "Hieronder is een voorbeeld van een tabelweergave waarin elke rij een bestand is.",
        "Een zoekterm is het woord of de zin die je invoert in het zoekveld.",
        "De pago significa que la entrada solo es accesible mediante pago.",
        "Il est un homme qui aime les livres anciens.",
    ],
)
def test_adverbs_prepositions_and_the_reader_in_other_languages_stay_silent(body: str) -> None:
    assert answers(body) == []


# --- Japanese, Chinese and Korean topic markers of a definition ---------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("光合成とは、植物が光エネルギーを使って二酸化炭素と水から糖を作る働きである。", "光合成"),
        ("熵是指系统的混乱程度。", "熵"),
        ("광합성이란 식물이 빛 에너지를 이용해 포도당을 만드는 과정이다.", "광합성"),
        # The term's reading in brackets between the term and its marker.
        ("蒸散（じょうさん）とは、植物の葉から水が水蒸気として出ていく現象である。", "蒸散"),
    ],
)
def test_cjk_topic_markers_of_a_definition(body: str, expected: str) -> None:
    assert expected in answers(body)


def test_a_year_in_full_width_brackets_stays_beside_the_headings_term() -> None:
    """"## 版籍奉還（1869）": the year is no part of the term, as "## Treaty of Versailles (1919)"."""
    note = (
        "# 江戸時代の改革\n\n## 享保の改革（1716）\n徳川吉宗が行った、幕府の財政を立て直すための改革。\n\n"
        "## 寛政の改革（1787）\n松平定信が行った、倹約と農村の復興を進めた改革。\n\n"
        "## 天保の改革（1841）\n水野忠邦が行った、物価を下げるために株仲間を解散させた改革。\n"
    )
    cards = extract_note(note, "日本史/江戸時代の改革.md").candidates
    assert [c.answers for c in cards] == [("享保の改革",), ("寛政の改革",), ("天保の改革",)]
    assert cards[0].text.startswith("{{c1::享保の改革}}（1716）")


@pytest.mark.parametrize(
    "body",
    [
        "今考えていることは、まず記録を残すことだ。",  # "the thing I am thinking is ...": こと split
        "それがないということは、設定が違うのだろう。",
        "它们是一种很方便的方法，可以节省时间。",  # a pronoun subject
        "而列表也是一个常用的结构，但更慢。",  # a conjunction and an adverb around the subject
    ],
)
def test_cjk_clauses_before_a_topic_marker_are_no_terms(body: str) -> None:
    assert answers(body) == []


def test_a_cjk_sentence_without_a_definition_marker_stays_silent() -> None:
    assert answers("今日は雨だったので、家で本を読んだ。") == []


# --- a kind defined by its difference from a neighbour ------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A livelock is similar, except the processes keep changing state without making progress.", "livelock"),
        ("A semaphore is like a mutex but allows several threads in at once.", "semaphore"),
    ],
)
def test_a_kind_defined_by_its_difference(body: str, expected: str) -> None:
    assert expected in answers(body)


def test_a_comparison_in_a_diary_stays_silent() -> None:
    assert answers("A day like this is rare, but we enjoyed it.") == []


def test_a_term_defined_by_what_it_does_may_name_the_us_in_capitals() -> None:
    """"US" is the country, not the reader: the card still comes; "us" the pronoun stops it."""
    note = "# Trade\n\nProtectionism protects {} from foreign competition through tariffs and quotas.\n"
    cards = extract_note(note.format("US steel makers"), "Trade.md").candidates
    assert [(c.text, c.answers, c.rule) for c in cards] == [(
        "{{c1::Protectionism}} protects US steel makers from foreign competition through tariffs and quotas.",
        ("Protectionism",), "term_is",
    )]
    assert extract_note(note.format("us, they say,"), "Trade.md").candidates == ()


def test_a_unit_named_around_it_in_a_sentence_that_also_says_called() -> None:
    """A "called" elsewhere in the sentence no longer hides the unit the sentence names."""
    cards = extract_note("# Physics\n\nElectric current is measured in amperes, often called amps.\n", "Physics.md").candidates
    assert [(c.text, c.answers, c.rule) for c in cards] == [
        ("Electric current is measured in {{c1::amperes}}, often called amps.", ("amperes",), "term_is")
    ]


def test_a_term_said_to_be_any_member_of_a_kind_is_defined() -> None:
    # "X is any Y ...": every member of the kind is one, a definition as "X is a Y ..." is.
    assert answers("A quorum is any subset of nodes large enough that two quorums always overlap.") == ["quorum"]
    # "any day", "any time": no kind (review finding).
    assert answers("Lunch is any day at the canteen that serves the vegetarian curry.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The key idea is a prefix code: no codeword is the beginning of another codeword.", ["prefix code"]),
        ("End products are melanoidins: large brown polymers responsible for colour and body.", ["melanoidins"]),
        ("Its characteristic flaw is recoil: after a tooth drops onto a pallet, the wheel is pushed back.", ["recoil"]),
        # An empty word, an adjective, an adverb or steps name nothing.
        ("The problem is time: we never have enough of it before the exam.", []),
        ("The result is obvious: nobody came to the party at all.", []),
        ("The cure is mostly information sharing: give upstream tiers the sales data.", []),
        ("The fix is simple: restart the router and wait a minute.", []),
        # A match report, a judgement, a name (review findings).
        ("The result is a draw: both teams scored twice in the last ten minutes.", []),
        ("The evidence is weak: only two studies, both small and unblinded.", []),
        ("The move is risky: you give up the centre for a long time.", []),
        ("The main tool is Excel: every budget lives there in one big sheet.", []),
    ],
)
def test_a_thing_named_for_the_role_it_plays_then_spelled_out_after_a_colon(body: str, expected: list[str]) -> None:
    assert answers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A participle and where it goes, or a place, then what pins the head down.
        ("A decoder is the small circuit board fitted inside each loco that reads the commands sent to it.", ["decoder"]),
        ("A FARP is a temporary site near the fight where helicopters land to rearm.", ["FARP"]),
    ],
)
def test_a_head_pinned_after_a_participle_and_its_place(body: str, expected: list[str]) -> None:
    assert answers(body) == expected


def test_a_reader_addressed_in_a_bracketed_aside_is_anyone() -> None:
    body = "Bleed-through is when the ink soaks right through to the back of the sheet (you can have one without the other)."
    assert answers(body) == ["Bleed-through"]
    # Addressed in the sentence itself, the reader is told what to do: no definition.
    assert answers("Bleed-through is when you press too hard and the ink soaks through the sheet.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The aperture — the small opening between the lips — controls the size of the air stream.", ["aperture"]),
        ("The packaging capacity — the largest insert the capsid can hold — is only about 4.7 kb.", ["packaging capacity"]),
        # An aside about a particular one, or the writer's own people, defines nothing.
        ("The meeting — the one on Friday — was cancelled again.", []),
        ("The station — a place I know well from my commute — is closed today.", []),
    ],
)
def test_a_subject_an_aside_between_dashes_defines(body: str, expected: list[str]) -> None:
    assert answers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A plural subject with its article names a common noun; an aside may close the sentence.
        ('The compartments themselves are called cloisons (French for "partitions").', ["cloisons"]),
        ("The compartments are called cloisons.", ["cloisons"]),
        # A singular subject too: "The rotation is called retrogradatio cruciata."
        ("The rotation is called retrogradatio cruciata.", ["retrogradatio cruciata"]),
        ("The cat is called Whiskers.", []),
        # Names of pets and a phrasal verb name no term.
        ("The dogs are called Rex and Max.", []),
        ("The kids are called in for dinner.", []),
    ],
)
def test_a_plural_subject_called_by_a_common_noun(body: str, expected: list[str]) -> None:
    assert answers(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A kind with a hyphenated modifier, or a plural after a preposition, then "called".
        ("The AV team usually works from a stripped-down version called a cue sheet, which lists the cues.", ["cue sheet"]),
        ("The net hangs in horizontal sections called shelves, separated by taut shelf strings.", ["shelves"]),
        # A file or a dog is called by a label, not a term.
        ("I keep them in a plain-text file called notes, next to the code.", []),
    ],
)
def test_a_kind_then_called_names_a_term_mid_sentence(body: str, expected: list[str]) -> None:
    assert answers(body) == expected


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Hanse", "Die Hanse war ein Bund von Kaufleuten und Städten an Nord- und Ostsee."),
        ("Fronde", "La Fronde fut une révolte des parlements et des nobles contre la régence."),
        ("Reconquista", "La Reconquista fue el proceso por el que los reinos cristianos recuperaron la península."),
        ("Risorgimento", "Il Risorgimento fu il periodo in cui l'Italia raggiunse l'unità nazionale."),
    ],
)
def test_history_defines_its_title_in_the_past_in_other_languages(title: str, body: str) -> None:
    """"Die Hanse war ein Bund ...": as "The Marshall Plan was an American programme ..."."""
    assert [a for c in extract_note(f"# {title}\n\n{body}\n", f"History/{title}.md").candidates for a in c.answers] == [title]
