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
    terminator = getattr(md.inline, "terminator_re", None)  # markdown-it-py 4: the text rule's stops
    if terminator is None or md.inline.ruler.getRules("")[0] is not text_rule:
        return False
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


# Block rules and the first characters (after indentation) of the lines they can start at;
# None for rules that look at any line. Every rule here gives up on an indented-code line or an
# empty line except ``code``, ``table``, ``lheading`` and ``paragraph``: such lines, and the first
# line, get every rule.
_BLOCK_STARTS: dict[str, str | None] = {
    "front_matter": "",  # looks at the file's first character, whatever the line: line 0 only
    "table": None,  # decided by the line below
    "code": "",
    "math_block": "$",
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "list": "*-+0123456789",
    "footnote_def": "[",
    "reference": "[",
    "html_block": "<",
    "heading": "#",
    "lheading": None,
    "paragraph": None,
}

_BlockRule = Callable[[Any, int, int, bool], bool]


class _BlockChooser:
    """Which rules of one chain can start at a line: by its first character."""

    def __init__(self, named: list[tuple[str, _BlockRule]]) -> None:
        self.every = tuple(func for _name, func in named)
        chars = {ch for name, _func in named for ch in (_BLOCK_STARTS[name] or "")}
        self.by_char = {
            ch: tuple(func for name, func in named if _BLOCK_STARTS[name] is None or ch in (_BLOCK_STARTS[name] or ""))
            for ch in chars
        }
        self.others = tuple(func for name, func in named if _BLOCK_STARTS[name] is None)

    def rules(self, state: Any, line: int) -> tuple[_BlockRule, ...]:
        pos = state.bMarks[line] + state.tShift[line]
        if line == 0 or pos >= state.eMarks[line] or state.sCount[line] - state.blkIndent >= 4:
            return self.every
        return self.by_char.get(state.src[pos], self.others)


def _chains(md: Any) -> dict[str, list[tuple[str, _BlockRule]]] | None:
    """The block ruler's chains as (name, rule) lists, as markdown-it compiles them."""
    rules = [rule for rule in md.block.ruler.__rules__ if rule.enabled]
    if any(rule.name not in _BLOCK_STARTS for rule in rules):
        return None
    names = {""} | {alt for rule in rules for alt in rule.alt}
    chains = {name: [(r.name, r.fn) for r in rules if not name or name in r.alt] for name in names}
    for name, named in chains.items():
        if [func for _n, func in named] != list(md.block.ruler.getRules(name)):
            return None
    return chains


def install_block_dispatch(md: Any) -> bool:
    """Make ``md``'s block loop and its terminator checks try only the rules a line can start.

    Returns False (and changes nothing) when some active block rule is unknown.
    """
    chains = _chains(md)
    if chains is None:
        return False
    main = _BlockChooser(chains[""])
    max_nesting = md.options.maxNesting

    def tokenize(state: Any, startLine: int, endLine: int) -> None:
        # markdown-it's ParserBlock.tokenize, with the rules narrowed by the line's first char.
        line = startLine
        has_empty_lines = False
        while line < endLine:
            state.line = line = state.skipEmptyLines(line)
            if line >= endLine:
                break
            if state.sCount[line] < state.blkIndent:
                break
            if state.level >= max_nesting:
                state.line = endLine
                break
            ok = False
            for rule in main.rules(state, line):
                ok = rule(state, line, endLine, False)
                if ok:
                    if state.line <= line:
                        raise RuntimeError("block rule didn't increment state.line")
                    break
            if not ok:
                raise RuntimeError("none of the block rules matched")
            state.tight = not has_empty_lines
            line = state.line
            if (line - 1) < endLine and state.isEmpty(line - 1):
                has_empty_lines = True
            if line < endLine and state.isEmpty(line):
                has_empty_lines = True
                line += 1
                state.line = line

    def terminator(chooser: _BlockChooser) -> _BlockRule:
        def any_terminates(state: Any, line: int, endLine: int, silent: bool) -> bool:
            for rule in chooser.rules(state, line):
                if rule(state, line, endLine, silent):
                    return True
            return False

        return any_terminates

    md.block.tokenize = tokenize
    # The terminator chains (rules that may end a paragraph, quote, list, reference) are read by
    # the rules themselves through getRules(chain), which returns the ruler's compiled cache:
    # one narrowing check stands in for the whole list. Callers call each entry with
    # silent=True and stop at the first True, so one entry that does the same is equivalent.
    cache = getattr(md.block.ruler, "__cache__", None)
    if isinstance(cache, dict) and all(name in cache for name in chains):
        for name, named in chains.items():
            if name:
                cache[name] = [terminator(_BlockChooser(named))]
    return True
