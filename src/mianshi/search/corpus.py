"""Analysing many documents into per-field term corpora, on every core for a large bank.

Segmenting and matching the glossary take about half a millisecond per
question; a bank of 100,000 questions is split into chunks analysed by worker
processes, whose corpora are then joined in order (the result is the same as
analysing in one process).
"""

import os
from collections.abc import Callable, Sequence

import numpy as np

from mianshi.search.analyze import TermNumbering
from mianshi.search.bm25 import FieldCorpus
from mianshi.search.glossary import Glossary
from mianshi.search.subjects import subjects_of

# The concept sets a document introduces (search/subjects.py) travel with its fields as a
# pseudo-field whose "terms" are the sets, joined: found where the fields are analysed,
# on every core for a large bank.
SUBJECTS = "subjects"
_SUBJECT_JOINER = "|"

PARALLEL_FROM = 5000  # documents; below this, starting workers costs more than it saves
CHUNK_SIZE = 5000

Progress = Callable[[int, int], None]  # (documents done, documents in all)

_worker_glossary: Glossary | None = None


def _analyze_chunk(documents: Sequence, glossary: Glossary) -> dict[str, FieldCorpus]:
    numberings: dict[str, TermNumbering] = {}
    lengths: dict[str, list[int]] = {}
    ids: dict[str, list[int]] = {}
    subject_numbering: dict[str, int] = {}
    for document in documents:
        for name, text in document.field_texts().items():
            if name not in numberings:
                numberings[name], lengths[name], ids[name] = TermNumbering(glossary), [], []
            found = numberings[name].ids(text)
            lengths[name].append(len(found))
            ids[name] += found
        subjects = subjects_of(document.subject_texts(), glossary)
        lengths.setdefault(SUBJECTS, []).append(len(subjects))
        ids.setdefault(SUBJECTS, []).extend(
            subject_numbering.setdefault(_SUBJECT_JOINER.join(sorted(s)), len(subject_numbering))
            for s in subjects
        )
    vocabularies = {name: list(numbering.vocabulary) for name, numbering in numberings.items()}
    vocabularies[SUBJECTS] = list(subject_numbering)
    return {
        name: FieldCorpus(
            np.array(lengths[name], dtype=np.int64), np.array(ids[name], dtype=np.int64), vocabulary
        )
        for name, vocabulary in vocabularies.items()
        if name in lengths
    }


def subjects_per_document(corpus: FieldCorpus) -> list[list[frozenset[str]]]:
    """The SUBJECTS pseudo-field back as each document's concept sets."""
    sets = [frozenset(key.split(_SUBJECT_JOINER)) for key in corpus.vocabulary]
    counts = corpus.lengths.tolist()
    ends = np.cumsum(corpus.lengths).tolist()
    ids = corpus.term_ids.tolist()
    return [[sets[i] for i in ids[end - n : end]] for n, end in zip(counts, ends, strict=True)]


def _start_worker(glossary_records: list[dict], glossary_tables: dict) -> None:
    global _worker_glossary
    _worker_glossary = Glossary.from_records(glossary_records, glossary_tables)


def _analyze_in_worker(documents: Sequence) -> dict[str, FieldCorpus]:
    assert _worker_glossary is not None, "the worker was started without a glossary"
    return _analyze_chunk(documents, _worker_glossary)


def analyze_documents(
    documents: Sequence,
    glossary: Glossary,
    fields: Sequence[str],
    progress: Progress | None = None,
    workers: int | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> dict[str, FieldCorpus]:
    """Field name -> the corpus of that field over all `documents`, in order.

    Documents have `field_texts()` (SearchDocument) naming `fields`. `workers` None picks
    one process per core for a large bank and none for a small one.
    """
    if workers is None:
        workers = (os.cpu_count() or 1) if len(documents) >= PARALLEL_FROM else 1
    chunks = [documents[i : i + chunk_size] for i in range(0, len(documents), chunk_size)]
    parts: list[dict[str, FieldCorpus]] = []
    done = 0

    def collect(result: dict[str, FieldCorpus], size: int) -> None:
        nonlocal done
        parts.append(result)
        done += size
        if progress:
            progress(done, len(documents))

    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            collect(_analyze_chunk(chunk, glossary), len(chunk))
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(
            max_workers=workers,
            initializer=_start_worker,
            initargs=(glossary.to_records(), glossary.compiled()),
        ) as pool:
            for chunk, result in zip(chunks, pool.map(_analyze_in_worker, chunks), strict=True):
                collect(result, len(chunk))
    return {
        name: FieldCorpus.join([part[name] for part in parts if name in part]) for name in fields
    }
