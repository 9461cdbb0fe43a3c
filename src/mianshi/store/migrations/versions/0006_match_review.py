"""Match review: how sure each cluster's bank match is, its candidates, people's decisions.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clusters") as batch:
        batch.add_column(
            sa.Column("match_status", sa.String(16), nullable=False, server_default="new")
        )
        batch.add_column(sa.Column("candidates", sa.JSON, nullable=False, server_default="[]"))
        batch.create_index("ix_clusters_match_status", ["match_status"])
    op.execute("UPDATE clusters SET match_status = 'matched' WHERE question_id IS NOT NULL")
    op.create_table(
        "match_decisions",
        sa.Column("text_key", sa.String(64), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("question_id", sa.String(128), nullable=True),
        sa.Column("decided_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("match_decisions")
    with op.batch_alter_table("clusters") as batch:
        batch.drop_index("ix_clusters_match_status")
        batch.drop_column("candidates")
        batch.drop_column("match_status")
