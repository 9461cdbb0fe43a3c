"""Review claims: the card a review session is showing, so another session skips it.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_claims",
        sa.Column("question_id", sa.String(128), sa.ForeignKey("questions.id"), primary_key=True),
        sa.Column("session_token", sa.String(64), nullable=False),
        sa.Column("claimed_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("review_claims")
