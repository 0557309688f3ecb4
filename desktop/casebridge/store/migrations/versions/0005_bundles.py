"""Bundle versions per case and audience, with their index and when they were served.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bundle_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("audience", sa.String(length=16), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("index_json", sa.Text(), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("served_at", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_bundle_versions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundle_versions")),
        sa.UniqueConstraint("case_id", "audience", "number", name=op.f("uq_bundle_versions_case_id")),
    )
    op.create_index(op.f("ix_bundle_versions_case_id"), "bundle_versions", ["case_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_bundle_versions_case_id"), table_name="bundle_versions")
    op.drop_table("bundle_versions")
