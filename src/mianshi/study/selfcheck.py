"""Checking a typed answer against a question's key points.

A key point is broken into concepts of the glossary (BN, 批归一化 and batch
norm are one concept) and the remaining content terms. A concept counts when
the answer names it in any language; a term counts when the answer contains
it (Chinese terms as substrings, so segmentation differences do not matter).
A key point's score is the share of its concepts and terms the answer has: naming
the right things is not enough without saying the right things about them.

What is graded is a key point's content, not its wording: a label before a colon
("模型压缩：量化、蒸馏") and formulas (`h=W0x+(α/r)·BAx`, `k×V`) are not words the
user must say, and spacing, underscores, hyphens and case never matter
(`running mean` = `running_mean` = `RunningMean`).
"""

import re
from dataclasses import dataclass

from mianshi.search.glossary import Glossary
from mianshi.search.text import STOPWORDS_ZH, normalize, tokenize
from mianshi.search.words import is_dictionary_word

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
# A short label ending in a colon at the start of a key point: "缺点：", "SFT:".
_LABEL = re.compile(r"^\s*[^:：,，。;；(（]{1,12}[:：]\s*(?=\S)")
# A formula: a run without spaces, CJK or Chinese punctuation that holds an operator.
_FORMULA = re.compile(
    r"[^\s\u3400-\u9fff\uf900-\ufaff，。；、：:]*"
    r"[=^×·∝≈²³√∑|(){}\[\]<>]"
    r"[^\s\u3400-\u9fff\uf900-\ufaff，。；、：:]*"
)
_JOINERS = re.compile(r"[\s_\-]+")
_SHORT_WITH_DIGIT = re.compile(r"^(?=.*\d)[a-z0-9./]{1,3}$")  # n2, k2, w0, 3x3: symbols


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


def keypoint_content(point: str) -> str:
    """The part of a key point that is graded: without a leading label."""
    return _LABEL.sub("", point, count=1)


def _without_formulas(text: str) -> str:
    return _FORMULA.sub(" ", text)


def _is_term(token: str) -> bool:
    if not _WORDLIKE.search(token) or token in STOPWORDS_ZH or token in FILLER_ZH:
        return False
    if len(token) < 2 or _SHORT_WITH_DIGIT.match(token):
        return False
    if _CJK.match(token):
        # Segmentation debris across word boundaries ("时约", "头有") is no requirement.
        return is_dictionary_word(token) and not (len(token) == 2 and set(token) & FUNCTION_CHARS)
    return True


def _content_terms(text: str, glossary: Glossary) -> list[str]:
    """Words of `text` outside the glossary names and formulas, without fillers, debris
    and single characters."""
    normalised = normalize(text)
    spans = sorted((start, end) for _, start, end in glossary.find(text))
    kept, position = [], 0
    for start, end in spans:
        kept.append(normalised[position:start])
        position = max(position, end)
    kept.append(normalised[position:])
    terms: list[str] = []
    for token in tokenize(_without_formulas(" ".join(kept)).replace("_", " ")):
        if _is_term(token) and token not in terms:
            terms.append(token)
    return terms


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _term_present(term: str, answer_text: str, answer_tokens: set[str]) -> bool:
    """`answer_text` is normalised with underscores read as spaces."""
    if term in answer_tokens:
        return True
    if _CJK.search(term):
        if term in answer_text:
            return True
        grams = _bigrams(term)
        # A long Chinese phrase said with a different word order or a word inserted.
        return len(term) >= 4 and len(grams & _bigrams(answer_text)) >= 0.75 * len(grams)
    if re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", answer_text):
        return True
    # Written together or apart: "runningmean", "running-mean" for "running mean".
    compact = _JOINERS.sub("", term)
    return len(compact) >= 5 and compact in _JOINERS.sub("", answer_text)


def _readings(point: str) -> list[str]:
    """The ways a key point may be read: as written, without its label, and without its
    label and formulas. The user gets the best of them, so neither saying nor leaving
    out a label or a formula costs anything."""
    content = keypoint_content(point)
    readings = [point, content, _without_formulas(content)]
    return [r for i, r in enumerate(readings) if r.strip() and r not in readings[:i]]


def _match(point: str, reading: str, answer: "_Answer", glossary: Glossary) -> KeypointMatch:
    concepts = glossary.concepts_in(reading)
    terms = _content_terms(reading, glossary)
    hit_c = [c for c in concepts if c.id in answer.concepts]
    miss_c = [c for c in concepts if c.id not in answer.concepts]
    hit_t = [t for t in terms if answer.text and _term_present(t, answer.text, answer.tokens)]
    miss_t = [t for t in terms if t not in hit_t]
    if concepts or terms:
        score = (len(hit_c) + len(hit_t)) / (len(concepts) + len(terms))
    else:  # a key point made only of fillers: compare it as a whole
        score = 1.0 if answer.text and normalize(reading) in answer.text else 0.0
    return KeypointMatch(
        text=point,
        score=score,
        concepts_hit=[c.label for c in hit_c],
        concepts_missed=[c.label for c in miss_c],
        terms_hit=hit_t,
        terms_missed=miss_t,
    )


@dataclass(frozen=True)
class _Answer:
    text: str  # normalised, underscores read as spaces
    tokens: set[str]
    concepts: set[str]


def check_answer(answer: str, keypoints: list[str], glossary: Glossary) -> CheckResult:
    text = normalize(answer).replace("_", " ")
    analysed = _Answer(
        text=text,
        tokens=set(tokenize(text)) if text else set(),
        concepts={c.id for c in glossary.concepts_in(answer)} if text else set(),
    )
    matches = []
    for point in keypoints:
        candidates = [_match(point, r, analysed, glossary) for r in _readings(point)]
        # On a tie the plainer reading wins: its missing words are the ones worth showing.
        matches.append(max(reversed(candidates), key=lambda m: m.score))
    return CheckResult(matches)
