"""The charts' arithmetic, computed only from the status-change history.

Every change of a story's column, sprint or points is recorded with its time (the story's
creation included), so the state of the board at any instant is the replay of the history up
to that instant: nothing is stored per day, and every chart can be rebuilt exactly.

Conventions:
- A day is a calendar day in the user's time zone (``tz``; None means the system's); a value
  "for a day" is the state at the end of that day.
- A sprint's commitment is its scope at the end of its first day: sprint planning happens on
  the first morning. What is added or removed, and every re-estimate, after that first day is a
  scope change, reported as an event. A story moved back out of a done column (re-opened) counts
  as remaining again and is reported too.
- For a closed sprint the history stops at the close: the unfinished stories leaving it at that
  instant are not scope removals, and the days after the close keep the state at the close.
- A story without points counts 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

COLUMN = "column"
SPRINT = "sprint"
POINTS = "points"
FIELDS = (COLUMN, SPRINT, POINTS)
SCOPE_FIELDS = (SPRINT, POINTS)  # the changes a sprint's scope depends on (see committed_points)

ADDED = "added"
REMOVED = "removed"
ESTIMATE = "estimate"
REOPENED = "reopened"
SCOPE_KINDS = (ADDED, REMOVED, ESTIMATE)


def parse_instant(text: str) -> datetime:
    """An ISO timestamp of the file as an aware datetime (text without offset is UTC)."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def local_day(moment: datetime, tz: tzinfo | None = None) -> date:
    return moment.astimezone(tz).date()


def parse_id(text: str) -> int | None:
    return int(text) if text not in ("", None) else None


def parse_points(text: str) -> float | None:
    return float(text) if text not in ("", None) else None


@dataclass(frozen=True, slots=True)
class Change:
    """One row of the history."""

    id: int
    story_id: int
    field: str
    old: str
    new: str
    at: datetime  # aware


@dataclass(frozen=True, slots=True)
class StoryFacts:
    """A story as it is now: the replay starts from the first recorded old values, or from
    these when a field was never changed."""

    id: int
    ref: str
    points: float | None
    sprint_id: int | None
    column_id: int | None
    created_at: datetime  # aware


@dataclass(frozen=True)
class SprintHistory:
    """Everything the charts of one sprint need, read in one go by the service."""

    sprint_id: int
    number: int
    start: date
    length_days: int
    closed_at: datetime | None
    done_columns: frozenset[int]
    columns: tuple[tuple[int, str], ...]  # (id, label) in board order
    stories: tuple[StoryFacts, ...]
    changes: tuple[Change, ...]

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(self.length_days)]


@dataclass
class StoryState:
    sprint_id: int | None
    column_id: int | None
    points: float | None


# ------------------------------------------------------------------------------ the replay
def _parse(field_name: str, text: str) -> int | float | None:
    return parse_points(text) if field_name == POINTS else parse_id(text)


def initial_states(stories: Iterable[StoryFacts], changes: Sequence[Change]) -> dict[int, StoryState]:
    """Each story's state before its first recorded change."""
    states = {s.id: StoryState(s.sprint_id, s.column_id, s.points) for s in stories}
    seen: set[tuple[int, str]] = set()
    for change in ordered(changes):
        key = (change.story_id, change.field)
        if key in seen or change.story_id not in states:
            continue
        seen.add(key)
        setattr(states[change.story_id], _attr(change.field), _parse(change.field, change.old))
    return states


def _attr(field_name: str) -> str:
    return {COLUMN: "column_id", SPRINT: "sprint_id", POINTS: "points"}[field_name]


def ordered(changes: Iterable[Change]) -> list[Change]:
    return sorted(changes, key=lambda c: (c.at, c.id))


def apply(states: dict[int, StoryState], change: Change) -> None:
    state = states.get(change.story_id)
    if state is not None and change.field in FIELDS:
        setattr(state, _attr(change.field), _parse(change.field, change.new))


def replay(stories: Iterable[StoryFacts], changes: Sequence[Change]) -> dict[int, StoryState]:
    """The state after every change: equals the stories' current state when the history is
    complete (a property the tests check)."""
    stories = list(stories)
    states = initial_states(stories, changes)
    for change in ordered(changes):
        apply(states, change)
    return states


def before_close(changes: Iterable[Change], closed_at: datetime | None) -> list[Change]:
    """The changes a closed sprint's charts see: those before the close, and those in the very
    second of the close except the stories leaving (moves just before closing stay)."""
    if closed_at is None:
        return list(changes)
    return [c for c in changes if c.at < closed_at or (c.at == closed_at and c.field != SPRINT)]


def _pts(value: float | None) -> float:
    return float(value) if value is not None else 0.0


def sprint_totals(states: dict[int, StoryState], sprint_id: int, done_columns: frozenset[int]
                  ) -> tuple[float, float]:
    """(scope, remaining) points of a sprint in a given state."""
    scope = remaining = 0.0
    for state in states.values():
        if state.sprint_id == sprint_id:
            scope += _pts(state.points)
            if state.column_id not in done_columns:
                remaining += _pts(state.points)
    return scope, remaining


def done_points_at(stories: Iterable[StoryFacts], changes: Sequence[Change], sprint_id: int,
                   done_columns: frozenset[int], at: datetime) -> float:
    """Points of the sprint's stories in a done column at an instant (the velocity at close)."""
    kept = before_close(changes, at)
    states = initial_states(stories, changes)
    for change in ordered(kept):
        apply(states, change)
    scope, remaining = sprint_totals(states, sprint_id, done_columns)
    return scope - remaining


# ---------------------------------------------------------------------------- the burndown
@dataclass(frozen=True, slots=True)
class BurndownDay:
    day: date
    ideal: float
    remaining: float | None  # None for the days still to come
    scope: float | None
    done: float | None


@dataclass(frozen=True, slots=True)
class ScopeEvent:
    at: datetime
    day: date
    story_id: int
    ref: str
    kind: str  # added / removed / estimate (scope changes) or reopened
    delta: float  # points added to the sprint's remaining work


@dataclass(frozen=True)
class Burndown:
    number: int
    start: date
    length_days: int
    committed: float
    days: tuple[BurndownDay, ...]
    events: tuple[ScopeEvent, ...] = field(default_factory=tuple)

    @property
    def scope_changes(self) -> tuple[ScopeEvent, ...]:
        return tuple(e for e in self.events if e.kind in SCOPE_KINDS)

    @property
    def reopened(self) -> tuple[ScopeEvent, ...]:
        return tuple(e for e in self.events if e.kind == REOPENED)


def ideal_line(committed: float, length_days: int) -> list[float]:
    """From the commitment at the end of the first day down to 0 at the end of the last."""
    if length_days <= 1:
        return [0.0] * max(length_days, 0)
    return [committed * (1 - i / (length_days - 1)) for i in range(length_days)]


def _event(states: dict[int, StoryState], change: Change, sprint_id: int, done: frozenset[int],
           refs: dict[int, str], tz: tzinfo | None) -> ScopeEvent | None:
    state = states.get(change.story_id)
    if state is None:
        return None
    kind, delta = "", 0.0
    if change.field == SPRINT:
        was_in, now_in = state.sprint_id == sprint_id, parse_id(change.new) == sprint_id
        if now_in and not was_in:
            kind, delta = ADDED, _pts(state.points)
        elif was_in and not now_in:
            kind, delta = REMOVED, -_pts(state.points)
    elif state.sprint_id != sprint_id:
        return None
    elif change.field == POINTS:
        delta = _pts(parse_points(change.new)) - _pts(state.points)
        kind = ESTIMATE if delta else ""
    elif change.field == COLUMN and state.column_id in done and parse_id(change.new) not in done:
        kind, delta = REOPENED, _pts(state.points)
    if not kind:
        return None
    return ScopeEvent(change.at, local_day(change.at, tz), change.story_id, refs.get(change.story_id, ""),
                      kind, delta)


def burndown(history: SprintHistory, today: date | None = None, tz: tzinfo | None = None) -> Burndown:
    """Remaining points per day of the sprint against the ideal line, with the scope changes."""
    days = history.days
    changes = ordered(before_close(history.changes, history.closed_at))
    states = initial_states(history.stories, history.changes)
    refs = {s.id: s.ref for s in history.stories}
    done = history.done_columns
    events: list[ScopeEvent] = []
    rows: list[tuple[date, float | None, float | None]] = []
    committed = 0.0
    index = 0
    for n, day in enumerate(days):
        while index < len(changes) and local_day(changes[index].at, tz) <= day:
            change = changes[index]
            if n > 0:
                event = _event(states, change, history.sprint_id, done, refs, tz)
                if event is not None:
                    events.append(event)
            apply(states, change)
            index += 1
        scope, remaining = sprint_totals(states, history.sprint_id, done)
        if n == 0:
            committed = scope
        if today is not None and day > today and n > 0:
            rows.append((day, None, None))
        else:
            rows.append((day, remaining, scope))
    ideal = ideal_line(committed, len(days))
    out = tuple(BurndownDay(day, ideal[i], remaining, scope,
                            None if scope is None or remaining is None else scope - remaining)
                for i, (day, remaining, scope) in enumerate(rows))
    return Burndown(history.number, history.start, history.length_days, committed, out, tuple(events))


def committed_points(history: SprintHistory, tz: tzinfo | None = None) -> float:
    """The sprint's scope at the end of its first day: ``burndown(history).committed``
    replaying only the first day (the sprint list computes it for every started sprint).

    This is the rule. The sprint list computes the same figure for every started sprint at once
    (``sprints_commitments.commitments``) from the sprint and points changes only
    (``SCOPE_FIELDS``): the scope counts the stories in the sprint whatever their column. A
    property test checks that both agree."""
    days = history.days
    if not days:
        return 0.0
    states = initial_states(history.stories, history.changes)
    for change in ordered(before_close(history.changes, history.closed_at)):
        if local_day(change.at, tz) > days[0]:
            break
        apply(states, change)
    return sprint_totals(states, history.sprint_id, history.done_columns)[0]


# ----------------------------------------------------------------------------- the velocity
@dataclass(frozen=True, slots=True)
class VelocityPoint:
    sprint_id: int
    number: int
    committed: float
    done: float
    average: float | None  # mean of this sprint and up to two before it, from the 2nd sprint


def rolling_average(values: Sequence[float], window: int = 3, minimum: int = 2) -> list[float | None]:
    out: list[float | None] = []
    for i in range(len(values)):
        part = values[max(0, i - window + 1): i + 1]
        out.append(sum(part) / len(part) if len(part) >= minimum else None)
    return out


def average_velocity(values: Sequence[float], window: int = 3, minimum: int = 2) -> float | None:
    """The mean of the last ``window`` closed sprints; None before ``minimum`` sprints (one
    sprint says nothing of a team's pace)."""
    averages = rolling_average(values, window, minimum)
    return averages[-1] if averages else None


def velocity_series(closed: Sequence[tuple[int, int, float, float]]) -> list[VelocityPoint]:
    """``closed``: (sprint id, number, committed, velocity) of the closed sprints."""
    ordered_sprints = sorted(closed, key=lambda s: s[1])
    averages = rolling_average([s[3] for s in ordered_sprints])
    return [VelocityPoint(sid, number, committed, done, avg)
            for (sid, number, committed, done), avg in zip(ordered_sprints, averages, strict=True)]


# -------------------------------------------------------------------------- cumulative flow
@dataclass(frozen=True)
class CumulativeFlow:
    days: tuple[date, ...]
    columns: tuple[tuple[int, str], ...]  # (id, label) in board order
    values: tuple[tuple[float, ...], ...]  # one row per column, one value per day
    metric: str  # "count" or "points"
    number: int = 0  # the sprint's number


def cumulative_flow(history: SprintHistory, today: date | None = None, metric: str = "count",
                    tz: tzinfo | None = None) -> CumulativeFlow:
    """Stories (or points) of the sprint in each column at the end of each day so far."""
    if metric not in ("count", "points"):
        raise ValueError(metric)
    changes = ordered(before_close(history.changes, history.closed_at))
    states = initial_states(history.stories, history.changes)
    column_ids = [cid for cid, _ in history.columns]
    series: dict[int, list[float]] = {cid: [] for cid in column_ids}
    days: list[date] = []
    index = 0
    for n, day in enumerate(history.days):
        if today is not None and day > today and n > 0:
            break
        while index < len(changes) and local_day(changes[index].at, tz) <= day:
            apply(states, changes[index])
            index += 1
        totals = dict.fromkeys(column_ids, 0.0)
        for state in states.values():
            if state.sprint_id == history.sprint_id and state.column_id in totals:
                totals[state.column_id] += 1.0 if metric == "count" else _pts(state.points)
        for cid in column_ids:
            series[cid].append(totals[cid])
        days.append(day)
    return CumulativeFlow(tuple(days), history.columns, tuple(tuple(series[c]) for c in column_ids), metric,
                          history.number)


# ----------------------------------------------------------------------------- lot burn-up
@dataclass(frozen=True, slots=True)
class BurnupDay:
    day: date
    total: float  # points of the lot's stories that existed that day
    done: float  # of which in a done column


def lot_burnup(stories: Sequence[StoryFacts], changes: Sequence[Change], done_columns: frozenset[int],
               until: date, start: date | None = None, tz: tzinfo | None = None) -> list[BurnupDay]:
    """Done points against the lot's total scope, per day from the first story's creation."""
    if not stories:
        return []
    mine = {s.id for s in stories}
    own = ordered(c for c in changes if c.story_id in mine)
    created = {s.id: local_day(s.created_at, tz) for s in stories}
    first = start or min(created.values())
    if own:
        first = min(first, local_day(own[0].at, tz)) if start is None else first
    states = initial_states(stories, own)
    out: list[BurnupDay] = []
    index = 0
    day = first
    while day <= until:
        while index < len(own) and local_day(own[index].at, tz) <= day:
            apply(states, own[index])
            index += 1
        total = done = 0.0
        for sid, state in states.items():
            if created[sid] <= day:
                total += _pts(state.points)
                if state.column_id in done_columns:
                    done += _pts(state.points)
        out.append(BurnupDay(day, total, done))
        day += timedelta(days=1)
    return out
