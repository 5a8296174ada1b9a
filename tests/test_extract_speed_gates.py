"""The cheap tests that let the extractor skip regexes must never skip one that would match.

``rules.definitions`` looks for naming stems in the case-folded sentence before it runs the naming
regexes: every shape those regexes read must hold a stem, in any letter case, and ``fold_case``
must fold every letter the way IGNORECASE matching does. ``looks_like_date`` runs its regex only
on text with a digit or "day", and ``plain`` tests printable ASCII with substring tests.
"""

from __future__ import annotations

import random
import re

import pytest

from srs.core.extract import filters, namingcues, phrases
from srs.core.extract.filters import looks_like_date
from srs.core.extract.sentences import _EMPH_MARK, _NEEDS_PLAIN, Folded, fold_case, plain

_ENGLISH = {
    namingcues.NAMING_BEFORE: [
        "it is called ", "he calls it the ", "we call this a ", "the so termed ", "was named ", "dubbed the ",
        "nicknamed ", "coined the term ", "labeled ", "labelled a ", "christened ", "is known as the ",
        "is referred to as ", "what one refers to as ", "what we refer to as ",
    ],
    namingcues.NAMING_OBJECT: [
        "call such a figure a ", "calls an event the ", "called the thing a ", "term this a ", "terms it the ",
        "termed it a ", "name the state the ", "names it a ", "named the effect the ", "dub it the ",
        "dubs it a ", "dubbed the shape a ", "nickname it a ", "nicknamed him the ",
    ],
    namingcues.QUOTED: ['is called "Spandrel"', "known as “the Thing”", "termed ‘Drift’", "named 'Zed' for"],
    phrases.POSSESSIVE_NAMING: ["called its ", "termed their ", "named his ", "known as her ", "referred to as our "],
    phrases.REFER_AS: ["refer to this as ", "refers to it as the ", "referred to them as a ", "referring to it as "],
    phrases.LONG_OBJECT_NAMING: [
        "call an event that lies outside all expectation a ", "calls such a figure of speech a ",
        "name the state of the system the ", "terms this kind of thing a ", "dubbed that long period the ",
    ],
}
_OTHER = {
    namingcues.NAMING_BEFORE_INTL: [
        "on appelle ", "est appelé ", "appelée ", "appelés les ", "appelées ", "on nomme ", "nommé ", "nommée la ",
        "se llama ", "se llaman los ", "llamado ", "llamada la ", "se denomina ", "denominado ", "denominada ",
        "si chiama ", "si chiamano gli ", "chiamato ", "chiamata ", "men noemt ", "noemen ", "genoemd ",
        "heißt ", "nennt man ", "nennen ", "genannt ", "chamado ", "chamada ", "se chama ", "chama-se ",
        "chamam-se ", "denomina-se ", "kallas ", "kaldes ", "называется ", "называют ", "называемый ", "называемая ",
    ],
    namingcues.KNOWN_AS_INTL: [
        "se conoce como ", "conocido como ", "conocidas como ", "conhecido como ", "conhecidas como a ",
        "connu sous le nom de ", "connue sous le nom d'", "è detto ", "sono detti ", "viene detta ",
        "vengono dette ", "der sogenannte ", "die so genannten ", "heet ", "heten ", "wordt genoemd ",
    ],
    phrases.LONG_OBJECT_NAMING_INTL: [
        "Man nennt das Molekül, das Energie speichert, ", "nennt man die Menge aller ", "nennen wir den Wert ",
        "On appelle la fonction qui ", "nous appelons le point ", "llamamos el punto ", "chamamos o ponto ",
        "chiamiamo il punto ",
    ],
}


def _variants(sample: str) -> list[str]:
    """The sample as written, upper-cased, and with the letters IGNORECASE equates in odd forms."""
    odd = sample.replace("i", "ı").replace("s", "ſ").replace("в", "ᲀ").replace("т", "ᲄ").replace("с", "ᲃ")
    return [sample, sample.upper(), sample.title(), odd, sample.replace("i", "İ")]


@pytest.mark.parametrize(("stems", "shapes"), [(namingcues.NAMING_STEM, _ENGLISH), (namingcues.NAMING_STEM_INTL, _OTHER)])
def test_every_naming_shape_holds_a_stem(stems: tuple[str, ...], shapes: dict[re.Pattern[str], list[str]]) -> None:
    for regex, samples in shapes.items():
        for sample in samples:
            assert regex.search(sample), (regex.pattern, sample)  # the sample is a real match
            for variant in _variants(sample):
                if regex.search(variant):
                    assert Folded(variant).holds(stems), (regex.pattern, variant)


def test_fold_case_folds_as_ignorecase_matching_does() -> None:
    letters = set("".join(namingcues.NAMING_STEM + namingcues.NAMING_STEM_INTL))
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    for letter in sorted(letters):
        for match in re.finditer(re.escape(letter), everything, re.I):
            assert fold_case(match.group()) == letter, (letter, hex(ord(match.group())))


def test_date_check_skips_only_text_without_digits_or_day() -> None:
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    for letter in "day":
        for match in re.finditer(letter, everything, re.I):
            assert match.group().lower() == letter
    samples = [
        "2024-03-05", "3/4/2021", "MONDAY", "on Saturday", "Sun, 12", "jan 5, 2020", "5th March 2021",
        "٣/٤/٢٠٢١", "Mon. 3", "TUE 4", "a monad", "Saturn", "friction", "sunlight", "day one", "",
    ]
    for text in samples:
        assert looks_like_date(text) == (filters._DATE.search(text) is not None), text


def test_plain_substring_shortcut_agrees_with_the_marker_scan() -> None:
    rng = random.Random(7)
    alphabet = "ab *_=~\t\n\x0b\x1c\xa0\u3000é"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        expected = " ".join(_EMPH_MARK.sub("", text).split()) if _NEEDS_PLAIN.search(text) else text.strip()
        assert plain(text) == expected, repr(text)
