"""Judge services: list and show problems, hand out starters, judge submissions.

Submissions are stored when a database has been initialised (`mianshi init`); without
one the judge still works and says why nothing was stored.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mianshi.bank.frontmatter import FrontMatterError, parse_document
from mianshi.bank.taxonomy import load_taxonomy
from mianshi.database_url import resolve_database_url, sqlite_file
from mianshi.errors import MianshiError, NotFoundError, StoreError
from mianshi.judge import JudgeReport, Problem, judge, load_problem, load_problems
from mianshi.judge.problem import LANGUAGE_NAMES, LANGUAGES, SUFFIXES
from mianshi.judge.runner import MAX_SOURCE_BYTES, LanguageError
from mianshi.judge.sandbox import require_bwrap
from mianshi.judge.warm import Worker
from mianshi.paths import content_dir
from mianshi.store import Store, judge_repo, open_store
from mianshi.store.judge_repo import Submission


@dataclass(frozen=True)
class LinkedQuestion:
    id: str
    module: str | None  # None: the bank has no such question
    title: str | None


@dataclass
class ProblemSummary:
    problem: Problem
    solved: bool | None  # None: never submitted, or no database


@dataclass
class ProblemView:
    problem: Problem
    questions: list[LinkedQuestion]
    submissions: list[Submission]


@dataclass
class JudgeOutcome:
    report: JudgeReport
    submission_id: int | None
    store_note: str  # why the submission was not stored; empty when it was


def _linked(content: Path, ids: tuple[str, ...]) -> list[LinkedQuestion]:
    found = []
    for qid in ids:
        path = next((content / "bank").glob(f"*/{qid}.md"), None)
        title = None
        if path is not None:
            try:
                title = str(
                    parse_document(path.read_text(encoding="utf-8")).data.get("title") or ""
                )
            except (OSError, UnicodeDecodeError, FrontMatterError):
                title = None
        found.append(LinkedQuestion(qid, path.parent.name if path else None, title))
    return found


@contextmanager
def _history(db: str | None) -> Iterator[tuple[Store | None, str]]:
    """The store holding submissions, or None and the reason there is none.

    A missing SQLite file is not created: reading history must not make a database.
    """
    database_file = sqlite_file(resolve_database_url(db))
    if database_file is not None and not database_file.is_file():
        yield None, "no database yet: run `mianshi init` to keep your submissions"
        return
    try:
        store = open_store(db)
    except StoreError as exc:
        yield None, str(exc)
        return
    try:
        if not store.is_initialised():
            yield (
                None,
                "the database is not initialised: run `mianshi init` to keep your submissions",
            )
        elif not judge_repo.has_submissions(store.engine):
            yield None, "the database predates submissions: run `mianshi init` to upgrade it"
        else:
            yield store, ""
    finally:
        store.close()


def validate_problems(content: Path | None = None) -> dict[str, Problem]:
    """Every problem folder, validated; raises ContentError listing all problems found."""
    return load_problems(content or content_dir())


def list_problems(
    tag: str | None = None,
    module: str | None = None,
    db: str | None = None,
    content: Path | None = None,
) -> list[ProblemSummary]:
    """Problems, optionally only those with `tag`, or practising questions of bank `module`."""
    content = content or content_dir()
    problems = list(load_problems(content).values())
    if module:
        load_taxonomy(content / "taxonomy.yaml").require_module(module)
        problems = [
            p for p in problems if any(q.module == module for q in _linked(content, p.questions))
        ]
    if tag:
        problems = [p for p in problems if tag in p.tags]
    problems.sort(key=lambda p: (p.difficulty, p.slug))
    with _history(db) as (store, _):
        statuses = {}
        if store is not None:
            with store.session() as session:
                statuses = judge_repo.problem_statuses(session)
    return [ProblemSummary(p, statuses.get(p.slug)) for p in problems]


def get_problem(slug: str, db: str | None = None, content: Path | None = None) -> ProblemView:
    content = content or content_dir()
    problem = load_problem(content, slug)
    submissions: list[Submission] = []
    with _history(db) as (store, _):
        if store is not None:
            with store.session() as session:
                submissions = judge_repo.recent_submissions(session, slug)
    return ProblemView(problem, _linked(content, problem.questions), submissions)


def choose_language(problem: Problem, filename: str | None = None, language: str | None = None) -> str:
    """`language` when given, else the one the file's suffix names, else the problem's first."""
    if language is not None:
        language = {"c++": "cpp", "py": "python"}.get(language.lower(), language.lower())
        if language not in LANGUAGES:
            raise LanguageError(f"unknown language '{language}': choose one of {', '.join(LANGUAGES)}")
    elif filename is not None and Path(filename).suffix.lower() in SUFFIXES:
        language = SUFFIXES[Path(filename).suffix.lower()]
    else:
        language = problem.languages[0]
    if language not in problem.languages:
        offered = ", ".join(f"{LANGUAGE_NAMES[name]} ({name})" for name in problem.languages)
        raise LanguageError(f"problem '{problem.slug}' takes {offered}, not {LANGUAGE_NAMES[language]}")
    return language


def starter_code(slug: str, content: Path | None = None, language: str | None = None) -> str:
    problem = load_problem(content or content_dir(), slug)
    return problem.source(problem.files(choose_language(problem, language=language))["starter"])


def check_source_size(source: str | bytes, filename: str = "solution.py") -> None:
    """Refuse a submission over the judge's size limit before it is judged or stored.

    The web app calls this first and refuses the form; `judge_source` itself judges an
    oversized file as a compile error and keeps only a one-line record of it.
    """
    size = len(source.encode("utf-8", errors="replace") if isinstance(source, str) else source)
    if size > MAX_SOURCE_BYTES:
        raise MianshiError(
            f"{filename} is {size / 1024:,.0f} KB: submissions are limited to "
            f"{MAX_SOURCE_BYTES >> 10} KB"
        )


def judge_source(
    slug: str,
    source: str | bytes,
    filename: str | None = None,
    *,
    db: str | None = None,
    sandbox: bool = True,
    content: Path | None = None,
    worker: Worker | None = None,
    language: str | None = None,
) -> JudgeOutcome:
    """Judge `source` against problem `slug` and store the result when a database exists.

    The language is `language` when given ("python" or "cpp"), else the file name's
    suffix decides (.py, .cpp/.cc/.cxx), else the problem's first language.
    With sandbox=False the code runs unisolated (a subprocess with resource limits).
    `worker` is a warm worker of the caller's own (the web server keeps a pool);
    without it the process's shared worker runs the code.
    """
    problem = load_problem(content or content_dir(), slug)
    language = choose_language(problem, filename, language)
    filename = filename or ("solution.cpp" if language == "cpp" else "solution.py")
    if sandbox:
        require_bwrap()
    report = judge(problem, source, filename, sandboxed=sandbox, language=language, worker=worker)
    code = source.decode("utf-8", errors="replace") if isinstance(source, bytes) else source
    if len(source) > MAX_SOURCE_BYTES:  # refused unread: keep a short record, not the file
        code = f"# refused: {len(source)} bytes, over the {MAX_SOURCE_BYTES >> 10} KB limit"
    with _history(db) as (store, note):
        if store is None:
            return JudgeOutcome(report, None, note)
        try:
            with store.session() as session:
                submission_id = judge_repo.add_submission(
                    session,
                    problem=slug,
                    verdict=report.verdict.value,
                    passed=report.passed,
                    total=report.total,
                    message=report.message,
                    time_ms=report.time_ms,
                    slowdown=report.slowdown,
                    sandboxed=report.sandboxed,
                    code=code,
                    language=language,
                )
        except StoreError as exc:  # the verdict still stands; only its record is lost
            return JudgeOutcome(report, None, str(exc))
        return JudgeOutcome(report, submission_id, "")


def judge_file(
    slug: str,
    path: Path,
    *,
    db: str | None = None,
    sandbox: bool = True,
    content: Path | None = None,
    language: str | None = None,
) -> JudgeOutcome:
    if not path.is_file():
        raise NotFoundError(f"no such file: {path}")
    try:
        source = path.read_bytes()
    except OSError as exc:
        raise NotFoundError(f"cannot read {path}: {exc.strerror}") from None
    return judge_source(slug, source, path.name, db=db, sandbox=sandbox, content=content, language=language)
