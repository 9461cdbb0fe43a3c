"""Study state: cards, review logs, mock interviews, self-checks.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cards",
        sa.Column("question_id", sa.String(128), sa.ForeignKey("questions.id"), primary_key=True),
        sa.Column("card_id", sa.BigInteger, nullable=False, unique=True),
        sa.Column("state", sa.Integer, nullable=False),
        sa.Column("step", sa.Integer, nullable=True),
        sa.Column("stability", sa.Float, nullable=True),
        sa.Column("difficulty", sa.Float, nullable=True),
        sa.Column("due", sa.DateTime, nullable=False, index=True),
        sa.Column("last_review", sa.DateTime, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "review_logs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "question_id",
            sa.String(128),
            sa.ForeignKey("questions.id"),
            nullable=False,
            index=True,
        ),
        sa.Column("card_id", sa.BigInteger, nullable=False),
        sa.Column("rating", sa.Integer, nullable=False),
        sa.Column("reviewed_at", sa.DateTime, nullable=False, index=True),
        sa.Column("duration_ms", sa.Integer, nullable=True),
        sa.Column("state_before", sa.Integer, nullable=False),
        sa.Column("due_after", sa.DateTime, nullable=False),
    )
    op.create_table(
        "mock_sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("planned_questions", sa.Integer, nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("seed", sa.Integer, nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False, index=True),
        sa.Column("finished_at", sa.DateTime, nullable=True),
        sa.Column("end_reason", sa.String(32), nullable=True),
    )
    op.create_table(
        "mock_answers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "session_id",
            sa.Integer,
            sa.ForeignKey("mock_sessions.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column(
            "question_id",
            sa.String(128),
            sa.ForeignKey("questions.id"),
            nullable=False,
            index=True,
        ),
        sa.Column("follow_up_of", sa.String(128), nullable=True),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("skipped", sa.Boolean, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("covered", sa.JSON, nullable=False),
        sa.Column("asked_at", sa.DateTime, nullable=False),
        sa.Column("seconds", sa.Float, nullable=False),
    )
    op.create_table(
        "self_checks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "question_id",
            sa.String(128),
            sa.ForeignKey("questions.id"),
            nullable=False,
            index=True,
        ),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("covered", sa.JSON, nullable=False),
        sa.Column("checked_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("self_checks")
    op.drop_table("mock_answers")
    op.drop_table("mock_sessions")
    op.drop_table("review_logs")
    op.drop_table("cards")
