"""Regression tests for the review of the rules added in rules-28: each false card a reviewer
found on a realistic note, and the card one change had lost."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note
from srs.core.extract.logtitles import names_meeting, taught_title


def answers(text: str, path: str) -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    "sentence",
    [
        "The hotel is the Pestana Palace, a converted palace in Alcantara.",
        "The restaurant is Cervejaria Ramiro, famous for its seafood.",
        "The guide is Joana, she speaks English and Spanish.",
        "The new manager is Maria Lopez, she starts on Monday.",
        "The client is Acme Logistics, a freight company from Porto.",
    ],
)
def test_people_places_and_businesses_named_after_a_copula_are_no_terms(sentence: str) -> None:
    assert answers(f"# Trip\n\nWe fly on Friday.\n\n{sentence}\n", "Travel/Lisbon bookings.md") == []


def test_emphasis_in_a_recipes_or_lectures_list_is_no_term() -> None:
    note = (
        "# Pasta dough\n\n"
        "- flour: tipo 00 is best, **room temperature** eggs make it come together faster\n"
        "- kneading: ten minutes by hand until it is **silky smooth** and springs back\n"
        "- cooking: salted water, **two minutes** for fresh pasta\n"
    )
    assert not {"room temperature", "silky smooth", "two minutes"} & set(answers(note, "Recipes/Pasta dough.md"))


def test_a_year_is_no_course_code_and_a_one_to_one_is_a_meeting() -> None:
    assert not taught_title("Gym 2024 week 5") and not taught_title("Sales 2024 wk 14 pipeline")
    assert taught_title("HIST 2301 wk 7 - Safavids")
    assert names_meeting("1:1 with Sam") and names_meeting("Apollo weekly") and not names_meeting("Weekly review")


@pytest.mark.parametrize(
    "line",
    ["- Hotel = Casa do Alfama near the castle", "- Owner = Priya from the data team", "- Theme = Dark mode for the editor"],
)
def test_a_settings_capitalised_value_after_equals_is_no_gloss(line: str) -> None:
    assert answers(f"# Setup\n\nSome words first.\n\n{line}\n", "Notes/Setup.md") == []


@pytest.mark.parametrize(
    "sentence", ["The project is called phoenix.", "The kitten is called miso.", "The puppy is called biscuit, he is three months old."]
)
def test_a_pets_or_projects_name_is_no_term(sentence: str) -> None:
    assert answers(f"# Friday\n\nA quiet day.\n\n{sentence}\n", "Notes/Friday.md") == []


def test_a_flattened_answer_keeps_an_a_that_is_no_answer_mark() -> None:
    """Only the first "A:" after a question opens its answer: "Vitamin A: retinol ..." is text."""
    note = (
        "Vitamins review (typed on the bus) Q: Which vitamin deficiency causes scurvy? A: Vitamin C deficiency, bleeding gums."
        " Q: Which vitamin is retinol? A: Vitamin A: needed for night vision, stored in the liver. #nutrition\n"
    )
    found = {c.answers[0]: c.text for c in extract_note(note, "Nutrition/Vitamins review.md").candidates}
    assert any(text.startswith("Which vitamin is retinol? {{c1::Vitamin A: needed") for text in found.values()), found


def test_a_teams_status_codes_run_together_are_no_glossary() -> None:
    note = (
        "Sprint 14 review, Tuesday — API = done and deployed to staging last night UI = still in progress, two screens left"
        " QA = blocked by the flaky login tests CI = green again after the cache fix. Next sync on Thursday.\n"
    )
    assert answers(note, "Work/Sprint 14 review.md") == []


def test_a_quoted_remark_is_no_term() -> None:
    note = (
        "# Paper feedback\n\n"
        '- "too long" — feedback from the second reviewer on the intro\n'
        '- "needs more data" — reviewer 2, fair point, we only had one site\n'
    )
    assert answers(note, "Research/Paper feedback.md") == []
