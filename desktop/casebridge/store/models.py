"""ORM tables. The schema is created and changed only by the Alembic migrations in `migrations/`;
a test checks that these models and the migrations agree."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, MetaData, String, Text, UniqueConstraint
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
