"""Attaching imported questions to bank questions, and finding concepts under other spellings."""

from mianshi.bank import load_bank
from mianshi.bank.model import Question
from mianshi.ingest.concepts import ConceptMatcher
from mianshi.ingest.match import MATCH_IF_COVERED, MATCH_WITH_MARGIN, BankMatcher
from mianshi.ingest.pipeline import features_of, shipped_matcher
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
    matcher = BankMatcher(bank, shipped_matcher())
    return matcher.match([features_of([text])])[0]


def test_a_loose_match_is_taken_when_the_bank_text_names_everything_asked():
    shipped = list(load_bank(content_dir()).questions.values())
    result = match("Janus-Pro将视觉编码解耦以进行多模态理解和生成,分别是什么?", shipped)
    # a score only the coverage rule accepts
    assert MATCH_IF_COVERED <= result.score < MATCH_WITH_MARGIN
    assert result.question_id == "janus-pro-decoupled-encoding"


def test_a_loose_match_is_refused_when_the_question_names_something_the_bank_does_not():
    result = match("表格数据怎么做数据增强")  # tabular data: not what the bank question is about
    assert result.question_id is None


def test_a_question_about_another_subject_is_not_matched():
    assert match("SAM网络轻量化的几种思路?").question_id is None


def test_between_near_equal_candidates_the_one_naming_all_that_is_asked_wins():
    shipped = list(load_bank(content_dir()).questions.values())
    result = match("PyTorch 中主要且常用的归一化操作有BN,LN,IN,GN,介绍下他们的区别?", shipped)
    assert result.question_id == "bn-ln-in-gn"  # not the BatchNorm question, which names BN only


def test_letters_listed_with_commas_name_the_concept():
    assert "qkv" in features_of(["如何理解Self-Attention中的Q, K, V?"])[0].concepts
    assert "qkv" in features_of(["Q、K、V 分别是什么"])[0].concepts
