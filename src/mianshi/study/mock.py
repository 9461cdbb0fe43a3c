"""Planning a mock interview: which question comes next, and when to dig deeper (追问).

An interviewer opens a thread with a question chosen for the role, weighted by
how often it is asked and by the candidate's weak spots, and follows a decent
answer with one of its `related` questions, up to two levels deep. A skipped
or empty answer closes the thread: the interviewer moves to a new subject.
"""

import math
import random
from dataclasses import dataclass, field

from mianshi.bank.model import Question

ROLES = ("llm", "cv", "autodrive", "recsys", "general")
MAX_FOLLOW_UPS = 2
FOLLOW_UP_MIN_SCORE = 0.25

# Interest of each role in a module, or in one topic ("module/topic" beats "module").
ROLE_WEIGHTS: dict[str, dict[str, float]] = {
    "llm": {
        "llm": 6.0,
        "dl_basics": 2.5,
        "ml_classic": 0.5,
        "math": 0.5,
        "cs_basics": 0.5,
        "career": 0.5,
        "industry/nlp_apps": 1.5,
        "vision/foundation": 0.5,
    },
    "cv": {
        "vision": 6.0,
        "dl_basics": 2.5,
        "llm/multimodal": 1.5,
        "ml_classic": 0.5,
        "math": 0.5,
        "cs_basics": 0.5,
        "career": 0.5,
        "industry/medical": 1.0,
    },
    "autodrive": {
        "vision": 3.0,
        "vision/bev_3d": 8.0,
        "vision/detection": 5.0,
        "industry/autonomous_driving": 8.0,
        "dl_basics": 2.0,
        "math": 1.0,
        "cs_basics": 0.5,
        "career": 0.5,
    },
    "recsys": {
        "industry/recsys": 8.0,
        "ml_classic": 4.0,
        "dl_basics": 2.0,
        "llm/rag_agent": 1.0,
        "math": 1.0,
        "cs_basics": 0.5,
        "career": 0.5,
    },
    "general": {
        "llm": 2.0,
        "vision": 2.0,
        "dl_basics": 3.0,
        "ml_classic": 2.0,
        "math": 1.0,
        "cs_basics": 1.0,
        "industry": 1.0,
        "career": 0.5,
    },
}


def role_weight(role: str, question: Question) -> float:
    weights = ROLE_WEIGHTS[role]
    return weights.get(f"{question.module}/{question.topic}", weights.get(question.module, 0.0))


@dataclass(frozen=True)
class Weakness:
    """What the user's history says about a question, each in 0..1 (0: no sign of weakness)."""

    forgetting: float = 0.0  # 1 - retrievability of its card now
    lapses: float = 0.0  # share of its ratings that were Again
    answer_gap: float = 0.0  # 1 - score of the latest typed answer

    @property
    def value(self) -> float:
        return max(self.forgetting, self.lapses, self.answer_gap)


def question_weights(
    questions: list[Question],
    role: str,
    frequencies: dict[str, int],
    weaknesses: dict[str, Weakness],
) -> dict[str, float]:
    """How likely each question is to be asked: role interest x frequency x weak spots.

    A weak topic raises every question of it, including unseen ones, at half strength.
    """
    by_topic: dict[tuple[str, str], list[float]] = {}
    for q in questions:
        if q.id in weaknesses:
            by_topic.setdefault((q.module, q.topic), []).append(weaknesses[q.id].value)
    topic_weakness = {key: sum(v) / len(v) for key, v in by_topic.items()}
    weights = {}
    for q in questions:
        interest = role_weight(role, q)
        if interest <= 0:
            continue
        own = weaknesses[q.id].value if q.id in weaknesses else 0.0
        weak = max(own, 0.5 * topic_weakness.get((q.module, q.topic), 0.0))
        weights[q.id] = interest * (1 + math.log1p(frequencies.get(q.id, 0))) * (1 + 2 * weak)
    return weights


@dataclass(frozen=True)
class Asked:
    question: Question
    follow_up_of: str | None  # the question this one digs into, None for a new thread
    depth: int  # 0 for the opening question of a thread


@dataclass
class InterviewPlan:
    """Chooses questions one at a time from the answers given so far."""

    questions: dict[str, Question]
    weights: dict[str, float]
    total: int
    rng: random.Random
    asked: list[Asked] = field(default_factory=list)
    _pending_follow_up: Asked | None = None

    @classmethod
    def create(
        cls,
        questions: list[Question],
        role: str,
        total: int,
        seed: int,
        frequencies: dict[str, int],
        weaknesses: dict[str, Weakness],
    ) -> "InterviewPlan":
        weights = question_weights(questions, role, frequencies, weaknesses)
        return cls({q.id: q for q in questions}, weights, total, random.Random(seed))

    @property
    def asked_ids(self) -> set[str]:
        return {a.question.id for a in self.asked}

    def next(self) -> Asked | None:
        """The next question, or None when the interview has asked enough or has nothing left."""
        if len(self.asked) >= self.total:
            return None
        current = self._pending_follow_up or self._open_thread()
        self._pending_follow_up = None
        if current is not None:
            self.asked.append(current)
        return current

    def answered(self, asked: Asked, score: float | None) -> None:
        """Record the outcome of `asked` (None: skipped) and decide on a follow-up."""
        if score is None or score < FOLLOW_UP_MIN_SCORE or asked.depth >= MAX_FOLLOW_UPS:
            return
        candidates = [
            rid
            for rid in asked.question.related
            if rid in self.questions and rid not in self.asked_ids
        ]
        if candidates:
            # The follow-up the role cares most about; the bank's order breaks ties.
            best = max(candidates, key=lambda rid: self.weights.get(rid, 0.0))
            self._pending_follow_up = Asked(
                self.questions[best], asked.question.id, asked.depth + 1
            )

    def _open_thread(self) -> Asked | None:
        remaining = [(qid, w) for qid, w in self.weights.items() if qid not in self.asked_ids]
        if not remaining:
            return None
        ids, weights = zip(*remaining, strict=True)
        chosen = self.rng.choices(ids, weights=weights, k=1)[0]
        return Asked(self.questions[chosen], None, 0)
