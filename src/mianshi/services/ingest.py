"""Import services: read collections, cluster, match to the bank, list sources and gaps.

`import_paths` reads every file first (outside any transaction), then writes
all changes in one transaction: a failure anywhere leaves the database as it
was. Re-importing an unchanged file changes nothing; a changed file replaces
its source's questions in place (same source id).

Files published together (a repository, a README and the files it links) are
one collection: each source keeps the root of its collection in its stats
(`stats["collection"]`), and every recount makes them one family.
"""

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from mianshi.errors import MianshiError, NotFoundError
from mianshi.ingest.analysis import analyse
from mianshi.ingest.classify import Label, TopicClassifier
from mianshi.ingest.collect import question_rows_of
from mianshi.ingest.families import Collection, published_together
from mianshi.ingest.reader import (
    DEFAULT_MAX_BYTES,
    Skipped,
    SourceText,
    find_candidates,
    read_source,
)
from mianshi.services._store import initialised_store
from mianshi.store import bank_repo, doubts_repo, ingest_repo
from mianshi.store.doubts_repo import Doubt
from mianshi.store.ingest_repo import (
    ClusterSpec,
    GapInfo,
    RankedQuestion,
    SourceInfo,
    UncertainMatch,
)

Progress = Callable[[str, int, int], None]


@dataclass
class SourceReport:
    path: str
    status: str  # imported | updated | unchanged | skipped | ignored
    reason: str | None = None
    source_id: int | None = None
    name: str = ""
    encoding: str = ""
    format: str = ""
    stats: dict = field(default_factory=dict)
    family: int | None = None
    same_collection_as: list[tuple[str, float]] = field(default_factory=list)
    collection: Collection | None = None  # published together with other files of this import

    @property
    def failed(self) -> bool:
        """Unreadable or unusable: a file read fine but holding no question is not, by
        itself, a failure (see ImportReport.failed)."""
        return self.status == "skipped" and not self.without_questions

    @property
    def without_questions(self) -> bool:
        return self.status == "skipped" and (self.reason or "").startswith(NO_QUESTIONS)


NO_QUESTIONS = "no questions found"
GROUPINGS = ("auto", "each-file", "one-collection")


@dataclass
class ImportReport:
    sources: list[SourceReport]
    changed: bool
    clusters: int = 0
    families: int = 0
    questions: int = 0
    uncertain: int = 0  # distinct questions whose bank match awaits review-matches
    doubts: int = 0  # pairs of them the clustering was unsure are one, awaiting it too

    @property
    def failed(self) -> bool:
        """A file could not be read, or nothing imported held a question. A navigation
        page or a link list in a folder whose other files hold questions is no failure."""
        if any(s.failed for s in self.sources):
            return True
        imported = any(s.status in ("imported", "updated", "unchanged") for s in self.sources)
        return not imported and any(s.without_questions for s in self.sources)


def _read_all(
    paths: Sequence[Path], max_bytes: int, progress: Progress | None
) -> list[SourceText | Skipped]:
    items = list(find_candidates(paths))
    out: list[SourceText | Skipped] = []
    for n, item in enumerate(items, 1):
        out.append(item if isinstance(item, Skipped) else read_source(item, max_bytes))
        if progress:
            progress("reading", n, len(items))
    return out


def _collections(
    paths: Sequence[Path], readable: Sequence[SourceText], grouping: str
) -> dict[str, Collection]:
    """Which files of this import were published together (see families.published_together):
    `auto` finds repositories and READMEs; `each-file` groups nothing; `one-collection`
    makes every file of the import one collection."""
    files = [s.path for s in readable]
    if grouping == "each-file" or not files:
        return {}
    if grouping == "one-collection":
        root = Path(os.path.commonpath([str(f.parent) for f in files]))
        return {str(f): Collection(root, "import") for f in files}
    folders = [Path(p).expanduser().resolve() for p in paths if Path(p).expanduser().is_dir()]
    return {str(f): c for f, c in published_together(files, folders).items()}


def _set_collection(row, collection: Collection | None) -> bool:
    """Store the source's collection root; True if it changed."""
    wanted = str(collection.root) if collection else None
    if row.stats.get("collection") == wanted:
        return False
    stats = {k: v for k, v in row.stats.items() if k != "collection"}
    row.stats = stats | ({"collection": wanted} if wanted else {})
    return True


def _topics_and_bank(session):
    return bank_repo.list_topics(session), bank_repo.list_questions(session)


def import_paths(
    paths: Sequence[Path],
    db: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    grouping: str = "auto",
) -> ImportReport:
    """Import collection files and folders; one report line per file. `grouping`: how
    files count towards frequency, see `_collections`."""
    if grouping not in GROUPINGS:
        raise MianshiError(f"unknown grouping '{grouping}' (one of {', '.join(GROUPINGS)})")
    read = _read_all(paths, max_bytes, progress)
    reports: dict[str, SourceReport] = {}
    readable: list[SourceText] = []
    for item in read:
        key = str(item.path)
        if isinstance(item, Skipped):
            reports[key] = SourceReport(key, "skipped" if item.failure else "ignored", item.reason)
        else:
            readable.append(item)
            reports[key] = SourceReport(key, "imported", encoding=item.encoding, format=item.format)
    collections = _collections(paths, readable, grouping)

    with initialised_store(db) as store, store.session() as session:
        known = ingest_repo.sources_by_path(session)
        now = datetime.now(UTC).replace(tzinfo=None)
        touched = []
        regrouped = False
        changed = [
            s
            for s in readable
            if str(s.path) not in known or known[str(s.path)].content_hash != s.content_hash
        ]
        rows_of = dict(zip((str(s.path) for s in changed), question_rows_of(changed), strict=True))
        for source in readable:
            key = str(source.path)
            existing = known.get(key)
            reports[key].collection = collections.get(key)
            if key not in rows_of:
                reports[key].status = "unchanged"  # not even parsed again
                reports[key].source_id = existing.id
                regrouped = _set_collection(existing, collections.get(key)) or regrouped
                continue
            rows = rows_of[key]
            if not rows:
                kept = " (the earlier import is kept)" if existing is not None else ""
                reports[key].status, reports[key].reason = "skipped", NO_QUESTIONS + kept
                continue
            if existing is not None:
                reports[key].status = "updated"
            row = ingest_repo.save_source(
                session,
                existing,
                path=key,
                name=source.path.name,
                fmt=source.format,
                encoding=source.encoding,
                content_hash=source.content_hash,
                now=now,
            )
            _set_collection(row, collections.get(key))
            ingest_repo.replace_questions(session, row.id, rows)
            reports[key].source_id = row.id
            touched.append(row.id)
        report = ImportReport(sources=list(reports.values()), changed=bool(touched) or regrouped)
        if touched or regrouped:
            session.flush()
            _recompute(session, progress)
        _describe(session, report)
    return report


def rematch_imported(session, progress: Progress | None = None) -> int:
    """After the bank changed: cluster, match and count everything imported again, so
    `gaps` and `frequency` follow the new bank. Returns how many questions were redone."""
    if not ingest_repo.has_questions(session):
        return 0
    _recompute(session, progress)
    return ingest_repo.count_questions(session)


def _recompute(session, progress: Progress | None) -> None:
    """Re-cluster everything imported, re-match it to the bank, refresh families and figures."""
    from mianshi.ingest.pipeline import shipped_matcher
    from mianshi.services.search import topic_names

    questions = ingest_repo.all_questions(session)
    topics, bank = _topics_and_bank(session)
    classifier = TopicClassifier(bank, topics, shipped_matcher())
    decisions = ingest_repo.match_decisions(session)
    collections = {
        s.id: s.stats["collection"]
        for s in ingest_repo.list_sources(session)
        if s.stats.get("collection")
    }
    result = analyse(
        questions,
        bank,
        classifier,
        progress,
        decisions,
        topic_names(topics),
        collections,
        doubts_repo.pair_decisions(session),
    )
    specs = [ClusterSpec(**vars(c)) for c in result.clusters]
    if progress:
        progress("writing", 0, 1)
    ingest_repo.apply_clusters(session, specs, list(zip(questions, result.keys, strict=True)))
    doubts_repo.replace_doubts(session, [vars(d) for d in result.doubts])
    for source_id, stats in result.stats.items():
        overlaps = [
            {"source": o.source, "share": round(o.share, 3), "ordered": round(o.ordered, 3)}
            for o in result.overlaps.get(source_id, [])
        ]
        if source_id in collections:
            stats = stats | {"collection": collections[source_id]}
        ingest_repo.update_source_meta(
            session, source_id, family=result.families[source_id], overlaps=overlaps, stats=stats
        )
    if progress:
        progress("writing", 1, 1)


def _describe(session, report: ImportReport) -> None:
    sources = {s.id: s for s in ingest_repo.list_sources(session)}
    for line in report.sources:
        info = sources.get(line.source_id) if line.source_id else None
        if info is None:
            continue
        line.name, line.stats, line.family = info.name, info.stats, info.family
        line.encoding, line.format = info.encoding, info.format
        line.same_collection_as = [
            (sources[o["source"]].name, o["share"])
            for o in info.overlaps
            if o["source"] in sources and sources[o["source"]].family == info.family
        ]
    report.families = len({s.family for s in sources.values()})
    report.questions = sum(s.stats.get("found", 0) for s in sources.values())
    report.clusters = ingest_repo.count_clusters(session)
    report.uncertain = ingest_repo.count_uncertain(session)
    report.doubts = doubts_repo.count_doubts(session)


def list_sources(db: str | None = None) -> list[SourceInfo]:
    with initialised_store(db) as store, store.session() as session:
        return ingest_repo.list_sources(session)


@dataclass(frozen=True)
class RemovedSource:
    path: str
    questions: int


def _find_source(sources: list[SourceInfo], which: str) -> SourceInfo:
    """A source by id, path, path ending (`docs/README.md`) or file name, if only one fits."""
    if which.isdigit():
        found = [s for s in sources if s.id == int(which)]
    else:
        wanted = which.replace("\\", "/").strip("/")
        found = [s for s in sources if s.path.replace("\\", "/") == wanted]
        found = found or [s for s in sources if s.path.replace("\\", "/").endswith("/" + wanted)]
    if not found:
        raise NotFoundError(f"no imported source '{which}' (see `mianshi sources`)")
    if len(found) > 1:
        paths = ", ".join(s.path for s in found[:5])
        raise MianshiError(f"'{which}' names {len(found)} sources ({paths}): give more of the path or the id")
    return found[0]


def remove_source(which: str, db: str | None = None) -> RemovedSource:
    """Take an imported source out: its questions go, and clusters, bank matches and
    frequencies are recomputed over what remains. Nothing else is touched."""
    with initialised_store(db) as store, store.session() as session:
        source = _find_source(ingest_repo.list_sources(session), which)
        removed = ingest_repo.delete_source(session, source.id)
        session.flush()
        if ingest_repo.has_questions(session):
            _recompute(session, None)
        else:
            ingest_repo.clear_clusters(session)
    return RemovedSource(source.path, removed)


def _check_module(session, module: str | None) -> None:
    if module:
        modules = list(dict.fromkeys(t.module for t in bank_repo.list_topics(session)))
        if module not in modules:
            raise NotFoundError(f"unknown module '{module}' (known: {', '.join(modules)})")


def list_gaps(
    db: str | None = None, module: str | None = None, limit: int | None = None
) -> list[GapInfo]:
    """Imported questions the bank has no answer for, most frequent first."""
    with initialised_store(db) as store, store.session() as session:
        _check_module(session, module)
        return ingest_repo.list_gaps(session, module, limit)


def count_gaps(db: str | None = None, module: str | None = None) -> int:
    with initialised_store(db) as store, store.session() as session:
        _check_module(session, module)
        return ingest_repo.count_gaps(session, module)


def frequency_ranking(
    db: str | None = None,
    module: str | None = None,
    limit: int | None = None,
    *,
    by: str = "imported",
) -> list[RankedQuestion]:
    """What is asked most, by how many independent collections ask it. `by`: "imported"
    a row per imported question, with its bank question; "bank" a row per bank question,
    counting every phrasing matched to it; "both" the bank questions and then the
    imported questions no bank question answers yet, ranked together."""
    rank = {
        "imported": ingest_repo.frequency_ranking,
        "bank": ingest_repo.bank_frequency_ranking,
        "both": ingest_repo.leaning_frequency_ranking,
    }[by]
    with initialised_store(db) as store, store.session() as session:
        _check_module(session, module)
        return rank(session, module, limit)


def _question_texts(lines: Sequence[str]) -> list[str]:
    """Each line as the importer reads a question: normalised, garbled characters repaired."""
    from mianshi.ingest.garble import check_line
    from mianshi.ingest.markup import normalize_question

    return [check_line(normalize_question(line).text or line).text for line in lines]


def cluster_lines(lines: Sequence[str]) -> list[int]:
    """Cluster label per line (same label = same question). Needs no database."""
    from mianshi.ingest.pipeline import cluster_texts

    texts = _question_texts(lines)
    return cluster_texts(texts).labels


def classify_lines(lines: Sequence[str], db: str | None = None) -> list[Label]:
    """Module and topic per line, learned from the bank (the database's, else the shipped content)."""
    from mianshi.ingest.pipeline import features_of, shipped_matcher

    topics, bank = _bank_for_classification(db)
    classifier = TopicClassifier(bank, topics, shipped_matcher())
    texts = _question_texts(lines)
    return classifier.classify(features_of(texts), texts, [None] * len(texts))


@dataclass(frozen=True)
class LineMatch:
    question_id: str | None
    score: float


def match_lines(lines: Sequence[str], db: str | None = None) -> list[LineMatch]:
    """The bank question each line asks (None when none is accepted, uncertain ones
    included) and the matcher's score, with the rule the importer uses; the bank is the
    database's, else the shipped content."""
    from mianshi.ingest.match import Phrasing
    from mianshi.ingest.pipeline import bank_matcher, features_of
    from mianshi.services.search import topic_names

    topics, bank = _bank_for_classification(db)
    texts = _question_texts(lines)
    phrasings = [[Phrasing(t, f)] for t, f in zip(texts, features_of(texts), strict=True)]
    matches = bank_matcher(bank, topic_names(topics)).match_all(phrasings)
    return [LineMatch(m.question_id, round(m.score, 4)) for m in matches]


def _bank_for_classification(db: str | None):
    from mianshi.errors import StoreError
    from mianshi.store import open_store

    try:
        store = open_store(db)
    except StoreError:
        store = None  # no database yet: learn from the shipped content
    if store is not None:
        try:
            if store.is_initialised():
                with store.session() as session:
                    topics, bank = _topics_and_bank(session)
                    if bank:
                        return topics, bank
        finally:
            store.close()
    from mianshi.bank import load_bank
    from mianshi.paths import content_dir

    loaded = load_bank(content_dir())
    topics = [
        bank_repo.TopicInfo(m.id, t.id, m.name, m.name_en, t.name, t.name_en)
        for m in loaded.taxonomy.modules
        for t in m.topics
    ]
    return topics, list(loaded.questions.values())


# --- review-matches: the uncertain matches, and people's decisions ----------------------


def list_uncertain(db: str | None = None, limit: int | None = None) -> list[UncertainMatch]:
    with initialised_store(db) as store, store.session() as session:
        return ingest_repo.list_uncertain(session, limit)


def count_uncertain(db: str | None = None) -> int:
    with initialised_store(db) as store, store.session() as session:
        return ingest_repo.count_uncertain(session)


def list_doubts(db: str | None = None, limit: int | None = None) -> list[Doubt]:
    """Pairs of imported questions the clustering was unsure are one, most asked first."""
    with initialised_store(db) as store, store.session() as session:
        return doubts_repo.list_doubts(session, limit)


def count_doubts(db: str | None = None) -> int:
    with initialised_store(db) as store, store.session() as session:
        return doubts_repo.count_doubts(session)


def decide_pair(pair_key: str, same: bool, db: str | None = None, apply: bool = True) -> None:
    """Say whether the two questions of the doubt `pair_key` are one. The decision is
    kept by their texts; "same" joins their clusters (now, or with `apply=False` at the
    next `apply_pair_decisions`, import or init: joining recounts everything imported)."""
    with initialised_store(db) as store, store.session() as session:
        try:
            doubts_repo.decide_pair(session, pair_key, same, datetime.now(UTC).replace(tzinfo=None))
        except LookupError:
            raise NotFoundError(f"no pair '{pair_key}' awaits a decision") from None
        if same and apply:
            _recompute(session, None)


def apply_pair_decisions(db: str | None = None, progress: Progress | None = None) -> None:
    with initialised_store(db) as store, store.session() as session:
        if ingest_repo.has_questions(session):
            _recompute(session, progress)


def decide_match(key: str, question_id: str | None, db: str | None = None) -> None:
    """Say which bank question the imported question `key` asks (None: none does). The
    decision is kept by the question's text: it outlives re-imports and re-clustering."""
    from mianshi.ingest.analysis import cluster_key

    with initialised_store(db) as store, store.session() as session:
        text = ingest_repo.cluster_text(session, key)
        if text is None:
            raise NotFoundError(f"no imported question with key '{key}'")
        if question_id is not None and bank_repo.get_question(session, question_id) is None:
            raise NotFoundError(f"no bank question '{question_id}' (see `mianshi search`)")
        now = datetime.now(UTC).replace(tzinfo=None)
        ingest_repo.decide_match(session, key, question_id, cluster_key(text), now)
