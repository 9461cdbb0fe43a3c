"""Load content/problems/<slug>/ folders into Problem objects, validating everything.

Like the bank loader, every problem is reported as `path:line: message` and a whole
batch is reported at once. The Python files are compiled and inspected, never run.
"""

import ast
import difflib
import functools
import re
from pathlib import Path

from mianshi.bank.frontmatter import FrontMatterError, parse_document
from mianshi.bank.taxonomy import Taxonomy, load_taxonomy
from mianshi.errors import ContentError, NotFoundError
from mianshi.judge.cpp import SignatureError, parse_signature
from mianshi.judge.problem import LANGUAGE_FILES, LANGUAGES, Problem, Tolerance

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
REQUIRED = (
    "slug", "title", "title_en", "framework", "topic", "tags", "difficulty",
    "entry", "signature", "time_limit_s", "memory_mb",
)  # fmt: skip
OPTIONAL = ("tolerance", "questions", "languages", "cpp_signature")
ALWAYS = ("problem.md", "reference.py", "cases.py")  # reference.py: the expected outputs
FRAMEWORKS = ("numpy", "torch", "python")
CODE_MODULE = "code"
DEFAULT_TOLERANCE = Tolerance(rtol=1e-5, atol=1e-8)
MAX_TIME_LIMIT_S, MAX_MEMORY_MB = 60, 16384


def problems_dir(content: Path) -> Path:
    return content / "problems"


def problem_folders(content: Path) -> list[Path]:
    root = problems_dir(content)
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


class _Folder:
    """The problems found in one folder."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.problems: list[str] = []
        self.lines: dict[str, int] = {}

    def add(self, message: str, key: str | None = None, file: str = "problem.md", line: int = 0) -> None:
        line = line or self.lines.get(key or "", 2 if file == "problem.md" else 1)
        self.problems.append(f"{self.folder / file}:{line}: {message}")


def _number(value, *, integer: bool = False) -> bool:
    kinds = int if integer else int | float
    return isinstance(value, kinds) and not isinstance(value, bool)


def _defines(tree: ast.Module, name: str) -> bool:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.name == name:
            return True
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return True
    return False


def _check_code(check: _Folder, entry: str | None, languages: tuple[str, ...]) -> None:
    python = ("starter.py", "wrong.py") if "python" in languages else ()
    for name in ("reference.py", *python, "cases.py"):
        path = check.folder / name
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        except OSError:
            continue  # reported as a missing file
        except UnicodeDecodeError:
            check.add("file is not UTF-8 text", file=name, line=1)
            continue
        except SyntaxError as exc:
            check.add(f"syntax error: {exc.msg}", file=name, line=exc.lineno or 1)
            continue
        wanted = "generate" if name == "cases.py" else entry
        if wanted and not _defines(tree, wanted):
            check.add(f"does not define `{wanted}`", file=name, line=1)
    if "cpp" in languages:
        for name in LANGUAGE_FILES["cpp"]:
            try:
                text = (check.folder / name).read_text(encoding="utf-8")
            except OSError:
                continue  # reported as a missing file
            except UnicodeDecodeError:
                check.add("file is not UTF-8 text", file=name, line=1)
                continue
            if entry and not re.search(rf"\b{entry}\s*\(", text):
                check.add(f"does not define `{entry}`", file=name, line=1)


def _languages(check: _Folder, value) -> tuple[str, ...]:
    if value is None:
        return ("python",)
    if not isinstance(value, list) or not value or len(set(map(str, value))) != len(value):
        check.add(f"languages must be a non-empty list of distinct names from {', '.join(LANGUAGES)}", "languages")
        return ("python",)
    unknown = [v for v in value if v not in LANGUAGES]
    if unknown:
        check.add(f"unknown language {unknown[0]!r}: languages are {', '.join(LANGUAGES)}", "languages")
        return ("python",)
    return tuple(value)


def _cpp_signature(check: _Folder, value, languages: tuple[str, ...], entry: str | None) -> str:
    if "cpp" not in languages:
        if value is not None:
            check.add("cpp_signature is given but languages does not list cpp", "cpp_signature")
        return ""
    if not isinstance(value, str) or not value.strip():
        check.add("a problem that takes cpp needs cpp_signature: the C++ function to write", "cpp_signature")
        return ""
    try:
        signature = parse_signature(value)
    except SignatureError as exc:
        check.add(f"cpp_signature: {exc}", "cpp_signature")
        return ""
    if entry and signature.name != entry:
        check.add(f"cpp_signature must declare `{entry}`, not `{signature.name}`", "cpp_signature")
    return signature.text


def _tolerance(check: _Folder, value) -> Tolerance:
    if value is None:
        return DEFAULT_TOLERANCE
    if not isinstance(value, dict) or set(value) - {"rtol", "atol"}:
        check.add("tolerance must be a mapping with rtol and atol", "tolerance")
        return DEFAULT_TOLERANCE
    parts = {}
    for key in ("rtol", "atol"):
        number = value.get(key, getattr(DEFAULT_TOLERANCE, key))
        if not _number(number) or number < 0:
            check.add(f"tolerance {key} must be a number >= 0, not {number!r}", "tolerance")
            number = getattr(DEFAULT_TOLERANCE, key)
        parts[key] = float(number)
    return Tolerance(**parts)


def _strings(check: _Folder, data: dict, key: str, pattern: re.Pattern | None = None) -> tuple[str, ...]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        check.add(f"'{key}' must be a list of non-empty strings", key)
        return ()
    for item in value:
        if pattern and not pattern.match(item):
            check.add(f"'{key}' entry '{item}' must be kebab-case", key)
    return tuple(v.strip() for v in value)


def read_problem(folder: Path, taxonomy: Taxonomy) -> tuple[Problem | None, list[str]]:
    """The folder's problem (None when invalid) and every problem found in it."""
    check = _Folder(folder)
    for name in ALWAYS:
        if not (folder / name).is_file():
            check.add(f"missing file {name}", file=name, line=1)
    try:
        doc = parse_document((folder / "problem.md").read_text(encoding="utf-8"))
    except OSError:
        return None, check.problems
    except UnicodeDecodeError:
        check.add("file is not UTF-8 text", line=1)
        return None, check.problems
    except FrontMatterError as exc:
        check.add(str(exc), line=exc.line)
        return None, check.problems
    data = doc.data
    check.lines = doc.key_lines
    for key in REQUIRED:
        if data.get(key) in (None, "", []):
            check.add(f"missing required field '{key}'")
    for key in data:
        if key not in REQUIRED and key not in OPTIONAL:
            check.add(f"unknown field '{key}'", key)
    slug = data.get("slug")
    if slug is not None and not (isinstance(slug, str) and SLUG.match(slug)):
        check.add(f"slug {slug!r} must be kebab-case ASCII", "slug")
    elif slug and slug != folder.name:
        check.add(f"slug '{slug}' must equal the folder name '{folder.name}'", "slug")
    framework = data.get("framework")
    if framework is not None and framework not in FRAMEWORKS:
        check.add(f"framework must be one of {', '.join(FRAMEWORKS)}, not {framework!r}", "framework")
    topic = data.get("topic")
    code = taxonomy.module(CODE_MODULE)
    if topic is not None and (code is None or code.topic(str(topic)) is None):
        check.add(f"unknown topic '{topic}' in module '{CODE_MODULE}'", "topic")
    difficulty = data.get("difficulty")
    if difficulty is not None and not (_number(difficulty, integer=True) and 1 <= difficulty <= 5):
        check.add(f"difficulty must be an integer from 1 to 5, not {difficulty!r}", "difficulty")
    entry = data.get("entry")
    if entry is not None and not (isinstance(entry, str) and entry.isidentifier()):
        check.add(f"entry must be a Python identifier, not {entry!r}", "entry")
        entry = None
    signature = data.get("signature")
    if signature is not None and (not isinstance(signature, str) or (entry and entry not in signature)):
        check.add(f"signature must be a string naming `{entry}`", "signature")
    limit = data.get("time_limit_s")
    if limit is not None and not (_number(limit) and 0 < limit <= MAX_TIME_LIMIT_S):
        check.add(f"time_limit_s must be a number in (0, {MAX_TIME_LIMIT_S}], not {limit!r}", "time_limit_s")
    memory = data.get("memory_mb")
    if memory is not None and not (_number(memory, integer=True) and 64 <= memory <= MAX_MEMORY_MB):
        check.add(f"memory_mb must be an integer in [64, {MAX_MEMORY_MB}], not {memory!r}", "memory_mb")
    tags = _strings(check, data, "tags")
    questions = _strings(check, data, "questions", SLUG)
    tolerance = _tolerance(check, data.get("tolerance"))
    languages = _languages(check, data.get("languages"))
    cpp_signature = _cpp_signature(check, data.get("cpp_signature"), languages, entry)
    for language in languages:
        for name in LANGUAGE_FILES[language]:
            if name not in ALWAYS and not (folder / name).is_file():
                check.add(f"missing file {name}", file=name, line=1)
    if not doc.body:
        check.add("the statement (the body after the front matter) is empty", line=1)
    _check_code(check, entry, languages)
    if check.problems:
        return None, check.problems
    problem = Problem(
        slug=slug,
        title=str(data["title"]).strip(),
        title_en=str(data["title_en"]).strip(),
        framework=framework,
        topic=str(topic),
        tags=tags,
        difficulty=difficulty,
        entry=entry,
        signature=signature.strip(),
        time_limit_s=float(limit),
        memory_mb=memory,
        tolerance=tolerance,
        questions=questions,
        statement=doc.body,
        folder=folder,
        languages=languages,
        cpp_signature=cpp_signature,
    )
    return problem, []


def _stamp(path: Path) -> tuple:
    """What changes when a file or a folder's files change: names, sizes, mtimes."""
    files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
    stats = [(f.name, f.stat()) for f in files if f.exists()]
    return tuple((name, st.st_mtime_ns, st.st_size) for name, st in stats)


# Parsing YAML and compiling four files costs tens of milliseconds: a long-lived
# service (and every judged submission) reads each unchanged folder once.
@functools.lru_cache(maxsize=8)
def _taxonomy(path: Path, stamp: tuple) -> Taxonomy:
    return load_taxonomy(path)


@functools.lru_cache(maxsize=512)
def _read(folder: Path, stamp: tuple, taxonomy: Taxonomy) -> tuple[Problem | None, tuple[str, ...]]:
    problem, issues = read_problem(folder, taxonomy)
    return problem, tuple(issues)


def _load(content: Path, folder: Path) -> tuple[Problem | None, tuple[str, ...]]:
    path = content / "taxonomy.yaml"
    return _read(folder, _stamp(folder), _taxonomy(path, _stamp(path)))


def load_problems(content: Path) -> dict[str, Problem]:
    """Every problem folder; raise ContentError listing every problem found in any of them."""
    found: dict[str, Problem] = {}
    problems: list[str] = []
    for folder in problem_folders(content):
        problem, issues = _load(content, folder)
        problems += issues
        if problem:
            found[problem.slug] = problem
    if problems:
        raise ContentError(problems)
    return found


def load_problem(content: Path, slug: str) -> Problem:
    """One problem by slug, validated on its own."""
    folder = problems_dir(content) / slug
    if not SLUG.match(slug) or not folder.is_dir():
        known = [p.name for p in problem_folders(content)]
        close = difflib.get_close_matches(slug, known, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else " (see `mianshi problems`)"
        raise NotFoundError(f"no problem '{slug}'{hint}")
    problem, issues = _load(content, folder)
    if problem is None:
        raise ContentError(list(issues))
    return problem


def dangling_questions(problems: dict[str, Problem], bank_ids: set[str]) -> list[tuple[str, str]]:
    """(slug, question id) for every linked question that the bank does not have."""
    return [(p.slug, q) for p in problems.values() for q in p.questions if q not in bank_ids]
