"""Each extraction rule on small notes: what becomes a card and what must not."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def cards(text: str, path: str = "Notes/Note.md"):
    return extract_note(text, path).candidates


def one(text: str, path: str = "Notes/Note.md"):
    found = cards(text, path)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "card", "answers", "rule"),
    [
        ("Paris is the {{c1::capital}} of {{c2::France::country}}.",
         "Paris is the {{c1::capital}} of {{c2::France::country}}.", ("capital", "France"), "cloze_markup"),
        ("The mitochondrion is the ==powerhouse== of the **cell**.",
         "The mitochondrion is the {{c1::powerhouse}} of the **cell**.", ("powerhouse",), "highlight"),
        ("What is the capital of Peru?::Lima", "What is the capital of Peru? {{c1::Lima}}", ("Lima",), "inline_qa"),
        # A "? " card mark before the front is no part of it.
        ("? Metering an area and choosing the zone it will land on is called :: placing",
         "Metering an area and choosing the zone it will land on is called: {{c1::placing}}", ("placing",), "inline_qa"),
        ("The tendency to keep a stable state is called **homeostasis** in biology.",
         "The tendency to keep a stable state is called {{c1::homeostasis}} in biology.", ("homeostasis",), "bold_called"),
        ("**Homeostasis** is the tendency of a system to keep a stable internal state.",
         "{{c1::Homeostasis}} is the tendency of a system to keep a stable internal state.", ("Homeostasis",), "term_is"),
        ("This bias is known as *anchoring* among psychologists.",
         "This bias is known as {{c1::anchoring}} among psychologists.", ("anchoring",), "known_as"),
        ("It builds what Freud called “the unconscious” in our minds.",
         "It builds what Freud called “{{c1::the unconscious}}” in our minds.", ("the unconscious",), "called_quoted"),
        ("- **Entropy** — a measure of the disorder of a system.",
         "{{c1::Entropy}} — a measure of the disorder of a system.", ("Entropy",), "glossary_list"),
        ("- **Entropy**: a measure of the disorder of a system.",
         "{{c1::Entropy}}: a measure of the disorder of a system.", ("Entropy",), "glossary_list"),
        ("This is what [[Donald Winnicott]] calls [[Good enough parenting|good enough mothering]].",
         "This is what Donald Winnicott calls {{c1::good enough mothering}}.", ("good enough mothering",),
         "link_alias_calls"),
        ("[[Jean Piaget]] argued that children build knowledge through stages of development.",
         "{{c1::Jean Piaget}} argued that children build knowledge through stages of development.",
         ("Jean Piaget",), "attributed_claim"),
        ("| Term | Meaning |\n|---|---|\n| Ego | the part of the mind that mediates |\n",
         "{{c1::Ego}}: the part of the mind that mediates", ("Ego",), "glossary_table"),
        ("## Homeostasis\n\nHomeostasis is the tendency of a body to stay in balance.\n",
         "{{c1::Homeostasis}} is the tendency of a body to stay in balance.", ("Homeostasis",), "heading_definition"),
        ("Q: What does DNA stand for?\nA: Deoxyribonucleic acid",
         "What does DNA stand for? {{c1::Deoxyribonucleic acid}}", ("Deoxyribonucleic acid",), "study_qa"),
    ],
)
def test_rule_makes_clean_card(text: str, card: str, answers: tuple[str, ...], rule: str) -> None:
    found = one(text)
    assert (found.text, found.answers, found.rule) == (card, answers, rule)


def test_title_definition_from_file_name_and_yaml_title() -> None:
    found = one("Homeostasis is the tendency of a body to keep a stable state.\n", "Bio/Homeostasis.md")
    assert found.rule == "title_definition" and found.answers == ("Homeostasis",)
    text = "---\ntitle: Entropy\n---\nEntropy is a measure of the disorder of a system.\n"
    found = one(text, "Physics/2024-01-01 lecture.md")
    assert found.text == "{{c1::Entropy}} is a measure of the disorder of a system." and found.line == 4


def test_a_title_defined_by_a_plain_noun_phrase_with_an_aside_before_its_pin() -> None:
    found = one('Daphnia are small planktonic crustaceans ("water fleas") that graze on algae.\n', "Lakes/Daphnia.md")
    assert found.rule == "title_definition" and found.answers == ("Daphnia",)


@pytest.mark.parametrize(
    "text",
    [
        "I **really** should go to bed earlier tonight.",
        "**Tags:** #psychology #mind\n**Up:** [[Index]]\n**Next:** [[Other]]",
        "**🔼 Up:** [[Home]]\n**🌱 Planted:** Sat 22 February 2025",
        "**Notes:**\n\n- some thoughts about the day and other things",
        "## References\n\n- **Thinking, Fast and Slow** by Daniel Kahneman\n- **Atomic Habits** by James Clear",
        "- [ ] **Homeostasis** is the tendency to keep a stable state",
        "Select **Settings** → **Files and links** to change where attachments go.",
        "To close the tab, press **Enter** and then **Escape** on the keyboard.",
        "```\n**Homeostasis** is the tendency to keep a stable state.\n```",
        "`X is called **Y**` is code and %% **Y** is called a comment %% stays hidden.",
        "<!-- **Homeostasis** is the tendency to keep a stable state. -->",
        "$$\n\\text{**Homeostasis** is the tendency}\n$$",
        "Whilst empathic attunement might seem one-directional, it's not.",
        "status:: done\nup:: [[Index]]",
        "Today I went to the shop and met **Anna**, who is a friend.",
    ],
)
def test_no_card(text: str) -> None:
    assert cards(text, "Empathic attunement.md") == ()


def test_sentence_with_explicit_markup_yields_only_that() -> None:
    found = one("**Homeostasis** is the ==tendency== of a body to keep a stable state.")
    assert found.rule == "highlight"


def test_cards_drop_footnotes_comments_and_keep_tags_and_lines() -> None:
    text = "First line.\n\nThis bias is called **anchoring**[^1] %%private%% in #psychology.\n\n[^1]: A book.\n"
    found = one(text)
    assert found.text == "This bias is called {{c1::anchoring}} in #psychology."
    assert found.line == 3


def test_siblings_share_a_sentence_key_and_positions_follow_the_note() -> None:
    text = "[[Heinz Kohut]] believed that a state is called **empathy** by most people around.\n\nA **vault** is a folder of notes.\n"
    found = cards(text)
    assert [c.position for c in found] == list(range(len(found)))
    assert found[0].sentence_key == found[1].sentence_key != found[2].sentence_key


def test_context_gives_heading_path() -> None:
    found = one("# Biology\n## Cells\n\nA **cell** is the basic unit of life in organisms.\n")
    assert found.context.startswith("Biology › Cells")


def test_callout_title_is_context_and_not_a_card() -> None:
    found = one("> [!note] Key idea\n> A **vault** is a folder of notes on your disk.\n")
    assert found.text == "A {{c1::vault}} is a folder of notes on your disk."
    assert found.line == 2 and "Key idea" in found.context


def test_bom_crlf_and_non_latin_text() -> None:
    found = one("\ufeffIntro line.\r\n\r\nЭто явление называют ==гомеостазом== в биологии.\r\n")
    assert found.answers == ("гомеостазом",) and found.line == 3
    found = one("هذا يسمى ==التوازن== في علم الأحياء.")
    assert found.answers == ("التوازن",)


def test_a_question_asking_what_a_term_means_hides_the_term_when_the_answer_defines_it() -> None:
    text = (
        "# Wood anatomy\n\nQ: What is heartwood?\nA: The inner, dead core of the trunk whose cells no longer carry sap.\n\n"
        "Q: What is the largest bone in the body?\nA: The femur.\n\n"
        "Headway\n?\nThe time gap between consecutive vehicles on the same route at one stop.\n\n"
        "Q: Are callouts foldable?\nA: Yes! In a foldable callout the content is hidden when it is folded.\n"
    )
    assert [(c.text, c.answers) for c in cards(text, "Wood/Anatomy Q&A.md")] == [
        ("What is {{c1::heartwood}}? The inner, dead core of the trunk whose cells no longer carry sap.", ("heartwood",)),
        ("What is the largest bone in the body? {{c1::The femur.}}", ("The femur.",)),
        ("{{c1::Headway}}: The time gap between consecutive vehicles on the same route at one stop.", ("Headway",)),
        ("Are callouts foldable? {{c1::Yes! In a foldable callout the content is hidden when it is folded.}}", ("Yes! In a foldable callout the content is hidden when it is folded.",)),
    ]


def test_a_term_asked_in_quotes_or_with_an_aside_or_a_second_question_is_hidden() -> None:
    text = (
        "# Wine service\n\n"
        'Q: What does "ullage" mean?\nA: The air gap between the wine and the cork in a bottle.\n\n'
        "Q: What is decanting and why do we do it?\nA: Pouring wine from the bottle into a decanter, to leave the sediment behind.\n\n"
        "Q: What is scrambling (as a stat)?\nA: The share of holes where you missed the green but still made par.\n\n"
        'Q: What does it mean to get "up and down"?\nA: Getting the ball into the hole in two strokes from off the green.\n'
    )
    assert [c.answers for c in cards(text, "Service/Wine Q&A.md")] == [("ullage",), ("decanting",), ("scrambling",), ("up and down",)]


def test_questions_about_a_case_or_an_action_keep_their_answer_hidden() -> None:
    # "What is the treatment?" asks about the case at hand, "What does helicase do?" what a thing
    # does, "Explain osmosis" is an exercise: the answer is what to recall. "What does X mean?"
    # asks a term's meaning.
    text = (
        "# Review\n\nQ: What is the treatment?\nA: Oral rehydration salts plus zinc for ten to fourteen days.\n\n"
        "Q: What does helicase do?\nA: It unwinds the double helix ahead of the replication fork.\n\n"
        "Q: Explain osmosis\nA: Water moves across a semipermeable membrane toward the side with more solute.\n\n"
        "Q: What does rubato mean?\nA: A flexible tempo where the player speeds up and slows down for expression.\n"
    )
    assert [c.answers for c in cards(text, "Review/Q&A.md")] == [
        ("Oral rehydration salts plus zinc for ten to fourteen days.",),
        ("It unwinds the double helix ahead of the replication fork.",),
        ("Water moves across a semipermeable membrane toward the side with more solute.",),
        ("rubato",),
    ]


def test_a_transcription_after_an_answer_stays_beside_it_as_a_hint() -> None:
    text = "# Rhotics\n\nQ: What is the single quick tongue contact in *pero* called?\nA: the alveolar tap [ɾ]\n"
    assert [c.text for c in cards(text, "Phonology/Rhotics.md")] == [
        "What is the single quick tongue contact in *pero* called? {{c1::the alveolar tap}} [ɾ]"
    ]


def test_a_sprints_report_in_bold_entries_gives_no_card() -> None:
    text = (
        "# Engine sprint notes\n\n- **Asset pipeline**: texture compression moved to BC7 ✅ (Kaito)\n"
        "- **Editor**: undo stack for the terrain tool — merged, PR #412\n"
    )
    assert cards(text, "Engine/Sprint notes W18.md") == ()


def test_a_question_the_writer_cannot_answer_yet_gives_no_card() -> None:
    text = "# Cathodic protection\n\nQ: What coating goes with CP on a buried pipeline?\nA: ??? (look up – FBE?)\n"
    assert cards(text, "Corrosion/CP Q&A.md") == ()
    text = "# Trade law\n\nQ: What's the MPIA?\nA: (fill in — the interim appeal arrangement, check the EU website)\n"
    assert cards(text, "Law/WTO Q&A.md") == ()


def test_an_entry_the_writer_says_is_not_examined_is_still_a_card() -> None:
    # Readers disagree about such entries; the card stays, and the user may suspend it.
    text = "# Syllables\n\n- Onset: the consonants before the vowel\n- Rhyme = nucleus + coda (not on the exam apparently)\n"
    assert [c.answers for c in cards(text, "Phonology/Syllables.md")] == [("Onset",), ("Rhyme",)]


def test_an_emphasised_title_that_is_an_example_of_something_is_no_term() -> None:
    text = "# Picturebooks\n\nSome intro.\n\n*Rosie's Walk* is the textbook example: the words mention only the hen.\n"
    assert cards(text, "Lit/Picturebooks.md") == ()


def test_a_claim_title_hides_no_tag_of_one_word() -> None:
    # A tag of one word names the note's topic ("#mortar"); the claim hides no topic.
    text = "---\ntags: [masonry, mortar]\n---\n# Lime mortar should be weaker than the stone\n\nSo the joint fails first.\n"
    assert cards(text, "Masonry/Lime mortar should be weaker than the stone.md") == ()


def test_a_claim_title_hides_no_word_of_a_term_the_note_defines() -> None:
    # The tag "fashion" is a word of "Fast fashion", which the note defines: the title's key term is
    # the longer one, and it has its card already.
    text = (
        "---\ntags: [fashion]\n---\n# Fast fashion relies on shortened lead times\n\n"
        "Fast fashion is a business model built on copying trends quickly and selling them cheaply in small drops.\n"
    )
    found = cards(text, "Fashion/Fast fashion relies on shortened lead times.md")
    assert [(c.answers, c.rule) for c in found] == [(("Fast fashion",), "title_definition")]


def test_note_info_tags_aliases_media() -> None:
    text = "---\ntags: [bio, '#cells']\naliases: Cell theory\n---\nBody with #inline/tag and ![[diagram.png]] and ![[Other note]].\n"
    info = extract_note(text, "Bio/Cells.md").info
    assert info.title == "Cells"
    assert info.tags == ("bio", "cells", "inline/tag")
    assert info.aliases == ("Cell theory",)
    assert info.media == ("diagram.png",)


def test_title_claim_hides_the_term_the_note_names() -> None:
    text = "---\naliases: [compound interest]\n---\nMoney left alone grows because returns earn returns.\n"
    found = cards(text, "Finance/Compound interest makes patience pay.md")
    assert [(c.text, c.rule) for c in found] == [("{{c1::Compound interest}} makes patience pay", "title_claim")]


def test_a_bold_term_right_after_a_semicolon_opens_its_clause() -> None:
    note = "# Ectotherm\n\nA first line.\n\n- activity depends on the weather; **brumation** is the reptile version of winter dormancy\n"
    cards = extract_note(note, "Herps/Ectotherm.md").candidates
    assert [(c.rule, c.answers) for c in cards] == [("term_is", ("brumation",))]


def test_a_numbered_glossary_table_hides_the_term_after_the_number() -> None:
    note = (
        "# Map symbols\n\n| Code | Symbol | What it is |\n|---|---|---|\n"
        "| 101 | Contour | — |\n"
        "| 103 | Form line | a dashed intermediate contour, used where a normal one shows too little |\n"
        "| 112 | Knoll | a small, obvious hill, too small to draw with contours |\n"
        "| — | Spur | contours pointing out from the slope toward lower ground |\n"
    )
    answers = [c.answers for c in extract_note(note, "Maps/Map symbols.md").candidates]
    # The number is no term, and a row whose meaning is left out ("—") gives no card.
    assert answers == [("Form line",), ("Knoll",), ("Spur",)]


def test_a_callout_is_the_writers_own_text_and_a_quote_is_not() -> None:
    # A plain definition inside a "> [!note]" callout is read; the same sentence quoted from a
    # book ("> ...", "> [!quote]") is someone else's words and gives no card unless marked.
    own = "# AAV vectors\n\nIntro.\n\n> [!note] Serotype\n> A serotype is a variant of the virus defined by its capsid proteins.\n"
    assert [c.answers for c in cards(own, "Gene/AAV vectors.md")] == [("serotype",)]
    for quoted in ("> A serotype is a variant of the virus defined by its capsid proteins.\n",
                   "> [!quote] Kay, 2011\n> A serotype is a variant of the virus defined by its capsid proteins.\n"):
        assert not cards("# AAV vectors\n\nIntro.\n\n" + quoted, "Gene/AAV vectors.md")


def test_a_question_asking_for_a_name_hides_the_name_that_opens_the_answer() -> None:
    text = (
        "# Ice cream bases\n\n"
        "Q: What do you call a base thickened by cooking egg yolks into the milk?\nA: A custard base (a.k.a. French style). Richer, more stable.\n\n"
        "Q: And the one with no eggs at all, just cream, milk and sugar?\nA: Philadelphia style. Cleaner flavour, fruit tastes brighter.\n\n"
        "Q: What do we call the rate at which air temperature falls with height?\nA: The lapse rate\n"
    )
    assert [(c.text, c.answers) for c in cards(text, "Food/Ice cream bases.md")] == [
        ("What do you call a base thickened by cooking egg yolks into the milk? A {{c1::custard base}} (a.k.a. French style). Richer, more stable.", ("custard base",)),
        ("And the one with no eggs at all, just cream, milk and sugar? {{c1::Philadelphia style}}. Cleaner flavour, fruit tastes brighter.", ("Philadelphia style",)),
        ("What do we call the rate at which air temperature falls with height? The {{c1::lapse rate}}", ("lapse rate",)),
    ]


def test_a_field_closing_a_line_of_prose_leaves_the_sentence_to_the_rules() -> None:
    # "... Up:: [[MOC]] #tag": a Dataview field after the sentence is no card syntax.
    text = "Scanning - the systematic sweep a lifeguard makes of the whole zone, repeated every 10 seconds. Up:: [[Lifeguarding MOC]] #pool\n"
    assert [c.answers for c in cards(text, "Pool/Scanning.md")] == [("Scanning",)]
    # A field that is the line's own ("status:: done") still gives nothing.
    assert not cards("status:: done\n", "Pool/Scanning.md")


@pytest.mark.parametrize(
    ("question", "answer", "term"),
    [
        ("¿Qué es el desgasificado?", "Remover el mosto para sacar el CO2 disuelto en las primeras semanas.", "desgasificado"),
        ("Qu'est-ce que la rétrogradation ?", "La recristallisation de l'amidon après cuisson, qui durcit le pain.", "rétrogradation"),
        ("O que é a termoclina?", "A camada da água onde a temperatura cai depressa com a profundidade.", "termoclina"),
        ("Che cos'è il frisage?", "Un placcaggio di legno disposto in motivi geometrici secondo la venatura.", "frisage"),
        ("Was ist ein Zolllager?", "Ein Lager für Waren, die noch nicht verzollt sind und dort bleiben dürfen.", "Zolllager"),
    ],
)
def test_a_question_asking_what_a_term_means_in_other_languages_hides_the_term(question: str, answer: str, term: str) -> None:
    found = cards(f"# Notes\n\nQ: {question}\nA: {answer}\n", "Notes/Q&A.md")
    assert [c.answers for c in found] == [(term,)]


def test_an_answer_with_an_aside_in_brackets_then_a_comment_hides_its_head() -> None:
    text = (
        "# Quiz\n\nQ: Who won the Peloponnesian War?\nA: Sparta (404 BC), with Persian money for a fleet.\n\n"
        "Q: Main energy source for a cow?\nA: Volatile fatty acids (VFAs) from microbial fermentation in the rumen\n\n"
        "Q: Capital of Peru?\nA: Lima (since 1535)\n"
    )
    assert [(c.text, c.answers) for c in cards(text, "History/Quiz.md")] == [
        ("Who won the Peloponnesian War? {{c1::Sparta}} (404 BC), with Persian money for a fleet.", ("Sparta",)),
        ("Main energy source for a cow? {{c1::Volatile fatty acids}} (VFAs) from microbial fermentation in the rumen", ("Volatile fatty acids",)),
        ("Capital of Peru? {{c1::Lima}} (since 1535)", ("Lima",)),
    ]


@pytest.mark.parametrize(
    ("question", "answer", "hidden"),
    [
        # An article needs its space: the term's own first letters are no article (review finding).
        ("¿Qué es lactosa?", "El azúcar principal de la leche, formado por glucosa y galactosa unidas.", "lactosa"),
        ("O que é osmose?", "A passagem de água por uma membrana semipermeável de um meio menos concentrado.", "osmose"),
        # A pronoun, a verb or "happening" asks for no term: the answer stays hidden.
        ("¿Qué es eso?", "Es una herramienta que usamos para medir la humedad del suelo en el huerto.", None),
        ("Qu'est-ce que tu fais demain ?", "Je vais au marché le matin et ensuite je travaille sur le rapport.", None),
        ("Was ist los?", "Nichts besonderes, ich habe nur den ganzen Tag am Bericht gearbeitet, sonst nichts.", None),
        ("What is happening and why is the build red?", "The cache of the runner expired and the tests could not download their fixtures.", None),
    ],
)
def test_what_a_foreign_or_chatty_question_hides(question: str, answer: str, hidden: str | None) -> None:
    found = cards(f"# Notes\n\nQ: {question}\nA: {answer}\n", "Notes/Q&A.md")
    assert [c.answers for c in found] == [(hidden or answer,)]


def test_a_list_answer_with_an_aside_after_its_first_item_stays_whole() -> None:
    # Review finding: the aside rule must not cut a list or an alternative after its first item.
    text = (
        "# Quiz\n\nQ: Which muscles form the rotator cuff?\nA: Supraspinatus (top), infraspinatus, teres minor and subscapularis.\n\n"
        "Q: How long to proof?\nA: Two hours (room temperature), or overnight in the fridge for more flavour.\n"
    )
    assert [c.answers for c in cards(text, "Anat/Quiz.md")] == [
        ("Supraspinatus (top), infraspinatus, teres minor and subscapularis.",),
        ("Two hours (room temperature), or overnight in the fridge for more flavour.",),
    ]
