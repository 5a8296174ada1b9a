"""More general definition shapes: a linked or coded subject, single glossary lines in Chinese,
Japanese and Russian; each with notes that must give cards and notes that must not."""

from __future__ import annotations

import pytest

from srs.core.extract import extract_note


def answers(text: str, path: str = "Notes/Note.md") -> list[str]:
    return [a for c in extract_note(text, path).candidates for a in c.answers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[[Entropy]] is a measure of the number of microstates consistent with a macrostate.\n", ["Entropy"]),
        ("[[Mitochondrion|Mitochondria]] are organelles that produce most of the cell's energy.\n", ["Mitochondria"]),
        ("## Notes\n\n[[Opportunity cost]] is the value of the best alternative you give up.\n", ["Opportunity cost"]),
        ("`Drop` is a trait that runs custom code when a value goes out of scope.\n", ["Drop"]),
        ("`defer` is a statement that postpones a call until the function returns.\n", ["defer"]),
    ],
)
def test_linked_or_coded_subject_is_defined(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "[[Alice]] is going to the meeting on Friday.\n",
        "[[Project X]] is done.\n",
        "[[Daily note]] is where I dump everything.\n",
        "[[Project X]] is the thing we ship next month.\n",
        "`npm install` is what you run first, then `npm test`.\n",
        "- `value` is the string to test.\n- `count` is the number of times to repeat.\n",
    ],
)
def test_links_and_code_that_name_people_files_or_parameters_give_no_card(text: str) -> None:
    assert answers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## 术语\n\n熵：系统无序程度的量度。\n", ["熵"]),
        ("光合作用：植物利用光能把二氧化碳和水转化为有机物的过程。\n", ["光合作用"]),
        ("冪等性：何度実行しても結果が変わらない性質のこと。\n", ["冪等性"]),
        ("Энтропия — это мера беспорядка в системе.\n", ["Энтропия"]),
        ("Инфляция — устойчивый рост общего уровня цен на товары и услуги.\n", ["Инфляция"]),
    ],
)
def test_single_glossary_line_in_cjk_or_russian(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "日期：2024年5月1日\n作者：张三\n",
        "例子：第一块蛋糕很好吃，第五块就没什么感觉了。\n",
        "関連：確証バイアス\n",
        "Встреча — в пятницу в 10 утра.\n",
        "Итог — 5 задач закрыто.\n",
    ],
)
def test_cjk_labels_and_russian_asides_give_no_card(text: str) -> None:
    assert answers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1. **Fleeting notes:** Ideas or reminders that come up during the day.\n"
            "2. **Literature notes:** Summaries of what you read, in your own words.\n"
            "3. **Permanent notes:** Atomic ideas that stand on their own.\n",
            ["Fleeting notes", "Literature notes", "Permanent notes"],
        ),
        (
            "- **Supervised learning**: Learning from labelled examples.\n"
            "- **Unsupervised learning**: Finding structure in unlabelled data.\n",
            ["Supervised learning", "Unsupervised learning"],
        ),
    ],
)
def test_list_of_kinds_with_capitalised_glosses(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "# Standup\n1. **Alice:** Finished the login page.\n2. **Bob:** Working on the API review.\n",
        "- **Home Screen widgets**: Tap and hold the widget, then select **Edit Widget**.\n"
        "- **Lock Screen widgets**: Touch and hold your Lock Screen, then tap the widget.\n",
        "- **Nested properties**: To view nested properties, we recommend the source mode.\n"
        "- **Markdown in properties**: This is an intentional limitation of the properties.\n",
        "- **Full links**: Converts `[[UID]]` to a link with the file name.\n"
        "- **Pretty links**: Converts `[[UID]]` to a link with an alias.\n",
        "- **Next steps**: We will review the pull request on Monday.\n"
        "- **Open steps**: I still have to write the migration.\n",
    ],
)
def test_capitalised_glosses_that_report_or_instruct_give_no_card(text: str) -> None:
    assert answers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Mitochondria\n\nMitochondria are organelles that produce most of the cell's ATP.\n", ["Mitochondria"]),
        ("## Ribosome\n\nRibosomes are complexes of RNA and protein that translate messenger RNA.\n", ["Ribosomes"]),
        ("## Elasticity\n\nPrice elasticity is the responsiveness of demand to a change in price.\n", ["Price elasticity"]),
    ],
)
def test_plain_definition_of_the_heading_term(text: str, expected: list[str]) -> None:
    assert answers(text, "Notes/Economics and biology.md") == expected


@pytest.mark.parametrize(
    "text",
    [
        "## Results\n\nResults are mixed so far in the trial.\n",
        "## Tests\n\nUnit tests are things that I keep forgetting to write.\n",
        "## Elasticity\n\nOur elasticity is the thing we guessed last week.\n",
    ],
)
def test_heading_term_in_an_aside_gives_no_card(text: str) -> None:
    assert answers(text, "Notes/Project log.md") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Pavlov's experiment the food is the **unconditioned stimulus** and the bell becomes the other one.\n",
         ["unconditioned stimulus"]),
        ("In a market, the price is the **equilibrium price** when supply equals demand at it.\n", ["equilibrium price"]),
        ("The term **cognitive load** refers to the amount of working memory in use.\n", ["cognitive load"]),
        ("An **eigenvector** of a matrix is a nonzero vector that the matrix only scales.\n", ["eigenvector"]),
    ],
)
def test_terms_after_a_setting_a_naming_word_or_before_a_qualifier(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In my opinion the ending is the **best part** of the book.\n",
        "The word **really** is overused in my drafts.\n",
        "The **Files** tab of the sidebar is where attachments are listed.\n",
    ],
)
def test_settings_and_qualifiers_without_a_definition_give_no_card(text: str) -> None:
    assert answers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('**Wabi-sabi** — "the beauty of imperfection": an aesthetic centred on transience.\n', ["Wabi-sabi"]),
        ('*Donoghue v Stevenson* [1932] — the snail case.\n\n**Res ipsa loquitur** — "the thing speaks for '
         'itself": lets the court infer negligence.\n', ["Res ipsa loquitur"]),
        ("An **eigenvector** of a square matrix $A$ is a nonzero vector that $A$ only scales.\n", ["eigenvector"]),
        (
            "> [!note] Cues\n> - Which murmurs are systolic?\n> - Where do I listen?\n\n"
            "> [!abstract] Notes\n> - Aortic stenosis: crescendo systolic murmur loudest at the right sternal border\n"
            "> - Mitral regurgitation: holosystolic blowing murmur at the apex that radiates\n",
            ["Aortic stenosis", "Mitral regurgitation"],
        ),
    ],
)
def test_quoted_glosses_math_qualifiers_and_two_entry_callout_glossaries(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "> [!todo] Errands\n> - Milk: two litres\n> - Post office: parcel\n",
        "> [!note] Meeting\n> - Alice: will send the deck on Monday morning\n> - Bob: is reviewing the budget this week\n",
        "- Shell: the orange one from the drawer\n- Towel: the big striped one from the cupboard\n",
    ],
)
def test_two_entry_lists_that_are_not_glossaries_give_no_card(text: str) -> None:
    assert answers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The **golden mean** is that intermediate point: courage between rashness and cowardice.\n", ["golden mean"]),
        ("Here $Av = \\lambda v$; the scalar $\\lambda$ is the corresponding **eigenvalue**.\n", ["eigenvalue"]),
        ("To find them, solve $\\det(A - \\lambda I) = 0$, the *characteristic equation*.\n", ["characteristic equation"]),
    ],
)
def test_demonstrative_glosses_and_formulas_named_after_them(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The **problem** is that we never tested it: the server fell over twice.\n",
        "Then compute $x + y$, the **sum** of what you have, and write it down for me.\n",
    ],
)
def test_clauses_after_a_demonstrative_give_no_card(text: str) -> None:
    assert answers(text) == []


def test_item_glossed_with_the_noun_of() -> None:
    text = "- **Phonology:** The study of sound systems of languages.\n- **Morphology:** The study of word structure.\n"
    assert answers(text) == ["Phonology", "Morphology"]


@pytest.mark.parametrize(
    "text",
    [
        "- **Budget:** The rest is approved by finance.\n- **Owner:** The team is Priya's.\n",
        "Итог — встреча перенесена на понедельник.\n",
        "[[John]] is the person to ask about the budget.\n",
    ],
)
def test_reports_labels_and_pointers_to_people_give_no_card(text: str) -> None:
    assert answers(text) == []


def test_title_term_followed_by_a_verb_of_function() -> None:
    text = "# Photosynthesis\n\nPhotosynthesis converts light energy into chemical energy stored in glucose.\n"
    assert answers(text, "Biology/Photosynthesis.md") == ["Photosynthesis"]


def test_title_term_followed_by_a_status_verb_gives_no_card() -> None:
    assert answers("Project Alpha needs a new owner before the end of June.\n", "Work/Project Alpha.md") == []


def test_glossary_of_fields_whose_glosses_all_open_with_the_study_of() -> None:
    text = (
        "1. **Phonology:** The study of sound systems of languages.\n"
        "2. **Morphology:** The study of word structure.\n"
        "3. **Syntax:** The study of sentence structure.\n"
    )
    assert answers(text) == ["Phonology", "Morphology", "Syntax"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**광합성**은 식물이 빛 에너지를 이용해 양분을 만드는 과정이다.\n", ["광합성"]),
        ("[[Big O notation]] describes the limiting behaviour of a function as its argument grows.\n", ["Big O notation"]),
    ],
)
def test_korean_topic_particle_and_a_linked_subject_that_describes(text: str, expected: list[str]) -> None:
    assert answers(text) == expected


def test_linked_subject_that_describes_a_reader_gives_no_card() -> None:
    assert answers("[[Weekly review]] describes what I did this week and what comes next.\n") == []
