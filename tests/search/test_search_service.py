"""The search service over a real SQLite database: ranking, filters, imported questions,
the on-disk cache and its invalidation, "did you mean", and bad queries."""

import os

import pytest
from searchkit import add_imported_cluster, write_question, write_search_content

from mianshi.errors import NotFoundError, QueryError, StoreError
from mianshi.paths import cache_dir
from mianshi.services import search as search_service
from mianshi.services.bank import init_database
from mianshi.services.search import search
from mianshi.store.engine import resolve_database_url


@pytest.fixture
def bank(tmp_path, monkeypatch, db_file):
    """(content folder, database URL): the search bank loaded into a fresh database."""
    content = write_search_content(tmp_path / "content")
    monkeypatch.setenv("MIANSHI_CONTENT", str(content))
    search_service._loaded.clear()  # as in a new process
    init_database(str(db_file), content)
    return content, str(db_file)


def _ids(response) -> list[str]:
    return [r.id for r in response.results]


def test_the_three_ways_of_asking_about_ln_and_bn_find_the_same_question(bank):
    _, db = bank
    for query in ["transformer 为啥用 LN 不用 BN", "why layer norm", "层归一化 批归一化 区别"]:
        assert _ids(search(query, db))[0] == "ln-in-transformers", query


def test_a_chinese_query_finds_a_question_that_names_the_concept_in_english(bank):
    _, db = bank  # overlapping-boxes says "NMS" only
    assert _ids(search("非极大值抑制", db))[0] == "overlapping-boxes"


def test_an_english_query_finds_a_question_that_names_the_concept_in_chinese(bank):
    _, db = bank  # decode-cache says "键值缓存" only
    response = search("kv cache", db)
    assert _ids(response)[0] == "decode-cache"
    assert response.concepts == ["KV cache (KV缓存)"]


def test_results_carry_what_a_face_shows(bank):
    _, db = bank
    result = search("LoRA 低秩", db).results[0]
    assert (result.id, result.module, result.topic, result.difficulty) == (
        "lora-basics",
        "llm",
        "finetuning",
        4,
    )
    assert result.title.startswith("LoRA") and result.title_en.startswith("Why does LoRA")
    assert result.problem == "demo-problem" and result.score > 0 and result.kind == "question"


def test_filters_narrow_the_results(bank):
    _, db = bank
    query = "推理 inference batch"
    everything = set(_ids(search(query, db)))
    assert {"bn-at-inference", "dropout-modes", "ln-in-transformers"} <= everything
    assert set(_ids(search(query, db, module="dl_basics"))) == {"bn-at-inference", "dropout-modes"}
    assert _ids(search(query, db, module="dl_basics", topic="regularization")) == ["dropout-modes"]
    assert _ids(search(query, db, topic="normalization")) == ["bn-at-inference"]
    assert set(_ids(search(query, db, difficulty=1))) == {"dropout-modes"}
    assert _ids(search("矩阵 LoRA BatchNorm", db, has_problem=True)) == ["lora-basics"]
    assert "lora-basics" not in _ids(search("矩阵 LoRA BatchNorm", db, has_problem=False))
    assert len(search(query, db, limit=1).results) == 1


def test_frequency_filters_and_boosts(bank):
    _, db = bank
    assert _ids(search("LoRA", db, min_frequency=1)) == []
    before = search("LoRA 低秩", db).results[0].score
    add_imported_cluster(db, "c-lora", "LoRA 原理", "llm", "finetuning", "lora-basics", families=3)
    after = search("LoRA 低秩", db)
    assert after.results[0].frequency == 3 and after.results[0].score > before
    assert _ids(search("LoRA", db, min_frequency=2)) == ["lora-basics"]


def test_imported_questions_without_a_bank_answer_are_found_after_the_bank(bank):
    _, db = bank
    add_imported_cluster(db, "c-nms", "NMS 怎么处理重叠框", "vision", "detection", None, families=2)
    add_imported_cluster(db, "c-kd", "知识蒸馏的温度系数有什么用", "llm", "training", None, 1)
    results = search("NMS 重叠框", db).results
    assert [r.id for r in results][:2] == ["overlapping-boxes", "imported:c-nms"]
    imported = results[1]
    assert (imported.kind, imported.difficulty, imported.frequency) == ("imported", None, 2)
    assert _ids(search("蒸馏 温度", db)) == ["imported:c-kd"]
    assert _ids(search("蒸馏 温度", db, has_problem=False)) == ["imported:c-kd"]
    assert _ids(search("蒸馏 温度", db, difficulty=2)) == []


def test_unknown_filters_are_named_with_the_known_ones(bank):
    _, db = bank
    with pytest.raises(NotFoundError, match="unknown module 'nlp' \\(known: llm, vision"):
        search("bn", db, module="nlp")
    with pytest.raises(NotFoundError, match="unknown topic 'detection' in module 'llm'"):
        search("bn", db, module="llm", topic="detection")
    with pytest.raises(QueryError, match="difficulty must be 1 to 5"):
        search("bn", db, difficulty=9)
    with pytest.raises(QueryError, match="minimum frequency"):
        search("bn", db, min_frequency=-1)
    with pytest.raises(QueryError, match="limit"):
        search("bn", db, limit=0)


@pytest.mark.parametrize("query", ["", "   \t\n", "？！。，……", "!!! ???", "😀🎉🔥", "——"])
def test_queries_without_words_are_refused_clearly(bank, query):
    _, db = bank
    with pytest.raises(QueryError):
        search(query, db)


def test_a_very_long_query_is_cut_and_still_searched(bank):
    _, db = bank
    response = search("LoRA 低秩矩阵 " + "很长的问题描述" * 2000, db)
    assert len(response.query) == search_service.MAX_QUERY_CHARS
    assert any("characters long" in notice for notice in response.notices)
    assert _ids(response)[0] == "lora-basics"


def test_a_query_of_stop_words_is_searched_as_it_is(bank):
    _, db = bank
    assert search("what is the", db).results == []


def test_did_you_mean_corrects_english_and_chinese_typos(bank):
    _, db = bank
    assert search("trasnformer", db).did_you_mean == "transformer"
    assert search("批规一化", db).did_you_mean == "批归一化"
    assert search("层归一化", db).did_you_mean is None


def test_the_index_is_built_once_and_then_read_from_the_cache(bank):
    _, db = bank
    first = search("BatchNorm", db)
    assert first.notices == ["Built the search index (6 questions)."]
    search_service._loaded.clear()
    second = search("BatchNorm", db)
    assert second.notices == [] and _ids(second) == _ids(first)


def test_a_content_edit_reaches_the_index_after_init(bank):
    content, db = bank
    assert _ids(search("量子退火", db)) == []
    write_question(
        content, "quantum-annealing", "math", "optimization", "量子退火是什么？",
        "What is quantum annealing?", ["一", "二", "三"],
    )  # fmt: skip
    init_database(db, content)
    response = search("量子退火", db)
    assert _ids(response) == ["quantum-annealing"]
    assert response.notices == ["Built the search index (7 questions)."]


def test_a_glossary_edit_rebuilds_the_index(bank):
    content, db = bank
    assert _ids(search("正规化小批次", db)) == []
    glossary = content / "glossary.yaml"
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(
        text.replace("zh: [批归一化,", "zh: [正规化小批次, 批归一化,"), encoding="utf-8"
    )
    response = search("正规化小批次", db)
    assert _ids(response)[0] == "bn-at-inference"
    assert response.notices == ["Built the search index (6 questions)."]


def _index_folders():
    root = cache_dir() / "search"
    return [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")]


def test_a_damaged_cache_is_rebuilt_and_said_so(bank):
    _, db = bank
    search("BatchNorm", db)
    search_service._loaded.clear()
    [folder] = _index_folders()
    (folder / "documents.json").write_text("{ truncated", encoding="utf-8")
    response = search("BatchNorm", db)
    assert len(response.notices) == 1 and "damaged" in response.notices[0]
    assert _ids(response)[0] == "bn-at-inference"
    search_service._loaded.clear()
    assert search("BatchNorm", db).notices == []


def test_a_missing_cache_is_rebuilt_and_said_so(bank):
    import shutil

    _, db = bank
    search("BatchNorm", db)
    search_service._loaded.clear()
    shutil.rmtree(cache_dir() / "search")
    response = search("BatchNorm", db)
    assert response.notices == ["Built the search index (6 questions)."]


def test_damaged_stamps_only_cost_a_database_read(bank):
    _, db = bank
    search("BatchNorm", db)
    search_service._loaded.clear()
    (cache_dir() / "search" / "stamps.json").write_text("][", encoding="utf-8")
    assert search("BatchNorm", db).notices == []


def test_an_unwritable_cache_still_searches_and_says_so(bank):
    _, db = bank
    cache_dir().parent.mkdir(parents=True, exist_ok=True)
    cache_dir().write_text("a file where the cache folder should be", encoding="utf-8")
    response = search("BatchNorm", db)
    assert _ids(response)[0] == "bn-at-inference"
    assert any("Could not save the search index" in notice for notice in response.notices)


def test_an_uninitialised_database_says_how_to_fix_it(tmp_path, monkeypatch):
    content = write_search_content(tmp_path / "content")
    monkeypatch.setenv("MIANSHI_CONTENT", str(content))
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="mianshi init"):
        search("BatchNorm", str(tmp_path / "empty" / "none.db"))


@pytest.mark.parametrize(
    "db", [None, "relative.db", "~/x/y.db", "sqlite:////tmp/a.db", "postgresql+psycopg://u@h/d"]
)
def test_the_database_is_resolved_like_the_store_does(monkeypatch, tmp_path, db):
    monkeypatch.chdir(tmp_path)
    url, _ = search_service._database(db)
    assert url == resolve_database_url(db)
    monkeypatch.setenv("MIANSHI_DB", os.fspath(tmp_path / "env.db"))
    assert search_service._database(None)[0] == resolve_database_url(None)
