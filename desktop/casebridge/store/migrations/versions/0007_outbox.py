"""The submission outbox: submissions and their files, resumable from the byte offset.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox_submissions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("hub_url", sa.String(length=400), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("manifest", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("bytes_total", sa.BigInteger(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("receipt", sa.Text(), nullable=True),
        sa.Column("receipt_key", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("completed_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_outbox_submissions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_submissions")),
    )
    op.create_index(op.f("ix_outbox_submissions_case_id"), "outbox_submissions", ["case_id"], unique=False)
    op.create_table(
        "outbox_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("upload_url", sa.String(length=600), nullable=False),
        sa.Column("sent", sa.BigInteger(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["outbox_submissions.id"],
            name=op.f("fk_outbox_items_submission_id_outbox_submissions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_items")),
        sa.UniqueConstraint("submission_id", "sha256", name=op.f("uq_outbox_items_submission_id")),
    )
    op.create_index(op.f("ix_outbox_items_submission_id"), "outbox_items", ["submission_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_outbox_items_submission_id"), table_name="outbox_items")
    op.drop_table("outbox_items")
    op.drop_index(op.f("ix_outbox_submissions_case_id"), table_name="outbox_submissions")
    op.drop_table("outbox_submissions")
