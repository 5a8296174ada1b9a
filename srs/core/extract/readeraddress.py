"""Whether a note speaks to its reader, in the languages documentation is translated into: a
note whose prose does so twice is a manual, whose "**Option** — what it does" lines and
sections are no glossary."""

from __future__ import annotations

from srs.core.markdown import Block

__all__ = ["addresses_reader"]

# The reader addressed, in the languages documentation is translated into: a note whose prose
# speaks so twice is a manual, and its "**Option** — what it does" lines are no glossary. (English
# "you" is also generic in study notes, "once you know something ...": only "your" counts.)
_READER_WORDS = frozenset(
    """your yours vous votre vos tu ton tes você vocês tuo tua tuoi jouw jij uw du dich dir dein deine deinen
    deiner deinem dig din ditt dine dina deg sinun voit twoje twój możesz anda kamu váš vaše môžete můžete
    teva teu teus teves vostre vostra puoi potete pots podeu puedes podés peux pouvez kannst kunt
    вы ваш ваша ваши вам ты твой ви вас""".split()
)
_PUNCTUATION = str.maketrans({ch: " " for ch in ".,;:!?()[]*_\"'«»“”"})


# Words of ``_READER_WORDS`` that are common words of another language ("battement des ailes du
# nez", "a ton of", "pots and pans", "il voit"): they address the reader only in a paragraph
# with none of that language's commonest words.
# (Only words French has alone: "en", "de", "et" are Swedish, Danish or German words too.)
_FRENCH_COMMON = frozenset("le les la des est une pour il dans sur qui avec".split())
_ENGLISH_COMMON = frozenset("the of and is a to in".split())
_IBERIAN_COMMON = frozenset("el la de que y los o e".split())
_HOMOGRAPHS = {
    "du": _FRENCH_COMMON, "voit": _FRENCH_COMMON,
    "ton": _ENGLISH_COMMON, "din": _ENGLISH_COMMON, "dig": _ENGLISH_COMMON, "deg": _ENGLISH_COMMON,
    "dine": _ENGLISH_COMMON, "pots": _ENGLISH_COMMON, "anda": _IBERIAN_COMMON,
}


def _speaks(word: str, words: list[str]) -> bool:
    """Whether ``word`` (a word of ``_READER_WORDS`` among ``words``) addresses the reader."""
    other = _HOMOGRAPHS.get(word)
    return other is None or other.isdisjoint(words)


def addresses_reader(blocks: tuple[Block, ...]) -> bool:
    """Whether the note's paragraphs speak to their reader twice or more (see ``_READER_WORDS``)."""
    seen = 0
    for block in blocks:
        if block.kind != "paragraph" or (block.quote and not block.callout):
            continue  # (a quotation speaks to someone else: '> "... what your monitoring lets you hear."')
        text = block.text
        if not text.isascii() and ("あなた" in text or "您" in text):
            seen += 1
        words = text.lower().translate(_PUNCTUATION).split()
        if not _READER_WORDS.isdisjoint(words):  # one set test in C rules out most paragraphs
            seen += sum(1 for word in words if word in _READER_WORDS and _speaks(word, words))
        if seen >= 2:
            return True
    return False
