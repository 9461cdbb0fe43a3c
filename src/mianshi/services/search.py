"""Search services: the bank (and imported questions) ranked for a query, with filters.

    >>> response = search("transformer 为啥用 LN 不用 BN")
    >>> response.results[0].id
    'layernorm-vs-batchnorm-transformer'

The index is cached on disk and rebuilt only when the bank, the imported data
or the glossary changed. A search in a new process normally does not even open
the database (see search/cache.py), so the CLI answers quickly.
"""

import hashlib
from contextlib import suppress
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from mianshi.database_url import resolve_database_url, sqlite_file
from mianshi.errors import ContentError, NotFoundError, QueryError
from mianshi.paths import cache_dir, content_dir
from mianshi.search.cache import IndexCache, fingerprint, stamp
from mianshi.search.corpus import Progress
from mianshi.search.engine import run_query
from mianshi.search.index import DocumentInfo, SearchDocument, SearchIndex
from mianshi.search.rank import Filters, Hit

MAX_QUERY_CHARS = 500


@dataclass(frozen=True)
class SearchResult:
    id: str
    kind: str  # "question", or "imported" for an imported question the bank lacks
    title: str
    title_en: str
    module: str
    topic: str
    difficulty: int | None
    frequency: int  # independent sources asking it (0 before any import)
    problem: str | None  # the judge problem that practises it
    score: float

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class SearchResponse:
    query: str
    results: list[SearchResult]
    did_you_mean: str | None = None
    concepts: list[str] = field(default_factory=list)  # glossary concepts seen in the query
    notices: list[str] = field(default_factory=list)  # index rebuilt, query shortened...


def search(
    query: str,
    db: str | None = None,
    module: str | None = None,
    topic: str | None = None,
    difficulty: int | None = None,
    min_frequency: int | None = None,
    has_problem: bool | None = None,
    limit: int = 10,
    progress: Progress | None = None,
) -> SearchResponse:
    """Rank the questions for `query`; `progress` hears about an index (re)build."""
    notices: list[str] = []
    text = _usable_query(query, notices)
    if limit < 1:
        raise QueryError(f"limit must be at least 1, not {limit}")
    index = current_index(db, notices, progress)
    filters = _checked_filters(index, module, topic, difficulty, min_frequency, has_problem)
    outcome = run_query(index, text, filters, limit)
    if not outcome.analysis.terms:
        raise QueryError(f"nothing to search for in '{text}': the query has no words, only symbols")
    return SearchResponse(
        query=text,
        results=[_result(index.docs[h.position], h) for h in outcome.hits],
        did_you_mean=outcome.did_you_mean,
        concepts=[c.label for c in outcome.analysis.concepts],
        notices=notices,
    )


def _usable_query(query: str, notices: list[str]) -> str:
    text = " ".join(query.split())
    if not text:
        raise QueryError("empty query: say what to look for, e.g. mianshi search 'LN vs BN'")
    if len(text) > MAX_QUERY_CHARS:
        notices.append(
            f"The query is {len(text):,} characters long: searched for its first {MAX_QUERY_CHARS}."
        )
        text = text[:MAX_QUERY_CHARS]
    return text


def _checked_filters(
    index: SearchIndex,
    module: str | None,
    topic: str | None,
    difficulty: int | None,
    min_frequency: int | None,
    has_problem: bool | None,
) -> Filters:
    modules = list(dict.fromkeys(t["module"] for t in index.taxonomy))
    if module is not None and module not in modules:
        raise NotFoundError(f"unknown module '{module}' (known: {', '.join(modules)})")
    if topic is not None:
        topics = [t["topic"] for t in index.taxonomy if module in (None, t["module"])]
        if topic not in topics:
            where = f" in module '{module}'" if module else ""
            raise NotFoundError(f"unknown topic '{topic}'{where} (known: {', '.join(topics)})")
    if difficulty is not None and not 1 <= difficulty <= 5:
        raise QueryError(f"difficulty must be 1 to 5, not {difficulty}")
    if min_frequency is not None and min_frequency < 0:
        raise QueryError(f"minimum frequency must be 0 or more, not {min_frequency}")
    return Filters(module, topic, difficulty, min_frequency, has_problem)


_INFO_FIELDS = tuple(f.name for f in fields(DocumentInfo))


def _result(doc: DocumentInfo, hit: Hit) -> SearchResult:
    # A shallow copy of the flat fields: asdict's deep copy was most of a search's time.
    return SearchResult(**{name: getattr(doc, name) for name in _INFO_FIELDS}, score=round(hit.score, 3))


# --- the index: cached, checked, rebuilt --------------------------------------------------


def _database(db: str | None) -> tuple[str, Path | None]:
    """The database URL the store would open, and its SQLite file (None for a server)."""
    url = resolve_database_url(db)
    return url, sqlite_file(url)


def current_index(
    db: str | None = None, notices: list[str] | None = None, progress: Progress | None = None
) -> SearchIndex:
    """The index of the bank as the database holds it now, from the cache when it is current.

    A rebuild adds a line to `notices` saying why it happened.
    """
    notices = [] if notices is None else notices
    url, database_file = _database(db)
    glossary_file = content_dir() / "glossary.yaml"
    cache = IndexCache(cache_dir() / "search")
    damage: list[str] = []
    # Taken before reading the database: a change made while reading then shows next time.
    current_stamp = stamp(database_file, glossary_file) if database_file else None
    known = cache.fingerprint_for(url, current_stamp)
    index = _load(cache, known, damage) if known else None
    if index is None:
        index, known = _index_from_store(db, glossary_file, cache, damage, notices, progress)
        with suppress(OSError):  # the stamp only spares the next search a database read
            cache.remember(url, current_stamp, known)
    return index


# Indexes already loaded by this process (a web server, a benchmark), by fingerprint.
_loaded: dict[str, SearchIndex] = {}
_LOADED_LIMIT = 2


def _load(cache: IndexCache, index_fingerprint: str, damage: list[str]) -> SearchIndex | None:
    """The cached index, or None if there is none or it is damaged (said in `damage`)."""
    if index_fingerprint in _loaded and cache.has(index_fingerprint):
        return _loaded[index_fingerprint]
    if not cache.has(index_fingerprint):
        return None
    try:
        index = cache.load(index_fingerprint)
    except (OSError, ValueError) as exc:
        damage.append(f"{type(exc).__name__}: {exc}".splitlines()[0])
        return None
    _remember_loaded(index_fingerprint, index)
    return index


def _remember_loaded(index_fingerprint: str, index: SearchIndex) -> None:
    while len(_loaded) >= _LOADED_LIMIT:
        del _loaded[next(iter(_loaded))]
    _loaded[index_fingerprint] = index


def _index_from_store(
    db: str | None,
    glossary_file: Path,
    cache: IndexCache,
    damage: list[str],
    notices: list[str],
    progress: Progress | None,
) -> tuple[SearchIndex, str]:
    from mianshi.search.glossary import load_glossary
    from mianshi.services._store import initialised_store
    from mianshi.store import search_repo

    try:
        glossary_hash = hashlib.sha256(glossary_file.read_bytes()).hexdigest()
    except OSError as exc:
        raise ContentError([f"{glossary_file}:1: cannot read glossary: {exc.strerror}"]) from exc
    with initialised_store(db) as store, store.session() as session:
        sources = search_repo.index_sources(session)
        index_fingerprint = fingerprint([glossary_hash, asdict(sources)])
        index = _load(cache, index_fingerprint, damage)
        if index is not None:
            return index, index_fingerprint
        questions = search_repo.indexed_questions(session)
    documents = _documents(questions, sources)
    index = SearchIndex.build(documents, load_glossary(glossary_file), _taxonomy(sources), progress)
    try:
        cache.save(index_fingerprint, index)
    except OSError as exc:
        notices.append(f"Could not save the search index in {cache.root} ({exc}).")
    _remember_loaded(index_fingerprint, index)
    built = f"{len(documents):,} questions"
    if damage:
        notices.append(f"The cached search index was damaged ({damage[0]}); rebuilt it ({built}).")
    else:
        notices.append(f"Built the search index ({built}).")
    return index, index_fingerprint


def _taxonomy(sources) -> list[dict]:
    return [
        {"module": t.module, "topic": t.topic, "module_name": t.module_name, "name": t.name}
        for t in sources.topics
    ]


def topic_names(topics) -> dict[tuple[str, str], str]:
    """(module, topic) -> the names the index adds to a question's key points, zh and en."""
    return {
        (t.module, t.topic): f"{t.module_name} {t.module_name_en} {t.name} {t.name_en}"
        for t in topics
    }


def _documents(questions, sources) -> list[SearchDocument]:
    names = topic_names(sources.topics)
    documents = [
        SearchDocument.of_question(
            q, sources.frequencies.get(q.id, 0), names.get((q.module, q.topic), "")
        )
        for q in questions
    ]
    documents.extend(
        SearchDocument(
            info=DocumentInfo(
                id=f"imported:{c.key}",
                kind="imported",
                title=c.text,
                title_en="",
                module=c.module,
                topic=c.topic,
                difficulty=None,
                frequency=c.frequency,
                problem=None,
            ),
            topic_names=names.get((c.module, c.topic), ""),
        )
        for c in sources.imported
    )
    return documents
