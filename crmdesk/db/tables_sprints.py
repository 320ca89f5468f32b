"""Tables of the delivery: lots (releases), sprints, user stories linked to needs, the board's
columns, and the history of every change that the charts are computed from."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, ForeignKey, Integer, String, Text
from sqlmodel import Field, SQLModel

from crmdesk.db.tables import metadata  # noqa: F401 - the naming convention is set there


class LotRow(SQLModel, table=True):
    __tablename__ = "lot"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(200), nullable=False, unique=True))
    description: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    target_date: str | None = Field(default=None, sa_column=Column(String(10), nullable=True))
    position: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))


class SprintRow(SQLModel, table=True):
    __tablename__ = "sprint"

    id: int | None = Field(default=None, primary_key=True)
    number: int = Field(sa_column=Column(Integer, nullable=False, unique=True))
    name: str = Field(default="", sa_column=Column(String(200), nullable=False, server_default=""))
    goal: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    start_date: str = Field(sa_column=Column(String(10), nullable=False))
    length_days: int = Field(sa_column=Column(Integer, nullable=False))
    capacity_points: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    status: str = Field(sa_column=Column(String(10), nullable=False))  # planned / active / closed
    closed_at: str | None = Field(default=None, sa_column=Column(String(32), nullable=True))
    velocity: float | None = Field(default=None, sa_column=Column(Float, nullable=True))


class BoardColumnRow(SQLModel, table=True):
    """A column of the board. ``key`` is stable (todo, in_progress, in_acceptance, done, or one
    the pilot adds); ``is_done`` says which column counts as done for the charts."""

    __tablename__ = "board_column"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(sa_column=Column(String(40), nullable=False, unique=True))
    name: str = Field(sa_column=Column(String(100), nullable=False))
    position: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))
    wip_limit: int | None = Field(default=None, sa_column=Column(Integer, nullable=True))
    is_done: bool = Field(default=False, sa_column=Column(Boolean(name="is_done_bool"), nullable=False,
                                                          server_default="0"))


class StoryRow(SQLModel, table=True):
    __tablename__ = "story"

    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(sa_column=Column(String(20), nullable=False, unique=True))
    title: str = Field(sa_column=Column(String(300), nullable=False))
    as_a: str = Field(default="", sa_column=Column(String(300), nullable=False, server_default=""))
    i_want: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    so_that: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    kind: str = Field(sa_column=Column(String(30), nullable=False))
    points: float | None = Field(default=None, sa_column=Column(Float, nullable=True))
    lot_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("lot.id", ondelete="SET NULL"), nullable=True, index=True))
    sprint_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("sprint.id", ondelete="SET NULL"), nullable=True, index=True))
    column_id: int = Field(sa_column=Column(Integer, ForeignKey("board_column.id", ondelete="RESTRICT"),
                                            nullable=False, index=True))
    assignee_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True))
    acceptance_criteria: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    rank: float = Field(sa_column=Column(Float, nullable=False, index=True))
    created_at: str = Field(sa_column=Column(String(32), nullable=False))
    updated_at: str = Field(sa_column=Column(String(32), nullable=False))


class StoryNeedRow(SQLModel, table=True):
    __tablename__ = "story_need"

    story_id: int = Field(sa_column=Column(Integer, ForeignKey("story.id", ondelete="CASCADE"), primary_key=True))
    need_id: int = Field(sa_column=Column(Integer, ForeignKey("need.id", ondelete="CASCADE"), primary_key=True,
                                          index=True))


class StatusChangeRow(SQLModel, table=True):
    """Every change the charts need, with its time: a story's column, its sprint, its points.
    ``field`` is "column", "sprint" or "points"; values are text (ids or numbers), "" for none.
    Written in the same transaction as the change it records, so undo keeps them in step."""

    __tablename__ = "status_change"

    id: int | None = Field(default=None, primary_key=True)
    story_id: int = Field(sa_column=Column(Integer, ForeignKey("story.id", ondelete="CASCADE"),
                                           nullable=False, index=True))
    field: str = Field(sa_column=Column(String(10), nullable=False))
    old_value: str = Field(default="", sa_column=Column(String(40), nullable=False, server_default=""))
    new_value: str = Field(default="", sa_column=Column(String(40), nullable=False, server_default=""))
    changed_at: str = Field(sa_column=Column(String(32), nullable=False, index=True))
