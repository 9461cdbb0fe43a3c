"""Imported collections: sources, source questions, clusters.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("path", sa.Text, nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("encoding", sa.String(32), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("family", sa.Integer, nullable=False, index=True),
        sa.Column("overlaps", sa.JSON, nullable=False),
        sa.Column("stats", sa.JSON, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "clusters",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("module", sa.String(64), nullable=False, index=True),
        sa.Column("topic", sa.String(64), nullable=False),
        sa.Column("question_id", sa.String(128), sa.ForeignKey("questions.id"), nullable=True, index=True),
        sa.Column("match_score", sa.Float, nullable=False),
        sa.Column("frequency", sa.Integer, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
    )
    op.create_table(
        "source_questions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "source_id",
            sa.Integer,
            sa.ForeignKey("sources.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("line", sa.Integer, nullable=False),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("answer", sa.Text, nullable=True),
        sa.Column("has_code", sa.Boolean, nullable=False),
        sa.Column("context", sa.JSON, nullable=False),
        sa.Column("module", sa.String(64), nullable=False),
        sa.Column("topic", sa.String(64), nullable=False),
        sa.Column("garbled", sa.Boolean, nullable=False),
        sa.Column("repaired", sa.Boolean, nullable=False),
        sa.Column(
            "cluster_id",
            sa.Integer,
            sa.ForeignKey("clusters.id", ondelete="SET NULL"),
            nullable=True,
            index=True,
        ),
    )


def downgrade() -> None:
    op.drop_table("source_questions")
    op.drop_table("clusters")
    op.drop_table("sources")
