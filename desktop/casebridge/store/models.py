"""ORM tables. The schema is created and changed only by the Alembic migrations in `migrations/`;
a test checks that these models and the migrations agree."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CaseRow(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    urn: Mapped[str] = mapped_column(String(11), unique=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(32), default="draft")
    officer_in_case: Mapped[str] = mapped_column(String(120), default="")
    crime_reference: Mapped[str] = mapped_column(String(40), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer, default=1)

    people: Mapped[list[PersonRow]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="PersonRow.id"
    )
    offences: Mapped[list[OffenceRow]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="OffenceRow.id"
    )


class PersonRow(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    surname: Mapped[str] = mapped_column(String(80))
    forenames: Mapped[str] = mapped_column(String(120), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    postcode: Mapped[str] = mapped_column(String(8), default="")
    pnc_id: Mapped[str] = mapped_column(String(13), default="")
    cro_number: Mapped[str] = mapped_column(String(10), default="")
    asn: Mapped[str] = mapped_column(String(21), default="")
    collar_number: Mapped[str] = mapped_column(String(20), default="")
    # The case-file facts about this person (witness status, special measures, language, contact, dates to avoid,
    # arrest/remand/bail, custody clock): JSON validated by casebridge.domain.casefile, one copy of each fact.
    details: Mapped[str] = mapped_column(Text, default="{}")

    case: Mapped[CaseRow] = relationship(back_populates="people")


class OffenceRow(Base):
    __tablename__ = "offences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    cjs_code: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(120))
    wording: Mapped[str] = mapped_column(Text, default="")
    date_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    date_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    location: Mapped[str] = mapped_column(String(80), default="")
    defendant_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)

    case: Mapped[CaseRow] = relationship(back_populates="offences")


class AuditEventRow(Base):
    """One append-only, hash-chained event. `seq` is assigned by the chain, not by the database."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(64))
    case_urn: Mapped[str | None] = mapped_column(String(11), nullable=True, index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    before: Mapped[str | None] = mapped_column(Text, nullable=True)
    after: Mapped[str | None] = mapped_column(Text, nullable=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditHeadRow(Base):
    """The single row naming the chain's last event; locking it serialises appends across users."""

    __tablename__ = "audit_head"
    __table_args__ = (UniqueConstraint("singleton"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    singleton: Mapped[bool] = mapped_column(Boolean, default=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64))


class ExhibitRow(Base):
    """One item of evidence: a blob in the vault plus what we know and say about it."""

    __tablename__ = "exhibits"
    __table_args__ = (UniqueConstraint("case_id", "reference"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    reference: Mapped[str] = mapped_column(String(40))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("exhibits.id", ondelete="SET NULL"), nullable=True)
    producer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    seized_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    original_name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    media_type: Mapped[str] = mapped_column(String(120))
    facts: Mapped[str] = mapped_column(Text, default="{}")
    problem: Mapped[str | None] = mapped_column(Text, nullable=True)
    previewable: Mapped[bool] = mapped_column(Boolean, default=True)
    text_content: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))


class DerivativeRow(Base):
    """A blob made from another (thumbnail, viewing proxy, OCR copy, PDF conversion) and how it was made."""

    __tablename__ = "derivatives"
    __table_args__ = (UniqueConstraint("source_sha256", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    sha256: Mapped[str] = mapped_column(String(64))
    recipe: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))


class ImportItemRow(Base):
    """The import journal: one row per file asked for, so an interrupted import can be finished or undone."""

    __tablename__ = "import_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch: Mapped[str] = mapped_column(String(32), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    source_path: Mapped[str] = mapped_column(Text)
    producer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)
    group_key: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), index=True)  # pending | done | failed | skipped
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    exhibit_id: Mapped[int | None] = mapped_column(ForeignKey("exhibits.id", ondelete="SET NULL"), nullable=True)
    message: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))


class CaseFileItemRow(Base):
    """One structured record of the case file (statement, interview, unused-material item, action, MG3/MG5/MG6
    content...), its fields as JSON validated by casebridge.domain.casefile. Unused-material items carry their
    schedule number, unique per case and schedule and never reused: deleting one only marks it deleted."""

    __tablename__ = "case_file_items"
    __table_args__ = (UniqueConstraint("case_id", "kind", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    submission_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class SubmissionRow(Base):
    """A file sent to the CPS: numbered per case; schedule items first sent in it carry its number."""

    __tablename__ = "submissions"
    __table_args__ = (UniqueConstraint("case_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    file_type: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[str] = mapped_column(String(32))


class RedactionRow(Base):
    """The redaction recipe of one source exhibit (one per exhibit), and the redacted copy last made from it."""

    __tablename__ = "redactions"
    __table_args__ = (UniqueConstraint("exhibit_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    exhibit_id: Mapped[int] = mapped_column(ForeignKey("exhibits.id", ondelete="CASCADE"))
    source_sha256: Mapped[str] = mapped_column(String(64), index=True)
    recipe: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # draft | applied
    output_exhibit_id: Mapped[int | None] = mapped_column(ForeignKey("exhibits.id", ondelete="SET NULL"), nullable=True)
    applied_recipe_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    report: Mapped[str] = mapped_column(Text, default="{}")  # the last verification, as JSON
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class BundleVersionRow(Base):
    """A bundle as built for one audience: its index (every document's page references) and whether served."""

    __tablename__ = "bundle_versions"
    __table_args__ = (UniqueConstraint("case_id", "audience", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    audience: Mapped[str] = mapped_column(String(16))
    number: Mapped[int] = mapped_column(Integer)
    index_json: Mapped[str] = mapped_column(Text)
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    served_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))


class BundleDefinitionRow(Base):
    """A case's own bundle arrangement (sections, order, left-out documents), when it departs from the default."""

    __tablename__ = "bundle_definitions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    definition: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String(32))


class OutboxSubmissionRow(Base):
    """A submission to the hub, kept until its receipt arrives: survives restarts, sleep and network loss."""

    __tablename__ = "outbox_submissions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the client-chosen UUID the hub sees
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    hub_url: Mapped[str] = mapped_column(String(400))
    state: Mapped[str] = mapped_column(String(16))  # queued | sending | paused | failed | complete
    manifest: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text)
    bytes_total: Mapped[int] = mapped_column(BigInteger, default=0)
    problem: Mapped[str] = mapped_column(Text, default="")
    receipt: Mapped[str | None] = mapped_column(Text, nullable=True)
    receipt_key: Mapped[str | None] = mapped_column(String(16), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    completed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)

    items: Mapped[list[OutboxItemRow]] = relationship(
        back_populates="submission", cascade="all, delete-orphan", order_by="OutboxItemRow.id"
    )


class OutboxItemRow(Base):
    """One file of a submission: where its upload is and how far it got (the byte offset resumes it)."""

    __tablename__ = "outbox_items"
    __table_args__ = (UniqueConstraint("submission_id", "sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[str] = mapped_column(ForeignKey("outbox_submissions.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    label: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(16))  # waiting | sending | sent | held | refused
    upload_url: Mapped[str] = mapped_column(String(600), default="")
    sent: Mapped[int] = mapped_column(BigInteger, default=0)
    problem: Mapped[str] = mapped_column(Text, default="")

    submission: Mapped[OutboxSubmissionRow] = relationship(back_populates="items")


class FeedbackRow(Base):
    """CPS feedback on a case as signed by the hub: kept on both sides (sent by the reviewer, received by police)."""

    __tablename__ = "feedback"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    submission_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    author: Mapped[str] = mapped_column(String(120))
    issued_at: Mapped[str] = mapped_column(String(32))
    signed: Mapped[str] = mapped_column(Text)
    received_at: Mapped[str] = mapped_column(String(32))
    seen: Mapped[bool] = mapped_column(Boolean, default=False)

    actions: Mapped[list[FeedbackActionRow]] = relationship(
        back_populates="feedback", cascade="all, delete-orphan", order_by="FeedbackActionRow.id"
    )


class FeedbackActionRow(Base):
    """One thing feedback asks the police to do (an action-plan task or a request for material) and its answer."""

    __tablename__ = "feedback_actions"
    __table_args__ = (UniqueConstraint("feedback_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feedback_id: Mapped[str] = mapped_column(ForeignKey("feedback.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(16))  # task | request
    text: Mapped[str] = mapped_column(Text)
    target_date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    state: Mapped[str] = mapped_column(String(16))  # open | answered | sent | done
    answered_by: Mapped[str] = mapped_column(Text, default="[]")  # exhibit references, JSON
    updated_at: Mapped[str] = mapped_column(String(32))

    feedback: Mapped[FeedbackRow] = relationship(back_populates="actions")


class ItemReviewRow(Base):
    """A reviewer's own verdict on one item of a received case: reviewed, accepted or needs action, with a note."""

    __tablename__ = "item_reviews"
    __table_args__ = (UniqueConstraint("case_id", "reference"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    reference: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(120))
    updated_at: Mapped[str] = mapped_column(String(32))
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)  # where the note was written (1-based)


class ReviewNoteRow(Base):
    """A reviewer's note on a page of a received item: the area highlighted (PDF points, "x0 y0 x1 y1"; empty: the
    whole page) and what it says; private to the CPS or shared with the police in the next review."""

    __tablename__ = "review_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    reference: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    page: Mapped[int] = mapped_column(Integer)  # 1-based
    area: Mapped[str] = mapped_column(String(120), default="")
    text: Mapped[str] = mapped_column(Text)
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    author: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[str] = mapped_column(String(32))


class TrustedWorkstationRow(Base):
    """A workstation signing key this unit trusts: case packages it signs are imported without a warning."""

    __tablename__ = "trusted_workstations"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    added_by: Mapped[str] = mapped_column(String(120))
    added_at: Mapped[str] = mapped_column(String(32))
