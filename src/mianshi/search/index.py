"""The search index: one BM25 index per field, combined with field weights.

A title match counts more than a match deep in an answer, and a long answer
does not drown a short title: each field has its own length normalisation and
its own weight.
"""

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from mianshi.search.bm25 import BM25Field
from mianshi.search.corpus import SUBJECTS, Progress, analyze_documents, subjects_per_document
from mianshi.search.glossary import Glossary
from mianshi.search.subjects import Subject
from mianshi.search.suggest import Speller

FIELD_WEIGHTS = {"title": 3.0, "aliases": 2.0, "keypoints": 1.5, "answer": 1.0}
_META_FILE = "documents.json"


@dataclass(frozen=True)
class DocumentInfo:
    """What a result shows and what the filters look at."""

    id: str
    kind: str  # "question" (the bank) or "imported" (a cluster without a bank question)
    title: str
    title_en: str
    module: str
    topic: str
    difficulty: int | None
    frequency: int
    problem: str | None


@dataclass(frozen=True)
class SearchDocument:
    info: DocumentInfo
    aliases: tuple[str, ...] = ()
    keypoints: tuple[str, ...] = ()
    answer: str = ""
    topic_names: str = ""  # the topic's and module's names, zh and en

    @classmethod
    def of_question(cls, question, frequency: int = 0, topic_names: str = "") -> "SearchDocument":
        """A bank question (anything with a bank question's fields) as the index holds it."""
        return cls(
            info=DocumentInfo(
                id=question.id,
                kind="question",
                title=question.title,
                title_en=question.title_en,
                module=question.module,
                topic=question.topic,
                difficulty=question.difficulty,
                frequency=frequency,
                problem=question.problem,
            ),
            aliases=tuple(question.aliases),
            keypoints=tuple(question.keypoints),
            answer=question.answer,
            topic_names=topic_names,
        )

    def subject_texts(self) -> tuple[str, ...]:
        """The texts that may name the concepts this question introduces (search/subjects.py)."""
        if self.info.kind != "question":
            return ()
        return (self.info.title, self.info.title_en, *self.aliases)

    def field_texts(self) -> dict[str, str]:
        return {
            "title": f"{self.info.title}\n{self.info.title_en}",
            "aliases": "\n".join(self.aliases),
            "keypoints": "\n".join((*self.keypoints, self.topic_names)),
            "answer": self.answer,
        }


class IndexFormatError(ValueError):
    """A saved index is incomplete or inconsistent."""


class SearchIndex:
    """Documents, their per-field BM25 indexes and the glossary they were analysed with."""

    def __init__(
        self,
        docs: list[DocumentInfo],
        fields: dict[str, BM25Field],
        glossary: Glossary,
        taxonomy: list[dict],
        subjects: list[list[Subject]],
    ):
        self.docs = docs
        self.fields = fields
        self.glossary = glossary
        self.taxonomy = taxonomy  # [{"module", "topic", "module_name", "name"}, ...]
        self.subjects = subjects  # per document: the concept sets it introduces
        self._introducers: dict[Subject, list[int]] = {}
        for position, found in enumerate(subjects):
            for subject in found:
                self._introducers.setdefault(subject, []).append(position)
        self.frequency = np.array([d.frequency for d in docs], dtype=np.int64)
        self.log_frequency = np.log1p(self.frequency)
        self.difficulty = np.array([d.difficulty or 0 for d in docs], dtype=np.int64)
        self.has_problem = np.array([bool(d.problem) for d in docs], dtype=bool)
        self.imported = np.array([d.kind == "imported" for d in docs], dtype=bool)
        self._modules = sorted({d.module for d in docs})
        self.module_code = np.array(
            [self._modules.index(d.module) for d in docs] if docs else [], dtype=np.int64
        )
        self._topics = sorted({(d.module, d.topic) for d in docs})
        topic_position = {key: i for i, key in enumerate(self._topics)}
        self.topic_code = np.array(
            [topic_position[(d.module, d.topic)] for d in docs], dtype=np.int64
        )

    def __len__(self) -> int:
        return len(self.docs)

    @cached_property
    def speller(self) -> Speller:
        """Corrects typing mistakes with this index's glossary ("did you mean")."""
        return Speller(self.glossary)

    @classmethod
    def build(
        cls,
        documents: Sequence[SearchDocument],
        glossary: Glossary,
        taxonomy: list[dict],
        progress: Progress | None = None,
        workers: int | None = None,
    ) -> "SearchIndex":
        corpora = analyze_documents(
            documents, glossary, (*FIELD_WEIGHTS, SUBJECTS), progress, workers
        )
        subjects = subjects_per_document(corpora.pop(SUBJECTS))
        fields = {name: BM25Field.build(corpus) for name, corpus in corpora.items()}
        return cls([d.info for d in documents], fields, glossary, taxonomy, subjects)

    def module_code_of(self, module: str) -> int:
        return self._modules.index(module) if module in self._modules else -1

    def topic_code_of(self, module: str | None, topic: str) -> list[int]:
        return [i for i, (m, t) in enumerate(self._topics) if t == topic and module in (None, m)]

    def introducers(self, subject: Subject) -> list[int]:
        """The documents that introduce exactly these concepts (see search/subjects.py)."""
        return self._introducers.get(subject, [])

    def knows(self, term: str) -> bool:
        """Whether any document holds the term."""
        return any(term in field for field in self.fields.values())

    def scores(self, terms: list[str]) -> np.ndarray:
        """The weighted sum of the per-field BM25 scores of every document."""
        total = np.zeros(len(self.docs))
        for name, field in self.fields.items():
            field.add_scores(terms, FIELD_WEIGHTS[name], total)
        return total

    def scores_many(self, queries: list[list[str]]) -> np.ndarray:
        """scores() of many queries at once, one row each: sparse products instead of a
        Python loop per query (an import ranks the bank for every imported question)."""
        total = np.zeros((len(queries), len(self.docs)))
        for name, field in self.fields.items():
            if field.vocabulary:
                product = field.query_matrix(queries) @ field.term_matrix()
                total += FIELD_WEIGHTS[name] * product.toarray()
        return total

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        meta = {
            "documents": [asdict(d) for d in self.docs],
            "glossary": self.glossary.to_records(),
            "glossary_tables": self.glossary.compiled(),
            "taxonomy": self.taxonomy,
            "subjects": [[sorted(subject) for subject in found] for found in self.subjects],
            "fields": sorted(self.fields),
        }
        (folder / _META_FILE).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        for name, field in self.fields.items():
            field.save(folder / name)

    @classmethod
    def load(cls, folder: Path) -> "SearchIndex":
        """Read a saved index; raise OSError or ValueError (IndexFormatError) if it is damaged."""
        meta = json.loads((folder / _META_FILE).read_text(encoding="utf-8"))
        try:
            docs = [DocumentInfo(**d) for d in meta["documents"]]
            glossary = Glossary.from_records(meta["glossary"], meta["glossary_tables"])
            taxonomy = list(meta["taxonomy"])
            subjects = [[frozenset(subject) for subject in found] for found in meta["subjects"]]
            complete = set(meta["fields"]) == set(FIELD_WEIGHTS)
        except (KeyError, TypeError) as exc:
            raise IndexFormatError(f"bad index metadata: {exc}") from exc
        if not complete:
            raise IndexFormatError("the index lacks fields")
        fields = {name: BM25Field.load(folder / name) for name in FIELD_WEIGHTS}
        if len(subjects) != len(docs) or any(
            field.num_docs != len(docs) for field in fields.values()
        ):
            raise IndexFormatError("the fields do not match the documents")
        return cls(docs, fields, glossary, taxonomy, subjects)
