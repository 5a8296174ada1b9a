"""Notes that name their term only in the ``title`` property and open with its gloss: a note goes
in, the card hiding the title comes out. The gloss may place its noun before pinning it, carry an
aside in brackets, or be pinned by a participle; a statement that names the term stays silent."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str) -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("note", "path", "expected"),
    [
        ("---\ntitle: Tone hole\n---\nThe opening on the flute body that a finger or a key closes. Its size sets the pitch.\n", "Flute/Tone hole.md", "Tone hole"),
        ("---\ntitle: Heavies\n---\nDense dark grains (mostly iron oxides, some garnet) that settle to the bottom of the pan with the gold.\n", "Panning/Heavies.md", "Heavies"),
        ("---\ntitle: Tie stone\n---\nLong stones laid right across the width of the wall so that they bind both faces together.\n", "Walls/Tie stone.md", "Tie stone"),
        # A verb after a relative word or "so that" belongs to the clause that pins the noun.
        ("---\ntitle: Repetitive strain injury\n---\nInjury or pain of muscles, tendons or nerves that is caused by repeated movement at work.\n", "Work/RSI.md", "Repetitive strain injury"),
        # An adverb of the participle is no modifier of the noun it pins.
        ("---\ntitle: Quick clay\n---\nWet marine clay abruptly flowing like water once a slide disturbs it.\n", "Geotech/Quick clay.md", "Quick clay"),
        # "fixed" in a compound ("fixed-pitch") is no news of a repair.
        ("---\ntitle: Multirotor\n---\nA rotorcraft that gets its lift from more than two fixed-pitch rotors and steers by rotor speed.\n", "Drones/202405121030.md", "Multirotor"),
        ("---\ntitle: Malaxation\n---\nSlow mixing of the crushed olive paste for half an hour so that small oil droplets can merge into bigger ones.\n", "Oil/Malaxation.md", "Malaxation"),
        # An indefinite article, the noun and a participle that pins it down.
        ("---\ntitle: Ghee\n---\nA clarified butter made from cream simmered until the milk solids brown and separate.\n", "Kitchen/Ghee.md", "Ghee"),
        # A gerund whose only verb belongs to the clause that says what it is for.
        ("---\ntitle: Half position\n---\nResting the first finger on the string between the nut and first position, so the hand can reach the lowest notes.\n", "Cello/Half position.md", "Half position"),
        # A declared name of five words joined by "of".
        ("---\ntitle: Transfer of development rights\n---\nSelling the right to build on one plot so that the buyer can build more densely on another.\n", "Planning/TDR.md", "Transfer of development rights"),
        # The article is no modifier: three words describe the noun before "of" pins it.
        ("---\ntitle: Strait\n---\nA narrow natural channel of water joining two larger bodies of sea.\n", "Geography/Strait.md", "Strait"),
        ("# Strait\n\nA narrow natural channel of water joining two larger bodies of sea.\n", "Geography/Strait.md", "Strait"),
        # A word stressed inside the gloss: the emphasis stays in the card, the title is hidden.
        ("---\ntitle: Overwintering larva\n---\nA larva that stops feeding *before* the first frost and waits out the winter in the soil.\n", "Insects/Overwintering larva.md", "Overwintering larva"),
    ],
)
def test_declared_title_glossed_by_the_opening(note: str, path: str, expected: str) -> None:
    assert answers(note, path) == [expected]


@pytest.mark.parametrize(
    ("note", "path"),
    [
        # The opening has a verb of its own: a statement, however it opens.
        ("---\ntitle: Depreciation methods\n---\nDepreciation spreads the cost of a long-lived asset over its useful life.\n", "Accounts/Depreciation methods.md"),
        ("---\ntitle: Tides\n---\nThe Moon's gravity raises two bulges of water on opposite sides of the Earth.\n", "Sea/Tides.md"),
        # A participle of news, and a thing "with" something that is no pinned noun.
        ("---\ntitle: Garden shed\n---\nThe old wooden shed repainted by Dad on Sunday after lunch.\n", "Home/Old shed.md"),
        ("---\ntitle: Sunday lunch\n---\nRoast with all the trimmings at my parents' place again.\n", "Home/Sunday lunch.md"),
        # A gerund with a verb of its own: what happened.
        ("---\ntitle: Moving day\n---\nPacking the van took all morning and the sofa would not fit through the door.\n", "Home/Moving day.md"),
        # A map of content names a topic's notes.
        ("---\ntitle: Drainage MOC\n---\nIndex of the notes on soakaways, French drains and the tests that size them.\n", "Drainage/Drainage MOC.md"),
        # A participle's or a "with" phrase's fragment describes a thing in the writer's house,
        # as a gloss would: no declared title is glossed by them.
        ("---\ntitle: Garden shed\n---\nThe old bike stored in the shed needs new tyres before summer.\n", "Home/Garden shed.md"),
        ("---\ntitle: Hallway\n---\nSmall table with a drawer that always sticks in the damp.\n", "Home/Hallway.md"),
        ("# Garden gate\n\nThe old rusty gate of the yard was painted blue on Sunday.\n", "Home/Garden gate.md"),
        # A gerund with a verb after "since" under a title that is not declared: what is going on.
        ("# Office move\n\nPacking everything up this weekend since the movers are booked for Monday.\n", "Home/Office move.md"),
        # Five words without "of" are a sentence, not a name.
        ("---\ntitle: We moved the whole team\n---\nPlanning the move across town so that everyone could keep their commute short.\n", "Work/Move.md"),
    ],
)
def test_statements_stay_silent(note: str, path: str) -> None:
    assert answers(note, path) == []


def test_a_titled_callout_glosses_its_own_title() -> None:
    """"> [!info] Correlated colour temperature" / "> The temperature (in kelvin) of ...": the
    callout's title is the term, not the note's."""
    note = (
        "# Colour rendering\n\n> [!info] Correlated colour temperature\n"
        "> The temperature (in kelvin) of the black-body radiator whose colour is closest to the lamp's.\n"
    )
    assert "Colour rendering" not in answers(note, "Light/Colour rendering.md")



def test_a_claim_titles_subject_named_in_the_opening_is_its_card() -> None:
    """"# Pollarding extends willow lifespan" / "Pollarding means ...": the subject is the term, not
    the whole claim glossed by the sentence that names it."""
    note = (
        "# Pollarding extends willow lifespan\n\n"
        "Pollarding means cutting a tree back to its trunk at head height every few years and letting it sprout again.\n"
    )
    assert answers(note, "Trees/Pollarding extends willow lifespan.md") == ["Pollarding"]


def test_a_glossarys_title_is_no_term() -> None:
    note = "---\ntitle: Lexique de la vannerie\n---\nNotes prises pendant le stage à Fayl-Billot, à compléter plus tard avec le livre.\n"
    assert answers(note, "Vannerie/Lexique de la vannerie.md") == []


def test_an_untitled_definition_callout_glosses_the_notes_title() -> None:
    """"> [!definition]" with no title of its own: its type stands as its title, and it glosses
    the note's term."""
    note = "> [!definition]\n> A spin that is done on one foot with the free leg held behind at hip height.\n\nHard to hold past six turns.\n"
    assert answers(note, "Skating/Camel spin.md") == ["Camel spin"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Siteswap is a number notation for juggling patterns, each digit a throw.", ["Siteswap"]),
        ("The Tinel test is a test for nerve compression at the wrist.", ["Tinel test"]),
        ("Rolfing is a technique for loosening the fascia with deep pressure.", ["Rolfing"]),
        ("A tensiometer is a device for measuring how tightly the soil holds its water.", ["tensiometer"]),
        ("A pilcrow is a symbol for the start of a new paragraph in old manuscripts.", ["pilcrow"]),
        # Named after a person: a name.
        ("Newton's method is a technique for finding the roots of a function by iteration.", ["Newton's method"]),
        # A plan or a place "for" something is no means a term names.
        ("Saturday is a day for long walks and nothing else.", []),
        ("The garage is a place for the bikes now.", []),
    ],
)
def test_a_means_pinned_by_what_it_serves(sentence: str, expected: list[str]) -> None:
    """"X is a notation / test / technique for ...": the noun of a means is pinned by "for"."""
    assert answers("Some context first.\n\n" + sentence + "\n", "Misc/Notes.md") == expected


def test_a_declared_gloss_keeps_the_word_it_stresses() -> None:
    note = "---\ntitle: Tonic sol-fa\n---\nA teaching system in which *doh* always names the key note, whatever the key.\n"
    found = [c for c in extract_note(note, "Music/Tonic sol-fa.md").candidates if c.answers == ("Tonic sol-fa",)]
    assert found and found[0].text == "{{c1::Tonic sol-fa}}: A teaching system in which *doh* always names the key note, whatever the key."


def test_a_gloss_opening_with_markup_is_another_rules() -> None:
    note = "---\ntitle: Tonic sol-fa\n---\n**Doh** names the key note in a teaching system of syllables, whatever the key.\n"
    assert "Tonic sol-fa" not in answers(note, "Music/Tonic sol-fa.md")


@pytest.mark.parametrize(
    ("note", "path"),
    [
        ("---\ntitle: Keratoplasty\n---\nSurgical procedure: the damaged cornea is cut out and replaced with donor tissue.\n", "Eyes/Keratoplasty.md"),
        ("---\ntitle: Fianchetto\n---\nStandard bishop development: the bishop goes to the long diagonal after a knight's pawn moves.\n", "Chess/Fianchetto.md"),
    ],
)
def test_a_declared_term_glossed_by_its_kind_and_a_colon(note: str, path: str) -> None:
    title = note.split("title: ", 1)[1].split("\n", 1)[0]
    assert title in answers(note, path)


@pytest.mark.parametrize(
    ("note", "path"),
    [
        # A label, not a kind.
        ("---\ntitle: Keratoplasty\n---\nShort version: the damaged cornea is cut out and replaced with donor tissue.\n", "Eyes/Keratoplasty.md"),
        # The writer's own plan after the colon.
        ("---\ntitle: Fianchetto\n---\nOpening plan for Sunday: I will try the bishop on the long diagonal again.\n", "Chess/Fianchetto.md"),
    ],
)
def test_a_label_or_a_plan_before_a_colon_glosses_no_declared_term(note: str, path: str) -> None:
    title = note.split("title: ", 1)[1].split("\n", 1)[0]
    assert title not in answers(note, path)


def test_a_declared_titles_bare_gloss_may_stack_four_words_before_of() -> None:
    note = (
        "---\ntitle: Narwhal\naliases: [Monodon monoceros]\n---\n"
        "Large toothed migratory whale of the Arctic seas, the only living member of its genus.\n"
    )
    assert "Narwhal" in answers(note, "Whales/Narwhal.md")
    # Without the declared title the same opening glosses nothing.
    assert answers("Large toothed migratory whale of the Arctic seas, the only living member of its genus.\n", "Whales/Narwhal.md") == []



def test_a_declared_titles_opening_that_measures_a_trip_glosses_nothing() -> None:
    note = "---\ntitle: Lisbon\n---\nShort sunny family trip of four days with the kids, mostly trams and custard tarts.\n"
    assert "Lisbon" not in answers(note, "Travel/Lisbon.md")



def test_a_declared_titles_gloss_of_a_kind_is_no_measure() -> None:
    note = "---\ntitle: Scimitar\n---\nCurved single-edged cavalry sword of a kind carried across the Middle East and Persia.\n"
    assert "Scimitar" in answers(note, "Arms/Scimitar.md")
