"""Normalising and tokenising mixed Chinese / English interview text.

Identifiers of the field stay whole (bn, gqa, rope, yolov5, top-p, 1x1, c++); a
compound identifier also yields its parts (`top-p` gives `top`, `kv-cache` gives
`kv` and `cache`), and a name with a version number its name (`yolov5` gives
`yolo`). Chinese is segmented with jieba (its Rust binding) in search mode, so
a long word also yields the shorter words inside it (灾难性 gives 灾难).

    >>> tokenize("Transformer 为啥用 LN 不用 BN？")
    ['transformer', 'ln', '不用', 'bn']
"""

import re
import unicodedata
from functools import lru_cache

_FULL_WIDTH_PUNCTUATION = tuple((c, unicodedata.normalize("NFKC", c)) for c in "，：；（）？！")
# Letters that NFKC keeps but that readers treat as ASCII look-alikes.
_LOOKALIKES = (("×", "x"), ("–", "-"), ("—", "-"), ("‐", "-"), ("−", "-"))
# Identifiers: letters/digits joined by - . + _ / (top-p, yolov5, c++, r-cnn, 3.5); Greek
# letters count as letters (the α and γ of focal loss).
_IDENTIFIER = re.compile(r"[a-z0-9\u03b1-\u03c9]+(?:[-.+_/][a-z0-9\u03b1-\u03c9]+)*\+*")
# CJK ideographs (extension A, unified, compatibility); jieba keeps them apart from other scripts.
_CJK_FIRST, _CJK_LAST = "\u3400", "\ufaff"
_NAME_WITH_VERSION = re.compile(r"([a-z]{2,}?)v?\d")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS_EN = _words(
    """a an the of to in on for and or is are was be been it its this that these those with
    as by at from how what why which who when where does do did can could should would
    vs versus between about into than then there their them they you your i we our
    explain describe introduce tell me please difference differences"""
)
STOPWORDS_ZH = _words(
    """的 了 是 在 和 与 及 或 吗 呢 吧 啊 么 什么 为什么 为啥 怎么 怎样 如何 哪些 哪个 有 有没有
    一下 一个 一种 讲 讲讲 讲一讲 说 说说 说一下 介绍 介绍一下 简述 简单 请 你 我 它 他们 这个 那个
    这 那 会 能 可以 要 用 中 里 上 下 对 把 被 给 让 都 也 就 还 又 而 但 如果 时 时候 之间 分别
    一 个 些 其 所 之 以 及其 怎么样 区别 不同 作用 原理
    啥 咋 呀 哦 嘛 吗 呗 着 过 得 地 是不是 到底 究竟 为何 何 哪 哪里 哪儿 啥样 干嘛 怎么办 咋办
    谈谈 聊聊 讲解 解释 一般 通常 主要 具体 那么 这么 还是 以及 方面"""
)


def normalize(text: str) -> str:
    """NFKC (full-width to half-width), case-folded, whitespace collapsed, × read as x."""
    # Most Chinese text is NFKC already but for its punctuation: replacing that first
    # spares the (slow) full normalisation of most texts.
    for full_width, half_width in _FULL_WIDTH_PUNCTUATION:
        if full_width in text:
            text = text.replace(full_width, half_width)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = text.casefold()
    for lookalike, plain in _LOOKALIKES:
        if lookalike in text:
            text = text.replace(lookalike, plain)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _segmenter():
    import rjieba

    return rjieba.cut_for_search


def segment(text: str) -> list[str]:
    """jieba's words (search mode) of normalised text, spaces and punctuation included."""
    return _segmenter()(text)


def _identifier_tokens(word: str, keep_stopwords: bool) -> tuple[str, ...]:
    """The identifiers in a non-Chinese jieba word (it may hold punctuation)."""
    found = _IDENTIFIER.findall(word)
    return tuple(t for t in found if keep_stopwords or t not in STOPWORDS_EN)


def word_tokens(word: str, *, keep_stopwords: bool = False) -> tuple[str, ...]:
    """The tokens a word of segment() stands for (none for spaces, punctuation, stop words)."""
    if word.isascii():
        if not word.isalnum():  # spaces, punctuation, identifiers like top-p or c++
            return () if word.isspace() else _identifier_tokens(word, keep_stopwords)
        if word in STOPWORDS_EN and not keep_stopwords:
            return ()
        versioned = None if word.isalpha() or word.isdigit() else _NAME_WITH_VERSION.match(word)
        return (word, versioned.group(1)) if versioned else (word,)
    if _CJK_FIRST <= word[0] <= _CJK_LAST:
        return () if word in STOPWORDS_ZH and not keep_stopwords else (word,)
    return _identifier_tokens(word, keep_stopwords)  # Greek letters, symbols


def tokenize(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Tokens of `text` in reading order (duplicates kept, for term frequency)."""
    return tokenize_normalised(normalize(text), keep_stopwords=keep_stopwords)


# Words repeat a lot: each is analysed once per process (up to a bound).
_KNOWN_WORDS: dict[str, tuple[str, ...]] = {}
_KNOWN_WORDS_LIMIT = 1_000_000


def tokenize_normalised(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Like tokenize(), for text that already went through normalize()."""
    words = segment(text)
    if keep_stopwords:
        return [token for word in words for token in word_tokens(word, keep_stopwords=True)]
    known = _KNOWN_WORDS
    if len(known) > _KNOWN_WORDS_LIMIT:
        known.clear()
    tokens: list[str] = []
    for word in words:
        found = known.get(word)
        if found is None:
            found = known[word] = word_tokens(word)
        if found:
            tokens += found
    return tokens
