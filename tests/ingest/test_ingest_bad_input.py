"""Bad input: each file gets its own line, the others are imported, nothing is half-written."""

import os

import pytest
from ingestkit import copy_fixture, init_db

from mianshi.services.ingest import import_paths, list_sources
from mianshi.store import ingest_repo


@pytest.fixture
def db(tmp_path):
    return init_db(tmp_path)


@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    copy_fixture("lists.md", folder, "good.md")
    copy_fixture("no_questions.md", folder, "notes.md")
    (folder / "empty.md").write_bytes(b"")
    (folder / "binary.md").write_bytes(os.urandom(4096) + b"\x00" * 64)
    (folder / "truncated.md").write_bytes("- 为什么要用残差连接？\n- 介绍一下注意力".encode()[:-1])
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(200 * 2**20)  # a 200 MB file (sparse: nothing is written to disk)
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(256))
    return folder


def test_each_bad_file_gets_its_own_line_and_the_good_one_is_imported(db, mixed_folder):
    report = import_paths([mixed_folder], db)
    lines = {os.path.basename(s.path): s for s in report.sources}
    assert lines["good.md"].status == "imported" and lines["good.md"].stats["found"] > 5
    assert (lines["empty.md"].status, lines["empty.md"].reason) == ("skipped", "empty file")
    assert lines["binary.md"].status == "skipped" and "binary" in lines["binary.md"].reason
    assert (
        lines["truncated.md"].status == "skipped"
        and "truncated UTF-8" in lines["truncated.md"].reason
    )
    assert lines["huge.txt"].status == "skipped" and "too large (200 MB" in lines["huge.txt"].reason
    assert (
        lines["notes.md"].status == "skipped" and lines["notes.md"].reason == "no questions found"
    )
    assert (
        lines["picture.png"].status == "ignored"
    )  # not a collection file: passed over, not a failure
    assert report.failed
    assert [s.name for s in list_sources(db)] == ["good.md"]


def test_a_clean_folder_does_not_fail(db, tmp_path):
    folder = tmp_path / "clean"
    copy_fixture("lists.md", folder)
    (folder / "cover.png").write_bytes(b"\x89PNG")
    assert not import_paths([folder], db).failed


def test_a_navigation_file_without_questions_is_no_failure_in_a_folder(db, tmp_path):
    folder = tmp_path / "repo"
    copy_fixture("lists.md", folder)
    copy_fixture("no_questions.md", folder, "SUMMARY.md")
    report = import_paths([folder], db)
    assert not report.failed
    assert [s.without_questions for s in report.sources if s.path.endswith("SUMMARY.md")] == [True]
    # Alone, a file without questions is a failure: nothing was imported.
    alone = import_paths([folder / "SUMMARY.md"], db)
    assert alone.failed


def test_a_missing_path_is_reported(db, tmp_path):
    report = import_paths([tmp_path / "nowhere.md"], db)
    assert report.failed and report.sources[0].reason == "no such file or folder"


def test_a_failure_while_writing_leaves_the_database_as_it_was(db, tmp_path, monkeypatch):
    first = tmp_path / "first"
    copy_fixture("qa_headings.md", first)
    import_paths([first], db)
    before = [(s.id, s.stats) for s in list_sources(db)]

    def broken(*args, **kwargs):
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(ingest_repo, "apply_clusters", broken)
    second = tmp_path / "second"
    copy_fixture("lists.md", second)
    with pytest.raises(RuntimeError):
        import_paths([second], db)
    assert [(s.id, s.stats) for s in list_sources(db)] == before
