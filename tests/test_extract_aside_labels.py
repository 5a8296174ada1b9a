"""A writer's asides in a glossary are no terms: what is still to learn, what comes next, a
question kept for someone, one's own impression, homework, a corollary or what the instructor
said, in the languages the notes are written in. Each note below glosses two terms and makes
one aside; only the terms come out."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str) -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("path", "note", "terms"),
    [
        (
            "Paving/Surface defects.md",
            "# Surface defects\n\n- Ravelling: loss of aggregate from the surface as the binder ages\n"
            "- Rutting: long depressions in the wheel paths from repeated heavy loads\n"
            "- Still to add: potholes, edge cracking, bleeding.\n",
            ["Ravelling", "Rutting"],
        ),
        (
            "Vogels/Vogels kijken - begrippen.md",
            "# Vogels kijken - begrippen\n\n- Trekvogel: een vogel die elk jaar tussen broed- en overwinteringsgebied reist\n"
            "- Standvogel: een vogel die het hele jaar in hetzelfde gebied blijft\n"
            "- Vraag aan Joris: welke kijker raadt hij aan voor het wad?\n",
            ["Trekvogel", "Standvogel"],
        ),
        (
            "Imkerei/Imkerei - Begriffe.md",
            "# Imkerei - Begriffe\n\n- Schwarm: ein Teil des Volkes, der mit der alten Königin auszieht\n"
            "- Drohne: die männliche Biene, die aus einem unbefruchteten Ei schlüpft\n"
            "- Mein Eindruck: viel mehr Arbeit als gedacht, aber der Honig lohnt sich\n",
            ["Schwarm", "Drohne"],
        ),
        (
            "Vela/Vela - conceitos.md",
            "# Vela - conceitos\n\n- Orça: o rumo mais próximo possível da direção do vento\n"
            "- Popa: o rumo com o vento a soprar por trás do barco\n"
            "- Próximo: regata de treino no rio, dia 9.\n",
            ["Orça", "Popa"],
        ),
        (
            "Geologie/Gesteine - Vorlesung 2.md",
            "# Gesteine - Vorlesung 2\n\n- Basalt: ein dunkles, feinkörniges vulkanisches Gestein aus erstarrter Lava\n"
            "- Granit: ein helles, grobkörniges Tiefengestein aus Quarz, Feldspat und Glimmer\n"
            "- Hausaufgabe: Dünnschliff im Labor zeichnen.\n",
            ["Basalt", "Granit"],
        ),
        (
            "茶道/茶道 用語.md",
            "# 茶道 用語\n\n- 茶筅：抹茶を点てるための竹製の道具\n- 茶杓：抹茶をすくうための細長い匙\n- めも：次回は袱紗の扱いを復習する。\n",
            ["茶筅", "茶杓"],
        ),
    ],
)
def test_an_aside_among_entries_gives_no_card(path: str, note: str, terms: list[str]) -> None:
    assert answers(note, path) == terms


def test_a_name_opening_with_ma_is_still_a_term() -> None:
    """"Ma" opens names ("Ma huang"): only possessives of several letters mark an aside."""
    note = "# Herbs\n\n- Ma huang: the dried stems of Ephedra sinica, a stimulant herb\n- Bai zhu: the dried rhizome of Atractylodes, a herb that strengthens digestion\n"
    assert answers(note, "Herbs/Herbs glossary.md") == ["Ma huang", "Bai zhu"]


@pytest.mark.parametrize(
    ("note", "path", "terms"),
    [
        (
            "# Blade shapes - lecture 2\n\nSpoon blade = a blade with a curved face that grips the water early\n"
            "Hatchet blade = a longer, asymmetric blade with more area below the shaft\n"
            "More camber = the blade bites harder but pushes more water\n",
            "Rowing/Blade shapes - lecture 2.md",
            ["Spoon blade", "Hatchet blade"],
        ),
        (
            "# Ripening\n\nBloomy rind = a soft white rind of Penicillium mould grown on the surface\n"
            "Washed rind = a sticky orange rind from brining the cheese as it ripens\nA lot = overripe or dried out.\n",
            "Cheese/Ripening.md",
            ["Bloomy rind", "Washed rind"],
        ),
        (
            "# Sculpture - vocabulaire\n\nGouge : ciseau à lame creuse pour creuser le bois\n"
            "Maillet : marteau de bois pour frapper le manche des outils\nOutils : maillet, gouge, ciseau à bois, pierre à aiguiser\n",
            "Bois/Sculpture - vocabulaire.md",
            ["Gouge", "Maillet"],
        ),
    ],
)
def test_a_comparison_an_amount_or_a_list_of_tools_labels_its_line(note: str, path: str, terms: list[str]) -> None:
    assert answers(note, path) == terms


@pytest.mark.parametrize(
    ("path", "note", "aside"),
    [
        ("Violin/바이올린 용어.md", "# 바이올린 용어\n\n- 비브라토: 손가락을 흔들어 음높이를 조금씩 바꾸는 기법\n- 포지션: 왼손이 지판 위에 놓이는 자리\n"
         "- 다음 레슨: 3포지션 연습, 악보 두 장 가져가기\n", "다음 레슨"),
        ("Chem/化学实验 笔记.md", "# 化学实验 笔记\n\n- 滴定：用已知浓度的溶液测定未知浓度的方法\n- 指示剂：颜色随酸碱度变化的物质\n- 下周实验：测定醋酸的浓度\n", "下周实验"),
        ("Arte/Acquerello - lezione 2.md", "# Acquerello - lezione 2\n\n- velatura: strato sottile e trasparente di colore steso su uno già asciutto\n"
         "- il prof dice: mai ritoccare una velatura ancora bagnata!!\n", "prof dice"),
        ("Crypto/Playfair cipher.md", "# Playfair cipher\n\nBroken by the Kasiski test: repeated strings in the ciphertext sit at distances that are multiples of the key length.\n",
         "Broken by the Kasiski test"),
        ("Dance/Turns.md", "# Turns\n\nnote to self: the \"illusion\" — counted as a turn or not?\n", "self"),
    ],
)
def test_a_label_of_what_comes_next_or_who_said_it_gives_no_card(path: str, note: str, aside: str) -> None:
    assert aside not in answers(note, path)


def test_a_participle_and_its_agent_open_no_entry() -> None:
    """"Broken by the Kasiski examination: look for ...": what befell the note's subject."""
    from srs.core.extract.entrylines import entry_line

    assert entry_line("Broken by the Kasiski examination: look for repeated strings in the ciphertext and measure the gaps") is None
    assert entry_line("Kasiski examination: look for repeated strings in the ciphertext and measure the gaps") is not None


def test_the_writers_view_and_safety_first_label_their_lines() -> None:
    """"*per me*: ..." (Italian "for me"), "Sicherheit zuerst: ..." ("safety first") and a
    verdict ("Winner: ...") label the writer's remark, not a term."""
    note = (
        "# Regata – appunti\n\n- *per me*: arrivo sempre troppo presto sulla linea di partenza\n"
        "- Sicherheit zuerst: Spikes an die Schuhe, Handschuhe und Schutzbrille\n"
        "- Winner: nigari for pressed blocks, gypsum for the soft ones\n"
    )
    got = [a for c in extract_note(note, "Vela/Regata - appunti.md").candidates for a in c.answers]
    assert not {"per me", "Sicherheit zuerst", "Winner"} & set(got)


@pytest.mark.parametrize(
    "aside",
    [
        "Bonus: a thinner edge also makes the turnover shot possible, handy on doglegs.",
        "Counter-point: for big parts the enclosure matters more than the bed.",
        "Curiosidade: o primeiro furacão registrado no Atlântico Sul foi em 2004.",
        "Food: sticky rice wrapped in bamboo leaves, steamed or boiled.",
    ],
)
def test_an_asides_label_is_no_term(aside: str) -> None:
    note = (
        "# Glazes\n\n- Crawling: glaze pulling back into islands during the firing\n"
        f"- Crazing: a net of fine cracks in the glaze from a shrinkage mismatch\n- {aside}\n"
    )
    assert answers(note, "Ceramics/Glazes.md") == ["Crawling", "Crazing"]


def test_counterpoint_is_still_a_term() -> None:
    """Words that label an aside in one note name a term in another: "counterpoint", and (so not
    label words at all) "exception", "cost", "aside" (a theatre's "aside" alone is a term; "prof's
    aside" labels one)."""
    note = "# Picturebook\n\nIntro.\n\nCounterpoint is when text and pictures tell different things, and the reader has to reconcile them.\n"
    assert answers(note, "Books/Picturebook.md") == ["Counterpoint"]


@pytest.mark.parametrize(
    "aside",
    [
        "M. says: air first, tongue second, the tongue only releases the air.",
        "Teacher reckons: most public dials are wrong by a few minutes.",
        "Ch. 5: the fan is fitted in the front door and the house pressurised to 50 Pa.",
        "wk 3: the whole class tried it outside on the lawn.",
        "prof's aside: most crazing you see in shops is sold as a feature anyway!!",
        "tutor aside: the kiln at the club runs hot on the top shelf.",
    ],
)
def test_who_said_it_and_where_it_stands_are_no_terms(aside: str) -> None:
    note = (
        "# Glazes\n\n- Crawling: glaze pulling back into islands during the firing\n"
        f"- Crazing: a net of fine cracks in the glaze from a shrinkage mismatch\n- {aside}\n"
    )
    assert answers(note, "Ceramics/Glazes.md") == ["Crawling", "Crazing"]


def test_a_theatres_aside_is_still_a_term() -> None:
    note = (
        "# Stage terms\n\n- aside: a remark a character speaks to the audience, unheard by the others on stage\n"
        "- soliloquy: a speech a character gives alone, saying their thoughts aloud\n"
    )
    assert answers(note, "Theatre/Stage terms.md") == ["aside", "soliloquy"]


def test_a_lectures_generic_labels_are_no_entries() -> None:
    """"big debate:", "famous opening:", "background:", "Practical win:" label the writer's remarks
    in a run whose real entries are carded."""
    note = (
        "# Roman law lecture 3\n\n"
        "- stipulatio: a formal oral contract made by question and answer\n"
        "- mancipatio: a ritual transfer of ownership before five witnesses\n"
        "- background: the plebeians demanded that the law be published for everyone\n"
        "- famous opening: if someone summons you to court, go\n"
        "- big debate: whether the tables were copied from Greek models or not\n"
        "- practical stuff: the exam covers the first six tables only\n"
    )
    found = answers(note, "Law/Roman law lecture 3.md")
    assert {"stipulatio", "mancipatio"} <= set(found)
    assert not {"background", "famous opening", "big debate", "practical stuff"} & set(found)


@pytest.mark.parametrize(
    ("title", "note", "kept", "dropped"),
    [
        # A discourse adverb, or an adverb of comment before an adjective, opens no term.
        (
            "Automata glossary",
            "- **DFA**: a finite automaton with one move per symbol\n- **Regular language**: one a DFA accepts\n"
            "- **NFA**: a finite automaton that may have several moves per symbol\n- **Equivalently**: one described by a regular expression\n",
            {"DFA", "NFA"}, {"Equivalently"},
        ),
        (
            "Church encodings",
            "- pair = a function that waits for a selector and applies it\n- fst = a selector that keeps the first\n"
            "- snd = a selector that keeps the second\n- Famously awkward — the story is that Kleene worked it out at the dentist\n",
            {"pair", "fst", "snd"}, {"Famously awkward"},
        ),
        # A log's days, a translation's language, a class's label.
        (
            "Practice log week 14",
            "- Mon: bends on hole 4, slow and steady\n- Wed: chords, 10 min\n- Sat/Sun: rest, lip sore\n",
            set(), {"Sat/Sun"},
        ),
        (
            "Kognitive Verzerrungen",
            "- **Ankereffekt**: die Neigung, sich an einem ersten Wert zu orientieren\n"
            "- **Rückschaufehler**: die Neigung, Ereignisse im Nachhinein für vorhersehbar zu halten\n"
            "- **Bestätigungsfehler**: die Neigung, passende Informationen zu bevorzugen\n"
            "- **Englisch**: anchoring, hindsight bias, confirmation bias\n",
            {"Ankereffekt", "Rückschaufehler", "Bestätigungsfehler"}, {"Englisch"},
        ),
    ],
)
def test_comments_days_and_languages_label_no_entry(title: str, note: str, kept: set[str], dropped: set[str]) -> None:
    found = set(answers(f"# {title}\n\n{note}", f"Topic/{title}.md"))
    assert kept <= found and not dropped & found


def test_a_whatever_subject_is_no_term() -> None:
    assert answers("Intro.\n\nWhatever is left over: noise, the irregular component of the series.\n", "Stats/Components.md") == []


@pytest.mark.parametrize("label", ["Used for", "Most common", "Mix of both", "Name"])
def test_a_line_labelled_by_what_the_term_is_used_for_or_how_common_it_is_gives_no_card(label: str) -> None:
    note = (
        "# Shingles lecture\n\n"
        "- dermatome: the area of skin supplied by a single spinal nerve root\n"
        "- prodrome: burning or tingling pain for a few days before the rash\n"
        f"- {label}: thoracic dermatomes, then the ophthalmic division of the fifth nerve\n"
    )
    found = answers(note, "Medicine/Shingles lecture.md")
    assert "dermatome" in found and label not in found



def test_clinical_abbreviations_are_the_terms_of_their_own_glossary() -> None:
    note = (
        "# Chart abbreviations\n\n"
        "- Dx: diagnosis, the identification of a disease from its signs\n"
        "- Tx: treatment, what is done to cure or manage the disease\n"
        "- Hx: history, what the patient reports of the illness so far\n"
        "- PRN: pro re nata, as needed\n"
    )
    assert {"Dx", "Tx", "Hx"} <= set(answers(note, "Medicine/Chart abbreviations.md"))
