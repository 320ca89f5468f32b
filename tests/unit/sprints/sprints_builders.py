"""Hand-built histories for the charts' arithmetic: a tiny board that writes the same history
rows the service writes (creation, moves, planning, re-estimates), in UTC."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from crmdesk.domain.sprints import format_points
from crmdesk.domain.sprints_charts_data import Change, SprintHistory, StoryFacts

TODO, DOING, REVIEW, DONE = 1, 2, 3, 4
COLUMNS = ((TODO, "To do"), (DOING, "In progress"), (REVIEW, "In acceptance"), (DONE, "Done"))
START = date(2026, 9, 7)  # a Monday


def at(day: int, hour: int = 12, minute: int = 0) -> datetime:
    """Day 1 is the sprint's first day."""
    return datetime.combine(START + timedelta(days=day - 1), datetime.min.time(), UTC).replace(hour=hour,
                                                                                               minute=minute)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return format_points(value)
    return str(value)


@dataclass
class Board:
    stories: dict[int, dict[str, object]] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)

    def _log(self, story: int, name: str, old: object, new: object, when: datetime) -> None:
        self.changes.append(Change(len(self.changes) + 1, story, name, _text(old), _text(new), when))

    def create(self, story: int, points: float | None, when: datetime, sprint: int | None = None,
               column: int = TODO) -> None:
        self.stories[story] = {"points": points, "sprint": sprint, "column": column, "created": when}
        self._log(story, "column", None, column, when)
        if sprint is not None:
            self._log(story, "sprint", None, sprint, when)
        if points is not None:
            self._log(story, "points", None, float(points), when)

    def move(self, story: int, column: int, when: datetime) -> None:
        self._log(story, "column", self.stories[story]["column"], column, when)
        self.stories[story]["column"] = column

    def plan(self, story: int, sprint: int | None, when: datetime) -> None:
        self._log(story, "sprint", self.stories[story]["sprint"], sprint, when)
        self.stories[story]["sprint"] = sprint

    def points(self, story: int, points: float | None, when: datetime) -> None:
        old = self.stories[story]["points"]
        self._log(story, "points", None if old is None else float(old), None if points is None else float(points),
                  when)
        self.stories[story]["points"] = points

    def facts(self) -> tuple[StoryFacts, ...]:
        return tuple(StoryFacts(sid, f"US-{sid:03d}", None if s["points"] is None else float(s["points"]),
                                s["sprint"], s["column"], s["created"])  # type: ignore[arg-type]
                     for sid, s in self.stories.items())

    def history(self, sprint: int = 1, length: int = 10, closed_at: datetime | None = None,
                start: date = START) -> SprintHistory:
        return SprintHistory(sprint_id=sprint, number=sprint, start=start, length_days=length,
                             closed_at=closed_at, done_columns=frozenset({DONE}), columns=COLUMNS,
                             stories=self.facts(), changes=tuple(self.changes))
