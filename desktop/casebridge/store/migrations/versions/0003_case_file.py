"""The structured case file: person details, case-file items (statements, interviews, schedules...), submissions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("details", sa.Text(), nullable=False, server_default="{}"))
    with op.batch_alter_table("people") as batch:
        batch.alter_column("details", server_default=None)
    op.create_table(
        "case_file_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("submission_no", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_file_items_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_case_file_items_person_id_people"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_file_items")),
        sa.UniqueConstraint("case_id", "kind", "number", name=op.f("uq_case_file_items_case_id")),
    )
    op.create_index(op.f("ix_case_file_items_case_id"), "case_file_items", ["case_id"], unique=False)
    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("file_type", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_submissions_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submissions")),
        sa.UniqueConstraint("case_id", "number", name=op.f("uq_submissions_case_id")),
    )
    op.create_index(op.f("ix_submissions_case_id"), "submissions", ["case_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_submissions_case_id"), table_name="submissions")
    op.drop_table("submissions")
    op.drop_index(op.f("ix_case_file_items_case_id"), table_name="case_file_items")
    op.drop_table("case_file_items")
    with op.batch_alter_table("people") as batch:
        batch.drop_column("details")
