"""The commands, run as a user runs them: exit codes, tables, and the JSON evaluation interfaces."""

import json

import pytest
from ingestkit import copy_fixture, write_content

from conftest import run_cli


@pytest.fixture
def env(tmp_path):
    content = write_content(tmp_path / "content")
    db = tmp_path / "cli.db"
    extra = {"MIANSHI_CONTENT": str(content)}
    assert run_cli("--db", str(db), "init", env_extra=extra).returncode == 0
    return db, extra


def test_import_sources_and_gaps(env, tmp_path):
    db, extra = env
    folder = tmp_path / "in"
    copy_fixture("qa_headings.md", folder)
    copy_fixture("table_links.md", folder)
    result = run_cli("--db", str(db), "import", str(folder), env_extra=extra)
    assert result.returncode == 0, result.stderr
    assert "qa_headings.md" in result.stdout and "imported" in result.stdout
    again = run_cli("--db", str(db), "import", str(folder), env_extra=extra)
    assert (
        again.returncode == 0 and "unchanged" in again.stdout and "Nothing changed" in again.stdout
    )
    sources = run_cli("--db", str(db), "sources", env_extra=extra)
    assert sources.returncode == 0 and "table_links.md" in sources.stdout
    gaps = run_cli("--db", str(db), "gaps", "--json", env_extra=extra)
    rows = [json.loads(line) for line in gaps.stdout.splitlines()]
    assert rows and {"text", "module", "topic", "frequency"} <= rows[0].keys()
    assert [r["frequency"] for r in rows] == sorted((r["frequency"] for r in rows), reverse=True)


def test_import_exit_code_says_a_file_failed(env, tmp_path):
    db, extra = env
    folder = tmp_path / "in"
    copy_fixture("lists.md", folder)
    (folder / "empty.md").write_bytes(b"")
    result = run_cli("--db", str(db), "import", str(folder), env_extra=extra)
    assert result.returncode == 1
    assert "empty file" in result.stdout
    assert "Traceback" not in result.stderr


def test_gaps_with_an_unknown_module(env):
    db, extra = env
    result = run_cli("--db", str(db), "gaps", "--module", "nope", env_extra=extra)
    assert result.returncode == 1 and "unknown module 'nope'" in result.stderr


def test_import_without_a_database(tmp_path):
    result = run_cli("--db", str(tmp_path / "none.db"), "import", str(tmp_path))
    assert result.returncode == 1 and "not initialised" in result.stderr


def test_cluster_prints_one_json_object_per_line(tmp_path):
    lines = ["过拟合怎么处理？", "如何缓解过拟合？", "", "梯度消失怎么办？"]
    path = tmp_path / "q.txt"
    path.write_text("\n".join(lines), encoding="gbk")  # any encoding a collection comes in
    result = run_cli("cluster", str(path))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["过拟合怎么处理？", "如何缓解过拟合？", "梯度消失怎么办？"]
    assert rows[0]["cluster"] != rows[2]["cluster"]


def test_classify_prints_module_and_topic(tmp_path):
    path = tmp_path / "q.txt"
    path.write_text(
        "LoRA 的 B 矩阵为什么初始化为零？\n用 NumPy 实现非极大值抑制\n链表翻转\n", encoding="utf-8"
    )
    result = run_cli("classify", str(path))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["module"], r["topic"]) for r in rows] == [
        ("llm", "finetuning"),
        ("code", "numpy"),
        ("code", "python"),  # algorithm exercises are judge problems with a `code` question
    ]


def test_cluster_of_a_missing_file(tmp_path):
    result = run_cli("cluster", str(tmp_path / "missing.txt"))
    assert result.returncode == 1 and "cannot read" in result.stderr


def test_frequency_by_bank_question_counts_every_phrasing_once_per_collection(env, tmp_path):
    db, extra = env
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text(
        "- BN 在训练和推理时有什么区别？\n- BN 测试时用什么统计量？\n- Dropout 的原理是什么？\n",
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        "- BatchNorm 训练和推理时有什么不同？\n- LoRA 的矩阵怎么初始化？\n- 推荐系统的召回怎么做？\n",
        encoding="utf-8",
    )
    assert run_cli("--db", str(db), "import", str(folder), env_extra=extra).returncode == 0

    def ranking(*flags):
        result = run_cli("--db", str(db), "frequency", "--json", *flags, env_extra=extra)
        assert result.returncode == 0, result.stderr
        return [json.loads(line) for line in result.stdout.splitlines()]

    clusters = [r for r in ranking("--each") if r["question_id"] == "bn-train-infer"]
    assert len(clusters) == 2  # two imported questions, one bank question
    bank = ranking("--bank")
    assert [r["question_id"] for r in bank].count("bn-train-infer") == 1
    bn = next(r for r in bank if r["question_id"] == "bn-train-infer")
    assert bn["asked"] == sum(r["asked"] for r in clusters) == 3
    assert bn["frequency"] == 2  # asked in both files, each counted once
    assert bank[0] == bn  # the most asked comes first
    assert "BatchNorm 训练和推理时有什么不同" in bn["text"]  # the bank's own title
    table = run_cli("--db", str(db), "frequency", "--bank", env_extra=extra)
    assert table.returncode == 0 and "bn-train-infer" in table.stdout
    # by default, the bank's questions, and the imported ones it lacks, ranked together
    both = ranking()
    assert both[0] == bn and [r["question_id"] for r in both].count("bn-train-infer") == 1
    assert bn["sources"] == ["a.md", "b.md"] and bn["key"] is None and "status" not in bn
    open_rows = [r for r in both if r["question_id"] is None]
    assert open_rows and all(r["key"] and r["status"] in ("new", "uncertain") for r in open_rows)
    assert {r["question_id"] for r in both} - {None} == {r["question_id"] for r in bank}
    clash = run_cli("--db", str(db), "frequency", "--bank", "--each", env_extra=extra)
    assert clash.returncode == 1 and "exclude each other" in clash.stderr


@pytest.mark.parametrize("command", ["frequency", "gaps"])
def test_a_negative_limit_is_a_usage_error(env, command):
    db, extra = env
    result = run_cli("--db", str(db), command, "--limit", "-1", env_extra=extra)
    assert result.returncode == 2 and "--limit" in result.stderr


def test_init_with_a_changed_bank_matches_what_was_imported_again(env, tmp_path):
    db, extra = env
    collection = tmp_path / "in" / "notes.md"
    collection.parent.mkdir()
    collection.write_text("## 面试题\n\n1. Focal Loss 是怎么解决类别不平衡的？\n", encoding="utf-8")
    assert run_cli("--db", str(db), "import", str(collection), env_extra=extra).returncode == 0
    before = run_cli("--db", str(db), "gaps", "--json", env_extra=extra)
    assert "Focal Loss" in before.stdout

    # The bank gains the question that answers it; the collection itself is unchanged.
    content = tmp_path / "content"
    (content / "bank" / "dl_basics" / "focal-loss-imbalance.md").write_text(
        "---\nid: focal-loss-imbalance\nmodule: dl_basics\ntopic: losses\n"
        "title: Focal Loss 如何解决类别不平衡？\ntitle_en: How does focal loss handle imbalance?\n"
        "aliases: [Focal Loss 类别不平衡]\ndifficulty: 2\n"
        "keypoints:\n  - 第一个要点\n  - 第二个要点\n  - 第三个要点\nrelated: [dropout-why]\n"
        "---\nFocal Loss 给易分样本降权，让训练关注难样本和少数类。\n",
        encoding="utf-8",
    )
    init = run_cli("--db", str(db), "init", env_extra=extra)
    assert init.returncode == 0 and "matched again" in init.stdout, init.stdout
    after = run_cli("--db", str(db), "gaps", "--json", env_extra=extra)
    assert "Focal Loss" not in after.stdout
    ranked = run_cli("--db", str(db), "frequency", "--bank", "--json", env_extra=extra)
    assert '"focal-loss-imbalance"' in ranked.stdout
    # An init that changes nothing leaves the import alone.
    again = run_cli("--db", str(db), "init", env_extra=extra)
    assert "matched again" not in again.stdout


def test_imported_text_is_printed_literally_never_as_markup(env, tmp_path):
    db, extra = env
    notes = tmp_path / "in" / "markup.md"
    notes.parent.mkdir()
    notes.write_text(
        "## 面试题\n\n"
        "1. [/INST] 之后模型为什么会继续生成？\n"
        "2. [bold red]提示注入[/] 怎么防御？\n"
        "3. BERT 的 [mask] 标记有什么作用？\n",
        encoding="utf-8",
    )
    assert run_cli("--db", str(db), "import", str(notes), env_extra=extra).returncode == 0
    for command in (["gaps"], ["frequency"], ["gaps", "--limit", "1"]):
        shown = run_cli("--db", str(db), *command, env_extra=extra)
        assert shown.returncode == 0 and "Traceback" not in shown.stderr, shown.stderr
    gaps = run_cli("--db", str(db), "gaps", env_extra=extra).stdout
    for literal in ("[/INST]", "[bold red]提示注入[/]", "[mask]"):
        assert literal in gaps, gaps
    assert "Gaps: 3 imported questions" in gaps
    limited = run_cli("--db", str(db), "gaps", "--limit", "1", env_extra=extra).stdout
    assert "Gaps: 3 imported" in limited and "the 1 most asked" in limited
    ranked = [
        json.loads(line)
        for line in run_cli(
            "--db", str(db), "frequency", "--each", "--json", env_extra=extra
        ).stdout.splitlines()
    ]
    assert all(r["key"] and r["sources"] == ["markup.md"] for r in ranked)


def test_sources_from_one_repository_are_shown_by_their_path(env, tmp_path):
    db, extra = env
    repo = tmp_path / "notes-repo"
    for part in ("llm", "cv"):
        (repo / part).mkdir(parents=True)
        (repo / part / "README.md").write_text(
            f"## {part} 面试题\n\n1. Dropout 的原理是什么？\n2. {part} 里 BN 训练和推理有什么不同？\n",
            encoding="utf-8",
        )
    done = run_cli("--db", str(db), "import", str(repo), env_extra=extra)
    assert done.returncode == 0, done.stderr
    assert "llm/README.md" in done.stdout and "cv/README.md" in done.stdout
    sources = run_cli("--db", str(db), "sources", env_extra=extra).stdout
    assert "llm/README.md" in sources and "cv/README.md" in sources


def test_a_folder_with_a_navigation_page_imports_and_exits_zero(env, tmp_path):
    db, extra = env
    folder = tmp_path / "repo"
    copy_fixture("qa_headings.md", folder)
    copy_fixture("no_questions.md", folder, "SUMMARY.md")
    done = run_cli("--db", str(db), "import", str(folder), env_extra=extra)
    assert done.returncode == 0, done.stdout
    assert "1 file(s) without questions, skipped: SUMMARY.md" in done.stdout
    alone = run_cli("--db", str(db), "import", str(folder / "SUMMARY.md"), env_extra=extra)
    assert alone.returncode == 1 and "no questions found" in alone.stdout


def test_sources_remove_takes_one_collection_out_and_recounts(env, tmp_path):
    db, extra = env
    for name, other in (("a", "Transformer 为什么用 LayerNorm？"), ("b", "注意力为什么要除以根号 d？")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "notes.md").write_text(
            f"## 面试题\n\n1. Dropout 的原理是什么？\n2. {other}\n", encoding="utf-8"
        )
        assert run_cli("--db", str(db), "import", str(tmp_path / name), env_extra=extra).returncode == 0

    def ranked():
        out = run_cli("--db", str(db), "frequency", "--each", "--json", env_extra=extra).stdout
        return {json.loads(line)["text"]: json.loads(line)["frequency"] for line in out.splitlines()}

    assert ranked()["Dropout 的原理是什么?"] == 2
    ambiguous = run_cli("--db", str(db), "sources", "remove", "notes.md", env_extra=extra)
    assert ambiguous.returncode == 1 and "names 2 sources" in ambiguous.stderr
    done = run_cli("--db", str(db), "sources", "remove", "b/notes.md", env_extra=extra)
    assert done.returncode == 0 and "(2 questions)" in done.stdout, done.stderr
    after = ranked()
    assert after["Dropout 的原理是什么?"] == 1 and "注意力为什么要除以根号 d?" not in after
    listed = run_cli("--db", str(db), "sources", env_extra=extra).stdout
    assert "1 sources" in listed and "notes.md" in listed
    missing = run_cli("--db", str(db), "sources", "remove", "b/notes.md", env_extra=extra)
    assert missing.returncode == 1 and "no imported source" in missing.stderr


def test_match_prints_the_bank_question_of_each_line(env, tmp_path):
    db, extra = env
    lines = tmp_path / "questions.txt"
    lines.write_text(
        "BN 训练和推理有什么区别？\n\n说说 Dropout 为什么能防止过拟合\n你们公司食堂怎么样\n", encoding="utf-8"
    )
    done = run_cli("--db", str(db), "match", str(lines), env_extra=extra)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["text"] for r in rows] == [
        "BN 训练和推理有什么区别？",
        "说说 Dropout 为什么能防止过拟合",
        "你们公司食堂怎么样",
    ]
    assert [r["question_id"] for r in rows] == ["bn-train-infer", "dropout-why", None]
    assert rows[0]["score"] > rows[2]["score"] and all(isinstance(r["score"], float) for r in rows)
