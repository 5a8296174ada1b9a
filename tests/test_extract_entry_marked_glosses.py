"""Entry lines whose glosses the rules used to turn away: the act a term names after an arrow (a
gerund), a clause in the present after a term set in bold, French "du", and a past
participle before its noun; and the lookalikes (conditions, steps, stories, news, reports) that
must stay silent."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note
from srs.core.extract.arrowglosses import arrow_gerund
from srs.core.extract.entrylines import entry_line


@pytest.mark.parametrize(
    ("line", "term"),
    [
        # After an arrow, a gerund and its object: the act the term names.
        ("sublimation → turning straight from ice to vapour in cold dry air", "sublimation"),
        ("rebase -> moving a branch's commits onto a newer base", "rebase"),
        # A term set in bold, glossed by a clause in the present.
        ("**Refraction**: a wave bends as it enters a slower medium", "Refraction"),
        # French "du" is "of the", not the German reader's "you".
        ("Salinité : quantité du sel dissous dans une eau, en grammes par litre de la solution", "Salinité"),
        # A past participle before its noun, the noun pinned down: a noun phrase.
        ("Prosciutto: cured ham from the hind leg of a pig, aged for a year or more", "Prosciutto"),
        ("Kombu – dried kelp from the cold seas of the north, used for stock", "Kombu"),
    ],
)
def test_entry_lines_read(line: str, term: str) -> None:
    found = entry_line(line)
    assert found is not None and found.answers == (term,)


@pytest.mark.parametrize(
    "line",
    [
        # After an arrow: a condition and its consequence, a step with a pronoun, another name,
        # things compared, no act at all.
        "too dry → cracking everywhere after two days",
        "repotting → moving it to a bigger pot in spring",
        "aka tray method → floating the seedlings on water",
        "chilli/garlic → burning the tongue for hours",
        "leftovers → nothing left by Sunday evening",
        # A term in bold glossed by someone's story, by news or by a report in the past.
        "**Childhood**: he grew up on a farm near the coast",
        "**Launch**: they shipped the new build on Monday",
        "**Budget**: the grant was cut by a fifth this year",
        "**Plan**: the group will meet again after the break",
        "**Alice** — finished the slides for the review",
        # What a bold name does, in the present, is how a team's or a person's status reads.
        "**Ops** — handles on-call, backups and the monitoring stack for all services",
        "**Compressor** — reduces the loudness of the loudest parts of a signal",
        # A status with its figures.
        "**Frontend**: tests pass on every branch and coverage stays above 80%",
        # Unmarked, a capitalised term glossed by a verb stays a report or an option.
        "Compressor — reduces the loudness of the loudest parts of a signal",
        "Alice — finished the slides for the review",
        # An option described by its own name, in bold too.
        "**Girar** — girar a la derecha despacio",
        # German "du" speaks to the reader.
        "Einstellungen: hier kannst du die Farbe der Notizen ändern",
        # A participle before a report's object, not pinned down.
        "Backend: deployed hotfix for login timeouts",
        "Sample B: centrifuged pellet resuspended in buffer",
    ],
)
def test_lookalikes_stay_silent(line: str) -> None:
    assert entry_line(line) is None


def test_a_gerund_after_a_condition_is_a_consequence() -> None:
    assert arrow_gerund("wax", "melting along the rim of the tin")
    assert not arrow_gerund("more heat", "melting along the rim of the tin")
    assert not arrow_gerund("heater", "turning it off at night")


def test_a_question_in_an_arrow_run_stays_silent() -> None:
    note = (
        "# Stagecraft lecture 2\n\n"
        "- **blocking** → working out where each actor stands and moves on stage\n"
        "- **upstage** → the strip of floor furthest away from the seats\n"
        "- **apron** → the strip of floor jutting out before the curtain\n"
        "- cue → light → sound? (ask the tutor)\n"
    )
    answers = [a for c in extract_note(note, "Theatre/Stagecraft lecture 2.md").candidates for a in c.answers]
    assert "blocking" in answers and "upstage" in answers
    assert "cue" not in answers
