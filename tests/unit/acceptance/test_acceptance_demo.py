"""The demo's recette: about sixty French test cases over the needs (two mandatory needs left
without a case), a closed VABF whose defects were all settled, a pre-production acceptance in
progress with results of every kind and open defects of each severity — the same whatever the
weekday — and its charts and workbook sheets built from it."""

from __future__ import annotations

from collections import Counter

import pytest

from crmdesk.domain.acceptance import (
    CampaignKind,
    CampaignStatus,
    CoverageStatus,
    DefectStatus,
    Result,
    Severity,
)
from crmdesk.domain.acceptance_rules import Criterion
from crmdesk.domain.enums import Priority
from crmdesk.services.acceptance import AcceptanceService


@pytest.fixture
def demo(demo_file):  # type: ignore[no-untyped-def]
    return AcceptanceService(demo_file)


def test_cases_cover_the_needs_in_french(demo):
    cases = demo.cases()
    assert len(cases) == 60 and cases[0].ref == "CT-001" and cases[-1].ref == "CT-060"
    assert all(2 <= len(c.steps) <= 5 for c in cases)
    assert all(c.need_refs for c in cases) and sum(1 for c in cases if c.story_refs) >= 55
    assert any("é" in c.title for c in cases)
    assert {c.priority for c in cases} == {"high", "medium"}  # from the priority of their needs
    matrix = demo.coverage()
    mandatory = [r for r in matrix.rows if r.need.priority is Priority.MANDATORY]
    uncovered = [r.need.ref for r in mandatory if r.status is CoverageStatus.NOT_COVERED]
    assert uncovered == ["BES-064", "BES-065"]
    assert {r.need.ref for r in matrix.rows if r.highlighted} >= {"BES-064", "BES-065", "BES-050"}


def test_a_closed_vabf_and_a_running_pre_production_campaign(demo):
    vabf, preprod = demo.campaigns()
    assert (vabf.kind, vabf.status, vabf.lot_name) == (CampaignKind.VABF, CampaignStatus.CLOSED, "Lot 1 – Socle commercial")
    assert vabf.counts.total == 24 and vabf.counts.passed == 24 and vabf.attempts > 24  # re-runs kept
    assert vabf.signoff is None and demo.go_no_go(vabf.id).go
    vabf_defects = demo.defects(vabf.id)
    assert {d.status for d in vabf_defects if d.campaign_id == vabf.id} <= {DefectStatus.CLOSED, DefectStatus.REJECTED}
    assert (preprod.kind, preprod.status) == (CampaignKind.PREPRODUCTION, CampaignStatus.RUNNING)
    assert preprod.start_date < demo.today() <= preprod.end_date
    counts = preprod.counts
    assert (counts.passed, counts.failed, counts.blocked, counts.not_run) == (12, 6, 2, 4)
    open_defects = demo.defects(preprod.id, open_only=True)
    severities = Counter(d.severity for d in open_defects)
    assert severities == {Severity.BLOCKING: 1, Severity.MAJOR: 3, Severity.MINOR: 2}
    assert all(d.test_case_ref and d.need_ref for d in open_defects)
    decision = demo.go_no_go(preprod.id)
    assert not decision.go
    assert decision.check(Criterion.MANDATORY_PASSED).value == 46.2
    assert [c.met for c in decision.checks] == [False, False, True]
    assert [p.ref for p in demo.retest_proposals(preprod.id)] == ["CT-013", "CT-014"]
    assert all(p.campaign_case_id for p in demo.retest_proposals(preprod.id))
    progress = demo.progress(preprod.id)
    run = [d for d in progress.days if d.executed is not None]
    assert run[0].day == preprod.start_date and run[-1].executed == 20
    assert all(d.planned is not None for d in progress.days)
    over_time = demo.open_defects_over_time()
    assert over_time[-1].total == 6 and max(d.total for d in over_time) >= 6
    audit = demo.audit(preprod.id)
    failures = [a for a in audit if a.result is Result.FAILED]
    assert len(audit) == preprod.attempts and all(a.justification and a.tester_name for a in failures)


def test_charts_render_to_png(demo, tmp_path):
    from crmdesk.charts.acceptance import (
        campaigns_chart,
        coverage_chart,
        open_defects_chart,
        progress_chart,
        save_png,
    )

    def tr(_context: str, text: str) -> str:
        return text

    campaigns = demo.campaigns()
    figures = {
        "campaigns": campaigns_chart(campaigns, tr),
        "progress": progress_chart(demo.progress(campaigns[1].id), tr, campaigns[1].name),
        "defects": open_defects_chart(demo.open_defects_over_time(), tr),
        "coverage": coverage_chart(demo.coverage(campaigns[1].id), tr),
        "empty": progress_chart(demo.progress(campaigns[0].id, today=campaigns[0].start_date), tr),
    }
    for name, figure in figures.items():
        path = save_png(figure, tmp_path / f"{name}.png")
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000


def test_project_workbook_has_the_acceptance_sheets(demo_path, workspace, tmp_path):
    from openpyxl import load_workbook

    from crmdesk.services.container import ProjectServices
    from crmdesk.services.exchange import export_project

    pf = workspace.open(demo_path)
    try:
        out = export_project(ProjectServices.over(pf), tmp_path / "projet.xlsx", "en")
    finally:
        workspace.close(pf)
    wb = load_workbook(out, read_only=True)
    try:
        assert {"Test cases", "Campaigns", "Executions (audit)", "Defects", "Needs coverage"} <= set(wb.sheetnames)
        audit = list(wb["Executions (audit)"].iter_rows(values_only=True))
        header = audit[0]
        assert header[:7] == ("Campaign", "Ref", "Test case", "Attempt", "Result", "Tester", "Executed at")
        failed = [r for r in audit[1:] if r[4] == "failed"]
        assert failed and all(r[5] and r[9] for r in failed)  # who, and the justification of the failure
        defects = list(wb["Defects"].iter_rows(values_only=True))
        assert len(defects) == 15 and defects[1][0] == "ANO-001"
        cases = list(wb["Test cases"].iter_rows(values_only=True))
        assert len(cases) == 61 and "→" in cases[1][8]
    finally:
        wb.close()
