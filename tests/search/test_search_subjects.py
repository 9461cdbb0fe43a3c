"""A bare concept query ("BN") ranks first the question that introduces the concept."""

import pytest

from mianshi.search.analyze import analyze_query
from mianshi.search.engine import run_query
from mianshi.search.glossary import shipped_glossary
from mianshi.search.index import DocumentInfo, SearchDocument, SearchIndex
from mianshi.search.rank import Filters
from mianshi.search.subjects import subject_of


def _document(qid: str, title: str, aliases: tuple[str, ...] = (), kind="question"):
    info = DocumentInfo(qid, kind, title, "", "dl_basics", "normalization", 2, 0, None)
    return SearchDocument(info=info, aliases=aliases)


@pytest.fixture(scope="module")
def index():
    documents = [
        # Mentions BN three times in its title and aliases: plain BM25 ranks it first.
        _document("bn-overfitting", "BN 防过拟合吗？", ("BN 正则化", "BN 代替 dropout")),
        _document(
            "bn-principle",
            "BatchNorm 的公式是什么？为什么能加速训练？",
            ("BN 原理", "internal covariate shift 是什么"),
        ),
        _document("ln-vs-bn", "LayerNorm 和 BatchNorm 的区别", ("LN 原理",)),
        # An imported question is never a subject question, whatever it says.
        _document("imported:1", "BN 原理", kind="imported"),
    ]
    return SearchIndex.build(documents, shipped_glossary(), [])


def _ids(index, query):
    return [index.docs[h.position].id for h in run_query(index, query, Filters(), 4).hits]


@pytest.mark.parametrize("query", ["BN", "介绍一下 BN", "batch norm 的意义", "什么是批归一化"])
def test_a_bare_concept_query_ranks_the_introducing_question_first(index, query):
    assert _ids(index, query)[0] == "bn-principle"


def test_without_the_lift_plain_ranking_puts_another_question_first(index):
    # The same terms, ranked without the subject: what the lift changes.
    from mianshi.search.rank import rank

    terms = analyze_query("BN", index.glossary).terms
    assert index.docs[rank(index, terms, Filters(), 1)[0].position].id == "bn-overfitting"


def test_a_query_that_asks_more_than_the_concept_is_ranked_as_usual(index):
    assert _ids(index, "BN 防止过拟合")[0] == "bn-overfitting"
    assert subject_of(analyze_query("BN 防止过拟合", index.glossary)) is None


def test_subjects_survive_saving_and_loading(index, tmp_path):
    index.save(tmp_path / "index")
    loaded = SearchIndex.load(tmp_path / "index")
    assert loaded.subjects == index.subjects
    assert _ids(loaded, "BN")[0] == "bn-principle"
    assert index.subjects[-1] == []  # the imported question


def test_the_shipped_bank_ranks_batchnorm_principle_first_for_bn(tmp_path, monkeypatch):
    from mianshi.services import search as search_service
    from mianshi.services.bank import init_database

    monkeypatch.setenv("MIANSHI_HOME", str(tmp_path / "home"))
    search_service._loaded.clear()
    db = str(tmp_path / "bank.sqlite")
    init_database(db)
    for query in ("BN", "batchnorm", "BN 的原理和作用"):
        assert search_service.search(query, db).results[0].id == "batchnorm-principle", query
