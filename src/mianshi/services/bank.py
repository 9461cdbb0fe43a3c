"""Bank services: initialise the database, list, show and validate questions."""

import difflib
from dataclasses import dataclass
from pathlib import Path

from mianshi.bank import load_bank, validate_path
from mianshi.bank.model import Question
from mianshi.errors import NotFoundError
from mianshi.paths import content_dir
from mianshi.services._store import initialised_store
from mianshi.store import bank_repo, open_store
from mianshi.store.bank_repo import ModuleSummary, SyncReport, TopicInfo


@dataclass
class InitResult:
    url: str
    sync: SyncReport
    summaries: list[ModuleSummary]
    rematched: int = 0  # imported questions matched again: the bank or the schema changed


def init_database(db: str | None = None, content: Path | None = None) -> InitResult:
    """Create or migrate the database and load the bank into it, in one transaction."""
    bank = load_bank(content or content_dir())
    store = open_store(db, create_dir=True)
    try:
        upgraded = store.upgrade()
        with store.session() as session:
            report = bank_repo.sync_bank(session, bank)
        rematched = 0
        # What was imported is matched to the bank as it is now, and by this version's rules.
        if report.changed or upgraded:
            from mianshi.services.ingest import rematch_imported

            with store.session() as session:
                rematched = rematch_imported(session)
        with store.session() as session:
            summaries = bank_repo.summarise_modules(session)
        return InitResult(url=store.url, sync=report, summaries=summaries, rematched=rematched)
    finally:
        store.close()


def bank_summary(db: str | None = None) -> list[ModuleSummary]:
    with initialised_store(db) as store, store.session() as session:
        return bank_repo.summarise_modules(session)


def check_filters(topics: list[TopicInfo], module: str | None, topic: str | None) -> None:
    """Raise NotFoundError unless `module` and `topic` (when given) exist in `topics`."""
    modules = list(dict.fromkeys(t.module for t in topics))
    if module and module not in modules:
        raise NotFoundError(f"unknown module '{module}' (known: {', '.join(modules)})")
    if topic:
        candidates = [t.topic for t in topics if not module or t.module == module]
        if topic not in candidates:
            where = f" in module '{module}'" if module else ""
            raise NotFoundError(f"unknown topic '{topic}'{where} (known: {', '.join(candidates)})")


SORTS = ("frequency", "difficulty", "title")


def list_questions(
    db: str | None = None,
    module: str | None = None,
    topic: str | None = None,
    difficulty: int | None = None,
    sort: str | None = None,
) -> list[Question]:
    """Active questions matching the filters: in bank order, or sorted by `sort`
    (frequency: most independent collections asking first; difficulty: easiest
    first; title: by English title)."""
    if difficulty is not None and not 1 <= difficulty <= 5:
        raise NotFoundError(f"difficulty must be 1 to 5, not {difficulty}")
    if sort is not None and sort not in SORTS:
        raise NotFoundError(f"sort must be one of {', '.join(SORTS)}, not '{sort}'")
    with initialised_store(db) as store, store.session() as session:
        check_filters(bank_repo.list_topics(session), module, topic)
        questions = bank_repo.list_questions(session, module, topic, difficulty)
        if sort == "frequency":
            from mianshi.store.frequency import question_frequencies

            asked = question_frequencies(session)
            questions.sort(key=lambda q: (-asked.get(q.id, 0), q.difficulty, q.id))
        elif sort == "difficulty":
            questions.sort(key=lambda q: (q.difficulty, q.id))
        elif sort == "title":
            questions.sort(key=lambda q: (q.title_en.lower() or q.title, q.id))
        return questions


@dataclass
class QuestionView:
    question: Question
    topic: TopicInfo
    related: list[tuple[str, str]]  # (id, title) of follow-ups that exist


def get_question(qid: str, db: str | None = None) -> QuestionView:
    with initialised_store(db) as store, store.session() as session:
        question = bank_repo.get_question(session, qid)
        if question is None:
            ids = bank_repo.active_ids(session)
            close = difflib.get_close_matches(qid, ids, n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise NotFoundError(f"no question with id '{qid}'{hint}")
        topic = next(
            t
            for t in bank_repo.list_topics(session)
            if (t.module, t.topic) == (question.module, question.topic)
        )
        related = []
        for rid in question.related:
            other = bank_repo.get_question(session, rid)
            if other is not None:
                related.append((rid, other.title))
        return QuestionView(question=question, topic=topic, related=related)


def list_topics(db: str | None = None) -> list[TopicInfo]:
    """Every module and topic of the taxonomy, in its order."""
    with initialised_store(db) as store, store.session() as session:
        return bank_repo.list_topics(session)


def asked_counts(db: str | None = None) -> dict[str, int]:
    """Bank question id -> independent collections asking it (empty before any import)."""
    from mianshi.store.frequency import question_frequencies

    with initialised_store(db) as store, store.session() as session:
        return question_frequencies(session)


@dataclass(frozen=True)
class AskedBy:
    frequency: int  # independent collections (families) asking the question
    sources: list[str]  # names of the imported files asking it


def asked_by(qid: str, db: str | None = None) -> AskedBy:
    """How many independent collections ask bank question `qid`, and which files."""
    from mianshi.store.frequency import question_sources

    with initialised_store(db) as store, store.session() as session:
        found = question_sources(session, qid)
    return AskedBy(len({family for _, family in found}), [name for name, _ in found])


@dataclass
class ValidationSummary:
    questions: int
    concepts: int | None = None  # None when the path held no glossary
    problems: int | None = None  # None when the path held no problem folders


def validate_content(path: Path | None = None) -> ValidationSummary:
    """Validate a content folder (bank, glossary, problems) or question files.

    Every problem of every part is collected before raising one ContentError.
    """
    from mianshi.errors import ContentError

    root = path or content_dir()
    is_content_folder = root.is_dir() and (root / "taxonomy.yaml").is_file()
    problems: list[str] = []
    summary = ValidationSummary(questions=0)
    try:
        result = validate_path(root, content_dir())
        summary.questions = len(result.questions) if hasattr(result, "questions") else len(result)
    except ContentError as exc:
        problems += exc.problems
    if is_content_folder:
        problems += _validate_extras(root, summary)
    if problems:
        raise ContentError(problems)
    return summary


def _validate_extras(root: Path, summary: ValidationSummary) -> list[str]:
    """The glossary and the judge problems of a whole content folder."""
    from mianshi.errors import ContentError
    from mianshi.judge.loader import load_problems, problem_folders
    from mianshi.search.glossary import load_glossary

    problems: list[str] = []
    if (root / "glossary.yaml").is_file():
        try:
            summary.concepts = len(load_glossary(root / "glossary.yaml").concepts)
        except ContentError as exc:
            problems += exc.problems
    if problem_folders(root):
        try:
            summary.problems = len(load_problems(root))
        except ContentError as exc:
            problems += exc.problems
    return problems
