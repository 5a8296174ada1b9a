"""The rest of a glossary run: lines shaped like the entries around them are entries too.

A glossary is written as a run of lines of one shape: a list, a paragraph of lines, or a paragraph
whose line breaks were lost (its sentences are the run), each "term, separator, gloss". The rules
judge each line on its own and, to keep precision, turn many single lines away: a gloss that opens
with a capital, a gloss in a language they cannot read, an abbreviation ("OU = both eyes"). Once
most lines of a run have become glossary cards, the run is a glossary and its other lines of the
same shape (same separator) are its entries, unless one is a label, a date, a log line, a list of
members or of values. A lecture's run of "term → gloss" lines needs no card to vouch for it:
three such lines, in a run mostly of entries, make it a glossary by their shape (the arrow
otherwise leads to consequences, which the terms' shapes tell apart). This module finds those
lines; it runs after every other rule and after the note-level filters, so a run those filters
turned away (an option list) never counts.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from srs.core.extract.bodies import opens_with_cry
from srs.core.extract.filters import ASKED, is_label, looks_like_date, plausible_term
from srs.core.extract.labelwords import TOPIC_LABELS, labels_a_line
from srs.core.extract.found import Found
from srs.core.extract.glossarylines import entry_shape, line_runs
from srs.core.extract.frames import FIRST_PERSON, arrow_condition, arrow_step
from srs.core.extract.lines import CJK_ASIDE_ENDS, CJK_CHAR, CJK_LABELS
from srs.core.extract.logentries import is_log_gloss, is_member_list
from srs.core.extract.sentences import clean_card_text, cloze_text, plain
from srs.core.markdown import Block

__all__ = ["RunEntry", "run_entries"]

# An article before the term stays visible: "die {{c1::Sehnsucht}} – longing".
_ARTICLE = re.compile(r"^(?:the|an?|der|die|das|le|la|les|el|los|las|il|lo|gli|o|os|as|de|het|een)\s+(?=\S)", re.I)
# A reading or an abbreviation in brackets after the term stays beside the cloze: "出汁（だし）",
# and so does a symbol in math: "threshold voltage $V_{th}$".
_ASIDE = re.compile(r"\s*(?:[（(][^（）()]*[）)]|\$[^$]{1,20}\$)$")


@dataclass(frozen=True)
class RunEntry:
    """A line of a glossary run that no rule carded: its card, block and line number."""

    found: Found
    block: int
    line: int
    text: str


# Values listed one after another: "1.5 lighting, 2.5 sockets, 6/10 cooker".
_VALUES = re.compile(r"^\d[\d.,/]*\s*\w*(?:\s+\w+)?,\s*\d")


_POINTERS = ("see ", "cf. ", "cf ", "siehe ", "voir ", "vedi ", "zie ", "→", "eigene notiz", "own note", "separate note", "its own note")


# A gloss that opens with an entry of its own: a term of one to three words and its colon.
_GLOSS_LABEL = re.compile(r"^[^\s:]+(?:\s[^\s:]+){0,2}:\s")


# A class's logistics after a label: "slides: Will be emailed after ...", "parking: Behind the barn".
_ARRANGEMENT = re.compile(r"(?:will|would|should|must|can|could|behind|upstairs|downstairs|opposite|outside|next\s+to)\b(?!['’])", re.I)


# A question, then an aside in brackets: "light → sound? (ask the tutor)".
_ASKED_BEFORE_ASIDE = re.compile(r"\?\s*\(")


_YEAR_FIRST = re.compile(r"^(?:1[5-9]|20)\d\d\b")


def _term_like(term: str, sep: str, gloss: str, words: int) -> bool:
    """Whether an entry's term (of at most ``words`` words) can name a concept and its gloss say
    what it is."""
    cjk = CJK_CHAR.search(term) is not None
    if (len(term) > 12) if cjk else (len(term.split()) > (2 if sep == "::" else words)):
        return False  # "Best solvent type for SN2 :: polar aprotic" is a question and its answer
    if gloss.rstrip().endswith("?") or ASKED.match(gloss) or (sep == "→" and _ASKED_BEFORE_ASIDE.search(gloss)):
        # "seminar q: does reliabilism collapse ...?": a question to ask; "Q from class: why
        # reabsorb the tail ...? → recycles ...": a question and its answer.
        return False
    if term[:1] in "([" or "!" in term:
        return False  # "(amictic lakes — Antarctica — skipped ...)": an aside in brackets, no entry; "R⁴!! doubling range": a cry
    if term.lower().startswith("not ") or _YEAR_FIRST.match(term):
        return False  # "not one road → a network ...": a remark, not a term; "1927 Ira Bowen: ...": a date's news
    if sep == ":" and _GLOSS_LABEL.match(gloss):
        return False  # "housing: back-to-backs: terraced houses ...": a topic, then the entry it holds
    if _ARRANGEMENT.match(gloss):
        return False  # "slides: Will be emailed after ...", "parking: Behind the barn": a class's logistics
    if gloss[:16].lower().startswith(_POINTERS):
        return False  # "Mempool — see Mempool": a pointer to another entry
    if opens_with_cry(gloss):
        return False  # "hedgehog — yay.", "fox — meh.": a cry, no gloss
    if not plausible_term(term) or is_label(term) or looks_like_date(term) or FIRST_PERSON.search(term):
        return False
    if cjk and (term in CJK_LABELS or term.endswith(CJK_ASIDE_ENDS)):
        return False  # "王老师说：...", "自己的备注：...": who said it, a note of the writer's
    if labels_a_line(term.lower().split(), kinds=True) or term.lower() in TOPIC_LABELS:
        return False  # "check: Q-Q plot for normality", "Coaching point: ...", "predators – ...": a lecture's label
    # An abbreviation may be spelt out in one word ("ch:: chain"); a term needs a phrase.
    short = cjk or len(term) <= 4 or CJK_CHAR.search(gloss) is not None
    if is_member_list(gloss):
        return False  # "Norfolk four-course: wheat, turnips, barley, clover.": members, not a gloss
    if gloss[:1].isdigit() and _VALUES.match(gloss):
        return False  # "cable sizes: 1.5 lighting, 2.5 sockets": values, not a gloss
    return len(gloss.split()) >= (1 if short else 2) and not is_log_gloss(gloss) and "{{" not in gloss


def _self_glossed(shaped: list[tuple[int, int, str, tuple[str, str, str]]], announced: bool) -> bool:
    """Whether most entries of a run say their term again in their gloss, as a manual's labels do
    ("**Filter** — filter files", "**Sense valor**: recompte de files sense valor") where a
    glossary explains ("**Standing** — P must show injury, causation ...")."""
    # (Under a title that names a glossary, a gloss of eight words or more explains, whatever words
    # it shares with its term: "**Singing bell** — run a mallet round the rim like a singing bowl".)
    again = sum(
        1 for _bi, _line, _text, (term, _sep, gloss) in shaped
        if term[:5].lower() in gloss.lower() and not (announced and len(gloss.split()) >= 8 and not gloss.lower().startswith(term.split()[0][:5].lower()))
    )
    return 2 * again >= len(shaped)


def _explains(shaped: list[tuple[int, int, str, tuple[str, str, str]]]) -> bool:
    """Whether a run's glosses explain at a student's length (six words or more on average), where
    a manual's labels are glossed in two or three ("**Max**: largest value")."""
    return sum(len(gloss.split()) for _bi, _line, _text, (_term, _sep, gloss) in shaped) >= 6 * len(shaped)


def _opens_with(head: str, answers: set[str]) -> bool:
    """Whether a line's head opens with one of ``answers`` as a whole word (after a bullet's
    markup, an enumerator or an article: within its first few characters)."""
    for answer in answers:
        at = head.find(answer, 0, len(answer) + 8) if answer else -1
        end = at + len(answer)
        if 0 <= at <= 7 and (end == len(head) or not head[end].isalnum()):
            return True
    return False


def _bare(term: str) -> str:
    """An entry's term without a leading article or a closing aside in brackets: what its card
    hides ("die Sehnsucht" -> "Sehnsucht", "出汁（だし）" -> "出汁")."""
    article = _ARTICLE.match(term)
    term = term[article.end() :] if article else term
    return _ASIDE.sub("", term) or term


def run_entries(
    blocks: tuple[Block, ...], carded: set[str], glossed: set[str], maybe: frozenset[str] = frozenset(), announced: bool = False,
    arrows: bool = False, taught: bool = False,
) -> list[RunEntry]:
    """Entries of glossary runs that no rule carded. ``carded``: the answers of the note's cards,
    in lower case; ``glossed``: those of its sure glossary cards (entries, lines, rows); ``maybe``:
    those of its glossary cards a rule was not sure of. A run counts as a glossary when at least
    two of its lines, and at least half of those shaped like entries, are glossary cards (its other
    lines with their separator become entries), or when one is and nearly all of its lines are
    shaped like entries (they all become entries). Cards a rule was not sure of vouch for a run
    only three together, when no sure card does. ``announced``: the note's title names it a
    glossary (``names_glossary``: "Shibori glossary"), where a run of three terms or more set in
    bold is one, carded or not. ``arrows``: the note holds three arrows or more, and a lecture's
    run of "term → gloss" lines may be a glossary by its shape alone (``_arrow_entries``).
    ``taught``: the note is a lecture's or a class's (``taught_title``), where two unsure cards
    vouch for a run whose every line is shaped like an entry."""
    found: list[RunEntry | None] = []
    for run in line_runs(blocks):
        if len(run) < 3:
            pair = _bold_pair(run, glossed, carded)
            if pair is not None:
                found.append(pair)
            continue
        arrowed = _arrow_entries(blocks, run) if arrows else []
        if arrowed:
            # (Then the run is read as any other, with these entries carded.)
            fresh = [(bi, line, text, term) for bi, line, text, (term, _sep, _gloss) in arrowed if _bare(term).lower() not in carded]
            found.extend(_entry(*entry) for entry in fresh)
            carded = carded | {_bare(entry[3]).lower() for entry in fresh}
        # Most runs are glossaries whose every line opens with a carded term (or none with a
        # glossary entry's): a word test of each line's head tells, before any line is parsed.
        heads = [text[:60].lower() for _bi, _line, text in run]
        if all(_opens_with(head, carded) for head in heads):
            continue
        mixed = False
        if not any(_opens_with(head, glossed) for head in heads):
            # Only cards a rule was not sure of may vouch: the cheap counts of the tests below
            # first (three lines opening with such a card, or one and three lines holding bold).
            opened = sum(1 for head in heads if _opens_with(head, maybe))
            bolded = sum(1 for _bi, _line, text in run if "**" in text)
            if (not opened or opened < (2 if taught else 3) and bolded < 3) and not (announced and bolded >= 3):
                mixed = taught and len(run) >= 4 and _mixed_lecture_run(run)
                if not mixed:
                    continue
        # A line that announces sub-items ("Poisson process w/ rate λ:") or an aside in brackets
        # ("(aside: ...)") is neither an entry nor a line against the run's being a glossary.
        content = [text for _bi, _line, text in run if not text.rstrip().endswith((":", "：")) and not text.lstrip().startswith("(")]
        shaped = [(bi, line, text, shape) for bi, line, text in run if not text.lstrip().startswith("(") and (shape := entry_shape(text)) is not None]
        done = [s for s in shaped if _bare(s[3][0]).lower() in glossed]
        if mixed:
            done = shaped
        if not done:
            # "- inverse square law: ...", "- acoustic impedance - ...", "- absorption by air - ...":
            # three entries no rule was sure of, in one run, vouch for it together.
            # (In lower case, as a lecture writes its terms: a manual's capitalised labels,
            # "Filter — filter files", "Open app — Launch the app", are its menu in any language.)
            done = [s for s in shaped if _bare(s[3][0]).lower() in maybe]
            # ("- cognates: words in related langs ...", "- asterisk = reconstructed form ...": in a
            # lecture's notes two do, when every line of the run is shaped like an entry.)
            least = 2 if taught and len(shaped) >= len(content) else 3
            lecture = len(done) >= least and 2 * sum(1 for s in done if s[3][0][:1].islower()) >= len(done)
            # "A. **Standing** — ...", "B. **Ripeness** — ...": terms the writer set in bold, three
            # or more, and one of them carded: an outline's glossary.
            # (Under a title that names a glossary, none need be carded: "# Shibori glossary" /
            # "- **Arashi:** pole-wrap. Cloth wrapped ...".)
            # (A field's label, "**Site:** ...", counts only there.)
            in_bold = [s for s in shaped if f"**{s[3][0]}**" in s[2] or announced and f"**{s[3][0]}:**" in s[2]]
            bold = (len(done) >= 1 or announced) and len(in_bold) >= 3
            if announced and not done and bold:
                done = in_bold
            # (A run that shows code or sort orders, "`airtable-id`", "(A→Z)", is a manual's; a
            # glossary's gloss may end in a consequence, "... → spider-web circles".)
            manual = any(
                "`" in text or "→" in text and (not announced or shape[1] == "→" and not shape[2][:16].lower().startswith(_POINTERS))
                for _bi, _line, text, shape in shaped
            )
            if not (lecture or bold and not manual and not _self_glossed(shaped, announced) and _explains(shaped)):
                continue
        # Two glossary cards and half the entry-shaped lines make a glossary: its lines with the
        # separator its cards use are entries. One card does when nearly every line of the run is
        # shaped like an entry, whatever separators a lecture's list mixes ("–", ":", "=", "→").
        sep = Counter(s[3][1] for s in done).most_common(1)[0][0]
        nearly_all = len(shaped) >= 3 and 4 * len(shaped) >= 3 * len(content)
        if not (nearly_all or (len(done) >= 2 and 2 * len(done) >= len(shaped))):
            continue
        for bi, line, text, (term, line_sep, gloss) in shaped:
            # A run of mixed separators vouches for short terms only ("The mind runs two systems").
            if _bare(term).lower() in carded or (line_sep != sep and not nearly_all) or not _term_like(term, line_sep, gloss, 3 if nearly_all else 5):
                continue
            if mixed and (term.lower() in _STEP_WORDS or len(term) <= 2):
                continue  # "then → cavity fluid ...", "job: DC from panels → AC ...": a step or a remark, by shape alone
            found.append(_entry(bi, line, text, term))
    return [entry for entry in found if entry is not None]


# Words that open a step or a remark in a class's notes, not a term: "then → ...", "job: ...".
_STEP_WORDS = frozenset("then next so now later after before first finally also job goal aim why how ex eg q ans hmm vibe plan note tip".split())


def _mixed_lecture_run(run: list[tuple[int, int, str]]) -> bool:
    """Whether a class's run of lines is its glossary by shape alone: four lines or more, nearly
    all "term SEP gloss" with a term in lower case of three words at most, under two separators or
    more ("- triple step = 3 weight changes ...", "- rock step -> back step + replace ...",
    "- swivels: follow twists feet ..."). A manual's options or a log's fields keep to one."""
    shaped = [shape for _bi, _line, text in run if (shape := entry_shape(text)) is not None]
    if len(shaped) < 4 or 4 * len(shaped) < 3 * len(run):
        return False
    if len({sep for _term, sep, _gloss in shaped}) < 2:
        return False
    # (An abbreviation may open a term, "SO from closed = swingout ...": a manual's capitalised
    # labels, "Filter — filter files", may not.)
    return all((term[:1].islower() or term.split()[0].isupper()) and len(term.split()) <= 3 for term, _sep, _gloss in shaped)


def _bold_pair(run: list[tuple[int, int, str]], glossed: set[str], carded: set[str]) -> RunEntry | None:
    """The other line of a list of two whose terms are set in bold before one separator, one of
    them a sure glossary card: "- **optical kerning** — the program looks at ..." vouches for
    "- **metric kerning** — uses the kerning pairs ...", the other of "two ways to do it"."""
    if len(run) != 2 or not all(text.startswith("**") for _bi, _line, text in run):
        return None
    shapes = [entry_shape(text) for _bi, _line, text in run]
    if shapes[0] is None or shapes[1] is None or shapes[0][1] != shapes[1][1]:
        return None
    sure = [_bare(shape[0]).lower() in glossed for shape in shapes]
    if sure.count(True) != 1:
        return None
    (bi, line, text), (term, sep, gloss) = next((r, s) for r, s, done in zip(run, shapes, sure) if not done)
    if _bare(term).lower() in carded or f"**{term}**" not in text or not _term_like(term, sep, gloss, 3):
        return None
    # ("**optical kerning**" / "**metric kerning**", "**Sigma bond**" / "**Pi bond**": two kinds of
    # one thing share its noun, or are a lecture's lower-case terms; "**Batter**" / "**Topping**",
    # "**Mia**" / "**Leo**" are a note's fields.)
    other = next(shape[0] for shape, done in zip(shapes, sure) if done)
    if _bare(term).lower().split()[-1:] != _bare(other).lower().split()[-1:] and not (term.islower() and other.islower()):
        return None
    return _entry(bi, line, text, term)


_BOLD = re.compile(r"\*\*([^*\n]+)\*\*")


def _entry(bi: int, line: int, text: str, term: str) -> RunEntry | None:
    """The card of a run's line hiding its term (without an article or an aside), if it can be made."""
    card_text = clean_card_text(plain(text).strip())
    term = _bare(term)
    # "order **Procellariiformes** = ...": the writer's bold marks the term inside its line's head
    # (which the bold's four marks lengthen by four characters).
    stressed = _BOLD.search(text, 0, text.find(term) + len(term) + 4 if term in text else len(term) + 8) if "**" in text else None
    if stressed is not None and stressed.group(1) != term and stressed.group(1) in term and len(stressed.group(1)) >= 3:
        term = stressed.group(1)
    start = card_text.find(term)
    made = cloze_text(card_text, [(start, start + len(term), term)]) if start >= 0 else None
    return RunEntry(Found(made[0], made[1], "glossary_run"), bi, line, card_text) if made is not None else None


# A lecture's arrow entry: a term of one to three words (no figure) before the arrow, a gloss of
# two words or more after it, with no second arrow in its first clause (a chain of consequences,
# "light → dark → burnt") and not a link or a quote, and no term of a condition (``arrow_condition``).
_ARROW_TERM = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}$")
_FIRST_CLAUSE_END = re.compile(r"[.;]\s")
# A capitalised term's gloss opening with what someone does: "Aunt May → brings the cake".
_DOES = re.compile(r"(?:does|goes|[a-z]+[^siuy]s)\s+(?:the|a|an|his|her|their|all|some)\b")


def _links_at(block: Block, line: str, at: int) -> bool:
    """Whether a link opens the block's ``line`` at ``at`` (after spaces and emphasis marks):
    "Baroque → [[Ballet de cour]]" points to a note, as a map of content does."""
    at += max(block.text.find(line), 0)  # (the line's place in its block: a paragraph's later line)
    while at < len(block.text) and block.text[at] in " *_":
        at += 1
    return any(span.kind in ("wikilink", "link", "embed") and span.start == at for span in block.spans)


def _arrow_entries(blocks: tuple[Block, ...], run: list[tuple[int, int, str]]) -> list[tuple[int, int, str, tuple[str, str, str]]]:
    """The "term → gloss" and "term = gloss" lines of a run that is a lecture's arrow glossary:
    three such lines or more, two of them with arrows, and half the run at least shaped like
    entries, whatever their separators ("- stippling → dots, density of dots = tone", "- scumbling
    = tiny overlapping circles", "- Sprint Review → inspect the Increment ..."); [] otherwise."""
    entries = []
    shaped = 0
    for bi, line, text in run:
        shape = entry_shape(text)  # (which reads an arrow typed in ASCII as the arrow: "- melodic interval -> notes ...")
        shaped += shape is not None
        if shape is None or shape[1] not in ("→", "="):
            continue
        term, _sep, gloss = shape
        bare = _bare(term)
        end = _FIRST_CLAUSE_END.search(gloss)
        clause = gloss[: end.start()] if end is not None else gloss
        mark = "->" if shape[1] == "→" and "→" not in text else shape[1]  # the separator as typed
        if (
            len(bare) < 3 or not _ARROW_TERM.match(bare) or arrow_condition(bare)
            or arrow_step(gloss)  # ("rain → move everything inside", "hum → the ground wire is loose")
            # ("View → Toggle the sidebar", "Uncle Bob → drives the grandparents": a menu, a person's job.)
            or bare[:1].isupper() and (gloss[:1].isupper() or _DOES.match(gloss) is not None)
            or "→" in clause or gloss[:1] in "\"“'(" or _links_at(blocks[bi], text, text.find(mark) + len(mark)) or not _term_like(term, shape[1], gloss, 3)
        ):
            continue
        entries.append((bi, line, text, shape))
    # (Lines glossed after "=" join a lecture's arrows: "- gari = pickled young ginger" beside
    # "- nikiri → thin glaze of soy ...", "- tsume → thick sweet reduction ...".)
    arrows = sum(1 for entry in entries if entry[3][1] == "→")
    return entries if len(entries) >= 3 and arrows >= 2 and 2 * shaped >= len(run) else []
