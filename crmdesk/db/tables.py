"""The tables of a project file, declared with SQLModel.

The schema only changes through Alembic revisions in ``migrations/versions``; a test checks
that these declarations and the migrations agree. Columns hold the stable codes of
``crmdesk.domain.enums``; dates are ISO-8601 text.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, MetaData, String, Text
from sqlmodel import Field, SQLModel

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SQLModel.metadata = MetaData(naming_convention=NAMING_CONVENTION)
metadata = SQLModel.metadata


class ProjectRow(SQLModel, table=True):
    __tablename__ = "project"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: int = Field(default=1, primary_key=True)
    name: str = Field(sa_column=Column(String(300), nullable=False))
    organisation: str = Field(default="", sa_column=Column(String(300), nullable=False, server_default=""))
    description: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    sprint_length_days: int = Field(default=21, sa_column=Column(Integer, nullable=False, server_default="21"))
    created_at: str = Field(sa_column=Column(String(32), nullable=False))
    updated_at: str = Field(sa_column=Column(String(32), nullable=False))


class PersonRow(SQLModel, table=True):
    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(200), nullable=False))
    role: str = Field(sa_column=Column(String(40), nullable=False))
    email: str = Field(default="", sa_column=Column(String(300), nullable=False, server_default=""))
    organisation: str = Field(default="", sa_column=Column(String(300), nullable=False, server_default=""))


class DomainRow(SQLModel, table=True):
    __tablename__ = "domain"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(200), nullable=False))
    parent_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("domain.id", ondelete="RESTRICT"), nullable=True, index=True),
    )
    position: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))


class NeedRow(SQLModel, table=True):
    __tablename__ = "need"

    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(sa_column=Column(String(20), nullable=False, unique=True))
    title: str = Field(sa_column=Column(String(300), nullable=False))
    domain_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("domain.id", ondelete="RESTRICT"), nullable=True, index=True),
    )
    priority: str = Field(sa_column=Column(String(20), nullable=False))
    status: str = Field(sa_column=Column(String(20), nullable=False))
    owner_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True),
    )
    source_workshop: str = Field(default="", sa_column=Column(String(300), nullable=False, server_default=""))
    source_date: str | None = Field(default=None, sa_column=Column(String(10), nullable=True))
    description: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    rationale: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    acceptance_criteria: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    comments: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    created_at: str = Field(sa_column=Column(String(32), nullable=False))
    updated_at: str = Field(sa_column=Column(String(32), nullable=False))


class RefCounterRow(SQLModel, table=True):
    """The last number given for each kind of reference (BES, US, CT, ANO).

    Kept out of the undo journal on purpose: an undone creation never frees its reference.
    """

    __tablename__ = "ref_counter"

    kind: str = Field(sa_column=Column(String(10), primary_key=True))
    last: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))


# Tables whose rows the undo journal does not record.
NOT_UNDOABLE = frozenset({"ref_counter", "alembic_version"})


# The other areas' tables join the same metadata (and so the migrations' checks).
from crmdesk.db import tables_acceptance, tables_selection, tables_sprints  # noqa: E402, F401
