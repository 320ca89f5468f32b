"""Coverage, progress and decision reads over a connection: the traceability matrix (project
or campaign view), a campaign's scope, its go/no-go, its progress, the defect history, the
re-test proposals and the audit rows. The facts are loaded here; the rules that turn them into
figures are the pure ones of ``crmdesk.domain.acceptance_rules``.

Two views of coverage, on purpose:
* the project view links needs and cases as they are now, each case at its latest attempt in
  any campaign;
* a campaign view uses what the campaign froze (the need refs of each copy), each copy at its
  latest attempt in that campaign, so a past campaign's coverage never changes.

A campaign's scope is the needs its cases cover, plus the needs that must be proven there: the
needs built by the stories of its lot, or, for a campaign without a lot, every mandatory need
still to build. A need of the scope with no case in the campaign is "not covered".
"""

from __future__ import annotations

from datetime import date, tzinfo

from sqlalchemy import select
from sqlalchemy.engine import Connection

from crmdesk.domain.acceptance import (
    OPEN_DEFECT_STATUSES,
    AuditRow,
    CampaignRead,
    DefectStatus,
    Result,
    Severity,
    Translate,
)
from crmdesk.domain.acceptance_rules import (
    CoverageMatrix,
    ExitThresholds,
    GoNoGo,
    MatrixCase,
    NeedInfo,
    RetestProposal,
    build_matrix,
    evaluate_go_no_go,
    justification,
    latest_results,
    retest_proposals,
)
from crmdesk.domain.acceptance_timeline import (
    CampaignProgress,
    DefectEvent,
    campaign_progress,
)
from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.services.acceptance_queries import (
    campaign_defect_ids,
    case_need_t,
    case_t,
    cc_t,
    change_t,
    defect_t,
    exec_t,
    load_attempts,
    need_t,
    read_campaign,
    read_campaign_cases,
    read_executions,
    steps_from_json,
    story_need_t,
    story_t,
)

NOT_TO_BUILD = (NeedStatus.REJECTED, NeedStatus.POSTPONED)


def need_infos(conn: Connection, include_all: bool = False) -> list[NeedInfo]:
    """Needs by ref; rejected and postponed ones left out unless ``include_all``."""
    out = []
    for nid, ref, title, priority, status in conn.execute(
            select(need_t.c.id, need_t.c.ref, need_t.c.title, need_t.c.priority, need_t.c.status).order_by(need_t.c.ref)):
        if include_all or NeedStatus(status) not in NOT_TO_BUILD:
            out.append(NeedInfo(nid, ref, title, Priority(priority), NeedStatus(status)))
    return out


def project_matrix(conn: Connection, include_all: bool = False) -> CoverageMatrix:
    """Needs × test cases as they are now (obsolete cases left out), each case at its latest
    attempt in any campaign."""
    latest = latest_results(load_attempts(conn, by_case=True))
    cases = [MatrixCase(cid, ref, title, latest.get(cid)) for cid, ref, title in conn.execute(
        select(case_t.c.id, case_t.c.ref, case_t.c.title).where(case_t.c.status != "obsolete"))]
    links = conn.execute(select(case_need_t.c.need_id, case_need_t.c.test_case_id)).all()
    return build_matrix(need_infos(conn, include_all), [(n, c) for n, c in links], cases)


def scope_needs(conn: Connection, campaign: CampaignRead, case_refs: set[str]) -> list[NeedInfo]:
    """The needs a campaign must prove (see the module docstring)."""
    infos = need_infos(conn, include_all=True)
    if campaign.lot_id is not None:
        of_lot = {n for (n,) in conn.execute(
            select(story_need_t.c.need_id).select_from(story_need_t.join(story_t, story_need_t.c.story_id == story_t.c.id))
            .where(story_t.c.lot_id == campaign.lot_id))}
        return [n for n in infos if n.ref in case_refs or (n.id in of_lot and n.status not in NOT_TO_BUILD)]
    return [n for n in infos if n.ref in case_refs
            or (n.priority is Priority.MANDATORY and n.status not in NOT_TO_BUILD)]


def campaign_matrix(conn: Connection, campaign_id: int) -> CoverageMatrix:
    """The campaign's scope needs × its frozen cases, each at its latest attempt there."""
    campaign = read_campaign(conn, campaign_id)
    copies = read_campaign_cases(conn, campaign_id)
    refs = {ref for c in copies for ref in c.need_refs}
    needs = scope_needs(conn, campaign, refs)
    by_ref = {n.ref: n.id for n in needs}
    cases = [MatrixCase(c.id, c.ref, c.title, c.result if c.attempts else None) for c in copies]
    links = [(by_ref[ref], c.id) for c in copies for ref in c.need_refs if ref in by_ref]
    return build_matrix(needs, links, cases)


def open_defect_severities(conn: Connection, campaign_id: int) -> list[Severity]:
    ids = campaign_defect_ids(conn, campaign_id)
    if not ids:
        return []
    return [Severity(s) for s, status in conn.execute(
        select(defect_t.c.severity, defect_t.c.status).where(defect_t.c.id.in_(ids)))
        if DefectStatus(status) in OPEN_DEFECT_STATUSES]


def go_no_go(conn: Connection, campaign_id: int) -> GoNoGo:
    """The campaign's exit criteria evaluated now, each with its current value."""
    campaign = read_campaign(conn, campaign_id)
    matrix = campaign_matrix(conn, campaign_id)
    mandatory = [r for r in matrix.rows if r.need.priority is Priority.MANDATORY]
    thresholds = ExitThresholds(campaign.exit_mandatory_passed_pct, campaign.exit_max_blocking,
                                campaign.exit_max_major)
    return evaluate_go_no_go(thresholds, mandatory, open_defect_severities(conn, campaign_id))


def progress(conn: Connection, campaign_id: int, today: date, tz: tzinfo | None = None) -> CampaignProgress:
    campaign = read_campaign(conn, campaign_id)
    case_ids = [i for (i,) in conn.execute(select(cc_t.c.id).where(cc_t.c.campaign_id == campaign_id))]
    return campaign_progress(case_ids, load_attempts(conn, campaign_id), campaign.start_date, campaign.end_date,
                             today, tz)


def defect_events(conn: Connection, defect_ids: set[int] | None = None) -> list[DefectEvent]:
    query = select(change_t.c.defect_id, change_t.c.field, change_t.c.old_value, change_t.c.new_value,
                   change_t.c.changed_at)
    if defect_ids is not None:
        query = query.where(change_t.c.defect_id.in_(list(defect_ids)))
    return [DefectEvent(*row) for row in conn.execute(query.order_by(change_t.c.changed_at, change_t.c.id))]


def retest(conn: Connection, campaign_id: int | None = None) -> list[RetestProposal]:
    """Cases linked to a defect waiting for its re-test (directly, or through the execution
    that found it); with ``campaign_id``, each says whether that campaign already holds it."""
    rows = conn.execute(select(defect_t.c.ref, defect_t.c.status, defect_t.c.test_case_id, cc_t.c.test_case_id)
                        .select_from(defect_t.outerjoin(exec_t, defect_t.c.execution_id == exec_t.c.id)
                                     .outerjoin(cc_t, exec_t.c.campaign_case_id == cc_t.c.id))
                        .where(defect_t.c.status == DefectStatus.TO_RETEST)).all()
    defects = [(ref, DefectStatus(status), case_id if case_id is not None else via) for ref, status, case_id, via in rows]
    wanted = {c for _, _, c in defects if c is not None}
    cases = {cid: (ref, title) for cid, ref, title in conn.execute(
        select(case_t.c.id, case_t.c.ref, case_t.c.title).where(case_t.c.id.in_(wanted)))} if wanted else {}
    target = {}
    if campaign_id is not None:
        target = {case: cc for cc, case in conn.execute(select(cc_t.c.id, cc_t.c.test_case_id).where(
            cc_t.c.campaign_id == campaign_id, cc_t.c.test_case_id.is_not(None)))}
    return retest_proposals(defects, cases, target)


def audit_rows(conn: Connection, campaign_id: int | None = None, translate: Translate | None = None) -> list[AuditRow]:
    """Every execution (all attempts) with who, when, the result and, for a KO or blocked
    attempt, the justification: failing steps, expected and actual results, comment."""
    where = cc_t.c.campaign_id == campaign_id if campaign_id is not None else None
    # the cases' steps as stored: only those of failed or blocked attempts are parsed
    query = select(cc_t.c.id, cc_t.c.steps_json)
    steps = dict(conn.execute(query if where is None else query.where(where)).all())
    out = []
    for e in read_executions(conn, where):
        why = ""
        if e.result in (Result.FAILED, Result.BLOCKED):
            why = justification(steps_from_json(steps.get(e.campaign_case_id) or ""), e.steps, e.actual_result,
                                e.comment, translate)
        out.append(AuditRow(e.campaign_name, e.case_ref, e.case_title, e.attempt, e.result, e.tester_name,
                            e.executed_at, e.actual_result, e.comment, why, e.defect_refs))
    return out

