"""Is a line a question? Cue words, prose and boilerplate detection.

Interview collections mix questions with prose, article titles, link lists
and advertising. A line is a question when it asks (a question mark, an
interrogative, or an imperative such as 介绍/手写/实现) and is short enough
to be one; cue-less lines count only inside a list that is mostly questions.
"""

import re

_STRONG_CUE = re.compile(
    r"[?？]|什么|为什么|为何|为啥|如何|怎么|怎样|哪些|哪个|哪种|哪几|是否|能否|可否|有没有|多少|多大|几种|几个|几次|几倍|"
    r"区别|不同|异同|差异|差别|对比|优缺点|优势|劣势|好处|原理|介绍|讲讲|讲一讲|讲一下|讲解|说说|"
    r"说一下|说下|谈谈|聊聊|简述|阐述|阐释|解释|描述|了解|推导|手推|手写|手撕|实现|写一下|写出|画一下|画出|"
    r"证明|举例|列举|搭建|构建|编写|编程|写一个|"
    r"\b(?:why|how|what|which|when|explain|describe|compare|difference|implement|vs)\b",
    re.IGNORECASE,
)
# Words that ask only in a short line: "HOG特征的计算过程" asks, a paragraph with 过程 does not.
_WEAK_CUE = re.compile(
    r"作用|用处|机制|流程|过程|步骤|意义|含义|定义|概念|思想|思路|方法|方式|策略|技巧|理解|分析|计算|公式|设计|"
    r"解决|处理|优化|改进|选择|判断|求解|优点|缺点|应用|场景|比较|相比|"
    r"给定|求|找出|找到|寻找|查找|打印|返回|合并|翻转|反转|排序|遍历|统计|概率"
)
_BOILERPLATE = re.compile(
    r"欢迎|关注(?:我|公众号|微信)|公众号|扫码|扫一扫|微信|加群|进群|点个?star|点赞|建议收藏|转载|版权|原创|作者[:：]|阅读原文|"
    r"上一篇|下一篇|目录|免费阅读|copyright|sign in|notifications|skip to content|repository|"
    r"#[^#\s]{1,12}#|"  # a social-media topic tag: "#面试经验# 腾讯/字节跳动/..."
    r"©|\bstars?\b|\bforks?\b|\bwatchers\b|\breleases?\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[。！；](?=.)|\.(?=[\u4e00-\u9fff])|\.\s+(?=[\u4e00-\u9fffA-Z])")
_SECTION_TITLE = re.compile(
    r"(专题|系列|目录|题目列表|面试题\s*\d*\s*道?|面经|整理|汇总|合集|大纲|[^\s]篇)$"
)
_SECTION_WORDS = re.compile(
    r"(篇|类|列表|题目|总结|基础|进阶|实践|应用|问题|笔记|详解|最终章|代码解析)$"
)
# A title in a series of articles: "NLP基础篇——从分词到解码"
_SERIES_TITLE = re.compile(r"篇\s*(?:——|--|—|:|：)")
# Article speech: "本篇会概述...", "这里做一个总结", "对于...来说"
_ARTICLE_SPEECH = re.compile(
    r"^(?:本篇|本文|本章|本项目|我们|笔者|下面|以下|这里|此外|那么|总之|写在最后|希望|对于.{1,20}来说)"
)
# Advice and commentary to the reader, not a question even when it names one:
# "不要只描述业务, ...", "语音这一块其实目前...", "这类问题很大概率需要手写".
_COMMENTARY = re.compile(
    r"^(?:不要|尽量|建议|记得|注意(?!力)|一定要|千万|切记)|其实(?!现)|相对来说|这类问题|这些问题|此类问题|很大概率|还是需要"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#.\-]*|[\u4e00-\u9fff]{2,}")

MAX_QUESTION_CHARS = 220  # even with a question mark
MAX_STATEMENT_CHARS = 120  # without one
SHORT = 40


def asks_outright(text: str) -> bool:
    return bool(_STRONG_CUE.search(text))


def is_boilerplate(text: str) -> bool:
    return bool(_BOILERPLATE.search(text))


def is_prose(text: str) -> bool:
    """A paragraph rather than a question: long, or several sentences without a question mark."""
    asks = "?" in text or "？" in text
    if len(text) > MAX_QUESTION_CHARS or (len(text) > MAX_STATEMENT_CHARS and not asks):
        return True
    if _ARTICLE_SPEECH.match(text):
        return True
    tail = re.split(r"[?？]", text)[-1]
    if asks and len(tail) > 25 and re.search(r"[,，。]", tail):
        return True  # a question mark inside a paragraph
    if not asks and re.search(r"[,，]", text) and _COMMENTARY.search(text):
        return True
    sentences = len(_SENTENCE_END.findall(text))
    return sentences >= 2 and not asks


def looks_like_section(text: str) -> bool:
    """A title of a group of questions (`3.4 CV系列`, `华为NLP算法面试题9道`), not a question."""
    text = text.strip()
    if "?" in text or "？" in text or len(text) > 40:
        return False
    if is_section_title(text):
        return True
    return bool(_SECTION_WORDS.search(text)) and not _STRONG_CUE.search(text)


def is_section_title(text: str) -> bool:
    """Unmistakably a title (`...面试题8道`, `...专题`), even where a question could stand."""
    text = text.strip()
    return (
        len(text) <= 40
        and "?" not in text
        and "？" not in text
        and bool(_SECTION_TITLE.search(text) or _SERIES_TITLE.search(text))
    )


def question_strength(text: str) -> int:
    """3: asks outright; 2: a short line with a weaker cue (计算过程);
    1: a bare topic ("CLIP框架"), a question only inside a list of questions; 0: not a question."""
    if not text or is_boilerplate(text) or is_prose(text):
        return 0
    if text.endswith(("!", "！", ":", "：")) or (text[:1] in "(（" and text[-1:] in ")）"):
        return 0
    if _STRONG_CUE.search(text):
        return 3
    short = len(text) <= SHORT
    if short and _WEAK_CUE.search(text):
        return 2
    if short and _WORD.search(text):
        return 1
    return 0
