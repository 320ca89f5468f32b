"""The status-change history: writing it beside every change, reading it for the charts.

Each write goes through the caller's connection, inside the transaction of the change it
records, so an undo removes the change and its history row together.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, tzinfo
from functools import cache

from sqlalchemy import select
from sqlalchemy.engine import Connection

from crmdesk.db.project_file import now_iso
from crmdesk.db.tables_sprints import (
    BoardColumnRow,
    SprintRow,
    StatusChangeRow,
    StoryRow,
)
from crmdesk.domain.sprints import Translate, column_label, format_points
from crmdesk.domain.sprints_charts_data import (
    COLUMN,
    POINTS,
    SCOPE_FIELDS,
    SPRINT,
    Change,
    SprintHistory,
    StoryFacts,
    parse_instant,
)
from crmdesk.domain.sprints_commitments import SprintSpan, commitments
from crmdesk.services.tuple_reads import fetch_tuples

change_t = StatusChangeRow.__table__
story_t = StoryRow.__table__
sprint_t = SprintRow.__table__
column_t = BoardColumnRow.__table__


def stamp(at: datetime | None) -> str:
    """The file's time text: ISO, UTC, to the second. A naive ``at`` is taken as UTC."""
    if at is None:
        return now_iso()
    moment = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def id_text(value: int | None) -> str:
    return "" if value is None else str(int(value))


def change_row(story_id: int, field: str, old: str, new: str, when: str) -> dict[str, object]:
    return {"story_id": story_id, "field": field, "old_value": old, "new_value": new, "changed_at": when}


def column_change(story_id: int, old: int | None, new: int | None, when: str) -> dict[str, object]:
    return change_row(story_id, COLUMN, id_text(old), id_text(new), when)


def sprint_change(story_id: int, old: int | None, new: int | None, when: str) -> dict[str, object]:
    return change_row(story_id, SPRINT, id_text(old), id_text(new), when)


def points_change(story_id: int, old: float | None, new: float | None, when: str) -> dict[str, object]:
    return change_row(story_id, POINTS, format_points(old), format_points(new), when)


def record(conn: Connection, rows: Iterable[dict[str, object]]) -> None:
    """Insert history rows in bulk (Core insert list)."""
    rows = list(rows)
    if rows:
        conn.execute(change_t.insert(), rows)


# ------------------------------------------------------------------------------- reading
def load_facts(conn: Connection, where=None) -> list[StoryFacts]:  # type: ignore[no-untyped-def]
    query = select(story_t.c.id, story_t.c.ref, story_t.c.points, story_t.c.sprint_id,
                   story_t.c.column_id, story_t.c.created_at)
    if where is not None:
        query = query.where(where)
    return [StoryFacts(i, ref, pts, sprint, col, parse_instant(created))
            for i, ref, pts, sprint, col, created in fetch_tuples(conn, query.order_by(story_t.c.id))]


def load_changes(conn: Connection, story_ids: Iterable[int] | None = None) -> list[Change]:
    """The history of the given stories (default: all) in time order."""
    query = select(change_t.c.id, change_t.c.story_id, change_t.c.field, change_t.c.old_value,
                   change_t.c.new_value, change_t.c.changed_at)
    if story_ids is not None:
        query = query.where(change_t.c.story_id.in_(list(story_ids)))
    return [Change(i, sid, f, old, new, parse_instant(at))
            for i, sid, f, old, new, at in fetch_tuples(conn, query.order_by(change_t.c.changed_at, change_t.c.id))]


def board_columns(conn: Connection, translate: Translate | None = None) -> tuple[tuple[tuple[int, str], ...], frozenset[int]]:
    """((id, label) in board order, ids of the done columns)."""
    rows = conn.execute(select(column_t.c.id, column_t.c.key, column_t.c.name, column_t.c.is_done)
                        .order_by(column_t.c.position, column_t.c.id)).all()
    return (tuple((i, column_label(k, n, translate)) for i, k, n, _ in rows),
            frozenset(i for i, _, _, done in rows if done))


def _ever_in(sprint_id: int):  # type: ignore[no-untyped-def]
    """Where-clause of the stories that are, or ever were, in the sprint."""
    key = str(sprint_id)
    ever = select(change_t.c.story_id).where(
        change_t.c.field == SPRINT, (change_t.c.old_value == key) | (change_t.c.new_value == key))
    return (story_t.c.sprint_id == sprint_id) | story_t.c.id.in_(ever)


def read_commitments(conn: Connection, started: Sequence[SprintSpan], tz: tzinfo | None = None
                     ) -> dict[int, float]:
    """Sprint id -> its commitment (``committed_points``) for the given started sprints.

    Reads only what the commitment depends on (see ``sprints_commitments``): the stories' sprint
    and points, and the sprint and points changes, as plain tuples, each distinct instant parsed
    once. Many sprints read that for every story; one sprint only for its own stories."""
    if not started:
        return {}
    stories = select(story_t.c.id, story_t.c.sprint_id, story_t.c.points)
    changes = select(change_t.c.id, change_t.c.story_id, change_t.c.field, change_t.c.old_value,
                     change_t.c.new_value, change_t.c.changed_at).where(change_t.c.field.in_(SCOPE_FIELDS))
    static = "all stories' scope", "all scope changes"
    if len(started) == 1:
        mine = _ever_in(started[0].sprint_id)
        stories = stories.where(mine)
        changes = changes.where(change_t.c.story_id.in_(select(story_t.c.id).where(mine)))
        static = "", ""
    instant = cache(parse_instant)  # changes made together share their time text

    rows = [(i, story, name, old, new, instant(at))
            for i, story, name, old, new, at in fetch_tuples(conn, changes, static[1])]
    return commitments(started, fetch_tuples(conn, stories, static[0]), rows, tz)


def sprint_history(conn: Connection, sprint_id: int, translate: Translate | None = None) -> SprintHistory | None:
    """The history the sprint's charts need: every story that is or ever was in the sprint."""
    row = conn.execute(select(sprint_t.c.number, sprint_t.c.start_date, sprint_t.c.length_days,
                              sprint_t.c.closed_at).where(sprint_t.c.id == sprint_id)).first()
    if row is None:
        return None
    number, start, length, closed_at = row
    columns, done = board_columns(conn, translate)
    facts = load_facts(conn, _ever_in(sprint_id))
    changes = load_changes(conn, [f.id for f in facts])
    return SprintHistory(
        sprint_id=sprint_id, number=number, start=date.fromisoformat(start), length_days=length,
        closed_at=parse_instant(closed_at) if closed_at else None, done_columns=done,
        columns=columns, stories=tuple(facts), changes=tuple(changes))
