"""The charts' arithmetic over hand-built histories: burndown with scope changes and re-opened
stories, the close cut-off, velocity averages, cumulative flow and lot burn-up."""

from __future__ import annotations

from datetime import UTC, date, timedelta, timezone

import pytest
from sprints_builders import DOING, DONE, REVIEW, TODO, Board, at  # type: ignore[import-not-found]

from crmdesk.domain.sprints_charts_data import (
    ADDED,
    ESTIMATE,
    REMOVED,
    REOPENED,
    average_velocity,
    burndown,
    cumulative_flow,
    done_points_at,
    ideal_line,
    lot_burnup,
    replay,
    rolling_average,
    velocity_series,
)


def planned(*points: float) -> Board:
    """Stories 1..n created the week before and planned into sprint 1 on the Friday before."""
    board = Board()
    for i, p in enumerate(points, start=1):
        board.create(i, p, at(-7, 9, i))
        board.plan(i, 1, at(-3, 10))
    return board


def remaining(history, today=None):  # type: ignore[no-untyped-def]
    return [d.remaining for d in burndown(history, today, UTC).days]


def test_a_plain_sprint_burns_down_to_what_is_left():
    board = planned(5, 3, 2)
    board.move(1, DOING, at(1, 10))
    board.move(1, DONE, at(3, 16))
    board.move(2, DONE, at(5, 9))
    result = burndown(board.history(length=10), None, UTC)
    assert result.committed == 10
    assert [d.remaining for d in result.days] == [10, 10, 5, 5, 2, 2, 2, 2, 2, 2]
    assert all(d.scope == 10 and d.done == 10 - d.remaining for d in result.days)
    assert result.events == ()
    assert result.days[0].ideal == 10 and result.days[-1].ideal == 0
    assert result.days[1].ideal == pytest.approx(10 * (1 - 1 / 9))


def test_the_first_day_is_the_commitment_and_later_changes_are_scope_changes():
    board = planned(5, 3, 2)
    board.create(4, 8, at(1, 11))
    board.plan(4, 1, at(1, 11, 5))  # planned on the first day: part of the commitment
    board.create(5, 3, at(4, 9))
    board.plan(5, 1, at(4, 10))  # added on day 4
    board.points(2, 5, at(2, 15))  # re-estimated 3 -> 5 on day 2
    board.plan(3, None, at(6, 10))  # removed on day 6, never started
    result = burndown(board.history(length=8), None, UTC)
    assert result.committed == 18
    assert [d.remaining for d in result.days] == [18, 20, 20, 23, 23, 21, 21, 21]
    assert [(e.day.day - 6, e.ref, e.kind, e.delta) for e in result.events] == [
        (2, "US-002", ESTIMATE, 2), (4, "US-005", ADDED, 3), (6, "US-003", REMOVED, -2)]
    assert [e.kind for e in result.scope_changes] == [ESTIMATE, ADDED, REMOVED]
    # The scope moves exactly by the scope changes of each day.
    scope = [d.scope for d in result.days]
    for n in range(1, len(scope)):
        day = result.days[n].day
        assert scope[n] - scope[n - 1] == sum(e.delta for e in result.scope_changes if e.day == day)


def test_removing_a_done_story_changes_the_scope_not_the_remaining_work():
    board = planned(5, 3)
    board.move(1, DONE, at(2))
    board.plan(1, None, at(3))
    result = burndown(board.history(length=4), None, UTC)
    assert [d.remaining for d in result.days] == [8, 3, 3, 3]
    assert [d.scope for d in result.days] == [8, 8, 3, 3]
    assert [(e.kind, e.delta) for e in result.events] == [(REMOVED, -5)]


def test_a_reopened_story_counts_again_until_done_again():
    board = planned(5, 3)
    board.move(1, REVIEW, at(2, 9))
    board.move(1, DONE, at(2, 17))
    board.move(1, DOING, at(4, 10))  # acceptance found a problem
    board.move(1, DONE, at(6, 11))
    result = burndown(board.history(length=7), None, UTC)
    assert [d.remaining for d in result.days] == [8, 3, 3, 8, 8, 3, 3]
    assert [(e.day, e.kind, e.delta) for e in result.events] == [(at(4).date(), REOPENED, 5)]
    assert result.reopened and not result.scope_changes


def test_days_still_to_come_have_no_value():
    board = planned(5, 3)
    board.move(1, DONE, at(2))
    result = burndown(board.history(length=5), at(3).date(), UTC)
    assert [d.remaining for d in result.days] == [8, 3, 3, None, None]
    assert [d.ideal for d in result.days] == [8, 6, 4, 2, 0]


def test_a_closed_sprint_stops_at_its_close():
    board = planned(5, 3, 2)
    board.move(1, DONE, at(2))
    close = at(4, 17)
    board.move(2, DONE, close)  # moved in the very second of the close: still counts
    board.plan(3, 2, close)  # the unfinished story leaves at the close: not a removal
    board.move(3, DONE, at(5, 10))  # done in the next sprint: not this one's
    history = board.history(length=6, closed_at=close)
    result = burndown(history, at(10).date(), UTC)
    assert [d.remaining for d in result.days] == [10, 5, 5, 2, 2, 2]
    assert result.events == ()
    assert done_points_at(history.stories, history.changes, 1, frozenset({DONE}), close) == 8
    # The next sprint sees the story arrive at the close and finish the next day.
    following = burndown(board.history(sprint=2, length=3, start=at(5).date()), None, UTC)
    assert [d.remaining for d in following.days] == [0, 0, 0]
    assert following.committed == 2


def test_the_calendar_day_is_the_users():
    board = planned(5)
    board.move(1, DONE, at(2, 23, 30))  # 23:30 UTC is already day 3 in Paris (summer time)
    paris = timezone(timedelta(hours=2))
    assert [d.remaining for d in burndown(board.history(length=3), None, UTC).days] == [5, 0, 0]
    assert [d.remaining for d in burndown(board.history(length=3), None, paris).days] == [5, 5, 0]


def test_ideal_line_endpoints():
    assert ideal_line(21, 21)[0] == 21 and ideal_line(21, 21)[-1] == 0
    assert ideal_line(10, 1) == [0.0]
    assert ideal_line(0, 5) == [0, 0, 0, 0, 0]


def test_unestimated_stories_count_zero():
    board = planned(5)
    board.create(2, None, at(-5))
    board.plan(2, 1, at(-3))
    assert remaining(board.history(length=2)) == [5, 5]


def test_replay_of_the_history_gives_the_current_state():
    board = planned(5, 3, 2)
    board.move(1, DONE, at(2))
    board.points(2, 8, at(3))
    board.plan(3, None, at(4))
    states = replay(board.facts(), board.changes)
    for fact in board.facts():
        state = states[fact.id]
        assert (state.sprint_id, state.column_id, state.points) == (fact.sprint_id, fact.column_id, fact.points)


def test_a_history_without_creation_rows_starts_from_the_first_old_values():
    board = planned(5, 3)
    board.move(1, DONE, at(2))
    history = board.history(length=3)
    without_creation = tuple(c for c in history.changes if c.old != "" or c.field == "sprint")
    from dataclasses import replace

    assert remaining(replace(history, changes=without_creation)) == [8, 3, 3]


def test_velocity_and_the_average_of_the_last_three():
    assert rolling_average([18]) == [None]
    assert rolling_average([18, 24, 26, 30]) == [None, 21, pytest.approx(68 / 3), pytest.approx(80 / 3)]
    assert average_velocity([]) is None and average_velocity([18]) is None
    assert average_velocity([18, 24]) == 21
    series = velocity_series([(12, 2, 27, 24), (11, 1, 21, 18), (13, 3, 26, 26)])
    assert [(p.number, p.committed, p.done) for p in series] == [(1, 21, 18), (2, 27, 24), (3, 26, 26)]
    assert [p.average for p in series] == [None, 21, pytest.approx(68 / 3)]


def test_cumulative_flow_counts_every_story_of_the_sprint_per_column():
    board = planned(5, 3, 2)
    board.move(1, DOING, at(1, 14))
    board.move(1, REVIEW, at(2, 10))
    board.move(2, DOING, at(2, 11))
    board.move(1, DONE, at(3, 10))
    history = board.history(length=4)
    flow = cumulative_flow(history, at(3).date(), "count", UTC)
    assert flow.days == (at(1).date(), at(2).date(), at(3).date())
    assert [label for _, label in flow.columns] == ["To do", "In progress", "In acceptance", "Done"]
    assert flow.values == ((2, 1, 1), (1, 1, 1), (0, 1, 0), (0, 0, 1))
    points = cumulative_flow(history, None, "points", UTC)
    assert [sum(col[i] for col in points.values) for i in range(4)] == [10, 10, 10, 10]
    assert points.values[3] == (0, 0, 5, 5)
    with pytest.raises(ValueError):
        cumulative_flow(history, None, "hours", UTC)


def test_lot_burnup_counts_stories_from_their_creation():
    board = Board()
    board.create(1, 5, at(1))
    board.create(2, 3, at(1))
    board.create(3, 8, at(3))
    board.move(1, DONE, at(2))
    board.points(2, 5, at(4))
    board.move(2, DONE, at(5))
    days = lot_burnup(board.facts(), board.changes, frozenset({DONE}), at(6).date(), tz=UTC)
    assert [(d.day.day - 6, d.total, d.done) for d in days] == [
        (1, 8, 0), (2, 8, 5), (3, 16, 5), (4, 18, 5), (5, 18, 10), (6, 18, 10)]
    assert lot_burnup((), [], frozenset({DONE}), date(2026, 9, 1)) == []


def test_other_sprints_do_not_leak_into_a_burndown():
    board = planned(5)
    board.create(2, 8, at(-2))
    board.plan(2, 7, at(-2))
    board.move(2, DONE, at(2))
    assert remaining(board.history(length=3)) == [5, 5, 5]
    assert remaining(board.history(sprint=7, length=3)) == [8, 0, 0]
    assert TODO == 1
