"""Duplicate pairs the clustering is unsure of, and people's decisions about them.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cluster_doubts",
        sa.Column("pair_key", sa.String(64), primary_key=True),
        sa.Column("cluster_a", sa.String(64), nullable=False),
        sa.Column("cluster_b", sa.String(64), nullable=False),
        sa.Column("text_a", sa.Text, nullable=False),
        sa.Column("text_b", sa.Text, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
    )
    op.create_table(
        "pair_decisions",
        sa.Column("pair_key", sa.String(64), primary_key=True),
        sa.Column("text_a", sa.Text, nullable=False),
        sa.Column("text_b", sa.Text, nullable=False),
        sa.Column("same", sa.Boolean, nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("pair_decisions")
    op.drop_table("cluster_doubts")
