"""Clustering, families: paraphrases join, hard negatives stay apart, copies count once."""

from mianshi.ingest.families import detect_families
from mianshi.services.ingest import cluster_lines


def same(labels: list[int], i: int, j: int) -> bool:
    return labels[i] == labels[j]


def test_paraphrases_and_exact_copies_join():
    lines = [
        "BN 在训练和推理时有什么区别？",
        "BatchNorm 训练阶段和推理阶段有什么不同?",
        "01. BN 在训练和推理时有什么区别？",  # numbering differs only
        "为什么 Transformer 用 LayerNorm 而不用 BatchNorm？",
        "Transformer 中为什么使用 LN 而不是 BN",
    ]
    labels = cluster_lines(lines)
    assert same(labels, 0, 2)
    assert same(labels, 0, 1)
    assert same(labels, 3, 4)
    assert not same(labels, 0, 3)


def test_hard_negatives_stay_apart():
    lines = [
        "BN 在训练和推理时有什么区别？",
        "BN、LN、IN、GN 有什么区别？",
        "介绍一下 Focal Loss 的原理",
        "用 Numpy 实现 Focal Loss",
        "用 PyTorch 实现 Focal Loss",
        "感受野是什么？",
        "增大感受野有哪些方法？",
        "介绍 Transformer 的 Encoder 模块",
        "介绍 Transformer 的 Decoder 模块",
    ]
    labels = cluster_lines(lines)
    assert len(set(labels)) == len(lines)


def test_labels_are_indices_of_the_first_member():
    labels = cluster_lines(["过拟合怎么处理？", "如何缓解过拟合？", "梯度消失怎么办？"])
    assert labels[0] == 0 and labels[2] == 2
    assert labels[1] in (0, 1)


def test_copies_in_the_same_order_are_one_family():
    readme = list(range(40))
    page = list(range(35))  # an older rendering of the same list
    other = [3, 1, 20, 7, 2, 90, 91]  # popular questions in another order
    families, overlaps = detect_families({1: readme, 2: page, 3: other})
    assert families[1] == families[2] == 1
    assert families[3] == 3
    assert any(o.source == 1 and o.share == 1.0 for o in overlaps[2])


def test_a_short_list_of_popular_questions_is_not_a_copy():
    big = list(range(100))
    short = [50, 10, 80, 30, 60, 20]  # all in the big one, shuffled
    families, _ = detect_families({1: big, 2: short})
    assert families[2] == 2


def test_principle_first_then_code_is_a_concept_question():
    from mianshi.ingest.pipeline import features_of

    principle, code, formula = features_of(
        ["Prefix Tuning 的原理、区别与代码解析", "用 PyTorch 实现 LoRA 层", "手写交叉熵公式"]
    )
    assert not principle.implementation
    assert code.implementation and code.framework == "torch"
    assert not formula.implementation
