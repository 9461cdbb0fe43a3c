"""Helpers for the import tests: a small bank written for them, the fixtures, an initialised database.

Plain functions rather than fixtures, so the tests of this folder do not depend
on which conftest module pytest imported last.
"""

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# ../shared/seeds beside the repository, or beside the folder of its worktrees (wt/NAME).
SEEDS = next(
    (
        p
        for p in (REPO.parent / "shared" / "seeds", REPO.parents[1] / "shared" / "seeds")
        if p.is_dir()
    ),
    REPO.parent / "shared" / "seeds",
)

# id, module, topic, title, aliases
BANK = [
    (
        "bn-train-infer",
        "dl_basics",
        "normalization",
        "BatchNorm 训练和推理时有什么不同？",
        ["BN 训练 推理 区别", "BN 测试时用什么统计量"],
    ),
    (
        "dropout-why",
        "dl_basics",
        "regularization",
        "Dropout 的原理是什么？为什么能防止过拟合？",
        ["dropout 原理", "dropout 缓解过拟合"],
    ),
    (
        "ln-vs-bn-transformer",
        "llm",
        "architecture",
        "Transformer 为什么用 LayerNorm 不用 BatchNorm？",
        ["Transformer LN 原因"],
    ),
    (
        "lora-init-zero",
        "llm",
        "finetuning",
        "LoRA 的两个低秩矩阵怎么初始化？",
        ["LoRA 初始化", "LoRA B 矩阵 全零"],
    ),
]


def write_content(root: Path) -> Path:
    """A content folder: the real taxonomy and glossary, and the small bank above."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "content" / "taxonomy.yaml", root / "taxonomy.yaml")
    shutil.copy(REPO / "content" / "glossary.yaml", root / "glossary.yaml")
    ids = [q[0] for q in BANK]
    for qid, module, topic, title, aliases in BANK:
        folder = root / "bank" / module
        folder.mkdir(parents=True, exist_ok=True)
        related = [i for i in ids if i != qid][:1]
        (folder / f"{qid}.md").write_text(
            "---\n"
            f"id: {qid}\nmodule: {module}\ntopic: {topic}\n"
            f"title: {title}\ntitle_en: A question written for the import tests\n"
            f"aliases: [{', '.join(aliases)}]\n"
            "difficulty: 2\n"
            "keypoints:\n  - 第一个要点\n  - 第二个要点\n  - 第三个要点\n"
            f"related: [{', '.join(related)}]\n"
            "---\n"
            "第一句直接回答。然后讲机制。\n",
            encoding="utf-8",
        )
    return root


def init_db(tmp_path: Path) -> str:
    """An initialised SQLite database holding the small bank; returns its URL."""
    from mianshi.services.bank import init_database

    (tmp_path / "data").mkdir(exist_ok=True)
    url = f"sqlite:///{tmp_path / 'data' / 'import.db'}"
    init_database(url, write_content(tmp_path / "content"))
    return url


def copy_fixture(name: str, folder: Path, new_name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (new_name or name)
    shutil.copy(FIXTURES / name, target)
    return target
