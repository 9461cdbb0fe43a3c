"""Similarity in bulk (ingest/pairs.py) agrees with the per-pair definition (ingest/features.py)."""

import random

import numpy as np
import pytest

from mianshi.bank.loader import load_bank
from mianshi.ingest import features as F
from mianshi.ingest.pairs import PairScorer
from mianshi.ingest.pipeline import features_of
from mianshi.paths import content_dir

EXTRA = [  # implementation tasks and framework names, which the bank's titles seldom pair up
    "用 Numpy 实现 NMS",
    "用 PyTorch 实现 NMS",
    "NMS 的原理",
    "手写 softmax 的 PyTorch 实现",
    "用 numpy 实现 softmax",
    "BN 在训练和推理时有什么区别",
    "BatchNorm 训练和测试阶段的不同",
    "如何缓解过拟合",
    "有哪些防止过拟合的方法",
]


@pytest.fixture(scope="module")
def texts_and_pairs():
    bank = load_bank(content_dir()).questions.values()
    texts = [t for q in bank for t in (q.title, *q.aliases) if t.strip()] + EXTRA
    features = features_of(texts)
    scorer = PairScorer(features)
    # near neighbours by wording (where the interesting cases are) and random pairs
    near = (scorer.surface @ scorer.surface.T).tocoo()
    keep = (near.row < near.col) & (near.data >= 0.3)
    rng = random.Random(5)
    random_pairs = [tuple(sorted(rng.sample(range(len(texts)), 2))) for _ in range(3000)]
    pairs = sorted(
        set(zip(near.row[keep].tolist(), near.col[keep].tolist(), strict=True)) | set(random_pairs)
    )
    left, right = (np.array(side) for side in zip(*pairs, strict=True))
    return features, scorer, left, right


def test_bulk_similarity_equals_the_per_pair_definition(texts_and_pairs):
    features, scorer, left, right = texts_and_pairs
    bulk = scorer.similarity(left, right)
    one_by_one = [F.similarity(features[i], features[j]) for i, j in zip(left, right, strict=True)]
    assert np.max(np.abs(bulk - one_by_one)) < 1e-9
    # the pairs exercise every branch of the definition
    conflict = [
        F._own_terms(features[i], features[j]) and F._own_terms(features[j], features[i])
        for i, j in zip(left, right, strict=True)
    ]
    vetoed = [
        features[i].implementation != features[j].implementation
        for i, j in zip(left, right, strict=True)
    ]
    no_concepts = [
        not (features[i].concepts and features[j].concepts)
        for i, j in zip(left, right, strict=True)
    ]
    assert sum(conflict) > 50 and sum(vetoed) > 50 and sum(no_concepts) > 50
    assert np.sum(bulk >= 0.65) > 50


def test_bulk_match_similarity_equals_the_per_pair_definition(texts_and_pairs):
    features, scorer, left, right = texts_and_pairs
    bulk = scorer.match_similarity(left, right)
    one_by_one = [
        F.match_similarity(features[i], features[j]) for i, j in zip(left, right, strict=True)
    ]
    assert np.max(np.abs(bulk - one_by_one)) < 1e-9
    gated = sum(
        1 for s, m in zip(scorer.similarity(left, right), bulk, strict=True) if s > 0 and m == 0
    )
    assert gated > 50  # the gate refused pairs the plain similarity scores


def test_a_scorer_extending_another_scores_as_one_built_over_both(texts_and_pairs):
    features, whole, left, right = texts_and_pairs
    cut = len(features) // 2
    extended = PairScorer(features[cut:], extends=PairScorer(features[:cut]))
    assert np.max(np.abs(extended.similarity(left, right) - whole.similarity(left, right))) < 1e-12
    assert np.array_equal(
        extended.match_similarity(left, right), whole.match_similarity(left, right)
    )
