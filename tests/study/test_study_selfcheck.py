"""The key-point matcher, with and without the glossary, and `mianshi check` end to end."""

import pytest
from studykit import GLOSSARY, make_study_db, query, run_mianshi

from mianshi.search.glossary import Glossary, load_glossary
from mianshi.study.selfcheck import check_answer

KEYPOINT = "BN 推理时用训练累计的滑动平均统计量"


@pytest.fixture
def glossary(tmp_path) -> Glossary:
    path = tmp_path / "glossary.yaml"
    path.write_text(GLOSSARY, encoding="utf-8")
    return load_glossary(path)


def test_a_synonym_in_another_language_covers_the_key_point(glossary):
    answer = "批归一化在推理阶段直接使用训练过程中累计的滑动平均统计量。"
    with_glossary = check_answer(answer, [KEYPOINT], glossary).keypoints[0]
    words_only = check_answer(answer, [KEYPOINT], Glossary({})).keypoints[0]
    assert with_glossary.covered and with_glossary.score == 1.0
    assert with_glossary.concepts_hit == ["BN (批归一化)", "moving average (滑动平均)"]
    assert words_only.score < with_glossary.score and "bn" in words_only.terms_missed


def test_english_names_and_abbreviations_count_too(glossary):
    for answer in (
        "At inference batch norm uses the running average collected in 训练 as 统计量, 推理 fixed.",
        "推理时 BatchNorm 用训练累计的 moving average 统计量",
    ):
        match = check_answer(answer, [KEYPOINT], glossary).keypoints[0]
        assert match.covered, (answer, match)


def test_an_answer_about_something_else_covers_nothing(glossary):
    result = check_answer("层归一化对每个 token 单独统计，和序列长度无关。", [KEYPOINT], glossary)
    point = result.keypoints[0]
    assert not point.covered and point.score < 0.35
    assert "BN (批归一化)" in point.concepts_missed


def test_partial_answers_get_partial_scores(glossary):
    points = ["BN 在 batch 维度统计", "LN 在特征维度统计，与 batch 大小无关", "序列模型多用 LN"]
    result = check_answer("批归一化是在 batch 维度上统计均值方差的。", points, glossary)
    assert result.covered == [0] and result.missed == [1, 2]
    assert 0.2 < result.score < 0.7
    full = check_answer(
        "BN 在 batch 维度统计；层归一化在特征维度统计，与 batch 大小无关；序列模型多用 LN。",
        points,
        glossary,
    )
    assert full.covered == [0, 1, 2] and full.score > 0.95


def test_empty_answer_scores_zero(glossary):
    result = check_answer("", [KEYPOINT], glossary)
    assert result.score == 0 and result.covered == []


def test_check_command_reads_the_answer_and_keeps_the_result(tmp_path, monkeypatch):
    _, db_file = make_study_db(tmp_path, monkeypatch)
    answer = "推理时批归一化用训练中累计的滑动平均统计量；训练时用 mini-batch 的均值和方差。\n\n"
    done = run_mianshi("check", "bn-inference", input_text=answer)
    assert done.returncode == 0, done.stderr
    assert "2/3 key points covered" in done.stdout
    assert "✓" in done.stdout and "✗" in done.stdout
    rows = query(db_file, "SELECT question_id, covered, score FROM self_checks")
    assert rows[0][:2] == ("bn-inference", "[0, 1]") and 0.5 < rows[0][2] < 0.9


def test_check_command_bad_input(tmp_path, monkeypatch):
    make_study_db(tmp_path, monkeypatch)
    unknown = run_mianshi("check", "bn-inferense", "--answer", "x")
    assert unknown.returncode == 1 and "did you mean bn-inference" in unknown.stderr
    empty = run_mianshi("check", "bn-inference", input_text="\n")
    assert empty.returncode == 1 and "answer is empty" in empty.stderr
    for done in (unknown, empty):
        assert "Traceback" not in done.stderr


def test_a_label_before_a_colon_is_not_a_requirement(glossary):
    points = ["模型压缩：量化、蒸馏、剪枝", "注意力与缓存：KV cache、批归一化"]
    result = check_answer("推理加速可以做量化、蒸馏和剪枝，再加上 KV cache 和 BN。", points, glossary)
    assert result.covered == [0, 1], result
    # Saying the label costs nothing either.
    said = check_answer("模型压缩方面有量化、蒸馏、剪枝。", points[:1], glossary)
    assert said.keypoints[0].score == 1.0


def test_formulas_and_symbols_are_not_words_to_say(glossary):
    point = "GQA 的 KV cache 大小为 2×L×n_kv×head_dim×bytes，随层数线性增长"
    match = check_answer("KV cache 的大小随层数线性增长，GQA 用更少的 KV 头。", [point], glossary)
    missing = match.keypoints[0].terms_missed
    assert match.keypoints[0].covered, match
    assert not any("x" in term for term in missing), missing  # no 2xlxn, kvxhead junk


def test_spacing_underscores_and_case_do_not_matter(glossary):
    point = "训练时累计 running_mean 和 running_var"
    for answer in ("训练时累计 running mean 和 running var", "训练时累计 RunningMean 与 Running-Var"):
        assert check_answer(answer, [point], glossary).keypoints[0].covered, answer
    assert check_answer("训练时累计 running_mean", ["累计 running mean"], glossary).covered == [0]


def test_segmentation_debris_is_not_a_missing_word(glossary):
    # jieba cuts "每个查询头有独立的" with a piece "头有", which is no word of the key point.
    match = check_answer("多头注意力里每个查询头有独立的 K 和 V。", ["每个查询头有独立的 K、V"], glossary)
    assert match.keypoints[0].score == 1.0
    other = check_answer("查询头各自拥有 K 和 V。", ["每个查询头有独立的 K、V"], glossary)
    assert "头有" not in other.keypoints[0].terms_missed


def test_momentum_in_chinese_and_english_is_one_concept():
    glossary = load_glossary()  # the shipped glossary
    point = "SGD 加动量可以抑制震荡"
    assert check_answer("SGD with momentum 可以抑制震荡", [point], glossary).covered == [0]
