"""BM25 indexes in bm25s's layout, built and read with numpy alone.

bm25s (Lucene variant) stores an index as a document x term matrix of
precomputed BM25 scores, column by column (CSC), with its vocabulary and
parameters; a query sums the columns of its terms. Two of its steps are too
slow here, so this module does them with numpy on the same layout:

- building: bm25s counts terms one document at a time in Python, about 40 s
  for 100,000 questions; a few numpy operations do it in seconds;
- importing: `import bm25s` also imports scipy when it is installed, which
  costs a cold `mianshi search` a sixth of a second.

A saved field loads with `bm25s.BM25.load` and scores the same: the tests
check that, and that the build equals `bm25s.BM25.index()`'s.
"""

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

K1, B = 1.2, 0.75
METHOD = "lucene"
# bm25s's file names.
_DATA, _INDICES, _INDPTR = "data.csc.index.npy", "indices.csc.index.npy", "indptr.csc.index.npy"
_VOCABULARY, _PARAMS = "vocab.index.json", "params.index.json"


@dataclass
class FieldCorpus:
    """One field of every document, as term ids: document i holds the next lengths[i] ids."""

    lengths: np.ndarray  # int64, one per document
    term_ids: np.ndarray  # int64, all documents' terms one after another
    vocabulary: list[str]  # term id -> term

    @classmethod
    def from_terms(cls, documents: list[list[str]]) -> "FieldCorpus":
        ids: dict[str, int] = {}
        flat = [ids.setdefault(term, len(ids)) for terms in documents for term in terms]
        lengths = np.array([len(terms) for terms in documents], dtype=np.int64)
        return cls(lengths, np.array(flat, dtype=np.int64), list(ids))

    @classmethod
    def join(cls, parts: list["FieldCorpus"]) -> "FieldCorpus":
        """The documents of `parts` one after another, in one vocabulary."""
        ids: dict[str, int] = {}
        term_ids = []
        for part in parts:
            remap = np.array([ids.setdefault(t, len(ids)) for t in part.vocabulary], np.int64)
            term_ids.append(remap[part.term_ids] if part.term_ids.size else part.term_ids)
        return cls(
            np.concatenate([p.lengths for p in parts]) if parts else np.zeros(0, np.int64),
            np.concatenate(term_ids) if term_ids else np.zeros(0, np.int64),
            list(ids),
        )


class BM25Field:
    """The BM25 index of one field: scores of every (term, document) pair, by term."""

    def __init__(
        self,
        data: np.ndarray,
        indices: np.ndarray,
        indptr: np.ndarray,
        vocabulary: dict[str, int],
        num_docs: int,
    ):
        consistent = (
            indptr.size == len(vocabulary) + 1
            and data.size == indices.size == indptr[-1]
            and (indices.size == 0 or 0 <= indices.min() <= indices.max() < num_docs)
            and bool(np.all(indptr[1:] >= indptr[:-1]))
        )
        if not consistent:
            raise ValueError("inconsistent BM25 arrays")
        self.data, self.indices, self.indptr = data, indices, indptr
        self.vocabulary = vocabulary
        self.num_docs = num_docs

    @classmethod
    def build(cls, corpus: FieldCorpus) -> "BM25Field":
        n_docs, n_terms = len(corpus.lengths), len(corpus.vocabulary)
        doc_of_term = np.repeat(np.arange(n_docs, dtype=np.int64), corpus.lengths)
        # One sort gives every (term, document) pair in column order, with its term frequency.
        pairs, tf = np.unique(corpus.term_ids * max(n_docs, 1) + doc_of_term, return_counts=True)
        terms, docs = np.divmod(pairs, max(n_docs, 1))
        df = np.bincount(terms, minlength=n_terms)
        idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
        lengths = corpus.lengths.astype(np.float64)
        mean_length = lengths.mean() if n_docs else 1.0
        norm = K1 * ((1 - B) + B * lengths[docs] / mean_length)
        scores = (tf / (norm + tf) * idf[terms]).astype(np.float32)
        indptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(df, out=indptr[1:])
        vocabulary = {term: i for i, term in enumerate(corpus.vocabulary)}
        return cls(scores, docs.astype(np.int32), indptr, vocabulary, n_docs)

    def __contains__(self, term: str) -> bool:
        return term in self.vocabulary

    def scores(self, terms: list[str]) -> np.ndarray:
        """Every document's BM25 score for the terms (a term given twice counts twice)."""
        total = np.zeros(self.num_docs)
        self.add_scores(terms, 1.0, total)
        return total

    def add_scores(self, terms: list[str], weight: float, total: np.ndarray) -> None:
        """Add `weight` times the documents' scores for the terms to `total`."""
        ids = [self.vocabulary[t] for t in terms if t in self.vocabulary]
        if not ids:
            return
        slices = [slice(self.indptr[i], self.indptr[i + 1]) for i in ids]
        docs = np.concatenate([self.indices[s] for s in slices])
        weights = np.concatenate([self.data[s] for s in slices])
        total += weight * np.bincount(docs, weights, minlength=self.num_docs)

    def term_matrix(self):
        """The scores as a sparse term x document matrix (scipy CSR): many queries at once."""
        from scipy import sparse

        data = self.data.astype(np.float64)  # summed in double precision, as scores() does
        return sparse.csr_matrix(
            (data, self.indices, self.indptr), shape=(len(self.vocabulary), self.num_docs)
        )

    def query_matrix(self, queries: list[list[str]]):
        """One row per query, 1 in each column of a term it holds (scipy CSR)."""
        from scipy import sparse

        rows, cols = [], []
        for row, terms in enumerate(queries):
            for term in terms:
                column = self.vocabulary.get(term)
                if column is not None:
                    rows.append(row)
                    cols.append(column)
        ones = np.ones(len(rows))
        return sparse.csr_matrix(
            (ones, (rows, cols)), shape=(len(queries), max(len(self.vocabulary), 1))
        )

    def save(self, folder: Path) -> None:
        from importlib.metadata import version

        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / _DATA, self.data)
        np.save(folder / _INDICES, self.indices)
        np.save(folder / _INDPTR, self.indptr)
        (folder / _VOCABULARY).write_text(
            json.dumps(self.vocabulary, ensure_ascii=False), encoding="utf-8"
        )
        params = {
            "k1": K1,
            "b": B,
            "delta": 0.5,
            "method": METHOD,
            "idf_method": METHOD,
            "dtype": "float32",
            "int_dtype": "int32",
            "num_docs": self.num_docs,
            "version": version("bm25s"),
            "backend": "numpy",
        }
        (folder / _PARAMS).write_text(json.dumps(params), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "BM25Field":
        """Read a saved field; OSError or ValueError if it is missing or damaged."""
        params = json.loads((folder / _PARAMS).read_text(encoding="utf-8"))
        vocabulary = json.loads((folder / _VOCABULARY).read_text(encoding="utf-8"))
        if not isinstance(params, dict) or not isinstance(vocabulary, dict):
            raise ValueError("damaged BM25 parameters or vocabulary")
        if (params.get("method"), params.get("k1"), params.get("b")) != (METHOD, K1, B):
            raise ValueError("BM25 index built with other parameters")
        return cls(
            np.load(folder / _DATA),
            np.load(folder / _INDICES),
            np.load(folder / _INDPTR),
            vocabulary,
            int(params["num_docs"]),
        )
