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


# -- headings of notes repositories --------------------------------------
# A notes repository writes each question as a heading and its answer's sections
# as sub-headings: `## LoRA 的原理是什么？` over `### 背景`, `### 2.4缺点`, `### 代码`.
_PART_WORD = (
    r"(?:简介|介绍|概述|概览|概念|定义|背景|动机|思路|思想|原理|方法|做法|步骤|流程|过程|结构|细节|"
    r"实现|代码|代码实现|实现代码|伪代码|示例|例子|举例|公式|推导|证明|优点|缺点|优缺点|优势|劣势|不足|"
    r"局限|局限性|问题|改进|作用|应用|场景|应用场景|特点|对比|比较|区别|联系|总结|小结|结论|参考|"
    r"参考资料|参考文献|参考链接|引用|链接|答案|回答|解答|解释|说明|分析|补充|拓展|扩展|延伸|注意|"
    r"注意事项|备注|注|追问|详解|解析|代码解析|讨论|实验|效果|结果|"
    r"tips|notes?|references?|summary|intro|introduction|overview|code|pros|cons|example)"
)
_PART_HEADING = re.compile(
    rf"^(?:{_PART_WORD}(?:\s*(?:与|和|及|、|/|&|and)\s*)?)+\s*[:：]?$", re.IGNORECASE
)
_SECTION_NUMBER = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|[一二三四五六七八九十]{1,3}\s*[、.]|[(（]\d{1,3}[)）]|[①-⑳]|"
    r"(?:part|step)\s*\d+\s*[:.]?)\s*",
    re.IGNORECASE,
)
# "多头注意力的作用", "RLHF 的三个阶段", "SGD 的更新公式": a subject and the aspect asked of it.
_ASPECT_TAIL = re.compile(
    r"^.{1,30}?的[^的]{0,8}?(?:原理|区别|作用|意义|含义|定义|概念|思想|流程|过程|步骤|阶段|优缺点|优点|缺点|"
    r"方法|计算|公式|实现|应用|用处|机制|好处|影响|结构|组成|特点|演进|发展|改进|缺陷|局限|场景|"
    r"目的|动机|本质|类型|种类|分类|策略|思路|技巧|难点|瓶颈|原因)$"
)
# What a follow-up heading under a question must contain to be a question of its own,
# not a section of the answer ("计算量对比" and "代码实现" are sections).
_FOLLOW_UP = re.compile(
    r"[?？]|为什么|为何|为啥|如何|怎么|怎样|什么|哪些|哪个|哪种|是否|能否|可否|有没有|多少|"
    r"^(?:请)?(?:介绍|讲讲|讲一讲|讲一下|说说|说一下|谈谈|聊聊|简述|阐述|解释|描述|对比|比较|推导|手推|手写|写出)",
)
_RESOURCE_HEADING = re.compile(
    r"(?:资源|资料|参考|参考资料|参考文献|链接|推荐阅读|延伸阅读|拓展阅读|相关项目|开源项目|项目推荐|工具|"
    r"论文|论文列表|书籍|课程|references?|resources?|links|reading|papers|tools|awesome.*)\s*(?:汇总|合集|整理|列表|推荐)?\s*$",
    re.IGNORECASE,
)
_FORMULA = re.compile(r"\$\$?[^$]+\$\$?")


def strip_section_number(text: str) -> str:
    """`2.4缺点` -> `缺点`, `一、SFT` -> `SFT`."""
    return _SECTION_NUMBER.sub("", text, count=1).strip()


def is_part_heading(text: str) -> bool:
    """A section of an answer (`简介`, `优点`, `2.4缺点`, `代码实现`), never a question."""
    return bool(_PART_HEADING.match(strip_section_number(text)))


def heading_asks(text: str) -> bool:
    """A heading that asks: a question cue (`区别是什么？`, `介绍一下 RoPE`) or a subject and
    the aspect asked of it (`多头注意力的作用`). `text` is normalised."""
    if not text or is_part_heading(text) or question_strength(text) == 0:
        return False
    return asks_outright(text) or bool(_ASPECT_TAIL.match(text))


def is_follow_up(text: str) -> bool:
    """A heading under a question that asks a question of its own (追问)."""
    return bool(_FOLLOW_UP.search(text)) and not is_part_heading(text)


def is_resource_heading(text: str) -> bool:
    """`参考`, `资源汇总`, `论文`, `微调工具`: a section of links, not of questions."""
    return bool(_RESOURCE_HEADING.search(strip_section_number(text)))


def is_formula(text: str) -> bool:
    """A line that is mostly a formula: `$v_t = \\beta v_{t-1} + g_t$`."""
    if "$" not in text:
        return False
    rest = _FORMULA.sub("", text)
    return len(re.sub(r"[\s,，.。:：;；]", "", rest)) <= 2
