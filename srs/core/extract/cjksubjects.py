"""Definitions in Chinese, Japanese and Korean, which mark the term as the sentence's topic:
"光合成とは、植物が ...", "熵是指系统的混乱程度", "광합성이란 ...". The term stands before the marker;
the card hides it."""

from __future__ import annotations

import re

from srs.core.extract.filters import plausible_term
from srs.core.extract.found import Found
from srs.core.extract.sentences import cloze_text

# "光合成とは、植物が光エネルギーを使って ...", "熵是指系统的混乱程度", "광합성이란 ...": the term, then the
# topic marker of a definition in Japanese, Chinese or Korean, then at least a short clause.
# ("永字八法（えいじはっぽう）とは、...": the term's reading or a translation in brackets may stand between.)
_CJK_SUBJECT = re.compile(
    r"^(?P<term>[^\s、。,，「」『』()（）:：*_`\[\]]{1,15}?)(?:\s?[（(][^（）()。\u3400-\u9fff]{1,30}[）)])?(?:とは|というのは|是指|指的是|是一种|是一種|是一个|是一個|(?:이)?란\s)"
    r"[、，,]?\s*[^\s、。]{2,}"
)


# What a CJK subject cannot be: a clause opened by a conjunction or a pronoun ("而堆也是 ...",
# "它们是 ..."), one closed by an adverb ("也", "都"), a verb form ("考えている"), or the first
# half of こと ("…ということは": "the fact that ... is").
_CJK_NOT_TERM = re.compile(r"^(?:而|但|所以|因此|并且|而且|它|他|她|这|那|我|你|其|此)|(?:也|都|就|还|又|こ)$|ている|ない|ます|です|した")


def cjk_subject(text: str) -> Found | None:
    """"光合成とは、植物が ...": hide the term before the topic marker of a definition."""
    match = _CJK_SUBJECT.match(text)
    if match is None or not plausible_term(match.group("term")) or _CJK_NOT_TERM.search(match.group("term")):
        return None
    made = cloze_text(text, [(match.start("term"), match.end("term"), match.group("term"))])
    return Found(made[0], made[1], "term_is") if made else None
