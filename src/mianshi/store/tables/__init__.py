"""All tables, imported so that `Base.metadata` is complete."""

from mianshi.store.tables.bank import QuestionRow, TopicRow
from mianshi.store.tables.judge import SubmissionRow
from mianshi.store.tables.sources import (
    ClusterDoubtRow,
    ClusterRow,
    MatchDecisionRow,
    PairDecisionRow,
    SourceQuestionRow,
    SourceRow,
)
from mianshi.store.tables.study import (
    CardRow,
    MockAnswerRow,
    MockSessionRow,
    ReviewClaimRow,
    ReviewLogRow,
    SelfCheckRow,
)

__all__ = [
    "CardRow",
    "ClusterDoubtRow",
    "ClusterRow",
    "MatchDecisionRow",
    "MockAnswerRow",
    "MockSessionRow",
    "PairDecisionRow",
    "QuestionRow",
    "ReviewClaimRow",
    "ReviewLogRow",
    "SelfCheckRow",
    "SourceQuestionRow",
    "SourceRow",
    "SubmissionRow",
    "TopicRow",
]
