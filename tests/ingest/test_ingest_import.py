"""Importing into a real SQLite database: figures, idempotence, updates in place, the overlap rule."""

import pytest
from ingestkit import copy_fixture, init_db
from sqlalchemy import select

from mianshi.services.ingest import import_paths, list_gaps, list_sources
from mianshi.store import open_store
from mianshi.store.frequency import question_frequencies
from mianshi.store.tables.sources import ClusterRow, SourceQuestionRow


def rows(url, table):
    store = open_store(url)
    try:
        with store.session() as session:
            return list(session.scalars(select(table)))
    finally:
        store.close()


def frequencies(url):
    store = open_store(url)
    try:
        with store.session() as session:
            return question_frequencies(session)
    finally:
        store.close()


@pytest.fixture
def db(tmp_path):
    return init_db(tmp_path)


def test_import_reports_figures_and_matches_the_bank(db, tmp_path):
    folder = tmp_path / "in"
    copy_fixture("qa_headings.md", folder)
    report = import_paths([folder], db)
    assert not report.failed and report.changed
    line = report.sources[0]
    assert line.status == "imported"
    stats = line.stats
    assert stats["found"] == 7
    assert stats["answers"] == 4
    assert stats["duplicates"] == 3  # the table of contents repeats three questions
    assert stats["found"] == (
        stats["duplicates"] + stats["matched"] + stats["uncertain"] + stats["new"]
    )
    assert stats["matched"] >= 1  # BN train vs inference is in the bank
    clusters = {c.key: c for c in rows(db, ClusterRow)}
    bn = [c for c in clusters.values() if c.question_id == "bn-train-infer"]
    assert bn and bn[0].frequency == 1 and bn[0].size == 2
    assert frequencies(db)["bn-train-infer"] == 1


def test_reimport_is_idempotent(db, tmp_path):
    folder = tmp_path / "in"
    copy_fixture("qa_headings.md", folder)
    copy_fixture("lists.md", folder)
    import_paths([folder], db)
    before_clusters = {(c.id, c.key, c.question_id, c.frequency) for c in rows(db, ClusterRow)}
    before_questions = {(q.id, q.cluster_id, q.text) for q in rows(db, SourceQuestionRow)}
    report = import_paths([folder], db)
    assert not report.changed
    assert {s.status for s in report.sources} == {"unchanged"}
    assert {
        (c.id, c.key, c.question_id, c.frequency) for c in rows(db, ClusterRow)
    } == before_clusters
    assert {(q.id, q.cluster_id, q.text) for q in rows(db, SourceQuestionRow)} == before_questions


def test_a_changed_file_updates_its_source_in_place(db, tmp_path):
    folder = tmp_path / "in"
    path = copy_fixture("lists.md", folder)
    import_paths([folder], db)
    source_id = list_sources(db)[0].id
    path.write_text(
        path.read_text(encoding="utf-8") + "\n- 为什么 Dropout 能缓解过拟合？\n", encoding="utf-8"
    )
    report = import_paths([folder], db)
    assert report.sources[0].status == "updated"
    sources = list_sources(db)
    assert [s.id for s in sources] == [source_id]
    texts = [q.text for q in rows(db, SourceQuestionRow)]
    assert "为什么 Dropout 能缓解过拟合?" in texts
    assert (
        len([q for q in rows(db, SourceQuestionRow) if q.source_id == source_id])
        == sources[0].stats["found"]
    )


OUR_LIST = [
    "为什么 Transformer 里用 LayerNorm 而不用 BatchNorm？",
    "残差连接解决了什么问题？",
    "注意力的计算复杂度是多少？",
    "介绍一下知识蒸馏的做法",
    "梯度裁剪有什么作用？",
    "学习率预热是为了解决什么？",
    "K-means 的 K 值怎么选？",
    "推荐系统的召回阶段做什么？",
    "卡尔曼滤波的 Q 和 R 怎么调？",
    "如何缓解大模型的幻觉？",
]


def test_two_versions_of_one_collection_count_once(db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "list.txt").write_text(
        "面试题\n\n" + "\n".join(f"{n:02d}. {q}" for n, q in enumerate(OUR_LIST, 1)) + "\n",
        encoding="utf-8",
    )
    newer = (
        OUR_LIST[:6] + ["什么是混合精度训练？"] + OUR_LIST[6:]
    )  # a later version with one more question
    (folder / "list_copy.md").write_text(
        "# 面试题\n\n" + "\n".join(f"| [**{q}**](x.md) |" for q in newer) + "\n", encoding="utf-8"
    )
    (folder / "other.md").write_text(
        "- 残差连接解决了什么问题？\n- 为什么 Transformer 里用 LayerNorm 而不用 BatchNorm？\n- 什么是 beam search？\n",
        encoding="utf-8",
    )
    report = import_paths([folder], db)
    by_name = {s.name: s for s in report.sources}
    assert by_name["list.txt"].family == by_name["list_copy.md"].family
    assert by_name["other.md"].family != by_name["list.txt"].family
    assert by_name["list_copy.md"].same_collection_as[0][0] == "list.txt"
    # asked in both versions and in the independent list: two families, not three sources
    assert frequencies(db)["ln-vs-bn-transformer"] == 2
    residual = [c for c in rows(db, ClusterRow) if "残差连接" in c.text]
    assert [(c.frequency, c.size) for c in residual] == [(2, 3)]


def test_gaps_list_unmatched_questions_most_frequent_first(db, tmp_path):
    folder = tmp_path / "in"
    (folder).mkdir()
    (folder / "a.md").write_text(
        "- 梯度裁剪有什么作用？\n- 介绍一下残差连接\n- 什么是学习率预热？\n", encoding="utf-8"
    )
    (folder / "b.md").write_text(
        "- 什么是梯度裁剪，有什么作用？\n- 推荐系统的召回是做什么的？\n- 介绍一下知识蒸馏\n",
        encoding="utf-8",
    )
    import_paths([folder], db)
    gaps = list_gaps(db)
    assert gaps and gaps[0].frequency == 2 and "梯度裁剪" in gaps[0].text
    assert all(g.frequency <= gaps[0].frequency for g in gaps)
    assert list_gaps(db, module="llm", limit=1) == list_gaps(db, module="llm")[:1]
