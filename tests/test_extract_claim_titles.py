"""An evergreen title that states a claim hides the key term the note names in bold. The claim
may be made with any verb ("Kilns vent at night ...", "Reading order decides ..."), and where
the note defines one of the title's terms in a card of its own, the title hides another."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def cards(text: str, path: str) -> list[tuple[str, str]]:
    return [(c.rule, a) for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A plural subject and a plain verb.
        ("Kilns vent at night because of reduction", "Closing the dampers starves the fire of air: that is **reduction**, and it turns copper glazes red.", "reduction"),
        ("Racing dinghies plane only above force three", "Above a certain speed the hull climbs onto its own bow wave and skims: **planing**. Below force three it just sits in the water.", None),
        # A singular subject and a verb in "-s".
        ("Grip strength decides climbing endurance", "Everything comes back to **grip strength** in the end, whatever the route.", "grip strength"),
    ],
)
def test_a_claim_with_any_verb_hides_its_bold_term(title: str, body: str, expected: str | None) -> None:
    got = cards(f"# {title}\n\n{body}\n", f"Notes/{title}.md")
    claims = [a.lower() for rule, a in got if rule == "title_claim"]
    assert claims == ([expected] if expected else [])


def test_a_term_with_its_own_card_leaves_the_title_another() -> None:
    """"mordant" has its card from the body; the title hides "vat dye", the note's other bold term."""
    note = (
        "# Indigo needs no mordant because it is a vat dye\n\n"
        "Most plant dyes need a **mordant** — a metal salt that binds the dye to the fibre.\n\n"
        "Indigo is different: it's a **vat dye**. It dissolves only once reduced, then turns blue in the air.\n"
    )
    got = cards(note, "Dye/Indigo needs no mordant because it is a vat dye.md")
    assert ("title_claim", "vat dye") in got and "mordant" in [a for rule, a in got if rule != "title_claim"]


@pytest.mark.parametrize(
    "title",
    [
        "Skeleton vs luge vs bobsleigh",  # "vs" is no plural subject
        "Sync settings and selective syncing",  # a plural noun before "and"
        "Reading notes - The Salt Marsh Handbook",  # a plural noun before a dash
        "Obsidian pour iOS et iPadOS",  # another language's words
        "Importer des fichiers Textbundle",
    ],
)
def test_titles_that_state_nothing_hide_nothing(title: str) -> None:
    words = [w for w in title.split() if w.isalpha() and w.islower() and len(w) > 3]
    body = " ".join(f"The **{w}** matters here." for w in words[:2]) or "Nothing."
    got = cards(f"# {title}\n\n{body}\n", f"Notes/{title}.md")
    assert [a for rule, a in got if rule == "title_claim"] == []


def test_a_numbered_log_title_split_by_a_dash_is_no_claim() -> None:
    """"Club series week 6 - race notes": "series week" reads as a noun and a verb, but a title
    with a number and a dash names a log."""
    note = "# Club series week 6 - race notes\n\nWon the **Club series** start again, then lost it at the gybe mark.\n"
    got = cards(note, "Racing/Club series week 6 - race notes.md")
    assert [a for rule, a in got if rule == "title_claim"] == []


def test_a_claims_verb_may_be_followed_by_a_conjunction() -> None:
    from srs.core.extract.titles import claim_candidate

    assert claim_candidate("Marine iguanas shrink when food runs out") == ("Marine iguanas", "shrink")
    assert claim_candidate("Choropleth maps mislead when areas are unequal") == ("Choropleth maps", "mislead")
    assert claim_candidate("Meeting notes about the budget review") is None
    # After a one-word subject the word before "when" is a noun: "Study tips when tired".
    assert claim_candidate("Study tips when tired and short of time") is None


def test_a_participle_the_claim_stresses_is_no_key_term() -> None:
    """"Pysanky are written not painted" with *written* stressed in the body: the participle is
    what the claim says of its subject; an adjective that names a concept still is a key term."""
    body = "Ukrainians say a pysanka is *written*, not painted: the design is drawn line by line in wax, never brushed on.\n"
    got = cards(f"#evergreen\n\n{body}", "Crafts/Pysanky are written not painted.md")
    assert [a for rule, a in got if rule == "title_claim"] == []
    adjective = "Salmon die after one spawning: they are *semelparous*, and their bodies feed the stream.\n"
    got = cards(f"#evergreen\n\n{adjective}", "Fish/Pacific salmon are semelparous.md")
    assert [a for rule, a in got if rule == "title_claim"] == ["semelparous"]
