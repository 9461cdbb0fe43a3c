"""What a question is about: its concepts, and the aspect of them it asks.

A question is mostly *concepts* (BN, 感受野, LoRA — glossary concepts, so
BN = 批归一化) plus an *aspect*: what it wants to know about them (why, how
to fix, the difference, the formula...) and the content words that narrow it
(增大, 训练 vs 推理). Two phrasings of one question agree on both; hard
negatives share the concepts but not the aspect ("增大感受野的方法" vs
"感受野的概念"), or share wording but not the concepts (Encoder vs Decoder).
Question forms map to a few intent tokens (区别/不同/差异 -> ~diff), and an
implementation task ("Numpy 实现NMS") is never the same question as the
concept it implements.
"""

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse

from mianshi.ingest.concepts import ConceptMatcher
from mianshi.search.text import normalize

_INTENTS = {
    "diff": "区别 不同 差异 差别 异同 对比 比较 相比 相比于 区分 联系 关系 vs versus difference compare",
    "why": "为什么 为何 为啥 原因 why",
    "how": "如何 怎么 怎样 怎么样 how 解决 处理 缓解 减轻 应对 避免 防止 改善 克服 消除 优化 解决方法 解决方案 "
    "办法 思路 提升 提高 改进",
    "list": "方法 方式 策略 技巧 手段 措施 哪些 哪几种 几种 列举 常见 常用 主流 种类 类型 变体 系列",
    "where": "哪里 哪儿 位置 何处 where",
    "when": "什么时候 何时 when 场景 适用",
    "explain": "介绍 讲讲 讲一讲 讲一下 讲解 说说 说下 说一下 谈谈 聊聊 简述 阐述 阐释 解释 描述 理解 了解 原理 机制 "
    "是什么 概念 含义 定义 意思 思想 工作 过程 流程 步骤 框架 结构 作用 用处 用途 意义 好处 功能 目的 "
    "explain describe what",
    "proscons": "优缺点 优点 缺点 优势 劣势 利弊",
    "formula": "公式 推导 手推 证明 写出 写一下",
    "compute": "计算 计算量 复杂度",
}
_INTENT_OF = {word: intent for intent, words in _INTENTS.items() for word in words.split()}
# Question forms that ask nearly the same thing ("有哪些X" ~ "介绍X", "如何解决" ~ "有哪些方法").
_INTENT_AFFINITY = {
    frozenset(("explain", "list")): 0.6,
    frozenset(("how", "list")): 0.7,
    frozenset(("diff", "proscons")): 0.5,
    frozenset(("explain", "diff")): 0.3,
    frozenset(("explain", "how")): 0.3,
}
# Words interview collections use interchangeably.
_SYNONYMS = {
    "不均衡": "不平衡",
    "失衡": "不平衡",
    "增广": "增强",
    "提速": "加速",
    "调节": "调整",
    "跨卡": "多卡",
    "翻转": "反转",
    "多gpu": "多卡",
    "均值": "平均",
    "神经元": "神经网络",
    "测试": "推理",
    "inference": "推理",
    "预测": "推理",
    "train": "训练",
    "training": "训练",
}
_STOP = set(
    [
        "的",
        "了",
        "是",
        "在",
        "和",
        "与",
        "及",
        "以及",
        "或",
        "或者",
        "吗",
        "嘛",
        "呢",
        "吧",
        "啊",
        "么",
        "有",
        "有没有",
        "一下",
        "一个",
        "一些",
        "一种",
        "请",
        "你",
        "我",
        "他",
        "它",
        "们",
        "这",
        "那",
        "这个",
        "那个",
        "这些",
        "会",
        "能",
        "能否",
        "可以",
        "可否",
        "是否",
        "要",
        "需要",
        "用",
        "使用",
        "采用",
        "中",
        "里",
        "里面",
        "上",
        "下",
        "对",
        "对于",
        "把",
        "被",
        "给",
        "让",
        "都",
        "也",
        "就",
        "还",
        "又",
        "而",
        "但",
        "如果",
        "时",
        "时候",
        "之间",
        "分别",
        "其",
        "所",
        "之",
        "并",
        "及其",
        "其中",
        "个",
        "些",
        "什么样",
        "哪",
        "啥",
        "多少",
        "得到",
        "进行",
        "做",
        "将",
        "来",
        "去",
        "到",
        "从",
        "于",
        "由",
        "为",
        "以",
        "后",
        "前",
        "简单",
        "具体",
        "一般",
        "通常",
        "主要",
        "详细",
        "现在",
        "目前",
        "一定",
        "各自",
        "各个",
        "问题",
        "现象",
        "情况",
        "可能",
        "不用",
        "不是",
        "而不是",
        "还是",
        "阶段",
        "的话",
        "什么",
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "is",
        "are",
        "be",
        "it",
        "this",
        "that",
        "with",
        "as",
        "by",
        "at",
        "from",
        "do",
        "does",
        "can",
        "should",
        "would",
        "you",
        "your",
        "we",
        "our",
        "me",
        "please",
    ]
)
# Words so common in interview questions that they say little about which question it is.
_GENERIC = set(
    [
        "模型",
        "网络",
        "算法",
        "神经网络",
        "深度学习",
        "机器学习",
        "效果",
        "特点",
        "场景",
        "应用",
        "任务",
        "数据",
        "实际",
        "性能",
        "能力",
    ]
)
_GENERIC_CONCEPTS = {
    "llm",
    "transformer",
    "cnn",
    "deep-learning",
    "neural-network",
    "machine-learning",
    "pytorch",
    "numpy",
}
_IMPL = re.compile(
    r"手撕|代码|编程|coding|\bimplement|伪代码|"
    r"(?:numpy|pytorch|torch|python|c\+\+|tensorflow|paddle)\s*.{0,20}?(?<!怎么|如何|怎样|是怎)(?:实现|写|构建|搭建|编写|完成|计算)|"
    r"(?<!怎么|如何|怎样|是怎)(?:实现|手写|编写|写)\s*(?:一个|一下)?\s*.{0,16}?(?:函数|类|代码|numpy|pytorch)",
    re.IGNORECASE,
)
# "手写交叉熵公式" asks for a formula, not for code.
_FORMULA_ONLY = re.compile(r"公式|推导|手推")
# "X 的原理、区别与代码解析" asks first for the principle; the code comes second.
_PRINCIPLE_FIRST = re.compile(r"原理.{0,12}(?:与|和|及其|及|以及).{0,4}代码(?:解析|实现|讲解)")
_CODE_WORDS = re.compile(r"代码|编程|coding|numpy|pytorch|torch|c\+\+|实现", re.IGNORECASE)
_FRAMEWORKS = {
    "numpy": r"numpy|np\.",
    "torch": r"pytorch|torch",
    "cpp": r"c\+\+|cpp",
    "python": r"python",
}
_ASCII_WORD = re.compile(r"^[a-z0-9][a-z0-9.+\-_/]*$")
_TIMES = re.compile(r"(\d)\s*[*×xX]\s*(\d)")
# "推理时有什么区别" segments as 推理/时有; "X时" (when X) is a separator.
_WHEN = re.compile(r"(?<=[\u4e00-\u9fff])时(?=[有的候,，?？、]|$)")

INTENT_WEIGHT = 0.6
GENERIC_WEIGHT = 0.3
ASPECT_FLOOR = 0.25  # share of the score that agreeing concepts earn on their own
CONCEPT_WEIGHT = 2.0  # in the surface vector used when concepts cannot decide
NESTED_WEIGHT = 0.5  # 学习率 inside 学习率调整策略
RELATED_WEIGHT = 0.25  # a concept the glossary links with `see`
OWN_TERM_WEIGHT = 0.8  # a term this heavy that only one side has makes them different questions
SURFACE_DISCOUNT = 0.75
CONFLICT_FACTOR = 0.8
OVERLAP_MIX = 0.0  # each side names something the other does not  # when the concepts differ, the wording alone decides, with less trust


@dataclass(frozen=True)
class Features:
    concepts: dict[str, float]  # concept -> weight (1 named, less for nested and related concepts)
    aspect: dict[str, float]  # intents and content words outside concept names, L2-normalised
    surface: dict[str, float]  # every term incl. the words inside concept names, L2-normalised
    surface_raw: dict[str, float]  # the same, unnormalised
    own_words: frozenset[
        str
    ]  # words (not concepts or intents) heavy enough to tell questions apart
    implementation: bool
    framework: str | None


@lru_cache(maxsize=1)
def _word_costs() -> dict[str, float]:
    from mianshi.ingest.garble import _costs

    return _costs()[0]


def _word_weight(word: str) -> float:
    """Rarer words say more. Technical ASCII words and words jieba does not know count fully."""
    if word in _GENERIC:
        return GENERIC_WEIGHT
    if _ASCII_WORD.match(word):
        return 1.0 if len(word) > 1 else 0.4
    cost = _word_costs().get(word)
    if cost is None:
        return 1.0
    return min(1.0, max(0.35, (cost - 6.0) / 5.0))


def is_word(token: str) -> bool:
    """A technical ASCII word or a word of the dictionary, not a fragment left by segmentation ("中要")."""
    return bool(_ASCII_WORD.match(token)) or token in _word_costs()


def _normalised(terms: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in terms.values())) or 1.0
    return {t: w / norm for t, w in terms.items()}


_PIECES = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+(?:[.+][a-z0-9]+)*\+*")


def _tokens(text: str) -> list[str]:
    """Words in reading order, Chinese segmented precisely (no overlapping search sub-words)."""
    import rjieba

    tokens: list[str] = []
    for piece in _PIECES.findall(text):
        tokens.extend(rjieba.cut(piece) if "\u4e00" <= piece[0] <= "\u9fff" else [piece])
    return tokens


def _add_tokens(text: str, into: dict[str, float]) -> None:
    for token in _tokens(text):
        token = _SYNONYMS.get(token, token)
        intent = _INTENT_OF.get(token)
        if intent:
            into["~" + intent] = INTENT_WEIGHT
        elif token not in _STOP:
            into[token] = max(into.get(token, 0.0), _word_weight(token))


def extract(text: str, matcher: ConceptMatcher) -> Features:
    normal = _WHEN.sub(" ", _TIMES.sub(r"\1x\2", normalize(text)))
    mentions = matcher.mentions(normal, normalised=True)
    concepts = {m.concept: (0.5 if m.concept in _GENERIC_CONCEPTS else 1.0) for m in mentions}
    expanded = dict(concepts)
    for m in mentions:
        for inner in matcher.nested(normal, m):
            expanded[inner] = max(expanded.get(inner, 0.0), NESTED_WEIGHT)
    for concept in concepts:
        for other in matcher.related.get(concept, ()):
            expanded[other] = max(expanded.get(other, 0.0), RELATED_WEIGHT)
    remainder = normal
    for m in reversed(mentions):
        remainder = remainder[: m.start] + " " + remainder[m.end :]
    aspect: dict[str, float] = {}
    _add_tokens(remainder, aspect)
    if not any(t.startswith("~") for t in aspect):
        aspect["~explain"] = INTENT_WEIGHT  # a bare topic asks to explain it
    surface = dict(aspect)
    _add_tokens(" ".join(normal[m.start : m.end] for m in mentions), surface)
    for concept, weight in concepts.items():
        surface["@" + concept] = CONCEPT_WEIGHT * weight
    implementation = (
        bool(_IMPL.search(normal))
        and not (_FORMULA_ONLY.search(normal) and not _CODE_WORDS.search(normal))
        and not _PRINCIPLE_FIRST.search(normal)
    )
    framework = None
    if implementation:
        framework = next((n for n, p in _FRAMEWORKS.items() if re.search(p, normal)), None)
        aspect["~impl"] = surface["~impl"] = 1.0
    return Features(
        concepts=expanded,
        aspect=_normalised(aspect),
        surface=_normalised(surface),
        surface_raw=surface,
        own_words=frozenset(
            t for t, w in surface.items() if w >= OWN_TERM_WEIGHT and t[0] not in "~@"
        ),
        implementation=implementation,
        framework=framework,
    )


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _aspect_similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine in which related question forms (有哪些 ~ 介绍) count in part."""
    score = _cosine(a, b)
    intents_a = [(t[1:], w) for t, w in a.items() if t.startswith("~")]
    intents_b = [(t[1:], w) for t, w in b.items() if t.startswith("~")]
    for ia, wa in intents_a:
        for ib, wb in intents_b:
            if ia != ib:
                score += wa * wb * _INTENT_AFFINITY.get(frozenset((ia, ib)), 0.0)
    return min(score, 1.0)


def _concept_overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of the concept weights, pulled towards the smaller side's share when one side names more."""
    dot = _cosine(a, b)
    na, nb = sum(w * w for w in a.values()), sum(w * w for w in b.values())
    cosine = dot / max((na * nb) ** 0.5, 1e-9)
    overlap = dot / max(na, nb, 1e-9)
    return OVERLAP_MIX * overlap + (1 - OVERLAP_MIX) * cosine


def _own_terms(a: Features, b: Features) -> bool:
    """Whether `a` names something substantial (a concept or a rare word) that `b` does not."""
    for term, weight in a.surface_raw.items():
        if weight < OWN_TERM_WEIGHT or term.startswith("~") or term in b.surface_raw:
            continue
        if term.startswith("@") and b.concepts.get(term[1:], 0.0) >= NESTED_WEIGHT:
            continue  # b names the same thing in a longer or shorter name
        return True
    return False


def similarity(a: Features, b: Features) -> float:
    """How likely two questions are one: concepts must agree, and then the aspect."""
    if a.implementation != b.implementation:
        return 0.0
    if a.framework and b.framework and a.framework != b.framework:
        return 0.0
    surface = _cosine(a.surface, b.surface)
    if not (a.concepts and b.concepts):
        return surface
    concepts = _concept_overlap(a.concepts, b.concepts)
    aspect = _aspect_similarity(a.aspect, b.aspect)
    score = concepts * (ASPECT_FLOOR + (1 - ASPECT_FLOOR) * aspect)
    conflict = _own_terms(a, b) and _own_terms(b, a)
    if concepts < 0.99 and not conflict:
        score = max(score, SURFACE_DISCOUNT * surface)  # the glossary may name one thing twice
    return score * CONFLICT_FACTOR if conflict else score


MATCH_CONCEPTS = 0.5  # a bank question must name the imported question's concepts
MATCH_SURFACE = 0.6  # without concepts on both sides, the wording must agree this well


def match_similarity(question: Features, bank_text: Features) -> float:
    """`similarity`, but only between texts that name the same things: a bank
    question is broader than one imported question, never about something else."""
    score = similarity(question, bank_text)
    if question.concepts and bank_text.concepts:
        a, b = question.concepts, bank_text.concepts
        dot = _cosine(a, b)
        cosine = dot / max(
            (sum(w * w for w in a.values()) * sum(w * w for w in b.values())) ** 0.5, 1e-9
        )
        return score if cosine >= MATCH_CONCEPTS else 0.0
    return score if _cosine(question.surface, bank_text.surface) >= MATCH_SURFACE else 0.0


def weight_matrix(
    weights: Sequence[Mapping[str, float]],
    vocab: dict[str, int],
    grow: bool,
    normalise: bool = False,
) -> sparse.csr_matrix:
    """One sparse row per text over a shared vocabulary of terms or concepts.

    With `grow`, unseen keys extend `vocab`; without, they are dropped (a query
    against a fitted vocabulary). With `normalise`, each row has unit L2 norm.
    """
    rows, cols, vals = [], [], []
    for i, row in enumerate(weights):
        norm = 1.0
        if normalise:
            norm = float(np.sqrt(sum(w * w for w in row.values()))) or 1.0
        for key, weight in row.items():
            col = vocab.get(key)
            if col is None:
                if not grow:
                    continue
                col = vocab[key] = len(vocab)
            rows.append(i)
            cols.append(col)
            vals.append(weight / norm)
    return sparse.csr_matrix(
        (vals, (rows, cols)), shape=(len(weights), max(len(vocab), 1)), dtype=np.float32
    )
