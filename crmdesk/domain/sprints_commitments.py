"""Every started sprint's commitment at once, for the sprint list.

``committed_points`` (in ``sprints_charts_data``) is the rule: a sprint's scope at the end of
its first day, replayed over the sprint's whole history. The sprint list shows it for every
started sprint (60 of them over 15,000 history rows on the large benchmark project), so
``commitments`` computes the same figures from what the rule really depends on:

- only the sprint and points changes (``SCOPE_FIELDS``): the scope ignores the columns, and
  the column moves are most of the history (12,000 of those 15,000 rows);
- for each story that ever was in the sprint, its sprint and its points at the sprint's
  cut-off, found in that story's own few changes of that field: the new value of the last
  change before the cut-off, else the old value of its first change, else the story's current
  value (the replay's starting point, ``initial_states``).

A sprint's cut-off is the end of its first local day, and for a closed sprint its close
(``before_close``: a story leaving at the very second of the close is still in). The rule
replays the history up to its first change of a later day; taking every change of the first
day instead is the same as long as local dates never go back, true of every time zone since
2011. A property test checks these figures against the rule on random histories.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from crmdesk.domain.sprints_charts_data import POINTS, SPRINT, local_day, parse_id, parse_points

# A history row as plain values: (id, story id, field, old text, new text, aware instant).
ChangeRow = tuple[int, int, str, str, str, datetime]
# A story as it is now: (id, sprint id, points).
StoryNow = tuple[int, int | None, float | None]
# One change of one field of a story: (instant, change id, old text, new text).
Step = tuple[datetime, int, str, str]


@dataclass(frozen=True, slots=True)
class SprintSpan:
    """What a sprint's commitment depends on besides the history."""

    sprint_id: int
    start: date
    length_days: int
    closed_at: datetime | None  # aware


def commitments(spans: Iterable[SprintSpan], stories: Iterable[StoryNow], changes: Iterable[ChangeRow],
                tz: tzinfo | None = None) -> dict[int, float]:
    """Sprint id -> ``committed_points`` of that sprint, for every span. ``changes`` may come in
    any order and hold column moves (they are skipped)."""
    current = {story: (sprint, points) for story, sprint, points in stories}
    moves: dict[int, list[Step]] = {}  # story -> its sprint changes
    estimates: dict[int, list[Step]] = {}  # story -> its points changes
    members: dict[int, set[int]] = defaultdict(set)  # sprint id -> the stories ever in it
    for story, (sprint, _points) in current.items():
        if sprint is not None:
            members[sprint].add(story)
    for change_id, story, field_name, old, new, at in changes:
        if field_name == SPRINT:
            if story in current:
                moves.setdefault(story, []).append((at, change_id, old, new))
                if old:
                    members[int(old)].add(story)
                if new:
                    members[int(new)].add(story)
        elif field_name == POINTS and story in current:
            estimates.setdefault(story, []).append((at, change_id, old, new))
    for steps in (*moves.values(), *estimates.values()):
        if len(steps) > 1:
            steps.sort()  # by (instant, id), which are unique
    days: dict[datetime, date] = {}

    def day_of(at: datetime) -> date:
        found = days.get(at)
        if found is None:
            found = days[at] = local_day(at, tz)
        return found

    out: dict[int, float] = {}
    for span in spans:
        scope = 0.0
        if span.length_days > 0:
            for story in sorted(members.get(span.sprint_id, ())):  # the rule's order: by story id
                sprint, points = current[story]
                steps = moves.get(story)
                if steps is not None:
                    sprint = parse_id(_text_at(steps, span, True, day_of))
                if sprint == span.sprint_id:
                    steps = estimates.get(story)
                    if steps is not None:
                        points = parse_points(_text_at(steps, span, False, day_of))
                    if points is not None:
                        scope += float(points)
        out[span.sprint_id] = scope
    return out


def _text_at(steps: list[Step], span: SprintSpan, leaving_at_close: bool, day_of: Callable[[datetime], date]) -> str:
    """The text of one field of one story at the sprint's cut-off, from that field's changes in
    time order: the new value of the last one before the cut-off, else the old value of the
    first. ``leaving_at_close``: a change at the very instant of the close does not count (the
    sprint changes, see ``before_close``)."""
    closed = span.closed_at
    applied = 0
    for at, _id, _old, _new in steps:
        if day_of(at) > span.start or (closed is not None and (at > closed or (leaving_at_close and at == closed))):
            break
        applied += 1
    return steps[applied - 1][3] if applied else steps[0][2]
