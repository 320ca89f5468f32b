"""The sprint list reads the whole history once and cuts each sprint's part out of it; a
single sprint reads only its own history. Both give the same figures (commitment above all)."""

from __future__ import annotations

from crmdesk.domain.sprints import SprintStatus
from crmdesk.services.container import ProjectServices


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
