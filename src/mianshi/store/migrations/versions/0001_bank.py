"""The question bank: topics and questions.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "topics",
        sa.Column("module", sa.String(64), primary_key=True),
        sa.Column("topic", sa.String(64), primary_key=True),
        sa.Column("module_name", sa.String(128), nullable=False),
        sa.Column("module_name_en", sa.String(128), nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("name_en", sa.String(128), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "questions",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("module", sa.String(64), nullable=False, index=True),
        sa.Column("topic", sa.String(64), nullable=False, index=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("title_en", sa.Text, nullable=False),
        sa.Column("difficulty", sa.Integer, nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("keypoints", sa.JSON, nullable=False),
        sa.Column("related", sa.JSON, nullable=False),
        sa.Column("problem", sa.String(128), nullable=True),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(32), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("questions")
    op.drop_table("topics")
