"""A bold term right after a short label ("classic sign: **...**", "Closely related: **...**") is a
term to learn when the sentence glosses it at once: an appositive with an article or a gerund, or a
dash, "=" or an arrow and a gloss that reads as a definition. Behind a label bold is otherwise the
label's value (a date, a mood, a talk and its speaker) or advice, and stays silent."""

from __future__ import annotations

from srs.core.extract import extract_note
from srs.core.extract.labelterms import label_glossed


def cards(text: str, path: str) -> dict[str, str]:
    return {a: c.text for c in extract_note(text, path).candidates for a in c.answers}


def test_a_labelled_bold_term_with_an_appositive_gets_a_card() -> None:
    note = (
        "# Gout\n\n"
        "Gout is an inflammatory arthritis caused by urate crystals in the joints.\n\n"
        "- typical first attack: **podagra**, a sudden painful swelling of the big toe joint at night\n"
        "- serum urate often normal during the attack\n"
        "- on dual energy CT: **Snow Cap sign**, a rim of urate over the cartilage of the joint\n"
    )
    found = cards(note, "Medicine/Gout.md")
    assert "Snow Cap sign" in found
    assert found["podagra"] == "typical first attack: {{c1::podagra}}, a sudden painful swelling of the big toe joint at night"


def test_a_labelled_bold_term_glossed_after_a_dash_or_an_aside_gets_a_card() -> None:
    note = (
        "# Anchoring and its cousins\n\n"
        "People lean on the first number they hear, even when it is arbitrary.\n\n"
        "Closely related: **insufficient adjustment** — the way people move away from an anchor but stop too early.\n\n"
        "Another classic: the **Wason selection task** (1966) — a card puzzle that shows how rarely people look for disconfirming cases.\n"
    )
    found = cards(note, "Psychology/Anchoring and its cousins.md")
    assert "insufficient adjustment" in found
    assert found["Wason selection task"].startswith("Another classic: the {{c1::Wason selection task}} (1966) —")


def test_a_gloss_with_code_later_on_still_glosses_the_term() -> None:
    note = (
        "# Slow queries in the shop backend\n\n"
        "Most of the time went into one query per order line.\n\n"
        "Cure: **batching**, the grouping of all lookups of one request into a single query (`WHERE id IN (...)`) that runs once.\n"
    )
    assert "batching" in cards(note, "Notes/Slow queries in the shop backend.md")
    # (Another rule reads that note too: the rule's own test of a gloss with code in it.)
    line = "Cure: **batching** — a grouping of all lookups into one query (`WHERE id IN (...)`) that runs once."
    start = line.index("**")
    assert label_glossed(line, start, line.index("**", start + 2) + 2, "batching")


def test_a_labels_value_stays_silent() -> None:
    note = (
        "# Pottery course\n\n"
        "The course covers throwing, trimming and glazing over ten weeks.\n\n"
        "Exam: **12 June**, three hours, in the studio.\n\n"
        "Mood: **happy**, the kiln opening went well.\n\n"
        "Talk: **Clay and Time** — Edmund de Waal, recorded at the museum.\n\n"
        "Rule of thumb: **wedge first** — the clay must have no air pockets before throwing.\n\n"
        "Firing order: **bisque** → **glaze** → **overglaze**.\n\n"
        "Speaker: **Jane Doe**, a professor of ceramics at the academy.\n\n"
        "Weather: **heavy rain**, the whole afternoon was a washout.\n\n"
        "Agenda item 2: **budget review** — the finance team presents the Q3 numbers.\n\n"
        "Next action: **order clay**, the red earthenware one.\n"
    )
    found = cards(note, "Crafts/Pottery course.md")
    assert not {"12 June", "happy", "Clay and Time", "wedge first", "bisque", "Jane Doe", "heavy rain", "budget review", "order clay"} & set(found)


def test_an_instruction_behind_a_label_stays_silent() -> None:
    note = (
        "# Canoe capsize drill\n\n"
        "A capsize in cold water is survivable when you know the order of things.\n\n"
        "If it tips: **stay with the boat**, the hull floats and is easier to spot than a head.\n"
    )
    assert "stay with the boat" not in cards(note, "Outdoors/Canoe capsize drill.md")
