"""The shipped content itself: valid, linked, and big enough to study from."""

import re
from collections import Counter

from mianshi.bank import load_bank
from mianshi.paths import content_dir


def test_shipped_content_is_valid():
    load_bank(content_dir())


def test_every_module_and_topic_has_both_names():
    taxonomy = load_bank(content_dir()).taxonomy
    required = {
        "llm",
        "vision",
        "dl_basics",
        "ml_classic",
        "industry",
        "code",
        "cs_basics",
        "math",
        "career",
    }
    assert required <= {m.id for m in taxonomy.modules}
    for module in taxonomy.modules:
        assert module.name and module.name_en and module.topics
        for topic in module.topics:
            assert topic.name and topic.name_en


def test_answers_lead_with_an_answer_not_a_heading():
    """The first line is a sentence: not a heading, list, table, code block or display formula."""
    not_a_sentence = re.compile(r"^(#{1,6}\s|[-*+]\s|\d+\.\s|\||```|\$\$)")
    for q in load_bank(content_dir()).questions.values():
        first = q.answer.lstrip().splitlines()[0]
        assert not not_a_sentence.match(first), q.id
        assert len(q.answer) >= 80, q.id


def test_every_question_has_a_followup():
    bank = load_bank(content_dir())
    missing = [q.id for q in bank.questions.values() if not q.related]
    assert not missing, missing


def test_bank_is_big_enough_to_study_from():
    counts = Counter(q.module for q in load_bank(content_dir()).questions.values())
    assert sum(counts.values()) >= 40
    assert len([m for m, n in counts.items() if n >= 2]) >= 6
    assert counts["llm"] >= 120


def test_keypoints_are_short_and_distinct():
    for q in load_bank(content_dir()).questions.values():
        assert len(set(q.keypoints)) == len(q.keypoints), q.id
        assert all(len(point) <= 80 for point in q.keypoints), q.id


def test_every_judge_problem_has_a_code_question():
    """Hand-written code is in the bank: search, review, mock and gaps know every problem."""
    from mianshi.judge import load_problems

    bank = load_bank(content_dir())
    practised = {q.problem for q in bank.questions.values() if q.module == "code" and q.problem}
    missing = sorted(set(load_problems(content_dir())) - practised)
    assert not missing, missing
