"""Faster rule loops for markdown-it: try only the rules that can start at the current character.

markdown-it tries every inline rule, in order, at each stop of the text rule, and every block
rule at the start of each block. Nearly all of them give up at once because the character under
the cursor is not theirs (``link`` wants ``[``, ``heading`` wants ``#``). Here each rule is filed
under the characters it can start with, and the loop calls only those, still in the ruler's
order, so the tokens are exactly the ones markdown-it's own loop makes. A rule this module does
not know (a plugin added later) makes it leave that parser's loop as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markdown_it.rules_inline import text as text_rule

# Inline rules and the characters they can start at (each one returns False at once elsewhere).
_INLINE_STARTS: dict[str, str] = {
    "newline": "\n",
    "math_inline": "$",
    "escape": "\\",
    "backticks": "`",
    "strikethrough": "~",
    "emphasis": "_*",
    "link": "[",
    "image": "!",
    "footnote_inline": "^",
    "footnote_ref": "[",
    "autolink": "<",
    "html_inline": "<",
    "entity": "&",
}


def _inline_table(md: Any, starts: dict[str, str]) -> dict[str, tuple[Callable[..., bool], ...]] | None:
    """Rules per start character, in ruler order; None when a rule's start is unknown."""
    names = md.inline.ruler.get_active_rules()
    funcs = md.inline.ruler.getRules("")
    if not names or names[0] != "text" or len(names) != len(funcs):
        return None
    table: dict[str, list[Callable[..., bool]]] = {}
    for name, func in zip(names[1:], funcs[1:], strict=True):
        chars = starts.get(name)
        if chars is None:
            return None
        for ch in chars:
            table.setdefault(ch, []).append(func)
    return {ch: tuple(rules) for ch, rules in table.items()}


def install_inline_dispatch(md: Any, extra_starts: dict[str, str]) -> bool:
    """Replace ``md.inline.tokenize`` by a loop that dispatches on the current character.

    ``extra_starts`` names the start characters of rules added to ``md`` beyond markdown-it's
    and its plugins'. Returns False (and changes nothing) when some active rule is unknown.
    """
    table = _inline_table(md, {**_INLINE_STARTS, **extra_starts})
    if table is None:
        return False
    if md.inline.ruler.getRules("")[0] is not text_rule:
        return False
    terminator = md.inline.terminator_re
    max_nesting = md.options["maxNesting"]
    no_rules: tuple[Callable[..., bool], ...] = ()
    stops: dict[str, bool] = {}  # character -> is a terminator of the text rule

    def tokenize(state: Any) -> None:
        src = state.src
        end = state.posMax
        while state.pos < end:
            pos = state.pos
            ch = src[pos]
            stop = stops.get(ch)
            if stop is None:
                stop = stops[ch] = terminator.match(ch) is not None
            if not stop:
                # Only the text rule can start here: it takes the run up to the next terminator
                # (what markdown-it's ``text`` rule does, without the call).
                if state.level < max_nesting:
                    found = terminator.search(src, pos)
                    state.pos = stop_at = found.start() if found else end
                    state.append_pending(src[pos:stop_at])
                    if stop_at >= end:
                        break
                    continue
            elif state.level < max_nesting:
                ok = False
                for rule in table.get(ch, no_rules):
                    if rule(state, False):
                        ok = True
                        break
                if ok:
                    if state.pos <= pos:
                        raise RuntimeError("inline rule didn't increment state.pos")
                    if state.pos >= end:
                        break
                    continue
            state.append_pending(src[pos])
            state.pos += 1
        if state.pending:
            state.pushPending()

    md.inline.tokenize = tokenize
    return True
