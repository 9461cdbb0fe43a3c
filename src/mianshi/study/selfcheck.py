"""Checking a typed answer against a question's key points.

A key point is broken into concepts of the glossary (BN, 批归一化 and batch
norm are one concept) and the remaining content terms. A concept counts when
the answer names it in any language; a term counts when the answer contains
it (Chinese terms as substrings, so segmentation differences do not matter).
A key point's score is half the share of its concepts named and half the share
of its terms found: naming the right things is not enough without saying the
right things about them.
"""

import re
from dataclasses import dataclass

from mianshi.search.glossary import Glossary
from mianshi.search.text import STOPWORDS_ZH, normalize, tokenize

COVERED_AT = 0.6
# Words that say nothing checkable about the answer's content.
FILLER_ZH = frozenset(
    [
        "使用",
        "通过",
        "进行",
        "需要",
        "就是",
        "因为",
        "所以",
        "以及",
        "其中",
        "而是",
        "并且",
        "一般",
        "通常",
        "主要",
        "比较",
        "可能",
        "实现",
        "方法",
        "问题",
    ]
)
# Function characters: a segment made only of these ("时用" from "训练时用") is not a term.
FUNCTION_CHARS = frozenset("时用的在与和是了将把被对从到为以及或而其该此之等中后前上下即则")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORDLIKE = re.compile(r"\w")


@dataclass(frozen=True)
class KeypointMatch:
    text: str
    score: float  # 0..1
    concepts_hit: list[str]
    concepts_missed: list[str]
    terms_hit: list[str]
    terms_missed: list[str]

    @property
    def covered(self) -> bool:
        return self.score >= COVERED_AT


@dataclass(frozen=True)
class CheckResult:
    keypoints: list[KeypointMatch]

    @property
    def score(self) -> float:
        """Mean key-point score, 0..1: partial answers get partial credit."""
        if not self.keypoints:
            return 0.0
        return sum(k.score for k in self.keypoints) / len(self.keypoints)

    @property
    def covered(self) -> list[int]:
        return [i for i, k in enumerate(self.keypoints) if k.covered]

    @property
    def missed(self) -> list[int]:
        return [i for i, k in enumerate(self.keypoints) if not k.covered]


def _content_terms(text: str, glossary: Glossary) -> list[str]:
    """Words of `text` outside the glossary names, without fillers and single characters."""
    normalised = normalize(text)
    spans = sorted((start, end) for _, start, end in glossary.find(text))
    kept, position = [], 0
    for start, end in spans:
        kept.append(normalised[position:start])
        position = max(position, end)
    kept.append(normalised[position:])
    terms: list[str] = []
    for token in tokenize(" ".join(kept)):
        if not _WORDLIKE.search(token) or token in STOPWORDS_ZH or token in FILLER_ZH:
            continue
        if len(token) < 2 or (_CJK.match(token) and set(token) <= FUNCTION_CHARS):
            continue
        if token not in terms:
            terms.append(token)
    return terms


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _term_present(term: str, answer_text: str, answer_tokens: set[str]) -> bool:
    if term in answer_tokens:
        return True
    if _CJK.search(term):
        if term in answer_text:
            return True
        grams = _bigrams(term)
        # A long Chinese phrase said with a different word order or a word inserted.
        return len(term) >= 4 and len(grams & _bigrams(answer_text)) >= 0.75 * len(grams)
    return re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", answer_text) is not None


def check_answer(answer: str, keypoints: list[str], glossary: Glossary) -> CheckResult:
    answer_text = normalize(answer)
    answer_tokens = set(tokenize(answer)) if answer_text else set()
    answer_concepts = {c.id for c in glossary.concepts_in(answer)} if answer_text else set()
    matches = []
    for point in keypoints:
        concepts = glossary.concepts_in(point)
        terms = _content_terms(point, glossary)
        hit_c = [c for c in concepts if c.id in answer_concepts]
        miss_c = [c for c in concepts if c.id not in answer_concepts]
        hit_t = [t for t in terms if answer_text and _term_present(t, answer_text, answer_tokens)]
        miss_t = [t for t in terms if t not in hit_t]
        shares = [
            len(hit) / len(wanted) for hit, wanted in ((hit_c, concepts), (hit_t, terms)) if wanted
        ]
        if shares:
            score = sum(shares) / len(shares)
        else:  # a key point made only of fillers: compare it as a whole
            score = 1.0 if answer_text and normalize(point) in answer_text else 0.0
        matches.append(
            KeypointMatch(
                text=point,
                score=score,
                concepts_hit=[c.label for c in hit_c],
                concepts_missed=[c.label for c in miss_c],
                terms_hit=hit_t,
                terms_missed=miss_t,
            )
        )
    return CheckResult(matches)
