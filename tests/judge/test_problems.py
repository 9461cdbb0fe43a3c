"""Every problem folder: valid, its reference accepted, its wrong solution rejected."""

import judging
import pytest
from judging import needs_bwrap, needs_gpp, problem_file, submit

from mianshi.judge import dangling_questions
from mianshi.judge.loader import problem_folders
from mianshi.paths import content_dir
from mianshi.services.judge import validate_problems

# The autouse fixture that shares expected outputs across tests, and what it needs.
judge_cache, shared_judge_cache = judging.judge_cache, judging.shared_judge_cache


SLUGS = [folder.name for folder in problem_folders(content_dir())]
PROBLEMS = validate_problems()
PYTHON_SLUGS = [slug for slug in SLUGS if "python" in PROBLEMS[slug].languages]
CPP_SLUGS = [slug for slug in SLUGS if "cpp" in PROBLEMS[slug].languages]
# Problems an interviewer asks for in C++, with their C++ signatures.
CPP_CONTRACTS = {
    "cpp-bilinear-resize": "std::vector<float> resize_bilinear(const std::vector<float>& img, int h, int w, int c, "
    "int out_h, int out_w)",
    "cpp-conv2d": "std::vector<float> conv2d(const std::vector<float>& x, int c_in, int h, int w, "
    "const std::vector<float>& weight, int c_out, int k, int stride, int padding)",
    "nms": "std::vector<int64_t> nms(const std::vector<double>& boxes, const std::vector<double>& scores, "
    "double iou_threshold)",
}
CONTRACTS = {
    "nms": ("numpy", "nms"),
    "bbox-iou": ("numpy", "bbox_iou"),
    "softmax": ("numpy", "softmax"),
    "edit-distance": ("python", "edit_distance"),
    "focal-loss-numpy": ("numpy", "focal_loss"),
    "scaled-dot-product-attention": ("torch", "scaled_dot_product_attention"),
}


def test_every_problem_folder_is_valid():
    problems = validate_problems()
    assert sorted(problems) == SLUGS
    assert set(CONTRACTS) <= set(problems)


@pytest.mark.parametrize("slug", sorted(CONTRACTS))
def test_fixed_contracts(slug):
    problem = validate_problems()[slug]
    framework, entry = CONTRACTS[slug]
    assert (problem.framework, problem.entry) == (framework, entry)
    assert problem.signature.startswith(f"{entry}(")


def test_linked_questions_exist_in_the_bank():
    bank_ids = {path.stem for path in (content_dir() / "bank").glob("*/*.md")}
    assert dangling_questions(validate_problems(), bank_ids) == []


@pytest.mark.parametrize("slug", sorted(CPP_CONTRACTS))
def test_cpp_contracts(slug):
    assert "cpp" in PROBLEMS[slug].languages
    assert PROBLEMS[slug].cpp_signature == CPP_CONTRACTS[slug]


@needs_bwrap
@pytest.mark.parametrize("slug", PYTHON_SLUGS)
def test_reference_passes_its_own_cases(slug):
    report = submit(slug, problem_file(slug, "reference.py"), filename="reference.py")
    assert report.verdict == "accepted", report.message
    assert report.passed == report.total > 0


@needs_bwrap
@pytest.mark.parametrize("slug", PYTHON_SLUGS)
def test_wrong_solution_fails(slug):
    report = submit(slug, problem_file(slug, "wrong.py"), filename="wrong.py")
    assert report.verdict not in ("accepted", "compile_error"), report.message
    assert report.passed < report.total


@needs_bwrap
@pytest.mark.parametrize("slug", PYTHON_SLUGS)
def test_starter_is_not_accepted(slug):
    report = submit(slug, problem_file(slug, "starter.py"), filename="starter.py")
    assert report.verdict == "runtime_error", report.message
    assert "NotImplementedError" in report.message


@needs_bwrap
@needs_gpp
@pytest.mark.parametrize("slug", CPP_SLUGS)
def test_cpp_reference_passes_and_wrong_and_starter_fail(slug):
    report = submit(slug, problem_file(slug, "reference.cpp"), filename="reference.cpp")
    assert (report.verdict, report.language) == ("accepted", "cpp"), report.message
    assert report.passed == report.total > 0 and report.compile_ms > 0
    wrong = submit(slug, problem_file(slug, "wrong.cpp"), filename="wrong.cpp")
    assert wrong.verdict not in ("accepted", "compile_error"), wrong.message
    assert wrong.passed < wrong.total
    starter = submit(slug, problem_file(slug, "starter.cpp"), filename="starter.cpp")
    assert starter.verdict == "runtime_error", starter.message
    assert "not implemented" in starter.message
