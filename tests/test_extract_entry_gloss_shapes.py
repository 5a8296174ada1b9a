"""Entry lines ("term: gloss", "term = gloss") whose glosses open in ways other lines use for lists,
housekeeping or commands: a line goes in, the card hiding its term comes out, or nothing."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note
from srs.core.extract.entrylines import entry_line


@pytest.mark.parametrize(
    ("line", "term"),
    [
        # A gloss that ends with the word "note" is no housekeeping remark.
        ("ambitus: total range of a melody, lowest to highest note", "ambitus"),
        # Commas after an adverb or after the term's own genus set off asides, not members.
        ("SBI: slowly beating interval, 4ths and 5ths, ~1 beat/sec or less", "SBI"),
        ("setting coat (skim): thin final coat, two or three millimetres, trowelled smooth", "setting coat"),
        # After "=" a participle makes a noun of a word a command opens with.
        ("cold extraction = paste kept at or under 27 °C the whole time", "cold extraction"),
        ("antiquing = paste dye rubbed into the cut lines then wiped off the surface", "antiquing"),
        # A role in lower case is glossed by who plays it.
        ("nage → the one who throws, the partner leading the technique", "nage"),
        ("uke: The one who receives the technique and falls", "uke"),
        # A kind of concept opening a term of four words names it, though it reads like a clause.
        ("Gauss's law for magnetism: net magnetic flux through any closed surface = 0", "Gauss's law for magnetism"),
        ("principle of least action: the path taken makes the action stationary", "principle of least action"),
        # Capitalised steps after an arrow, in brackets or well into the gloss, are its example,
        # not a menu path.
        ("Kafka Connect: framework for source and sink connectors (Postgres → Kafka → S3)", "Kafka Connect"),
        ("tritone sub: swap a dominant seventh for the one a tritone away, so G7 → Db7", "tritone sub"),
        # A span of time or "hypothesis" glossed by an article and its noun is defined; a name
        # that opens with "Later" is a name.
        ("Long-term: the period over which all inputs are variable", "Long-term"),
        ("Hypothesis: a claim about a population parameter that a test can reject", "Hypothesis"),
        ("Later Stone Age: the last period of the Stone Age in Africa, from about 50,000 years ago", "Later Stone Age"),
    ],
)
def test_entry_lines_read(line: str, term: str) -> None:
    found = entry_line(line)
    assert found is not None and found.answers == (term,)


@pytest.mark.parametrize(
    "line",
    [
        "Lecture 3: notes (from Tom)",
        "Tools: hammer, chisel, saw",
        "Packing: tent, stove, mat",
        # A noun in "-ly" is no adverb; a one-word term's name in its list is no genus.
        "Support network: family, close friends, old neighbours",
        "Soup: tomato soup, vegan, served hot",
        "export = save selected notes to a folder",
        "Tom: the one who brings the cake on Fridays",
        # A lower-case word glossed by a house rule or news, or by itself again.
        "cake: the one who always brings cake is away this year",
        "kitchen: the one who cooks doesn't clean",
        "tori: the one who sometimes helps out",
        "cake: the one who brings cake",
        # A menu path opens the gloss or follows a word or three.
        "Vim mode: Settings → Editor → Vim key bindings",
        "Hotkeys: open Settings → Hotkeys and search",
        "Order of correction: True → Variation → Magnetic → Deviation",
        # A past participle opening the gloss of a capitalised term reports.
        "Tom: worried about the write load on the new column",
        "Windchest delivery: pushed to April by the joiner",
        "Tom: reviewed design doc for search",
        "Backend: deployed hotfix for login timeouts",
        "Sample A: centrifuged pellet resuspended in PBS",
        # A path after "under" or "in", or early on one of three steps, is a menu path.
        "Spellcheck: off by default, turn on under Settings → Editor → Spellcheck",
        "Vim mode: handy for power users, Settings → Editor → Vim key bindings",
        "Autosave: every 30 s by default, change it in File → Preferences → Settings",
        # A span of time heads what came of something; "later" dates a remark.
        "Long-term: eastern Anatolia lost for good, the capital later moved east",
        "later atabegs = the real rulers (Zengi in Mosul, for one)",
    ],
)
def test_lists_notes_and_commands_stay_silent(line: str) -> None:
    assert entry_line(line) is None


def test_a_lecture_list_gives_its_entries() -> None:
    note = (
        "# Plastering course wk2\n\n- setting coat (skim): thin final coat, two or three millimetres, trowelled smooth\n"
        "- cold extraction = paste kept at or under 27 °C the whole time\n"
    )
    found = [a for c in extract_note(note, "Craft/Plastering course wk2.md").candidates for a in c.answers]
    assert "setting coat" in found and "cold extraction" in found


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ('**bakufu** = "tent government" = the shogun\'s military government, based in Edo', "bakufu"),
        ("**dakhma** — “tower of silence”, where the dead were exposed to the birds", "dakhma"),
        ('**legato tonguing** = "du/da", the tongue barely interrupts the air', "legato tonguing"),
    ],
)
def test_a_quoted_translation_may_open_a_marked_terms_gloss(line: str, term: str) -> None:
    found = entry_line(line)
    assert found is not None and found.answers == (term,)


@pytest.mark.parametrize(
    "line",
    [
        '**Seneca**: "We suffer more often in imagination than in reality"',  # a saying
        'Passing: "every others" = pass on every second right-hand throw, selfs in between',  # the quote is the name
        'deadwood up top = "widowmakers" — dead branches lodged in the crown that can fall',
        # A quoted verdict, or a quote the writer goes on to remark on: a review's.
        '**Frame**: "rock solid", no wobble at all on the road',
        '**Oppenheimer**: "far too long", but the sound design was worth it',
        '**Motor**: "quiet" — you can ride it at night without waking anyone',
    ],
)
def test_a_quotation_after_a_plain_term_or_alone_is_no_gloss(line: str) -> None:
    assert entry_line(line) is None


def test_a_capitalised_term_glossed_after_equals_by_a_capitalised_phrase() -> None:
    """After "=" a gloss may open with a proper adjective, an acronym's expansion or a German
    noun; formulas, symbols and a setting's value stay silent."""
    from srs.core.extract import extract_note

    note = (
        "# Wk 3 — the Mamluks\n\n"
        "- Bahri dynasty = Turkic slave soldiers who took power in Egypt in 1250\n"
        "- Burji dynasty = Circassian successors of the Bahris, ruling from the Citadel\n"
    )
    got = [a for c in extract_note(note, "History/Wk 3 - the Mamluks.md").candidates for a in c.answers]
    assert got == ["Bahri dynasty", "Burji dynasty"]
    for line in ("Transmittance T = I/I0 of the light through the sample", "battery = Vigil every 10 yrs"):
        assert extract_note(f"# Notes\n\nSome words first.\n\n{line}\n", "Misc/Notes.md").candidates == ()
    german = "# Zellzyklus\n\n- G0-Phase = Ruhezustand, z. B. Nervenzellen\n- S-Phase = DNA-Replikation im Zellkern\n"
    assert [a for c in extract_note(german, "Bio/Zellzyklus.md").candidates for a in c.answers] == ["G0-Phase", "S-Phase"]


def test_an_arrow_typed_in_ascii_is_read_as_an_arrow_and_shown_as_typed() -> None:
    found = entry_line("embryonic diapause -> development of the embryo halts at the blastocyst stage")
    assert found is not None and found.answers == ("embryonic diapause",)
    assert found.text == "{{c1::embryonic diapause}} -> development of the embryo halts at the blastocyst stage"
    # As after "→", a consequence is no gloss.
    assert entry_line("storms -> big waves rip the plants out") is None


@pytest.mark.parametrize(
    "note",
    [
        # A term that is a clause: "have", "says" make a sentence of it.
        "# Sea slugs\n\n- aeolids have cerata — finger-like projections covering the back\n",
        "# Ratites\n\n- DNA says no: kiwi closest to the extinct elephant birds, not to moa\n",
        # "alternative", "hypothesis": a remark's label, whatever follows.
        "# Magnetars L18\n\n- alternative: fossil field hypothesis, a field inherited from a magnetic progenitor\n",
        "# Mantis shrimp vision\n\n- hypothesis: fast barcode colour recognition instead of comparing channels\n",
        # An author's book in italics, in a map of content or a reading list.
        "# Maurya\n\n## Reading\n- **Romila Thapar** — *Aśoka and the Decline of the Mauryas*\n- **Upinder Singh** — *A History of Ancient India* (2008)\n",
    ],
)
def test_clauses_remark_labels_and_bylines_give_no_entry(note: str) -> None:
    assert [c.answers for c in extract_note(note, "Notes/" + note.split("\n", 1)[0][2:] + ".md").candidates] == []


def test_a_translation_in_italics_is_still_a_gloss() -> None:
    note = (
        "# Wortschatz\n\n- **Sehnsucht** — *a longing for something far away*\n- **Fernweh** — *a longing for distant places*\n"
        "- **Heimweh** — *a longing for home*\n"
    )
    assert [c.answers[0] for c in extract_note(note, "German/Wortschatz.md").candidates] == ["Sehnsucht", "Fernweh", "Heimweh"]


def test_a_maxim_translated_in_sentence_case_italics_is_no_byline() -> None:
    note = (
        "# Legal maxims\n\n- **Caveat emptor** — *Let the buyer beware*\n- **Audi alteram partem** — *Hear the other side*\n"
        "- **Res ipsa loquitur** — *The thing speaks for itself*\n"
    )
    assert [c.answers[0] for c in extract_note(note, "Law/Legal maxims.md").candidates] == ["Caveat emptor", "Audi alteram partem", "Res ipsa loquitur"]


def test_a_bold_entry_glossed_by_a_peoples_adjective_or_after_its_plural_is_a_card() -> None:
    """"Japanese weaving ..." opens with a capital only because English writes a people's
    adjective so; a plural in brackets may stand between the term and its dash."""
    note = (
        "#evergreen\n\nThrift crafts turn up everywhere.\n\nSame idea elsewhere:\n"
        "- **boro** — Japanese mending where patches of indigo cloth are stitched over worn ones, layer on layer, "
        "for as long as the garment holds together; the older a piece, the more layers it carries\n"
        "- **kasper** (pl. kasprar) — Swedish word for a braided rag mat, the round kind by the stove\n"
        "- patchwork quilts in the American Midwest\n"
    )
    got = [c.answers for c in extract_note(note, "Craft/Rag crafts were thrift before they were design.md").candidates]
    assert got == [("boro",), ("kasper",)]


def test_an_entry_whose_gloss_opens_with_a_cry_is_no_glossary_line() -> None:
    note = (
        "# Wildlife hopes\n\n"
        "- mountain goats (easy), bighorn\n"
        "- **lynx** — ha. the warden said maybe one sighting a year on this side of the park\n"
        "- **pika** — lol, Sam will want a hundred photos of these in the rock fields\n"
    )
    assert extract_note(note, "Trips/Rockies wildlife.md").candidates == ()
    assert entry_line("lynx — ha. the warden said maybe one sighting a year on this side of the park") is None


def test_a_topic_line_that_says_what_the_note_is_for_is_no_glossary_line() -> None:
    note = (
        "Glaze chemistry — quick ref for the cone 6 tests\n\n"
        "| Term | Meaning |\n|---|---|\n| Flux | an oxide that lowers the melting point of the glaze |\n"
    )
    got = [a for c in extract_note(note, "Ceramics/Glaze chemistry glossary.md").candidates for a in c.answers]
    assert "Glaze chemistry" not in got and "Flux" in got
    assert entry_line("Sweet spot training — notes from the coaches' podcast, episode 12") is None


def test_a_name_glossed_by_a_peoples_adjective_in_a_list_of_things_is_no_entry() -> None:
    note = (
        "# Cheese board for Saturday\n\n"
        "- **Comté** — French hard cheese, the 18-month one from the market\n"
        "- **Manchego** — Spanish sheep's cheese, the one in the black wax\n"
        "- **Stilton** — English blue, a small wedge is plenty\n"
    )
    assert extract_note(note, "Food/Cheese board for Saturday.md").candidates == ()


def test_a_cry_after_a_run_of_dashed_lines_is_no_gloss() -> None:
    note = "# Garden wildlife\n\nhedgehog — yay.\nfox — meh, again\nsparrowhawk — wow\nslow-worm — under the compost bin lid\n"
    got = [a for c in extract_note(note, "Garden/Garden wildlife sightings.md").candidates for a in c.answers]
    assert not {"hedgehog", "fox", "sparrowhawk"} & set(got)


@pytest.mark.parametrize(
    ("line", "term"),
    [
        # Where a thing comes from or lies pins a noun phrase after an arrow.
        ("scombroid poisoning -> histamine intoxication from badly chilled fish (tuna, mackerel)", "scombroid poisoning"),
        ("chevron pattern → decorative zigzag band along the top of the enclosure wall", "chevron pattern"),
        # A step and what comes of it, and a consequence, are no entries.
        ("change the angle → totally different pattern from the same grid", None),
        ("chronic stress → cortisol stays high for weeks", None),
    ],
)
def test_an_arrow_glosses_a_noun_phrase_pinned_by_where_it_comes_from(line: str, term: str | None) -> None:
    card = entry_line(line)
    assert (card.answers[0] if card else None) == term
