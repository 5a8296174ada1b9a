"""Entry lines: a line that opens with a term, a separator and its gloss, in any language, on
its own in a list among other items, in a paragraph, a callout or after an enumerator. Each
family with notes that must give cards and notes that must stay silent."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


# --- separators -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Receptors\n\nagonist: binds a receptor and activates it\n", ["agonist"]),
        ("# Chess\n\n- fianchetto = developing a bishop on the long diagonal\n", ["fianchetto"]),
        ("# Chess\n\n- tempo – one move treated as a unit of time\n", ["tempo"]),
        ("# Physics\n\n- absolute magnitude → the brightness a star would have at 10 parsecs\n", ["absolute magnitude"]),
        (
            "# Ernährung\n\nBallaststoffe:: unverdauliche Bestandteile pflanzlicher Lebensmittel, die satt machen\n"
            "Spurenelemente:: Mineralstoffe, die der Körper nur in kleinen Mengen braucht\n",
            ["Ballaststoffe", "Spurenelemente"],
        ),
        ("# Périodisation\n\n- **Microcycle** : la semaine d'entraînement.\n", ["Microcycle"]),
        ("# Plates\n\nsubduction ... the denser oceanic plate sinks beneath the other plate\n", ["subduction"]),
    ],
)
def test_each_separator_opens_a_gloss(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


# --- terms: bold or plain, after an enumerator or an article, with an aside ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Campbell\n\n1. The **monomyth**: heroes across cultures follow one pattern of departure and return.\n", ["monomyth"]),
        ("# Köppen\n\nA - Tropical: every month averages above 18 °C\n", ["Tropical"]),
        ("# Chess\n\nMutual zugzwang (reciprocal zugzwang): whoever is to move loses.\n", ["Mutual zugzwang"]),
        ("# Hangul\n\n- **batchim** (받침): the final consonant at the bottom of a syllable block\n", ["batchim"]),
        ("# Biología\n\nEl citoesqueleto: red de filamentos proteicos que da forma a la célula.\n", ["citoesqueleto"]),
        ("# Training\n\n> [!summary] Systems\n> - **ATP-PC system**: the phosphocreatine store, fuels maximal efforts\n", ["ATP-PC system"]),
    ],
)
def test_a_term_after_an_enumerator_an_article_or_in_a_callout(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


# --- glosses in any language, short glosses --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Lager\n\n- **Kommissionierung**: Zusammenstellen von Artikeln aus dem Lager nach einem Auftrag\n", ["Kommissionierung"]),
        ("# Vulcanismo\n\n- **Magma**: roca fundida que se encuentra bajo la superficie terrestre.\n", ["Magma"]),
        ("# Mitos\n\n- Quetzalcóatl — la «serpiente emplumada», dios del viento y del saber\n", ["Quetzalcóatl"]),
        ("# Phrases\n\n안녕하세요 = hello (polite)\n", ["안녕하세요"]),
        ("# Abbreviations\n\nSID = once daily\n\nNPO = nothing by mouth (nil per os)\n", ["SID", "NPO"]),
        ("# Boat\n\nstern = back end\n", ["stern"]),
    ],
)
def test_glosses_in_any_language_and_short_ones(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_a_vocabulary_entry_hides_the_noun_and_shows_its_article() -> None:
    text = "# Woche 5\n\n- die Sehnsucht – longing, yearning\n- das Fernweh – the longing for faraway places\n- der Hund = the dog\n"
    cards = extract_note(text, "Vocab.md").candidates
    assert [c.answers for c in cards] == [("Sehnsucht",), ("Fernweh",), ("Hund",)]
    assert cards[0].text.startswith("die {{c1::Sehnsucht}}")


# --- entries mixed into a list of advice, and several lines in one paragraph ----------------------


def test_entries_among_advice_in_one_list_each_give_a_card() -> None:
    text = (
        "# Openings\n\n- control the centre\n- castle early\n- don't move the same piece twice\n"
        "- **gambit**: giving up material, usually a pawn, for fast development\n"
        "- fianchetto = developing a bishop on the long diagonal\n"
    )
    assert answers(text) == ["gambit", "fianchetto"]


def test_several_entry_lines_in_one_paragraph() -> None:
    text = "# Receptors\n\nagonist: binds a receptor and activates it\nantagonist - binds but gives no response itself\n"
    assert answers(text) == ["agonist", "antagonist"]


# --- what must stay silent -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Labels, asides and reports.
        "# Lecture\n\n- recap: knowledge as justified true belief\n- prof: the idea is outdated, don't write it\n",
        "# Team\n\nPriya: migration script done, needs review\n",
        "# Standup\n\n- Ana: the review we had went well\n- Tom: the guy who set up the build server\n",
        "# Case\n\nSignificance: foundation of the modern tort of negligence.\n",
        "# Sprint\n\n- onboarding checklist redesign → next sprint\n",
        "# Maps\n\n- Heart failure - cardiology note\n- Anchoring — stub, see Tversky notes\n",
        # Schedules, amounts, lists of members, readings.
        "# Rota\n\n- Tue: surgery prep 7:30, theatre 2\n- Fri: consults 9–5\n",
        "# Colic\n\n- HR > 60 bpm = poor prognostic sign\n",
        "# Deviance\n\n- informal: gossip, ridicule, praise\n- formal: police, courts, schools\n",
        # A daily note.
        "Dinner: leftover curry.\n",
    ],
)
def test_labels_reports_schedules_and_member_lists_give_no_card(text: str) -> None:
    path = "daily/2024-06-03.md" if text.startswith("Dinner") else "Notes/Note.md"
    assert answers(text, path) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Clouds\n\n- **Cumulonimbus** (Cb) – thunderstorm cloud, anvil top, hail, severe icing.\n", ["Cumulonimbus"]),
        ("# Styles\n\n- **Chokkan** (formal upright): dead straight trunk, tapering, apex over the base\n", ["Chokkan"]),
        ("# Haies\n\n- **Buis** : le classique, feuillage fin, pousse lentement.\n", ["Buis"]),
        # Single words listed after a bold term are still its members, not a gloss.
        ("# Fire triangle\n\n- **Fuel**: load, size, moisture, arrangement\n", []),
    ],
)
def test_a_bold_terms_gloss_of_short_phrases_is_no_list_of_members(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Options and steps of software documentation, in several languages.
        "# Views\n\n- **Show line numbers**: Shows line numbers in the editor.\n- **Quick switcher**: jump between notes by typing\n",
        "# Vistas\n\n- **Filtro** — filtrar archivos.\n- **Propiedades** — elegir propiedades para mostrar.\n",
        "# Vistas\n\n- **Resultados** — limitar, copiar y exportar archivos.\n",
        "# Tabela\n\n- **Sem valor**: contagem de linhas sem valor.\n- **Único**: número de valores distintos na coluna.\n",
        "# Importer\n\n- **Compte Microsoft** : se connecte à votre compte et importe les blocs-notes.\n",
        "# Eigenschaften\n\n- **Sichtbar** (Standard) – zeigt Eigenschaften oben in der Notiz an.\n",
        "# Backup\n\n- **macOS**: backup to an external drive with Time Machine.\n",
        # A manual that speaks to its reader: its entry lines describe options.
        "Vyer låter dig organisera informationen. Du kan skapa vyer.\n\n- **Ny** — skapa en ny fil i den aktuella vyn.\n",
        # Swedish "du" beside words Swedish shares with French ("en"): still the reader.
        "Du kan öppna en fil här.\n\nDu kan också skapa en ny vy.\n\n- **Ny** — skapa en ny fil i den aktuella vyn.\n",
    ],
)
def test_software_options_and_steps_give_no_card(text: str) -> None:
    assert answers(text) == []


def test_a_german_noun_gloss_pinned_by_an_indefinite_genitive() -> None:
    text = (
        "# Elektronik\n\n- **Spannung** (U): Potentialdifferenz zwischen zwei Punkten, Einheit Volt.\n"
        "- **Kapazität**: Fähigkeit eines Kondensators, Ladung zu speichern, C = Q / U, Einheit Farad.\n"
    )
    assert answers(text) == ["Spannung", "Kapazität"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French "du", English "ton" and "pots" are no "you" of another language: such notes are
        # no manuals, and keep their entries (they had lost "Score de Silverman").
        (
            "# Détresse respiratoire du nouveau-né\n\nSignes : polypnée, tirage, battement des ailes du nez.\n\n"
            "Score de Silverman : cotation de 0 à 10 de la gravité de la détresse respiratoire du nouveau-né.\n",
            ["Score de Silverman"],
        ),
        (
            "# Glazes\n\nThrowing pots takes a ton of practice.\n\nGlazing pots takes a ton of patience too, and the kiln is slow.\n\n"
            "- crawling: glaze pulling back from the clay body during firing\n",
            ["crawling"],
        ),
        # Glosses of other languages whose first word ends like an English verb: noun phrases.
        ("- **Stockmeißel** – flaches Stahlwerkzeug zum Aufhebeln der verkitteten Zargen und Rähmchen\n", ["Stockmeißel"]),
        ("- Insolvenzmasse = das gesamte Vermögen des Schuldners zur Zeit der Eröffnung\n", ["Insolvenzmasse"]),
        ("- Acrocárpicos: tallos erguidos, poco ramificados, el esporofito sale del ápice del tallo\n", ["Acrocárpicos"]),
        # English ones still read as reports, unless a concept (no one's name) does what the verb says.
        ("- Alice: finished the page and moved the tests\n", []),
        ("- Practice: finds the weak spots before the exam\n", []),
        ("- **Relative dating** - puts things in order (older / younger) w/o giving an age in years\n", ["Relative dating"]),
        ("- Tone sandhi: tones change depending on their neighbours.\n", ["Tone sandhi"]),
        # A rank before a kind's name makes a term; before a part of a note, a label.
        ("- main sequence: the diagonal band where stars are fusing hydrogen in the core\n", ["main sequence"]),
        ("- first crack: the popping when water vapour bursts out of the bean\n", ["first crack"]),
        ("- Main claim: generalization is not just making the map smaller\n", []),
        ("- First step: boil the water and warm the pot\n", []),
        ("- Wider interval = more confidence, less precision.\n", []),
        ("- red giant – star that has run out of core hydrogen, envelope swells and cools\n", ["red giant"]),
        ("- Priya: said that the deck will be ready on Friday\n", []),
        ("- Tom: thinks that we should move the meeting\n", []),
        # A command's word used as a noun ("group claiming descent ..."), not as a command.
        ("- **Clan** – group claiming descent from a common ancestor whose links are assumed\n", ["Clan"]),
        ("- **Import** – open existing files from another vault into this one\n", []),
        # A glossary repeats its term's word as a noun, after a noun of its own.
        ("- **binnenrijm** – rijm binnen één versregel, dus niet aan het eind.\n", ["binnenrijm"]),
        ("- Work hardening — metal gets harder and springier every time you hammer it\n", ["Work hardening"]),
        ("- **passato remoto**: tempo del passato per azioni concluse e lontane nel tempo\n", ["passato remoto"]),
        # An option list describes an option by its own word as a verb, or by another verb.
        ("# Vistas\n\n- **Filtro** — filtra los archivos de la vista.\n", []),
        ("# Vistas\n\n- **Propiedades** — elegir propiedades para mostrar.\n", []),
        # A key word set in bold later in a lower-case gloss.
        ("- Glutenin — long chains that link up end-to-end via disulfide bonds; gives the dough **elasticity**\n", ["Glutenin"]),
        # A bold word that opens the gloss, or a capitalised gloss with a bold button, names a value or a step.
        ("- Organophosphate poisoning: **atropine** for the muscarinic symptoms\n", []),
        ("- Escriptori: A la secció que diu Connectar, selecciona **Configuració**\n", []),
        # A dash after the gloss's first clause belongs to the gloss.
        (
            "Монтаж — процесс соединения отдельных кадров в единое целое; по Эйзенштейну — главное средство кино.\n",
            ["Монтаж"],
        ),
        # Two dashes in its first clause set an aside apart: no gloss. A dash in brackets is an example's.
        ("Many file types — images, audio and PDFs — can be embedded in a note.\n", []),
        ("- **eindrijm** – de laatste woorden van twee versregels rijmen op elkaar (*maan – gaan*).\n", ["eindrijm"]),
        # Capitals that spell out the abbreviation are its expansion, not a list of names.
        ("- ITCZ: the Intertropical Convergence Zone, a belt near the equator where the trades meet\n", ["ITCZ"]),
        ("- Sync: iCloud, OneDrive and Google Drive all work for a vault\n", []),
        # English "your" is anyone's, unless a user's thing follows it.
        ("- count liberties in fights!\n- suicide = playing where your own stone would have zero liberties → illegal\n", ["suicide"]),
        ("- Sync = keeps your vault the same on every device you own\n", []),
        # Spanish "todo" (everything) is no to-do.
        ("- Carga — el momento en que se echa el café verde al tambor; la temperatura condiciona todo lo demás.\n", ["Carga"]),
        ("- Tostado medio: todo: revisar con el profe\n", []),
        ("- Anchoring — todo fill in the examples later\n", []),
        # After an arrow, a bare noun pinned down is a gloss; a clause is a consequence.
        ("- **trapassato prossimo** → azione passata avvenuta PRIMA di un'altra azione passata\n", ["trapassato prossimo"]),
        ("- chronic stress → cortisol stays high for weeks\n", []),
        # A concept in lower case may cite its source in brackets; a capitalised name with a year is a case.
        ("- moral panic (Stan Cohen, *Folk Devils*, 1972): an exaggerated public reaction to a group seen as a threat\n", ["moral panic"]),
        ("- Adams v Lindsell (1818): acceptance by post is complete on posting the letter\n", []),
    ],
)
def test_an_entry_line_and_how_its_gloss_reads(text: str, expected: list[str]) -> None:
    # (One table for the judgements of term and gloss, each group introduced by its comment.)
    assert answers(text) == expected


def test_entry_lines_run_together_on_one_line() -> None:
    text = "안녕하세요 = hello (polite) | 감사합니다 = thank you (formal) | 죄송합니다 = sorry (formal apology)\n"
    assert answers(text) == ["안녕하세요", "감사합니다", "죄송합니다"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ballaststoffe:: unverdauliche Bestandteile pflanzlicher Lebensmittel, die satt machen\n"
            "Spurenelemente:: Mineralstoffe, die der Körper nur in kleinen Mengen braucht\n",
            ["Ballaststoffe", "Spurenelemente"],
        ),
        # Dataview fields: a status, a genre, a rating.
        ("status:: done\ngenre:: science fiction\nrating:: 4\n", []),
    ],
)
def test_field_syntax_glosses_in_any_language_but_not_fields(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_a_plural_noun_pinned_down_glosses_a_capitalised_term() -> None:
    note = "# Maps\n\nEvery projection distorts something.\n\nTissot's indicatrix: circles drawn on the map to show the distortion at each spot.\n"
    assert [c.answers for c in extract_note(note, "Maps/Maps.md").candidates] == [("Tissot's indicatrix",)]
    report = "# Team\n\nWeekly notes.\n\nAlice: finishes the draft on the map of the region by Friday.\n"
    assert extract_note(report, "Work/Team.md").candidates == ()


def test_a_label_word_that_ends_a_concepts_name() -> None:
    note = "# Popgen\n\nA first line.\n\nFounder effect — drift caused when a new population is started by only a few individuals.\n"
    assert [c.answers for c in extract_note(note, "Genetics/Popgen.md").candidates] == [("Founder effect",)]
    labels = "# Case brief\n\nA first line.\n\nMain effect — the court now reads the statute narrowly in every later case.\n"
    assert extract_note(labels, "Law/Case brief.md").candidates == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The gloss names the term's kind and pins it down: a definition by genus and difference.
        ("# Class 3\n\nSome notes.\n\n- oblique holder: a pen holder with a flange that sets the nib off to the side\n", ["oblique holder"]),
        ("# Week 5\n\nSome notes.\n\n- broken plural — plural formed by changing the vowel pattern inside the word\n", ["broken plural"]),
        # An option described by its own words stays out.
        ("# Settings\n\nSome notes.\n\n- Open app — open app windows in the background\n", []),
        ("# Settings\n\nSome notes.\n\n- Sort order — order the files by name\n", []),
    ],
)
def test_a_gloss_may_repeat_the_terms_kind_to_define_it(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_a_personal_remark_after_the_gloss_does_not_turn_it_away() -> None:
    note = (
        "# Copperplate class\n\nSome notes.\n\n- railroading — when you press too hard, the tines split and leave"
        " two thin lines instead of a shade. happened to me ALL the time today.\n"
    )
    assert answers(note) == ["railroading"]
    news = "# Team\n\nSome notes.\n\n- Priya — moved the review to Friday. I will send the deck today.\n"
    assert answers(news) == []


def test_one_bare_step_does_not_make_a_lecture_note_a_manual() -> None:
    # "Open market operations: ..." opens like a step ("Open ..."), but names no part of an
    # interface: the note's other entry lines stay cards.
    note = (
        "# ECON 102 — monetary policy\n\n"
        "- Open market operations: CB buys/sells govt bonds to change bank reserves\n"
        "- transmission lags 12–18 months!!\n"
        "- liquidity trap: rate cuts stop working because people just hoard cash at ~0%\n"
    )
    assert answers(note) == ["liquidity trap"]
    # A step that names the interface, or two steps, make it documentation: option lines stay out.
    manual = "# Sync\n\nOpen the **Settings** menu first.\n\n- vault size: the space the notes take on the server\n"
    assert answers(manual) == []
    steps = "# Sync\n\nOpen the app.\n\nChoose a vault.\n\n- vault size: the space the notes take on the server\n"
    assert answers(steps) == []
    one_step = "# Sync\n\nOpen the app.\n\n- vault size: the space the notes take on the server\n"
    assert answers(one_step) == ["vault size"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Bio\n\nSome intro.\n\nOsmosis: The movement of water across a semipermeable membrane.\n", ["Osmosis"]),
        ("# Bio\n\nSome intro.\n\n- Allele — A variant form of a gene at one locus.\n", ["Allele"]),
        # A capitalised gloss with no article is how option lists describe their entries.
        ("# Editor\n\nSome intro.\n\n- Line numbers: Shows line numbers beside the text.\n", []),
        ("# Tabela\n\nSome intro.\n\n- Sem valor: Contagem de linhas sem valor.\n", []),
    ],
)
def test_a_capitalised_article_opens_a_gloss(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_a_gloss_may_repeat_the_terms_kind_before_a_relative_clause_without_that() -> None:
    note = "# Growth\n\nSome intro here.\n\n## Generation time\nGeneration time = the time it takes the population to double.\n"
    assert answers(note) == ["Generation time"]


@pytest.mark.parametrize(
    "text",
    [
        "# Compactness\n\nSome intro.\n\nIntuition: compact = \"finite in disguise\".\n",
        "# Ser vs estar\n\nSome intro.\n\nRough rule: ser for what something is, estar for how it is right now.\n",
        # What comes next, where the slides are, related notes, a reminder, the professor's task.
        "# Pharmacologie - cours 4\n\nSome intro.\n\nProchain cours : métabolisme hépatique, cytochromes P450\n",
        "# Cataloguing vocab\n\nSome intro.\n\nLecture slides: week 3 + 4.\n",
        "# 통계 용어 정리\n\n소개.\n\n관련 노트: 가설 검정과 신뢰 구간 정리한 노트\n",
        "# 조각 기법\n\n소개.\n\n교수님: 다음 시간까지 로댕 주조 과정 조사해오기\n",
        "# Bazin\n\nSome intro.\n\n- Idée centrale : l'image photographique a un lien **ontologique** avec ce qu'elle montre\n",
        "# Allenamento\n\nSome intro.\n\nProssima volta: tapering prima della maratona di Firenze.\n",
        "# Circulation\n\nSome intro.\n\n- big picture: the equator gets more energy than the poles, so air moves\n",
        "# Flood pulse\n\nSome intro.\n\n- Key term: transition zone, see the lecture slides\n",
        # Still to do, in other languages; a step and its object.
        "# Монтаж — термины\n\nВведение.\n\nещё разобрать: ритмический и метрический монтаж (лекция 4)\n",
        "# Werving\n\nInleiding.\n\nNog uitzoeken: verschil tussen assessment en ontwikkelassessment.\n",
        "# Lost-wax casting\n\n1. melt the wax\n2. heat it — wax melts out and leaves the mould empty\n",
        "# Social capital\n\nSome intro.\n\n- Putnam's claim: civic engagement in the US has declined since the 1960s\n",
    ],
)
def test_a_labels_line_gives_no_card(text: str) -> None:
    assert answers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# Пожарная терминология\n\nКромка — граница горящего участка.\n"
            "Фронт пожара — часть кромки, которая движется быстрее всего.\n"
            "Тыл пожара — часть кромки, противоположная фронту.\nИсточник: лекции по лесной пирологии, 3 курс\n",
            ["Кромка", "Фронт пожара", "Тыл пожара"],
        ),
        (
            "# Embalagem\n\nMonomaterial: feita de um único tipo de plástico, fácil de reciclar.\n"
            "Multimaterial: camadas de materiais diferentes coladas entre si.\n"
            "Barreira: camada que impede a passagem de oxigênio ou umidade.\nFonte: aula da prof. Camila + guia da ABRE\n",
            ["Monomaterial", "Multimaterial", "Barreira"],
        ),
        (
            "# Neonatal jaundice\n\n- physiological jaundice: appears after 24 h, peaks on day 3-5, harmless in term babies\n"
            "- kernicterus: bilirubin deposited in the basal ganglia, causes lasting brain damage\n"
            "- phototherapy: blue light turns bilirubin into a water-soluble form\n"
            "- To look up: the NICE treatment threshold graphs, how to plot on them\n",
            ["physiological jaundice", "kernicterus", "phototherapy"],
        ),
    ],
)
def test_a_label_among_glossary_lines_is_no_entry(text: str, expected: list[str]) -> None:
    # A label line in a glossary's own shape, in any language: the glossary's lines stay, the label goes.
    assert answers(text) == expected


def test_the_card_syntax_shown_in_a_note_is_no_card() -> None:
    note = "# Horse health Q&A\n\nFor the Stage 2 care exam. One card per line, question::answer\n\nWhat is strangles?::a bacterial infection of the upper airway\n"
    assert answers(note) == ["a bacterial infection of the upper airway"]


def test_a_steps_word_used_as_a_noun_is_no_step() -> None:
    from srs.core.extract.uitext import is_ui_step

    assert not is_ui_step("Drag is when the line pulls the fly across the current.")
    assert not is_ui_step("Set theory is the study of collections of objects.")
    assert is_ui_step("Drag the file onto the sidebar.") and is_ui_step("Set the font size in Appearance.")
    note = "---\ntags: [fishing]\n---\nDrag is when the line or leader pulls the fly across the current so it moves unnaturally.\n"
    assert answers(note, "Fly fishing/Drag.md") == ["Drag"]


@pytest.mark.parametrize(
    "text",
    [
        "# Thermo lecture\n\n2024-02-20 · up:: [[Thermoregulation MOC]]\n",
        "# Gambe\n\nIntro.\n\n- Übung: Division über Greensleeves, Takte 1–16\n",
        "# Insolvency tests\n\nIntro.\n\n- both: relevant time + insolvent at the time (or became so as a result)\n",
        "# Heat exchange\n\nIntro.\n\n- below it: lower critical temperature → metabolic rate rises\n",
    ],
)
def test_fields_labels_and_conditions_give_no_card(text: str) -> None:
    assert answers(text) == []


def test_an_event_named_then_dated_is_a_log_whose_lines_are_fields() -> None:
    note = "# Hawk watch\n\n**Site:** the ridge, north lookout\n**Observers:** me, Dana, Ken (from 10:00)\n**Hours:** 08:30–15:00\n"
    assert answers(note, "Birds/Hawk watch 2023-09-17.md") == []
    # A lecture dated first keeps its glossary.
    lecture = "# Thermo\n\n- enthalpy: the heat content of a system at constant pressure\n- entropy: a measure of the disorder of a system\n"
    assert answers(lecture, "Physics/2024-03-08 Thermodynamics.md") == ["enthalpy", "entropy"]


def test_an_ellipsis_between_a_term_and_its_gloss_in_japanese_ends_no_sentence() -> None:
    # "…" before a letter of a script without capitals separates; it had cut the entry in two.
    text = "# 釉薬の用語\n\n- 酸化焼成 … 酸素を十分に入れて焼く方法。電気窯は基本こっち。\n- 還元焼成 … 酸素を減らして焼く方法。\n"
    assert answers(text, "Ceramics/釉薬の用語.md") == ["酸化焼成", "還元焼成"]


def test_what_the_gloss_checks_of_dashes_and_commands_read_on_their_own() -> None:
    # (The gloss test alone, as other rules read these lines by other shapes.)
    from srs.core.extract.entryglosses import gloss_reads

    assert not gloss_reads("Embed", "the kind of file, e.g. an image — or a PDF — that shows in the note", "—")
    assert gloss_reads("Монтаж", "процесс соединения кадров; по Эйзенштейну — главное средство кино.", "—")
    assert not gloss_reads("Publish", "upload edited notes to the site", "–")
    assert gloss_reads("Clan", "group claiming descent from a common ancestor", "–")
    # A gloss that opens with a reason says why, not what ("a causa de", "parce que").
    assert not gloss_reads("Sigueu amables", "a causa de la mida de la comunitat, molta gent diferent llegeix els fils cada dia", ":")
    assert not gloss_reads("Restez courtois", "parce que beaucoup de personnes différentes lisent les fils du forum chaque jour", ":")


def test_a_label_of_the_line_among_glossary_lines_is_no_term() -> None:
    note = (
        "# Scrum\n\nSome intro.\n\n"
        "Loose head: the prop on the left of the front row, whose head stays outside.\n"
        "Tight head: the prop on the right of the front row, head between the opposing hooker and prop.\n"
        "Common mistake: binding on the arm instead of the body, which the referee penalises.\n"
    )
    assert answers(note) == ["Loose head", "Tight head"]
    # A label word after a modifier of its own names a kind among glossary lines.
    kinds = (
        "# Psychosis\n\nSome intro.\n\n"
        "Positive symptoms: the experiences added to normal function, such as hallucinations and delusions.\n"
        "Negative symptoms: the functions reduced or lost, such as flat affect and poverty of speech.\n"
    )
    assert answers(kinds) == ["Positive symptoms", "Negative symptoms"]


@pytest.mark.parametrize(
    "line",
    [
        "- Common mistake: pulling one side tighter than the other gives a slanted stitch line",
        "- Jeszcze do sprawdzenia: czy przepis o spalonym obowiązuje też przy maulu",
    ],
)
def test_a_remark_labelled_as_such_is_no_entry(line: str) -> None:
    assert answers(f"# Notes\n\nSome intro.\n\n{line}\n") == []


def test_a_figure_in_italics_in_the_aside_is_a_sources_part() -> None:
    from srs.core.extract.entrylines import entry_line

    assert entry_line("Hamlet (*Act 3*) — the prince weighs life against death in the famous speech") is None
    assert entry_line("**Zeitgeist** (*spirit of the age*) — the mood and ideas typical of a period") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # --- A long bare gloss in another language glosses a capitalised term.
        # Languages without articles (Polish) and bare noun phrases (Spanish) gloss at length.
        ("# Hydrologia\n\nSome intro.\n\n- **Strefa zalewowa**: część doliny rzeki zalewana podczas wezbrań i roztopów, oddzielona od koryta wałem.\n", ["Strefa zalewowa"]),
        ("# Musgos\n\nSome intro.\n\n- Acrocárpicos: tallos erectos y poco ramificados, crecen en cojines densos sobre rocas y suelos.\n", ["Acrocárpicos"]),
        # A short bare phrase after a capitalised name is a translated option list's description.
        ("# Tabela\n\nSome intro.\n\n- **Sem valor**: contagem de linhas vazias.\n", []),
        # A clause with a Dutch copula states something of its own subject.
        ("# Meren\n\nSome intro.\n\nNederland: de meeste rivieren zijn door kanalisatie en dijken sterk veranderd geraakt.\n", []),
        # --- An aside in italics after a term.
        # A translation in italics in the aside leaves the term its own.
        ("# Hegel\n\nSome intro.\n\n- **Zeitgeist** (*spirit of the age*) — the mood and ideas typical of a period\n", ["Zeitgeist"]),
        ("# Pottery\n\nSome intro.\n\n- **Leather hard** (_lederhart_) — clay dry enough to hold its shape but still soft enough to carve\n", ["Leather hard"]),
        # A bold term in the aside is the line's real term: the label before it is none.
        ("# Whorf\n\nSome intro.\n\n- Strong version (**linguistic determinism**): language determines what we can think\n", []),
        # --- An en dash inside a term joins names.
        # An en dash between two names joins an eponym; it is no separator.
        ("# Psych\n\nSome intro.\n\n- Stevens–Johnson syndrome: a severe skin reaction, usually to a drug, with blistering and peeling\n", ["Stevens–Johnson syndrome"]),
        ("# Chem\n\nSome intro.\n\n- Michaelis–Menten kinetics = the rate law of an enzyme whose rate saturates with substrate\n", ["Michaelis–Menten kinetics"]),
        ("# Geo\n\nSome intro.\n\n- Cretaceous–Paleogene boundary: the thin clay layer that marks the end of the dinosaurs\n", ["Cretaceous–Paleogene boundary"]),
        # Short names of days are no eponym: "Mon–Wed" is a schedule.
        ("# Plan\n\nSome intro.\n\nMon–Wed: soup and bread for lunch.\nThu–Fri: leftovers from the weekend batch.\n", []),
        # --- Dutch "zijn" and relative pronouns; "Goal" as a label or a term.
        # Dutch "zijn" is also "his"; a relative pronoun opens a clause of the gloss's own.
        ("# Recht\n\nSome intro.\n\n- Pupil: kind onder voogdij tot zijn achttiende jaar, zonder eigen vermogen.\n", ["Pupil"]),
        ("# Financiën\n\nSome intro.\n\n- Dividend: winstdeel dat jaarlijks wordt uitgekeerd aan de aandeelhouders.\n", ["Dividend"]),
        # "Goal" is a line's label in a note, and a term in a glossary of a game.
        ("# Pretreatment\n\nSome intro.\n\nCoagulation: adding salts that clump fine particles together.\nGoal: protect the membranes from fouling for longer.\n", ["Coagulation"]),
        ("# Football\n\nSome intro.\n\n- **Goal**: the whole ball crossing the goal line between the posts\n- **Corner kick**: a restart from the corner arc after a defender puts the ball out\n", ["Goal", "Corner kick"]),
        # --- A term with figures is a code or a rank.
        # A code that opens with a letter, or a rank on a scale, names a thing.
        ("# Banks\n\nSome intro.\n\n- **AT1** – additional tier 1 capital: instruments that convert to equity or are written down\n", ["AT1"]),
        ("# Orthodontics\n\nSome intro.\n\n- Class 3 malocclusion: the lower teeth sit ahead of the upper teeth, an underbite\n", ["Class 3 malocclusion"]),
        # A count or a part of a course is no term.
        ("# Course\n\nSome intro.\n\n- Week 5: the lecture on kinship and marriage in the Pacific islands\n", []),
        # --- A gloss that names whose term it is, or opens with its source.
        # Whose word it is, then what it names.
        ("# Reading\n\nSome intro.\n\n- **Lifeworld**: Husserl's name for the world as we live it before any theory\n", ["Lifeworld"]),
        ("# Reading\n\nSome intro.\n\n- **Anomie** — Durkheim's term for a state in which social norms break down\n", ["Anomie"]),
        # The source first, then the gloss; a label before the source is none.
        ("# Social psych\n\nSome intro.\n\n- social loafing: Latané (1979) – the drop in effort each member puts in as a group grows\n", ["social loafing"]),
        ("# Social psych\n\nSome intro.\n\nClassic demo: Asch (1951) — students matched lines and went along with a wrong majority.\n", []),
        # --- "Fixed" before a noun is an adjective, not news that something was mended.
        ("# Thermo\n\nSome intro.\n\n- closed system: fixed mass; energy (heat or work) may cross the boundary, mass may not\n", ["closed system"]),
        ("# Signalling\n\nSome intro.\n\n- block section – length of line between two signals that only one train may occupy. fixed block signalling\n", ["block section"]),
        ("# Standup\n\nSome intro.\n\n- Login page: the redirect loop fixed now, the form still slow\n", []),
        # A compound noun ending as a label does is a term; a longer label opens with a modifier
        # of a label's, or ends with a piece of the writer's discourse.
        ("# Survey\n\nSome intro.\n\n- Ground control points: markers with known coordinates placed on the site to scale the model\n", ["Ground control points"]),
        ("# Pests\n\nSome intro.\n\n- Biological control example: releasing ladybirds against aphids in the greenhouse\n", []),
        ("# Survey\n\nSome intro.\n\n- Another key point: the markers must be visible in at least three photographs\n", []),
        # Words before the noun of an idea modify it, whatever they look like.
        ("# Card & Krueger\n\nSome intro.\n\nParallel trends assumption – without treatment, both groups would have followed the same trend.\n", ["Parallel trends assumption"]),
        ("# Style\n\nSome intro.\n\n- Concrete beats abstract: a reader remembers the example, not the principle\n", []),
        ("# Notes\n\nSome intro.\n\n- Practice beats theory: you learn more by doing than by reading about it\n", []),
        # A gloss's language is read in its first clause: "on" after the ";" is French, not English.
        ("# Moulage\n\nSome intro.\n\n**Droit-fil** : sens des fils de chaîne, parallèle à la lisière ; on le marque au crayon.\n", ["Droit-fil"]),
        # Remarks of a log, a comparison, an adverb, a preposition: labels, not terms.
        ("# Shift\n\nSome intro.\n\n- **Feeling**: ok, a bit drained after the long afternoon\n- **Downsides**: competition for water, labour-intensive pruning\n", []),
        ("# Assessment\n\nSome intro.\n\n- formative = ongoing, feeds back into teaching\n- vs summative = end point, a grade for the record\n", ["formative"]),
        ("# Pain\n\nSome intro.\n\n- Practically → the whole team assesses pain, not only the doctor\n", []),
        ("# Глубина\n\nSome intro.\n\n- У глубоководных рыб — приманки, маскировка снизу.\n", []),
        ("# 剑道\n\nSome intro.\n\n- 下次上课问老师：礼法的顺序和名称\n", []),
        # A concept glossed by the formula that defines its symbol; a setting's value is no gloss.
        ("# Thermo\n\nSome intro.\n\n- enthalpy: H = U + PV. convenient for flow processes since the flow work is in it\n", ["enthalpy"]),
        ("# Layout\n\nSome intro.\n\n- Width: W = 100px for the sidebar on wide screens\n", []),
        ("# Settings\n\nSome intro.\n\n- timeout: T = 30 s before the request is dropped\n", []),
        # A counterexample, a practical remark, a comparison or a visit labels a line.
        ("# TOD\n\nSome intro.\n\n- Counterexample: park-and-ride stations surrounded by parking lots, transit but not TOD\n", []),
        ("# Fins\n\nSome intro.\n\nSame logic as [[Lumped capacitance]]: small Bi = uniform temperature inside.\n", []),
        ("# Zoo\n\nSome intro.\n\nSeen at [[Chester Zoo visit]] — the tapir-capybara setup works because capybaras can get under the fence.\n", []),
        # What comes next, what the teacher said, what a process needs: labels of a line.
        ("# Paard\n\nSome intro.\n\n- Halve parade: een korte aanleuning met de teugel die het paard aandachtig maakt\n- Volgende les: wijken voor de schenkel en de halve parade\n", ["Halve parade"]),
        ("# 氢能\n\nSome intro.\n\n- 老师提到：日本和德国在示范项目上比较领先\n", []),
        # A comparison, a way out: labels of a line.
        ("# Tg\n\nSome intro.\n\n- cf. Melting temperature: the point where crystalline regions melt away\n", []),
        # (The label is no term; the term after it is, glossed by its appositive.)
        ("# Heterosis\n\nSome intro.\n\nFlip side: inbreeding depression, the loss of vigour and fertility when an outcrossing species is selfed.\n", ["inbreeding depression"]),
        # A capitalised gloss may open with a proper adjective before its pinned noun.
        ("# Cassava\n\nSome intro.\n\n- Gari: West African product made by grating, fermenting and roasting cassava mash\n", ["Gari"]),
        ("# Plants\n\nSome intro.\n\n- Rhynie chert = Early Devonian hot-spring deposit in Scotland, whole ecosystem preserved\n", ["Rhynie chert"]),
        # What is left to do labels a line, in any language.
        ("# Cadenze\n\nSome intro.\n\nDa ripassare: cadenza frigia, vedi le note sui modi antichi.\n", []),
        ("# Notes\n\nSome intro.\n\n- To review: the second half of the chapter on feudal land tenure\n", []),
        # "Don't forget", "by next time", where to buy, why bother: remarks, in any language.
        ("# Бадминтон\n\nSome intro.\n\n- Не забыть: новые воланы и запасную ракетку к субботе\n", []),
        ("# Kraan\n\nSome intro.\n\n- vergeet niet: bij harde wind de kraan in de vrije vaanstand zetten\n", []),
        ("# Boliche\n\nSome intro.\n\n- lembrar: mirar na segunda flecha no começo da partida\n", []),
        ("# 洞窟\n\nSome intro.\n\n- 次回までに：ライン・アロー と クッキー の違いをちゃんと覚える。\n", []),
        ("# Pantry\n\nSome intro.\n\n- Where to buy: the big Asian grocer on the main road, not the supermarket\n", []),
        # A German gloss may end with the verb of a subordinate clause; a step ends with its infinitive.
        ("# Zoll\n\nSome intro.\n\nZolllager — Lagerung von Waren ohne Einfuhrabgaben, solange sie im Lager bleiben.\n", ["Zolllager"]),
        ("# Hilfe\n\nSome intro.\n\n- Neu — eine neue Datei in der aktuellen Ansicht erstellen.\n", []),
        # A subordinate clause in the middle leaves the step's infinitive at the end (review finding).
        ("# Hilfe\n\nSome intro.\n\n- Sync — alle Dateien abgleichen, während die App im Hintergrund läuft, und Konflikte melden\n", []),
        # A pro and a con, a note's source or an unwritten part, why the writer reads a book: labels.
        ("# Empty goal\n\nSome intro.\n\nPro: the numerical advantage makes it easier to break a strong defence.\nCon: any turnover means an easy long shot into the net.\n", []),
        ("# 용어\n\nSome intro.\n\n- 출처: 구강해부학 강의 3주차 자료와 교과서\n", []),
        ("# Lovejoy\n\nSome intro.\n\n- **Why I'm reading it**: the founding text of the history of ideas as a discipline\n", []),
        # A consequence, an implication, a reminder, a rule of thumb: labels of a line.
        ("# Sleep\n\nSome intro.\n\n- Practical consequence: split practice across days and let sleep do the rest\n", []),
        ("# Input\n\nSome intro.\n\n- Teaching implication: plan for noticing, not just for exposure to input\n", []),
        ("# Custos\n\nSome intro.\n\n- Lembrete: pedir o orçamento das latas até sexta\n", []),
        ("# Sheen\n\nSome intro.\n\n- Rule of thumb: the higher the sheen, the more it shows every flaw in the wall\n", []),
        # A gloss that repeats the term's noun and pins it by "at which", "in which": a definition.
        ("# Lakes\n\nSome intro.\n\nSecchi disk depth — the depth at which a white disk lowered into the water disappears\n", ["Secchi disk depth"]),
        # What the writer singles out as classic: a remark.
        ("# Laminitis\n\nSome intro.\n\n- Classic stance: leaning back onto the heels to unload the toes\n", []),
        # A numbered class or piece of coursework is a schedule's entry.
        ("# Algae MOC\n\nSome intro.\n\n- Practical 3 — culturing *Chlamydomonas* in flasks, report due on the 22nd\n", []),
        # What holds of a whole group is a remark on it, no term.
        ("# Jumps\n\nSome intro.\n\nAll jumps: counter-clockwise rotation for most skaters\nAxel: the only jump with a forward take-off\n", ["Axel"]),
        # A phenomenon glossed by the situation it is: "when", "how" open no verb and its object.
        ("# Mixing\n\nSome intro.\n\n- Comb filtering — when a sound combines with a slightly delayed copy of itself\n", ["Comb filtering"]),
        ("# Options\n\nSome intro.\n\n- Sort order — sorts the files by name\n", []),
    ],
)
def test_how_an_entry_lines_term_and_gloss_read(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_again_in_a_process_glossed_by_its_gerunds_is_no_news() -> None:
    note = (
        "The rumen is the largest of the four stomach compartments in ruminants, a fermentation vat for cellulose.\n\n"
        "Lies mostly on the left side of the abdomen.\n\n"
        "Rumination = regurgitating a cud of partly fermented feed, rechewing it and swallowing it again; cows spend ~8 h/day"
        " at it. Reduced rumination time is an early sign of illness.\n"
    )
    assert "Rumination" in [a for c in extract_note(note, "Vet/Rumen.md").candidates for a in c.answers]


def test_a_remark_on_why_the_note_was_read_is_no_term() -> None:
    note = (
        "# Collard et al. 2005 — intro to markers, QTL mapping and MAS\n\n"
        "**Citation:** Collard, Jahufer, Brouwer & Pang (2005), *Euphytica* 142: 169–196\n"
        "**Why I read it:** background for my thesis ch. 1\n**Tags:** #paper #MAS #literature-note\n"
    )
    assert answers(note, "Breeding/Collard 2005 paper note.md") == []


@pytest.mark.parametrize(
    ("line", "term"),
    [
        # An infinitive after "zu" belongs to the noun before it; a comma, a preposition and a
        # relative pronoun pin a capitalised German noun; "bzw." does not end the gloss.
        ("Hegepflicht — die Pflicht, einen gesunden Wildbestand zu erhalten und seine Lebensgrundlagen zu sichern.", "Hegepflicht"),
        ("Schonzeit — Zeitraum, in dem eine Wildart nicht bejagt werden darf (Gegenteil: Jagdzeit).", "Schonzeit"),
    ],
)
def test_german_glosses_with_an_infinitive_clause_or_a_pinning_relative(line: str, term: str) -> None:
    assert answers(f"# Jagdrecht\n\nSome intro.\n\n{line}\n") == [term]


def test_german_and_spanish_abbreviations_end_no_sentence() -> None:
    from srs.core.extract.sentences import split_sentences

    text = "Zolllager bzw. Freilager sind Lager ohne Abgaben. Der Rest kommt später."
    assert [s.text for s in split_sentences(text, ())] == ["Zolllager bzw. Freilager sind Lager ohne Abgaben.", "Der Rest kommt später."]
    # "usw." mostly closes a sentence (review finding).
    text = "Dazu zählen Weizen, Roggen, Gerste usw. Gluten ist ein Klebereiweiß."
    assert [s.text for s in split_sentences(text, ())] == ["Dazu zählen Weizen, Roggen, Gerste usw.", "Gluten ist ein Klebereiweiß."]


def test_a_definition_that_announces_its_formula_with_a_colon_is_a_gloss() -> None:
    note = "# Malaria\n\nSome intro.\n\nVectorial capacity = the number of new infective bites that would arise from one infectious person in a day:\n\n$$C = ma^2p^n/(-\\ln p)$$\n"
    assert answers(note) == ["Vectorial capacity"]
    # A short gloss before a colon announces a list.
    assert answers("# Kit\n\nSome intro.\n\nPacking list = the things to bring:\n\n- rope\n- map\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "- **przewód odprowadzający** – przewód, którym prąd pioruna płynie od zwodu do ziemi",
        "- **tecido conjuntivo** — tecido de sustentação formado por células e matriz extracelular",
    ],
)
def test_a_gloss_that_repeats_the_noun_its_term_opens_with_names_its_kind(line: str) -> None:
    # Languages that put the noun first repeat it first, then pin it down.
    assert len(answers(f"# Pojęcia\n\nSome intro.\n\n{line}\n")) == 1


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # "Point", "Thesis" and their kin are terms of their fields too (review finding).
        ("# Type\n\n- Point: a unit of 1/72 inch used for type size\n- Pica: twelve points, one sixth of an inch\n- Em: a space as wide as the type size\n", ["Point", "Pica", "Em"]),
        ("# Debate\n\n- Thesis: the central claim a speaker sets out to prove\n- Rebuttal: the answer to the other side's case\n- Warrant: the link between evidence and claim\n", ["Thesis", "Rebuttal", "Warrant"]),
        ("Saddle point: a point where the slopes in orthogonal directions are all zero.\n", ["Saddle point"]),
    ],
)
def test_label_like_words_that_name_terms_of_a_field_stay_terms(note: str, expected: list[str]) -> None:
    assert answers(note) == expected


@pytest.mark.parametrize(
    "note",
    [
        # In the shapes that gave false cards (review finding: the line-by-line cases above are
        # silent on the old code too).
        "# Algae MOC\n\n## Lab\n- **Practical 3** — culturing *Chlamydomonas*, report due 22/3\n- **Practical 4** — pigment extraction, report due 5/4\n",
        "# Custos\n\n- custos fixos: aluguel, salários, financiamento dos tanques\n\n> Lembrete: chope em barril tem margem bem maior que garrafa!\n",
        "# Pantry glossary\n\nMirin = sweet Japanese rice seasoning, adds gloss to teriyaki\nKombu = dried kelp, soaked or gently heated for dashi\n\n**Where to buy:** the big Asian grocer on the main road, not the supermarket.\n",
        "# Бадминтон\n\nДроп - мягкий укороченный удар, после которого волан падает сразу за сеткой\n\nНе забыть: новые воланы и запасную ракетку\n",
    ],
)
def test_labels_in_the_shapes_that_made_false_cards(note: str) -> None:
    found = [a for c in extract_note(note, "Notes/Note.md").candidates for a in c.answers]
    assert not {"Practical 3", "Practical 4", "Lembrete", "Where to buy", "Не забыть"} & set(found)


def test_a_bold_remark_on_a_group_or_an_example_is_no_term() -> None:
    note = (
        "# Laminitis\n\n- **Laminae**: the interlocking leaves of tissue that hold the coffin bone\n"
        "- **Classic stance**: leaning back onto the heels to unload the toes\n"
        "- **All cases**: need the vet the same day, no waiting\n"
    )
    assert answers(note) == ["Laminae"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A line of a glossary that only points to another note keeps the glossary whole and
        # gives no card of its own, in any language and from any rule that reads the line.
        (
            "# Improv glossary\n\nBase reality: the ordinary who/what/where of a scene, set up in the first lines.\n"
            "Game of the scene: the first unusual thing that breaks base reality and that the players repeat.\n"
            "Callback: bringing back a line, character or object from earlier in the show.\n"
            "Tag-out: see [[Workshop notes - Harold]]\n",
            ["Base reality", "Game of the scene", "Callback"],
        ),
        (
            "# Glossar\n\n- **Arbeiterin** — unfruchtbares Weibchen, das die Arbeit im Nest macht\n"
            "- **Königin** — fruchtbares Weibchen, das die Eier legt\n"
            "- **Koloniegründung** — siehe [[Ant castes lecture|Vorlesung Kasten]]\n",
            ["Arbeiterin", "Königin"],
        ),
        # A line that asks keeps its list whole too, and gives no card.
        (
            "# BIO 224 lecture 11\n\n- metamorphosis: larva → adult form, legs appear, tail reabsorbed\n"
            "- froglet: the in-between stage, legs + stump of a tail\n- spawn: jelly-coated masses of eggs laid in water\n"
            "- Q from class: why reabsorb the tail rather than drop it? → recycles the protein\n"
            "- bass bells: can be rung from the table? skip for now\n",
            ["metamorphosis", "froglet", "spawn"],
        ),
        # The kind of session a heading names is no term ("# Lecture: how owls hunt by ear").
        ("# Lecture: how owls hunt by ear\n\nOrnithology, Tues 14 Nov\n", []),
        ("## Workshop: natural dyes from the garden\n\nBring gloves.\n", []),
        # A writer's worry or a controversy is a remark's label, not a term.
        ("# Sex determination\n\n- mechanism in reptiles varies a lot\n- Conservation worry: warming shifts sex ratios.\n", []),
        ("# SRI\n\nControversy: yield claims disputed by some agronomists, and labour goes up.\n", []),
    ],
)
def test_pointers_sessions_and_remarks_give_no_card(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_the_word_coined_before_a_date_is_named_earlier_not_after_the_verb() -> None:
    # "Grassé coined the word in 1959 ...": "in 1959" is when, not the word.
    text = "# Stigmergy\n\nThis mechanism is stigmergy. Grassé coined the word in 1959 for termite nest building.\n"
    assert "in 1959" not in answers(text, "Ants/Trails.md")
    assert answers("Richard Dawkins coined the term meme in 1976.\n", "Ideas/Memes.md") == ["meme"]


def test_a_phrase_after_a_comma_is_no_member_of_a_word_list() -> None:
    # "aquatic larva, with gills and a tail" reads like "A, B and C" but glosses.
    assert answers("# Frogs lecture\n\n- tadpole = aquatic larva, with gills and a tail\n", "Bio/Frogs lecture.md") == ["tadpole"]
    # A list of actions still is one ("Resultados — limitar, copiar y exportar archivos.").
    assert answers("# Vistas\n\n- **Resultados** — limitar, copiar y exportar archivos.\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Whose warning, job or complaint it is, or a pattern, advantage or variant a label's
        # modifier picks out: the line's label.
        ("# Logic week 4\n\n- Prof's warning: soundness is usually the easy direction, proved by induction.\n", []),
        ("# Lead jammer\n\nBig advantage: she can call off the jam whenever she wants by tapping her hips.\n", []),
        ("# Third-ball attack\n\nTypical pattern: short backspin serve → opponent has to push long or flick.\n", []),
        # A field's word before the same heads names a concept.
        (
            "# Finance terms\n\n- stock split: one share becomes several, each worth less, the total the same\n"
            "- moiré pattern: the interference fringes two overlaid grids make\n- yield: the return on a bond\n",
            ["stock split", "moiré pattern", "yield"],
        ),
    ],
)
def test_label_heads_after_a_possessive_or_a_labels_modifier(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "# Practice log week 14\n\nMon: scales, 20 min\nSat/Sun: rest, lip sore\n",  # a weekend's days
        "# 病理科 常用术语\n\n切片：把组织切成很薄的片。\n待查：特殊染色都有哪些？\n",  # "to look up"
        "# 真珠の養殖 用語\n\n核入れ：貝に核を入れる作業。\n感想：核入れの職人さんの手の速さがすごかった！\n",  # impressions
        "# 西洋双陆棋 术语\n\n加倍：把赌注翻倍。\n笔记：下周问老李什么时候应该接受加倍。\n",  # notes
    ],
)
def test_days_and_the_writers_asides_in_chinese_and_japanese_are_no_terms(text: str) -> None:
    found = answers(text)
    assert not {"Sat/Sun", "待查", "感想", "笔记"} & set(found)


def test_a_lower_case_term_in_quotes_opens_an_entry_line() -> None:
    """""smile embouchure" = ...": quotes mark the term as bold does; a capitalised word in quotes
    is as often a translation or a quote ("Fragment": ...), and a slash joins alternatives."""
    from srs.core.extract.entrylines import entry_line

    found = entry_line('"lip slur" = moving between partials without changing the valves, only the air')
    assert found is not None and found.answers == ("lip slur",) and found.text.startswith("{{c1::lip slur}} = moving")
    assert entry_line("“pedal tone” — a very low note below the normal range, played with a loose embouchure").answers == ("pedal tone",)
    assert entry_line('"Fragment": a short monorhyme piece without a rhymed opening couplet') is None
    assert entry_line('"iron/ore-loving": combine with sulfur into ores') is None


def test_a_concept_glossed_by_its_notation_in_code_then_in_words() -> None:
    """A learner's cheat sheet: "negative lookahead = `(?!...)`, succeeds if ..."; the code stays
    as written (underscores inside code are no emphasis). A manual's option named by its value in
    code stays silent."""
    from srs.core.extract.entrylines import entry_line

    from srs.core.extract.sentences import plain

    found = entry_line("private attribute = `_name`, one leading underscore by convention, as in `self._cache`")
    assert found is not None and found.answers == ("private attribute",)
    assert "`_name`" in found.text and "`self._cache`" in found.text
    assert plain('writes go nowhere: `"_dd` deletes _this_ one') == 'writes go nowhere: `"_dd` deletes this one'
    assert entry_line("negative lookahead = `(?!...)`, succeeds only if the pattern does not match there").answers == ("negative lookahead",)
    assert entry_line("theme: `dark`, the default") is None
    assert entry_line("Theme = `dark`, which the app uses on first start") is None


def test_a_gloss_going_on_with_a_phrase_after_its_commas_lists_no_members() -> None:
    from srs.core.extract.entrylines import entry_line

    assert entry_line("dyspnoea:: difficult, laboured breathing, with visible effort").answers == ("dyspnoea",)
    assert entry_line("Fuel: load, size, moisture") is None


def test_vocabulary_and_a_lists_kinds_label_their_lines() -> None:
    from srs.core.extract.filters import is_label

    assert is_label("Vocabulary") and is_label("Types") and is_label("Pillow types") and is_label("Rope kinds")
    assert not is_label("Prototype") and not is_label("Archetypes")


def test_two_names_of_one_thing_are_hidden_together() -> None:
    note = "# Poetry workshop 3\n\n- eye rhyme / sight rhyme: words spelled alike but said differently, as love and move\n"
    cards = extract_note(note, "Poetry workshop 3.md").candidates
    assert [(c.answers, c.text) for c in cards] == [
        (("eye rhyme", "sight rhyme"), "{{c1::eye rhyme}} / {{c1::sight rhyme}}: words spelled alike but said differently, as love and move")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "- cc / sc = with / without correction, written before the acuity\n",  # two terms, each its own gloss
        "- storage / consolidation / retrieval / forgetting: the stages we covered today in the lecture\n",
    ],
)
def test_slashed_terms_that_are_no_one_thing_give_no_card(line: str) -> None:
    assert extract_note("# Lecture 2\n\n" + line, "Lecture 2.md").candidates == ()


def test_a_setup_line_is_a_label() -> None:
    assert answers("# IR lecture 3\n\n- Setup: Cranfield-style test collection, TREC qrels, the usual.\n") == []
