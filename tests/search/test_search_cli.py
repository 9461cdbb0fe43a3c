"""`mianshi search` as a user runs it: output, JSON, exit codes, no tracebacks."""

import json

import pytest
from searchkit import write_search_content

from conftest import run_cli
from mianshi.paths import cache_dir


@pytest.fixture
def env(tmp_path, db_file) -> dict:
    content = write_search_content(tmp_path / "content")
    env = {"MIANSHI_CONTENT": str(content), "MIANSHI_DB": str(db_file)}
    assert run_cli("init", env_extra=env).returncode == 0
    return env


def _no_traceback(result) -> None:
    assert "Traceback" not in result.stderr + result.stdout


def test_a_search_prints_a_table_of_questions(env):
    result = run_cli("search", "transformer", "为啥用", "LN", "不用", "BN", env_extra=env)
    assert result.returncode == 0, result.stderr
    assert "ln-in-transformers" in result.stdout
    assert "Transformer 为什么选 LayerNorm？" in result.stdout
    assert "concepts: Transformer" in result.stdout
    assert "Built the search index" in result.stderr  # the first search builds it


def test_json_output_is_a_list_of_results(env):
    result = run_cli("search", "层归一化 批归一化", "--json", "--limit", "2", env_extra=env)
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)
    assert len(results) == 2 and results[0]["id"] == "ln-in-transformers"
    for key in ("id", "title", "title_en", "module", "topic", "score", "kind", "difficulty"):
        assert key in results[0]


def test_filters_on_the_command_line(env):
    result = run_cli(
        "search", "推理", "--module", "dl_basics", "--difficulty", "1", "--json", env_extra=env
    )
    assert [r["id"] for r in json.loads(result.stdout)] == ["dropout-modes"]
    result = run_cli("search", "LoRA BatchNorm", "--has-problem", "--json", env_extra=env)
    assert [r["id"] for r in json.loads(result.stdout)] == ["lora-basics"]


def test_a_question_with_a_judge_problem_is_marked_as_one(env):
    result = run_cli("search", "LoRA", env_extra=env)
    assert result.returncode == 0, result.stderr
    block = result.stdout.split("lora-basics", 1)[1]
    marker = next(line for line in block.splitlines() if "problem" in line)
    assert "▶ problem" in marker and "mianshi problem" in marker


def test_no_match_offers_a_correction(env):
    result = run_cli("search", "trasnformer", env_extra=env)
    assert result.returncode == 0
    assert "No questions match" in result.stdout and "did you mean: transformer" in result.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["search", ""], 2, "empty query"),
        (["search", "   "], 2, "empty query"),
        (["search", "？！……"], 2, "nothing to search for"),
        (["search", "😀🎉"], 2, "nothing to search for"),
        (["search", "bn", "--module", "nlp"], 1, "unknown module 'nlp'"),
        (["search", "bn", "--topic", "nowhere"], 1, "unknown topic 'nowhere'"),
        (["search", "bn", "--difficulty", "7"], 2, "difficulty must be 1 to 5"),
        (["search", "bn", "--limit", "0"], 2, ""),
        (["search"], 2, "Missing argument"),
    ],
)
def test_bad_input_gets_a_clear_message_and_exit_code(env, args, code, message):
    result = run_cli(*args, env_extra=env)
    assert result.returncode == code, (result.stdout, result.stderr)
    assert message in result.stderr
    _no_traceback(result)


def test_a_very_long_query_is_searched_with_a_notice(env):
    result = run_cli("search", "LoRA " + "问" * 10_000, "--json", env_extra=env)
    assert result.returncode == 0, result.stderr
    assert "characters long" in result.stderr
    assert json.loads(result.stdout)[0]["id"] == "lora-basics"


def test_a_corrupt_cache_is_rebuilt_with_a_notice(env):
    assert run_cli("search", "BatchNorm", env_extra=env).returncode == 0
    root = cache_dir() / "search"
    for folder in root.iterdir():
        if folder.is_dir():
            for file in folder.rglob("*.npy"):
                file.write_bytes(b"not an array")
    result = run_cli("search", "BatchNorm", "--json", env_extra=env)
    assert result.returncode == 0, result.stderr
    assert "damaged" in result.stderr and "rebuilt" in result.stderr
    assert json.loads(result.stdout)[0]["id"] == "bn-at-inference"
    _no_traceback(result)


def test_searching_before_init_says_what_to_do(tmp_path):
    content = write_search_content(tmp_path / "content")
    (tmp_path / "fresh").mkdir()
    env = {"MIANSHI_CONTENT": str(content), "MIANSHI_DB": str(tmp_path / "fresh" / "x.db")}
    result = run_cli("search", "BatchNorm", env_extra=env)
    assert result.returncode == 1 and "mianshi init" in result.stderr
    _no_traceback(result)
