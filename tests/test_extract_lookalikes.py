"""Everyday notes written in the shapes that name terms elsewhere: a diary's title over a remark,
"called" as what the writer did, abbreviations beside a reading, two things set apart by a slash,
rosters in a table. None of them defines anything, and the cards that do are written cleanly."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def cards(text: str, path: str) -> list[tuple[tuple[str, ...], str]]:
    return [(c.answers, c.text) for c in extract_note(text, path).candidates]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # A title's subject before a place, a day or "the", a note's noun, or a verb in the past,
        # over a sentence that says how things stand, not what the thing is.
        ("Daily/Office in Leeds.md", "The office is a converted mill with a nice canteen.\n"),
        ("Daily/Tomatoes in the greenhouse.md", "Tomatoes are the easiest crop if you water them daily.\n"),
        ("Daily/Kitchen renovation recap.md", "Kitchen renovation is finished except for the splashback tiles.\n"),
        ("Daily/Printer jammed again today.md", "The printer is out of toner as well, so nothing got printed.\n"),
        ("Daily/Parcel arrived damaged today.md", "A parcel arrives damaged about once a month from that courier.\n"),
        ("Daily/Plumber came on Tuesday.md", "A plumber charges eighty pounds just to turn up on a weekday.\n"),
        ("Daily/Printers are evil.md", "Printers (the one on floor 2 especially) are a nightmare to keep running.\n"),
    ],
)
def test_a_diary_title_over_a_remark_gives_no_card(path: str, text: str) -> None:
    assert cards(text, path) == []


@pytest.mark.parametrize(
    "text",
    [
        "Missed the last bus, called a taxi.\n",
        "He stood up, called for the bill.\n",
        "There is a config file, called settings (the yaml one), in the root.\n",
        "Their teacher is called miss parker and she is lovely.\n",
        "The park behind the school is called the green and kids play football there.\n",
        "Building C is called the annex.\n",
    ],
)
def test_called_as_what_someone_did_or_a_things_name_gives_no_card(text: str) -> None:
    assert cards(text, "Journal/Tuesday.md") == []


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        # What follows the expansion is a reading, a step, a remark or a name: the expansion stays
        # in sight as the cue, and only the abbreviation is hidden.
        ("- **BP** (blood pressure) = 140/90 this morning", "{{c1::BP}} (blood pressure) = 140/90 this morning"),
        ("- CI: continuous integration, must be green before merge", "{{c1::CI}}: continuous integration, must be green before merge"),
        ("- CAD: computer-aided dispatch — see the CAD manual", "{{c1::CAD}}: computer-aided dispatch — see the CAD manual"),
        ("- **GP** (general practitioner): Dr Khan, letter to follow", "{{c1::GP}} (general practitioner): Dr Khan, letter to follow"),
        ("- ICU: intensive care unit, visiting 2 to 8 only", "{{c1::ICU}}: intensive care unit, visiting 2 to 8 only"),
    ],
)
def test_an_expansion_beside_a_weak_cue_stays_in_sight(line: str, shown: str) -> None:
    assert [text for _answers, text in cards("# Ward round\n\n" + line + "\n", "Ward round.md")] == [shown]


@pytest.mark.parametrize(
    "line",
    [
        "- cat / dog: both need feeding at six every evening",
        "- Anna / Ben: follow up with the vendor about the pricing",
        "- r / K selection: many cheap offspring against few costly ones",
    ],
)
def test_two_things_set_apart_by_a_slash_are_no_names_of_one(line: str) -> None:
    assert cards("# Lecture 4\n\n" + line + "\n", "Lecture 4.md") == []


def test_a_slashed_term_in_bold_keeps_its_cloze_clean() -> None:
    note = "# Workshop\n\n- we read Dickinson\n- **eye rhyme / sight rhyme**: words spelled alike but said differently\n"
    assert cards(note, "Workshop.md") == [
        (("eye rhyme", "sight rhyme"), "**{{c1::eye rhyme}} / {{c1::sight rhyme}}**: words spelled alike but said differently")
    ]


@pytest.mark.parametrize(
    "table",
    [
        "| Class | Name | Role |\n|---|---|---|\n| 5B | Emma Li | class rep |\n| 5C | Noah Patel | deputy |\n",
    ],
)
def test_a_roster_of_ranks_and_names_is_no_glossary(table: str) -> None:
    assert cards(table, "School/Class list.md") == []


def test_a_sound_in_quotes_makes_no_software_manual_of_a_craft_note() -> None:
    """"you'll feel it "click" past the gap" is a sound: the note's entries stay cards, where a
    real step that clicks a capitalised label would make a manual of it."""
    note = (
        "# Ring making\n\nCutting:\n"
        "- saw-cut rings: a jeweller's saw or a saw jig, which leaves clean flush ends\n"
        "- pinch-cut = cut with flush cutters; each end gets a little pinched point\n\n"
        "Closing:\n- ALWAYS twist the ends sideways, pulling them apart distorts the circle\n"
        '- close with a little overshoot, you\'ll feel it "click" past the gap\n'
    )
    assert [c.answers[0] for c in extract_note(note, "Crafts/Ring making.md").candidates] == ["saw-cut rings", "pinch-cut"]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("Notes/Week.md", "# Notes\n\n- bring laptop\n- team: the usual crew, no Ben, w/ Sarah\n- ask Sam about it\n"),
        ("Notes/Phone.md", "# Notes\n\n- bring laptop\n- Theme: Dark-style colours for the editor\n- ask Sam about it\n"),
        ("Notes/PTO.md", "Paid time off (three days) booked for June, approved by Priya.\n"),
        ("Journal/2024-03-05.md", "We adopted a puppy, called biscuit (a beagle).\n"),
        ("Office/Printer on floor two.md", "The printer is a shared laser printer on floor two.\n"),
    ],
)
def test_lists_settings_and_diaries_in_glossary_shapes_give_no_card(path: str, text: str) -> None:
    assert cards(text, path) == []


def test_an_aside_after_an_expansion_is_no_cue() -> None:
    note = "# Car\n\n- DPF = diesel particulate filter (the sooty one), traps soot from the exhaust\n"
    assert cards(note, "Car maintenance.md") == [
        (("DPF",), "{{c1::DPF}} = diesel particulate filter (the sooty one), traps soot from the exhaust")
    ]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        # An organisation or a building named with its abbreviation, then news or a remark.
        ("Log/Ops week 12.md", "Alerts came from the Network Operations Centre (NOC): the payment API returned errors all night.\n"),
        ("Log/Seminar.md", "The reading group moved to the Old Chemistry Building (OCB): room 2.14 from next week.\n"),
        ("Log/Renewal.md", "We need to renegotiate the Service Level Agreement (SLA), the current one expires in June.\n"),
        ("Log/Ward.md", "Seen by the consultant neurologist (CN): the patient is stable overnight.\n"),
        ("Log/Echo.md", "Echo shows a reduced ejection fraction (EF): 35%, down from 45% in March.\n"),
        # "i.e." in a day's remark, a value, a status.
        ("Log/Allotment.md", "Wednesday: rain, i.e. another day stuck inside with the seed trays.\n"),
        ("Log/Soil.md", "The soil test came back: acidic, i.e. pH around 5.5 in both beds.\n"),
        # A dash after a particular thing bought or brought.
        ("Log/Dinner.md", "Priya brought the cheese — a Gouda from the market stall near the station.\n"),
        # Arrow steps of a recipe, a trip and a to-do list.
        ("Recipes/Dal.md", "- lentils → rinsing until the water runs clear\n- onions → frying slowly for twenty minutes\n"),
        ("Trips/Bike tour.md", "- chain → oiling after the rain every evening\n- pension → checking the statement in July\n"),
        # Someone's news in bold-led lines.
        ("People/Family.md", "- **Aunt Vera**: runs the café on the corner and still sends us a cake every Christmas.\n"),
        ("Home/Budget.md", "- **Rent**: goes up by 4% from September according to the letter from the agency.\n"),
    ],
)
def test_news_and_steps_in_the_shapes_of_new_glosses_give_no_card(path: str, text: str) -> None:
    assert cards(text, path) == []


def test_a_label_heading_inside_a_glossary_of_headings_gives_no_card() -> None:
    text = (
        "## Penne\nShort pasta tubes cut on a slant.\n\n## Homework\nChapter 4 exercises, all of them.\n\n"
        "## Farfalle\nSmall rectangles of pasta pinched into a bow.\n\n"
        "## Orzo\nTiny pasta shaped like a grain of rice. Often baked in the oven. Cheap too.\n\n"
        "## Summary\nFour shapes, from tubes to grains.\n"
    )
    answers = [a for answers, _ in cards(text, "Pasta/Pasta shapes.md") for a in answers]
    assert answers == ["Penne", "Farfalle", "Orzo"]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The link fails when packets exceed the maximum transmission unit (MTU), the largest frame a link carries.\n", "maximum transmission unit"),
        ("Marsh ecologists study the wet margin (WM) — the strip of the marsh that goes under every spring.\n", "wet margin"),
        ("- sublimation → turning straight from ice to vapour in dry cold air\n", "sublimation"),
        ("Treatment: levothyroxine, i.e. a synthetic hormone taken every morning.\n", "levothyroxine"),
    ],
)
def test_the_same_shapes_still_gloss_a_term(text: str, answer: str) -> None:
    assert answer in [a for answers, _ in cards(text, "Notes/Lecture notes.md") for a in answers]
