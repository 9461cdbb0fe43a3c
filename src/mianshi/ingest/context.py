"""Section context: which company a group of questions comes from, and which module a heading names."""

import re
from functools import lru_cache

# Companies whose names appear as bare section titles ("## 腾讯"). Any other
# name is recognised from the "<name>...面试题" pattern.
KNOWN_COMPANIES = (
    "腾讯",
    "阿里巴巴",
    "阿里",
    "蚂蚁",
    "字节跳动",
    "字节",
    "百度",
    "美团",
    "快手",
    "京东",
    "拼多多",
    "网易",
    "小米",
    "华为",
    "滴滴",
    "携程",
    "旷视",
    "商汤",
    "依图",
    "云从",
    "海康威视",
    "海康",
    "大疆",
    "地平线",
    "蔚来",
    "小鹏",
    "理想",
    "科大讯飞",
    "讯飞",
    "联想",
    "中兴",
    "招银网络",
    "招商银行",
    "OPPO",
    "vivo",
    "荣耀",
    "微软",
    "谷歌",
    "Google",
    "Microsoft",
    "Meta",
    "英伟达",
    "NVIDIA",
    "小红书",
    "bilibili",
    "B站",
    "虎牙",
    "斗鱼",
    "Shopee",
    "顺丰",
    "趣玩科技",
    "米哈游",
    "寒武纪",
    "第四范式",
    "虹软",
    "度小满",
)
_COMPANY_SUFFIX = re.compile(
    r"^(?:\d+\s*[.、]\s*)?#?\s*(.{2,8}?)(?:科技|公司|集团)?\s*"
    r"(?:电商|推荐|搜索|广告|NLP|CV|AI|AIGC|大模型|算法|视觉|语音|多模态|机器学习|深度学习|实习|校招|社招|暑期)"
    r"[^面]{0,12}面试题",
    re.IGNORECASE,
)
_KNOWN = re.compile(
    "|".join(sorted((re.escape(c) for c in KNOWN_COMPANIES), key=len, reverse=True)), re.IGNORECASE
)

# Heading words that name a module of the taxonomy. Only topical headings
# give a hint; the outermost heading that has one wins (a "视觉模型" list
# inside an LLM chapter is still the LLM chapter).
_MODULE_WORDS = (
    ("code", "手撕 手写代码 代码题 coding"),
    ("llm", "大模型 大语言模型 LLM LLMs AIGC 多模态 强化学习 NLP 自然语言 Transformer"),
    ("industry", "自动驾驶 智慧医疗 医疗 行业 搜广推 推荐系统 推荐算法 语音 场景实战"),
    ("vision", "计算机视觉 视觉 CV 图像 目标检测 目标分割 目标分类 分割 检测 感知"),
    ("dl_basics", "深度学习 神经网络 训练框架 PyTorch 模型训练 公式理解"),
    ("ml_classic", "机器学习 统计学习"),
    (
        "cs_basics",
        "leetcode 数据结构 算法题 编程语言 Python C++ 数组 链表 二叉树 排序 DFS BFS DP 动态规划",
    ),
    ("math", "数学 概率 智力题 线性代数"),
    ("career", "项目经历 论文"),
)


def _words_pattern(words: str) -> re.Pattern:
    """ASCII words must stand alone: "CV" names vision, "Cver" (a website) does not."""
    parts = []
    for word in words.split():
        escaped = re.escape(word)
        parts.append(f"(?<![A-Za-z]){escaped}(?![A-Za-z])" if word.isascii() else escaped)
    return re.compile("|".join(parts), re.IGNORECASE)


_MODULE_PATTERNS = [(module, _words_pattern(words)) for module, words in _MODULE_WORDS]


@lru_cache(maxsize=4096)
def _companies(text: str) -> tuple[str, ...]:
    found = [m.group() for m in _KNOWN.finditer(text)]
    if not found:
        match = _COMPANY_SUFFIX.match(text.strip())
        if match and not re.search(r"整理|汇总|总结|常见|高频|经典", match.group(1)):
            found = [match.group(1).strip()]
    return tuple(dict.fromkeys(found))


def companies_in(text: str) -> list[str]:
    """Company names a heading or list title names, e.g. `携程推荐算法面试题8道` -> [携程]."""
    return list(_companies(text))


def module_hint(headings: list[str]) -> str | None:
    """The module the outermost topical heading names, if any. Company sections mix topics."""
    return _module_hint(tuple(headings))


@lru_cache(maxsize=4096)
def _module_hint(headings: tuple[str, ...]) -> str | None:
    for heading in headings:
        if companies_in(heading):
            continue
        for module, pattern in _MODULE_PATTERNS:
            if pattern.search(heading):
                return module
    return None
