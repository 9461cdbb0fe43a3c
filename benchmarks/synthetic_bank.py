"""A synthetic question bank of any size, recombined from the real bank's phrasing.

Each synthetic question takes a real question as its template: its title
with one glossary term swapped for another concept's name, aliases and key
points drawn from across the bank, and an answer of real answer sentences as
long as a real answer. The vocabulary, the lengths and the mix of Chinese and
English therefore look like the bank's, at 100,000 questions.
"""

import random
import re

from mianshi.bank.model import Question
from mianshi.search.glossary import Glossary
from mianshi.search.index import DocumentInfo, SearchDocument
from mianshi.search.text import normalize

_SENTENCE_END = re.compile(r"(?<=[。！？\n])")


def _swap_a_term(text: str, glossary: Glossary, names: list[str], rng: random.Random) -> str:
    """The text (normalised) with one glossary term replaced by a random concept's name."""
    text = normalize(text)
    spans = glossary.find_normalised(text)
    if not spans:
        return text
    _, start, end = rng.choice(spans)
    return text[:start] + rng.choice(names) + text[end:]


def synthetic_documents(
    questions: list[Question], glossary: Glossary, count: int, seed: int = 7
) -> list[SearchDocument]:
    rng = random.Random(seed)
    names = [name for concept in glossary.concepts.values() for name in concept.names]
    aliases = [a for q in questions for a in q.aliases]
    keypoints = [k for q in questions for k in q.keypoints]
    sentences = [s for q in questions for s in _SENTENCE_END.split(q.answer) if s.strip()]
    answer_lengths = [len(q.answer) for q in questions]
    documents = []
    for number in range(count):
        base = rng.choice(questions)
        answer_parts: list[str] = []
        target = rng.choice(answer_lengths)
        while sum(map(len, answer_parts)) < target:
            answer_parts.append(rng.choice(sentences))
        info = DocumentInfo(
            id=f"synthetic-{number:06d}",
            kind="question",
            title=_swap_a_term(base.title, glossary, names, rng),
            title_en=_swap_a_term(base.title_en, glossary, names, rng),
            module=base.module,
            topic=base.topic,
            difficulty=rng.randint(1, 5),
            frequency=min(int(rng.expovariate(0.7)), 5),
            problem=base.problem,
        )
        documents.append(
            SearchDocument(
                info=info,
                aliases=tuple(rng.sample(aliases, min(len(base.aliases), len(aliases)))),
                keypoints=tuple(
                    _swap_a_term(k, glossary, names, rng) if rng.random() < 0.3 else k
                    for k in rng.sample(keypoints, len(base.keypoints))
                ),
                answer="".join(answer_parts),
                topic_names=f"{base.module} {base.topic}",
            )
        )
    return documents
