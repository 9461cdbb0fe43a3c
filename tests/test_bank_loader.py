"""Loader validation: every error kind, reported as path:line, all at once."""

import pytest

from conftest import write_question
from mianshi.bank import load_bank, validate_path
from mianshi.errors import ContentError


def problems_of(content) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_bank(content)
    return info.value.problems


def test_valid_content_loads_every_field(content):
    bank = load_bank(content)
    assert set(bank.questions) == {"bn-basics", "ln-basics", "kv-cache-basics"}
    q = bank.questions["bn-basics"]
    assert (q.module, q.topic, q.difficulty) == ("dl_basics", "normalization", 2)
    assert q.keypoints == ["要点一", "要点二", "要点三"]
    assert q.aliases == ["别名一", "alias two"]
    assert q.related == ["ln-basics"]
    assert q.answer.startswith("第一句直接回答问题")
    assert [q.id for q in bank.by_module("llm")] == ["kv-cache-basics"]


def test_malformed_front_matter_points_at_the_yaml_line(content):
    path = content / "bank" / "dl_basics" / "bn-basics.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[5] = "title_en: [unclosed"
    path.write_text("\n".join(lines), encoding="utf-8")
    (problem,) = problems_of(content)
    assert problem.startswith(f"{path}:")
    line = int(problem.split(":")[1])
    assert 6 <= line <= 8
    assert "malformed front matter" in problem


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no front matter at all\n", "missing YAML front matter"),
        ("---\nid: x\n", "not closed"),
        ("---\n- a\n- b\n---\nbody\n", "must be a mapping"),
    ],
)
def test_broken_documents(content, text, message):
    (content / "bank" / "dl_basics" / "broken.md").write_text(text, encoding="utf-8")
    problems = problems_of(content)
    assert any(message in p and "broken.md:" in p for p in problems)


def test_non_utf8_file(content):
    (content / "bank" / "dl_basics" / "gbk.md").write_bytes("---\n标题\n".encode("gbk"))
    assert any("not UTF-8" in p for p in problems_of(content))


@pytest.mark.parametrize(
    ("kwargs", "message", "key"),
    [
        ({"module": "nosuch"}, "unknown module 'nosuch'", "module"),
        ({"topic": "nosuch"}, "unknown topic 'nosuch'", "topic"),
        ({"extra": "colour: red\n"}, "unknown field 'colour'", "colour"),
        (
            {"extra": "problem: no-such-problem\n"},
            "problem 'no-such-problem' does not exist",
            "problem",
        ),
        ({"related": ["ghost"]}, "related id 'ghost' does not exist", "related"),
        ({"related": ["odd-one"]}, "cannot be related to itself", "related"),
    ],
)
def test_field_errors_name_the_line_of_the_field(content, kwargs, message, key):
    module = kwargs.pop("module", "dl_basics")
    path = write_question(content / "bank", "odd-one", module, **kwargs)
    if module != "dl_basics":
        # A question in an unknown module still lives in a folder of that name.
        assert path.parent.name == module
    problems = problems_of(content)
    matching = [p for p in problems if message in p]
    assert matching, problems
    line = int(matching[0].split(":")[1])
    assert path.read_text(encoding="utf-8").splitlines()[line - 1].startswith(f"{key}:")


def test_duplicate_id_names_both_files(content):
    original = content / "bank" / "dl_basics" / "bn-basics.md"
    copy = content / "bank" / "llm" / "bn-basics.md"
    copy.write_text(
        original.read_text(encoding="utf-8")
        .replace("module: dl_basics", "module: llm")
        .replace("topic: normalization", "topic: inference"),
        encoding="utf-8",
    )
    problems = problems_of(content)
    dup = [p for p in problems if "duplicate id 'bn-basics'" in p]
    assert len(dup) == 1
    assert str(original) in dup[0] or str(copy) in dup[0]


def test_schema_rules(content):
    bank = content / "bank"
    write_question(bank, "Bad_Id")
    write_question(bank, "name-mismatch").write_text(
        (bank / "dl_basics" / "name-mismatch.md")
        .read_text(encoding="utf-8")
        .replace("id: name-mismatch", "id: other-name"),
        encoding="utf-8",
    )
    wrong_folder = write_question(bank, "misplaced", "dl_basics")
    wrong_folder.rename(bank / "llm" / "misplaced.md")
    hard = write_question(bank, "too-hard")
    hard.write_text(
        hard.read_text(encoding="utf-8").replace("difficulty: 2", "difficulty: 9"), encoding="utf-8"
    )
    few = write_question(bank, "few-points")
    few.write_text(
        few.read_text(encoding="utf-8").replace("  - 要点二\n  - 要点三\n", ""), encoding="utf-8"
    )
    write_question(bank, "no-answer", body="")
    missing = write_question(bank, "no-title")
    missing.write_text(
        missing.read_text(encoding="utf-8").replace("title: no-title 是什么？\n", ""),
        encoding="utf-8",
    )
    problems = "\n".join(problems_of(content))
    for message in (
        "id 'Bad_Id' must be kebab-case",
        "id 'other-name' must equal the file name 'name-mismatch'",
        "must live in a folder named 'dl_basics'",
        "difficulty must be an integer from 1 to 5, not 9",
        "needs 3 to 6 key points, has 1",
        "the answer (the body after the front matter) is empty",
        "missing required field 'title'",
    ):
        assert message in problems


def test_every_problem_is_reported_at_once(content):
    bank = content / "bank"
    for i in range(4):
        write_question(bank, f"broken-{i}", related=[f"ghost-{i}"])
    (bank / "dl_basics" / "garbage.md").write_text("---\n: : :\n---\n", encoding="utf-8")
    problems = problems_of(content)
    assert len(problems) == 5
    assert all(p.count(":") >= 2 for p in problems)


def test_validate_single_file_against_the_default_bank(content, tmp_path):
    new = write_question(tmp_path / "drafts", "new-question", related=["bn-basics"])
    questions = validate_path(new, content)
    assert [q.id for q in questions] == ["new-question"]
    bad = write_question(tmp_path / "drafts2", "bad-question", related=["nowhere"])
    with pytest.raises(ContentError) as info:
        validate_path(bad, content)
    assert "related id 'nowhere' does not exist" in info.value.problems[0]


def test_validate_missing_path(content, tmp_path):
    with pytest.raises(ContentError, match="1 problem"):
        validate_path(tmp_path / "nope", content)
