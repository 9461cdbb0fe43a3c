"""Attaching imported questions to bank questions, and finding concepts under other spellings."""

import pytest

from mianshi.bank import load_bank
from mianshi.bank.model import Question
from mianshi.ingest.concepts import ConceptMatcher
from mianshi.ingest.match import ACCEPT, ACCEPT_IF_COVERED, Phrasing
from mianshi.ingest.pipeline import bank_matcher, features_of
from mianshi.paths import content_dir
from mianshi.search.glossary import Concept


def question(qid: str, title: str, aliases: list[str], answer: str, keypoints=None) -> Question:
    return Question(
        id=qid,
        module="llm",
        topic="data",
        title=title,
        title_en="",
        difficulty=2,
        keypoints=keypoints or ["一", "二", "三"],
        answer=answer,
        aliases=aliases,
    )


def test_a_compound_name_is_found_with_its_part_spelled_another_way():
    matcher = ConceptMatcher(
        [
            Concept("batch-norm", zh=("批归一化",), en=("batch normalization",), abbr=("BN",)),
            Concept("sync-batch-norm", zh=("同步BN",)),
        ]
    )
    for text in ("介绍跨卡同步Batch Normalization", "同步批归一化怎么实现", "同步 BN 的作用"):
        assert matcher.concepts_in(text) == ["sync-batch-norm"], text
    assert matcher.concepts_in("Batch Normalization 的作用") == ["batch-norm"]


def test_a_compound_keeps_a_name_another_concept_already_owns():
    matcher = ConceptMatcher(
        [
            Concept("batch-norm", zh=("批归一化",), abbr=("BN",)),
            Concept("sync-batch-norm", zh=("同步BN",)),
            Concept("other", zh=("同步批归一化",)),
        ]
    )
    assert matcher.concepts_in("同步批归一化") == ["other"]


BANK = [
    question(
        "janus-pro-decoupled-encoding",
        "Janus-Pro 为理解和生成各用了什么视觉编码器？为什么要分开？",
        ["Janus-Pro 两个视觉编码器"],
        "Janus-Pro 的多模态理解用 SigLIP 编码器，生成用 VQ tokenizer，视觉编码解耦后两种任务不再争抢同一种表示。",
    ),
    question(
        "janus-pro-image-input",
        "Janus-Pro 的图像输入是怎样处理的？",
        ["Janus-Pro 384"],
        "Janus-Pro 把图像缩放到 384×384。",
    ),
    question(
        "llm-data-augmentation",
        "大模型训练语料和指令数据有哪些数据增强方法？",
        ["语料数据增强"],
        "回译、同义改写、用强模型扩写指令等数据增强方法。",
    ),
]


def match(text: str, bank=BANK):
    return bank_matcher(bank).match([[Phrasing(text, features_of([text])[0])]])[0]


@pytest.fixture(scope="module")
def shipped():
    """The shipped bank, and a matcher over it."""
    bank = list(load_bank(content_dir()).questions.values())
    return bank, bank_matcher(bank)


def _match(matcher, text):
    return matcher.match([[Phrasing(text, features_of([text])[0])]])[0]


def test_a_question_resembling_the_first_search_result_is_matched(shipped):
    _, matcher = shipped
    result = _match(matcher, "PyTorch 中常用的归一化 BN, LN, IN, GN 有什么区别?")
    assert result.question_id == "bn-ln-in-gn" and result.score >= ACCEPT


def test_a_loose_match_is_taken_when_the_bank_text_names_everything_asked(shipped):
    _, matcher = shipped
    result = _match(matcher, "Janus-Pro将视觉编码解耦以进行多模态理解和生成,分别是什么?")
    # a resemblance only the coverage rule accepts
    assert ACCEPT_IF_COVERED <= result.score < ACCEPT
    assert result.question_id == "janus-pro-decoupled-encoding"


def test_a_loose_match_is_refused_when_the_question_names_something_the_bank_does_not():
    result = match("表格数据怎么做数据增强")  # tabular data: not what the bank question is about
    assert result.question_id is None


def test_a_question_about_another_subject_is_not_matched():
    result = match("SAM网络轻量化的几种思路?")
    assert result.question_id is None and not result.uncertain


def test_when_a_lower_result_resembles_the_question_better_the_match_is_uncertain():
    bank = [
        question(
            "kv-cache-memory",
            "KV cache 占多少显存？怎么估算 KV cache 显存？",
            ["KV cache 显存", "KV cache 显存估算", "KV cache 显存 计算"],
            "KV cache 显存 = 2 × 层数 × 头数 × 头维度 × 序列长度 × 字节数。" * 3,
        ),
        question(
            "kv-cache-why",
            "为什么解码要用 KV cache？",
            ["KV cache 的作用"],
            "自回归解码时缓存历史 token 的键值，避免重复计算。",
        ),
    ]
    result = match("为什么解码时需要 KV cache 显存", bank)
    assert result.question_id is None and result.uncertain
    assert {qid for qid, _ in result.candidates} == {"kv-cache-memory", "kv-cache-why"}


def test_an_accepted_match_is_always_what_search_ranks_first(tmp_path, monkeypatch, shipped):
    """`mianshi match` and `mianshi search` never disagree: checked through the search
    service on a database holding the shipped bank and nothing imported."""
    from mianshi.services import search as search_service
    from mianshi.services.bank import init_database

    _, matcher = shipped
    monkeypatch.setenv("MIANSHI_HOME", str(tmp_path / "home"))
    search_service._loaded.clear()
    db = str(tmp_path / "bank.sqlite")
    init_database(db)
    texts = [
        "BN 的原理和作用",
        "讲讲 LoRA 的原理",
        "Transformer 为什么用 LayerNorm 不用 BatchNorm",
        "NMS 的流程, 手写 NMS",
        "Focal loss 解决什么问题",
        "KV cache 为什么能加速推理",
        "介绍一下 RoPE 旋转位置编码",
        "过拟合怎么办",
        "Adam 和 SGD 的区别",
        "YOLOv5 的正负样本怎么分配",
        "ViT 的 patch embedding 怎么做",
        "RLHF 的流程",
    ]
    matched = 0
    phrasings = [[Phrasing(t, f)] for t, f in zip(texts, features_of(texts), strict=True)]
    for text, result in zip(texts, matcher.match(phrasings), strict=True):
        if result.question_id is not None:
            matched += 1
            assert search_service.search(text, db).results[0].id == result.question_id, text
    assert matched >= len(texts) // 2  # the property is not met by matching nothing


def test_letters_listed_with_commas_name_the_concept():
    assert "qkv" in features_of(["如何理解Self-Attention中的Q, K, V?"])[0].concepts
    assert "qkv" in features_of(["Q、K、V 分别是什么"])[0].concepts
