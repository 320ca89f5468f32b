"""The sprints area: backlog of user stories, lots, sprints, the board and its charts.

``SprintService`` is one object for the UI; its writes come from three mixins kept in their own
modules (``stories``, ``sprint_planning``, ``sprint_board``). Every write is one transaction,
so one undo step, returning ``Changes``; the reads here return frozen ``*Read`` objects and the
charts' data, computed from the status-change history only.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from sqlalchemy import select

from crmdesk.db.project_file import ProjectFile
from crmdesk.db.tables import NeedRow
from crmdesk.db.tables_sprints import SprintRow, StoryNeedRow, StoryRow
from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.errors import NotFound
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.sprints import (
    CloseSummary,
    ColumnRead,
    LotRead,
    NeedBrief,
    SprintRead,
    SprintStatus,
    StoryRead,
    Translate,
)
from crmdesk.domain.sprints_board import Board, BoardColumn, wip_status
from crmdesk.domain.sprints_charts_data import (
    Burndown,
    BurnupDay,
    CumulativeFlow,
    SprintHistory,
    VelocityPoint,
    average_velocity,
    burndown,
    cumulative_flow,
    lot_burnup,
    velocity_series,
)
from crmdesk.services.sprint_board import BoardWrites
from crmdesk.services.sprint_history import (
    board_columns,
    load_changes,
    load_facts,
    sprint_history,
)
from crmdesk.services.sprint_planning import PlanningWrites
from crmdesk.services.sprint_queries import (
    read_columns,
    read_lots,
    read_sprints,
    read_stories,
    read_story,
)
from crmdesk.services.stories import StoryWrites
from crmdesk.services.tuple_reads import fetch_tuples

story_t = StoryRow.__table__
sprint_t = SprintRow.__table__
link_t = StoryNeedRow.__table__
need_t = NeedRow.__table__

# Needs that call for no story: rejected, or postponed to a later phase.
_NOT_TO_BUILD = (NeedStatus.REJECTED, NeedStatus.POSTPONED)


class SprintService(StoryWrites, PlanningWrites, BoardWrites):
    """``tz`` is the time zone whose calendar days the charts use (None: the system's)."""

    def __init__(self, project: ProjectFile, tz: tzinfo | None = None) -> None:
        self._pf = project
        self._tz = tz

    def today(self) -> date:
        return datetime.now(self._tz).date() if self._tz is not None else date.today()

    # ------------------------------------------------------------------ stories
    def stories(self) -> list[StoryRead]:
        """Every story, in rank order."""
        with self._pf.reading() as conn:
            return read_stories(conn)

    def backlog(self, include_planned: bool = False) -> list[StoryRead]:
        """The product backlog in rank order: the stories in no sprint, and with
        ``include_planned`` those of sprints not started yet too."""
        where = story_t.c.sprint_id.is_(None)
        if include_planned:
            planned = select(sprint_t.c.id).where(sprint_t.c.status == SprintStatus.PLANNED)
            where = where | story_t.c.sprint_id.in_(planned)
        with self._pf.reading() as conn:
            return read_stories(conn, where)

    def sprint_stories(self, sprint_id: int) -> list[StoryRead]:
        with self._pf.reading() as conn:
            return read_stories(conn, story_t.c.sprint_id == sprint_id)

    def story(self, story_id: int) -> StoryRead:
        with self._pf.reading() as conn:
            return read_story(conn, story_id)

    def stories_by_need(self) -> dict[int, list[str]]:
        """Need id -> refs of its stories (for the needs' coverage by the backlog)."""
        with self._pf.reading() as conn:
            rows = conn.execute(select(link_t.c.need_id, story_t.c.ref)
                                .select_from(link_t.join(story_t, link_t.c.story_id == story_t.c.id))
                                .order_by(story_t.c.ref))
            out: dict[int, list[str]] = {}
            for need_id, ref in rows:
                out.setdefault(need_id, []).append(ref)
            return out

    def unlinked_mandatory_needs(self) -> list[NeedBrief]:
        """Mandatory needs no story builds yet (rejected and postponed ones left aside), by id:
        just their ref and title, all the backlog's warning shows (2,000 whole needs took 16 ms)."""
        query = (select(need_t.c.id, need_t.c.ref, need_t.c.title)
                 .where(need_t.c.priority == str(Priority.MANDATORY),
                        need_t.c.status.not_in([str(s) for s in _NOT_TO_BUILD]),
                        need_t.c.id.not_in(select(link_t.c.need_id)))
                 .order_by(need_t.c.id))
        with self._pf.reading() as conn:
            return [NeedBrief(i, ref, title) for i, ref, title in fetch_tuples(conn, query, "unlinked mandatory needs")]

    # ------------------------------------------------------------------ lots, sprints, columns
    def lots(self) -> list[LotRead]:
        with self._pf.reading() as conn:
            return read_lots(conn)

    def lot(self, lot_id: int) -> LotRead:
        for lot in self.lots():
            if lot.id == lot_id:
                return lot
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This lot no longer exists."))

    def sprints(self) -> list[SprintRead]:
        with self._pf.reading() as conn:
            return read_sprints(conn, self._tz)

    def sprint(self, sprint_id: int) -> SprintRead:
        with self._pf.reading() as conn:
            for sprint in read_sprints(conn, self._tz, {sprint_id}):
                return sprint
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This sprint no longer exists."))

    def sprint_by_number(self, number: int) -> SprintRead:
        for sprint in self.sprints():
            if sprint.number == number:
                return sprint
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no sprint {number} in this project."), number=number)

    def current_sprint(self) -> SprintRead | None:
        """The active sprint, else the last one (by number), else None."""
        sprints = self.sprints()
        active = [s for s in sprints if s.status is SprintStatus.ACTIVE]
        return active[0] if active else (sprints[-1] if sprints else None)

    def close_summary(self, sprint_id: int) -> CloseSummary:
        """The velocity closing now would record, the unfinished stories and where "next"
        sends them (the next planned sprint, or a new one when there is none)."""
        sprints = self.sprints()
        sprint = next((s for s in sprints if s.id == sprint_id), None)
        if sprint is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This sprint no longer exists."))
        stories = self.sprint_stories(sprint_id)
        done = [s for s in stories if s.column_is_done]
        following = [s for s in sprints if s.status is SprintStatus.PLANNED and s.number > sprint.number]
        return CloseSummary(sprint, sum((s.points or 0.0 for s in done), 0.0), len(done),
                            tuple(s for s in stories if not s.column_is_done), following[0] if following else None)

    def columns(self) -> list[ColumnRead]:
        with self._pf.reading() as conn:
            return read_columns(conn)

    # ------------------------------------------------------------------ board
    def board(self, sprint_id: int | None = None) -> Board:
        """Every column with every card of the sprint (default: the current one) and its WIP
        status; the view filters and groups the cards, the counts stay those of all cards."""
        return self.board_of(self.sprint(sprint_id) if sprint_id is not None else self.current_sprint())

    def board_of(self, sprint: SprintRead | None) -> Board:
        """``board`` for a sprint the caller has just read (the tab: not reading it twice)."""
        with self._pf.reading() as conn:
            columns = read_columns(conn)
            cards = read_stories(conn, story_t.c.sprint_id == sprint.id) if sprint else []
        wip = wip_status(columns, cards)
        out = []
        for column in columns:
            mine = tuple(c for c in cards if c.column_id == column.id)
            out.append(BoardColumn(column, mine, sum((c.points or 0.0 for c in mine), 0.0), wip[column.id]))
        read_only = sprint is None or sprint.status is SprintStatus.CLOSED
        return Board(sprint, tuple(out), read_only)

    # ------------------------------------------------------------------ charts
    def history(self, sprint_id: int, translate: Translate | None = None) -> SprintHistory:
        """The sprint's stories and their full history, for the charts."""
        with self._pf.reading() as conn:
            found = sprint_history(conn, sprint_id, translate)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This sprint no longer exists."))
        return found

    def burndown(self, sprint_id: int, today: date | None = None) -> Burndown:
        return burndown(self.history(sprint_id), today or self.today(), self._tz)

    def cumulative_flow(self, sprint_id: int, metric: str = "count", today: date | None = None,
                        translate: Translate | None = None) -> CumulativeFlow:
        return cumulative_flow(self.history(sprint_id, translate), today or self.today(), metric, self._tz)

    def velocity(self) -> list[VelocityPoint]:
        """Closed sprints: committed and done points, and the average of the last three."""
        closed = [(s.id, s.number, s.committed_points, s.velocity or 0.0)
                  for s in self.sprints() if s.status is SprintStatus.CLOSED]
        return velocity_series(closed)

    def average_velocity(self) -> float | None:
        """The mean velocity of the last three closed sprints (None before two)."""
        return average_velocity([p.done for p in self.velocity()])

    def lot_burnup(self, lot_id: int, today: date | None = None) -> list[BurnupDay]:
        """Done points against the lot's scope, per day, up to today (or the last change)."""
        with self._pf.reading() as conn:
            facts = load_facts(conn, story_t.c.lot_id == lot_id)
            changes = load_changes(conn, [f.id for f in facts])
            _, done = board_columns(conn)
        if not facts:
            return []
        until = today or self.today()
        if changes:
            until = max(until, changes[-1].at.astimezone(self._tz).date())
        return lot_burnup(facts, changes, done, until, tz=self._tz)
