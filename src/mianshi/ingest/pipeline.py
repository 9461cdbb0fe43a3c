"""Clustering texts end to end: exact keys first, then near-duplicates among the distinct texts."""

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mianshi.ingest.cluster import Progress, cluster_features, exact_key
from mianshi.ingest.concepts import ConceptMatcher
from mianshi.ingest.features import Features, extract


@lru_cache(maxsize=1)
def shipped_matcher() -> ConceptMatcher:
    from mianshi.search.glossary import shipped_glossary

    return ConceptMatcher(shipped_glossary().concepts.values())


def bank_matcher(bank, topic_names=None):
    """The matcher of imported questions to `bank` (ingest/match.py), with the shipped glossary."""
    from mianshi.ingest.match import BankMatcher
    from mianshi.search.glossary import shipped_glossary

    return BankMatcher(bank, shipped_matcher(), shipped_glossary(), topic_names)


def features_of(
    texts: Sequence[str], matcher: ConceptMatcher | None = None, progress: Progress | None = None
) -> list[Features]:
    matcher = matcher or shipped_matcher()
    out = []
    for n, text in enumerate(texts, 1):
        out.append(extract(text, matcher))
        if progress and (n % 1000 == 0 or n == len(texts)):
            progress("features", n, len(texts))
    return out


@dataclass(frozen=True)
class Clustering:
    labels: list[int]  # per text: index of the first text of its cluster
    features: dict[int, Features]  # features of each distinct text, by index
    doubts: list[tuple[float, int, int]]  # (similarity, i, j): see cluster.Clustered


def distinct_rows(texts: Sequence[str], keys: Sequence[str] | None = None) -> list[int]:
    """The index of each text's first identical copy (same exact_key), in order."""
    first_of: dict[str, int] = {}
    for i, key in enumerate(keys if keys is not None else map(exact_key, texts)):
        first_of.setdefault(key, i)
    return list(first_of.values())


def cluster_texts(texts: Sequence[str], progress: Progress | None = None) -> Clustering:
    """Cluster label per text (same label = same question)."""
    keys = [exact_key(t) for t in texts]
    distinct = distinct_rows(texts, keys)
    features = features_of([texts[i] for i in distinct], progress=progress)
    clustered = cluster_features(features, progress)
    label_of_key = {keys[distinct[k]]: distinct[clustered.labels[k]] for k in range(len(distinct))}
    return Clustering(
        labels=[label_of_key[key] for key in keys],
        features={i: f for i, f in zip(distinct, features, strict=True)},
        doubts=[(score, distinct[i], distinct[j]) for score, i, j in clustered.doubts],
    )
