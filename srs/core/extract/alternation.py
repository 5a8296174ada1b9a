"""Regex alternations written as prefix trees, for patterns that are only asked whether they match.

Python's regex engine tries the branches of ``a|b|c`` one after another at each position; a tree
("is |ist |are " as "i(?:s(?: |t ))|are ") compares each next letter once. The tree tries its
branches in another order, so a match may end elsewhere: use it only where a caller asks no more
than whether there is one (backtracking still tries every branch before it gives up)."""

from __future__ import annotations

import re


def prefix_tree(words: list[str]) -> str:
    """A regex alternation of ``words`` (literal text), its branches grouped letter by letter."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    branches = []
    for first, rests in groups.items():
        if not first:
            branches.append("")  # a word that others extend ends here
            continue
        rest = prefix_tree(rests)
        branches.append(re.escape(first) + (f"(?:{rest})" if "|" in rest else rest))
    return "|".join(branches)
