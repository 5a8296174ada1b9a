"""Sibling term sections vouch for each other: where two sections of a group explain their
headings' terms, a sibling whose explanation no shape test admits alone (a remark to the reader
after its first words, a noun phrase with no article) is read as an entry of the same glossary.
A sibling that states something of its subject, or holds a list, stays a topic's section."""

from __future__ import annotations

from srs.core.extract import extract_note


def answers(text: str, path: str) -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


KITE = """# Kite anatomy

## Spine
The long central rod that runs from the nose to the tail of the sail.

## Spreader
Cross rod that holds the sail open against the wind.

## Extras
- streamers, tails, a drogue for gusty days

## Tow point
the ring on the bridle where the flying line clips on, you can slide it up or down to tune the pull.

## Keel
Triangle of sail under the spine where your bridle ties in on a delta.

## Leading edge
The front edge of the sail, sleeved over the rods so it keeps its curve.

## Repairs
- ripstop tape, spare end caps
"""


def test_a_remark_to_the_reader_after_the_gloss_is_vouched_for() -> None:
    """"Tow point" and "Keel" speak to the reader after their glosses; their glossed siblings vouch for them.
    (The lists under "Extras" and "Repairs" keep the note from reading as a strict glossary of headings.)"""
    assert answers(KITE, "Kites/Kite anatomy.md") [:5] == ["Spine", "Spreader", "Tow point", "Keel", "Leading edge"]


def test_the_writers_aside_after_the_gloss_is_vouched_for() -> None:
    note = KITE.replace("you can slide it up or down to tune the pull", "I always forget to check it before launching")
    assert "Tow point" in answers(note, "Kites/Kite anatomy.md")


def test_a_pronoun_in_the_first_words_is_not_vouched_for() -> None:
    """"You can clip the line on here" speaks to the reader from its first words: an instruction."""
    note = KITE.replace("the ring on the bridle where the flying line clips on, you can slide", "You can clip the flying line on here and slide")
    assert "Tow point" not in answers(note, "Kites/Kite anatomy.md")


def test_a_sibling_that_states_something_or_lists_stays_silent() -> None:
    note = KITE.replace("## Keel\nTriangle of sail under the spine where your bridle ties in on a delta.", "## Keel\nThe keel is missing on my kite, you can buy one online.")
    note = note.replace("## Tow point\nthe ring", "## Tow point\n- the ring")
    got = answers(note, "Kites/Kite anatomy.md")
    assert "Keel" not in got and "Tow point" not in got


def test_vouched_sections_stay_fewer_than_those_that_vouch() -> None:
    """Two glossed sections cannot vouch for three more: that is a note of topics."""
    note = """# Trip

## Harbour
The sheltered water where the boats are moored between trips.

## Slipway
Ramp that leads from the road down into the water for launching.

## Morning
quiet start on the quay, you could hear the halyards slapping.

## Afternoon
long lunch at the café, then we walked round the point.

## Evening
dinner on the terrace, the light went pink over the bay.
"""
    got = answers(note, "Trips/Trip.md")
    assert not {"Morning", "Afternoon", "Evening"} & set(got)


def test_vouched_sections_count_toward_the_group() -> None:
    """Two glossed sections and two sections they vouch for make four of five explained: the
    group is a glossary though its glossed sections alone are too few."""
    note = """# Chauffage central — notes

#chauffage #maison

## Vase d'expansion
Réservoir qui reçoit à la fois la dilatation de l'eau (été) et les variations de pression. Il assure la stabilité du circuit et la protection des joints. Remplace l'ancien vase ouvert qui ne recevait que le trop-plein.

## Purgeur
Petite vanne (manuelle ou automatique) en haut du radiateur, qui laisse sortir l'air avant la chauffe. Souvent intégré au radiateur maintenant.

## Embouage
Dépôt de boues et de rouille au fond des radiateurs : l'eau circule mal et le bas du radiateur termine froid.

## CEE
Aide de l'État (sous conditions de ressources) versée après les travaux, par le fournisseur d'énergie.

## À voir
- Pompe à chaleur ? Devis de M. Martin à comparer.
- **Désembouage** prévu en octobre.
"""
    assert answers(note, "Maison/Chauffage central - notes.md") == ["Vase d'expansion", "Purgeur", "Embouage", "CEE"]


def test_a_manual_speaking_to_its_reader_vouches_for_nothing() -> None:
    """The same sections in a manual that speaks to its reader ("deine", "du") stay unvouched."""
    note = """# Tarife und Speicher

## Speicher
Platz auf dem Server, auf dem deine Notizen liegen. Du kannst mehr dazukaufen.

## Versionsverlauf
Liste der älteren Fassungen einer Notiz, die du wiederherstellen kannst. Sie bleibt ein Jahr erhalten.

## Anhänge
Dateien in deinem Tresor (Bilder, PDFs) — sie zählen ebenfalls zum Speicher.

## Tarif
Um deine Notizen zu synchronisieren: wähle einen Tarif in den Einstellungen.

## Mehr
- Preise auf der Website.
"""
    got = answers(note, "Hilfe/Tarife und Speicher.md")
    assert "Anhänge" not in got and "Tarif" not in got
