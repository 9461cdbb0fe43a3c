"""The shipped content itself: valid, linked, and big enough to study from."""

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
    for q in load_bank(content_dir()).questions.values():
        first = q.answer.lstrip().splitlines()[0]
        assert not first.startswith(("#", "-", "*", "|", "```", "$$")), q.id
        assert len(q.answer) >= 80, q.id


def test_questions_have_followups_within_the_bank():
    bank = load_bank(content_dir())
    counts = Counter(q.module for q in bank.questions.values())
    missing = [q.id for q in bank.questions.values() if not q.related]
    assert not missing, missing
    assert sum(counts.values()) == len(bank.questions)
