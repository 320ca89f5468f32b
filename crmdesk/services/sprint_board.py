"""The board: its columns (add, rename, reorder, WIP limit, delete when empty) and moving
cards between them, each move written in the history with its time.

A mixin of ``SprintService``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from crmdesk.db.project_file import ProjectFile
from crmdesk.db.tables_sprints import BoardColumnRow, SprintRow, StoryRow
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.sprints import (
    DEFAULT_COLUMN_KEYS,
    SprintStatus,
    check_wip_limit,
    clean_name,
)
from crmdesk.services.sprint_history import column_change, record, stamp
from crmdesk.services.stories import set_ranks

column_t = BoardColumnRow.__table__
story_t = StoryRow.__table__
sprint_t = SprintRow.__table__

COLUMN_KINDS = (EntityKind.BOARD_COLUMN, EntityKind.STORY)


def _column(conn: Connection, column_id: int):  # type: ignore[no-untyped-def]
    row = conn.execute(select(column_t.c.id, column_t.c.key, column_t.c.name, column_t.c.is_done)
                       .where(column_t.c.id == column_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This column no longer exists."))
    return row


def _check_unique(conn: Connection, name: str, self_id: int | None) -> None:
    for other_id, other in conn.execute(select(column_t.c.id, column_t.c.name)):
        if other_id != self_id and other and other.casefold() == name.casefold():
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A column named {name} already exists."), name=name)


def _reposition(conn: Connection, column_id: int, position: int | None) -> None:
    order = [i for (i,) in conn.execute(select(column_t.c.id).order_by(column_t.c.position, column_t.c.id))
             if i != column_id]
    index = len(order) if position is None else max(0, min(position, len(order)))
    order.insert(index, column_id)
    for pos, i in enumerate(order):
        conn.execute(column_t.update().where(column_t.c.id == i, column_t.c.position != pos).values(position=pos))


def move_story_to_column(conn: Connection, story_id: int, column_id: int, when: str) -> bool:
    """Move one card (Core, in the caller's transaction); True when its column changed."""
    row = conn.execute(select(story_t.c.column_id, story_t.c.ref, sprint_t.c.number, sprint_t.c.status)
                       .select_from(story_t.outerjoin(sprint_t, story_t.c.sprint_id == sprint_t.c.id))
                       .where(story_t.c.id == story_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user story no longer exists."))
    old, _ref, number, status = row
    if status == SprintStatus.CLOSED:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "Sprint {number} is closed: its board can no longer change."), number=number)
    _column(conn, column_id)
    if old == column_id:
        return False
    conn.execute(story_t.update().where(story_t.c.id == story_id).values(column_id=column_id, updated_at=when))
    record(conn, [column_change(story_id, old, column_id, when)])
    return True


class BoardWrites:
    _pf: ProjectFile

    def move_card(self, story_id: int, column_id: int, before_id: int | None = None,
                  at: datetime | None = None) -> Changes:
        """Move a card to a column (drag and drop or keyboard), optionally before another card.
        The move is recorded with its time (``at`` for tests and the demo, else now)."""
        with self._pf.transaction() as tx:
            changed = move_story_to_column(tx.conn, story_id, column_id, stamp(at))
            if before_id is not None and before_id != story_id:
                set_ranks(tx.conn, [story_id], before_id)
        if not changed and before_id is None:
            return Changes()
        return Changes.of(EntityKind.STORY, EntityKind.SPRINT, EntityKind.LOT, EntityKind.BOARD_COLUMN,
                          ids={story_id}, step=tx.step)

    def add_column(self, name: str, is_done: bool = False, wip_limit: int | None = None,
                   position: int | None = None) -> tuple[int, Changes]:
        """A new column (at the end, or at ``position``); ``is_done`` says whether its cards
        count as done in the charts."""
        clean = clean_name(name, "column")
        limit = check_wip_limit(wip_limit)
        with self._pf.transaction() as tx:
            conn = tx.conn
            _check_unique(conn, clean, None)
            keys = {k for (k,) in conn.execute(select(column_t.c.key))}
            n = int(conn.execute(select(func.count()).select_from(column_t)).scalar_one()) + 1
            while f"column_{n}" in keys:
                n += 1
            column_id = int(conn.execute(column_t.insert().values(
                key=f"column_{n}", name=clean, position=10_000, wip_limit=limit, is_done=bool(is_done)))
                .inserted_primary_key[0])
            _reposition(conn, column_id, position)
        return column_id, Changes.of(*COLUMN_KINDS, ids={column_id}, step=tx.step)

    def rename_column(self, column_id: int, name: str) -> Changes:
        """Rename a column. An empty name gives a default column back its translated label."""
        with self._pf.transaction() as tx:
            row = _column(tx.conn, column_id)
            if not " ".join((name or "").split()) and row.key in DEFAULT_COLUMN_KEYS:
                clean = ""
            else:
                clean = clean_name(name, "column")
                _check_unique(tx.conn, clean, column_id)
            tx.conn.execute(column_t.update().where(column_t.c.id == column_id).values(name=clean))
        return Changes.of(*COLUMN_KINDS, ids={column_id}, step=tx.step)

    def move_column(self, column_id: int, position: int) -> Changes:
        with self._pf.transaction() as tx:
            _column(tx.conn, column_id)
            _reposition(tx.conn, column_id, position)
        return Changes.of(*COLUMN_KINDS, ids={column_id}, step=tx.step)

    def set_wip_limit(self, column_id: int, limit: int | None) -> Changes:
        """A soft limit: exceeding it is allowed and shown. None (or 0) removes it."""
        clean = check_wip_limit(limit)
        with self._pf.transaction() as tx:
            _column(tx.conn, column_id)
            tx.conn.execute(column_t.update().where(column_t.c.id == column_id).values(wip_limit=clean))
        return Changes.of(EntityKind.BOARD_COLUMN, ids={column_id}, step=tx.step)

    def delete_column(self, column_id: int) -> Changes:
        """Delete an empty column. The board keeps at least one column and one done column."""
        with self._pf.transaction() as tx:
            conn = tx.conn
            row = _column(conn, column_id)
            if conn.execute(select(story_t.c.id).where(story_t.c.column_id == column_id).limit(1)).first():
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "This column still holds user stories; move them first."))
            total = int(conn.execute(select(func.count()).select_from(column_t)).scalar_one())
            done = int(conn.execute(select(func.count()).select_from(column_t)
                                    .where(column_t.c.is_done.is_(True))).scalar_one())
            if total <= 1 or (row.is_done and done <= 1):
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "The board needs this column: it is the last one, or the last done one."))
            conn.execute(column_t.delete().where(column_t.c.id == column_id))
            _reposition_all(conn)
        return Changes.of(*COLUMN_KINDS, ids={column_id}, step=tx.step)


def _reposition_all(conn: Connection) -> None:
    ids = [i for (i,) in conn.execute(select(column_t.c.id).order_by(column_t.c.position, column_t.c.id))]
    for pos, i in enumerate(ids):
        conn.execute(column_t.update().where(column_t.c.id == i, column_t.c.position != pos).values(position=pos))
