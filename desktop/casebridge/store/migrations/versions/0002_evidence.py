"""Evidence: exhibits, derivatives and the import journal.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exhibits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("producer_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("seized_at", sa.String(length=32), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("original_name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("media_type", sa.String(length=120), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("previewable", sa.Boolean(), nullable=False),
        sa.Column("text_content", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_exhibits_case_id_cases"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["exhibits.id"], name=op.f("fk_exhibits_parent_id_exhibits"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["producer_id"], ["people.id"], name=op.f("fk_exhibits_producer_id_people"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exhibits")),
        sa.UniqueConstraint("case_id", "reference", name=op.f("uq_exhibits_case_id")),
    )
    op.create_index(op.f("ix_exhibits_case_id"), "exhibits", ["case_id"], unique=False)
    op.create_index(op.f("ix_exhibits_sha256"), "exhibits", ["sha256"], unique=False)
    op.create_table(
        "derivatives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("recipe", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_derivatives")),
        sa.UniqueConstraint("source_sha256", "kind", name=op.f("uq_derivatives_source_sha256")),
    )
    op.create_index(op.f("ix_derivatives_source_sha256"), "derivatives", ["source_sha256"], unique=False)
    op.create_table(
        "import_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("source_path", sa.Text(), nullable=False),
        sa.Column("producer_id", sa.Integer(), nullable=True),
        sa.Column("group_key", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("exhibit_id", sa.Integer(), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_import_items_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["exhibit_id"], ["exhibits.id"], name=op.f("fk_import_items_exhibit_id_exhibits"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["producer_id"], ["people.id"], name=op.f("fk_import_items_producer_id_people"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_items")),
    )
    op.create_index(op.f("ix_import_items_batch"), "import_items", ["batch"], unique=False)
    op.create_index(op.f("ix_import_items_case_id"), "import_items", ["case_id"], unique=False)
    op.create_index(op.f("ix_import_items_state"), "import_items", ["state"], unique=False)
    op.create_index("ix_audit_events_entity", "audit_events", ["entity", "entity_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_events_entity", table_name="audit_events")
    op.drop_table("import_items")
    op.drop_table("derivatives")
    op.drop_table("exhibits")
