"""Bold terms glossed past a qualifier or a second name: list items led by a bold term and a few
words before the colon (``qualifiedentries``), and a bold term whose clause follows a second
name set apart by dashes (``frames.dash_clause``)."""

from __future__ import annotations

from srs.core.extract import extract_note


def cards(text: str, path: str) -> dict[str, str]:
    return {c.answers[0]: c.text for c in extract_note(text, path).candidates}


def test_items_led_by_a_bold_term_and_a_qualifier_gloss_the_term() -> None:
    note = (
        "# Rivers erode rock in three ways\n\n"
        "- **Hydraulic action** dominates in fast water: the force of the water itself prising rock apart\n"
        "- **Abrasion** (corrasion) at high discharge: the load scraping and grinding the bed and banks\n"
        "- **Solution** on limestone: rock dissolved by weakly acidic water\n"
    )
    found = cards(note, "Geography/Rivers erode rock in three ways.md")
    assert found["Hydraulic action"] == (
        "{{c1::Hydraulic action}} dominates in fast water: the force of the water itself prising rock apart"
    )
    assert found["Abrasion"].startswith("{{c1::Abrasion}} (corrasion) at high discharge: the load")
    assert "Solution" in found


def test_a_log_or_news_about_a_bold_term_is_no_gloss() -> None:
    log = "# Site log 2024-05-02\n\n- **Slump** checks on trucks: eighty to ninety mm, truck four rejected\n"
    assert cards(log, "Site/Site log 2024-05-02.md") == {}
    news = (
        "# Grant work\n\n- **NDA** tracker: forty signed and six still pending\n"
        "- **Bona** waterborne: sealer then two coats, **screened** between coats\n"
        "- **Budget** from slide 14: park the spare money in the reserve fund\n"
    )
    assert "NDA" not in cards(news, "Work/Grant work.md") and "Bona" not in cards(news, "Work/Grant work.md")
    assert "Budget" not in cards(news, "Work/Grant work.md")


def test_a_bold_terms_clause_after_a_second_name_between_dashes_defines_it() -> None:
    note = (
        "# Gel filtration\n\n**Gel filtration** — also called size-exclusion chromatography or the gel method — reads "
        "a molecule mix by size as it passes through the column of porous beads.\n"
    )
    found = cards(note, "Biochem/Gel filtration.md")
    assert found["Gel filtration"].startswith("{{c1::Gel filtration}} — also called size-exclusion chromatography or the gel method — reads")
    # A clause whose second word is a single letter reads as one too: "— reads a DNA sequence ...".
    short = "**Nanopore sequencing** — reads a DNA strand as it threads through a protein pore in a membrane.\n"
    assert "Nanopore sequencing" in cards(short, "Biochem/Sequencing.md")


def test_a_projects_or_a_recipes_bold_items_report_and_make_no_cards() -> None:
    project = (
        "# Kitchen renovation\n\n**Budget** is tight this year.\n\n"
        "- **Worktop** ordered last week: oak, 40 mm, arrives on the 12th\n"
        "- **Tiles** still undecided: Anna prefers the green ones from the shop\n"
        "- **Homepage** moved to: the new repository with the other sites\n"
    )
    assert not {"Worktop", "Tiles", "Homepage"} & set(cards(project, "Home/Kitchen renovation.md"))
    recipe = (
        "# Sponge cake lesson\n\n- **Flour** sifted twice: it makes the crumb lighter and more even\n"
        "- **Osmosis** needs more revision: I keep mixing it up with diffusion\n"
    )
    assert not {"Flour", "Osmosis"} & set(cards(recipe, "Baking/Sponge cake lesson.md"))


def test_a_lone_names_dash_clause_with_a_one_letter_word_is_a_to_do() -> None:
    note = "**Tom** — owes a reply to the landlord about the parking space by Friday.\n"
    assert cards(note, "Home/House.md") == {}
