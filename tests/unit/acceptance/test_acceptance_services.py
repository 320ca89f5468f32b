"""The acceptance service over a real project file: test cases (also from needs and stories),
campaigns with frozen copies, the runner (every attempt kept, a KO creates a linked defect,
the re-test loop), defects and their history, coverage, go/no-go, sign-off, and undo of each
write as one step."""

from __future__ import annotations

from datetime import date

import pytest
from acceptance_project import MONDAY, at, build  # type: ignore[import-not-found]

from crmdesk.domain.acceptance import (
    CampaignStatus,
    CoverageStatus,
    Decision,
    DefectStatus,
    Result,
    Severity,
    TestCaseStatus,
    TestStep,
)
from crmdesk.domain.acceptance_rules import Criterion
from crmdesk.domain.acceptance_values import DefectDraft
from crmdesk.domain.changes import EntityKind
from crmdesk.domain.enums import Priority
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.services.history import HistoryService


@pytest.fixture
def project(services):  # type: ignore[no-untyped-def]
    return build(services)


def test_cases_crud_steps_and_links(project, services):
    acc = project.acceptance
    case = acc.case(project.cases["CT-001"])
    assert (case.ref, case.priority, case.status, case.lot_name) == ("CT-001", "high", TestCaseStatus.READY, "Lot 1 – Socle")
    assert case.steps[1] == TestStep("Lire l'en-tête", "Le code ERP C10482 est affiché")
    assert case.need_refs == ("BES-001",) and case.story_refs == ("US-001",) and case.last_result is None
    changes = acc.set_steps(case.id, [("Ouvrir", "Ouvert"), ("", ""), ("Fermer", "")])
    assert changes.touches(EntityKind.TEST_CASE)
    assert acc.case(case.id).steps == (TestStep("Ouvrir", "Ouvert"), TestStep("Fermer", ""))
    HistoryService(services.file).replay(changes.step)  # the whole list comes back in one undo
    assert len(acc.case(case.id).steps) == 2 and acc.case(case.id).steps[0].action.startswith("Ouvrir la fiche")
    acc.set_case_needs(case.id, [project.needs["BES-001"], project.needs["BES-003"]])
    assert acc.case(case.id).need_refs == ("BES-001", "BES-003")
    acc.update_cases([case.id], {"title": "  Fiche   compte ", "priority": "medium"})
    assert acc.case(case.id).title == "Fiche compte"
    with pytest.raises(ValidationFailed, match="must have a title"):
        acc.update_cases([case.id], {"title": " "})
    with pytest.raises(NotFound):
        acc.set_case_stories(case.id, [999])
    acc.delete_cases([project.cases["CT-003"]])
    assert acc.propose_from_needs([project.needs["BES-003"]]) == []  # CT-001 covers it now
    created, _ = acc.create_cases(acc.propose_from_needs([project.needs["BES-003"]], skip_covered=False))
    assert created[0].ref == "CT-004"  # references are never reused


def test_create_from_needs_and_stories_prefill_steps(project):
    acc = project.acceptance
    assert acc.propose_from_needs(list(project.needs.values())) == []  # every need has a case already
    created, changes = acc.create_from_needs([project.needs["BES-001"]], skip_covered=False)
    case = created[0]
    assert (case.title, case.priority, case.need_refs, case.story_refs, case.lot_name) == (
        "Fiche compte unique", "high", ("BES-001",), ("US-001",), "Lot 1 – Socle")
    assert case.steps == (TestStep("Étant donné un client ERP, quand j'ouvre sa fiche", "Son code ERP s'affiche."),
                          TestStep("", "Le commercial responsable est affiché."))
    assert changes.step is not None
    from_story, _ = acc.create_from_stories([project.stories["US-001"]], skip_covered=False)
    assert from_story[0].steps == (TestStep("", "La fiche montre le code ERP."), TestStep("", "La fiche montre le commercial."))
    assert from_story[0].need_refs == ("BES-001",) and from_story[0].priority == "high"
    assert acc.create_from_stories([project.stories["US-002"]]) == ([], acc.create_from_stories([])[1])


def test_a_case_is_frozen_into_a_campaign(project, services):
    acc = project.acceptance
    campaign = project.campaign()
    _added, changes = acc.add_scope(campaign, lot_id=project.lot_id)
    assert changes.touches(EntityKind.CAMPAIGN)
    copies = acc.campaign_cases(campaign)
    assert [c.ref for c in copies] == ["CT-001", "CT-002"]  # CT-002 belongs to the lot through its story
    assert acc.add_cases(campaign, [project.cases["CT-001"]]) == ([], acc.add_cases(campaign, [])[1])
    first = copies[0]
    run, _ = acc.record_execution(first.id, "passed", [(1, "passed"), (2, "passed")], tester_id=project.people["Julien"],
                                  at=at(1))
    # Editing the case afterwards changes nothing in the campaign, nor in its results.
    acc.update_cases([first.test_case_id], {"title": "Titre changé"})
    acc.set_steps(first.test_case_id, [("Nouvelle action", "Nouveau résultat")])
    acc.set_case_needs(first.test_case_id, [project.needs["BES-003"]])
    again = acc.campaign_case(first.id)
    assert (again.title, again.steps, again.need_refs) == (first.title, first.steps, ("BES-001",))
    assert again.result is Result.PASSED and again.attempts == 1
    assert acc.executions(campaign_case_id=first.id)[0].steps == run.execution.steps
    # A campaign's coverage uses what it froze: BES-001 is still proven there.
    row = next(r for r in acc.coverage(campaign).rows if r.need.ref == "BES-001")
    assert row.status is CoverageStatus.PASSED
    # A copy without results may be refreshed; one with results keeps its version.
    acc.refresh_cases([c.id for c in copies])
    assert acc.campaign_case(first.id).title == first.title
    with pytest.raises(ValidationFailed, match="has results in this campaign"):
        acc.remove_cases([first.id])
    with pytest.raises(ValidationFailed, match="part of a campaign"):
        acc.delete_cases([first.test_case_id])
    acc.update_cases([project.cases["CT-003"]], {"status": "obsolete"})
    assert acc.add_cases(campaign, [project.cases["CT-003"]])[0] == []  # obsolete cases are not added


def test_running_keeps_every_attempt_and_a_ko_creates_a_linked_defect(project):
    acc = project.acceptance
    campaign = project.campaign()
    acc.add_scope(campaign, lot_id=project.lot_id)
    first = acc.campaign_cases(campaign)[0]
    assert acc.campaign(campaign).status is CampaignStatus.PLANNED
    outcome, changes = acc.record_execution(first.id, None, [(1, "passed"), (2, "failed", "Code absent")],
                                            actual="La fiche n'a pas de code", comment="Testé deux fois",
                                            tester_id=project.people["Julien"], at=at(1))
    assert changes.touches(EntityKind.EXECUTION, EntityKind.DEFECT)
    assert outcome.execution.result is Result.FAILED and outcome.execution.attempt == 1  # rolled up from its steps
    assert acc.campaign(campaign).status is CampaignStatus.RUNNING  # the first result starts it
    defect = outcome.defect
    assert (defect.ref, defect.title, defect.severity, defect.status) == (
        "ANO-001", "Consulter une fiche compte", Severity.MAJOR, DefectStatus.NEW)
    assert (defect.execution_id, defect.test_case_ref, defect.need_ref, defect.story_ref, defect.campaign_name) == (
        outcome.execution.id, "CT-001", "BES-001", "US-001", "VABF lot 1")
    assert "Step 2 (failed): Lire l'en-tête" in defect.description and "Code absent" in defect.description
    assert "Le code ERP C10482 est affiché" in defect.description and "Testé deux fois" in defect.description
    # A second KO while the defect is open creates no duplicate; attempts accumulate.
    again, _ = acc.record_execution(first.id, "failed", [(2, "failed")], at=at(2))
    assert again.defect is None and again.execution.attempt == 2
    # Waiting for its re-test, a KO sends the defect back to correction…
    acc.set_defect_status([defect.id], DefectStatus.TO_RETEST, at=at(3))
    assert [p.ref for p in acc.retest_proposals(campaign)] == ["CT-001"]
    assert acc.retest_proposals(campaign)[0].campaign_case_id == first.id
    reopened, _ = acc.record_execution(first.id, "failed", [(2, "failed")], at=at(4))
    assert [d.ref for d in reopened.reopened] == ["ANO-001"] and reopened.defect is None
    assert acc.defect(defect.id).status is DefectStatus.IN_CORRECTION
    # …and a pass lists it, for the pilot to close.
    acc.set_defect_status([defect.id], "to_retest", at=at(5))
    passed, _ = acc.record_execution(first.id, "passed", [(1, "passed"), (2, "passed")], at=at(6))
    assert [d.ref for d in passed.to_close] == ["ANO-001"]
    acc.set_defect_status([defect.id], DefectStatus.CLOSED, at=at(6, 14))
    assert acc.defect(defect.id).closed_at == at(6, 14).isoformat()
    assert [e.attempt for e in acc.executions(campaign_case_id=first.id)] == [1, 2, 3, 4]
    assert acc.campaign_case(first.id).result is Result.PASSED
    history = [(h.field, h.old_value, h.new_value) for h in acc.defect_history(defect.id)]
    assert history == [("status", "", "new"), ("severity", "", "major"), ("status", "new", "to_retest"),
                       ("status", "to_retest", "in_correction"), ("status", "in_correction", "to_retest"),
                       ("status", "to_retest", "closed")]
    blocked, _ = acc.record_execution(acc.campaign_cases(campaign)[1].id, "blocked", [(1, "blocked")], at=at(6))
    assert blocked.defect is None  # a blocked case creates no defect
    with pytest.raises(ValidationFailed, match="cannot be passed"):
        acc.record_execution(first.id, "passed", [(1, "failed")])
    with pytest.raises(ValidationFailed, match="Give a result"):
        acc.record_execution(first.id, None, [])
    acc.close_campaign(campaign, on=date(2026, 9, 18))
    with pytest.raises(ValidationFailed, match="is closed"):
        acc.record_execution(first.id, "passed", [])


def test_undo_of_a_ko_removes_the_attempt_and_its_defect_together(project, services):
    acc = project.acceptance
    campaign = project.campaign()
    acc.add_scope(campaign, lot_id=project.lot_id)
    first = acc.campaign_cases(campaign)[0]
    _outcome, changes = acc.record_execution(first.id, "failed", [(1, "failed")], at=at(1))
    assert acc.defects() and acc.executions(campaign)
    history = HistoryService(services.file)
    inverse, undone = history.replay(changes.step)
    assert undone.touches(EntityKind.EXECUTION, EntityKind.DEFECT)
    assert acc.defects() == [] and acc.executions(campaign) == []
    assert acc.campaign(campaign).status is CampaignStatus.PLANNED
    history.replay(inverse)  # redo
    assert [d.ref for d in acc.defects()] == ["ANO-001"] and acc.campaign_case(first.id).result is Result.FAILED


def test_defects_crud_and_severity_history(project):
    acc = project.acceptance
    defect, _ = acc.create_defect(DefectDraft(title="Lenteur", severity=Severity.MINOR,
                                              need_id=project.needs["BES-002"]), at=at(1))
    assert (defect.ref, defect.need_ref, defect.status) == ("ANO-001", "BES-002", DefectStatus.NEW)
    acc.update_defect(defect.id, {"severity": "blocking", "vendor_ticket": " SUP-1 ", "status": "in_correction"},
                      at=at(2))
    now = acc.defect(defect.id)
    assert (now.severity, now.vendor_ticket, now.status) == (Severity.BLOCKING, "SUP-1", DefectStatus.IN_CORRECTION)
    assert [(h.field, h.new_value) for h in acc.defect_history(defect.id)][-2:] == [("severity", "blocking"),
                                                                                   ("status", "in_correction")]
    days = acc.open_defects_over_time(start=MONDAY, end=date(2026, 9, 9))
    assert [(d.blocking, d.minor) for d in days] == [(0, 1), (1, 0), (1, 0)]
    with pytest.raises(ValidationFailed, match="Unknown severity"):
        acc.update_defect(defect.id, {"severity": "critical"})
    acc.set_defect_status([defect.id], "rejected")
    assert acc.defect(defect.id).closed_at is not None and acc.defects(open_only=True) == []
    acc.delete_defects([defect.id])
    assert acc.defects() == []


def test_coverage_go_no_go_and_sign_off(project, services):
    acc = project.acceptance
    matrix = acc.coverage()
    assert [(r.need.ref, r.status) for r in matrix.rows] == [
        ("BES-001", CoverageStatus.NOT_RUN), ("BES-002", CoverageStatus.NOT_RUN), ("BES-003", CoverageStatus.NOT_RUN)]
    assert [r.need.ref for r in acc.coverage(priority=Priority.DESIRED).rows] == ["BES-003"]
    services.needs.update([project.needs["BES-003"]], {"priority": Priority.MANDATORY})
    campaign = project.campaign(exit_max_major=0)
    acc.add_cases(campaign, [project.cases["CT-001"]])
    # The lot's mandatory needs are in scope: BES-002 has no case in this campaign.
    decision = acc.go_no_go(campaign)
    assert [(r.need.ref, r.status) for r in decision.mandatory] == [
        ("BES-001", CoverageStatus.NOT_RUN), ("BES-002", CoverageStatus.NOT_COVERED)]
    assert not decision.go
    copy = acc.campaign_cases(campaign)[0]
    acc.record_execution(copy.id, "failed", [(2, "failed")], at=at(1))
    decision = acc.go_no_go(campaign)
    assert decision.check(Criterion.MAJOR_OPEN).value == 1 and not decision.check(Criterion.MAJOR_OPEN).met
    report = acc.signoff_report(campaign)
    assert report.decision is None and report.proposed is Decision.REFUSED
    assert report.reservations == ("ANO-001 (major): Consulter une fiche compte",)
    assert [s.name for s in report.signatories] == ["Claire Dumoulin", "Julien Perrin"]
    with pytest.raises(ValidationFailed, match="cannot list reservations"):
        acc.sign_off(campaign, Decision.ACCEPTED, reservations=["ANO-001"])
    signed, changes = acc.sign_off(campaign, "accepted_with_reservations", signed_on=date(2026, 9, 18))
    assert changes.touches(EntityKind.SIGNOFF, EntityKind.CAMPAIGN)
    assert signed.reservations == report.reservations and signed.signed_on == date(2026, 9, 18)
    closed = acc.campaign(campaign)
    assert closed.status is CampaignStatus.CLOSED and closed.signoff == signed
    with pytest.raises(ValidationFailed, match="already signed off"):
        acc.sign_off(campaign, "refused")
    with pytest.raises(ValidationFailed, match="signed off"):
        acc.reopen_campaign(campaign)
    HistoryService(services.file).replay(changes.step)
    assert acc.campaign(campaign).signoff is None and acc.campaign(campaign).status is CampaignStatus.RUNNING


def test_campaign_crud_and_refusals(project):
    acc = project.acceptance
    campaign = project.campaign()
    with pytest.raises(ValidationFailed, match="already exists"):
        project.campaign("vabf LOT 1")
    acc.update_campaign(campaign, {"name": "VABF du lot 1", "exit_max_major": 2})
    assert acc.campaign_named("vabf du lot 1").exit_max_major == 2
    with pytest.raises(ValidationFailed, match="end before"):
        acc.update_campaign(campaign, {"end_date": "2026-01-01"})
    acc.set_testers(campaign, [project.people["Sandrine"], project.people["Julien"]])
    assert acc.campaign(campaign).tester_names == ("Julien Perrin", "Sandrine Lefort")
    added, _ = acc.add_scope(campaign, mandatory_needs=True)
    assert [c.ref for c in acc.campaign_cases(campaign)] == ["CT-001", "CT-002"]
    acc.assign_tester(added, project.people["Sandrine"])
    assert {c.tester_name for c in acc.campaign_cases(campaign)} == {"Sandrine Lefort"}
    acc.start_campaign(campaign)
    assert acc.campaign(campaign).status is CampaignStatus.RUNNING
    acc.remove_cases(added[1:])
    assert len(acc.campaign_cases(campaign)) == 1
    acc.delete_campaign(campaign)
    with pytest.raises(NotFound, match="no campaign named"):
        acc.campaign_named("VABF du lot 1")
