"""The acceptance sheets of the project workbook: the test cases with their steps, the
campaigns with their counts and go/no-go, the audit of every execution (who, when, the result
and the justification of each failure), the defects and the traceability of the needs.
Numbers are written as numbers, never formulas; text always stays text."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from crmdesk.domain.acceptance import (
    AuditRow,
    CampaignRead,
    CoverageStatus,
    DefectRead,
    DefectStatus,
    Result,
    Severity,
    TestCaseRead,
    TestCaseStatus,
    TestPriority,
    label,
)
from crmdesk.domain.acceptance_rules import CoverageMatrix, GoNoGo
from crmdesk.domain.labels import PRIORITY_LABELS
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.exchange.workbook import ColumnSpec, SheetSpec
from crmdesk.i18n import Translate

if TYPE_CHECKING:
    from crmdesk.services.container import ProjectServices

CONTEXT = "Export"

CASES_SHEET = QT_TRANSLATE_NOOP("Export", "Test cases")
CAMPAIGNS_SHEET = QT_TRANSLATE_NOOP("Export", "Campaigns")
AUDIT_SHEET = QT_TRANSLATE_NOOP("Export", "Executions (audit)")
DEFECTS_SHEET = QT_TRANSLATE_NOOP("Export", "Defects")
COVERAGE_SHEET = QT_TRANSLATE_NOOP("Export", "Needs coverage")

H_REF = QT_TRANSLATE_NOOP("Export", "Ref")
H_TITLE = QT_TRANSLATE_NOOP("Export", "Title")
H_PRIORITY = QT_TRANSLATE_NOOP("Export", "Priority")
H_STATUS = QT_TRANSLATE_NOOP("Export", "Status")
H_LOT = QT_TRANSLATE_NOOP("Export", "Lot")
H_NEEDS = QT_TRANSLATE_NOOP("Export", "Linked needs")
H_STORIES = QT_TRANSLATE_NOOP("Export", "Linked stories")
H_PRECONDITIONS = QT_TRANSLATE_NOOP("Export", "Preconditions")
H_STEPS = QT_TRANSLATE_NOOP("Export", "Steps (action → expected result)")
H_LAST_RESULT = QT_TRANSLATE_NOOP("Export", "Last result")
H_NAME = QT_TRANSLATE_NOOP("Export", "Name")
H_KIND = QT_TRANSLATE_NOOP("Export", "Kind")
H_START = QT_TRANSLATE_NOOP("Export", "Start")
H_END = QT_TRANSLATE_NOOP("Export", "End")
H_TESTERS = QT_TRANSLATE_NOOP("Export", "Testers")
H_CASES = QT_TRANSLATE_NOOP("Export", "Cases")
H_PROGRESS = QT_TRANSLATE_NOOP("Export", "Progress (%)")
H_ATTEMPTS = QT_TRANSLATE_NOOP("Export", "Attempts")
H_GO = QT_TRANSLATE_NOOP("Export", "Go/no-go now")
H_DECISION = QT_TRANSLATE_NOOP("Export", "Sign-off decision")
H_SIGNED_ON = QT_TRANSLATE_NOOP("Export", "Signed on")
H_ENTRY = QT_TRANSLATE_NOOP("Export", "Entry criteria")
H_EXIT = QT_TRANSLATE_NOOP("Export", "Exit criteria")
H_CAMPAIGN = QT_TRANSLATE_NOOP("Export", "Campaign")
H_TEST_CASE = QT_TRANSLATE_NOOP("Export", "Test case")
H_ATTEMPT = QT_TRANSLATE_NOOP("Export", "Attempt")
H_RESULT = QT_TRANSLATE_NOOP("Export", "Result")
H_TESTER = QT_TRANSLATE_NOOP("Export", "Tester")
H_EXECUTED_AT = QT_TRANSLATE_NOOP("Export", "Executed at")
H_ACTUAL = QT_TRANSLATE_NOOP("Export", "Actual result")
H_COMMENT = QT_TRANSLATE_NOOP("Export", "Comment")
H_JUSTIFICATION = QT_TRANSLATE_NOOP("Export", "Justification of the failure")
H_DEFECTS = QT_TRANSLATE_NOOP("Export", "Defects")
H_SEVERITY = QT_TRANSLATE_NOOP("Export", "Severity")
H_STORY = QT_TRANSLATE_NOOP("Export", "Story")
H_NEED = QT_TRANSLATE_NOOP("Export", "Need")
H_TICKET = QT_TRANSLATE_NOOP("Export", "Vendor ticket")
H_CREATED = QT_TRANSLATE_NOOP("Export", "Created")
H_CLOSED = QT_TRANSLATE_NOOP("Export", "Closed")
H_DESCRIPTION = QT_TRANSLATE_NOOP("Export", "Description")
H_TEST_CASES = QT_TRANSLATE_NOOP("Export", "Test cases (latest result)")
GO = QT_TRANSLATE_NOOP("Export", "go")
NO_GO = QT_TRANSLATE_NOOP("Export", "no-go")


def sheets(services: ProjectServices, translate: Translate) -> list[SheetSpec]:
    """Read the acceptance data (on the caller's thread) and describe its sheets. One read
    transaction, so the sheets show one moment; what several sheets need is read once (every
    need, each test case's latest attempt)."""
    from crmdesk.services.acceptance_attempts import load_latest
    from crmdesk.services.acceptance_coverage import need_infos, project_matrix
    from crmdesk.services.acceptance_decisions import go_no_go_many
    from crmdesk.services.acceptance_executions import audit_rows
    from crmdesk.services.acceptance_queries import read_campaigns, read_cases, read_defects

    with services.file.reading() as conn:
        campaigns = read_campaigns(conn)
        needs = need_infos(conn, include_all=True)
        latest = load_latest(conn, by_case=True)
        decisions = go_no_go_many(conn, campaigns, needs)
        cases = read_cases(conn, latest=latest)
        audit = audit_rows(conn, None, translate)
        defects = read_defects(conn)
        coverage = project_matrix(conn, latest=latest, needs=needs)
    return acceptance_sheets(cases, campaigns, decisions, audit, defects, coverage, translate)


def _steps_text(case: TestCaseRead) -> str:
    return "\n".join(f"{n}. {s.action or '…'} → {s.expected}" for n, s in enumerate(case.steps, start=1))


def acceptance_sheets(cases: list[TestCaseRead], campaigns: list[CampaignRead], decisions: dict[int, GoNoGo],
                      audit: list[AuditRow], defects: list[DefectRead], coverage: CoverageMatrix,
                      translate: Translate) -> list[SheetSpec]:
    def tx(text: str) -> str:
        return translate(CONTEXT, text)

    def spec(header: str, width: float, wrap: bool = False, kind: str = "text") -> ColumnSpec:
        return ColumnSpec(tx(header), width, wrap=wrap, kind=kind)

    def labels(enum: type[StrEnum]) -> dict[StrEnum, str]:  # each label translated once, not once a cell
        return {member: label(member, translate) for member in enum}

    priority_of, case_status_of, result_of = labels(TestPriority), labels(TestCaseStatus), labels(Result)

    case_columns = [spec(H_REF, 9), spec(H_TITLE, 40, True), spec(H_PRIORITY, 10), spec(H_STATUS, 10),
                    spec(H_LOT, 24), spec(H_NEEDS, 16, True), spec(H_STORIES, 16, True),
                    spec(H_PRECONDITIONS, 30, True), spec(H_STEPS, 70, True), spec(H_LAST_RESULT, 12)]
    case_rows = [[c.ref, c.title, priority_of[c.priority], case_status_of[c.status], c.lot_name,
                  ", ".join(c.need_refs), ", ".join(c.story_refs), c.preconditions, _steps_text(c),
                  result_of[c.last_result] if c.last_result else ""] for c in cases]

    campaign_columns = [spec(H_NAME, 34, True), spec(H_KIND, 18), spec(H_STATUS, 10), spec(H_START, 12, kind="date"),
                        spec(H_END, 12, kind="date"), spec(H_LOT, 24), spec(H_TESTERS, 30, True),
                        spec(H_CASES, 8, kind="int")]
    campaign_columns += [ColumnSpec(label(r, translate), 10, kind="int") for r in Result]
    campaign_columns += [spec(H_PROGRESS, 11, kind="int"), spec(H_ATTEMPTS, 10, kind="int"), spec(H_GO, 11),
                         spec(H_DECISION, 22), spec(H_SIGNED_ON, 12, kind="date"), spec(H_ENTRY, 40, True),
                         spec(H_EXIT, 40, True)]
    campaign_rows = []
    for c in campaigns:
        decision = decisions.get(c.id)
        campaign_rows.append(
            [c.name, label(c.kind, translate), label(c.status, translate), c.start_date, c.end_date, c.lot_name,
             ", ".join(c.tester_names), c.counts.total, *[c.counts.of(r) for r in Result], round(100 * c.progress),
             c.attempts, tx(GO if decision.go else NO_GO) if decision else "",
             label(c.signoff.decision, translate) if c.signoff else "", c.signoff.signed_on if c.signoff else None,
             c.entry_criteria, c.exit_criteria])

    audit_columns = [spec(H_CAMPAIGN, 30, True), spec(H_REF, 9), spec(H_TEST_CASE, 36, True),
                     spec(H_ATTEMPT, 8, kind="int"), spec(H_RESULT, 11), spec(H_TESTER, 20),
                     spec(H_EXECUTED_AT, 17, kind="datetime"), spec(H_ACTUAL, 36, True), spec(H_COMMENT, 30, True),
                     spec(H_JUSTIFICATION, 60, True), spec(H_DEFECTS, 12, True)]
    audit_rows = [[a.campaign_name, a.case_ref, a.case_title, a.attempt, result_of[a.result], a.tester_name,
                   a.executed_at, a.actual_result, a.comment, a.justification, ", ".join(a.defect_refs)]
                  for a in audit]

    defect_columns = [spec(H_REF, 9), spec(H_TITLE, 40, True), spec(H_SEVERITY, 10), spec(H_STATUS, 12),
                      spec(H_CAMPAIGN, 28, True), spec(H_TEST_CASE, 9), spec(H_STORY, 9), spec(H_NEED, 9),
                      spec(H_TICKET, 14), spec(H_CREATED, 17, kind="datetime"), spec(H_CLOSED, 17, kind="datetime"),
                      spec(H_DESCRIPTION, 60, True)]
    severity_of, defect_status_of = labels(Severity), labels(DefectStatus)
    defect_rows = [[d.ref, d.title, severity_of[d.severity], defect_status_of[d.status], d.campaign_name,
                    d.test_case_ref, d.story_ref, d.need_ref, d.vendor_ticket, d.created_at, d.closed_at or "",
                    d.description] for d in defects]

    names = {c.id: c for c in coverage.cases}
    coverage_columns = [spec(H_REF, 9), spec(H_NEED, 44, True), spec(H_PRIORITY, 11), spec(H_STATUS, 12),
                        spec(H_TEST_CASES, 50, True)]
    need_priority_of = {p: translate("Priority", text) for p, text in PRIORITY_LABELS.items()}
    coverage_status_of = labels(CoverageStatus)
    coverage_rows = []
    for row in coverage.rows:
        refs = ", ".join(f"{names[i].ref} ({result_of[names[i].result or Result.NOT_RUN]})" for i in row.case_ids)
        coverage_rows.append([row.need.ref, row.need.title, need_priority_of[row.need.priority],
                              coverage_status_of[row.status], refs])
    return [
        SheetSpec(tx(CASES_SHEET), case_columns, case_rows),
        SheetSpec(tx(CAMPAIGNS_SHEET), campaign_columns, campaign_rows),
        SheetSpec(tx(AUDIT_SHEET), audit_columns, audit_rows),
        SheetSpec(tx(DEFECTS_SHEET), defect_columns, defect_rows),
        SheetSpec(tx(COVERAGE_SHEET), coverage_columns, coverage_rows),
    ]
