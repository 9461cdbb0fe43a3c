"""The judge commands, through Typer's runner and the real entry point."""

import json
import shutil
import sqlite3

import judging
import pytest
from judging import needs_bwrap, needs_gpp, problem_file
from typer.testing import CliRunner

from conftest import run_cli
from mianshi.cli import app
from mianshi.services.bank import init_database

# The autouse fixture that shares expected outputs across tests, and what it needs.
judge_cache, shared_judge_cache = judging.judge_cache, judging.shared_judge_cache

runner = CliRunner()
JSON_KEYS = {"verdict", "passed", "total", "message", "time_ms", "slowdown", "problem", "stored", "submission_id"}


def invoke(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "200"})


@pytest.fixture
def solution(tmp_path):
    def write(code: str, name: str = "solution.py"):
        path = tmp_path / name
        path.write_text(code, encoding="utf-8")
        return str(path)

    return write


def test_problems_table_and_filters():
    listed = invoke("problems")
    assert listed.exit_code == 0, listed.output
    for slug in ("nms", "bbox-iou", "softmax", "edit-distance", "focal-loss-numpy", "scaled-dot-product-attention"):
        assert slug in listed.output
    detection = invoke("problems", "--tag", "detection")
    assert "nms" in detection.output and "softmax" not in detection.output
    vision = invoke("problems", "--module", "vision")
    assert "bbox-iou" in vision.output and "edit-distance" not in vision.output
    unknown = run_cli("problems", "--module", "astrology")
    assert unknown.returncode == 1 and "unknown module 'astrology'" in unknown.stderr


def test_problem_shows_statement_signature_limits_and_questions():
    shown = invoke("problem", "nms")
    assert shown.exit_code == 0, shown.output
    for text in ("手写非极大值抑制 NMS", "严格大于", "iou_threshold: float", "5 s for all cases", "1024 MB", "iou-variants"):
        assert text in shown.output
    missing = run_cli("problem", "nsm")
    assert missing.returncode == 1 and "did you mean nms" in missing.stderr


def test_starter_prints_the_file_exactly():
    result = invoke("starter", "softmax")
    assert result.exit_code == 0
    assert result.stdout == problem_file("softmax", "starter.py")


@needs_bwrap
def test_judge_json_accepted_and_exit_codes(solution):
    accepted = invoke("judge", "softmax", solution(problem_file("softmax", "reference.py")), "--json")
    assert accepted.exit_code == 0, accepted.output
    data = json.loads(accepted.stdout)
    assert set(data) >= JSON_KEYS
    assert data["verdict"] == "accepted" and data["passed"] == data["total"] == 20
    assert data["slowdown"] > 0 and data["time_ms"] > 0 and data["stored"] is False

    wrong = invoke("judge", "softmax", solution(problem_file("softmax", "wrong.py")), "--json")
    assert wrong.exit_code == 1
    data = json.loads(wrong.stdout)
    assert data["verdict"] == "wrong_answer" and data["passed"] < data["total"]
    assert data["failure"]["name"] == "huge-positive"


@needs_bwrap
@pytest.mark.parametrize(
    ("code", "verdict", "text"),
    [
        ("def softmax(x, axis=-1)\n    return x\n", "compile_error", "SyntaxError"),
        ("import numpy as np\n\ndef soft_max(x, axis=-1):\n    return x\n", "runtime_error", "defines no `softmax`"),
        ("def softmax(x, axis=-1):\n    return [1, 2]\n", "wrong_answer", "expected an array"),
    ],
)
def test_judge_json_other_verdicts(solution, code, verdict, text):
    result = invoke("judge", "softmax", solution(code), "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["verdict"] == verdict and text in data["message"]


@needs_bwrap
def test_judge_human_output_wrong_answer(solution):
    result = invoke("judge", "softmax", solution(problem_file("softmax", "wrong.py")))
    assert result.exit_code == 1
    for text in ("Wrong Answer", "first failing case", "huge-positive", "array (2, 3) float64", "expected", "got", "max abs error", "nan"):
        assert text in result.output, text
    assert "not stored" in result.output


@needs_bwrap
def test_judge_human_output_runtime_error_trims_the_traceback(solution):
    code = "import numpy as np\n\ndef helper(x):\n    return x / undefined_name\n\ndef softmax(x, axis=-1):\n    return helper(x)\n"
    result = invoke("judge", "softmax", solution(code, "my_softmax.py"))
    assert result.exit_code == 1
    assert "Runtime Error" in result.output and "NameError" in result.output
    assert 'File "my_softmax.py", line 7, in softmax' in result.output
    assert 'File "my_softmax.py", line 4, in helper' in result.output
    assert "child.py" not in result.output and "cases.py" not in result.output


@needs_bwrap
def test_judge_human_output_speed_feedback(solution):
    accepted = invoke("judge", "softmax", solution(problem_file("softmax", "reference.py")))
    assert accepted.exit_code == 0
    assert "Accepted" in accepted.output
    assert "than the reference" in accepted.output or "as fast as the reference" in accepted.output
    # Correct, and 1.5 s slower on the large case whatever the machine's load: an
    # element-wise loop was only 7x slower than a reference timed on a busy machine.
    slow = """
import time

import numpy as np


def softmax(x, axis=-1):
    if x.size >= 1_000_000:
        time.sleep(1.5)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
"""
    result = invoke("judge", "softmax", solution(slow))
    assert result.exit_code == 0, result.output
    assert "slow:" in result.output and "slower than the reference" in result.output


@needs_bwrap
def test_no_sandbox_warns_and_judges(solution):
    result = run_cli("judge", "softmax", solution(problem_file("softmax", "reference.py")), "--no-sandbox", "--json")
    assert result.returncode == 0, result.stderr
    assert "--no-sandbox" in result.stderr and "unisolated" in result.stderr
    data = json.loads(result.stdout)
    assert data["verdict"] == "accepted" and data["sandboxed"] is False


def test_no_bubblewrap_refuses_with_install_hint(solution, tmp_path):
    empty = tmp_path / "empty-path"
    empty.mkdir()
    path = solution(problem_file("softmax", "reference.py"))
    result = run_cli("judge", "softmax", path, env_extra={"PATH": str(empty)})
    assert result.returncode == 1
    assert "sudo apt-get install bubblewrap" in result.stderr and "--no-sandbox" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_is_a_one_line_error(tmp_path):
    result = run_cli("judge", "softmax", str(tmp_path / "nope.py"))
    assert result.returncode == 1
    assert result.stderr.strip().startswith("error: no such file") and "Traceback" not in result.stderr


@needs_bwrap
def test_submissions_are_stored_once_initialised(solution, content, db_file):
    url = f"sqlite:///{db_file}"
    reference = solution(problem_file("softmax", "reference.py"))
    wrong = solution(problem_file("softmax", "wrong.py"), "wrong.py")

    before = invoke("--db", url, "judge", "softmax", reference, "--json")
    assert json.loads(before.stdout)["stored"] is False
    assert not db_file.exists()  # judging never creates a database

    init_database(url, content)
    first = json.loads(invoke("--db", url, "judge", "softmax", wrong, "--json").stdout)
    second = invoke("--db", url, "judge", "softmax", reference)
    assert first["stored"] is True and first["submission_id"] == 1
    assert "stored as submission #2" in second.output
    with sqlite3.connect(db_file) as conn:
        rows = conn.execute("SELECT problem, verdict, passed, total, sandboxed, code FROM submissions ORDER BY id").fetchall()
    assert [(r[0], r[1]) for r in rows] == [("softmax", "wrong_answer"), ("softmax", "accepted")]
    assert rows[1][2] == rows[1][3] == 20 and rows[1][4] == 1
    assert rows[0][5] == problem_file("softmax", "wrong.py")

    listed = invoke("--db", url, "problems", "--tag", "softmax")
    assert "✓" in listed.output
    shown = invoke("--db", url, "problem", "softmax")
    assert "#2" in shown.output and "accepted" in shown.output


@needs_bwrap
def test_not_initialised_database_is_not_written(tmp_path, solution):
    db = tmp_path / "empty.db"
    sqlite3.connect(db).close()
    result = invoke("--db", str(db), "judge", "softmax", solution("def softmax(x, axis=-1):\n    return x\n"))
    assert result.exit_code == 1
    assert "not initialised" in result.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)


def test_starter_in_cpp_and_problem_shows_both_signatures():
    result = invoke("starter", "nms", "--lang", "cpp")
    assert result.exit_code == 0 and result.output == problem_file("nms", "starter.cpp")
    assert invoke("starter", "cpp-conv2d").output == problem_file("cpp-conv2d", "starter.cpp")  # its only language
    shown = invoke("problem", "nms")
    assert "iou_threshold: float" in shown.output and "std::vector<int64_t> nms(" in shown.output
    assert "mianshi starter nms --lang cpp > nms.cpp" in shown.output
    assert "C++" in invoke("problems", "--tag", "detection").output
    refused = run_cli("starter", "edit-distance", "--lang", "cpp")
    assert refused.returncode == 1 and "takes Python (python), not C++" in refused.stderr
    unknown = run_cli("starter", "nms", "--lang", "rust")
    assert unknown.returncode == 1 and "unknown language 'rust'" in unknown.stderr


@needs_bwrap
@needs_gpp
def test_judge_cpp_json_by_suffix_and_by_lang(solution):
    path = solution(problem_file("nms", "reference.cpp"), "nms.cpp")
    result = invoke("judge", "nms", path, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= JSON_KEYS and data["verdict"] == "accepted" and data["language"] == "cpp"
    assert data["compile_ms"] > 0 and data["slowdown"] > 0
    renamed = solution(problem_file("nms", "wrong.cpp"), "nms.txt")
    wrong = json.loads(invoke("judge", "nms", renamed, "--lang", "cpp", "--json").output)
    assert (wrong["verdict"], wrong["language"]) == ("wrong_answer", "cpp")
    assert "iou-equals-threshold" in wrong["message"]
    broken = solution("int nms(", "broken.cpp")
    shown = invoke("judge", "nms", broken)
    assert shown.exit_code == 1 and "Compile Error" in shown.output and "compiler output" in shown.output
    python_only = run_cli("judge", "edit-distance", broken)
    assert python_only.returncode == 1 and "takes Python (python), not C++" in python_only.stderr


@needs_bwrap
@needs_gpp
def test_no_sandbox_judges_cpp_too(solution):
    path = solution(problem_file("softmax", "reference.cpp"), "softmax.cpp")
    result = run_cli("judge", "softmax", path, "--no-sandbox", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["verdict"] == "accepted"


@needs_bwrap
def test_no_compiler_refuses_cpp_with_install_hint(solution, tmp_path):
    only_bwrap = tmp_path / "only-bwrap"
    only_bwrap.mkdir()
    (only_bwrap / "bwrap").symlink_to(shutil.which("bwrap"))
    path = solution(problem_file("nms", "reference.cpp"), "nms.cpp")
    result = run_cli("judge", "nms", path, env_extra={"PATH": str(only_bwrap)})
    assert result.returncode == 1
    assert "sudo apt-get install g++" in result.stderr and "Traceback" not in result.stderr


@needs_bwrap
def test_the_reference_is_timed_again_unless_far_from_the_time_the_worker_remembers():
    from mianshi.judge.runner import CLOSE, judge
    from mianshi.judge.suite import load_suite
    from mianshi.judge.warm import Worker
    from mianshi.paths import content_dir
    from mianshi.services.judge import load_problem

    problem = load_problem(content_dir(), "softmax")
    cached = load_suite(problem, sandboxed=True)
    large = [i for i, case in enumerate(cached.cases) if case.large]
    worker = Worker(sandboxed=True)
    try:
        report = judge(problem, problem.source("reference.py"), "solution.py", sandboxed=True, worker=worker)
        assert report.accepted and report.slowdown is not None
        # Measured now, beside the submission, not read from the cache of expected outputs,
        # and remembered by the worker.
        assert report.reference_large_ms != sum(cached.reference_ms[i] for i in large)
        assert report.slowdown == pytest.approx(report.large_ms / report.reference_large_ms)
        assert worker.reference_ms[cached.key] == report.reference_large_ms
        # Far slower than the remembered time: compared with it, without timing the reference again.
        slow = problem.source("reference.py").replace("import numpy as np", "import time\nimport numpy as np")
        slow += "\n\n_softmax = softmax\n\n\ndef softmax(x, axis=-1):\n    time.sleep(0.25 if x.size > 10**5 else 0)\n    return _softmax(x, axis)\n"
        remembered = worker.reference_ms[cached.key]
        report = judge(problem, slow, "solution.py", sandboxed=True, worker=worker)
        assert report.accepted and report.reference_large_ms == remembered
        assert report.slowdown > CLOSE and report.large_ms >= 250
    finally:
        worker.close()


@pytest.mark.parametrize(
    ("slowdown", "words"),
    [(1.3, "within timing noise"), (0.8, "within timing noise"), (2.0, "2.0x slower"), (0.5, "2.0x faster")],
)
def test_a_speed_ratio_within_noise_is_not_called_faster_or_slower(slowdown, words):
    from mianshi.cli.judge import _speed_line
    from mianshi.judge.verdict import JudgeReport, Verdict

    report = JudgeReport("softmax", Verdict.ACCEPTED, 20, 20, "ok", 10.0, True)
    report.slowdown, report.large_ms, report.reference_large_ms = slowdown, 10.0 * slowdown, 10.0
    assert words in _speed_line(report)


def test_a_refused_oversized_submission_is_stored_only_as_a_short_record(solution, content, db_file):
    url = f"sqlite:///{db_file}"
    init_database(url, content)
    huge = solution("# padding\n" * 1_000_000)  # about 10 MB
    result = invoke("--db", url, "judge", "softmax", huge, "--json")
    assert json.loads(result.stdout)["verdict"] == "compile_error"
    with sqlite3.connect(db_file) as conn:
        (code,) = conn.execute("SELECT code FROM submissions").fetchone()
    assert code.startswith("# refused:") and len(code) < 200
