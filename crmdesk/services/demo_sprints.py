"""The sprints part of the demo project, from ``data/demo_sprints.json``.

The demo is played, not poured: stories are created, planned, moved, re-estimated and the
sprints started and closed in time order through the same connection-level helpers the
service uses, so the history is exactly what a pilot's clicks would have written and every
chart can be rebuilt from it.

Dates are relative to the day the demo is created: sprint 4 started on the Monday of the week
before, so it is always in its second week, in progress; sprints 1 to 3 precede it back to
back and are closed. Events of the active sprint from today on are left out.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from crmdesk.db.tables import NeedRow
from crmdesk.db.tables_sprints import BoardColumnRow, LotRow, StoryRow
from crmdesk.domain.sprints import StoryDraft, StoryKind, Unfinished
from crmdesk.paths import data_path
from crmdesk.services.sprint_board import move_story_to_column
from crmdesk.services.sprint_history import stamp
from crmdesk.services.sprint_planning import (
    close_sprint,
    insert_sprint,
    plan_stories,
    start_sprint,
)
from crmdesk.services.stories import insert_stories, set_points

if TYPE_CHECKING:
    from crmdesk.services.demo import DemoContext

column_t = BoardColumnRow.__table__
lot_t = LotRow.__table__
story_t = StoryRow.__table__
need_t = NeedRow.__table__

# Order of events sharing the same minute: creation, planning, start, moves, close.
_ORDER = {"create": 0, "plan": 1, "remove": 1, "start": 2, "points": 3, "move": 4, "close": 5}


def load_demo_sprints() -> dict[str, Any]:
    return json.loads(data_path("demo_sprints.json").read_text("utf-8"))


def first_sprint_start(today: date, sprints: int, length: int) -> date:
    """Sprint 1's first day: the last sprint starts on the Monday of last week."""
    last = today - timedelta(days=today.weekday() + 7)
    return last - timedelta(days=length * (sprints - 1))


def fill(conn: Connection, ctx: DemoContext, today: date | None = None) -> None:
    """Add the sprints demo content inside the demo's transaction."""
    data = load_demo_sprints()
    today = today or date.today()
    length = int(data["length_days"])
    first = first_sprint_start(today, len(data["sprints"]), length)

    def day_of(sprint: int, day: int) -> date:
        return first + timedelta(days=length * (sprint - 1) + day - 1)

    def moment(day: date, hhmm: str) -> str:
        hours, minutes = (int(v) for v in hhmm.split(":"))
        return stamp(datetime.combine(day, time(hours, minutes)).astimezone())  # local time

    for key, limit in data.get("columns", {}).items():
        conn.execute(column_t.update().where(column_t.c.key == key).values(wip_limit=limit))
    columns = dict(conn.execute(select(column_t.c.key, column_t.c.id)).all())

    lots = []
    for position, lot in enumerate(data["lots"]):
        target = first + timedelta(days=int(lot["target_day"]))
        lots.append(int(conn.execute(lot_t.insert().values(
            name=lot["name"], description=lot.get("description", ""), target_date=target.isoformat(),
            position=position)).inserted_primary_key[0]))

    sprints: dict[int, int] = {}
    events: list[tuple[str, int, str, Any]] = []
    close_day, close_time = data["close"]
    for sprint in data["sprints"]:
        number = int(sprint["number"])
        sprints[number] = insert_sprint(conn, name=sprint["name"], goal=sprint.get("goal", ""),
                                        start_date=day_of(number, 1), length_days=length,
                                        capacity_points=sprint.get("capacity"))
        events.append((moment(day_of(number, 1), "09:45"), _ORDER["start"], "start", number))
        if "unfinished" in sprint:
            events.append((moment(day_of(number, close_day), close_time), _ORDER["close"], "close",
                           (number, Unfinished(sprint["unfinished"]))))

    criteria = dict(conn.execute(select(need_t.c.id, need_t.c.acceptance_criteria)).all())
    workshop = first + timedelta(days=int(data["backlog_day"]))
    for index, story in enumerate(data["stories"]):
        if "created" in story:
            sprint, day, hhmm = story["created"]
            created = moment(day_of(sprint, day), hhmm)
        else:
            created = stamp(datetime.combine(workshop, time(9, 0)).astimezone() + timedelta(minutes=3 * index))
        events.append((created, _ORDER["create"], "create", index))
        for sprint, day, hhmm in story.get("plan", []):
            events.append((moment(day_of(sprint, day), hhmm), _ORDER["plan"], "plan", (index, sprint)))
        for sprint, day, hhmm in story.get("remove", []):
            events.append((moment(day_of(sprint, day), hhmm), _ORDER["remove"], "plan", (index, None)))
        for sprint, day, hhmm, points in story.get("points_change", []):
            events.append((moment(day_of(sprint, day), hhmm), _ORDER["points"], "points", (index, points)))
        for sprint, day, hhmm, column in story.get("flow", []):
            events.append((moment(day_of(sprint, day), hhmm), _ORDER["move"], "move", (index, column)))

    # The active sprint is shown as it stands today: nothing from today on.
    cutoff = stamp(datetime.combine(today, time(0, 0)).astimezone())
    ids: dict[int, int] = {}
    for when, _, kind, payload in sorted(events, key=lambda e: (e[0], e[1])):
        if when >= cutoff:
            continue
        if kind == "create":
            ids[payload] = _create(conn, data["stories"][payload], ctx, lots, criteria, when)
        elif kind == "plan":
            index, sprint = payload
            plan_stories(conn, [ids[index]], sprints[sprint] if sprint else None, when)
        elif kind == "points":
            set_points(conn, ids[payload[0]], payload[1], when)
        elif kind == "move":
            move_story_to_column(conn, ids[payload[0]], columns[payload[1]], when)
        elif kind == "start":
            start_sprint(conn, sprints[payload])
        elif kind == "close":
            close_sprint(conn, sprints[payload[0]], payload[1], when)

    # The backlog's order is the file's order (refs follow the creation times).
    for rank, index in enumerate(sorted(ids), start=1):
        conn.execute(story_t.update().where(story_t.c.id == ids[index]).values(rank=float(rank)))


def _create(conn: Connection, story: dict[str, Any], ctx: DemoContext, lots: list[int],
            criteria: dict[int, str], when: str) -> int:
    need_ids = tuple(ctx.refs[ref] for ref in story.get("needs", []) if ref in ctx.refs)
    lot = story.get("lot")
    draft = StoryDraft(
        title=story["title"], as_a=story.get("as_a", ""), i_want=story.get("i_want", ""),
        so_that=story.get("so_that", ""), kind=StoryKind(story.get("kind", "configuration")),
        points=story.get("points"), lot_id=lots[lot - 1] if lot else None,
        assignee_id=ctx.people.get(story.get("assignee", "")),
        acceptance_criteria=story.get("acceptance_criteria") or (criteria.get(need_ids[0], "") if need_ids else ""),
        need_ids=need_ids)
    return insert_stories(conn, [draft], when)[0]
