"""Ordinary notes kept beside study notes (diaries, plans, team pages, trip logs, recipes,
reviews, house rules, in English, Polish and Czech) give no card, while the real terms written in
the same shapes keep theirs. Each ordinary note here once gave a false card."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(path: str, text: str) -> list[str]:
    """The answers of every card of the note at ``path`` holding ``text``."""
    return [a for c in extract_note(text, path).candidates for a in c.answers]


def sections(title: str, *pairs: tuple[str, str]) -> str:
    """A note titled ``title`` with one ``##`` section per (heading, body) pair."""
    return f"# {title}\n\n" + "".join(f"## {heading}\n\n{body}\n\n" for heading, body in pairs)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # English sentences that pass through Polish and Czech places.
        ("en/Mixed.md", "Plans.\n\n**Go** to Kraków and visit the Wawel castle with Łukasz next week.\n"),
        ("en/Travel.md", "Ideas.\n\n**Head** to Łódź for the weekend and try the pierogi at the market.\n"),
        ("en/Travel.md", "Ideas.\n\n**Walk** to the Vltava river and cross Karlův most at sunrise.\n"),
        # A diary's past, a manual's state, the writer's sister.
        ("pl/Dziennik.md", "Wtorek.\n\n**Spotkanie** to była strata czasu, nikt nic nie przygotował.\n"),
        ("pl/Instrukcja.md", "Wstęp.\n\n**Ustawienia** są dostępne w menu głównym aplikacji.\n"),
        ("pl/Notatki.md", "Rodzina.\n\n**Kasia** jest moją siostrą i mieszka w Gdańsku.\n"),
        # One printer, one team: "the" points at a thing, not a kind.
        ("daily/Office.md", "Monday.\n\nThe office **printer** is a complete disaster that jams every morning.\n"),
        ("work/Marketing.md", "Org.\n\nThe marketing **team** is the group that handles all the launches this quarter.\n"),
        # What people like, own or cook, after two names.
        ("daily/Dinner.md", "Dinner is Mom and Dad's favourite time of the day.\n"),
        ("daily/Pasta.md", "Pasta is John and Mary's dish that they bring to every potluck.\n"),
        ("daily/Ramen.md", "Ramen is Ken and Yuki's go-to meal when they are too tired to cook.\n"),
        # The writer's view of one garden or kitchen.
        ("daily/The garden.md", "The garden of a friend is a nice place to spend Sunday afternoons in June.\n"),
        ("daily/The kitchen.md", "The kitchen of a restaurant is the place where all the stress happens, honestly.\n"),
        # A state in a workflow, whatever the title says.
        ("work/Ready for review.md", "A ticket is ready for review when all the tests pass and the description is filled.\n"),
        ("software/Ready builds.md", "A build is ready when all the checks turn green on the dashboard.\n"),
        # A house rule after an abbreviation and "=".
        ("daily/Abbrev.md", "In our flat, **Washing up** (WU) = whoever cooked does not wash.\n"),
        # A day's plan.
        ("daily/Plan.md", "The plan for today is **groceries** (Lidl): milk, bread, eggs and some apples.\n"),
        # Sibling headings that log a team's rota, a course's times, a trip, a recipe, a review.
        (
            "org/Project teams.md",
            sections(
                "Project teams",
                ("Frontend team", "Anna, Tom and Lisa. Meets on Tuesdays at 10."),
                ("Backend team", "Mark and Jo. Standup at 9:30 every day."),
                ("Data team", "Priya alone for now; hiring in Q3."),
            ),
        ),
        (
            "school/Course levels.md",
            sections(
                "Course levels",
                ("Beginner level", "**Mondays 6pm**, room 204. Bring the workbook."),
                ("Intermediate level", "**Wednesdays 6pm**, room 210. Quiz in week 4."),
                ("Advanced level", "**Fridays 5pm** online. Final essay due in June."),
            ),
        ),
        pytest.param(
            "travel/Trip stages.md",
            sections(
                "Trip stages",
                ("First stage", "Flew to Lisbon and stayed with Marta for two nights."),
                ("Second stage", "Train to Porto, lots of rain, great food."),
                ("Final stage", "Back home on Sunday, exhausted."),
            ),
            # "Stages" names a kind, and sections under such a name may open with a procedure's
            # verbs ("## Wet granulation" / "Mix the powder ..."): a log's verbs are not judged there.
            marks=pytest.mark.xfail(reason="a log's verbs are not judged under a heading that names a kind", strict=True),
        ),
        (
            "travel/Trip stages.md",
            sections(
                "Trip stages",
                ("First stage", "**Lisbon.** Flew in Friday, stayed with Marta for two nights.\n\nPhotos in the album."),
                ("Second stage", "**Porto.** Train, lots of rain, great food.\n\nPhotos too."),
                ("Final stage", "**Home.** Back on Sunday, exhausted.\n\nUnpacked Monday."),
            ),
        ),
        (
            "recipes/Cake layers.md",
            sections(
                "Cake layers",
                ("Bottom layer", "Bake the sponge for 25 minutes at 180 degrees."),
                ("Middle layer", "Spread the jam evenly and let it set."),
                ("Top layer", "Whip the cream and decorate with berries."),
            ),
        ),
        (
            "recipes/Cake layers.md",
            sections(
                "Cake layers",
                ("Bottom layer", "**Sponge.** Bake for 25 minutes at 180 degrees.\n\nLet it cool."),
                ("Middle layer", "**Jam.** Spread evenly and let it set.\n\nAbout 200 g."),
                ("Top layer", "**Cream.** Whip and decorate with berries.\n\nServe cold."),
            ),
        ),
        (
            "reviews/Headphone reviews.md",
            sections(
                "Headphone reviews",
                ("Sony review", "Great noise cancelling, but a bit heavy on long flights."),
                ("Bose review", "Very comfortable and light, weaker bass."),
                ("Apple review", "Seamless with the iPhone, expensive though."),
            ),
        ),
        (
            "reviews/Headphone reviews.md",
            sections(
                "Headphone reviews",
                ("Sony review", "**8/10.** Great noise cancelling, but heavy on long flights."),
                ("Bose review", "**9/10.** Very comfortable and light, weaker bass."),
                ("Apple review", "**7/10.** Seamless with the iPhone, expensive though."),
            ),
        ),
        (
            "workshops/Workshop sessions.md",
            sections(
                "Workshop sessions",
                ("Morning session", "Coffee at 9, then talks until noon. Bring a laptop."),
                ("Afternoon session", "Hands-on exercises in small groups, with a break at 3."),
                ("Evening session", "Dinner at the hotel and informal chats."),
            ),
        ),
        # A meeting's owner of a document, a museum closed today, a menu, a friend's likes.
        ("meetings/Team sync.md", "## Notes\n- Release is blocked.\n- Priya is the owner of the onboarding doc.\n"),
        ("travel/Berlin trip.md", "## Day 2\n- Museum Island\n- **Pergamon** is closed, so go to the Neues Museum instead.\n"),
        (
            "recipes/Dinner party menu.md",
            sections(
                "Dinner party menu",
                ("Starter", "Burrata with roasted tomatoes."),
                ("Main course", "Slow-roasted lamb shoulder with white beans."),
                ("Dessert", "Tiramisu (make the day before)."),
                ("Drinks", "- Red: Rioja\n- Non-alcoholic: elderflower spritz"),
            ),
        ),
        ("people/Anna.md", "# Anna\n\nAnna is my sister's friend from Kraków.\n\n- Birthday: 4 July\n- Likes: hiking, board games\n"),
        # How often to water, and tasks for people in Czech and Polish.
        ("misc/Plant watering.md", "# Plant watering\n\n- Monstera: once a week\n- Cactus: once a month\n- Basil: every 2 days\n"),
        ("schuzky/Porada týmu.md", "## Úkoly\n- Petr: opravit chybu v přihlášení\n- Jana: připravit prezentaci\n"),
        ("spotkania/Zespół.md", "## Zadania\n- Kasia: przygotować prezentację na piątek\n- Tomek: naprawić błąd w logowaniu\n"),
        # A product's FAQ.
        (
            "software/FAQ.md",
            "# FAQ\n\n## How do I reset my password?\nGo to Settings → Account → Reset password.\n\n"
            "## Can I use the app offline?\nYes, notes are cached locally.\n\n"
            "## What is the free plan?\nThe free plan is limited to 3 devices and 1 GB of storage.\n",
        ),
        # A log's sentences with their "I" left out.
        ("fitness/Marathon training.md", "# Marathon training\n\nCoach says the intervals help. Also need to watch for **shin splints**.\n"),
        ("misc/Finance notes.md", "# Finance notes\n\nMoved 500 to the **emergency fund**. Inflation is eating the savings account.\n"),
        ("hobbies/Chess club.md", "# Chess club\n\nLearned that **en passant** is a thing. Felt silly.\n"),
        # A review of a book, titled by it.
        (
            "reviews/Book review - Piranesi.md",
            "Piranesi is a strange, beautiful book about a man living in an endless house of statues.\n\nRating: 4/5\n",
        ),
        # A report's summary before a colon, under a title the sentence does not name.
        ("meetings/Kickoff.md", "Anna's summary of the first meeting with the client: we need more time for design.\n"),
        # A pet's name, and words that sum up or comment rather than name.
        ("octopus/Aquarium visit.md", "Octopus tank was the best: she (they called her **Olga**) was squeezed into a jar.\n"),
        ("octopus/Chromatophore.md", "Intro.\n\nTogether = the \"display skin\", with the papillae on top.\n"),
        ("rainforests/Soils.md", "Intro.\n\nCounter-intuitive: the lushest forests on Earth sit on some of the poorest soils.\n"),
        # Lists a day's lead counts out: days, options, people, verdicts.
        ("trip/Packing.md", "Packing for the two days:\n- socks: three pairs\n- charger: the white one\n"),
        ("food/Dinner.md", "Two options for dinner:\n- pizza — the place on Main St\n- sushi — Ken recommended it\n"),
        ("work/Offsite.md", "Tasks for the three of us:\n- anna: slides\n- tom: budget\n- lisa: venue\n"),
        ("food/Sauces.md", "Sauces we tried, five in all:\n- pesto — too salty\n- ragu: great\n- carbonara: meh\n- arrabbiata: spicy\n- alfredo: heavy\n"),
        ("shop/Sizes.md", "Three sizes in stock:\n- small: 40 EUR\n- medium: 45 EUR\n- large: 50 EUR\n"),
        # A shop's hours in Polish; tasks for people, in a plain list and a line of prose.
        ("pl/Zakupy.md", "Wstęp.\n\n**Sklep** jest otwarty do 18, potem już nic nie kupimy.\n"),
        ("schuzky/Úkoly.md", "Úkoly.\n\n- Petr: opravit chybu v přihlášení\n- Jana: připravit prezentaci pro klienta\n- Tomáš: zavolat dodavateli kvůli faktuře\n"),
        ("schuzky/Porada.md", "## Úkoly\n\nPetr: opravit chybu v přihlášení.\n\nJana: připravit prezentaci na pátek.\n"),
        ("pl/Zadania.md", "- Kasia: przygotować raport\n- Marek: zadzwonić do klienta\n- Ola: napisać maila\n"),
        # A household's names after "names".
        ("daily/Names.md", "Family.\n\nHe names the new puppy **Biscuit**, which the kids find hilarious.\n"),
        ("daily/Wifi.md", "Home.\n\nDad names the wifi network **FBI Van**: a joke that never gets old for him.\n"),
        # A trip's label before a place's name in ideographs.
        ("travel/Tokyo trip.md", "- **Dinner 銀座**: sushi place Ken recommended\n- **Lunch 錦市場**: street food at the market\n"),
        # A title that names instruments or properties, not the properties of one thing.
        (
            "band/Band instruments.md",
            "# Band instruments\n\n## Bass\nSam's. Ampeg head.\n\n## Guitar\n**Tele**, used. New strings!\n\n"
            "## Drums\n**Pearl** kit, the rehearsal room's.\n\n## Keys\n**Nord**, Ana's.\n",
        ),
        # A manual's modes counted out in bold, however terse their glosses.
        ("vim/Vim basics.md", "Intro.\n\nThe editor has three modes:\n- **Normal**: move around the file\n- **Insert**: type text into it\n- **Visual**: select a block of text\n"),
        # A manual's options counted out, capitalised in bold with a sentence each.
        (
            "sync/Local and remote vaults.md",
            "Intro.\n\nThere are two kinds of vaults:\n- **File-based sync services**: Local vaults must be in monitored folders, sync happens through the file system\n"
            "- **Remote vaults**: Centralized storage that local vaults connect to directly through the app\n",
        ),
        # A dated diary of a pastime: its list's fields are the day's readings.
        ("tarot/2024-03-11 tarot journal.md", "# 2024-03-11\n\nMorning pull.\n\n- Past: Five of Cups\n- Present: Knight of Wands\n- Future: The Star\n"),
    ],
)
def test_an_ordinary_note_gives_no_card(path: str, text: str) -> None:
    assert answers(path, text) == []


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        ("pl/Martyngał.md", "Wstęp.\n\n**Martyngał** jest procesem stochastycznym, którego wartość oczekiwana się nie zmienia.\n", ["Martyngał"]),
        # A comma may follow the predicate's first word.
        ("pl/Wtyczki.md", "Wstęp.\n\n**Wtyczka** to dodatek, który rozszerza możliwości aplikacji.\n", ["Wtyczka"]),
        ("cs/Moduly.md", "Úvod.\n\n**Zásuvný modul** je doplněk, který rozšiřuje možnosti aplikace.\n", ["Zásuvný modul"]),
        ("gaming/Speedrun.md", "Intro.\n\nA speedrun **route** is the full plan of a run, including every skip and trick used.\n", ["route"]),
        ("ml/Dropout.md", "Dropout is Hinton and Srivastava's technique for regularising neural networks.\n", ["Dropout"]),
        ("bio/Lateral line.md", "The lateral line of a fish is a sensory organ that detects movement and vibration in the water.\n", ["lateral line"]),
        ("software/Idempotence.md", "A job is idempotent when running it twice has the same effect as running it once.\n", ["idempotent"]),
        ("gaming/Terms.md", "Basics.\n\nIn Dota, **Last hit** (LH) = the killing blow on a creep that gives gold.\n", ["Last hit"]),
        # Kinds whose glosses hold a number or a verdict of their own.
        (
            "psych/Piaget's stages.md",
            sections(
                "Piaget's stages",
                ("Sensorimotor stage", "Birth to ~2. Knowing the world through senses and actions."),
                ("Preoperational stage", "2 to 7. Symbols and language, but no conservation."),
                ("Concrete operational stage", "7 to 11. Logical thought about concrete things."),
            ),
            ["Sensorimotor stage", "Preoperational stage", "Concrete operational stage"],
        ),
        # A numeral "I" is no user's question; "Starter tea" is no menu.
        (
            "stats/Question headings.md",
            "# Stats\n\n## What is a type I error?\nRejecting a null hypothesis that is actually true.\n\n"
            "## What does a p-value measure?\nThe probability of data at least as extreme as observed, assuming the null is true.\n",
            ["Rejecting a null hypothesis that is actually true", "The probability of data at least as extreme as observed, assuming the null is true"],
        ),
        ("bio/Cells.md", "Intro.\n\n- **Stem cells** are unspecialised cells that can divide and become other cell types.\n", ["Stem cells"]),
        ("chem/Lab.md", "Notes.\n\n- **Buffer**: a solution that resists changes in pH when acid or base is added\n", ["Buffer"]),
        # Kinds whose shared noun follows a hyphen, named by the parent heading, not the file's name.
        (
            "karate/Class notes - stances.md",
            "# Stances (dachi) — class notes\n\n## Zenkutsu-dachi\nFront stance. Front knee bent over the toes, back leg straight.\n"
            "(sensei: \"hips LOW\")\n\n## Kiba-dachi\nHorse-riding stance. Feet wide and parallel, knees pushed out.\n\n"
            "## Kokutsu-dachi\nBack stance. Most of the weight on the back leg, used with knife-hand blocks.\n",
            ["Zenkutsu-dachi", "Kiba-dachi", "Kokutsu-dachi"],
        ),
        # A course's dated log is no diary of a pastime.
        ("bio/2024-03-11 biology lecture log.md", "# Lecture\n\n**Osmosis**: diffusion of water across a membrane\n", ["Osmosis"]),
        # Sections a title names as its properties or its apparatus, however their glosses open.
        (
            "lasers/Properties of laser light.md",
            "# Properties of laser light\n\n## Monochromaticity\nLaser light sits in a very narrow band of wavelengths, close to one colour.\n\n"
            "## Coherence\nThe waves keep a fixed phase relationship along the beam.\n\n"
            "## Directionality\nThe beam spreads very little over long distances.\n",
            ["Monochromaticity", "Coherence", "Directionality"],
        ),
        (
            "alchemy/Alchemical apparatus.md",
            "# Alchemical apparatus\n\nLab kit from the woodcuts.\n\n## Alembic\nTwo-part still: a pot that holds the liquid and a head that catches the vapour.\n\n"
            "## Athanor\nSelf-feeding furnace built to keep a steady, gentle heat for weeks.\n\n"
            "## Bain-marie\nWater bath: the vessel sits in hot water so it never gets hotter than boiling.\n",
            ["Alembic", "Athanor", "Bain-marie"],
        ),
        # A title's term glossed by a name's rule; the rule itself follows the colon, in any person.
        (
            "pragmatism/Pragmatic maxim.md",
            "Peirce's rule for getting clear about a concept: consider what practical effects we conceive the object to have.\n",
            ["Pragmatic maxim"],
        ),
        # Members a lead counts out, each one word and its gloss, however short.
        (
            "taoism/Neidan.md",
            "Inner alchemy refines the body's own substances.\n\nWorks on the Three Treasures:\n- jing — essence (reproductive / vital)\n"
            "- qi — breath, energy\n- shen — spirit\n",
            ["jing", "qi", "shen"],
        ),
        # Bold names counted out, capitalised with terse glosses or in lower case with any gloss.
        (
            "tarot/Tarot de Marsella.md",
            "Intro.\n\nLos arcanos menores se dividen en cuatro palos:\n- **Oros** — monedas; lo material, el dinero\n"
            "- **Copas** — emociones, relaciones\n- **Espadas** — conflicto, pensamiento\n- **Bastos** — energía, acción, trabajo\n",
            ["Oros", "Copas", "Espadas", "Bastos"],
        ),
        (
            "tango/Abrazo.md",
            "The abrazo is the embrace tango is danced in, the connection through which the lead is felt.\n\nTwo broad kinds:\n"
            "- **close embrace**: chest to chest, typical of the milonguero style from the crowded salons\n"
            "- **open embrace**: a V with space between the partners, more room for figures, but the lead has to travel through the arms\n\n"
            'Teacher keeps saying "the embrace is the dance". noted.\n',
            ["abrazo", "close embrace", "open embrace"],
        ),
        (
            "tea/Principles.md",
            "Intro.\n\nLos cuatro principios de Rikyū:\n- wa — armonía\n- kei — respeto\n- sei — pureza\n- jaku — tranquilidad\n",
            ["wa", "kei", "sei", "jaku"],
        ),
        # A definition's example may hold a time or a quarter; a study question may be answered yes or no.
        (
            "bio/Circadian terms.md",
            sections(
                "Circadian terms",
                ("Zeitgeber", "An external cue that entrains the body clock, such as daylight, strongest at 7am."),
                ("Chronotype", "A person's natural timing of sleep, e.g. sleeping at 11pm or at 2am."),
                ("Free-running period", "The length of the body's cycle without any cue, about 24.2 hours."),
            ),
            ["Zeitgeber", "Chronotype", "Free-running period"],
        ),
        (
            "astro/Quiz.md",
            "# Quiz\n\n## Is the Sun a star?\nYes, a yellow dwarf.\n\n## What is the largest planet?\nJupiter.\n",
            ["Yes, a yellow dwarf", "Jupiter"],
        ),
        # "open" in a gloss, not a shop's state; Polish "są" before the instrumental.
        ("art/Painting terms.md", "Terms.\n\n- **Scumble** is open broken colour dragged over another, dry layer.\n", ["Scumble"]),
        ("pl/Komórka.md", "Wstęp.\n\n**Mitochondria** są organellami, w których zachodzi oddychanie komórkowe.\n", ["Mitochondria"]),
        ("psych/Kahneman.md", "Modes.\n\nKahneman names this mode **System 1**: fast, automatic and intuitive thinking.\n", ["System 1"]),
    ],
)
def test_a_real_term_in_the_same_shape_keeps_its_card(path: str, text: str, expected: list[str]) -> None:
    assert answers(path, text) == expected
