"""The sprints sheets of the project workbook: the backlog (every story in rank order, with its
linked need refs), the sprints (dates, committed and done points, velocity) and the lots
(target go-live and progress). Numbers are written as numbers, never formulas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.sprints import (
    SPRINT_STATUS_LABELS,
    STORY_KIND_LABELS,
    LotRead,
    SprintRead,
    StoryRead,
    points_value,
)
from crmdesk.exchange.workbook import ColumnSpec, SheetSpec
from crmdesk.i18n import Translate

if TYPE_CHECKING:
    from crmdesk.services.container import ProjectServices

CONTEXT = "Export"

BACKLOG_SHEET = QT_TRANSLATE_NOOP("Export", "Backlog")
SPRINTS_SHEET = QT_TRANSLATE_NOOP("Export", "Sprints")
LOTS_SHEET = QT_TRANSLATE_NOOP("Export", "Lots")

H_RANK = QT_TRANSLATE_NOOP("Export", "Rank")
H_REF = QT_TRANSLATE_NOOP("Export", "Ref")
H_TITLE = QT_TRANSLATE_NOOP("Export", "Title")
H_AS_A = QT_TRANSLATE_NOOP("Export", "As a")
H_I_WANT = QT_TRANSLATE_NOOP("Export", "I want")
H_SO_THAT = QT_TRANSLATE_NOOP("Export", "So that")
H_KIND = QT_TRANSLATE_NOOP("Export", "Kind")
H_POINTS = QT_TRANSLATE_NOOP("Export", "Points")
H_LOT = QT_TRANSLATE_NOOP("Export", "Lot")
H_SPRINT = QT_TRANSLATE_NOOP("Export", "Sprint")
H_STATUS = QT_TRANSLATE_NOOP("Export", "Status")
H_ASSIGNEE = QT_TRANSLATE_NOOP("Export", "Assignee")
H_NEEDS = QT_TRANSLATE_NOOP("Export", "Linked needs")
H_ACCEPTANCE = QT_TRANSLATE_NOOP("Export", "Acceptance criteria")

H_NUMBER = QT_TRANSLATE_NOOP("Export", "Number")
H_NAME = QT_TRANSLATE_NOOP("Export", "Name")
H_GOAL = QT_TRANSLATE_NOOP("Export", "Goal")
H_START = QT_TRANSLATE_NOOP("Export", "Start")
H_END = QT_TRANSLATE_NOOP("Export", "End")
H_CAPACITY = QT_TRANSLATE_NOOP("Export", "Capacity (points)")
H_COMMITTED = QT_TRANSLATE_NOOP("Export", "Committed points")
H_DONE = QT_TRANSLATE_NOOP("Export", "Done points")
H_VELOCITY = QT_TRANSLATE_NOOP("Export", "Velocity")

H_TARGET = QT_TRANSLATE_NOOP("Export", "Target go-live")
H_STORIES = QT_TRANSLATE_NOOP("Export", "Stories")
H_TOTAL_POINTS = QT_TRANSLATE_NOOP("Export", "Total points")
H_PROGRESS = QT_TRANSLATE_NOOP("Export", "Progress (%)")
H_DESCRIPTION = QT_TRANSLATE_NOOP("Export", "Description")

BACKLOG_HEADERS = [H_RANK, H_REF, H_TITLE, H_AS_A, H_I_WANT, H_SO_THAT, H_KIND, H_POINTS, H_LOT, H_SPRINT,
                   H_STATUS, H_ASSIGNEE, H_NEEDS, H_ACCEPTANCE]
SPRINTS_HEADERS = [H_NUMBER, H_NAME, H_GOAL, H_START, H_END, H_STATUS, H_CAPACITY, H_COMMITTED, H_DONE,
                   H_VELOCITY]
LOTS_HEADERS = [H_LOT, H_TARGET, H_STORIES, H_TOTAL_POINTS, H_DONE, H_PROGRESS, H_DESCRIPTION]


def sheets(services: ProjectServices, translate: Translate) -> list[SheetSpec]:
    """Read the sprints data (on the caller's thread) and describe its sheets."""
    from crmdesk.services.sprints import SprintService

    sprints = SprintService(services.file)
    return sprint_sheets(sprints.stories(), sprints.sprints(), sprints.lots(), translate)


def sprint_sheets(stories: list[StoryRead], sprints: list[SprintRead], lots: list[LotRead],
                  translate: Translate) -> list[SheetSpec]:
    def tx(text: str) -> str:
        return translate(CONTEXT, text)

    def spec(header: str, width: float, wrap: bool = False, kind: str = "text") -> ColumnSpec:
        return ColumnSpec(tx(header), width, wrap=wrap, kind=kind)

    backlog_columns = [
        spec(H_RANK, 7, kind="int"), spec(H_REF, 9), spec(H_TITLE, 42, True), spec(H_AS_A, 20, True),
        spec(H_I_WANT, 44, True), spec(H_SO_THAT, 40, True), spec(H_KIND, 18), spec(H_POINTS, 8, kind="int"),
        spec(H_LOT, 26), spec(H_SPRINT, 8, kind="int"), spec(H_STATUS, 14), spec(H_ASSIGNEE, 20),
        spec(H_NEEDS, 18, True), spec(H_ACCEPTANCE, 50, True),
    ]
    backlog_rows = [
        [rank, s.ref, s.title, s.as_a, s.i_want, s.so_that, translate("StoryKind", STORY_KIND_LABELS[s.kind]),
         points_value(s.points), s.lot_name, s.sprint_number, s.status_label(translate), s.assignee_name,
         ", ".join(s.need_refs), s.acceptance_criteria]
        for rank, s in enumerate(stories, start=1)
    ]
    sprint_columns = [
        spec(H_NUMBER, 9, kind="int"), spec(H_NAME, 28), spec(H_GOAL, 50, True), spec(H_START, 12, kind="date"),
        spec(H_END, 12, kind="date"), spec(H_STATUS, 11), spec(H_CAPACITY, 11, kind="int"),
        spec(H_COMMITTED, 12, kind="int"), spec(H_DONE, 11, kind="int"), spec(H_VELOCITY, 10, kind="int"),
    ]
    sprint_rows = [
        [s.number, s.name, s.goal, s.start_date, s.end_date, translate("SprintStatus", SPRINT_STATUS_LABELS[s.status]),
         points_value(s.capacity_points), points_value(s.committed_points), points_value(s.done_points),
         points_value(s.velocity)]
        for s in sprints
    ]
    lot_columns = [
        spec(H_LOT, 34), spec(H_TARGET, 14, kind="date"), spec(H_STORIES, 9, kind="int"),
        spec(H_TOTAL_POINTS, 12, kind="int"), spec(H_DONE, 11, kind="int"), spec(H_PROGRESS, 12, kind="int"),
        spec(H_DESCRIPTION, 60, True),
    ]
    lot_rows = [
        [lot.name, lot.target_date, lot.story_count, points_value(lot.total_points),
         points_value(lot.done_points), round(lot.progress * 100), lot.description]
        for lot in lots
    ]
    return [
        SheetSpec(tx(BACKLOG_SHEET), backlog_columns, backlog_rows),
        SheetSpec(tx(SPRINTS_SHEET), sprint_columns, sprint_rows),
        SheetSpec(tx(LOTS_SHEET), lot_columns, lot_rows),
    ]
