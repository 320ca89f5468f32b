"""Lots, sprints and their life: plan stories into a sprint, start it, close it.

A mixin of ``SprintService``. Closing records the velocity (points in a done column at that
instant) and moves every unfinished story out, to the backlog or to the next planned sprint
(created when there is none), each move written in the history at the close's instant.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from crmdesk.db.project_file import ProjectFile
from crmdesk.db.tables_sprints import BoardColumnRow, LotRow, SprintRow, StoryRow
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.sprints import (
    SprintStatus,
    Unfinished,
    check_capacity,
    check_length,
    clean_date,
    clean_lot_values,
    clean_sprint_values,
)
from crmdesk.services.sprint_history import record, sprint_change, stamp
from crmdesk.services.sprint_queries import default_sprint_length, done_column_ids
from crmdesk.services.stories import check_sprint_open, closed_sprint_of, set_ranks

lot_t = LotRow.__table__
sprint_t = SprintRow.__table__
story_t = StoryRow.__table__
column_t = BoardColumnRow.__table__


def _lot_exists(conn: Connection, lot_id: int) -> None:
    if conn.execute(select(lot_t.c.id).where(lot_t.c.id == lot_id)).first() is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This lot no longer exists."))


def _check_lot_name(conn: Connection, name: str, self_id: int | None) -> None:
    for other_id, other in conn.execute(select(lot_t.c.id, lot_t.c.name)):
        if other_id != self_id and other.casefold() == name.casefold():
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A lot named {name} already exists."), name=name)


def _sprint(conn: Connection, sprint_id: int):  # type: ignore[no-untyped-def]
    row = conn.execute(select(sprint_t.c.id, sprint_t.c.number, sprint_t.c.status, sprint_t.c.start_date,
                              sprint_t.c.length_days).where(sprint_t.c.id == sprint_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This sprint no longer exists."))
    return row


def next_sprint_values(conn: Connection, today: date | None = None) -> tuple[int, date, int]:
    """(number, start date, length) of a new sprint: the next number, starting the day after
    the last sprint ends (or next Monday for the first one), lasting the project's default."""
    last = conn.execute(select(sprint_t.c.number, sprint_t.c.start_date, sprint_t.c.length_days)
                        .order_by(sprint_t.c.number.desc()).limit(1)).first()
    length = default_sprint_length(conn)
    if last is None:
        today = today or date.today()
        return 1, today + timedelta(days=(7 - today.weekday()) % 7), length
    number, start, days = last
    return number + 1, date.fromisoformat(start) + timedelta(days=days), length


def insert_sprint(conn: Connection, *, name: str = "", goal: str = "", start_date: date | None = None,
                  length_days: int | None = None, capacity_points: float | None = None,
                  status: SprintStatus = SprintStatus.PLANNED) -> int:
    number, start, length = next_sprint_values(conn)
    values = clean_sprint_values({"name": name, "goal": goal, "start_date": start_date or start,
                                  "length_days": length_days or length, "capacity_points": capacity_points})
    return int(conn.execute(sprint_t.insert().values(number=number, status=str(status), **values))
               .inserted_primary_key[0])


def plan_stories(conn: Connection, story_ids: Sequence[int], sprint_id: int | None, when: str) -> list[int]:
    """Move stories into a sprint (or back to the backlog with None), recording each move.
    Returns the ids that moved."""
    check_sprint_open(conn, sprint_id)
    closed = closed_sprint_of(conn, story_ids)
    if closed:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "{ref} belongs to sprint {number}, which is closed: it can no longer move."),
            ref=closed[0], number=closed[1])
    current = dict(conn.execute(select(story_t.c.id, story_t.c.sprint_id).where(story_t.c.id.in_(list(story_ids)))).all())
    if len(current) != len(set(story_ids)):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these user stories no longer exist."))
    moving = [i for i in dict.fromkeys(story_ids) if current[i] != sprint_id]
    if moving:
        conn.execute(story_t.update().where(story_t.c.id.in_(moving)).values(sprint_id=sprint_id, updated_at=when))
        record(conn, [sprint_change(i, current[i], sprint_id, when) for i in moving])
    return moving


class PlanningWrites:
    _pf: ProjectFile

    # ------------------------------------------------------------------ lots
    def create_lot(self, name: str, target_date: date | str | None = None, description: str = ""
                   ) -> tuple[int, Changes]:
        values = clean_lot_values({"name": name, "target_date": target_date, "description": description})
        with self._pf.transaction() as tx:
            _check_lot_name(tx.conn, str(values["name"]), None)
            position = tx.conn.execute(select(func.coalesce(func.max(lot_t.c.position), -1) + 1)).scalar_one()
            lot_id = int(tx.conn.execute(lot_t.insert().values(position=position, **values)).inserted_primary_key[0])
        return lot_id, Changes.of(EntityKind.LOT, ids={lot_id}, step=tx.step)

    def update_lot(self, lot_id: int, values: dict[str, object]) -> Changes:
        cleaned = clean_lot_values(values)
        if not cleaned:
            return Changes()
        with self._pf.transaction() as tx:
            _lot_exists(tx.conn, lot_id)
            if "name" in cleaned:
                _check_lot_name(tx.conn, str(cleaned["name"]), lot_id)
            tx.conn.execute(lot_t.update().where(lot_t.c.id == lot_id).values(**cleaned))
        # Stories show their lot's name.
        return Changes.of(EntityKind.LOT, EntityKind.STORY, ids={lot_id}, step=tx.step)

    def delete_lot(self, lot_id: int) -> Changes:
        """Delete a lot; its stories stay, with no lot (undo gives it back to them)."""
        with self._pf.transaction() as tx:
            _lot_exists(tx.conn, lot_id)
            tx.conn.execute(story_t.update().where(story_t.c.lot_id == lot_id).values(lot_id=None))
            tx.conn.execute(lot_t.delete().where(lot_t.c.id == lot_id))
        return Changes.of(EntityKind.LOT, EntityKind.STORY, ids={lot_id}, step=tx.step)

    def move_lot(self, lot_id: int, position: int) -> Changes:
        with self._pf.transaction() as tx:
            _lot_exists(tx.conn, lot_id)
            order = [i for (i,) in tx.conn.execute(select(lot_t.c.id).order_by(lot_t.c.position, lot_t.c.id))
                     if i != lot_id]
            order.insert(max(0, min(position, len(order))), lot_id)
            for pos, i in enumerate(order):
                tx.conn.execute(lot_t.update().where(lot_t.c.id == i, lot_t.c.position != pos).values(position=pos))
        return Changes.of(EntityKind.LOT, ids={lot_id}, step=tx.step)

    # ------------------------------------------------------------------ sprints
    def next_sprint_defaults(self) -> tuple[int, date, int]:
        """(number, start date, length in days) the next new sprint gets, for the dialog."""
        with self._pf.reading() as conn:
            return next_sprint_values(conn)

    def create_sprint(self, name: str = "", goal: str = "", start_date: date | str | None = None,
                      length_days: int | None = None, capacity_points: float | None = None
                      ) -> tuple[int, Changes]:
        start = clean_date(start_date)
        length = check_length(length_days) if length_days is not None else None
        with self._pf.transaction() as tx:
            sprint_id = insert_sprint(tx.conn, name=name, goal=goal, start_date=start, length_days=length,
                                      capacity_points=check_capacity(capacity_points))
        return sprint_id, Changes.of(EntityKind.SPRINT, ids={sprint_id}, step=tx.step)

    def update_sprint(self, sprint_id: int, values: dict[str, object]) -> Changes:
        """Name, goal, dates, length and capacity; a closed sprint keeps its dates (its charts
        depend on them) and only its name and goal change."""
        cleaned = clean_sprint_values(values)
        if not cleaned:
            return Changes()
        with self._pf.transaction() as tx:
            row = _sprint(tx.conn, sprint_id)
            if row.status == SprintStatus.CLOSED and set(cleaned) - {"name", "goal"}:
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "Sprint {number} is closed: only its name and goal can change."), number=row.number)
            tx.conn.execute(sprint_t.update().where(sprint_t.c.id == sprint_id).values(**cleaned))
        return Changes.of(EntityKind.SPRINT, EntityKind.STORY, ids={sprint_id}, step=tx.step)

    def delete_sprint(self, sprint_id: int, at: datetime | None = None) -> Changes:
        """Delete a planned sprint; its stories go back to the backlog (recorded)."""
        with self._pf.transaction() as tx:
            row = _sprint(tx.conn, sprint_id)
            if row.status != SprintStatus.PLANNED:
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "Sprint {number} has started: it can no longer be deleted."), number=row.number)
            ids = [i for (i,) in tx.conn.execute(select(story_t.c.id).where(story_t.c.sprint_id == sprint_id))]
            plan_stories(tx.conn, ids, None, stamp(at))
            tx.conn.execute(sprint_t.delete().where(sprint_t.c.id == sprint_id))
        return Changes.of(EntityKind.SPRINT, EntityKind.STORY, EntityKind.LOT, ids={sprint_id, *ids},
                          step=tx.step)

    def plan(self, story_ids: Sequence[int], sprint_id: int | None, before_id: int | None = None,
             at: datetime | None = None) -> Changes:
        """Put stories into a sprint (None: back to the backlog), optionally placed before
        another story, in one undo step. After the sprint's first day this is a scope change."""
        ids = list(dict.fromkeys(story_ids))
        if not ids:
            return Changes()
        with self._pf.transaction() as tx:
            moved = plan_stories(tx.conn, ids, sprint_id, stamp(at))
            if before_id is not None and before_id not in ids:
                set_ranks(tx.conn, ids, before_id)
        if not moved and before_id is None:
            return Changes()
        return Changes.of(EntityKind.STORY, EntityKind.SPRINT, EntityKind.LOT, ids=set(ids), step=tx.step)

    def start(self, sprint_id: int) -> Changes:
        """Make a planned sprint the active one; only one sprint is active at a time."""
        with self._pf.transaction() as tx:
            start_sprint(tx.conn, sprint_id)
        return Changes.of(EntityKind.SPRINT, ids={sprint_id}, step=tx.step)

    def close(self, sprint_id: int, unfinished: Unfinished | str = Unfinished.BACKLOG,
              at: datetime | None = None) -> Changes:
        """Close the active sprint: record its velocity, then move its unfinished stories to the
        backlog or into the next planned sprint (created when there is none)."""
        where = Unfinished(unfinished)
        with self._pf.transaction() as tx:
            touched = close_sprint(tx.conn, sprint_id, where, stamp(at))
        return Changes.of(EntityKind.SPRINT, EntityKind.STORY, EntityKind.LOT, ids=touched, step=tx.step)


def start_sprint(conn: Connection, sprint_id: int) -> None:
    row = _sprint(conn, sprint_id)
    if row.status != SprintStatus.PLANNED:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "Sprint {number} has already started."), number=row.number)
    active = conn.execute(select(sprint_t.c.number).where(sprint_t.c.status == SprintStatus.ACTIVE)).scalar()
    if active is not None:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "Sprint {number} is still active: close it before starting another."), number=active)
    conn.execute(sprint_t.update().where(sprint_t.c.id == sprint_id).values(status=str(SprintStatus.ACTIVE)))


def close_sprint(conn: Connection, sprint_id: int, where: Unfinished, when: str) -> set[int]:
    """Close a sprint in the caller's transaction; returns the sprint and story ids touched.
    The velocity is taken before anything moves; the unfinished stories then leave the sprint
    at the close's instant (the charts stop just before)."""
    row = _sprint(conn, sprint_id)
    if row.status == SprintStatus.CLOSED:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Sprint {number} is already closed."),
                               number=row.number)
    if row.status != SprintStatus.ACTIVE:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Sprint {number} has not started."),
                               number=row.number)
    done = done_column_ids(conn)
    stories = conn.execute(select(story_t.c.id, story_t.c.points, story_t.c.column_id)
                           .where(story_t.c.sprint_id == sprint_id)).all()
    velocity = float(sum(p or 0.0 for _, p, c in stories if c in done))
    left = [i for i, _, c in stories if c not in done]
    touched = {sprint_id, *left}
    if left:
        target = None
        if where is Unfinished.NEXT:
            target = conn.execute(select(sprint_t.c.id).where(
                sprint_t.c.status == SprintStatus.PLANNED, sprint_t.c.number > row.number)
                .order_by(sprint_t.c.number).limit(1)).scalar()
            if target is None:
                target = insert_sprint(conn)
            touched.add(int(target))
        plan_stories(conn, left, target, when)
    conn.execute(sprint_t.update().where(sprint_t.c.id == sprint_id).values(
        status=str(SprintStatus.CLOSED), closed_at=when, velocity=velocity))
    return touched
