"""The spellings a note gives its title's terms: "aliases: [compressed air energy storage]" and
"Compressed-air energy storage stores ..." name one term (``spelled_as_written``)."""

from __future__ import annotations

import re

__all__ = ["spelled_as_written"]


def spelled_as_written(terms: list[str], text: str) -> list[str]:
    """``terms`` and, after each term of three to five words, the spelling the note's opening gives
    it when that joins some of its words with hyphens instead ("aliases: [compressed air energy
    storage]" / "Compressed-air energy storage stores ..."), or spaces instead of hyphens. (Two
    words, or all of them, joined by hyphens are a modifier as often: "full-stack developers",
    "state-of-the-art models".)"""
    found = list(terms)
    head = text[:3000]
    if "-" not in head and not any("-" in t for t in terms):
        return found  # (most notes: no hyphen to tell the spellings apart)
    low = head.lower()
    for term in terms:
        words = re.split(r"[\s-]+", term.strip())
        if not 3 <= len(words) <= 5 or not all(words):
            continue
        joint = " " if "-" in term else "-"  # (the other spelling's joint between two of its words)
        if not any(f"{a}{joint}{b}".lower() in low for a, b in zip(words, words[1:])):
            continue  # the cheap test: no two of the term's words joined the other way in the note
        spelling = r"(?<![\w-])" + r"[ -]".join(map(re.escape, words)) + r"(?![\w-])"
        for match in re.finditer(spelling, head, re.I):
            # (The term itself, in the note's properties or its text, is no other spelling.)
            written = match.group()
            if " " in written and written.lower() != term.lower() and written.lower() not in (t.lower() for t in found):
                found.append(written)
                break
    return found
