"""The acceptance figures that unfold over time (pure): a campaign's progress per day (the
plan against the cases run, and the results as they stood each evening) and the open defects by
severity per day, replayed from the defect history alone."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from crmdesk.domain.acceptance import (
    OPEN_DEFECT_STATUSES,
    Result,
    ResultCounts,
    Severity,
)
from crmdesk.domain.acceptance_rules import (
    SEVERITY_ORDER,
    Attempt,
    _when,
    count_results,
    latest_results,
)
from crmdesk.domain.sprints_charts_data import local_day, parse_instant

MAX_DAYS = 400  # a chart never spans more than this


# ------------------------------------------------------------------------- progress
@dataclass(frozen=True, slots=True)
class ProgressDay:
    day: date
    planned: float | None  # cases planned to have been run by the end of the day (None: no dates)
    executed: int | None  # cases run at least once to a result by then (None: after today)
    counts: ResultCounts | None  # where the cases stood at the end of the day (None: after today)


@dataclass(frozen=True)
class CampaignProgress:
    counts: ResultCounts
    days: tuple[ProgressDay, ...]


def working_days(start: date, end: date) -> list[date]:
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    return [d for d in days if d.weekday() < 5] or days


def campaign_progress(case_ids: Sequence[int], attempts: Sequence[Attempt], start: date | None,
                      end: date | None, today: date, tz: tzinfo | None = None) -> CampaignProgress:
    """Counts by result now, and per day from the start to the end (or the last attempt, if
    later): the planned line (cases spread evenly over the working days) against the cases run,
    and the results as they stood each evening. Attempts of unknown cases are ignored."""
    known = set(case_ids)
    mine = sorted((a for a in attempts if a.key in known), key=_when)
    now = latest_results(mine)
    counts = count_results(now.get(k) for k in case_ids)
    moments = [(local_day(parse_instant(a.executed_at), tz), a) for a in mine]
    first = start or (moments[0][0] if moments else None)
    if first is None:
        return CampaignProgress(counts, ())
    last = max(d for d in (end, moments[-1][0] if moments else None, first) if d is not None)
    if end is None:
        last = max(last, min(today, first + timedelta(days=MAX_DAYS)))
    last = min(last, first + timedelta(days=MAX_DAYS))
    plan = working_days(start, end) if start and end else []
    planned_total = len(known)
    days: list[ProgressDay] = []
    latest: dict[int, Result] = {}
    started: set[int] = set()
    i = 0
    day = first
    while day <= last:
        while i < len(moments) and moments[i][0] <= day:
            attempt = moments[i][1]
            latest[attempt.key] = attempt.result
            if attempt.result is not Result.NOT_RUN:
                started.add(attempt.key)
            i += 1
        planned = None
        if plan:
            done_days = sum(1 for d in plan if d <= day)
            planned = round(planned_total * done_days / len(plan), 2)
        if day > today:
            days.append(ProgressDay(day, planned, None, None))
        else:
            days.append(ProgressDay(day, planned, len(started),
                                    count_results(latest.get(k) for k in case_ids)))
        day += timedelta(days=1)
    return CampaignProgress(counts, tuple(days))


# ------------------------------------------------------------------------- defects over time
STATUS, SEVERITY = "status", "severity"


@dataclass(frozen=True, slots=True)
class DefectEvent:
    """A row of the defect history; creation is recorded as changes from "" to the first
    status and severity."""

    defect_id: int
    field: str
    old_value: str
    new_value: str
    changed_at: str


@dataclass(frozen=True, slots=True)
class OpenDefectsDay:
    day: date
    blocking: int
    major: int
    minor: int

    @property
    def total(self) -> int:
        return self.blocking + self.major + self.minor

    def of(self, severity: Severity) -> int:
        return int(getattr(self, str(severity)))


def open_defects_by_day(events: Iterable[DefectEvent], start: date | None = None, end: date | None = None,
                        tz: tzinfo | None = None) -> list[OpenDefectsDay]:
    """Open defects (new, in correction, to re-test) by severity at the end of each day, from
    ``start`` (default: the first event's day) to ``end`` (default: the last event's day)."""
    ordered = sorted(events, key=lambda e: (e.changed_at, e.defect_id))
    if not ordered:
        return []
    moments = [(local_day(parse_instant(e.changed_at), tz), e) for e in ordered]
    first = start or moments[0][0]
    last = end or moments[-1][0]
    first = max(first, last - timedelta(days=MAX_DAYS))
    states: dict[int, list[str]] = {}  # id -> [status, severity]
    out = []
    i = 0
    day = min(first, moments[0][0])
    while day <= last:
        while i < len(moments) and moments[i][0] <= day:
            e = moments[i][1]
            state = states.setdefault(e.defect_id, ["", ""])
            state[0 if e.field == STATUS else 1] = e.new_value
            i += 1
        if day >= first:
            tally = dict.fromkeys(SEVERITY_ORDER, 0)
            for status, severity in states.values():
                if status in OPEN_DEFECT_STATUSES and severity in tally:
                    tally[Severity(severity)] += 1
            out.append(OpenDefectsDay(day, tally[Severity.BLOCKING], tally[Severity.MAJOR], tally[Severity.MINOR]))
        day += timedelta(days=1)
    return out


