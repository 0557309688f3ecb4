"""The review loop: CPS feedback with its actions, and reviewers' item verdicts.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("submission_id", sa.String(length=36), nullable=True),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("issued_at", sa.String(length=32), nullable=False),
        sa.Column("signed", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.Column("seen", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_feedback_case_id_cases"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback")),
    )
    op.create_index(op.f("ix_feedback_case_id"), "feedback", ["case_id"], unique=False)
    op.create_table(
        "feedback_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feedback_id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("target_date", sa.String(length=10), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("answered_by", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["feedback_id"], ["feedback.id"], name=op.f("fk_feedback_actions_feedback_id_feedback"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_actions")),
        sa.UniqueConstraint("feedback_id", "key", name=op.f("uq_feedback_actions_feedback_id")),
    )
    op.create_index(op.f("ix_feedback_actions_feedback_id"), "feedback_actions", ["feedback_id"], unique=False)
    op.create_table(
        "item_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_item_reviews_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_reviews")),
        sa.UniqueConstraint("case_id", "reference", name=op.f("uq_item_reviews_case_id")),
    )
    op.create_index(op.f("ix_item_reviews_case_id"), "item_reviews", ["case_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_item_reviews_case_id"), table_name="item_reviews")
    op.drop_table("item_reviews")
    op.drop_index(op.f("ix_feedback_actions_feedback_id"), table_name="feedback_actions")
    op.drop_table("feedback_actions")
    op.drop_index(op.f("ix_feedback_case_id"), table_name="feedback")
    op.drop_table("feedback")
