"""The whole-note passes skip only work that cannot find anything: the block-shaped rules run
where their signs are counted (``blockshapes``) and cheap scans stand before patterns, with the
same cards as the rules run as first written, on many generated notes."""

from __future__ import annotations

import dataclasses
import random
from typing import Callable, TypeVar

from srs.core.extract import blockshapes
from srs.core.extract.blockshapes import block_entries
from srs.core.extract.entries import _GLOSSARY_HEADING
from srs.core.extract.plainlists import _PLAIN_ITEM, _plain_item
from srs.core.extract.rules import Found
from srs.core.extract.sections import DEFINITION_LINE
from srs.core.extract.takeaways import announces_ideas
from srs.core.markdown import Block, parse

T = TypeVar("T")

def _without_shortcut(module: object, gate: str, answer: bool, run: Callable[[], T]) -> T:
    """``run()`` with the shortcut ``module.gate`` always answering ``answer`` (the slow path)."""
    saved = getattr(module, gate)
    setattr(module, gate, lambda *_args: answer)
    try:
        return run()
    finally:
        setattr(module, gate, saved)



# Lines that feed (or nearly feed) each block-shaped rule, and plain ones around them.
_LINES = [
    "# Cells", "# Anachronism", "## Osmosis", "## What is a primary key?", "### Key terms", "## Key takeaways",
    "## Glossary", "## Settings", "## Does it work? (FAQ)", "*anachronistic*",
    "**Nucleus**", "**Nucleus**:", "Osmosis:", "Osmosis：", "**Refraction**", "__Mitosis__",
    "**Ethos.** An appeal to the character of the speaker.", "**Pathos** — an appeal to emotion in the audience.",
    "**Logos**: an appeal to logic and reason in an argument.", "**Mechanism:** blocks beta receptors",
    "**Function:** pumps blood\n**Location:** the chest\n**Structure:** four chambers",
    "**What is osmosis?**\nThe movement of water across a membrane.", "What is the capital of Peru?",
    "Lima is the capital.", "Q: What gas do plants absorb? A: Carbon dioxide. Q: What do they release? A: Oxygen.",
    "Albedo\n: the fraction of light that a surface reflects", ": the fraction of light reflected",
    "Cells need energy. Is it so?", "A plain paragraph about nothing in particular.",
    "**Definition:** the movement of water across a membrane",
    "- **ReplicaSet**: keeps a number of pods running", "- **Deployment**: manages replica sets over time",
    "- **Service** — exposes pods to the network at one address", "- **Mechanism:** blocks receptors",
    "- **Function:** pumps blood", "- **Side effects:** bradycardia, fatigue", "- **Osmosis**\n  the movement of water",
    "- Tonic — the first degree of the scale", "- der Hund = the dog", "- Anchoring: estimates are pulled towards a number",
    "- movement of water across a membrane", "- the site of protein synthesis in a cell", "- Control centre of the cell",
    "  - the integral term of the controller", "  - **Nested**: a deeper entry of the list",
    "- What is the capital of Peru?\n  Lima", "- What is it?**\n  An answer", "- [ ] a task: to do soon",
    "- a plain item with no shape at all", "1. **Fleeting notes:** Ideas or reminders written fast",
    "> [!definition] Eigenvalue\n> A scalar such that the matrix maps a vector onto a multiple of it.",
    "> [!note] Autolyse\n> Mixing just flour and water before the salt goes in.",
    "> [!tip] Windowpane test\n> Stretching a piece of dough thin enough for light to pass through.",
    "> [!info] Key terms\n> - **Apoptosis**: programmed death of a cell\n> - **Necrosis**: uncontrolled death of a cell",
    "> **Quoted bold** line in a quote?", "> - **Quoted**: item in a quote",
    "| Term | Meaning |\n| --- | --- |\n| a | b |",
    # A term alone over a list that glosses it (headed_lists), and key ideas (takeaway_entries).
    "**Nucleus**\n- the control centre of a eukaryotic cell", "Osmosis:\n- movement of water across a membrane",
    "Diffusion：\n- spread of particles from high to low concentration", "__Ribosome__\n- site of protein synthesis in cells",
    "## Mitosis\n\n- division of a cell nucleus into two", "- **Vacuole**\n  - a sac that stores water in plant cells",
    "## Key takeaways\n\n- Anchoring: estimates are pulled towards an initial number\n- Framing: choices shift with how they are put",
]


def _note(rng: random.Random) -> str:
    return "\n\n".join(rng.choice(_LINES) if rng.random() < 0.8 else "\n".join(rng.sample(_LINES, 2)) for _ in range(rng.randint(1, 9)))


def _as_first_written(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """``block_entries`` with each rule run on the sign it was first given (one such block in the
    note), not on the counts its findings need."""
    found: dict[int, Found] = {}
    bold_paragraph = bold_item = question = announced = labelled = headed = defining = ideas = False
    top = 0
    for i, block in enumerate(blocks):
        kind, text = block.kind, block.text
        if kind == "paragraph":
            defining = defining or bool(block.callout)
            one_line = "\n" not in text
            if text[:1] in ":~" or not one_line and ("\n:" in text or "\n~" in text):
                card = blockshapes.definition_list(blocks, i)
                if card is not None:
                    found[i] = card
            if one_line and ("Q" in text[:12] or text.find("Q: ", 0, 64) >= 0):
                card = blockshapes.run_together_questions(text)
                if card is not None:
                    found[i] = card
            bold_paragraph = bold_paragraph or text.startswith(("**", "__"))
            question = question or "?" in text
        elif kind == "item":
            bold_item = bold_item or text.startswith(("**", "__"))
            headed = headed or (i > 0 and (blocks[i - 1].kind == "heading" or blocks[i - 1].text.endswith((":", "**", "__"))))
            question = question or ("\n" in text and "?\n" in text)
            announced = announced or bool(block.callout and block.headings and _GLOSSARY_HEADING.search(block.headings[-1]))
        elif kind == "heading":
            top += block.level == 1
            question = question or text.endswith("?")
            labelled = labelled or (i + 1 < len(blocks) and DEFINITION_LINE.match(blocks[i + 1].text) is not None)
            announced = announced or _GLOSSARY_HEADING.search(text) is not None
            ideas = ideas or (block.level >= 2 and announces_ideas(text))
    b = blockshapes
    shapes = (
        (bold_paragraph, b.bold_runs), (question, b.block_questions), (bold_item, b.bold_item_lists),
        (announced, b.announced_lists), (labelled, b.labelled_definitions), (headed, b.headed_lists),
        (top >= 2, b.dictionary_entries), (defining, b.definition_callouts), (bold_paragraph, b.bold_headings),
        (ideas, b.takeaway_entries),
    )
    if bold_paragraph or bold_item:
        found.update({k: v for k, v in b.field_records(blocks).items() if k not in found})
    for present, rule in shapes:
        if present:
            found.update({k: v for k, v in rule(blocks).items() if k not in found})
    return found


def test_block_rules_run_where_they_can_find_something() -> None:
    rng = random.Random(5)
    carded = 0
    for _ in range(6000):
        text = _note(rng)
        blocks = parse(text).blocks
        expected = _as_first_written(blocks)
        assert block_entries(blocks) == expected, text
        carded += bool(expected)
    assert carded > 600  # the notes do hold the shapes


def test_plain_item_scan_agrees_with_the_pattern() -> None:
    rng = random.Random(7)
    pieces = ["Term", " ", "  ", "\t", "\n", ":", "：", "—", "–", "-", "=", "...", "…", ".", "é", "*", "[", "2", "²", "_", "gloss of it"]
    for _ in range(40000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        fast, slow = _plain_item(text), _PLAIN_ITEM.match(text)
        assert (fast and fast.groupdict()) == (slow and slow.groupdict()), repr(text)


def test_heading_scans_agree_with_the_patterns() -> None:
    from srs.core.extract.entries import announces_glossary, any_announces_glossary
    from srs.core.extract.takeaways import _IDEAS_HEADING, any_announces_ideas

    rng = random.Random(3)
    pieces = [
        "Key", "TERMS", "Glossary", "glossaire", "Vocab", "words", "Wörter", "Begriffe", "mots", "(B1)", "(b2)", "🇪🇸", "単語",
        "takeaways", "Main", "IDEAS", "Lessons", "learned", "in", "3", "points", "the", "concepts", "Insight", "the book",
        " ", "  ", "\t", "-", ":", "ſ", "K", "ı", "İ", "Termſ", "idea", "x",
    ]
    headings: list[str] = []  # a note's headings, asked together
    for _ in range(30000):
        heading = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert announces_glossary(heading) == (_GLOSSARY_HEADING.search(heading) is not None), repr(heading)
        assert announces_ideas(heading) == (_IDEAS_HEADING.search(heading.strip()) is not None), repr(heading)
        headings.append(heading)
        if len(headings) > 3 or rng.random() < 0.3:
            assert any_announces_glossary(headings) == any(_GLOSSARY_HEADING.search(h) for h in headings), headings
            assert any_announces_ideas(headings) == any(_IDEAS_HEADING.search(h.strip()) for h in headings), headings
            headings = []


def test_sentences_without_the_term_are_passed_over_as_the_rules_would() -> None:
    from srs.core.extract import structure
    from srs.core.extract.sentences import Sentence

    rng = random.Random(9)
    openers = [
        "Osmosis", "osmosis", "The osmosis", "**Osmosis**", "In biology, osmosis", "Price elasticity", "Ribosomes", "It", "They",
        "It's me, I", "İstanbul", "ΣΑΣ", "Sunk cost", "A sunk cost", "Kintsugi", "We", "Nothing",
    ]
    rests = [
        " is the movement of water across a membrane.", " are made of two subunits that read RNA.", " — the art of mending pottery.",
        " converts light energy into chemical energy stored in sugar.", " is a cost that cannot be recovered once paid.",
        " is where I keep notes.", " means x.", " refers to the change in demand when the price changes.", "",
    ]
    terms = ["Osmosis", "osmosis", "Elasticity", "Ribosome", "Sunk cost", "Kintsugi", "İstanbul", "σας", "ΣΑΣ", "Photosynthesis", "", "x"]
    rules = ["title_definition", "heading_definition", "glossary"]
    made = 0
    for _ in range(6000):
        text = rng.choice(openers) + rng.choice(rests)
        sentence = Sentence(text, (), 0, 0)
        term, rule = rng.choice(terms), rng.choice(rules)
        fast = structure.defined_by_sentence(sentence, term, rule)
        slow = _without_shortcut(structure, "_without_term", False, lambda: structure.defined_by_sentence(sentence, term, rule))
        assert fast == slow, (text, term, rule)
        made += fast is not None
    assert made > 300  # the sentences do define their terms


def test_paragraph_glossaries_are_read_where_three_entry_lines_can_stand() -> None:
    from srs.core.extract import lists

    rng = random.Random(13)
    lines = [
        "**Chiaroscuro**: strong contrast between light and dark", "*Sfumato* — soft transitions between colours and tones",
        "__Impasto__: paint laid on thickly so strokes show", "**Tenebrism** - violent contrast of light and dark areas",
        "**Examples:** propranolol, metoprolol, atenolol", "A plain line of prose about painting.", "> **Quoted**: a line in a quote",
        "- **Item**: an entry in a list", "## Terms",
    ]
    marked = 0
    for _ in range(4000):
        text = "\n\n".join("\n".join(rng.choice(lines) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 5)))
        blocks = parse(text).blocks
        fast = lists.paragraph_glossaries(blocks)
        slow = _without_shortcut(lists, "_may_hold_glossary_lines", True, lambda: lists.paragraph_glossaries(blocks))
        assert fast == slow, text
        marked += bool(fast)
    assert marked > 150  # the paragraphs do hold glossaries


def test_property_scalars_read_as_the_patterns_read_them() -> None:
    import re

    from srs.core.extract import properties as p

    quoted = re.compile(r"\"([^\"\\]*)\"|'([^']*)'")
    digits = re.compile(r"[0-9]{1,18}")

    def by_patterns(text: str) -> object:
        first = text[:1]
        if first in ('"', "'"):
            match = quoted.fullmatch(text)
            return None if match is None else (match.group(1) if match.group(1) is not None else match.group(2))
        if "0" <= first <= "9" and digits.fullmatch(text):
            return p._OTHER
        return p._scalar(text)  # the other shapes are read as before

    rng = random.Random(17)
    pieces = ['"', "'", "\\", "a", "b c", " ", "1", "0", "٣", "²", "-", "2024-02-29", "2023-02-29", "yes", "[", "]", ","]
    for _ in range(40000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        assert p._scalar(text) == by_patterns(text), repr(text)
    assert p._scalar("1" * 18) is p._OTHER and p._scalar("1" * 19) is None


def test_titles_opening_with_a_letter_have_no_prefix() -> None:
    from srs.core.extract.titles import _TITLE_PREFIX

    rng = random.Random(19)
    pieces = ["Stoicism", "é", "ß", "Ⅻ", "ª", "٣", "2024-03-05", "20240305123", " ", "📘", "-", ":", "_", "x"]
    for _ in range(20000):
        title = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        if title[:1].isalpha():
            assert _TITLE_PREFIX.sub("", title) == title, repr(title)


def test_property_key_lines_read_as_the_pattern_reads_them() -> None:
    from srs.core.extract.properties import _KEY_LINE, _OTHER, _READ, _scalar, _simple_properties

    rng = random.Random(23)
    pieces = ["title", "tags", "a", "Z9", "_", "-", ":", " ", "  ", "x", "é", "1", "[a, b]", '"q"', "'", "#"]
    for _ in range(30000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        if not line or line[0] in " -":
            continue
        match = _KEY_LINE.fullmatch(line)
        data = _simple_properties(line)
        if match is None:
            assert data is None, repr(line)
            continue
        text = (match.group(2) or "").rstrip(" ")
        value = _scalar(text) if text else None
        if text and value is None or match.group(1) in _READ and (value is _OTHER or isinstance(value, list) and _OTHER in value):
            assert data is None, repr(line)
        else:
            assert data == {match.group(1): value}, repr(line)


def test_property_item_lines_read_as_the_pattern_reads_them() -> None:
    from srs.core.extract.properties import _ITEM_LINE, _scalar, _simple_properties

    rng = random.Random(29)
    pieces = [" ", "  ", "-", "- ", "a", "b c", "[a]", '"q"', "yes", "1", "x-y", ":"]
    for _ in range(30000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        if not line or line[0] not in " -":
            continue
        data = _simple_properties("tags:\n" + line)
        match = _ITEM_LINE.fullmatch(line)
        value = _scalar(match.group(2).rstrip(" ")) if match else None
        if value is None or isinstance(value, list) or value is not None and not isinstance(value, str):
            assert data is None, repr(line)
        else:
            assert data == {"tags": [value]}, repr(line)


def test_an_item_with_sentence_marks_is_no_bare_term() -> None:
    from srs.core.extract.outline import _NOT_TERM, _TERM

    rng = random.Random(31)
    pieces = ["Primary", " succession", "**", "_", "*", ":", " ", ".", "!", "?", ";", ",", "[", "]", "`", "=", "é", "2", "\n"]
    terms = 0
    for _ in range(40000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
        if _NOT_TERM.search(text):
            assert _TERM.match(text.strip()) is None, repr(text)
        else:
            terms += _TERM.match(text.strip()) is not None
    assert terms > 1000


def test_a_noun_gloss_is_pinned_by_its_second_to_fourth_word() -> None:
    from srs.core.extract.entries import _PARTICIPLE, _PARTICIPLE_PINS, _PIN_WORDS, _VERB_S, NOUN_GLOSS

    rng = random.Random(37)
    pieces = [
        "movement", "of", "water", "across", "within", "in", "x-y", "it's", "A", " ", "  ", "\t", "\u00a0", "\n", "é", "2", ",",
        "formed", "made", "from", "keeps", "adding", "ss", "us",
    ]
    pinned = 0
    for _ in range(40000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        words = body.split(None, 4)
        if _PIN_WORDS.isdisjoint(words[1:4]):
            assert NOUN_GLOSS.match(body) is None, repr(body)
        else:
            pinned += NOUN_GLOSS.match(body) is not None
        if not (words[1:2] and words[1] in _PARTICIPLE_PINS):
            assert _PARTICIPLE.match(body) is None, repr(body)
        if not words or not ("s" in words[0] or "ing" in words[0]):
            assert _VERB_S.match(body) is None, repr(body)
    assert pinned > 500


def test_study_records_are_read_where_two_study_labels_stand() -> None:
    from srs.core.extract import records

    rng = random.Random(41)
    lines = [
        "**Mechanism:** blocks beta receptors in the heart", "**Side effects**: bradycardia, fatigue", "**Function:** pumps blood",
        "**Location：** the chest", "__Class:__ beta blocker", "**Attendees:** Sam, Priya", "**Decisions:** ship on Friday",
        "**Mechanism of action:**", "**  Site  :** the liver", "A plain line.", "**Bold** alone",
    ]
    made = 0
    for _ in range(4000):
        parts = []
        for _ in range(rng.randint(1, 4)):
            chosen = [rng.choice(lines) for _ in range(rng.randint(1, 4))]
            parts.append("\n".join(chosen) if rng.random() < 0.5 else "\n".join("- " + line for line in chosen))
        blocks = parse("## Propranolol\n\n" + "\n\n".join(parts)).blocks
        fast = records.field_records(blocks)
        slow = _without_shortcut(records, "_two_study_labels", True, lambda: records.field_records(blocks))
        assert fast == slow, parts
        made += bool(fast)
    assert made > 300


def test_property_strings_keep_what_the_first_reading_kept() -> None:
    from srs.core.extract.properties import _strings

    def first_reading(value: object, split: bool) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            items = value.replace(",", " ").split() if split else [value]
        elif isinstance(value, (list, tuple, set)):
            items = [str(v) for v in value if v is not None and not isinstance(v, (dict, list))]
        else:
            items = [str(value)]
        return tuple(dict.fromkeys(i.strip().lstrip("#").strip() for i in items if i.strip().lstrip("#").strip()))

    class Tag(str):
        pass

    rng = random.Random(31)
    pieces: list[object] = ["a", " b ", "#c", "# d", "a", "", None, 3, 2.5, True, {"k": 1}, ["x"], Tag(" e"), "x,y"]
    for _ in range(5000):
        items = [rng.choice(pieces) for _ in range(rng.randint(0, 5))]
        for value in (items, tuple(items), rng.choice(pieces)):
            for split in (True, False):
                assert _strings(value, split=split) == first_reading(value, split), (value, split)


# Lines that feed the other whole-note passes: nested items, emphasis lines, kinds, subheadings.
_PASS_LINES = [
    *_LINES,
    "- Primary succession\n  - colonisation of bare substrate by pioneer species",
    "- Secondary succession\n  - recovery of a community after a disturbance",
    "- What does [ʃ] stand for?\n  - voiceless postalveolar fricative", "- **Hostile**\n  - Definition: possession without consent",
    "- [ ] a task\n  - with a nested item", "- A sentence, not a term.\n  - a nested gloss of several words",
    "1. **Fleeting notes:** Ideas or reminders written fast", "2. **Literature notes:** Summaries of what you read",
    "*Sfumato* — soft transitions between colours and tones", "**Impasto**: paint laid on thickly so strokes show\n_Glaze_: a thin layer",
    "> *Quoted*: a line in a quote", "A line\n*Tenebrism*: violent contrast of light and dark",
    "## Homeostasis", "A stable internal environment kept by feedback.", "### Mitosis", "#### Median:",
]


def _nested_as_first_written(blocks: tuple[Block, ...]) -> dict[int, Found]:
    """``outline.nested_entries`` as first written: every item read in one loop, the members
    gathered as it went."""
    from srs.core.extract import outline as o
    from srs.core.extract.sentences import clean_card_text, cloze_text, plain

    found: dict[int, Found] = {}
    members: list[tuple[int, Found | None]] = []
    carded = False
    for i, block in enumerate(blocks):
        if block.kind != "item" or not block.first_in_item or block.task:
            continue
        child = blocks[i + 1] if i < len(blocks) - 1 else None
        if child is None or child.kind != "item" or child.level <= block.level or not child.first_in_item or child.task:
            members.append((i, None))
            continue
        text = clean_card_text(block.text)
        question = text.endswith("?") and len(text.split()) >= 3
        if not question and o._NOT_TERM.search(block.text):
            members.append((i, None))
            continue
        body = o._definition(child, 1 if question else 3)
        if body and question:
            made = cloze_text(f"{text} {body}", [(len(text) + 1, len(text) + 1 + len(body), body)])
            if made is not None:
                found[i] = Found(made[0], made[1], "study_qa")
            continue
        labelled = o._DEF_LABEL.match(body) if body else None
        if labelled:
            body = body[labelled.end() :]
        gloss = len(body.split()) >= 3 and (labelled or body[:1].islower() or plain(body).split()[0].lower() in o._ARTICLES) and not o._STATUS.match(body)
        match = o._TERM.match(block.text.strip()) if gloss else None
        term = match.group("term").strip() if match else ""
        if not term or len(term.split()) > 5 or not o.plausible_term(term) or o.is_label(term):
            members.append((i, None))
            continue
        made = cloze_text(f"{term}: {body}", [(0, len(term), term)])
        members.append((i, Found(made[0], made[1], "glossary_outline") if made else None))
        carded = carded or made is not None
    if not carded:
        return found
    pending: dict[tuple[int, tuple[str, ...]], list[tuple[int, Found | None]]] = {}
    for i, card in members:
        pending.setdefault((blocks[i].level, blocks[i].headings), []).append((i, card))
    for group in pending.values():
        entries = [(i, card) for i, card in group if card is not None]
        if len(entries) >= 2 and 3 * len(entries) >= 2 * len(group):
            found.update(entries)
    return found


def test_whole_note_passes_given_the_note_signs_find_what_they_find_alone() -> None:
    from srs.core.extract.blockshapes import block_signs
    from srs.core.extract.kinds import kind_glossaries
    from srs.core.extract.lists import paragraph_glossaries
    from srs.core.extract.outline import nested_entries
    from srs.core.extract.structure import heading_glossary, plain_list_glossary

    rng = random.Random(43)
    found = 0
    for _ in range(5000):
        text = "\n\n".join(
            rng.choice(_PASS_LINES) if rng.random() < 0.7 else "\n".join(rng.sample(_PASS_LINES, 2)) for _ in range(rng.randint(1, 10))
        )
        blocks = parse(text).blocks
        signs = block_signs(blocks)
        nested = nested_entries(blocks)
        assert nested == nested_entries(blocks, signs) == _nested_as_first_written(blocks), text
        assert heading_glossary(blocks, signs) == heading_glossary(blocks), text
        assert paragraph_glossaries(blocks, signs) == paragraph_glossaries(blocks), text
        assert plain_list_glossary(blocks, "Cells", signs) == plain_list_glossary(blocks, "Cells"), text
        # The kinds' gate (two items opening with a capital in bold) is a necessary condition:
        # forced open, the pass finds the same.
        assert kind_glossaries(blocks, signs) == kind_glossaries(blocks, dataclasses.replace(signs, capital_items=2)), text
        found += bool(nested) + bool(paragraph_glossaries(blocks)) + bool(kind_glossaries(blocks)) + bool(heading_glossary(blocks))
    assert found > 500  # the notes do hold what the passes find


def test_a_word_of_letters_is_a_plain_property_scalar() -> None:
    from srs.core.extract.properties import _PLAIN

    rng = random.Random(47)
    pieces = ["a", "Z", "é", "ß", "ª", "ǅ", "Ⅻ", "ⅻ", "٣", "²", "_", "中", "ー", "ゝ", "ـ", "ͅ", "ः", "1", " ", "-"]
    letters = 0
    for _ in range(40000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        if text.isalpha():
            letters += 1
            assert _PLAIN.fullmatch(text) is not None, repr(text)
    assert letters > 5000
