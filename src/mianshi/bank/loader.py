"""Load content/bank into Question objects, validating everything at once.

Every problem is reported as `path:line: message`; the loader never stops at
the first one, so an author fixes a whole batch in one pass.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from mianshi.bank.frontmatter import FrontMatterError, parse_document
from mianshi.bank.model import Question
from mianshi.bank.taxonomy import Taxonomy, load_taxonomy
from mianshi.errors import ContentError

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
REQUIRED = ("id", "module", "topic", "title", "title_en", "difficulty", "keypoints")
OPTIONAL = ("aliases", "related", "problem")
MIN_KEYPOINTS, MAX_KEYPOINTS = 3, 6


@dataclass
class Bank:
    taxonomy: Taxonomy
    questions: dict[str, Question]

    def by_module(self, module_id: str) -> list[Question]:
        return [q for q in self.questions.values() if q.module == module_id]


@dataclass
class _Check:
    """Problems found so far, in file order."""

    problems: list[str] = field(default_factory=list)

    def add(self, path: Path, line: int, message: str) -> None:
        self.problems.append(f"{path}:{line}: {message}")


def _string_list(value, name: str) -> list[str] | str:
    """The value as a list of non-empty strings, or an error message."""
    if value is None:
        return []
    if not isinstance(value, list):
        return f"'{name}' must be a list"
    if not all(isinstance(v, str | int | float) and str(v).strip() for v in value):
        return f"'{name}' must hold non-empty strings"
    return [str(v).strip() for v in value]


def _read_question(path: Path, taxonomy: Taxonomy, check: _Check) -> Question | None:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        check.add(path, 1, "file is not UTF-8 text")
        return None
    except OSError as exc:
        check.add(path, 1, f"cannot read file: {exc.strerror}")
        return None
    try:
        doc = parse_document(text)
    except FrontMatterError as exc:
        check.add(path, exc.line, str(exc))
        return None
    data, lines = doc.data, doc.key_lines
    ok = True

    def fail(key: str | None, message: str) -> None:
        nonlocal ok
        ok = False
        check.add(path, lines.get(key, 2) if key else 2, message)

    for key in REQUIRED:
        if data.get(key) in (None, "", []):
            fail(None, f"missing required field '{key}'")
    for key in data:
        if key not in REQUIRED and key not in OPTIONAL:
            fail(key, f"unknown field '{key}'")
    qid = str(data.get("id") or "")
    if qid and not ID_PATTERN.match(qid):
        fail("id", f"id '{qid}' must be kebab-case ASCII (a-z, 0-9, '-')")
    elif qid and qid != path.stem:
        fail("id", f"id '{qid}' must equal the file name '{path.stem}'")
    module_id, topic_id = data.get("module"), data.get("topic")
    module = taxonomy.module(str(module_id)) if module_id else None
    if module_id and module is None:
        fail("module", f"unknown module '{module_id}'")
    elif module and topic_id and module.topic(str(topic_id)) is None:
        fail("topic", f"unknown topic '{topic_id}' in module '{module_id}'")
    if module and path.parent.name != module.id:
        fail("module", f"module '{module.id}' must live in a folder named '{module.id}'")
    difficulty = data.get("difficulty")
    if difficulty is not None and (
        not isinstance(difficulty, int) or isinstance(difficulty, bool) or not 1 <= difficulty <= 5
    ):
        fail("difficulty", f"difficulty must be an integer from 1 to 5, not {difficulty!r}")
    lists = {}
    for key in ("keypoints", "aliases", "related"):
        value = _string_list(data.get(key), key)
        if isinstance(value, str):
            fail(key, value)
            value = []
        lists[key] = value
    if data.get("keypoints") and not MIN_KEYPOINTS <= len(lists["keypoints"]) <= MAX_KEYPOINTS:
        fail(
            "keypoints",
            f"needs {MIN_KEYPOINTS} to {MAX_KEYPOINTS} key points, has {len(lists['keypoints'])}",
        )
    problem = data.get("problem")
    if problem is not None and not (isinstance(problem, str) and ID_PATTERN.match(problem)):
        fail("problem", f"problem must be a kebab-case slug, not {problem!r}")
    if not doc.body:
        check.add(
            path,
            len(text.splitlines()) or 1,
            "the answer (the body after the front matter) is empty",
        )
        ok = False
    if not ok:
        return None
    return Question(
        id=qid,
        module=module.id,
        topic=str(topic_id),
        title=str(data["title"]).strip(),
        title_en=str(data["title_en"]).strip(),
        difficulty=difficulty,
        keypoints=lists["keypoints"],
        answer=doc.body,
        aliases=lists["aliases"],
        related=lists["related"],
        problem=problem,
        path=path,
    )


def _question_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*.md") if p.is_file())


def _check_links(
    questions: list[Question],
    known_ids: set[str],
    problems_dir: Path,
    check: _Check,
) -> None:
    for q in questions:
        for rid in q.related:
            if rid == q.id:
                check.add(q.path, _key_line(q, "related"), "a question cannot be related to itself")
            elif rid not in known_ids:
                check.add(q.path, _key_line(q, "related"), f"related id '{rid}' does not exist")
        if q.problem and not (problems_dir / q.problem / "problem.md").is_file():
            check.add(q.path, _key_line(q, "problem"), f"problem '{q.problem}' does not exist")


def _key_line(q: Question, key: str) -> int:
    try:
        doc = parse_document(q.path.read_text(encoding="utf-8"))
        return doc.key_lines.get(key, 2)
    except (OSError, FrontMatterError):
        return 2


def _collect(
    files: list[Path], taxonomy: Taxonomy, check: _Check
) -> tuple[list[Question], set[str]]:
    """The valid questions, and the ids (file names) of the broken ones.

    Links to a broken file are not reported again: its own error says enough.
    """
    questions: list[Question] = []
    broken: set[str] = set()
    first_path: dict[str, Path] = {}
    for path in files:
        q = _read_question(path, taxonomy, check)
        if q is None:
            broken.add(path.stem)
            continue
        if q.id in first_path:
            check.add(
                path, _key_line(q, "id"), f"duplicate id '{q.id}' (also in {first_path[q.id]})"
            )
            continue
        first_path[q.id] = path
        questions.append(q)
    return questions, broken


def load_bank(content: Path) -> Bank:
    """Load and validate a whole content folder; raise ContentError listing every problem."""
    taxonomy = load_taxonomy(content / "taxonomy.yaml")
    check = _Check()
    bank_dir = content / "bank"
    if not bank_dir.is_dir():
        raise ContentError([f"{bank_dir}:1: no bank folder"])
    questions, broken = _collect(_question_files(bank_dir), taxonomy, check)
    _check_links(questions, {q.id for q in questions} | broken, content / "problems", check)
    if check.problems:
        raise ContentError(check.problems)
    return Bank(taxonomy, {q.id: q for q in questions})


def validate_path(path: Path, default_content: Path) -> Bank | list[Question]:
    """Validate a content folder, a bank folder or a single question file.

    A folder with a taxonomy.yaml is a whole content folder. Anything else is
    checked against the default content's taxonomy, and its links may point at
    questions of the default bank.
    """
    if not path.exists():
        raise ContentError([f"{path}:1: no such file or folder"])
    if path.is_dir() and (path / "taxonomy.yaml").is_file():
        return load_bank(path)
    base = load_bank(default_content)
    check = _Check()
    files = _question_files(path)
    if not files:
        raise ContentError([f"{path}:1: no question files (*.md) found"])
    questions, broken = _collect(files, base.taxonomy, check)
    known = set(base.questions) | {q.id for q in questions} | broken
    _check_links(questions, known, default_content / "problems", check)
    if check.problems:
        raise ContentError(check.problems)
    return questions
