"""Properties of the charts' arithmetic that must hold for any history: remaining never
negative, scope = done + remaining every day, the ideal line's endpoints, the scope moving only
by the reported scope changes, the replay giving the final state, and a closed sprint's chart
ignoring whatever happens after its close."""

from __future__ import annotations

from datetime import UTC
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from sprints_builders import DONE, at  # type: ignore[import-not-found]
from sprints_strategies import LENGTH, boards, operation  # type: ignore[import-not-found]

from crmdesk.domain.sprints_charts_data import (
    burndown,
    committed_points,
    cumulative_flow,
    done_points_at,
    lot_burnup,
    replay,
    sprint_totals,
)


@settings(max_examples=150, deadline=None)
@given(boards(), st.integers(1, LENGTH + 3))
def test_burndown_invariants(board, today):  # type: ignore[no-untyped-def]
    result = burndown(board.history(length=LENGTH), at(today).date(), UTC)
    assert len(result.days) == LENGTH
    assert result.days[0].ideal == result.committed and result.days[-1].ideal == 0
    assert all(a.ideal >= b.ideal for a, b in zip(result.days, result.days[1:], strict=False))
    known = [d for d in result.days if d.remaining is not None]
    assert known and known[0] is result.days[0]
    for day in known:
        assert 0 <= day.remaining <= day.scope
        assert day.scope == day.done + day.remaining
    assert result.days[0].scope == result.committed
    # the sprint list's shortcut (first day only) gives the same commitment
    assert committed_points(board.history(length=LENGTH), UTC) == result.committed
    for previous, day in pairwise(known):
        moved = sum(e.delta for e in result.scope_changes if e.day == day.day)
        assert day.scope - previous.scope == moved


@settings(max_examples=150, deadline=None)
@given(boards())
def test_replaying_the_history_gives_the_final_state(board):  # type: ignore[no-untyped-def]
    states = replay(board.facts(), board.changes)
    for fact in board.facts():
        state = states[fact.id]
        assert (state.sprint_id, state.column_id, state.points) == (fact.sprint_id, fact.column_id, fact.points)


@settings(max_examples=100, deadline=None)
@given(boards(), st.integers(1, LENGTH), st.lists(operation, max_size=12))
def test_a_closed_sprint_ignores_what_follows_its_close(board, close_day, later):  # type: ignore[no-untyped-def]
    close = at(close_day, 17)
    board.changes = [c for c in board.changes if c.at < close]  # keep what came before the close …
    board.stories = {sid: dict(s) for sid, s in board.stories.items()}
    states = replay(board.facts(), board.changes)
    for sid, state in states.items():  # … and the board as it stood then
        board.stories[sid].update(sprint=state.sprint_id, column=state.column_id, points=state.points)
    before = burndown(board.history(length=LENGTH, closed_at=close), None, UTC)
    velocity = done_points_at(board.facts(), board.changes, 1, frozenset({DONE}), close)
    scope, left = sprint_totals(states, 1, frozenset({DONE}))
    assert velocity == scope - left
    # Whatever happens from the close on (unfinished stories leaving, the next sprint's work)…
    for kind, story, value, (day, hour, minute) in sorted(later, key=lambda o: o[3]):
        if story in board.stories:
            getattr(board, kind)(story, value, max(at(day, hour, minute), close) if kind == "plan"
                                 else max(at(day, hour, minute), close.replace(minute=1)))
    after = burndown(board.history(length=LENGTH, closed_at=close), None, UTC)
    assert after == before
    assert committed_points(board.history(length=LENGTH, closed_at=close), UTC) == before.committed
    assert done_points_at(board.facts(), board.changes, 1, frozenset({DONE}), close) == velocity


@settings(max_examples=80, deadline=None)
@given(boards())
def test_flow_and_burnup_stay_consistent(board):  # type: ignore[no-untyped-def]
    history = board.history(length=LENGTH)
    flow = cumulative_flow(history, None, "points", UTC)
    down = burndown(history, None, UTC)
    for i, day in enumerate(down.days):
        assert sum(column[i] for column in flow.values) == day.scope
        assert flow.values[-1][i] == day.done  # the last column is the done one
    days = lot_burnup(board.facts(), board.changes, frozenset({DONE}), at(LENGTH).date(), tz=UTC)
    assert all(0 <= d.done <= d.total for d in days)
