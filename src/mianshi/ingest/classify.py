"""Module and topic of an imported question, learned from the bank itself.

Every bank question is training text for its topic (title, English title,
aliases, key points), and so are the taxonomy's names and a short word list per topic
(`topic_words.yaml`) for topics the bank does not cover well yet. A question
is scored against each topic by its nearest training texts and the topic's
centroid; a section heading that names a module (e.g. 手撕代码专题) adds a
prior. Implementation tasks go to `code` (topic by framework) unless they
are classic algorithm exercises, which go to cs_basics.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
import yaml
from scipy import sparse

from mianshi.bank.model import Question
from mianshi.ingest.concepts import ConceptMatcher
from mianshi.ingest.features import Features, extract, weight_matrix

HINT_BONUS = 0.12  # a heading naming the module
NEAREST_SHARE = 0.6  # weight of the nearest training text against the topic centroid
_ALGORITHMS = re.compile(
    r"链表|二叉树|数组|字符串|子序列|子数组|子串|排序|动态规划|回溯|贪心|二分查找|二分法|递归|栈|队列|堆调整|最短路径|全排列|"
    r"leetcode|算法题|公共祖先|迷宫|最大宽度|中位数|第\s*k\s*大",
    re.IGNORECASE,
)
_FRAMEWORK_TOPIC = {"numpy": "numpy", "torch": "pytorch", "cpp": "cpp", "python": "python"}


@dataclass(frozen=True)
class Label:
    module: str
    topic: str


class TopicName(Protocol):
    """A topic of the taxonomy with its names (bank_repo.TopicInfo has this shape)."""

    module: str
    topic: str
    name: str
    name_en: str


def _word_lists() -> dict[str, list[str]]:
    data = yaml.safe_load((Path(__file__).parent / "topic_words.yaml").read_text(encoding="utf-8"))
    return {key: str(words).split() for key, words in data.items()}


class TopicClassifier:
    def __init__(
        self,
        questions: Sequence[Question],
        topics: Sequence[TopicName],
        matcher: ConceptMatcher,
    ) -> None:
        self.matcher = matcher
        texts: list[str] = []
        labels: list[Label] = []

        def add(text: str, module: str, topic: str) -> None:
            if text.strip():
                texts.append(text)
                labels.append(Label(module, topic))

        for q in questions:
            for text in (q.title, q.title_en, *q.aliases, *q.keypoints):
                add(text, q.module, q.topic)
        known = {(t.module, t.topic) for t in topics}
        for t in topics:
            add(f"{t.name} {t.name_en}", t.module, t.topic)
        for key, words in _word_lists().items():
            module, topic = key.split("/")
            if (module, topic) in known:
                for word in words:
                    add(word, module, topic)
        self.labels = labels
        self.topics = sorted(set(labels), key=lambda lab: (lab.module, lab.topic))
        self.topic_index = {lab: i for i, lab in enumerate(self.topics)}
        self.features = [extract(t, matcher) for t in texts]
        self.vocab: dict[str, int] = {}
        self.matrix = weight_matrix([f.surface for f in self.features], self.vocab, grow=True)
        membership = sparse.csr_matrix(
            (np.ones(len(labels)), ([self.topic_index[lab] for lab in labels], range(len(labels)))),
            shape=(len(self.topics), len(labels)),
        )
        centroids = membership @ self.matrix
        norms = np.sqrt(np.asarray(centroids.multiply(centroids).sum(axis=1))).ravel()
        norms[norms == 0] = 1.0
        self.centroids = sparse.diags(1.0 / norms) @ centroids
        doc_topic = np.array([self.topic_index[lab] for lab in labels])
        # Training texts grouped by topic, for a per-topic maximum with one reduceat.
        self.by_topic = np.argsort(doc_topic, kind="stable")
        self.topic_starts = np.searchsorted(doc_topic[self.by_topic], np.arange(len(self.topics)))

    def classify(
        self, features: Sequence[Features], texts: Sequence[str], hints: Sequence[str | None]
    ) -> list[Label]:
        if not features:
            return []
        query = weight_matrix([f.surface for f in features], self.vocab, grow=False)
        query.resize((len(features), self.matrix.shape[1]))
        nearest = (query @ self.matrix.T).toarray()[:, self.by_topic]
        best_doc = np.maximum.reduceat(nearest, self.topic_starts, axis=1)
        centroid = (query @ self.centroids.T).toarray()
        all_scores = NEAREST_SHARE * best_doc + (1 - NEAREST_SHARE) * centroid
        module_of = np.array([lab.module for lab in self.topics])
        results = []
        for i, f in enumerate(features):
            scores = all_scores[i]
            if hints[i]:
                scores = scores + HINT_BONUS * (module_of == hints[i])
            label = self.topics[int(np.argmax(scores))] if scores.max() > 0 else None
            results.append(self._implementation(f, texts[i], label))
        return results

    def _implementation(self, f: Features, text: str, label: Label | None) -> Label:
        if f.implementation and _ALGORITHMS.search(text):
            return Label("cs_basics", "algorithms")
        if f.implementation:
            return Label("code", _FRAMEWORK_TOPIC.get(f.framework or "", "numpy"))
        return label or self.fallback

    @property
    def fallback(self) -> Label:
        """For a line that resembles nothing the bank knows."""
        return self.topics[0] if self.topics else Label("dl_basics", "training")
