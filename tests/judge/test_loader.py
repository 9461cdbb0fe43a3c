"""Validation of problem folders: every problem reported as path:line: message."""

import shutil

import pytest

from mianshi.errors import ContentError, NotFoundError
from mianshi.judge import load_problem, load_problems
from mianshi.paths import content_dir


@pytest.fixture
def problems(content):
    """The test content folder with a copy of two real problems."""
    for slug in ("softmax", "edit-distance"):
        shutil.copytree(content_dir() / "problems" / slug, content / "problems" / slug)
    return content / "problems"


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_of(content) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_problems(content)
    return info.value.problems


def test_valid_folders_load(content, problems):
    loaded = load_problems(content)
    assert sorted(loaded) == ["edit-distance", "softmax"]
    softmax = loaded["softmax"]
    assert softmax.entry == "softmax" and softmax.framework == "numpy" and softmax.topic == "numpy"
    assert softmax.tolerance.rtol == 1e-5 and softmax.time_limit_s == 5
    assert "数值稳定" in softmax.statement


@pytest.mark.parametrize(
    ("old", "new", "message", "line"),
    [
        ("slug: softmax", "slug: soft-max", "must equal the folder name 'softmax'", 2),
        ("framework: numpy", "framework: jax", "framework must be one of", 5),
        ("topic: numpy", "topic: normalization", "unknown topic 'normalization' in module 'code'", 8),
        ("difficulty: 1", "difficulty: 9", "difficulty must be an integer from 1 to 5", 10),
        ("entry: softmax", "entry: 2fast", "entry must be a Python identifier", 11),
        ("time_limit_s: 5", "time_limit_s: 0", "time_limit_s must be a number", 13),
        ("memory_mb: 1024", "memory_mb: lots", "memory_mb must be an integer", 14),
        ("tolerance: {rtol: 1.0e-5, atol: 1.0e-8}", "tolerance: {rtol: -1}", "tolerance rtol must be", 15),
        ("questions: [", "questions: [Not_Kebab, ", "'questions' entry 'Not_Kebab' must be kebab-case", 16),
        ("tags: [", "colour: blue\ntags: [", "unknown field 'colour'", 9),
        ("title_en: ", "title_en_x: ", "missing required field 'title_en'", 2),
    ],
)
def test_front_matter_problems_are_reported(content, problems, old, new, message, line):
    edit(problems / "softmax" / "problem.md", old, new)
    found = problems_of(content)
    assert any(message in p and p.startswith(f"{problems / 'softmax' / 'problem.md'}:{line}:") for p in found), found


def test_code_problems_are_reported(content, problems):
    (problems / "softmax" / "wrong.py").unlink()
    edit(problems / "softmax" / "reference.py", "def softmax(", "def softmax_(")
    (problems / "edit-distance" / "cases.py").write_text("def generate(rng):\n    return [\n", encoding="utf-8")
    found = problems_of(content)
    assert f"{problems / 'softmax' / 'wrong.py'}:1: missing file wrong.py" in found
    assert f"{problems / 'softmax' / 'reference.py'}:1: does not define `softmax`" in found
    assert any(p.startswith(f"{problems / 'edit-distance' / 'cases.py'}:") and "syntax error" in p for p in found)


def test_missing_front_matter_and_body(content, problems):
    (problems / "softmax" / "problem.md").write_text("no front matter\n", encoding="utf-8")
    path = problems / "edit-distance" / "problem.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("---", 4) + 3] + "\n", encoding="utf-8")
    found = problems_of(content)
    assert any("missing YAML front matter" in p for p in found)
    assert any("the statement" in p and "is empty" in p for p in found)


def test_load_one_problem(content, problems):
    assert load_problem(content, "softmax").slug == "softmax"
    with pytest.raises(NotFoundError, match="did you mean softmax"):
        load_problem(content, "softmx")
    with pytest.raises(NotFoundError):
        load_problem(content, "../bank")
    (problems / "edit-distance" / "starter.py").write_text("x = 1\n", encoding="utf-8")
    with pytest.raises(ContentError):
        load_problem(content, "edit-distance")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("languages: [python, cpp]", "languages: [python, rust]", "unknown language 'rust'"),
        ("languages: [python, cpp]", "languages: []", "languages must be a non-empty list"),
        ("int rows, int cols)", "std::string rows)", "cpp_signature: unsupported type 'std::string'"),
        ("> softmax(const", "> soft(const", "cpp_signature must declare `softmax`, not `soft`"),
        ("const std::vector<double>& x,", "std::vector<double>& x,", "only vectors may be passed, as `const std::vector<T>&`"),
        ("languages: [python, cpp]", "languages: [python]", "cpp_signature is given but languages does not list cpp"),
    ],
)
def test_language_problems_are_reported(content, problems, old, new, message):
    edit(problems / "softmax" / "problem.md", old, new)
    found = problems_of(content)
    assert any(message in p and p.startswith(f"{problems / 'softmax' / 'problem.md'}:") for p in found), found


def test_cpp_files_are_required_when_the_problem_takes_cpp(content, problems):
    (problems / "softmax" / "starter.cpp").unlink()
    edit(problems / "softmax" / "wrong.cpp", "softmax(", "softmin(")
    found = problems_of(content)
    assert f"{problems / 'softmax' / 'starter.cpp'}:1: missing file starter.cpp" in found
    assert f"{problems / 'softmax' / 'wrong.cpp'}:1: does not define `softmax`" in found


def test_a_cpp_only_problem_needs_no_python_starter(content, problems):
    shutil.copytree(content_dir() / "problems" / "cpp-conv2d", problems / "cpp-conv2d")
    loaded = load_problems(content)["cpp-conv2d"]
    assert loaded.languages == ("cpp",) and not (problems / "cpp-conv2d" / "starter.py").exists()
    assert loaded.files("cpp") == {"starter": "starter.cpp", "reference": "reference.cpp", "wrong": "wrong.cpp"}
