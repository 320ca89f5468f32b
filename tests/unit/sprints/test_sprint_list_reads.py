"""The sprint list reads the sprint and points part of the history once and computes every
started sprint's commitment from it; a single sprint reads only its own stories'. Both give
the rule's figures: ``committed_points`` replayed over the sprint's whole history."""

from __future__ import annotations

from datetime import UTC, timedelta, timezone

import pytest

from crmdesk.domain.sprints import SprintStatus
from crmdesk.domain.sprints_charts_data import committed_points
from crmdesk.services.container import ProjectServices
from crmdesk.services.sprints import SprintService


def test_the_list_and_each_sprint_agree(demo_path, workspace):  # type: ignore[no-untyped-def]
    pf = workspace.open(demo_path)
    try:
        sp = ProjectServices.over(pf).sprints
        listed = sp.sprints()
        assert sum(s.status is not SprintStatus.PLANNED for s in listed) >= 2  # the grouped path is taken
        assert listed == [sp.sprint(s.id) for s in listed]
        started = [s for s in listed if s.status is not SprintStatus.PLANNED]
        assert all(s.committed_points > 0 for s in started)
        for s in started:  # the commitment is the burndown's, replayed day by day
            assert s.committed_points == sp.burndown(s.id).committed
    finally:
        workspace.close(pf)


@pytest.mark.parametrize("tz", [UTC, timezone(timedelta(hours=-11)), timezone(timedelta(hours=14))])
def test_the_list_s_commitments_are_the_rule_s_over_the_whole_history(  # type: ignore[no-untyped-def]
        demo_path, workspace, tz):
    pf = workspace.open(demo_path)
    try:
        sp = SprintService(pf, tz)
        listed = sp.sprints()
        for s in listed:
            if s.status is SprintStatus.PLANNED:
                assert s.committed_points == s.scope_points
                continue
            history = sp.history(s.id)  # every story ever in it, with its column moves
            assert any(c.field == "column" for c in history.changes)
            assert s.committed_points == committed_points(history, tz)
            assert sp.sprint(s.id) == s
    finally:
        workspace.close(pf)
