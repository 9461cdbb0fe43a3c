"""Helpers for the search tests: a small bank written for them, with the shipped glossary.

Plain functions rather than fixtures, so that the tests of this folder do not
depend on which conftest module pytest imported last.
"""

import shutil
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# id, module, topic, title, title_en, keypoints, difficulty, problem
QUESTIONS = [
    (
        "bn-at-inference",
        "dl_basics",
        "normalization",
        "BatchNorm 在推理时用哪些统计量？",
        "Which statistics does BatchNorm use at inference time?",
        [
            "推理用训练时累计的滑动均值和方差",
            "输出与 batch 的组成无关",
            "训练时用当前 batch 的统计量",
        ],
        2,
        None,
    ),
    (
        "ln-in-transformers",
        "llm",
        "architecture",
        "Transformer 为什么选 LayerNorm？",
        "Why do Transformers normalise each token on its own?",
        ["LayerNorm 与 batch 大小无关", "变长序列下 batch 统计量不稳定", "推理逐 token 也一致"],
        3,
        None,
    ),
    (
        "decode-cache",
        "llm",
        "inference",
        "解码时为什么要把每一步的键和值存下来？",
        "Why keep the keys and values of past steps while decoding?",
        ["键值缓存避免重复计算历史 token 的投影", "每步只算新 token", "显存随序列长度线性增长"],
        3,
        None,
    ),
    (
        "overlapping-boxes",
        "vision",
        "detection",
        "检测器输出很多重叠框时怎么办？",
        "What does a detector do with many overlapping boxes?",
        ["NMS 按分数排序", "去掉与保留框 IoU 过高的框", "Soft-NMS 只降低分数"],
        2,
        None,
    ),
    (
        "lora-basics",
        "llm",
        "finetuning",
        "LoRA 为什么只训练两个小矩阵？",
        "Why does LoRA train only two small matrices?",
        ["权重更新写成低秩乘积 BA", "B 初始化为零", "可训练参数少、可合并回原权重"],
        4,
        "demo-problem",
    ),
    (
        "dropout-modes",
        "dl_basics",
        "regularization",
        "Dropout 在训练和推理时有什么不同？",
        "How does dropout behave in training and at inference?",
        ["训练时随机置零并放大保留的激活", "推理时关闭", "期望保持一致"],
        1,
        None,
    ),
]


def write_search_content(root: Path) -> Path:
    """A content folder: the real taxonomy and glossary, six questions and one problem."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "content" / "taxonomy.yaml", root / "taxonomy.yaml")
    shutil.copy(REPO / "content" / "glossary.yaml", root / "glossary.yaml")
    problem = root / "problems" / "demo-problem"
    problem.mkdir(parents=True)
    (problem / "problem.md").write_text("# Demo\n", encoding="utf-8")
    for qid, module, topic, title, title_en, keypoints, difficulty, practice in QUESTIONS:
        write_question(root, qid, module, topic, title, title_en, keypoints, difficulty, practice)
    return root


def write_question(
    root: Path,
    qid: str,
    module: str,
    topic: str,
    title: str,
    title_en: str,
    keypoints: list[str],
    difficulty: int = 2,
    problem: str | None = None,
    body: str = "第一句直接回答问题。然后解释机制。",
) -> Path:
    folder = root / "bank" / module
    folder.mkdir(parents=True, exist_ok=True)
    points = "".join(f"  - {p}\n" for p in keypoints)
    path = folder / f"{qid}.md"
    path.write_text(
        "---\n"
        f"id: {qid}\nmodule: {module}\ntopic: {topic}\n"
        f"title: {title}\ntitle_en: {title_en}\n"
        f"difficulty: {difficulty}\nkeypoints:\n{points}"
        + (f"problem: {problem}\n" if problem else "")
        + f"---\n{body}\n",
        encoding="utf-8",
    )
    return path


def add_imported_cluster(
    db_url: str,
    key: str,
    text: str,
    module: str,
    topic: str,
    question_id: str | None,
    families: int,
) -> None:
    """An imported question asked by `families` independent sources, as the import would store it."""
    from mianshi.store import open_store
    from mianshi.store.tables.sources import ClusterRow, SourceQuestionRow, SourceRow

    store = open_store(db_url)
    try:
        with store.session() as session:
            cluster = ClusterRow(
                key=key,
                text=text,
                module=module,
                topic=topic,
                question_id=question_id,
                frequency=families,
                size=families,
            )
            session.add(cluster)
            session.flush()
            for family in range(families):
                source = SourceRow(
                    path=f"/collections/{key}-{family}.md",
                    name=f"{key}-{family}.md",
                    format="md",
                    encoding="utf-8",
                    content_hash=f"{key}{family}",
                    family=1000 + family,
                    overlaps=[],
                    stats={},
                    imported_at=datetime(2026, 1, 1),
                )
                session.add(source)
                session.flush()
                session.add(
                    SourceQuestionRow(
                        source_id=source.id,
                        position=0,
                        line=1,
                        raw=text,
                        text=text,
                        context={},
                        module=module,
                        topic=topic,
                        cluster_id=cluster.id,
                    )
                )
    finally:
        store.close()
