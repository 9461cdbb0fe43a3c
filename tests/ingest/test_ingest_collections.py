"""Files published together count once: a repository, a README and the files it links."""

import json
import shutil

import pytest
from ingestkit import init_db, write_content
from notes_repos import NOTES_REPOS

from conftest import run_cli
from mianshi.errors import MianshiError
from mianshi.services.ingest import frequency_ranking, import_paths, list_sources

ASKED_TWICE = "Dropout 的原理是什么?"


@pytest.fixture
def db(tmp_path):
    return init_db(tmp_path)


def write_repo(folder, readme: str | None = None, git: bool = False):
    """Two topic files that both ask about dropout, as one author's notes do."""
    folder.mkdir(parents=True)
    (folder / "regularization.md").write_text(
        "# 正则化\n\n## Dropout 的原理是什么？\n\n随机丢弃。\n\n## L1 和 L2 正则化有什么区别？\n\n稀疏。\n",
        encoding="utf-8",
    )
    (folder / "training.md").write_text(
        "# 训练\n\n## Dropout 的原理是什么？\n\n见正则化一节。\n\n## 学习率预热有什么用？\n\n稳定。\n",
        encoding="utf-8",
    )
    if readme is not None:
        (folder / "README.md").write_text(readme, encoding="utf-8")
    if git:
        (folder / ".git").mkdir()
    return folder


def frequency_of(url, text=ASKED_TWICE):
    return {r.text: r.frequency for r in frequency_ranking(url)}[text]


def families(url):
    return {s.name: s.family for s in list_sources(url)}


def test_a_repository_root_makes_its_files_one_collection(db, tmp_path):
    repo = write_repo(tmp_path / "notes", git=True)
    report = import_paths([repo], db)
    assert report.families == 1
    assert {line.collection.reason for line in report.sources} == {"git"}
    assert frequency_of(db) == 1  # asked in two files of one repository: one collection


def test_a_readme_that_links_the_files_makes_them_one_collection(db, tmp_path):
    readme = "# 笔记\n\n- [正则化](regularization.md)\n- [训练](./training.md#top)\n"
    repo = write_repo(tmp_path / "notes", readme=readme)
    report = import_paths([repo], db)
    assert report.families == 1 and frequency_of(db) == 1
    # the README itself holds no question: named in the report, no failure
    assert not report.failed and any(line.without_questions for line in report.sources)


def test_a_plain_folder_of_unrelated_files_stays_one_collection_per_file(db, tmp_path):
    repo = write_repo(tmp_path / "saved", readme="# 收藏\n\n从不同网站保存的面试题。\n")
    report = import_paths([repo], db)
    assert report.families == 2 and frequency_of(db) == 2
    assert all(line.collection is None for line in report.sources)


def test_each_file_and_one_collection_override_the_rule_and_re_import_regroups(db, tmp_path):
    repo = write_repo(tmp_path / "notes", git=True)
    import_paths([repo], db)
    assert frequency_of(db) == 1
    again = import_paths([repo], db, grouping="each-file")  # unchanged files, new grouping
    assert again.changed and frequency_of(db) == 2
    assert len(set(families(db).values())) == 2
    plain = write_repo(tmp_path / "plain")
    import_paths([plain], db, grouping="one-collection")
    fam = {s.path: s.family for s in list_sources(db)}
    assert fam[str(plain / "regularization.md")] == fam[str(plain / "training.md")]
    with pytest.raises(MianshiError, match="unknown grouping"):
        import_paths([plain], db, grouping="per-folder")


def test_the_collection_survives_a_later_import_and_a_removal(db, tmp_path):
    repo = write_repo(tmp_path / "notes", git=True)
    import_paths([repo], db)
    other = tmp_path / "other.md"
    other.write_text(
        "## 面试题\n\n1. Dropout 的原理是什么？\n2. BN 训练和推理有什么不同？\n", encoding="utf-8"
    )
    import_paths([other], db)  # recounts everything: the repository is still one collection
    assert frequency_of(db) == 2
    assert len(set(families(db).values())) == 2


def test_a_folder_of_repositories_is_one_collection_per_repository(db, tmp_path):
    shelf = tmp_path / "repos"
    shutil.copytree(NOTES_REPOS, shelf)
    (shelf / "llm_notes" / ".git").mkdir()
    report = import_paths([shelf], db)
    by_repo = {}
    for line in report.sources:
        if line.family is not None:
            by_repo.setdefault(line.path.split("/")[-2], set()).add(line.family)
    assert len(by_repo["llm_notes"]) == 1 and len(by_repo["cv_notes"]) == 1  # .git, README links
    assert len(by_repo["dl_basics"]) == 2  # a plain folder: each file its own
    assert report.families == 1 + 1 + 2 + 2  # heldout_ml is a plain folder too


def test_import_names_the_collection_and_rejects_both_flags(tmp_path):
    content = write_content(tmp_path / "content")
    db, extra = tmp_path / "cli.db", {"MIANSHI_CONTENT": str(content)}
    assert run_cli("--db", str(db), "init", env_extra=extra).returncode == 0
    repo = write_repo(tmp_path / "notes", git=True)
    done = run_cli("--db", str(db), "import", str(repo), env_extra=extra)
    assert done.returncode == 0, done.stderr
    assert "notes/: 2 files published together (a repository)" in done.stdout
    out = run_cli("--db", str(db), "frequency", "--each", "--json", env_extra=extra).stdout
    assert {json.loads(x)["text"]: json.loads(x)["frequency"] for x in out.splitlines()}[
        ASKED_TWICE
    ] == 1
    both = run_cli(
        "--db", str(db), "import", str(repo), "--each-file", "--one-collection", env_extra=extra
    )
    assert both.returncode == 1 and "exclude each other" in both.stderr
    assert len(both.stderr.strip().splitlines()) == 1
