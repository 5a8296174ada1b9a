"""What a mid-sentence appositive that looks like a gloss can be instead, for ``appositives``.

A noun phrase set off by a comma or a dash after another one reads as an appositive gloss, but
three shapes of writing put it there for another reason, and a card made from them hides a word
that nothing defines:

- a list of examples, its items joined by commas ("— gravel, a brick, a fallen log —"): each
  item after the first looks like a gloss of the one before it;
- a short name followed by its own gloss ("a narrow gap, the cleft — a slot that ..."): the
  description came first, then the thing's name, and the gloss after the second mark is the
  name's; hiding the description would hide the wrong side;
- a term the writer marked just before, the hidden phrase being the object of its preposition
  ("they fit a **drip loop** under the sill: a slack curve of cable that ...", no card for
  "sill"): what follows glosses the marked term, not the noun that the preposition took.
"""

from __future__ import annotations

import re

__all__ = ["aside_not_gloss"]

_ITEM = r"[\w'’-]+"
# The item before the term in a list: a word, a comma, and the term's own article.
_LIST_BEFORE = re.compile(r"[\w)’']\s*,\s+(?:an?|the)\s+$")
# A gloss that is one more item of a list: an article, a few words, then a comma and another
# article ("the top of a post, a step —").
_LIST_AFTER = re.compile(rf"(?:an?|the)\s+{_ITEM}(?:\s+{_ITEM}){{0,4}},\s+(?:an?|the)\s")
# A gloss that is itself a list of three short items ("a washer, a bolt, the lid of a jar").
_LISTED_GLOSS = re.compile(rf"(?:(?:an?|the)\s+{_ITEM}(?:\s+{_ITEM}){{0,3}},\s+){{2}}(?:and\s+|or\s+)?(?:an?|the)\s")
# A gloss that is only a name, followed at once by a gloss of its own: an article, one or two
# words, then a dash or "i.e." ("the cleft — a slot ...", "a notch, i.e. a ...").
_NAME_THEN_GLOSS = re.compile(rf"(?:an?|the)\s+{_ITEM}(?:\s+{_ITEM})?(?:\s[—–]\s|,\s+i\.e\.)")
# A marked term, then a preposition (after at most one word) and a determiner, right before the
# hidden phrase ("**drip loop** under the ", "**guide rail** instead of ").
_MARKED_THEN_PREPOSITION = re.compile(
    r"(?:\*\*[^*\n]{4,60}\*\*|(?<![*\w])[*_][^*_\n]{4,60}[*_])\s+(?:[a-z]+\s+)?"
    r"(?:of|on|in|for|under|over|with|from|into|onto|behind|beside|below|above|inside)\s+"
    r"(?:(?:the|its|their|his|her|a|an)\s+)?$"
)


def aside_not_gloss(text: str, start: int, mark: re.Match[str]) -> bool:
    """Whether the appositive after ``mark`` glosses something other than the term that starts at
    ``start`` in ``text``: the term is an item of a list, a description renamed by the appositive,
    or the object of a marked term's preposition (see the module's docstring)."""
    before = text[:start]
    gloss = text[mark.end() :]
    comma = mark.group().startswith(",")
    if comma and (_LIST_BEFORE.search(before) is not None or _LIST_AFTER.match(gloss) is not None):
        return True
    if _LISTED_GLOSS.match(gloss) is not None:
        return True  # "the drain — a washer, a bottle cap, the lid of a jar —": examples, not a gloss
    if _NAME_THEN_GLOSS.match(gloss) is not None:
        return True
    return _MARKED_THEN_PREPOSITION.search(before) is not None
