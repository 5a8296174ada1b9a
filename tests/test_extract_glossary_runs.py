"""A glossary written as a run of lines: once the run reads as a glossary, its other lines of the
same shape are entries too (abbreviations, capitalised glosses, any separator a lecture mixes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from srs.core.extract import extract_note


def cards(text: str, path: str = "Notes/Note.md") -> dict[str, str]:
    return {c.answers[0]: c.text for c in extract_note(text, path).candidates}


def test_an_abbreviation_list_keeps_its_shortest_entries() -> None:
    note = "# Crochet abbreviations\n\nsc:: single crochet, the shortest basic stitch\ndc:: double crochet\nsl st:: slip stitch, joins rounds\nch:: chain\n"
    found = cards(note)
    assert set(found) == {"sc", "dc", "sl st", "ch"}
    assert found["ch"] == "{{c1::ch}}:: chain"


def test_a_lecture_list_mixing_separators_is_read_whole() -> None:
    note = (
        "# Genetics L4\n\n"
        "- allele – a version of a gene at one locus, inherited from one parent\n"
        "- genotype: the pair of alleles an individual carries\n"
        "- phenotype = what you actually observe, e.g. eye colour\n"
        "- homozygous → both alleles the same\n"
    )
    assert {"allele", "genotype", "phenotype", "homozygous"} <= set(cards(note))


def test_an_arrow_typed_in_ascii_separates_a_lecture_entry_like_any_other() -> None:
    # "Ketamine -> ..." beside "Propofol: ..." and "thiopental — ...": before, only "→" counted.
    note = (
        "# Induction agents\n\n"
        "- Propofol: IV hypnotic in lipid emulsion, fast clean wake-up\n"
        "- Ketamine -> NMDA antagonist, keeps airway reflexes and blood pressure\n"
        "- thiopental — barbiturate, the classic rapid sequence drug\n"
        "- etomidate: stable circulation, but adrenal suppression\n"
    )
    found = cards(note)
    assert {"Propofol", "Ketamine", "thiopental", "etomidate"} <= set(found)
    assert found["Ketamine"] == "{{c1::Ketamine}} -> NMDA antagonist, keeps airway reflexes and blood pressure"


def test_a_run_of_ascii_arrow_consequences_stays_silent() -> None:
    note = "# Why rates matter\n\n- rates up -> bond prices down\n- rates down -> refinancing wave\n- inflation up -> rates up\n"
    assert cards(note) == {}


def test_an_article_before_a_run_entry_stays_visible() -> None:
    # "die Heimat – Zuhause, Herkunft" is read only as a line of this glossary run.
    note = "- die Sehnsucht – longing, yearning\n- das Fernweh – longing for faraway places\n- die Heimat – Zuhause, Herkunft\n- **Gemütlichkeit**: a warm, cosy feeling of belonging\n"
    found = cards(note)
    assert "Heimat" in found and found["Heimat"].startswith("die {{c1::Heimat}}")


def test_labels_questions_and_logs_in_a_glossary_run_give_nothing() -> None:
    note = (
        "- **Reliabilism**: a belief is justified when a reliable process produced it\n"
        "- **Coherentism**: justification comes from fit with a whole system of beliefs\n"
        "- recap: knowledge as justified true belief\n"
        "- seminar q: does reliabilism collapse into externalism?\n"
        "- reading: roughly 40 pages for next week\n"
    )
    assert set(cards(note)) == {"Reliabilism", "Coherentism"}


def test_a_question_and_answer_deck_is_not_read_as_a_glossary() -> None:
    note = "Capital of Peru :: Lima\nLongest river in Asia :: the Yangtze\n**Osmosis** :: diffusion of water across a membrane\n"
    assert "Capital of Peru" not in cards(note) and "Longest river in Asia" not in cards(note)


def test_option_lists_in_software_documentation_stay_silent() -> None:
    note = (
        "Open **Settings** and choose what each option does:\n\n"
        "- Show line numbers: shows line numbers in the editor\n"
        "- Fold headings: lets you fold headings\n"
        "- Spellcheck: turns spellcheck on\n"
    )
    assert cards(note) == {}


def test_a_list_with_no_sure_entry_stays_silent() -> None:
    note = "- Monday: gym and groceries\n- Tuesday: call the bank\n- Wednesday: dentist at 10\n"
    assert cards(note) == {}


def test_a_romanised_reading_stays_beside_the_hidden_word() -> None:
    note = "- 本 běn — bound things: books, magazines\n- 张 zhāng — flat things: paper, tables, tickets\n- 条 tiáo — long, thin, bendy things: rivers, roads\n"
    found = cards(note)
    assert set(found) == {"本", "张", "条"}
    assert found["张"].startswith("{{c1::张}} zhāng")


def test_characters_after_a_romanised_name_stay_beside_it() -> None:
    note = (
        "# Five Constants\n\n| Term | Meaning |\n|---|---|\n"
        "| Ren 仁 | humaneness, benevolence; the core virtue |\n| Yi 義 | righteousness; doing what is fitting |\n"
        "| Li 禮 | ritual propriety; the rites that give shape to relationships |\n"
    )
    found = cards(note)
    assert set(found) == {"Ren", "Yi", "Li"}
    assert found["Ren"].startswith("{{c1::Ren}} 仁")


def test_an_acronym_before_a_korean_noun_is_kept_whole() -> None:
    """"MLE 공정" is the MLE process: the Korean word is part of the term, not its characters."""
    note = "# 질소 제거\n\n- MLE 공정 = 무산소조 → 호기조 순서, 질산화액을 내부반송해서 탈질.\n- A2O 공정 = 혐기조 → 무산소조 → 호기조, 인 제거까지.\n- SBR 공정 = 한 반응조에서 시간 순서로 처리하는 방식.\n"
    assert set(cards(note)) == {"MLE 공정", "A2O 공정", "SBR 공정"}


def test_a_quantitys_notation_stays_beside_its_name() -> None:
    note = (
        "# Info theory lecture 3\n\n"
        "- conditional entropy H(Y|X): avg uncertainty left in Y once X is known\n"
        "- mutual information I(X;Y): H(X) − H(X|Y)\n"
        "- KL divergence D(p‖q): Σ p log(p/q), not symmetric\n"
    )
    found = cards(note)
    assert set(found) == {"conditional entropy", "mutual information", "KL divergence"}
    assert found["mutual information"].startswith("{{c1::mutual information}} I(X;Y):")


def test_two_terms_set_against_each_other_are_no_entry() -> None:
    note = (
        "- **Latency vs throughput**: two different measures of how fast a system is\n"
        "- **Bandwidth**: the maximum rate of data transfer across a path\n"
        "- **Jitter**: the variation in latency between packets\n"
    )
    assert set(cards(note)) == {"Bandwidth", "Jitter"}


def test_a_glossary_flattened_onto_one_line_is_read_entry_by_entry() -> None:
    # The entries that open with a verb ("renews ...") or follow the line's label ("Leases: ...")
    # are read only because the line is a run of entries.
    note = (
        "Leases recap: Fixed term – lease for a set period, ends by itself with no notice needed. "
        "Rolling tenancy – renews for successive periods until proper notice is given. "
        "Holdover tenancy – a tenant who stays on after the lease ends without consent. "
        "Ground lease – a long lease of bare land on which the tenant builds.\n"
    )
    found = cards(note)
    assert {"Fixed term", "Rolling tenancy", "Holdover tenancy", "Ground lease"} <= set(found)
    assert found["Fixed term"].startswith("{{c1::Fixed term}} – lease for a set period")
    assert "Leases recap" not in found


def test_a_line_that_lists_members_is_no_entry_of_a_flattened_glossary() -> None:
    note = (
        "Rotation = growing different crops in sequence on one field so pests do not build up. "
        "Classic four-course: wheat, turnips, barley, clover. "
        "Cover crop = a crop grown mainly to protect and feed the soil, not for harvest. "
        "Green manure = a cover crop dug into the soil while still green.\n"
    )
    found = cards(note)
    assert "Classic four-course" not in found and "Cover crop" in found


def test_sub_items_do_not_break_a_glossary_run() -> None:
    note = (
        "# Admiralty L2\n\n"
        "- maritime lien — a claim that travels with the ship even after a sale, ranks above mortgages.\n"
        "  - arises for salvage, crew wages, collision damage\n"
        "- Salvage = voluntary service that saves maritime property in danger\n"
        "  - no cure, no pay\n"
        "- flag state: the state where the ship is registered. Flags of convenience → Panama, Liberia.\n"
    )
    assert "flag state" in cards(note)


def test_three_entries_no_rule_was_sure_of_vouch_for_a_lecture_list() -> None:
    note = (
        "# Lecture 3 – propagation\n\n"
        "- recap: sound = longitudinal pressure wave, needs a medium\n"
        "- speed in air ≈ 343 m/s at 20 °C, up ~0.6 m/s per °C\n"
        "- **sound pressure level (SPL)** → log measure of pressure against 20 µPa\n"
        "    - threshold of hearing ≈ 0 dB\n"
        "- inverse square law: intensity drops with 1/r² from a point source, i.e. −6 dB per doubling\n"
        "    - only in a free field!!\n"
        "- acoustic impedance - ratio of sound pressure to particle velocity; a big mismatch = most energy reflected\n"
        "- Doppler effect = shift in perceived frequency when source and listener move relative to each other\n"
        "    - ambulance example\n"
        "- absorption by air - only matters at high freqs / long distances\n"
    )
    assert {"inverse square law", "acoustic impedance", "absorption by air", "Doppler effect"} <= set(cards(note))


def test_a_manuals_capitalised_menu_in_another_language_gets_no_run() -> None:
    note = (
        "## Acciones\n\n"
        "- Abrir Obsidian — Iniciar la aplicación en el teléfono\n"
        "- Nueva nota — Crear una nota nueva en la bóveda\n"
        "- Buscar — Ejecutar una búsqueda en la bóveda\n"
        "- Nota diaria — Abrir la nota del día de hoy\n"
    )
    assert not [c for c in extract_note(note, "Ayuda/Android.md").candidates if c.rule == "glossary_run"]


def test_emphasis_in_a_gloss_and_values_after_a_label() -> None:
    note = (
        "## Multi-qubit\n\n"
        "- CNOT (controlled-NOT): flips the target qubit iff the control qubit is 1\n"
        "- Toffoli gate: controlled-controlled-NOT, flips the target only when *both* controls are 1\n"
        "- SWAP gate: exchanges the states of two qubits, three CNOTs in a row\n"
    )
    assert set(cards(note)) == {"CNOT", "Toffoli gate", "SWAP gate"}
    wiring = (
        "- ampacity: max current a cable can carry continuously without overheating\n"
        "- derating — reducing the allowed current when cables are bundled or insulated\n"
        "- voltage drop — loss of voltage along a conductor, grows with length and current\n"
        "- cable sizes: 1.5 lighting, 2.5 sockets, 6/10 cooker or shower\n"
    )
    assert "cable sizes" not in cards(wiring)


def test_an_outlines_bold_terms_vouch_for_its_run() -> None:
    note = (
        "II. Justiciability\n"
        "   A. **Standing** — P must show injury in fact, causation and redressability (Lujan)\n"
        "   B. **Ripeness** — claim not brought too early; harm must be real and imminent\n"
        "   C. **Mootness** — a live controversy must exist at every stage of the case\n"
        "   D. Political question doctrine — issues committed to the political branches (Baker v. Carr)\n"
    )
    assert {"Standing", "Ripeness", "Mootness", "Political question doctrine"} <= set(cards(note))


def test_a_manuals_bold_labels_and_a_journals_days_are_no_run() -> None:
    manual = (
        "- **Sense valor**: recompte de files sense valor.\n- **Amb valor**: recompte de files amb un valor.\n"
        "- **Única**: nombre de valors diferents.\n- **Mitjana**: la mitjana dels valors.\n"
    )
    assert not [c for c in extract_note(manual, "Ajuda/Taula.md").candidates if c.rule == "glossary_run"]
    journal = "- **7th** — sowed tomatoes on the windowsill\n- **12th** — slugs got half the lettuce\n- **19th** — cut the lawn, mower needs a new blade\n"
    assert extract_note(journal, "Garden/April.md").candidates == ()


def test_a_lectures_label_word_in_a_glossary_run_is_no_entry() -> None:
    note = (
        "# Regression\n\n"
        "* residual: observed y minus fitted y\n"
        "* multicollinearity = predictors strongly correlated with each other → unstable coefficients\n"
        "* heteroscedasticity: residual spread changes with x (funnel shape in the residual plot)\n"
        "* check: Q-Q plot for normality of residuals\n\n"
        "lab on Thursday, bring laptop\n"
    )
    found = cards(note)
    assert "residual" in found and "heteroscedasticity" in found and "check" not in found


def test_an_abbreviation_does_not_end_an_entry_of_a_flattened_glossary() -> None:
    note = (
        "Con law terms: Enumerated powers: the powers expressly given to Congress in Art. I §8 of the Constitution."
        " Commerce Clause: the power of Congress to regulate trade among the states."
        " Supremacy Clause: the rule that federal law wins over conflicting state law."
        " Police power: the general power of a state to make laws for health and safety.\n"
    )
    found = cards(note)
    assert found["Enumerated powers"].endswith("in Art. I §8 of the Constitution.")
    assert set(found) == {"Enumerated powers", "Commerce Clause", "Supremacy Clause", "Police power"}


def test_a_pointer_to_another_entry_is_no_gloss() -> None:
    note = (
        "# Blockchain glossary\n\n"
        "- **Nonce** — a number miners vary until the block hash meets the target\n"
        "- **Gas** — the fee paid for the computation a transaction needs\n"
        "- **Mempool** — see Mempool\n"
        "- **Fork** — a split of the chain into two histories\n"
    )
    assert "Mempool" not in cards(note) and {"Nonce", "Gas", "Fork"} <= set(cards(note))


def test_a_quantitys_symbol_stays_beside_the_hidden_name() -> None:
    note = "# Geoid\n\nIntro.\n\nGeoid undulation $N$: the height of the geoid above or below the reference ellipsoid at a point.\n"
    assert cards(note) == {
        "Geoid undulation": "{{c1::Geoid undulation}} $N$: the height of the geoid above or below the reference ellipsoid at a point."
    }


def test_a_plain_symbol_stays_beside_the_hidden_name() -> None:
    note = (
        "# Heat exchangers\n\nIntro.\n\n- effectiveness ε: actual heat transferred over the largest heat transfer possible\n"
        "- internal energy U: all the microscopic energy held in the system\n- vitamin A: a fat-soluble vitamin stored in the liver\n"
        "- dispersity Đ: the ratio of the weight-average to the number-average molar mass\n"
        "- blood group O: red cells that carry neither the A nor the B antigen\n"
    )
    assert cards(note) == {
        "effectiveness": "{{c1::effectiveness}} ε: actual heat transferred over the largest heat transfer possible",
        "internal energy": "{{c1::internal energy}} U: all the microscopic energy held in the system",
        "vitamin A": "{{c1::vitamin A}}: a fat-soluble vitamin stored in the liver",
        "dispersity": "{{c1::dispersity}} Đ: the ratio of the weight-average to the number-average molar mass",
        "blood group O": "{{c1::blood group O}}: red cells that carry neither the A nor the B antigen",
    }


def test_a_letter_standing_for_a_long_words_quantity_stays_beside_it() -> None:
    note = (
        "# Orbits lecture\n\nIntro.\n\n- eccentricity e = how stretched the ellipse is: 0 = circle\n"
        "- inclination i = angle between the orbital plane and the equatorial plane\n"
        "- magnification M: focal length of the objective over that of the eyepiece\n"
        "- intrusive R: an r sound inserted between vowels with no r in the spelling\n"
    )
    assert cards(note) == {
        "eccentricity": "{{c1::eccentricity}} e: how stretched the ellipse is: 0 = circle",
        "inclination": "{{c1::inclination}} i: angle between the orbital plane and the equatorial plane",
        "magnification": "{{c1::magnification}} M: focal length of the objective over that of the eyepiece",
        # (A capital after a shorter word is part of a name.)
        "intrusive R": "{{c1::intrusive R}}: an r sound inserted between vowels with no r in the spelling",
    }


def test_a_primed_symbol_stays_beside_the_hidden_name() -> None:
    note = (
        "# Rheology lecture 5\n\nIntro.\n\n- storage modulus G′ = elastic part, energy stored per cycle\n"
        "- loss modulus G″ = viscous part, energy lost as heat\n"
    )
    got = cards(note)
    assert set(got) == {"storage modulus", "loss modulus"}
    assert got["storage modulus"].startswith("{{c1::storage modulus}} G′")


def test_items_run_together_on_one_line_after_a_title_are_read_entry_by_entry() -> None:
    # A phone's copy of a list: the items' dashes ("-", "--") stand inside one long line, one
    # entry's term followed by an aside in brackets.
    note = (
        "reading rivers wk3 (pool session, Thu) - **eddy**: calm water behind a rock where the current "
        "turns back upstream, a place to rest - **pillow** (aka cushion): water piling up on the upstream "
        "face of a rock, shows the rock is close - **boil**: water welling up from below, pushes the boat around "
        "- next week lake session, bring a spare paddle #canoe\n"
    )
    assert {"eddy", "pillow", "boil"} <= set(cards(note))
    note = (
        "grading vs adapting (skills lab 2, 3/4) -- Grading: changing the demands of an activity step by step, "
        "up or down, as the client improves (heavier putty, fewer cues). -- Adaptation: changing the task, the tools "
        "or the room so the person can do it despite a lasting limitation (built-up handle, reacher).\n"
    )
    assert {"Grading", "Adaptation"} <= set(cards(note))


def test_an_entry_line_later_in_a_note_that_lost_its_newlines_is_read() -> None:
    note = (
        "Enzymes are proteins that speed up reactions without being used up. **Substrate**: the molecule an "
        "enzyme acts on, held in its active site. Most enzymes work best in a narrow range of pH and temperature, "
        "and lose their shape when heated too far.\n"
    )
    assert "Substrate" in cards(note)


def test_items_run_together_with_double_dashes_keep_each_term_with_its_gloss() -> None:
    note = (
        "Rhetoric, week 2: notes from the seminar on figures of speech and how to spot them. **Anaphora** -- "
        "repetition of a word at the start of successive clauses. -- **Chiasmus** -- two phrases whose parts are "
        "reversed in the second. -- **Litotes** -- understatement by denying the opposite of what is meant.\n"
    )
    found = cards(note)
    assert set(found) == {"Anaphora", "Chiasmus", "Litotes"}
    assert all("--" not in text for text in found.values())


def test_dashes_around_a_bold_word_in_prose_on_one_line_are_no_list() -> None:
    note = (
        "Thermo revision for the problem sheet. The quantity that always grows in an isolated system - **entropy** - "
        "came up in every past paper, and its partner for heat at constant pressure - **enthalpy** - was in most of "
        "them too, so learn both properly before the exam.\n"
    )
    assert not any("came up in every past paper" in text and text.startswith("{{c1::entropy}}") for text in cards(note).values())


def test_labels_and_paired_terms_in_a_bold_glossary_give_no_card() -> None:
    note = (
        "# Social identity theory\n\nSome intro.\n\n"
        "**Ingroup**: the group a person sees themselves as part of, with its norms\n\n"
        "**Outgroup**: any group a person does not belong to and compares theirs with\n\n"
        "**Critique**: the self-esteem idea has weak support in later studies\n\n"
        "**Main claim**: people take part of their self-esteem from the groups they belong to\n\n"
        "**opinion / belief**: verbs that take the subjunctive after them, such as penso and credo\n"
    )
    assert set(cards(note)) == {"Ingroup", "Outgroup"}


SWORD_GUARDS = """# Parts of a katana

## Types of fittings

### On the blade
- **Habaki** — the copper collar that locks the blade into the scabbard mouth
- **Seppa** — thin spacers either side of the guard, taking up any play

### On the hilt
- **Tsuka-ito** — braided silk, wrapped on the handle over ray skin
- **Menuki** — small ornaments under the wrap, placed for the palm's grip
"""


def test_a_glossary_split_by_headings_of_kinds_is_one_run() -> None:
    """Two entries under each of two sibling sections of "Types of fittings": one glossary, so the
    entries the line rules leave ("Tsuka-ito" opens with a participle) are its entries too."""
    got = list(cards(SWORD_GUARDS, "Swords/Parts of a katana.md"))
    assert set(got) >= {"Habaki", "Seppa", "Tsuka-ito", "Menuki"}


def test_a_lectures_sections_keep_their_lists_apart() -> None:
    """Sections of a workshop day are topics: their lists are no one glossary, and an entry the
    line rules leave stays left."""
    note = SWORD_GUARDS.replace("# Parts of a katana", "# Workshop day 2").replace("## Types of fittings", "## Sessions")
    note = note.replace("### On the blade", "### Morning").replace("### On the hilt", "### Afternoon")
    assert "Tsuka-ito" not in cards(note, "Swords/Workshop day 2.md")


HANDBELL_GLOSSARY = """# Handbell glossary

- **Shake** — bell held up and shaken quickly so the clapper strikes both sides
- **Echo** — ring normally, then touch the lip to the pad and lift away at once
- **Martellato** — strike the casting flat on the padded table for a sharp, dry note
- **Singing bell** — run a mallet slowly round the outside of the rim like a singing bowl
- **Thumb damp** — thumb rests on the casting while ringing so the note comes out short
"""


def test_a_glossarys_long_glosses_may_share_words_with_their_terms() -> None:
    """Under a title that names a glossary, glosses of eight words or more explain even where they
    say their term's word again ("shaken", "singing bowl", "thumb rests"): the run is a glossary, and
    the entry no line rule reads ("run a mallet ..." opens like a step) is its entry too."""
    assert "Singing bell" in cards(HANDBELL_GLOSSARY, "Music/Handbell glossary.md")


def test_a_manuals_options_that_name_themselves_stay_out_under_any_title() -> None:
    """Short glosses that say their label again are a manual's options, glossary title or not."""
    note = (
        "# Filter glossary\n\n"
        "- **Filter** — filter the files shown\n- **Sort** — sort the files shown\n"
        "- **Group** — group the files shown\n- **Limit** — limit the files shown\n"
    )
    assert not set(cards(note, "Help/Filter glossary.md")) & {"Sort", "Group", "Limit"}


KNIFE_CUTS = """# Woodcarving class 3 - knife cuts

- always cut away from the body unless braced
- push cut → thumb of the other hand pushes on the back of the blade, small precise cuts
- paring cut → blade drawn toward the thumb like peeling a potato
- stop cut → a cut across the grain that limits how far the next cut can run
- chest lever = both hands hold work and knife, cut made by opening the chest
"""


def test_a_lectures_run_of_arrow_entries_is_a_glossary() -> None:
    """Three "term → gloss" lines in a list whose lines are mostly entries: each is a card, though
    no rule carded any of them alone."""
    got = cards(KNIFE_CUTS, "Carving/Woodcarving class 3 - knife cuts.md")
    assert {"push cut", "paring cut", "stop cut"} <= set(got)
    assert got["stop cut"] == "{{c1::stop cut}} → a cut across the grain that limits how far the next cut can run"


@pytest.mark.parametrize(
    "lines",
    [
        # Conditions and their consequences, not terms and their glosses.
        "- too much heat → halo around the lines\n- low humidity → wood cracks, joints open\n- more pressure → deeper marks, less control\n",
        # A chain of consequences.
        "- heat → moisture leaves → wood darkens\n- sap → bubbles → spots\n- resin → smoke → soot on the tip\n",
        # Only two arrow entries.
        "- push cut → thumb pushes hard, small cuts\n- paring cut → blade drawn toward thumb, like peeling\n- practise on scrap first\n",
        # Links: a map of content, not a glossary.
        "- Baroque → [[Ballet de cour]]\n- Romantic → [[Giselle]], [[La Sylphide]]\n- Modern → [[Martha Graham]]\n",
    ],
)
def test_arrow_lines_that_gloss_nothing_are_no_glossary(lines: str) -> None:
    assert cards(f"# Class 4\n\n{lines}", "Carving/Class 4.md") == {}


def test_a_paragraphs_arrow_lines_pointing_to_notes_are_no_glossary() -> None:
    note = "# Dance history\n\nPeriods:\nBaroque → [[Ballet de cour]]\nRomantic → [[Giselle]], [[La Sylphide]]\nModern → [[Martha Graham]]\n"
    assert cards(note, "Dance/Dance history.md") == {}


def test_a_formulas_symbols_named_in_bold_hide_their_names() -> None:
    """"- A = **eddy diffusion**: ..." glosses the symbol of a formula by its name: the name is the
    term; an abbreviation ("DNF = **did not finish**") keeps its own card."""
    note = (
        "# Plate height\n\n$$H = A + B/u + C u$$\n\n"
        "- A = **eddy diffusion**: molecules take different paths through the packing\n"
        "- B/u = **longitudinal diffusion** along the column, matters at low flow\n"
        "- C·u = **mass transfer** resistance between the phases, matters at high flow\n"
    )
    got = cards(note, "Chemistry/Plate height.md")
    assert set(got) == {"eddy diffusion", "longitudinal diffusion", "mass transfer"}
    assert got["eddy diffusion"] == "A: {{c1::eddy diffusion}}: molecules take different paths through the packing"


def test_a_lectures_arrows_and_equals_make_one_glossary_and_its_other_entries_stay() -> None:
    """Two arrows and a line glossed after "=" in one list are a lecture's glossary, though no
    rule cards any of them alone; the run is then read on as any other, so a line no rule cards
    ("kihon - ...") becomes its entry too."""
    note = (
        "# Calendar lecture\n\n"
        "- solar count → 365-day farming year of 18 months\n"
        "- ritual count → 260-day cycle, 20 signs × 13 numbers\n"
        "- wobble error = small repeating wobble from the worm gear, period = one worm turn\n"
        "- kappo - counter cooking, the chef serves each dish across the counter\n"
        "- see the wall chart → it shows both counts side by side\n"
    )
    got = set(cards(note, "History/Calendar lecture.md"))
    assert got == {"solar count", "ritual count", "wobble error", "kappo"}
    # "kihon" no line rule cards: only the run, read on after its arrow entries, makes it an entry.
    note = (
        "# Karate lecture 3\n\n- tori → the one who carries out the technique\n- uke → the one who receives it and falls\n"
        "- zanshin → a calm alertness kept after the technique ends\n- kihon - basic forms, roles fixed, drilled slowly & precisely\n"
    )
    assert set(cards(note, "Karate/Karate lecture 3.md")) == {"tori", "uke", "zanshin", "kihon"}


def test_a_lectures_arrows_typed_in_ascii_are_read_as_arrows() -> None:
    note = (
        "# Shading lecture\n\n- stippling -> dots, density of dots = tone\n- hatching -> parallel lines, closer lines read darker\n"
        "- cross-hatching -> layers of hatching at angles\n"
    )
    assert set(cards(note, "Art/Shading lecture.md")) == {"stippling", "hatching", "cross-hatching"}
    assert cards(note, "Art/Shading lecture.md")["hatching"] == "{{c1::hatching}} -> parallel lines, closer lines read darker"
    # (A menu's path is no gloss, in any arrow.)
    menu = "# Editor lecture\n\n- File -> Save writes the file\n- Edit -> Undo takes back the change\n- View -> Sidebar shows the panel\n"
    assert cards(menu, "Apps/Editor lecture.md") == {}


def test_a_list_of_two_bold_entries_is_a_glossary_when_one_of_them_is_sure() -> None:
    """"Two ways to do it:" / "- **metric kerning** — uses ..." / "- **optical kerning** — the
    program looks at ...": the sure entry vouches for its one sibling of the same shape. A list of
    two whose terms are not in bold, or with no sure entry, stays as it was."""
    note = (
        "# Joinery\n\nTwo ways to fix a tenon:\n"
        "- **drawbore** — uses a drawbore pin to line up an offset peg hole that pulls the shoulder tight\n"
        "- **wedged tenon** — a through tenon spread by wedges driven into saw kerfs in its end\n"
    )
    got = [a for c in extract_note(note, "Wood/Joinery.md").candidates for a in c.answers]
    assert sorted(got) == ["drawbore", "wedged tenon"]
    plain = note.replace("**", "")
    assert "drawbore" not in [a for c in extract_note(plain, "Wood/Joinery.md").candidates for a in c.answers]


def test_two_unsure_entries_vouch_for_a_lectures_run_of_entries() -> None:
    """In a lecture's notes, two entries a rule was unsure of make a glossary of a run whose every
    line is shaped like an entry (three are needed elsewhere). A cry ("R⁴!! ...") or a topic whose
    gloss opens with an entry of its own ("housing: back-to-backs: ...") is no entry of it."""
    from srs.core.extract.glossaryruns import run_entries
    from srs.core.markdown import parse

    blocks = parse(
        "- sound change = regular, without exceptions, which makes the method work\n"
        "- cognates: words in related langs descended from the same ancestor word\n"
        "- Grimm's law → PIE voiceless stops became fricatives in Proto-Germanic\n"
        "- R⁴!! doubling range → one sixteenth of the power comes back\n"
        "- housing: back-to-backs: terraced houses that share a rear wall\n"
        "- asterisk = reconstructed form, never attested in writing\n"
    ).blocks
    maybe = frozenset({"sound change", "asterisk"})
    taught = [e.found.answers[0] for e in run_entries(blocks, set(maybe), set(), maybe, taught=True)]
    assert taught == ["cognates", "Grimm's law"]
    assert run_entries(blocks, set(maybe), set(), maybe, taught=False) == []


def test_a_separator_inside_an_aside_ends_the_cloze_before_the_aside() -> None:
    note = (
        "# Peds nutrition lecture\n\n"
        "- Faltering growth (old name: failure to thrive) = weight gain clearly slower than expected for age\n"
        "- z-score: how many SDs a measurement is from the reference median\n"
        "- catch-up growth: faster-than-normal growth once the cause is fixed\n"
    )
    found = cards(note)
    assert "Faltering growth" in found
    assert found["Faltering growth"].startswith("{{c1::Faltering growth}} (old name: failure to thrive)")


def test_a_symbol_may_stand_between_a_bold_entry_and_its_separator() -> None:
    note = (
        "- **utilization** ρ = the share of time the server is busy\n"
        "- **Little's law** — the mean number in the system is the arrival rate times the mean wait\n"
        "- **throughput**: the number of jobs done per unit time\n"
    )
    found = cards(note, "Queues/Queueing glossary.md")
    assert found["utilization"] == "{{c1::utilization}} ρ = the share of time the server is busy"


def test_a_date_may_stand_between_a_bold_entry_and_its_separator() -> None:
    note = (
        "# Akbar's religious policy\n\nIntro.\n\n"
        "- **Din-i Ilahi** (1582) — a small devotional circle of disciples around the emperor\n"
        "- **sulh-i kul** — the principle of peace with all, applied to every faith at court\n"
    )
    found = cards(note, "Mughals/Akbar's religious policy.md")
    assert found["Din-i Ilahi"].startswith("{{c1::Din-i Ilahi}} (1582) — a small devotional circle")


def test_a_lectures_run_is_read_past_a_line_that_announces_sub_items() -> None:
    """"- sushi-ya slang:" announces the items below it, "(aside: ...)" is a remark: neither
    counts against the run of "nikiri → ...", "gari = ..." being a lecture's glossary."""
    note = (Path(__file__).resolve().parent / "corpus" / "dev70" / "sushi" / "Itamae course notes wk3.md").read_text(encoding="utf-8")
    assert {"neta", "nikiri", "tsume", "gari"} <= set(cards(note, "Sushi/Itamae course notes wk3.md"))


def test_a_head_cut_inside_a_notation_hides_the_name_only() -> None:
    """A run's line "counting process N(t) = ..." is cut at its bracket: the name is the answer."""
    from srs.core.extract.found import Found
    from srs.core.extract.termextent import fitted_entry

    cut = Found("{{c1::counting process N}}(t) = # events in [0, t]", ("counting process N",), "glossary_run")
    fitted = fitted_entry(cut)
    assert fitted is not None
    assert (fitted.text, fitted.answers) == ("{{c1::counting process}} N(t) = # events in [0, t]", ("counting process",))


def test_the_writers_bold_marks_the_term_inside_a_run_entrys_head() -> None:
    # "order **Procellariiformes** = ...": the rank word stays in sight, the bold name is hidden.
    note = (
        "# Seabirds wk 4\n\n"
        "- order **Charadriiformes** = shorebirds, gulls and auks\n"
        "- lek -> display ground where males gather to court females\n"
        "- crop milk: secretion from the crop lining fed to pigeon chicks\n"
        "- precocial: chicks hatch downy, eyes open, able to walk and feed\n"
    )
    found = cards(note, "Birds/Seabirds wk 4.md")
    assert "Charadriiformes" in found and "order Charadriiformes" not in found
    assert found["Charadriiformes"].startswith("order {{c1::Charadriiformes}} = shorebirds")


def test_a_class_list_mixing_separators_is_a_glossary_by_its_shape() -> None:
    """Four lines or more in lower case under three separators make a class's glossary, with too
    few sure cards to vouch for it. A step's word before an arrow ("then") is no term; a short
    term ("dip") is."""
    note = (
        "# salsa lvl 1 — wk 2\n\n"
        "- open break = rock step away from the partner, arms stretched, on two\n"
        "- cross body lead -> leader opens the slot and the follower walks through\n"
        "- CBL w/ turn = cross body lead ending in a right turn\n"
        "- shines: solo footwork while partners dance apart\n"
        "- then → we practised to a slow song\n"
    )
    found = cards(note, "Dance/Salsa class wk2 notes.md")
    assert {"open break", "cross body lead", "CBL w/ turn", "shines"} <= set(found)
    assert "then" not in found
    assert found["shines"] == "{{c1::shines}}: solo footwork while partners dance apart"
    assert "dip" in cards(note.replace("- shines:", "- dip →"), "Dance/Salsa class wk2 notes.md")
    assert "ex" not in cards(note.replace("- then →", "- ex →"), "Dance/Salsa class wk2 notes.md")


def test_a_remark_opening_with_not_is_no_run_entry() -> None:
    note = (
        "# Silk Road lecture\n\n"
        "- caravanserai: walled inn on the route where caravans stopped for the night\n"
        "- entrepôt: trading town where goods changed hands between merchants\n"
        "- not one road → a web of routes, most traders only covered one leg\n"
        "- relay trade → goods handed on from one merchant to the next along the way\n"
        "- oasis town → a stop in the desert where caravans watered and traded\n"
    )
    from srs.core.extract import extract_note

    got = [a for c in extract_note(note, "History/Silk Road lecture.md").candidates for a in c.answers]
    assert "caravanserai" in got and "not one road" not in got


def test_who_is_who_under_a_heading_that_collects_people_gives_no_glossary() -> None:
    """"# Team" / "- Ana: backend, owns billing": every entry under a heading that collects people
    hides a name, so the list says who is who; a glossary beside it keeps its cards."""
    note = (
        "# Project notes\n\n## The team\n- Ana: backend, owns billing\n- Tom: frontend and design\n- Raj: data pipeline\n\n"
        "## Terms\n- Kanban: a board of work items in columns\n"
    )
    assert [c.answers[0] for c in extract_note(note, "Work/Project notes.md").candidates] == ["Kanban"]


def test_people_glossed_at_length_under_a_people_heading_keep_their_cards() -> None:
    """Under "## Key people" a history's entries describe whole people ("German monk who posted
    ..."): a glossary, not who is who."""
    note = (
        "# Reformation\n\n## Key people\n- Martin Luther: German monk who posted the Ninety-five Theses in 1517\n"
        "- John Calvin: French theologian who led the reform in Geneva\n- Huldrych Zwingli: Swiss reformer in Zurich, died at Kappel\n"
    )
    assert [c.answers[0] for c in extract_note(note, "History/Reformation.md").candidates] == ["Martin Luther", "John Calvin", "Huldrych Zwingli"]


def test_a_bold_term_closing_an_entrys_gloss_after_an_arrow_is_what_the_gloss_names() -> None:
    note = (
        "# GEOG 210 — L4 — rivers\n\n"
        "- meander: bend in a river channel, outer bank eroded, inner bank built up\n"
        "- cut-off: neck eroded through in a flood → **oxbow lake**\n"
        "- levee: raised bank of silt left when the river floods over\n"
    )
    found = {a: c.text for c in extract_note(note, "Geography/GEOG 210 L4 - rivers.md").candidates for a in c.answers}
    assert found["oxbow lake"] == "cut-off: neck eroded through in a flood → {{c1::oxbow lake}}"
    # Bold inside a gloss in another language stays emphasis unless it closes the gloss so.
    other = "# Pan — clase 2\n\n- masa: harina y agua, **amasar bien** y dejar reposar una hora\n- miga: la parte blanda del pan\n- corteza: la parte dura de fuera\n"
    assert "amasar bien" not in {a for c in extract_note(other, "Cocina/Pan clase 2.md").candidates for a in c.answers}
