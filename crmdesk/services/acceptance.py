"""The acceptance area (recette): test cases, campaigns, the execution runner, defects,
coverage, go/no-go and the sign-off.

``AcceptanceService`` is one object for the UI; its writes come from mixins kept in their own
modules (``acceptance_cases``, ``acceptance_campaigns``, ``acceptance_runs``,
``acceptance_defects``, ``acceptance_signoff``). Every write is one transaction, so one undo
step, returning ``Changes``; the reads here return frozen ``*Read`` objects and the figures of
the pure rules. ``translate`` (context, text) is the language texts written into the file take
(the description of a defect created by a KO, default reservations); None keeps English.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from pathlib import Path

from sqlalchemy import func, select

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.acceptance import (
    OPEN_DEFECT_STATUSES,
    AuditRow,
    CampaignCaseRead,
    CampaignRead,
    DefectChangeRead,
    DefectRead,
    ExecutionRead,
    TestCaseRead,
    Translate,
)
from crmdesk.domain.acceptance_rules import CoverageMatrix, GoNoGo, RetestProposal
from crmdesk.domain.acceptance_signoff import SignoffReport
from crmdesk.domain.acceptance_timeline import (
    CampaignProgress,
    OpenDefectsDay,
    open_defects_by_day,
)
from crmdesk.domain.enums import Priority
from crmdesk.services import acceptance_coverage as coverage
from crmdesk.services.acceptance_campaigns import CampaignWrites
from crmdesk.services.acceptance_cases import TestCaseWrites
from crmdesk.services.acceptance_defects import DefectWrites
from crmdesk.services.acceptance_executions import audit_rows, read_executions
from crmdesk.services.acceptance_queries import (
    CampaignChoice,
    campaign_by_name,
    campaign_defect_ids,
    case_t,
    cc_t,
    change_t,
    defect_t,
    exec_t,
    open_defects_by_story,
    read_campaign,
    read_campaign_case,
    read_campaign_cases,
    read_campaign_choices,
    read_campaign_with_cases,
    read_campaigns,
    read_case,
    read_cases,
    read_defect,
    read_defects,
)
from crmdesk.services.acceptance_runs import ExecutionWrites
from crmdesk.services.acceptance_signoff import SignoffWrites, build_report


class AcceptanceService(TestCaseWrites, CampaignWrites, ExecutionWrites, DefectWrites, SignoffWrites):
    """``tz`` is the time zone whose calendar days the charts use (None: the system's)."""

    def __init__(self, project: ProjectFile, translate: Translate | None = None, tz: tzinfo | None = None) -> None:
        self._pf = project
        self._translate = translate
        self._tz = tz

    def today(self) -> date:
        return datetime.now(self._tz).date() if self._tz is not None else date.today()

    # ------------------------------------------------------------------ test cases
    def cases(self) -> list[TestCaseRead]:
        """Every test case by ref, with its steps, links and latest result."""
        with self._pf.reading() as conn:
            return read_cases(conn)

    def case_count(self) -> int:
        with self._pf.reading() as conn:
            return int(conn.execute(select(func.count()).select_from(case_t)).scalar() or 0)

    def case(self, case_id: int) -> TestCaseRead:
        with self._pf.reading() as conn:
            return read_case(conn, case_id)

    # ------------------------------------------------------------------ campaigns
    def campaigns(self) -> list[CampaignRead]:
        """Every campaign by start date, with its counts by result and its sign-off."""
        with self._pf.reading() as conn:
            return read_campaigns(conn)

    def campaign_choices(self) -> list[CampaignChoice]:
        """Every campaign's id, name and status, in the order of ``campaigns()``: what a
        chooser lists, without counting every campaign's attempts (~25 ms on 30,000)."""
        with self._pf.reading() as conn:
            return read_campaign_choices(conn)

    def campaign(self, campaign_id: int) -> CampaignRead:
        with self._pf.reading() as conn:
            return read_campaign(conn, campaign_id)

    def campaign_named(self, name: str) -> CampaignRead:
        """The campaign of that name (case-insensitive); NotFound otherwise."""
        with self._pf.reading() as conn:
            return read_campaign(conn, campaign_by_name(conn, name))

    def campaign_with_cases(self, campaign_id: int) -> tuple[CampaignRead, list[CampaignCaseRead]]:
        """The campaign and its frozen cases (what the runner shows), its counts made from
        those cases: one pass over the attempts instead of two."""
        with self._pf.reading() as conn:
            return read_campaign_with_cases(conn, campaign_id)

    def campaign_cases(self, campaign_id: int) -> list[CampaignCaseRead]:
        """The campaign's frozen cases in running order, each with its latest result."""
        with self._pf.reading() as conn:
            return read_campaign_cases(conn, campaign_id)

    def campaign_case(self, campaign_case_id: int) -> CampaignCaseRead:
        with self._pf.reading() as conn:
            return read_campaign_case(conn, campaign_case_id)

    # ------------------------------------------------------------------ executions
    def executions(self, campaign_id: int | None = None, campaign_case_id: int | None = None) -> list[ExecutionRead]:
        """Attempts in time order: of one campaign case, of one campaign, or all."""
        where = None
        if campaign_case_id is not None:
            where = exec_t.c.campaign_case_id == campaign_case_id
        elif campaign_id is not None:
            where = cc_t.c.campaign_id == campaign_id
        with self._pf.reading() as conn:
            return read_executions(conn, where)

    def audit(self, campaign_id: int | None = None) -> list[AuditRow]:
        """Every execution with who, when, the result and the justification of failures."""
        with self._pf.reading() as conn:
            return audit_rows(conn, campaign_id, self._translate)

    # ------------------------------------------------------------------ defects
    def defects(self, campaign_id: int | None = None, open_only: bool = False) -> list[DefectRead]:
        """Defects by ref; of one campaign (raised there or linked to one of its cases)."""
        with self._pf.reading() as conn:
            where = None
            if campaign_id is not None:
                where = defect_t.c.id.in_(list(campaign_defect_ids(conn, campaign_id)))
            found = read_defects(conn, where)
        return [d for d in found if d.is_open] if open_only else found

    def defect(self, defect_id: int) -> DefectRead:
        with self._pf.reading() as conn:
            return read_defect(conn, defect_id)

    def defect_history(self, defect_id: int) -> list[DefectChangeRead]:
        with self._pf.reading() as conn:
            rows = conn.execute(change_t.select().where(change_t.c.defect_id == defect_id)
                                .order_by(change_t.c.changed_at, change_t.c.id)).mappings()
            return [DefectChangeRead(r["defect_id"], r["field"], r["old_value"], r["new_value"], r["changed_at"])
                    for r in rows]

    def open_defects_over_time(self, campaign_id: int | None = None, start: date | None = None,
                               end: date | None = None) -> list[OpenDefectsDay]:
        """Open defects by severity at the end of each day, up to today (default from the
        campaign's start, or the first defect)."""
        with self._pf.reading() as conn:
            ids = campaign_defect_ids(conn, campaign_id) if campaign_id is not None else None
            events = coverage.defect_events(conn, ids)
            if campaign_id is not None and start is None:
                start = read_campaign(conn, campaign_id).start_date
        return open_defects_by_day(events, start, end or self.today(), self._tz)

    def open_defect_count(self) -> int:
        with self._pf.reading() as conn:
            return int(conn.execute(select(func.count()).select_from(defect_t).where(
                defect_t.c.status.in_([str(s) for s in OPEN_DEFECT_STATUSES]))).scalar() or 0)

    def open_defects_by_story(self) -> dict[int, int]:
        """Story id -> number of open defects (the board's badge)."""
        with self._pf.reading() as conn:
            return open_defects_by_story(conn)

    def retest_proposals(self, campaign_id: int | None = None) -> list[RetestProposal]:
        """The cases to run again because a defect of theirs waits for its re-test; with a
        campaign, each says whether that campaign already holds it (run it again there) or
        not (add it)."""
        with self._pf.reading() as conn:
            return coverage.retest(conn, campaign_id)

    # ------------------------------------------------------------------ coverage and decision
    def coverage(self, campaign_id: int | None = None, priority: Priority | None = None,
                 include_all: bool = False) -> CoverageMatrix:
        """The traceability matrix needs × test cases: the project view (links as they are now,
        latest results of any campaign; rejected and postponed needs left out unless
        ``include_all``), or one campaign's frozen view of its scope. Filtered by priority."""
        with self._pf.reading() as conn:
            matrix = (coverage.campaign_matrix(conn, campaign_id) if campaign_id is not None
                      else coverage.project_matrix(conn, include_all))
        return matrix.filtered(priority)

    def go_no_go(self, campaign_id: int) -> GoNoGo:
        with self._pf.reading() as conn:
            return coverage.go_no_go(conn, campaign_id)

    def go_no_go_many(self, campaigns: Sequence[CampaignRead]) -> dict[int, GoNoGo]:
        """Campaign id -> its go/no-go, as ``go_no_go`` gives it, for many campaigns read in one
        pass (the project workbook lists them all)."""
        from crmdesk.services.acceptance_decisions import go_no_go_many

        with self._pf.reading() as conn:
            return go_no_go_many(conn, campaigns)

    def progress(self, campaign_id: int, today: date | None = None) -> CampaignProgress:
        with self._pf.reading() as conn:
            return coverage.progress(conn, campaign_id, today or self.today(), self._tz)

    # ------------------------------------------------------------------ sign-off
    def signoff_report(self, campaign_id: int, translate: Translate | None = None,
                       today: date | None = None) -> SignoffReport:
        """Everything the PV de recette shows (recorded decision, or the figures' proposal)."""
        with self._pf.reading() as conn:
            return build_report(conn, campaign_id, translate or self._translate, today or self.today())

    def write_signoff_pdf(self, campaign_id: int, out: Path | str, translate: Translate | None = None,
                          today: date | None = None) -> Path:
        """The PV de recette as a PDF (reportlab, imported here, on first use)."""
        from crmdesk.exchange.signoff_pdf import write_signoff_pdf

        report = self.signoff_report(campaign_id, translate, today)
        return write_signoff_pdf(out, report, translate or self._translate)
