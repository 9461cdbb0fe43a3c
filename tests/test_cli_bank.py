"""The bank commands through the real entry point, against a real SQLite file."""

from conftest import run_cli, write_question


def env_for(content, db_file) -> dict:
    return {"MIANSHI_CONTENT": str(content), "MIANSHI_DB": f"sqlite:///{db_file}"}


def test_init_list_show(content, db_file):
    env = env_for(content, db_file)
    init = run_cli("init", env_extra=env)
    assert init.returncode == 0, init.stderr
    assert "3 added" in init.stdout
    assert "深度学习基础" in init.stdout and "大模型" in init.stdout

    listed = run_cli("list", "--module", "llm", env_extra=env)
    assert listed.returncode == 0
    assert "kv-cache-basics" in listed.stdout and "bn-basics" not in listed.stdout

    by_topic = run_cli("list", "--topic", "normalization", env_extra=env)
    assert "bn-basics" in by_topic.stdout and "kv-cache-basics" not in by_topic.stdout

    shown = run_cli("show", "bn-basics", env_extra=env)
    assert shown.returncode == 0
    for text in (
        "bn-basics 是什么？",
        "What is bn-basics?",
        "要点一",
        "第一句直接回答问题",
        "ln-basics",
        "归一化",
    ):
        assert text in shown.stdout


def test_db_option_beats_the_environment(content, db_file, tmp_path):
    other = tmp_path / "data" / "other.db"
    env = env_for(content, db_file)
    assert run_cli("--db", str(other), "init", env_extra=env).returncode == 0
    assert other.is_file() and not db_file.exists()


def test_user_errors_are_one_line_with_nonzero_exit(content, db_file):
    env = env_for(content, db_file)
    not_ready = run_cli("list", env_extra=env)
    assert not_ready.returncode == 1
    assert "not initialised: run `mianshi init`" in not_ready.stderr
    run_cli("init", env_extra=env)
    for args, message in (
        (("list", "--module", "nosuch"), "unknown module 'nosuch'"),
        (("list", "--module", "llm", "--topic", "normalization"), "unknown topic 'normalization'"),
        (("list", "--difficulty", "7"), "difficulty must be 1 to 5"),
        (("show", "bn-basic"), "did you mean bn-basics"),
    ):
        result = run_cli(*args, env_extra=env)
        assert result.returncode == 1, args
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr


def test_bad_database_urls_exit_cleanly(content, tmp_path):
    env = {"MIANSHI_CONTENT": str(content)}
    for url, message in (
        (str(tmp_path / "missing" / "x.db"), "database directory does not exist"),
        ("postgresql+psycopg://u:p@127.0.0.1:1/x", "cannot use database"),
    ):
        result = run_cli("--db", url, "init", env_extra=env)
        assert result.returncode == 1
        assert message in result.stderr and "Traceback" not in result.stderr


def test_validate(content, tmp_path):
    env = {"MIANSHI_CONTENT": str(content)}
    ok = run_cli("validate", env_extra=env)
    assert ok.returncode == 0 and "3 questions valid" in ok.stdout
    write_question(content / "bank", "broken-a", related=["ghost"])
    write_question(content / "bank", "broken-b", "nosuch")
    bad = run_cli("validate", str(content), env_extra=env)
    assert bad.returncode == 1
    lines = bad.stderr.strip().splitlines()
    assert any("broken-a.md:" in line and "related id 'ghost'" in line for line in lines)
    assert any("broken-b.md:" in line and "unknown module 'nosuch'" in line for line in lines)
    assert lines[-1].endswith("content has 2 problems")


def test_init_refuses_invalid_content_without_touching_the_database(content, db_file):
    env = env_for(content, db_file)
    run_cli("init", env_extra=env)
    before = db_file.read_bytes()
    write_question(content / "bank", "broken", related=["ghost"])
    result = run_cli("init", env_extra=env)
    assert result.returncode == 1 and "related id 'ghost'" in result.stderr
    assert db_file.read_bytes() == before


def test_validate_checks_glossary_and_problems_too(content):
    env = {"MIANSHI_CONTENT": str(content)}
    (content / "glossary.yaml").write_text(
        "- id: batch-norm\n  abbr: [BN]\n  en: [batch norm]\n- id: bad\n  en: [BN]\n",
        encoding="utf-8",
    )
    (content / "problems" / "half-written").mkdir(parents=True)
    result = run_cli("validate", str(content), env_extra=env)
    assert result.returncode == 1
    assert "name 'BN' already belongs to 'batch-norm'" in result.stderr
    assert "half-written" in result.stderr
    (content / "glossary.yaml").write_text("- id: batch-norm\n  abbr: [BN]\n  en: [batch norm]\n", encoding="utf-8")
    (content / "problems" / "half-written").rmdir()
    ok = run_cli("validate", str(content), env_extra=env)
    assert ok.returncode == 0 and "1 glossary concepts" in ok.stdout


def test_help_shows_no_value_type_beside_flags():
    for command in (["--help"], ["restore", "--help"], ["search", "--help"]):
        shown = run_cli(*command)
        assert shown.returncode == 0
        flag_lines = [line for line in shown.stdout.splitlines() if "--help" in line or "--force" in line]
        assert flag_lines and not any("<bool>" in line for line in flag_lines), flag_lines
    # Options that take a value keep their type.
    assert "<str>" in run_cli("--help").stdout
