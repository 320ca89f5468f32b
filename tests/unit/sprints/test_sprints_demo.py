"""The demo's sprints: a realistic backlog linked to needs, three lots, three closed sprints
whose velocities match their history, and a current sprint in progress whatever today is."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise

import pytest

from crmdesk.domain.sprints import SprintStatus
from crmdesk.domain.sprints_charts_data import done_points_at, parse_instant, replay
from crmdesk.services.demo_sprints import first_sprint_start, load_demo_sprints
from crmdesk.services.sprints import SprintService


@pytest.fixture
def demo(demo_file):  # type: ignore[no-untyped-def]
    return SprintService(demo_file)


def test_backlog_lots_and_needs(demo):
    stories = demo.stories()
    assert len(stories) >= 40
    assert all(s.need_refs for s in stories)
    assert len({ref for s in stories for ref in s.need_refs}) >= 35
    assert all(s.as_a and s.i_want and s.so_that and s.acceptance_criteria for s in stories)
    assert [s.ref for s in sorted(stories, key=lambda s: s.created_at)][:3] == ["US-001", "US-002", "US-003"]
    assert {str(s.kind) for s in stories} >= {"configuration", "custom_development", "data_migration",
                                             "interface", "training"}
    assert any(s.points is None for s in stories)  # some left to estimate
    lots = demo.lots()
    assert [lot.name.split(" – ")[0] for lot in lots] == ["Lot 1", "Lot 2", "Lot 3"]
    assert all(lot.target_date and lot.story_count >= 8 for lot in lots)
    assert lots[0].progress == 1.0 and 0 < lots[1].progress < 1 and lots[2].progress == 0
    # Two mandatory needs have no story yet: the warning has something to say.
    assert [n.ref for n in demo.unlinked_mandatory_needs()] == ["BES-064", "BES-065"]
    assert len(demo.backlog()) >= 15


def test_three_closed_sprints_with_history_and_one_in_progress(demo):
    sprints = demo.sprints()
    assert [(s.number, s.status, s.length_days) for s in sprints] == [
        (1, SprintStatus.CLOSED, 21), (2, SprintStatus.CLOSED, 21), (3, SprintStatus.CLOSED, 21),
        (4, SprintStatus.ACTIVE, 21)]
    assert [s.velocity for s in sprints[:3]] == [18, 24, 26]
    assert [s.committed_points for s in sprints[:3]] == [21, 27, 26]
    for previous, sprint in pairwise(sprints):
        assert sprint.start_date == previous.end_date + timedelta(days=1)
    # Each recorded velocity is what the history says was done at the close.
    for sprint in sprints[:3]:
        history = demo.history(sprint.id)
        done = done_points_at(history.stories, history.changes, sprint.id, history.done_columns,
                              parse_instant(sprint.closed_at))
        assert done == sprint.velocity
    events = [e for s in sprints[:3] for e in demo.burndown(s.id).events]
    assert {e.kind for e in events} == {"added", "removed", "estimate", "reopened"}
    # The current sprint is in its second week, with work done and more to do.
    current = demo.current_sprint()
    today = date.today()
    assert current.number == 4 and current.start_date + timedelta(days=7) <= today <= current.end_date
    chart = demo.burndown(current.id)
    known = [d for d in chart.days if d.remaining is not None]
    assert 8 <= len(known) <= 14 and 0 < known[-1].remaining < chart.committed + 5
    assert 0 < current.done_points < current.scope_points
    board = demo.board()
    assert board.sprint.id == current.id and not board.read_only
    assert [c.column.key for c in board.exceeded] == ["in_progress"]
    assert sum(len(c.cards) for c in board.columns) == current.story_count


def test_the_history_is_complete_and_in_the_past(demo):
    with demo._pf.reading() as conn:
        from crmdesk.services.sprint_history import load_changes, load_facts

        facts, changes = load_facts(conn), load_changes(conn)
    now = datetime.now().astimezone()
    assert changes and all(c.at < now for c in changes)
    states = replay(facts, changes)
    for fact in facts:
        state = states[fact.id]
        assert (state.sprint_id, state.column_id, state.points) == (fact.sprint_id, fact.column_id, fact.points)
    assert demo._pf.check() == []


@pytest.mark.parametrize("offset", range(7))
def test_the_current_sprint_is_in_its_second_week_whatever_the_weekday(offset):
    today = date(2026, 11, 23) + timedelta(days=offset)
    data = load_demo_sprints()
    first = first_sprint_start(today, len(data["sprints"]), data["length_days"])
    current = first + timedelta(days=21 * 3)
    assert first.weekday() == 0 and 7 <= (today - current).days <= 13
