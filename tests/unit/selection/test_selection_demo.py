"""The demo project's selection: what a newcomer sees in the scoring matrix."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.enums import Role
from crmdesk.domain.selection import CandidateKind, CandidateStatus, CriterionKind
from crmdesk.domain.selection_results import CellSource, EliminationKind
from crmdesk.services.project import PeopleService
from crmdesk.services.selection import SelectionService

NAMES = ["Altacime CRM", "Nuagéo Conseil + Salesforce", "Kerlance Solutions", "Opaline CRM", "Bricole Soft"]


@pytest.fixture
def demo(demo_path: Path):  # type: ignore[no-untyped-def]
    pf = ProjectFile.open(demo_path)
    try:
        yield SelectionService(pf), PeopleService(pf)
    finally:
        pf.close()


def test_candidates_groups_and_criteria(demo):
    sel, _ = demo
    candidates = sel.candidates()
    assert [c.name for c in candidates] == NAMES
    assert {c.kind for c in candidates} == set(CandidateKind)
    assert all(c.tco > 0 for c in candidates)
    bricole = candidates[-1]
    assert bricole.status is CandidateStatus.ELIMINATED and bricole.elimination_reason
    assert candidates[0].contact_names == ("Mathieu Lenoir",)
    groups = sel.groups()
    assert [g.name for g in groups] == ["Fonctionnel", "Technique", "Éditeur et intégrateur",
                                        "Support et formation", "Coût"]
    assert round(sum(g.share for g in groups), 9) == 100
    criteria = sel.criteria()
    assert len(criteria) >= 25 and {k.group_id for k in criteria} == {g.id for g in groups}
    assert round(sum(k.share for k in criteria), 9) == 100
    assert sum(1 for k in criteria if k.group_name == "Fonctionnel" and k.need_ref) >= 10
    assert [k.kind for k in criteria].count(CriterionKind.COST) == 1
    assert [k.need_ref for k in criteria if k.knockout] == ["BES-050"]


def test_evaluators_disagreements_consensus_and_eliminations(demo):
    sel, people = demo
    roles = {p.id: p.role for p in people.list()}
    evaluators = sel.evaluators()
    assert len(evaluators) == 3
    assert sorted(roles[e.person_id] for e in evaluators) == [Role.KEY_USER, Role.KEY_USER, Role.PILOT]
    m = sel.matrix()
    assert m.disagreement_count() >= 3
    assert len(m.consensus) == 1
    (cand, crit), agreed = next(iter(m.consensus.items()))
    cell = m.cell(cand, crit)
    assert cell.source is CellSource.CONSENSUS and cell.disagreement and agreed.reason
    ranking = m.ranking()
    rows = {r.candidate.name: r for r in ranking.rows}
    assert rows["Opaline CRM"].rank is None
    assert rows["Opaline CRM"].eliminations[0].kind is EliminationKind.KNOCKOUT
    assert rows["Bricole Soft"].rank is None
    assert rows["Bricole Soft"].eliminations[0].kind is EliminationKind.PILOT
    assert len(ranking.ranked) >= 2 and ranking.ranked[0].rank == 1
    # the cost criterion: the cheapest candidate still in the race gets 5
    cost = next(k for k in m.criteria if k.kind is CriterionKind.COST)
    in_race = [r for r in ranking.ranked]
    cheapest = min(in_race, key=lambda r: r.tco)
    assert m.value(cheapest.candidate.id, cost.id) == 5.0
    result = m.sensitivity()
    assert result.winner_ids == (ranking.ranked[0].candidate.id,) and len(result.ranges) == 5
