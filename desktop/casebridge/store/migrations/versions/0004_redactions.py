"""Redaction recipes per source exhibit and the redacted copy made from each.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "redactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("exhibit_id", sa.Integer(), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("recipe", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("output_exhibit_id", sa.Integer(), nullable=True),
        sa.Column("applied_recipe_sha256", sa.String(length=64), nullable=True),
        sa.Column("report", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_redactions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["exhibit_id"], ["exhibits.id"], name=op.f("fk_redactions_exhibit_id_exhibits"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["output_exhibit_id"],
            ["exhibits.id"],
            name=op.f("fk_redactions_output_exhibit_id_exhibits"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_redactions")),
        sa.UniqueConstraint("exhibit_id", name=op.f("uq_redactions_exhibit_id")),
    )
    op.create_index(op.f("ix_redactions_case_id"), "redactions", ["case_id"], unique=False)
    op.create_index(op.f("ix_redactions_source_sha256"), "redactions", ["source_sha256"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_redactions_source_sha256"), table_name="redactions")
    op.drop_index(op.f("ix_redactions_case_id"), table_name="redactions")
    op.drop_table("redactions")
