"""Helpers for the study tests: a small linked bank with a glossary, a database, the CLI.

Plain functions rather than fixtures, so that the tests of this folder do not
depend on which conftest module pytest imported last.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

GLOSSARY = """\
- id: batch-norm
  zh: [批归一化, 批量归一化]
  en: [batch normalization, batchnorm, batch norm]
  abbr: [BN]
- id: layer-norm
  zh: [层归一化]
  en: [layer normalization, layernorm]
  abbr: [LN]
- id: moving-average
  zh: [滑动平均]
  en: [moving average, running average]
- id: self-attention
  zh: [自注意力]
  en: [self-attention]
- id: kv-cache
  zh: [键值缓存]
  en: [kv cache]
  abbr: [KVC]
"""

# id, module, topic, keypoints, related, body
QUESTIONS = [
    (
        "bn-inference",
        "dl_basics",
        "normalization",
        [
            "BN 推理时用训练累计的滑动平均统计量",
            "训练时用 mini-batch 的均值和方差",
            "推理输出与 batch 无关",
        ],
        ["bn-vs-ln", "ln-in-transformer"],
        "推理时 BN 使用训练中累计的均值和方差。\n\n$$\\hat x = \\frac{x-\\mu}{\\sqrt{\\sigma^2+\\epsilon}}$$\n\n"
        "```python\nrunning_mean = momentum * running_mean + (1 - momentum) * batch_mean\n```\n",
    ),
    (
        "bn-vs-ln",
        "dl_basics",
        "normalization",
        ["BN 在 batch 维度统计", "LN 在特征维度统计，与 batch 大小无关", "序列模型多用 LN"],
        ["ln-in-transformer"],
        "BN 沿 batch 维度统计，LN 在每个样本内部统计，公式 $y=\\gamma \\hat x+\\beta$。",
    ),
    (
        "ln-in-transformer",
        "dl_basics",
        "transformer",
        ["序列长度可变，batch 统计不稳定", "LN 对每个 token 独立归一化", "推理时无需滑动平均"],
        ["bn-vs-ln"],
        "Transformer 用 LN：它对每个 token 独立归一化，不依赖 batch。",
    ),
    (
        "kv-cache",
        "llm",
        "inference",
        [
            "KV cache 缓存已生成 token 的 key 和 value",
            "解码每步只算新 token",
            "显存随序列长度线性增长",
        ],
        ["attention-cost"],
        "KV cache 保存历史 token 的 key/value，使每步解码只计算新 token。",
    ),
    (
        "attention-cost",
        "llm",
        "architecture",
        ["自注意力的计算量与序列长度平方成正比", "显存瓶颈在注意力矩阵", "FlashAttention 分块计算"],
        ["kv-cache"],
        "自注意力对长度 $n$ 的序列需要 $O(n^2 d)$ 计算。",
    ),
    (
        "rope",
        "llm",
        "architecture",
        ["RoPE 用旋转矩阵编码位置", "内积只依赖相对位置", "可外推到更长序列"],
        ["attention-cost"],
        "RoPE 把位置编码成二维旋转。",
    ),
]


def write_study_content(root: Path) -> Path:
    """A content folder: the real taxonomy, a small glossary and six linked questions."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "content" / "taxonomy.yaml", root / "taxonomy.yaml")
    (root / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    for qid, module, topic, keypoints, related, body in QUESTIONS:
        folder = root / "bank" / module
        folder.mkdir(parents=True, exist_ok=True)
        points = "".join(f"  - {p}\n" for p in keypoints)
        (folder / f"{qid}.md").write_text(
            "---\n"
            f"id: {qid}\nmodule: {module}\ntopic: {topic}\n"
            f"title: {qid} 怎么回答？\ntitle_en: How to answer {qid}?\n"
            f"difficulty: 2\nkeypoints:\n{points}related: [{', '.join(related)}]\n"
            "---\n"
            f"{body}\n",
            encoding="utf-8",
        )
    return root


def keypoints_of(qid: str) -> list[str]:
    return next(q[3] for q in QUESTIONS if q[0] == qid)


def perfect_answer() -> str:
    """One line naming every key point of the bank: covers whatever is asked."""
    return "；".join(p for q in QUESTIONS for p in q[3])


def make_study_db(tmp_path: Path, monkeypatch) -> tuple[str, Path]:
    """Content + an initialised SQLite file; the environment points the CLI at both."""
    from mianshi.services.bank import init_database

    content = write_study_content(tmp_path / "content")
    db_file = tmp_path / "study.db"
    url = f"sqlite:///{db_file}"
    monkeypatch.setenv("MIANSHI_CONTENT", str(content))
    monkeypatch.setenv("MIANSHI_DB", url)
    init_database(url, content)
    return url, db_file


def cli_env() -> dict:
    env = dict(os.environ)
    env["COLUMNS"] = "200"
    return env


def run_mianshi(*args: str, input_text: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mianshi", *args],
        capture_output=True,
        text=True,
        env=cli_env(),
        input=input_text,
        timeout=300,
    )


def start_mianshi(*args: str) -> subprocess.Popen:
    """A running `mianshi` fed through a pipe, for tests that interrupt it."""
    return subprocess.Popen(
        [sys.executable, "-m", "mianshi", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )


def query(db_file: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with sqlite3.connect(db_file, timeout=30) as conn:
        return conn.execute(sql, params).fetchall()


def wait_for_rows(db_file: Path, sql: str, count: int, process: subprocess.Popen) -> None:
    """Wait until `sql` (a count) reaches `count`, or fail if the process dies first."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if query(db_file, sql)[0][0] >= count:
            return
        if process.poll() is not None:
            raise AssertionError(f"mianshi exited early: {process.stderr.read()}")
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {count} rows of: {sql}")


def add_frequencies(db_file: Path, frequencies: dict[str, int]) -> None:
    """Imported sources asking the questions: `n` independent families for a question."""
    with sqlite3.connect(db_file) as conn:
        families = max(frequencies.values(), default=0)
        for family in range(1, families + 1):
            conn.execute(
                "INSERT INTO sources (id, path, name, format, encoding, content_hash, family, "
                "overlaps, stats, imported_at) VALUES (?, ?, ?, 'markdown', 'utf-8', 'h', ?, "
                "'[]', '{}', '2026-01-01 00:00:00')",
                (family, f"/src/{family}.md", f"source {family}", family),
            )
        for cluster, (qid, n) in enumerate(frequencies.items(), 1):
            conn.execute(
                "INSERT INTO clusters (id, key, text, module, topic, question_id, match_score, "
                "frequency, size) VALUES (?, ?, ?, 'm', 't', ?, 1.0, ?, ?)",
                (cluster, f"k{cluster}", qid, qid, n, n),
            )
            for family in range(1, n + 1):
                conn.execute(
                    "INSERT INTO source_questions (source_id, position, line, raw, text, "
                    "has_code, context, module, topic, garbled, repaired, cluster_id) "
                    "VALUES (?, 1, 1, 'q', 'q', 0, '{}', 'm', 't', 0, 0, ?)",
                    (family, cluster),
                )
