"""The index: BM25 arrays built in bulk, the corpus analysed in parallel, saving and loading."""

import json
from dataclasses import replace

import bm25s
import numpy as np
import pytest
from searchkit import QUESTIONS

from mianshi.search.analyze import TermNumbering, document_terms
from mianshi.search.bm25 import K1, B, BM25Field, FieldCorpus
from mianshi.search.corpus import SUBJECTS, analyze_documents, subjects_per_document
from mianshi.search.glossary import shipped_glossary
from mianshi.search.index import FIELD_WEIGHTS, DocumentInfo, SearchDocument, SearchIndex
from mianshi.search.rank import Filters, rank

FIELDS = tuple(FIELD_WEIGHTS)
CORPUS = [
    ["bn", "推理", "统计量", "@batch-norm", "bn"],
    ["ln", "@layer-norm", "token"],
    ["bn", "ln", "@batch-norm", "@layer-norm", "区别", "区别", "区别"],
    [],
    ["kv", "cache", "@kv-cache"],
]


def _documents(count: int = len(QUESTIONS)) -> list[SearchDocument]:
    documents = []
    for number in range(count):
        qid, module, topic, title, title_en, keypoints, difficulty, problem = QUESTIONS[
            number % len(QUESTIONS)
        ]
        info = DocumentInfo(
            f"{qid}-{number}", "question", title, title_en, module, topic, difficulty, 0, problem
        )
        documents.append(SearchDocument(info, keypoints=tuple(keypoints), answer=title * 3))
    return documents


QUERIES = (["bn"], ["区别", "@layer-norm"], ["@kv-cache", "token", "bn"], ["bn", "bn"])


def _field() -> BM25Field:
    return BM25Field.build(FieldCorpus.from_terms(CORPUS))


def test_the_bulk_build_scores_like_bm25s_own():
    theirs = bm25s.BM25(k1=K1, b=B, method="lucene")
    theirs.index(CORPUS, show_progress=False)
    ours = _field()
    for query in QUERIES:
        np.testing.assert_allclose(ours.scores(query), theirs.get_scores(query), rtol=1e-6)
    assert not ours.scores(["unknown"]).any()


def test_a_saved_field_is_a_bm25s_index(tmp_path):
    ours = _field()
    ours.save(tmp_path / "field")
    theirs = bm25s.BM25.load(tmp_path / "field", show_progress=False)
    again = BM25Field.load(tmp_path / "field")
    for query in QUERIES:
        np.testing.assert_allclose(theirs.get_scores(query), ours.scores(query), rtol=1e-6)
        np.testing.assert_array_equal(again.scores(query), ours.scores(query))


def _terms(corpus: FieldCorpus) -> list[str]:
    return [corpus.vocabulary[i] for i in corpus.term_ids]


def test_joining_corpora_renumbers_their_terms():
    whole = FieldCorpus.from_terms(CORPUS)
    joined = FieldCorpus.join(
        [FieldCorpus.from_terms(CORPUS[:2]), FieldCorpus.from_terms(CORPUS[2:])]
    )
    assert joined.lengths.tolist() == whole.lengths.tolist()
    assert _terms(joined) == _terms(whole)


def test_numbered_terms_are_the_document_terms():
    numbering = TermNumbering(shipped_glossary())
    vocabulary: list[str] = []
    for text in ["Transformer 为啥用 LN 不用 BN？", "batch-norm 和 批归一化", "KV cache、top-p"]:
        ids = numbering.ids(text)
        vocabulary = list(numbering.vocabulary)
        assert [vocabulary[i] for i in ids] == document_terms(text, shipped_glossary())


def test_worker_processes_analyse_like_one_process():
    documents = [  # every third introduces BN, every fifth LoRA too
        replace(d, aliases=("BN 原理",) * (n % 3 == 0) + ("什么是 LoRA",) * (n % 5 == 0))
        for n, d in enumerate(_documents(14))
    ]
    fields = (*FIELDS, SUBJECTS)
    alone = analyze_documents(documents, shipped_glossary(), fields, workers=1)
    shared = analyze_documents(documents, shipped_glossary(), fields, workers=2, chunk_size=4)
    for name, corpus in alone.items():
        assert corpus.lengths.tolist() == shared[name].lengths.tolist()
        assert _terms(corpus) == _terms(shared[name])
    subjects = subjects_per_document(shared[SUBJECTS])
    assert subjects == subjects_per_document(alone[SUBJECTS])
    assert subjects[0] == [{"@batch-norm"}, {"@lora"}] and subjects[3] == [{"@batch-norm"}]
    assert subjects[1] == [] and subjects[5] == [{"@lora"}]


def test_a_saved_index_loads_and_ranks_the_same(tmp_path):
    index = SearchIndex.build(_documents(), shipped_glossary(), taxonomy=[])
    index.save(tmp_path / "index")
    loaded = SearchIndex.load(tmp_path / "index")
    terms = ["@lora", "矩阵"]
    assert rank(loaded, terms, Filters(), 3) == rank(index, terms, Filters(), 3)
    assert loaded.docs == index.docs


@pytest.mark.parametrize(
    "damage",
    [
        lambda folder: (folder / "documents.json").write_text("{not json", encoding="utf-8"),
        lambda folder: (folder / "documents.json").unlink(),
        lambda folder: (folder / "title" / "data.csc.index.npy").write_bytes(b"garbage"),
        lambda folder: np.save(folder / "answer" / "indices.csc.index.npy", np.full(3, 10**6)),
        lambda folder: (folder / "keypoints" / "params.index.json").write_text("[]"),
        lambda folder: (folder / "documents.json").write_text(
            json.dumps({"documents": [], "glossary": [], "glossary_tables": None}), encoding="utf-8"
        ),
    ],
)
def test_a_damaged_index_fails_to_load_with_a_catchable_error(tmp_path, damage):
    SearchIndex.build(_documents(), shipped_glossary(), taxonomy=[]).save(tmp_path / "index")
    damage(tmp_path / "index")
    with pytest.raises((OSError, ValueError)):
        SearchIndex.load(tmp_path / "index")


def test_ranking_many_queries_at_once_ranks_like_one_at_a_time():
    from mianshi.search.analyze import analyze_query
    from mianshi.search.rank import rank_many
    from mianshi.search.subjects import subject_of

    documents = [
        replace(d, aliases=("BN 原理",) * (n % 4 == 0)) for n, d in enumerate(_documents(12))
    ]
    index = SearchIndex.build(documents, shipped_glossary(), taxonomy=[])
    queries = ["BN", "LoRA 为什么只训练两个矩阵", "推理 统计量", "!!!", "kv cache 显存", "BN 推理"]
    analyses = [analyze_query(q, index.glossary) for q in queries]
    many = rank_many(index, analyses, 3, chunk=4)
    for analysis, hits in zip(analyses, many, strict=True):
        one = rank(index, analysis.terms, Filters(), 3, subject_of(analysis))
        assert [h.score for h in hits] == pytest.approx([h.score for h in one], rel=1e-9)
        # the same documents, but for which of equal scores fills the last place
        last = one[-1].score if one else 0.0
        assert {h.position for h in hits if h.score > last + 1e-9} == {
            h.position for h in one if h.score > last + 1e-9
        }
    assert many[3] == [] and many[0] and many[1]
