"""Sections under a title or heading that opens with "Types of ..." (``kindsections.typed_sections``):
each heading names a kind, glossed by its section's first sentence or first item. Headings that
group, compare or label the kinds, and sections that open with entries of their own, stay as
they were. Also the kind tables whose meaning column says it holds what each kind is."""

from __future__ import annotations

from srs.core.extract import extract_note


def cards(text: str, path: str) -> dict[str, str]:
    return {c.answers[0]: c.text for c in extract_note(text, path).candidates}


def test_each_heading_under_a_types_title_is_a_kind_glossed_by_its_first_sentence() -> None:
    text = (
        "# Types of kilns\n\nWhat sets them apart is how the heat gets in.\n\n"
        "## Anagama kiln\nA single sloping tunnel fired with wood for days. Ash glazes the pots.\n\n"
        "## Electric kiln (EK)\nHeated by coiled elements in the walls, clean and predictable.\n\n"
        "## Raku kiln\nA small kiln opened while the glaze is still molten.\n"
    )
    found = cards(text, "Pottery/Types of kilns.md")
    assert found["Anagama kiln"] == "{{c1::Anagama kiln}}: A single sloping tunnel fired with wood for days."
    # The abbreviation in brackets stays beside the hidden name.
    assert found["Electric kiln"] == "{{c1::Electric kiln}} (EK): Heated by coiled elements in the walls, clean and predictable."
    assert "Raku kiln" in found


def test_kinds_glossed_by_their_first_item_and_a_grouping_heading_skipped() -> None:
    text = (
        "# Types of comets\n\n"
        "## Short-period comets\n- orbits under 200 years, mostly from the Kuiper belt\n- low inclinations\n\n"
        "## Long-period comets\n- LPCs: orbits of thousands of years, arriving from every direction\n\n"
        "## Subgroups by orbit shape\n- sungrazers pass very close to the Sun\n"
    )
    found = cards(text, "Astro/Types of comets.md")
    assert found["Short-period comets"] == "{{c1::Short-period comets}}: orbits under 200 years, mostly from the Kuiper belt"
    # "- LPCs: ...": an item naming the kind again glosses after its label.
    assert found["Long-period comets"] == "{{c1::Long-period comets}}: orbits of thousands of years, arriving from every direction"
    assert "Subgroups by orbit shape" not in found


def test_a_types_heading_names_kinds_in_its_subsections() -> None:
    text = (
        "# Bread\n\nNotes from the course.\n\n## Types of leavening\n\n"
        "### Sourdough starter\nA culture of wild yeast and lactic bacteria kept alive with flour and water.\n\n"
        "### Commercial yeast\nDried or fresh Saccharomyces cerevisiae sold in blocks or granules.\n"
    )
    found = cards(text, "Baking/Bread.md")
    assert set(found) >= {"Sourdough starter", "Commercial yeast"}


def test_sections_that_are_groups_of_entries_or_no_glosses_give_no_kind_cards() -> None:
    grouped = (
        "# Types of brush strokes\n\n"
        "## On the paper\n**Dry brush** — little ink, the hairs split and leave white streaks\n\n"
        "## Off the paper\n**Flying white** — the brush lifts mid-stroke so the paper shows through\n\n"
        "## Other\nIf you own a fan brush. Try it.\n"
    )
    found = cards(grouped, "Art/Types of brush strokes.md")
    assert "On the paper" not in found and "Off the paper" not in found and "Other" not in found
    assert cards(grouped, "Art/Types of brush strokes.md")["Flying white"].startswith("{{c1::Flying white}} —")


def test_a_single_kind_is_no_types_glossary() -> None:
    text = "# Types of kilns\n\n## Anagama kiln\nA single sloping tunnel fired with wood for days.\n\n## Sources\n- a book\n"
    assert "Anagama kiln" not in cards(text, "Pottery/Types of kilns.md")


def test_a_settings_pages_kind_table_described_in_capitals_gives_no_cards() -> None:
    # "| Type | What it is |" heads a settings page as often as a glossary: capitalised rows stay silent.
    text = (
        "| Type | What it is |\n|---|---|\n"
        "| Automatic | Syncs every five minutes while the app is open |\n"
        "| Manual | Syncs only when you press the button |\n| Off | Never syncs |\n"
    )
    assert cards(text, "Help/Sync settings.md") == {}


def test_an_items_label_naming_another_term_is_no_gloss_of_the_kind() -> None:
    text = (
        "# Types of forces\n\n"
        "## Contact forces\n- Friction: resists sliding between two surfaces in contact\n\n"
        "## Field forces\n- Gravity: pulls any two masses towards each other\n\n"
        "## Nuclear forces\n- act only over the tiny distances inside a nucleus\n"
    )
    found = cards(text, "Physics/Types of forces.md")
    assert "Contact forces" not in found and "Field forces" not in found


def test_a_schedules_terse_lines_and_a_manuals_features_are_no_kinds() -> None:
    meetings = (
        "# Types of meetings\n\n## Retro\nEvery second Friday. Run by whoever was on call that week.\n\n"
        "## All-hands\nOnce a month. Priya presents the numbers and takes questions.\n\n"
        "## Standup\nFifteen minutes. Every day at half past nine.\n"
    )
    assert cards(meetings, "Work/Types of meetings.md") == {}
    sessions = (
        "# Types of sessions\n\n## Keynote\nMonday 9:00 in Hall A, with the opening talk.\n\n"
        "## Workshop\nTuesday afternoon, bring a laptop and the slides.\n\n## Panel\nWednesday, four speakers on open data.\n"
    )
    assert cards(sessions, "Events/Types of sessions.md") == {}
    manual = (
        "# Types de notes\n\n## Notes quotidiennes\nUne note par jour, dans laquelle vous pouvez tenir un journal.\n\n"
        "## Canevas\nUne toile sur laquelle vous pouvez placer des cartes et des images.\n"
    )
    assert cards(manual, "Aide/Types de notes.md") == {}


def test_a_full_stop_after_a_title_or_an_initial_ends_no_gloss() -> None:
    text = (
        "# Types of walks\n\n## Pilgrim route\nA long walk to a shrine such as the one at St. Davids in Wales, done in stages.\n\n"
        "## Coast path\nA way-marked trail along the sea cliffs, mostly on old coastguard tracks.\n"
    )
    found = cards(text, "Walking/Types of walks.md")
    assert found["Pilgrim route"] == "{{c1::Pilgrim route}}: A long walk to a shrine such as the one at St. Davids in Wales, done in stages."
