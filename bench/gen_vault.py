"""Synthetic Obsidian-style vaults for the benchmarks.

``python bench/gen_vault.py OUT_DIR --notes 10000 --seed 1`` writes a vault that looks like a
real one to the scanner: nested folders, YAML properties, wiki links with aliases and headings,
embeds, ``#tags``, definitions in bold, lists, glossaries, tables, tasks, callouts, code fences,
footnotes, comments, clozes, highlights, ``question::answer`` lines, some CRLF files, some notes
in other scripts, and a few tiny PNG attachments.

Everything comes from ``random.Random(seed)``: the same seed and note count give byte-identical
files (no clock, no hash randomisation). The words are made from syllables, so no real text is
copied. Notes average about 1.4 KB, so 10,000 notes is about 14 MB.
"""

from __future__ import annotations

import argparse
import random
import struct
import sys
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

LATIN_SYLLABLES = (
    "ka ri to mel an so ve lu dor pra nis quo ter sel vin ba cor el fi gal hy "
    "ix jo ken lam mo nu or pel qui ras sti tum ul vor wen xa yel zor ath ben "
    "cre dus eth fro gri hal ist jun kro lin mir nov ost pim rud sol tra urb "
    "vel wyn zen"
).split()
CYRILLIC_SYLLABLES = "ка ро ми ло на те ви да су бо ре по ля зи ку мо ни ша".split()
GREEK_SYLLABLES = "κα λο μι ρε θα πο νυ σι δε φι".split()
CJK_CHARS = list("记忆学习知识笔记卡片复习方法理论结构语言思维概念系统")
EMOJI = ("🔼", "🌱", "#️⃣", "📚", "✦", "🧠")
CALLOUT_KINDS = ("note", "tip", "warning", "info", "example", "quote", "abstract")
CODE_LANGS = ("python", "js", "bash", "sql", "")

# Average bytes per note the size targets aim at; the mean of the log-normal size draw.
MEAN_NOTE_BYTES = 1400
SIZE_SIGMA = 0.55


@dataclass
class _Vocab:
    """Words, terms and titles shared by the whole vault (so links point at real notes)."""

    words: list[str]
    terms: list[str]
    tags: list[str]
    titles: list[str] = field(default_factory=list)
    headings: dict[int, list[str]] = field(default_factory=dict)
    images: list[str] = field(default_factory=list)


def _word(rng: random.Random, syllables: list[str] | tuple[str, ...], low: int = 1, high: int = 3) -> str:
    return "".join(rng.choice(syllables) for _ in range(rng.randint(low, high)))


def _unique_words(rng: random.Random, count: int, low: int, high: int) -> list[str]:
    seen: dict[str, None] = {}
    while len(seen) < count:
        seen.setdefault(_word(rng, LATIN_SYLLABLES, low, high), None)
    return list(seen)


def _make_vocab(rng: random.Random, notes: int) -> _Vocab:
    words = _unique_words(rng, 3000, 1, 3)
    terms = [
        " ".join(_word(rng, LATIN_SYLLABLES, 2, 4) for _ in range(rng.randint(1, 3)))
        for _ in range(max(500, notes // 4))
    ]
    tags = _unique_words(rng, 120, 2, 3)
    return _Vocab(words=words, terms=terms, tags=tags)


def _sentence(rng: random.Random, vocab: _Vocab, low: int = 6, high: int = 18) -> str:
    words = [rng.choice(vocab.words) for _ in range(rng.randint(low, high))]
    words[0] = words[0].capitalize()
    if len(words) > 8 and rng.random() < 0.3:
        words[len(words) // 2] += ","
    return " ".join(words) + rng.choice(".....?!")


def _link(rng: random.Random, vocab: _Vocab) -> str:
    index = rng.randrange(len(vocab.titles))
    title = vocab.titles[index]
    roll = rng.random()
    if roll < 0.25:
        return f"[[{title}|{rng.choice(vocab.words)} {rng.choice(vocab.words)}]]"
    if roll < 0.40 and vocab.headings.get(index):
        return f"[[{title}#{rng.choice(vocab.headings[index])}]]"
    if roll < 0.45:
        return f"[[{title}#^{_word(rng, LATIN_SYLLABLES, 2, 2)}]]"
    return f"[[{title}]]"


def _inline(rng: random.Random, vocab: _Vocab) -> str:
    """One sentence with the odd inline feature sprinkled in."""
    text = _sentence(rng, vocab)
    roll = rng.random()
    if roll < 0.22:
        text = text[:-1] + f" {_link(rng, vocab)}."
    elif roll < 0.30:
        text = text[:-1] + f" ==highlighted {rng.choice(vocab.words)}==."
    elif roll < 0.38:
        text = text[:-1] + f" **{rng.choice(vocab.words)} {rng.choice(vocab.words)}** matters."
    elif roll < 0.43:
        text = text[:-1] + f" *{rng.choice(vocab.words)}* and _{rng.choice(vocab.words)}_."
    elif roll < 0.48:
        text = text[:-1] + f" #{rng.choice(vocab.tags)}."
    elif roll < 0.51:
        text = text[:-1] + f" `{rng.choice(vocab.words)}()`."
    elif roll < 0.53:
        text = text[:-1] + f" $x^{rng.randint(2, 9)}$."
    return text


def _definition(rng: random.Random, vocab: _Vocab) -> str:
    term = rng.choice(vocab.terms)
    lead = _sentence(rng, vocab, 5, 10)[:-1]
    tail = _sentence(rng, vocab, 4, 10).lower()
    shape = rng.randrange(5)
    if shape == 0:
        return f"{lead} is called **{term}**, which {tail}"
    if shape == 1:
        return f"**{term.capitalize()}** is {tail}"
    if shape == 2:
        return f"{lead}; this is known as **{term}**."
    if shape == 3:
        return f"We call it **{term}** when {tail}"
    return f"**{term.capitalize()}** refers to {tail} {_inline(rng, vocab)}"


def _paragraph(rng: random.Random, vocab: _Vocab) -> str:
    parts = [_inline(rng, vocab) for _ in range(rng.randint(2, 5))]
    if rng.random() < 0.45:
        parts.insert(rng.randrange(len(parts) + 1), _definition(rng, vocab))
    if rng.random() < 0.08:
        parts.append(f"{_sentence(rng, vocab, 4, 8)[:-1]}[^{rng.randint(1, 3)}].")
    if rng.random() < 0.06:
        parts.append(f"%% {_sentence(rng, vocab, 3, 8)} %%")
    return " ".join(parts)


def _bullets(rng: random.Random, vocab: _Vocab) -> str:
    lines = []
    for _ in range(rng.randint(2, 6)):
        marker = rng.choice("-*") if rng.random() < 0.8 else f"{len(lines) + 1}."
        lines.append(f"{marker} {_inline(rng, vocab)}")
        if rng.random() < 0.2:
            lines.append(f"    - {_sentence(rng, vocab, 3, 8)}")
    return "\n".join(lines)


def _glossary(rng: random.Random, vocab: _Vocab) -> str:
    rows = []
    for _ in range(rng.randint(2, 5)):
        sep = rng.choice((":", " -", " —", ":"))
        rows.append(f"- **{rng.choice(vocab.terms)}**{sep} {_sentence(rng, vocab, 4, 10).lower()}")
    return "\n".join(rows)


def _table(rng: random.Random, vocab: _Vocab) -> str:
    cols = rng.randint(2, 4)
    head = "| " + " | ".join(rng.choice(vocab.words).capitalize() for _ in range(cols)) + " |"
    rule = "|" + "---|" * cols
    body = [
        "| " + " | ".join(" ".join(rng.choice(vocab.words) for _ in range(rng.randint(1, 3))) for _ in range(cols)) + " |"
        for _ in range(rng.randint(2, 5))
    ]
    if rng.random() < 0.3:
        body[0] = body[0].replace("| ", f"| **{rng.choice(vocab.terms)}** ", 1)
    return "\n".join([head, rule, *body])


def _tasks(rng: random.Random, vocab: _Vocab) -> str:
    return "\n".join(
        f"- [{rng.choice(' x')}] {_sentence(rng, vocab, 3, 9)}" for _ in range(rng.randint(2, 5))
    )


def _callout(rng: random.Random, vocab: _Vocab) -> str:
    kind = rng.choice(CALLOUT_KINDS)
    fold = rng.choice(("", "", "-", "+"))
    lines = [f"> [!{kind}]{fold} {rng.choice(vocab.words).capitalize()}"]
    lines += [f"> {_inline(rng, vocab)}" for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.3:
        lines.append(f"> {_definition(rng, vocab)}")
    return "\n".join(lines)


def _code(rng: random.Random, vocab: _Vocab) -> str:
    lang = rng.choice(CODE_LANGS)
    body = []
    for _ in range(rng.randint(2, 7)):
        name = rng.choice(vocab.words)
        body.append(rng.choice((
            f"{name} = compute({rng.randint(0, 99)})",
            f"# **{name}** is not a definition inside code",
            f"print('{{{{c1::{name}}}}}')",
            f"for {name} in range({rng.randint(1, 9)}):",
            f"    total += {name}",
        )))
    return "\n".join([f"```{lang}", *body, "```"])


def _cloze(rng: random.Random, vocab: _Vocab) -> str:
    lead = _sentence(rng, vocab, 4, 10)[:-1]
    answer = rng.choice(vocab.terms)
    text = f"{lead} {{{{c1::{answer}}}}}"
    if rng.random() < 0.3:
        text += f" and {{{{c2::{rng.choice(vocab.words)}::hint}}}}"
    return text + "."


def _qa(rng: random.Random, vocab: _Vocab) -> str:
    return "\n".join(
        f"What is {rng.choice(vocab.terms)}::{_sentence(rng, vocab, 3, 8)[:-1]}"
        for _ in range(rng.randint(1, 3))
    )


def _embed(rng: random.Random, vocab: _Vocab) -> str:
    if vocab.images and rng.random() < 0.5:
        image = rng.choice(vocab.images)
        return f"![[{image}]]" if rng.random() < 0.7 else f"![[{image}|{rng.randint(100, 400)}]]"
    return "!" + _link(rng, vocab)


def _quote(rng: random.Random, vocab: _Vocab) -> str:
    return "> " + _sentence(rng, vocab) + "\n> — " + rng.choice(vocab.words).capitalize()


def _html_comment(rng: random.Random, vocab: _Vocab) -> str:
    return f"<!-- {_sentence(rng, vocab, 3, 8)} -->"


# Block makers with weights: paragraphs dominate, as in real notes.
_BLOCKS = (
    (_paragraph, 40),
    (_bullets, 10),
    (_glossary, 4),
    (_table, 3),
    (_tasks, 3),
    (_callout, 4),
    (_code, 3),
    (_cloze, 4),
    (_qa, 2),
    (_embed, 3),
    (_quote, 2),
    (_html_comment, 1),
)
_BLOCK_FUNCS = [make for make, _ in _BLOCKS]
_BLOCK_WEIGHTS = [weight for _, weight in _BLOCKS]


def _front_matter(rng: random.Random, vocab: _Vocab, created: date) -> str:
    lines = ["---"]
    tags = rng.sample(vocab.tags, rng.randint(1, 4))
    if rng.random() < 0.5:
        lines.append("tags:")
        lines += [f"  - {tag}" for tag in tags]
    else:
        lines.append(f"tags: [{', '.join(tags)}]")
    if rng.random() < 0.4:
        lines.append("aliases:")
        lines += [f"  - {rng.choice(vocab.terms)}" for _ in range(rng.randint(1, 2))]
    lines.append(f"created: {created.isoformat()}")
    if rng.random() < 0.3:
        lines.append(f"source: \"{_sentence(rng, vocab, 2, 5)}\"")
    if rng.random() < 0.2:
        lines.append(f"rating: {rng.randint(1, 5)}")
    if rng.random() < 0.1:
        lines.append(f"up: \"[[{rng.choice(vocab.titles)}]]\"")
    lines.append("---")
    return "\n".join(lines)


def _header_lines(rng: random.Random, vocab: _Vocab, created: date) -> str:
    """The bold-label header some vaults put above the text instead of properties."""
    return "\n".join([
        f"**{EMOJI[0]} Up:** [[{rng.choice(vocab.titles)}]]",
        f"**{EMOJI[2]} Tags:** #{rng.choice(vocab.tags)}",
        f"**{EMOJI[1]} Planted:** {created.strftime('%a %d %B %Y')}",
        "",
        "---",
    ])


def _foreign_text(rng: random.Random, size: int) -> str:
    """A note body in another script (Cyrillic, Greek or CJK), with a bold term and a cloze."""
    script = rng.randrange(3)
    out: list[str] = []
    length = 0
    while length < size:
        if script == 2:
            words = ["".join(rng.choice(CJK_CHARS) for _ in range(rng.randint(2, 4))) for _ in range(8)]
            sentence = "".join(words) + "。"
            term = "".join(rng.choice(CJK_CHARS) for _ in range(3))
        else:
            syl = CYRILLIC_SYLLABLES if script == 0 else GREEK_SYLLABLES
            words = [_word(rng, syl) for _ in range(rng.randint(6, 14))]
            sentence = " ".join(words).capitalize() + "."
            term = _word(rng, syl, 2, 3)
        roll = rng.random()
        if roll < 0.2:
            sentence += f" **{term}**."
        elif roll < 0.3:
            sentence += f" {{{{c1::{term}}}}}."
        out.append(sentence)
        length += len(sentence.encode())
    return "\n\n".join(" ".join(out[i:i + 3]) for i in range(0, len(out), 3))


def _tiny_png(rng: random.Random) -> bytes:
    """A valid 2x2 RGB PNG with random colours."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(6)) for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _folders(rng: random.Random, notes: int) -> list[str]:
    """20-200 folders, two to three levels deep."""
    count = max(20, min(200, notes // 50))
    tops = [_word(rng, LATIN_SYLLABLES, 2, 3).capitalize() for _ in range(max(4, count // 12))]
    tops = list(dict.fromkeys(tops))
    folders: dict[str, None] = {top: None for top in tops}
    while len(folders) < count:
        parent = rng.choice(list(folders))
        if parent.count("/") >= 2:
            continue
        folders.setdefault(f"{parent}/{_word(rng, LATIN_SYLLABLES, 2, 3).capitalize()}", None)
    return list(folders)


def _titles(rng: random.Random, vocab: _Vocab, notes: int) -> list[str]:
    # Keyed by casefold so no two notes clash on a case-insensitive file system.
    titles: dict[str, str] = {}
    while len(titles) < notes:
        words = [rng.choice(vocab.words) for _ in range(rng.randint(1, 4))]
        title = " ".join(words).capitalize()
        if rng.random() < 0.05:
            title = f"{rng.choice(EMOJI)} {title}"
        titles.setdefault(title.casefold(), title)
    return list(titles.values())


def _note_text(rng: random.Random, vocab: _Vocab, index: int) -> str:
    target = min(12_000, max(200, int(rng.lognormvariate(0, SIZE_SIGMA) * _SIZE_SCALE)))
    created = date(2019, 1, 1) + timedelta(days=rng.randrange(2500))
    parts: list[str] = []
    roll = rng.random()
    if roll < 0.75:
        parts.append(_front_matter(rng, vocab, created))
    elif roll < 0.85:
        parts.append(_header_lines(rng, vocab, created))
    if rng.random() < 0.03:
        parts.append(_foreign_text(rng, target))
        return "\n\n".join(parts) + "\n"
    if rng.random() < 0.5:
        parts.append(f"# {vocab.titles[index]}")
    length = sum(len(p) for p in parts)
    headings = vocab.headings.get(index, [])
    next_heading = 0
    while length < target:
        if next_heading < len(headings) and rng.random() < 0.25:
            level = "##" if rng.random() < 0.8 else "###"
            block = f"{level} {headings[next_heading]}"
            next_heading += 1
        else:
            block = rng.choices(_BLOCK_FUNCS, _BLOCK_WEIGHTS)[0](rng, vocab)
        if rng.random() < 0.04:
            # Obsidian block ids end a paragraph line; after a code block they stand on a line
            # of their own (on the closing fence they would leave the fence open).
            joiner = "\n" if block.rstrip().endswith("```") else " "
            block += f"{joiner}^{_word(rng, LATIN_SYLLABLES, 2, 2)}"
        parts.append(block)
        length += len(block) + 2
    if "[^" in "".join(parts):
        parts += [f"[^{n}]: {_sentence(rng, vocab, 4, 10)}" for n in range(1, 4)]
    return "\n\n".join(parts) + "\n"


# The note loop overshoots its target by about half a block; scale the draw so the mean lands
# near MEAN_NOTE_BYTES (lognormvariate(0, s) has mean exp(s^2 / 2)).
_SIZE_SCALE = MEAN_NOTE_BYTES / 2.71828 ** (SIZE_SIGMA**2 / 2) * 0.85


def generate_vault(path: Path | str, notes: int, seed: int = 1) -> Path:
    """Write a deterministic synthetic vault of ``notes`` markdown files into ``path``.

    The folder is created if needed; existing files with the same names are overwritten.
    Returns the vault path. Same ``notes`` and ``seed`` always give identical bytes.
    """
    root = Path(path)
    rng = random.Random(seed)
    vocab = _make_vocab(rng, notes)
    folders = _folders(rng, notes)
    vocab.titles = _titles(rng, vocab, notes)
    for index in range(notes):
        if rng.random() < 0.6:
            vocab.headings[index] = [
                _word(rng, LATIN_SYLLABLES, 2, 3).capitalize() + " " + rng.choice(vocab.words)
                for _ in range(rng.randint(1, 4))
            ]
    vocab.images = [f"{_word(rng, LATIN_SYLLABLES, 2, 3)}-{n}.png" for n in range(max(3, notes // 500))]

    attachments = root / "attachments"
    attachments.mkdir(parents=True, exist_ok=True)
    for name in vocab.images:
        (attachments / name).write_bytes(_tiny_png(rng))
    for folder in folders:
        (root / folder).mkdir(parents=True, exist_ok=True)

    for index, title in enumerate(vocab.titles):
        folder = folders[min(len(folders) - 1, int(rng.paretovariate(1.2)) - 1)] if rng.random() < 0.5 else rng.choice(folders)
        text = _note_text(rng, vocab, index)
        data = text.encode("utf-8")
        if rng.random() < 0.05:
            data = data.replace(b"\n", b"\r\n")
        (root / folder / f"{title}.md").write_bytes(data)
    return root


def main(argv: list[str] | None = None) -> int:
    """Command line: ``gen_vault.py OUT_DIR --notes N --seed S``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the vault into")
    parser.add_argument("--notes", type=int, default=1000, help="number of notes (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    root = generate_vault(args.out_dir, args.notes, args.seed)
    files = list(root.rglob("*.md"))
    size = sum(f.stat().st_size for f in files)
    print(f"{root}: {len(files)} notes, {size / 1e6:.1f} MB ({size / max(1, len(files)):.0f} B/note)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
