"""Reads of the sprints area over a connection, shared by the service, the exports, the command
line and the writes' checks. Everything leaves as frozen ``*Read`` objects."""

from __future__ import annotations

from datetime import date, tzinfo

from sqlalchemy import case, func, select
from sqlalchemy.engine import Connection, Row

from crmdesk.db.tables import NeedRow, PersonRow, ProjectRow
from crmdesk.db.tables_sprints import (
    BoardColumnRow,
    LotRow,
    SprintRow,
    StoryNeedRow,
    StoryRow,
)
from crmdesk.domain.errors import NotFound
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.sprints import (
    ColumnRead,
    LotRead,
    SprintRead,
    SprintStatus,
    StoryKind,
    StoryRead,
)
from crmdesk.domain.sprints_charts_data import parse_instant
from crmdesk.domain.sprints_commitments import SprintSpan
from crmdesk.services.sprint_history import read_commitments

story_t = StoryRow.__table__
lot_t = LotRow.__table__
sprint_t = SprintRow.__table__
column_t = BoardColumnRow.__table__
link_t = StoryNeedRow.__table__
need_t = NeedRow.__table__
person_t = PersonRow.__table__
project_t = ProjectRow.__table__

_STORY_COLUMNS = (
    story_t.c.id, story_t.c.ref, story_t.c.title, story_t.c.as_a, story_t.c.i_want, story_t.c.so_that,
    story_t.c.kind, story_t.c.points, story_t.c.lot_id, func.coalesce(lot_t.c.name, "").label("lot_name"),
    story_t.c.sprint_id, sprint_t.c.number, story_t.c.column_id, column_t.c.key, column_t.c.name,
    column_t.c.is_done, story_t.c.assignee_id, func.coalesce(person_t.c.name, "").label("assignee_name"),
    story_t.c.acceptance_criteria, story_t.c.rank, story_t.c.created_at, story_t.c.updated_at,
)


def _story_query():  # type: ignore[no-untyped-def]
    return select(*_STORY_COLUMNS).select_from(
        story_t.outerjoin(lot_t, story_t.c.lot_id == lot_t.c.id)
        .outerjoin(sprint_t, story_t.c.sprint_id == sprint_t.c.id)
        .join(column_t, story_t.c.column_id == column_t.c.id)
        .outerjoin(person_t, story_t.c.assignee_id == person_t.c.id))


def read_stories(conn: Connection, where=None) -> list[StoryRead]:  # type: ignore[no-untyped-def]
    """Stories in rank order, with their linked needs' ids and refs."""
    query = _story_query()
    links = select(link_t.c.story_id, need_t.c.id, need_t.c.ref).select_from(
        link_t.join(need_t, link_t.c.need_id == need_t.c.id))
    if where is not None:
        query = query.where(where)
        links = links.where(link_t.c.story_id.in_(select(story_t.c.id).where(where)))
    by_story: dict[int, list[tuple[str, int]]] = {}
    for story_id, need_id, ref in conn.execute(links):
        by_story.setdefault(story_id, []).append((ref, need_id))
    defects = _open_defects(conn)
    rows = conn.execute(query.order_by(story_t.c.rank, story_t.c.id)).all()
    return [_to_story(r, sorted(by_story.get(r[0], [])), defects.get(r[0], 0)) for r in rows]


def _open_defects(conn: Connection) -> dict[int, int]:
    """Story id -> open defects raised in acceptance (the card's badge)."""
    from crmdesk.db.tables_acceptance import DefectRow
    from crmdesk.domain.acceptance import OPEN_DEFECT_STATUSES

    defect_t = DefectRow.__table__
    return dict(conn.execute(select(defect_t.c.story_id, func.count()).where(
        defect_t.c.story_id.is_not(None), defect_t.c.status.in_([str(s) for s in OPEN_DEFECT_STATUSES]))
        .group_by(defect_t.c.story_id)).all())


def _to_story(row: Row, needs: list[tuple[str, int]], open_defects: int = 0) -> StoryRead:
    (sid, ref, title, as_a, i_want, so_that, kind, points, lot_id, lot_name, sprint_id, sprint_number,
     column_id, column_key, column_name, is_done, assignee_id, assignee_name, criteria, rank,
     created, updated) = row
    return StoryRead(
        id=sid, ref=ref, title=title, as_a=as_a, i_want=i_want, so_that=so_that, kind=StoryKind(kind),
        points=points, lot_id=lot_id, lot_name=lot_name, sprint_id=sprint_id, sprint_number=sprint_number,
        column_id=column_id, column_key=column_key, column_name=column_name, column_is_done=bool(is_done),
        assignee_id=assignee_id, assignee_name=assignee_name, acceptance_criteria=criteria, rank=rank,
        need_ids=tuple(n for _, n in needs), need_refs=tuple(r for r, _ in needs),
        created_at=created, updated_at=updated, open_defects=open_defects)


def read_story(conn: Connection, story_id: int) -> StoryRead:
    found = read_stories(conn, story_t.c.id == story_id)
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user story no longer exists."))
    return found[0]


def read_columns(conn: Connection) -> list[ColumnRead]:
    counts = dict(conn.execute(select(story_t.c.column_id, func.count()).group_by(story_t.c.column_id)).all())
    rows = conn.execute(select(column_t.c.id, column_t.c.key, column_t.c.name, column_t.c.position,
                               column_t.c.wip_limit, column_t.c.is_done)
                        .order_by(column_t.c.position, column_t.c.id))
    return [ColumnRead(i, k, n, p, w, bool(d), int(counts.get(i, 0))) for i, k, n, p, w, d in rows]


def read_lots(conn: Connection) -> list[LotRead]:
    done = column_t.c.is_done
    pts = func.coalesce(story_t.c.points, 0.0)
    stats = {lot_id: (n, nd, tp, dp) for lot_id, n, nd, tp, dp in conn.execute(
        select(story_t.c.lot_id, func.count(), func.sum(case((done, 1), else_=0)), func.sum(pts),
               func.sum(case((done, pts), else_=0.0)))
        .select_from(story_t.join(column_t, story_t.c.column_id == column_t.c.id))
        .where(story_t.c.lot_id.is_not(None)).group_by(story_t.c.lot_id))}
    out = []
    for lot_id, name, description, target, position in conn.execute(
            select(lot_t.c.id, lot_t.c.name, lot_t.c.description, lot_t.c.target_date, lot_t.c.position)
            .order_by(lot_t.c.position, lot_t.c.id)):
        n, nd, tp, dp = stats.get(lot_id, (0, 0, 0.0, 0.0))
        out.append(LotRead(lot_id, name, description, date.fromisoformat(target) if target else None,
                           position, int(n), int(nd or 0), float(tp or 0), float(dp or 0)))
    return out


def read_sprints(conn: Connection, tz: tzinfo | None = None, sprint_ids: set[int] | None = None
                 ) -> list[SprintRead]:
    """Sprints by number, with their points. A started sprint's commitment comes from the
    history (its scope at the end of its first day), so it stays what was promised."""
    done = column_t.c.is_done
    pts = func.coalesce(story_t.c.points, 0.0)
    stats = {sid: (n, tp, dp, un) for sid, n, tp, dp, un in conn.execute(
        select(story_t.c.sprint_id, func.count(), func.sum(pts), func.sum(case((done, pts), else_=0.0)),
               func.sum(case((story_t.c.points.is_(None), 1), else_=0)))
        .select_from(story_t.join(column_t, story_t.c.column_id == column_t.c.id))
        .where(story_t.c.sprint_id.is_not(None)).group_by(story_t.c.sprint_id))}
    rows = conn.execute(select(sprint_t.c.id, sprint_t.c.number, sprint_t.c.name, sprint_t.c.goal,
                               sprint_t.c.start_date, sprint_t.c.length_days, sprint_t.c.capacity_points,
                               sprint_t.c.status, sprint_t.c.closed_at, sprint_t.c.velocity)
                        .order_by(sprint_t.c.number)).all()
    if sprint_ids is not None:
        rows = [r for r in rows if r.id in sprint_ids]
    committed_by_id = read_commitments(conn, [
        SprintSpan(r.id, date.fromisoformat(r.start_date), r.length_days,
                   parse_instant(r.closed_at) if r.closed_at else None)
        for r in rows if r.status != SprintStatus.PLANNED], tz)
    out = []
    for sid, number, name, goal, start, length, capacity, status, closed_at, velocity in rows:
        n, scope, done_pts, unestimated = stats.get(sid, (0, 0.0, 0.0, 0))
        status = SprintStatus(status)
        committed = committed_by_id.get(sid, float(scope or 0))
        done_value = float(velocity) if status is SprintStatus.CLOSED and velocity is not None else float(done_pts or 0)
        out.append(SprintRead(
            id=sid, number=number, name=name, goal=goal, start_date=date.fromisoformat(start),
            length_days=length, capacity_points=capacity, status=status, closed_at=closed_at,
            velocity=velocity, committed_points=committed, scope_points=float(scope or 0),
            done_points=done_value, story_count=int(n), unestimated_count=int(unestimated or 0)))
    return out


def default_sprint_length(conn: Connection) -> int:
    value = conn.execute(select(project_t.c.sprint_length_days)).scalar()
    return int(value or 21)


def first_column_id(conn: Connection) -> int:
    found = conn.execute(select(column_t.c.id).order_by(column_t.c.position, column_t.c.id).limit(1)).scalar()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The board has no column."))
    return int(found)


def done_column_ids(conn: Connection) -> set[int]:
    return {i for (i,) in conn.execute(select(column_t.c.id).where(column_t.c.is_done.is_(True)))}
