"""The selection service on a real project file: every write is one undo step that gives back
the previous state (and redo the next one), the rules refuse what makes no sense, and the
matrix snapshot tells the same story as the pure arithmetic."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from crmdesk.db.project_file import now_iso
from crmdesk.db.tables_selection import VendorAnswerRow
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import NeedStatus, Priority, Role
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.needs import NeedDraft
from crmdesk.domain.selection import CandidateStatus, ScoreInput
from crmdesk.services.container import ProjectServices
from crmdesk.services.selection import SelectionService

english = lambda context, text: text  # noqa: E731


@dataclass
class World:
    sel: SelectionService
    claire: int  # pilot
    julien: int  # key user
    lenoir: int  # vendor contact
    needs: list[int]  # mandatory, desired, optional, rejected
    ventes: int
    alpha: int
    beta: int
    fonctionnel: int
    cout: int
    pipeline: int  # criterion in Fonctionnel
    devis: int  # criterion in Fonctionnel
    tco: int  # cost criterion in Coût
    e_claire: int
    e_julien: int
    sandrine: int  # key user, not an evaluator yet
    vide: int  # an empty group


@pytest.fixture
def world(services: ProjectServices) -> World:
    s = services
    claire, _ = s.people.add("Claire Dumoulin", Role.PILOT)
    julien, _ = s.people.add("Julien Perrin", Role.KEY_USER)
    lenoir, _ = s.people.add("Mathieu Lenoir", Role.VENDOR_CONTACT, organisation="Altacime")
    sandrine, _ = s.people.add("Sandrine Lefort", Role.KEY_USER)
    ventes, _ = s.domains.create("Ventes")
    devis_dom, _ = s.domains.create("Devis", parent_id=ventes)
    needs, _ = s.needs.create_many([
        NeedDraft(title="Pipeline des affaires", domain_id=ventes, priority=Priority.MANDATORY),
        NeedDraft(title="Relance des devis", domain_id=devis_dom, priority=Priority.DESIRED),
        NeedDraft(title="Signature électronique", domain_id=devis_dom, priority=Priority.OPTIONAL),
        NeedDraft(title="Commissions", domain_id=ventes, priority=Priority.MANDATORY, status=NeedStatus.REJECTED),
    ])
    sel = SelectionService(s.file)
    alpha, _ = sel.add_candidate("Altacime CRM", "vendor", {"setup_cost": 10_000, "licence_per_user_month": 50})
    beta, _ = sel.add_candidate("Kerlance", "pair", {"setup_cost": 20_000, "licence_per_user_month": 30})
    fonctionnel, _ = sel.add_group("Fonctionnel", 3)
    cout, _ = sel.add_group("Coût", 1)
    vide, _ = sel.add_group("Vide", 1)
    pipeline, _ = sel.add_criterion(fonctionnel, "Pipeline", 2, need_id=needs[0].id)
    devis, _ = sel.add_criterion(fonctionnel, "Devis", 1)
    tco, _ = sel.ensure_cost_criterion(cout)
    e_claire, _ = sel.add_evaluator(claire)
    e_julien, _ = sel.add_evaluator(julien)
    sel.set_scores([ScoreInput(alpha, pipeline, e_claire, 4), ScoreInput(alpha, pipeline, e_julien, 2, "lent"),
                    ScoreInput(beta, pipeline, e_claire, 3), ScoreInput(alpha, devis, e_claire, 5)])
    return World(sel, claire, julien, lenoir, [n.id for n in needs], ventes, alpha, beta, fonctionnel, cout,
                 pipeline, devis, tco, e_claire, e_julien, sandrine, vide)


def _answers(w: World, rows: list[tuple[int, int, str | None]]) -> None:
    """Vendor answers as the questionnaire import stores them (candidate, need, coverage)."""
    table = VendorAnswerRow.__table__
    with w.sel._pf.transaction() as tx:  # noqa: SLF001 - test set-up of another area's rows
        tx.conn.execute(table.insert(), [{"candidate_id": c, "need_id": n, "coverage": cov, "imported_at": now_iso()}
                                         for c, n, cov in rows])


def state(w: World) -> tuple[object, ...]:
    s = w.sel
    return (s.settings(), s.candidates(), s.groups(), s.criteria(), s.evaluators(),
            sorted(s.scores(), key=lambda r: (r.candidate_id, r.criterion_id, r.evaluator_id)),
            sorted(s.consensus(), key=lambda r: (r.candidate_id, r.criterion_id)))


EDITS: dict[str, Callable[[World], object]] = {
    "settings": lambda w: w.sel.update_settings({"user_count": 40, "horizon_years": 5, "aggregate": "median",
                                                 "disagreement_gap": 1.5,
                                                 "score_labels": ["nul", "", "", "", "", "parfait"]}),
    "add candidate": lambda w: w.sel.add_candidate("Opaline", values={"notes": "SaaS"}),
    "update candidate": lambda w: w.sel.update_candidate(w.alpha, {"name": "Altacime", "support_per_year": 3600}),
    "eliminate candidate": lambda w: w.sel.set_candidate_status(w.beta, CandidateStatus.ELIMINATED, "trop cher"),
    "contacts": lambda w: w.sel.set_candidate_contacts(w.alpha, [w.lenoir]),
    "reorder candidates": lambda w: w.sel.reorder_candidates([w.beta, w.alpha]),
    "delete candidate": lambda w: w.sel.delete_candidate(w.alpha),
    "add group": lambda w: w.sel.add_group("Technique", 2),
    "rename group": lambda w: w.sel.rename_group(w.cout, "Coûts"),
    "reweight group": lambda w: w.sel.reweight_group(w.fonctionnel, 5),
    "reorder groups": lambda w: w.sel.reorder_groups([w.cout, w.fonctionnel]),
    "delete empty group": lambda w: w.sel.delete_group(w.vide),
    "add criterion": lambda w: w.sel.add_criterion(w.fonctionnel, "Mobilité", 2, "hors ligne"),
    "update criterion": lambda w: w.sel.update_criterion(w.devis, {"name": "Devis PDF", "description": "x"}),
    "reweight criterion": lambda w: w.sel.reweight_criterion(w.devis, 0),
    "move criterion": lambda w: w.sel.move_criterion(w.devis, w.cout, 0),
    "knock-out": lambda w: w.sel.set_knockout(w.pipeline, 3),
    "delete criteria": lambda w: w.sel.delete_criteria([w.pipeline, w.devis]),
    "criteria from needs": lambda w: w.sel.create_criteria_from_needs("need", group_name="Besoins"),
    "criteria from domains": lambda w: w.sel.create_criteria_from_needs("domain", group_id=w.fonctionnel),
    "add evaluator": lambda w: w.sel.add_evaluator(w.sandrine),
    "remove evaluator": lambda w: w.sel.remove_evaluator(w.e_julien),
    "score": lambda w: w.sel.set_score(w.beta, w.devis, w.e_julien, 3.5, "correct"),
    "score change": lambda w: w.sel.set_score(w.alpha, w.pipeline, w.e_julien, 3, "revu"),
    "score clear": lambda w: w.sel.set_score(w.alpha, w.pipeline, w.e_julien, None),
    "bulk scores": lambda w: w.sel.set_scores([ScoreInput(w.beta, w.devis, e, 4) for e in (w.e_claire, w.e_julien)]
                                              + [ScoreInput(w.alpha, w.devis, w.e_claire, None)]),
    "consensus": lambda w: w.sel.set_consensus(w.alpha, w.pipeline, 3, "atelier du 12 mars"),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_every_write_is_one_undoable_step(world: World, services: ProjectServices, name: str):
    before = state(world)
    result = EDITS[name](world)
    changes = result[-1] if isinstance(result, tuple) else result
    after = state(world)
    assert after != before, "the edit must change something"
    assert isinstance(changes, Changes) and changes.step is not None and not changes.step.empty, name
    inverse, undone = services.history.replay(changes.step)
    assert state(world) == before
    services.history.replay(inverse)
    assert state(world) == after
    assert undone.kinds <= changes.kinds | {EntityKind.CRITERION, EntityKind.SCORE}, (undone.kinds, changes.kinds)


def test_a_write_that_changes_nothing_leaves_no_undo_step(world: World):
    assert world.sel.update_candidate(world.alpha, {"name": "Altacime CRM"}).step.empty
    assert world.sel.set_score(world.alpha, world.pipeline, world.e_julien, 2, "lent").step.empty
    assert world.sel.reweight_group(world.fonctionnel, 3).step.empty
    assert world.sel.set_knockout(world.devis, None).step.empty
    assert world.sel.ensure_cost_criterion(world.cout) == (world.tco, Changes())


def test_consensus_clear_and_proposals_are_undoable(world: World, services: ProjectServices):
    world.sel.set_consensus(world.alpha, world.pipeline, 3, "accord")
    before = state(world)
    changes = world.sel.clear_consensus(world.alpha, world.pipeline)
    assert state(world) != before
    services.history.replay(changes.step)
    assert state(world) == before

    _answers(world, [(world.beta, world.needs[0], "configuration")])
    assert world.sel.matrix().value(world.beta, world.pipeline) == 3.0  # not accepted: only Claire's 3
    changes = world.sel.accept_proposals(world.beta)
    assert changes.touches(EntityKind.ANSWER, EntityKind.SCORE)
    assert world.sel.matrix().value(world.beta, world.pipeline) == 3.5  # (3 + 4) / 2
    services.history.replay(changes.step)
    assert world.sel.matrix().value(world.beta, world.pipeline) == 3.0


def test_rules(world: World):
    sel = world.sel
    with pytest.raises(ValidationFailed, match="already exists"):
        sel.add_candidate("altacime crm")
    with pytest.raises(ValidationFailed, match="Say why"):
        sel.set_candidate_status(world.alpha, "eliminated", "")
    with pytest.raises(ValidationFailed, match="vendor contact"):
        sel.set_candidate_contacts(world.alpha, [world.julien])
    with pytest.raises(ValidationFailed, match="vendor contact cannot evaluate"):
        sel.add_evaluator(world.lenoir)
    with pytest.raises(ValidationFailed, match="still holds criteria"):
        sel.delete_group(world.fonctionnel)
    with pytest.raises(ValidationFailed, match="not scored by hand"):
        sel.set_score(world.alpha, world.tco, world.e_claire, 3)
    with pytest.raises(ValidationFailed, match="cannot be a knock-out"):
        sel.set_knockout(world.tco, 2)
    with pytest.raises(ValidationFailed, match="between 0 and 5"):
        sel.set_score(world.alpha, world.devis, world.e_claire, 6)
    with pytest.raises(ValidationFailed, match="Say why the group agreed"):
        sel.set_consensus(world.alpha, world.devis, 3, " ")
    with pytest.raises(ValidationFailed, match="weight"):
        sel.reweight_group(world.cout, -1)
    with pytest.raises(NotFound):
        sel.set_score(999, world.devis, world.e_claire, 3)
    with pytest.raises(NotFound):
        sel.add_criterion(world.fonctionnel, "x", need_id=999)
    # the project is unchanged by all these refusals
    assert [c.name for c in sel.candidates()] == ["Altacime CRM", "Kerlance"]


def test_criteria_from_needs_link_them_and_never_duplicate(world: World):
    sel = world.sel
    ids, _ = sel.create_criteria_from_needs("need", (Priority.MANDATORY, Priority.DESIRED), group_name="Besoins")
    created = [k for k in sel.criteria() if k.id in ids]
    # the mandatory need already has "Pipeline"; the rejected one and the optional one are left out
    assert [(k.name, k.need_ref, k.weight, k.group_name) for k in created] == [
        ("Relance des devis", "BES-002", 2.0, "Besoins")]
    assert sel.create_criteria_from_needs("need", group_name="Besoins")[0] == []
    ids, _ = sel.create_criteria_from_needs("domain", ("mandatory", "desired", "optional"), group_name="Domaines")
    domains = [(k.name, k.domain_name, k.weight) for k in sel.criteria() if k.id in ids]
    assert domains == [("Ventes", "Ventes", 3.0), ("Ventes / Devis", "Ventes / Devis", 3.0)]
    assert sel.create_criteria_from_needs("domain", group_name="Domaines")[0] == []
    with pytest.raises(ValidationFailed):
        sel.create_criteria_from_needs("lot", group_name="x")


def test_matrix_ranking_and_cost(world: World):
    sel = world.sel
    m = sel.matrix()
    cell = m.cell(world.alpha, world.pipeline)
    assert (cell.value, cell.spread, cell.disagreement) == (3.0, 2.0, True)
    assert [s.comment for s in cell.scores] == ["", "lent"]
    # shares: Fonctionnel 75 % (Pipeline 50, Devis 25), Coût 25 %
    assert [(k.name, k.share) for k in sel.criteria()] == [("Pipeline", 50.0), ("Devis", 25.0),
                                                           ("Total cost of ownership (TCO)", 25.0)]
    # TCO over 3 years, 20 users: alpha 10 000 + 3 × 12 000 = 46 000; beta 20 000 + 3 × 7 200 = 41 600
    assert [c.tco for c in sel.candidates()] == [46_000, 41_600]
    assert m.value(world.beta, world.tco) == 5.0
    assert round(m.value(world.alpha, world.tco), 6) == round(5 * 41_600 / 46_000, 6)
    ranking = sel.ranking()
    alpha = ranking.row(world.alpha)
    expected = 50 * 3 / 5 + 25 * 5 / 5 + 25 * (41_600 / 46_000)
    assert abs(alpha.score - expected) < 1e-9 and alpha.rank == 1
    beta = ranking.row(world.beta)
    assert beta.missing == (world.devis,)
    # not covered for a mandatory need linked to a criterion: out, with the need's reference
    _answers(world, [(world.alpha, world.needs[0], "not_covered")])
    alpha = sel.ranking().row(world.alpha)
    assert alpha.rank is None and alpha.reason(english) == "declares not covered: BES-001 Pipeline des affaires"
    assert sel.sensitivity().winner_ids == (world.beta,)


def test_changes_say_what_to_refresh(world: World):
    assert world.sel.update_settings({"user_count": 12}).touches(EntityKind.CANDIDATE)
    assert world.sel.remove_evaluator(world.e_julien).touches(EntityKind.SCORE)
    assert world.sel.delete_candidate(world.beta).touches(EntityKind.SCORE, EntityKind.ANSWER)
