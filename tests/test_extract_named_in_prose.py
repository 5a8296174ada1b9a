"""Terms named in plain prose and lecture items: a note goes in, its cards come out.

Each shape has notes that must give the card and notes of the same grammar that must stay silent
(opinions, plans, progress reports)."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Craft/Notes.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # A name in bold after a copula, then a colon and what it is: any subject may say its role.
        ("# Regietheater\n\nDirectors rework the setting freely.\n\nThe opposing ideal is **Werktreue**: faithfulness to the work as written, its period and directions.\n", "Werktreue"),
        ("# Neonatal jaundice\n\nBilirubin builds up in the first week.\n\nTreatment is mostly **phototherapy**: blue-green light turns bilirubin in the skin into isomers the body can excrete.\n", "phototherapy"),
        ("# Water budget\n\nRain falls mostly in winter.\n\nMost of the summer loss is **evapotranspiration**: water that leaves through leaves and the soil surface together.\n", "evapotranspiration"),
        # A lecture note's items in lower case read as the sentence would with its capital.
        ("# Voicing\n\n- nicking the languid changes the speech\n- the languid is the plate inside the foot that directs the wind sheet at the upper lip\n", "languid"),
        ("# Organ building\n\n- the tremulant is a device that makes the wind pressure pulse so the sound wavers\n", "tremulant"),
        # What the reader may do after a semicolon is no address inside the definition.
        ("# Technetium-99m\n\nIt comes from a generator. Elution is the act of washing the Tc-99m out of the column with saline; you can elute again after six hours.\n", "Elution"),
        # A craft's word for an action, defined by the action.
        ("# Centering\n\nWet the clay first. Coning is pushing the clay up into a tall cone and then back down into a mound, two or three times.\n", "Coning"),
        ("# Perforation gauge\n\nHoles are counted per 2 cm. Rouletting is separation by cutting small slits in the paper instead of punching out holes.\n", "Rouletting"),
        ("# Dam failure\n\nMost failures start small. Overtopping is water flowing over the crest of the dam, the first way embankments fail.\n", "Overtopping"),
        ("# Potatoes\n\nEarthing up is drawing soil from between the rows up around the stems, every fortnight until you have a ridge.\n", "Earthing up"),
        # An aside between dashes with no article: a bare noun and what it does or is measured against.
        ("# Canning\n\nSome intro. Siphoning — liquid getting pulled out of the jars during processing — is usually the result of bad headspace.\n", "Siphoning"),
        ("# Digesters\n\nSome intro. The C:N ratio — carbon to nitrogen in the feedstock, by mass — is the easiest lever on a small digester.\n", "C:N ratio"),
        # A name the people of a craft give, closing the sentence.
        ("# Rolling\n\nSome intro. That knee-driven rotation is what everybody calls the hip snap.\n", "hip snap"),
        ("# Sailing\n\nSome intro. A sudden gust that lays the boat flat is what sailors call a knockdown.\n", "knockdown"),
        # A head noun pinned by a clause without "that", its subject a noun: "the moment the heel lifts".
        ("# Hoof balance\n\nTrim to the live sole. Breakover is the moment the heel lifts and the hoof rolls over the toe.\n", "Breakover"),
        # A part named after its place, then what it is or holds.
        ("# Lighthouse\n\n- The lantern houses the lens.\n- Below it is the watch room, where the keeper on duty stayed awake all night.\n", "watch room"),
        ("# Foredune\n\nThe foredune is the first ridge. Seaward of it you sometimes get embryo dunes, which are low hummocks around strandline debris.\n", "embryo dunes"),
        # A term at the end of a clause, spelled out after a colon by a noun pinned down.
        ("# Bellows leaks\n\nIf the folds are fine, check the bellows pins: the long pins that go through the body into the frame.\n", "bellows pins"),
        ("# Edges\n\nBefore that the corners get rounded with an edge beveler: a small tool with a grooved tip that shaves a strip off.\n", "edge beveler"),
        ("# Glues\n\nPVA glues give more working time but show creep: slow permanent movement of a joint under constant load.\n", "creep"),
        ("# Cuts\n\nStones with an optical effect look better as a cabochon: a stone with a smooth domed top and a flat base.\n", "cabochon"),
        ("# Join up\n\nThe method uses the horse's flight zone: the distance at which a horse starts to move away.\n", "flight zone"),
        # Whom the thing was shown is no part of its name.
        ("# Mill visit\n\nThe miller met us at the gate. He showed us tentering: adjusting the gap between the stones while they run.\n", "tentering"),
        # A glossary run together on one line after a plain first line.
        ("Tower words, typed on my phone: **Stay** - wooden bar on the headstock that stops the bell going over "
         "**Slider** - wooden bar under the bell that the stay rests against **Treble** - the lightest bell, with the highest note "
         "**Tenor** - the heaviest bell, with the lowest note #bells\n", "Slider"),
    ],
)
def test_named_in_prose(note: str, expected: str) -> None:
    assert expected in answers(note)


@pytest.mark.parametrize(
    "note",
    [
        # A bold word that says how a thing is, an instruction after the colon, or a day.
        "# Plan\n\nSome text first.\n\nThe fix is **simple**: restart the router and wait for the light.\n",
        "# Week 3\n\nSome text first.\n\nNext step is **Tuesday**: we meet the supplier and sign the order.\n",
        "# Diary\n\nSome text first.\n\nMy favourite part is **lunch**: we always go to the cafe by the river.\n",
        # The reader addressed inside the definition itself.
        "# Bases\n\nSome text first. Cards is a type of view you can use in Bases.\n",
        # Progressive tenses and everyday -ing nouns are no craft's action.
        "# Log\n\nSome text first. Everything is going in the wrong direction since Monday.\n",
        "# Log\n\nSome text first. Cooking is making me happy these days with the new pans.\n",
        "# Log\n\nSome text first. Building is taking the whole of the summer this year.\n",
        # A day the week names is no term, whatever clause pins it.
        "# Shop\n\nSome text first. Friday is the day the shop opens early for members.\n",
        "# Log\n\nSome text first. Flooding is water getting into the cellar again after the storm.\n",
        # What the subject is, a question's clause, notes and a pattern seen again: no colon term.
        "# Barthes\n\nSome text first. In Barthes, myth is a second-order semiological system: a whole sign from the first order.\n",
        "# Study group\n\nSome text first. It finally clicked why the chain rule works: the derivative of a composition.\n",
        "# Lab\n\nSome text first. Notes from the lab: keep samples on ice and label every tube.\n",
        "# Growth\n\nSome text first. Same pattern in bureaucracies: budgets and headcount grow in a crisis.\n",
        # After a colon or a dash: an amount, a question, a part; a glossary line's own gloss.
        "# Costs\n\nSome text first. Cheapest point to cut cost is on the drawing board, not on the factory floor — most of the cost is fixed by then.\n",
        "# Lecture 3\n\nSome text first. Q for seminar: how much of the model village story is public relations?\n",
        "# Gas\n\nSome text first. Back-mounted twins with mismatched cylinders: thirds of the smallest one only.\n",
        # A condition and a step; a note's title and what kind of notes it is.
        "# Beurre blanc\n\nSome text first.\n\nIf it splits: whisk a spoon of cold water into a clean pan.\n",
        "Tooling sequence - class notes 12 Mar\n\nWe started late and finished the belt.\n",
        "# Affresco\n\nAffresco – lezione 2\n\nAbbiamo preparato il muro.\n",
        # A person or an event with what happened around them.
        "# Week 3\n\nSome text first. Tom — coffee spilled on his shirt — was late again.\n",
        "# Week 3\n\nSome text first. The meeting — people coming in from all floors — was chaos.\n",
        # A place with where someone was is no part of a structure.
        "# Visit\n\nSome text first. Behind it is the shed, where I keep my bikes.\n",
        # A place or a person with where they are is no term.
        "# Trip\n\nSome text first. Lisbon is a city on the coast of Portugal with great food.\n",
    ],
)
def test_same_grammar_stays_silent(note: str) -> None:
    assert answers(note) == []


def test_entry_line_keeps_its_own_term() -> None:
    """A glossary line's gloss may name another thing and spell it out: the line's term is the card."""
    found = answers("# Valves\n\n- Primary valve – a relay: a small pouch-operated valve that drives a bigger motor.\n")
    assert found == ["Primary valve"]


def test_kinds_named_at_the_end_of_a_heading() -> None:
    """"## Gill attachment types" names kinds of attachment when the glosses open with what they
    are of ("gills ..."), however alike they open; a program's file types stay an option list."""
    kinds = (
        "# Spore prints\n\n## Gill attachment types\n- Adnate: gills joined to the stem across most of their width\n"
        "- Decurrent: gills running down the stem (chanterelle-ish)\n- Sinuate: gills curving up just before the stem\n"
    )
    assert answers(kinds) == ["Adnate", "Decurrent", "Sinuate"]
    options = (
        "# Attachments\n\n## Supported file types\n- **pdf**: opens in the built-in viewer\n"
        "- **png**: opens in the built-in viewer\n- **mp3**: opens in the built-in player\n"
    )
    assert answers(options) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The brush rests on a small ceramic stand, the **fudeoki**.", ["fudeoki"]),
        ("Two rough surfaces only touch at the tips of their highest peaks, the **asperities**.", ["asperities"]),
        # A verdict, a list and a sentence that goes on after the term name nothing.
        ("We had dinner at the new place by the river, the **best**.", []),
        # A name in capitals, or the writer's own story, names a place, not a concept.
        ("After two hours the path finally reaches the summit hut, the **Refugio**.", []),
        ("We ended up at the old pub down by the river, the **snug**.", []),
        ("We tried **sumi**, **bokuju**, the **suzuri**.", []),
        ("It sits in a small wooden box, the **kiribako** we bought in Kyoto.", []),
    ],
)
def test_a_term_closing_the_sentence_names_the_noun_phrase_before_it(sentence: str, expected: list[str]) -> None:
    """"..., the **asperities**.": an appositive at the sentence's end names what was described."""
    note = f"# Notes\n\nA few things from the weekend workshop.\n\n{sentence}\n"
    assert [a for c in extract_note(note, "Craft/Notes.md").candidates for a in c.answers] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "names" as "calls": a writer's term for what was just described.
        ("Identity vs. role confusion (adolescence): what he names the **identity crisis**.", ["identity crisis"]),
        ("Kahneman names this mode **System 1**: fast, automatic and effortless.", ["System 1"]),
        # An instruction to name a file names no term.
        ("Name the file **notes** and save it in the vault.", []),
    ],
)
def test_a_term_that_an_author_names(body: str, expected: list[str]) -> None:
    assert [a for c in extract_note(body + "\n", "Notes/Reading.md").candidates for a in c.answers] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A translation may stand between a bold name and the colon that spells it out.
        ("The central idea is **śūnyatā** (emptiness): every phenomenon lacks inherent existence.", ["śūnyatā"]),
        ("His main device is **iham** (amphibology): a word chosen because it carries two meanings.", ["iham"]),
        # One word of the term's field may stand between the article and the bold term.
        ("A speedrun **route** is the full plan of a run, from the first input to the last.", ["route"]),
        # Not an opinion, nor a word of order or size.
        ("The marketing **team** is the best in the building, by far.", []),
        ("The big **advantage** is a lower price for the same result.", []),
        # Nor the writer's own things.
        ("The kitchen **timer** is a gift from my sister, who never bakes.", []),
        # Nor a pointer to one of them.
        ("The office **printer** is the one on the third floor, near the kitchen.", []),
    ],
)
def test_a_bold_name_with_an_aside_or_a_word_of_its_field(body: str, expected: list[str]) -> None:
    assert [a for c in extract_note("Intro line here.\n\n" + body + "\n", "Notes/Reading.md").candidates for a in c.answers] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A kin of the note's subject named with its translation or its characters.
        ('Its opposite is druj, "the lie": deceit, disorder and falsehood.', ["druj"]),
        ('Its opposite is the xiaoren (小人), the "small person", who is concerned with profit.', ["xiaoren"]),
        # A judgement of the kin stays silent.
        ("Its opposite is worse: nobody can read the result at all.", []),
    ],
)
def test_a_kin_named_with_its_translation(body: str, expected: list[str]) -> None:
    assert [a for c in extract_note("Intro line here.\n\n" + body + "\n", "Ethics/Asha.md").candidates for a in c.answers] == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # A remark after a semicolon may follow the name that closes the described subject.
        ("Intro.\n\nThe water left sitting in the bend is called the trap seal; usual depth 50–75 mm.\n", ["trap seal"]),
        ("Intro.\n\nTypefaces with small strokes at their ends are called serif faces; the rest are sans.\n", ["serif faces"]),
    ],
)
def test_a_name_closing_its_described_subject_before_a_semicolon(note: str, expected: list[str]) -> None:
    assert answers(note) == expected


def test_a_demonstrative_naming_may_give_the_names_other_form_in_brackets() -> None:
    note = "Intro.\n\nThe line is attached to the bridle at one point. That point is the towing point (also \"tow point\").\n"
    assert answers(note, "Kites/Bridle.md") == ["towing point"]
    # (Any other aside is no second name: the sentence says more than a name.)
    assert answers("Intro.\n\nThat shop is the corner shop (open till late).\n", "Town/Shops.md") == []
    # (Nor a nickname sharing no word with it: "(also "the Spar")".)
    assert answers('Intro.\n\nThat shop is the corner shop (also "the Spar").\n', "Town/Shops.md") == []


def test_a_described_thing_named_by_a_law_or_a_cycle_with_a_capital() -> None:
    note = (
        "Intro.\n\nThe minus sign is Lenz's law: the induced current always flows against the change in flux.\n\n"
        "The standard scheme is the Metonic cycle: 19 solar years make 235 lunar months.\n"
    )
    assert answers(note, "Physics/Induction.md") == ["Lenz's law", "Metonic cycle"]
    # (A capitalised name of any other thing is a product or a person: "The main tool is Excel: ...".)
    assert answers("Intro.\n\nThe main tool is Excel: everyone in the office has it.\n", "Work/Tools.md") == []
    # (A house rule a ranking subject names: "The only rule is Ola's law: ...".)
    assert answers("Intro.\n\nThe only rule is Ola's law: whoever breaks the build buys the cake.\n", "Team/Rules.md") == []


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Gaius calls the things that needed the formal transfer (mancipatio) *res mancipi*: land in Italy, slaves, oxen.", "res mancipi"),
        ("Writers call painting lots of trains and walls fast, everywhere, *bombing*: it's about quantity, not quality.", "bombing"),
        ("Ohno calls going to the floor to see for yourself *genchi genbutsu* — managers are expected to be there.", "genchi genbutsu"),
    ],
)
def test_a_term_named_after_what_it_names_and_glossed_at_once(sentence: str, term: str) -> None:
    """"calls [what it names] *term*: gloss": the naming verb's object comes first, the term last,
    and a colon or a dash glosses it at once."""
    assert term in answers(f"# Lecture notes\n\n- {sentence}\n", "History/Lecture notes.md")


@pytest.mark.parametrize(
    "sentence",
    [
        "She calls her mother every Sunday *without fail*: it's a ritual by now.",
        "I call my sister every Sunday *at noon*: it's a ritual.",  # the writer's call, and a time
        "Everyone calls the new manager *Big Tom* — he's two metres tall.",  # a nickname
    ],
)
def test_a_call_that_names_no_term_stays_silent(sentence: str) -> None:
    assert answers(f"# Journal\n\n{sentence}\n", "Journal/2024-05-02.md") == []


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # An activity named: a gerund and what it takes.
        ("Feeding on nectar is called nectarivory; hummingbirds and some bats live on it.\n", "nectarivory"),
        # A remark joined by a conjunction after the name.
        ("The behaviour is called group mobbing and usually starts when a hawk perches near the nest.\n", "group mobbing"),
        ("Lenses corrected for three colours are called apochromats (\"APO\" in ads) and cost a lot more.\n", "apochromats"),
        # "Each" describes a thing of a kind as "The" does.
        ("Each segment is sometimes called a metamere.\n", "metamere"),
        # A naming aside with a gloss in brackets, or closing the sentence.
        ("The monks, called komusō (\"monks of emptiness\"), wandered with baskets over their heads.\n", "komusō"),
        (
            "It holds the prey at a constant angle, the trick a missile uses, called parallel navigation (constant bearing).\n",
            "parallel navigation",
        ),
    ],
)
def test_named_by_a_naming_verb(note: str, expected: str) -> None:
    assert expected in answers(note)


@pytest.mark.parametrize(
    "note",
    [
        "Something like this is called a bug in our team, whatever it is.\n",
        "After the talk she left early, called Tom.\n",
        "Nothing is called off yet and we still meet on Friday.\n",
    ],
)
def test_naming_verbs_that_name_nothing_stay_silent(note: str) -> None:
    assert answers(note) == []
