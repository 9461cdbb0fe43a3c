"""Inline clean-up of one line of a collection: markup, links, emoji, numbering, prefixes.

`clean_inline` leaves readable text; `normalize_question` goes further and
splits off what is metadata rather than the question: its numbering
(`01.`, `问题3：`), a category prefix (`模型微调：`) and a trailing note
(`（重点必问）`).
"""

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from mianshi.ingest.cues import asks_outright

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_URL = re.compile(r"(?:https?://|www\.)[^\s)）\]】>]+")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_EMPHASIS = re.compile(r"\*\*|__|~~|`")
_SPACES = re.compile(r"\s+")

# Punctuation NFKC leaves full-width, mapped to what ASCII text would use.
_PUNCT = str.maketrans(
    {
        "、": ",",
        "。": ".",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "【": "[",
        "】": "]",
        "《": '"',
        "》": '"',
        "〈": "<",
        "〉": ">",
        "…": "...",
        "·": "·",
        "　": " ",
    }
)

_NUMBERING = re.compile(
    r"""^(?:
        问题\s*\d+\s*[:.、]? | 第\s*\d+\s*[题问]\s*[:.、]? | [Qq]\s*\d+\s*[:.、)] |
        (?!0\.)\d{1,3}(?:\.\d{1,3})+\.?\s+ | \d{1,3}\s*[.、,)](?![\d*x×])\s* | \(\d{1,3}\)\s* |
        [①-⑳]\s* | [一二三四五六七八九十]{1,3}\s*[、,.]\s* | \([一二三四五六七八九十]{1,3}\)\s*
    )""",
    re.VERBOSE,
)
# A short label before a colon: 模型微调：..., 样本匹配策略：..., 手撕代码：...
_CATEGORY = re.compile(r"^([^:?!,.。;\[\]\"']{2,14}?)\s*:\s*(\S.*)$")
_ARTICLE = re.compile(r"^(.{0,10}?面经)\s*(?:之|——|—|--|-|:)?\s*")
# A question that needs what comes before its colon: "DETR: 为什么不需要 NMS?" asks about
# DETR, so "DETR" is its subject; "模型优化: 如何缓解复读机问题?" is self-contained.
_NEEDS_SUBJECT = re.compile(
    r"^(?:为什么|为何|为啥|如何|怎么|怎样|是否|能否|可否|有哪些|有什么|有何|有没有|是怎么|是如何|"
    r"和|与|跟|相比|相对于|的|其|它|它们|该|这种|这个|原理|优缺点|区别)"
)
# A name (DETR, KV Cache, Swin-T, LoRA 微调), not a category (模型优化, 场景问题).
_NAME = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9 +\-_./]{1,14}[\u4e00-\u9fff]{0,4}$")
_NOTE = re.compile(r"\s*\(([^()]{1,12})\)\s*$")
_NOTE_WORDS = ("重点", "必问", "笔试", "高频", "附代码", "附答案", "画出来", "画图", "画简", "常考")
_PART = re.compile(r"\s*\((?:[上中下]|[一二三四五六七八九十]|续|\d)\)\s*$")


# Emoji and pictographs, dingbats, geometric shapes and misc. technical signs
# (🏆 ⏰ ■ ○ ◇), joiners and variation selectors; arrows, maths and ° stay.
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u25a0-\u25ff\u2300-\u23ff"
    "\u200d\u20e3\ufe0e\ufe0f\U000e0000-\U000e007f]"
)


def strip_emoji(text: str) -> str:
    return _EMOJI.sub("", text)


@lru_cache(maxsize=65536)
def clean_inline(text: str) -> str:
    """Markdown/HTML markup, links, URLs and emoji removed; whitespace collapsed."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _URL.sub("", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    text = _ESCAPE.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    text = strip_emoji(text)
    return _SPACES.sub(" ", text).strip()


def to_halfwidth(text: str) -> str:
    """NFKC (full-width letters, digits and most punctuation) plus the rest of the CJK punctuation."""
    return unicodedata.normalize("NFKC", text).translate(_PUNCT)


def strip_numbering(text: str) -> tuple[str, str | None]:
    match = _NUMBERING.match(text)
    if not match or match.end() >= len(text):
        return text, None
    return text[match.end() :].strip(), match.group().strip()


@dataclass(frozen=True)
class NormalQuestion:
    text: str
    category: str | None = None
    numbering: str | None = None
    note: str | None = None


def split_category(text: str) -> tuple[str | None, str]:
    """`模型微调: LoRA 怎么训练?` -> ("模型微调", "LoRA 怎么训练?"); the label must be short."""
    article = _ARTICLE.match(text)
    if article and article.end() < len(text) - 3:
        return article.group(1).strip(), text[article.end() :].strip()
    match = _CATEGORY.match(text)
    if not match:
        return None, text
    label, rest = match.group(1).strip(), match.group(2).strip()
    if len(rest) < 4 or asks_outright(label):
        return None, text
    if _NEEDS_SUBJECT.match(rest) and _NAME.match(label):
        return None, text  # the label is what the question is about
    return label, rest


@lru_cache(maxsize=65536)
def normalize_question(text: str) -> NormalQuestion:
    """Clean one question line and split off numbering, category prefix and trailing note."""
    text = to_halfwidth(clean_inline(text))
    text, numbering = strip_numbering(text)
    category, text = split_category(text)
    text, again = strip_numbering(text)  # "模型微调: 1. ..." happens too
    numbering = numbering or again
    note = None
    match = _NOTE.search(text)
    if match and any(word in match.group(1) for word in _NOTE_WORDS):
        note, text = match.group(1), text[: match.start()]
    text = _PART.sub("", text)
    text = _SPACES.sub(" ", text).strip(" -—:,.;")
    return NormalQuestion(text=text, category=category, numbering=numbering, note=note)
