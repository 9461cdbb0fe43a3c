"""Which question introduces a concept: the first answer to a bare concept query.

A query that names concepts and nothing else ("BN", "介绍一下 BN", "BN 的意义")
asks for the concept itself. Many questions mention BN; the one that
introduces it has a title or an alias that names BN alone ("BN 原理",
"BN 的作用"). Such questions are the *subject* questions of that set of
concepts, and the ranking lifts them for a bare query of the same concepts.
"""

import re
from collections.abc import Iterable

from mianshi.search.analyze import QueryAnalysis
from mianshi.search.glossary import CONCEPT_PREFIX, Glossary
from mianshi.search.text import normalize

# Words that ask for a concept as a whole; the usual ones (原理, 作用, 介绍, 是什么,
# what is) are stop words already and never reach the analysis.
INTRODUCING_WORDS = frozenset(
    {
        "意义",
        "概念",
        "简介",
        "定义",
        "公式",
        "工作",
        "基本",
        "基础",
        "理解",
        # a concept's head noun: "PPO 算法", "Transformer 模型", "attention 机制"
        "算法",
        "模型",
        "方法",
        "机制",
        "框架",
        "架构",
        "结构",
        "网络",
        "技术",
        "overview",
        "introduction",
        "intro",
        "basics",
        "definition",
        "formula",
        "principle",
    }
)
_LONGEST_SUBJECT_TEXT = 30  # characters; longer titles and aliases ask for more than a concept
# What a title or alias may say besides concept names and still name the concept alone
# ("BN 原理", "什么是 BN", "BN 的作用"); plain string work, so a 100,000-question
# bank is read in a second.
_FILLER = re.compile(
    r"(?:什么是|是什么|原理|作用|介绍|简介|概念|定义|公式|意义|基本|理解|一下|[的和与及]"
    r"|算法|模型|方法|机制|框架|架构|结构|网络|技术"
    r"|what|is|are|the|of|an?|overview|introduction|intro|principle|basics|definition|formula"
    r"|[\s\W_])*"
)

Subject = frozenset[str]  # concept tokens


def subject_of(analysis: QueryAnalysis) -> Subject | None:
    """The concepts a bare concept query asks about, or None for any other query."""
    if not analysis.spans or not set(analysis.tokens) <= INTRODUCING_WORDS:
        return None
    return frozenset(c.token for c in analysis.concepts)


def subjects_of(texts: Iterable[str], glossary: Glossary) -> list[Subject]:
    """The concept sets that these texts (a question's title and aliases) name alone."""
    found: list[Subject] = []
    for text in texts:
        if len(text) > _LONGEST_SUBJECT_TEXT:
            continue
        normalised = normalize(text)
        ids = set(glossary.concept_ids_normalised(normalised))
        if not ids:
            continue
        rest = normalised
        for concept_id in ids:  # blank the names found (a cheap stand-in for their spans)
            rest = glossary.names_pattern(concept_id).sub(" ", rest)
        subject = frozenset(CONCEPT_PREFIX + concept_id for concept_id in ids)
        if subject and _FILLER.fullmatch(rest) and subject not in found:
            found.append(subject)
    return found
