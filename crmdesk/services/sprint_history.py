"""The status-change history: writing it beside every change, reading it for the charts.

Each write goes through the caller's connection, inside the transaction of the change it
records, so an undo removes the change and its history row together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime

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
    SPRINT,
    Change,
    SprintHistory,
    StoryFacts,
    parse_instant,
)

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
            for i, ref, pts, sprint, col, created in conn.execute(query.order_by(story_t.c.id)).all()]


def load_changes(conn: Connection, story_ids: Iterable[int] | None = None) -> list[Change]:
    query = select(change_t.c.id, change_t.c.story_id, change_t.c.field, change_t.c.old_value,
                   change_t.c.new_value, change_t.c.changed_at)
    if story_ids is not None:
        query = query.where(change_t.c.story_id.in_(list(story_ids)))
    return [Change(i, sid, f, old, new, parse_instant(at))
            for i, sid, f, old, new, at in conn.execute(query.order_by(change_t.c.changed_at, change_t.c.id)).all()]


def board_columns(conn: Connection, translate: Translate | None = None) -> tuple[tuple[tuple[int, str], ...], frozenset[int]]:
    """((id, label) in board order, ids of the done columns)."""
    rows = conn.execute(select(column_t.c.id, column_t.c.key, column_t.c.name, column_t.c.is_done)
                        .order_by(column_t.c.position, column_t.c.id)).all()
    return (tuple((i, column_label(k, n, translate)) for i, k, n, _ in rows),
            frozenset(i for i, _, _, done in rows if done))


class HistoryIndex:
    """The whole history grouped once by sprint and by story, so the history of each of many
    sprints is cut out in proportion to its own size (the sprint list needs every started
    sprint's commitment: 60 sprints over 30,000 changes took 0.3 s scanning everything per
    sprint)."""

    def __init__(self, facts: list[StoryFacts], changes: list[Change]) -> None:
        self.facts = {f.id: f for f in facts}
        self.by_story: dict[int, list[Change]] = defaultdict(list)
        self.by_sprint: dict[str, set[int]] = defaultdict(set)
        for c in changes:
            self.by_story[c.story_id].append(c)
            if c.field == SPRINT:
                for value in (c.old, c.new):
                    if value:
                        self.by_sprint[value].add(c.story_id)
        for f in facts:
            if f.sprint_id is not None:
                self.by_sprint[str(f.sprint_id)].add(f.id)

    def of(self, sprint_id: int) -> tuple[list[StoryFacts], list[Change]]:
        ids = sorted(self.by_sprint.get(str(sprint_id), ()))
        facts = [self.facts[i] for i in ids if i in self.facts]
        changes = sorted((c for i in ids for c in self.by_story.get(i, ())), key=lambda c: (c.at, c.id))
        return facts, changes


def sprint_history(conn: Connection, sprint_id: int, translate: Translate | None = None,
                   facts: list[StoryFacts] | None = None, changes: list[Change] | None = None
                   ) -> SprintHistory | None:
    """The history the sprint's charts need: every story that is or ever was in the sprint.
    ``facts``/``changes`` may be given when the caller already loaded the whole history."""
    row = conn.execute(select(sprint_t.c.number, sprint_t.c.start_date, sprint_t.c.length_days,
                              sprint_t.c.closed_at).where(sprint_t.c.id == sprint_id)).first()
    if row is None:
        return None
    number, start, length, closed_at = row
    columns, done = board_columns(conn, translate)
    if facts is None or changes is None:
        key = str(sprint_id)
        ever = select(change_t.c.story_id).where(
            change_t.c.field == SPRINT, (change_t.c.old_value == key) | (change_t.c.new_value == key))
        mine = (story_t.c.sprint_id == sprint_id) | story_t.c.id.in_(ever)
        facts = load_facts(conn, mine)
        changes = load_changes(conn, [f.id for f in facts])
    else:
        key = str(sprint_id)
        ids = {c.story_id for c in changes if c.field == SPRINT and key in (c.old, c.new)}
        ids |= {f.id for f in facts if f.sprint_id == sprint_id}
        facts = [f for f in facts if f.id in ids]
        changes = [c for c in changes if c.story_id in ids]
    return SprintHistory(
        sprint_id=sprint_id, number=number, start=date.fromisoformat(start), length_days=length,
        closed_at=parse_instant(closed_at) if closed_at else None, done_columns=done,
        columns=columns, stories=tuple(facts), changes=tuple(changes))
