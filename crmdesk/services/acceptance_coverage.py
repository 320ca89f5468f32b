"""Coverage, progress and decision reads over a connection: the traceability matrix (project
or campaign view), a campaign's scope, its go/no-go, its progress, the defect history and the
re-test proposals. The facts are loaded here; the rules that turn them into figures are the
pure ones of ``crmdesk.domain.acceptance_rules``.

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

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, tzinfo

from sqlalchemy import select
from sqlalchemy.engine import Connection

from crmdesk.domain.acceptance import (
    OPEN_DEFECT_STATUSES,
    CampaignRead,
    DefectStatus,
    Result,
    Severity,
)
from crmdesk.domain.acceptance_rules import (
    NOT_TO_BUILD,
    CoverageMatrix,
    ExitThresholds,
    GoNoGo,
    MatrixCase,
    NeedInfo,
    RetestProposal,
    build_matrix,
    campaign_scope,
    evaluate_go_no_go,
    retest_proposals,
)
from crmdesk.domain.acceptance_timeline import (
    CampaignProgress,
    DefectEvent,
    campaign_progress,
)
from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.services.acceptance_attempts import LatestAttempt, load_attempts, load_latest
from crmdesk.services.acceptance_queries import (
    campaign_defect_ids,
    case_need_t,
    case_t,
    cc_t,
    change_t,
    defect_t,
    exec_t,
    need_t,
    read_campaign,
    read_campaign_cases,
    story_need_t,
    story_t,
)
from crmdesk.services.tuple_reads import fetch_tuples

PRIORITIES = {str(p): p for p in Priority}
NEED_STATUSES = {str(s): s for s in NeedStatus}


def need_infos(conn: Connection, include_all: bool = False) -> list[NeedInfo]:
    """Needs by ref; rejected and postponed ones left out unless ``include_all``."""
    out = []
    for nid, ref, title, priority, status_text in fetch_tuples(conn, select(
            need_t.c.id, need_t.c.ref, need_t.c.title, need_t.c.priority, need_t.c.status).order_by(need_t.c.ref)):
        status = NEED_STATUSES.get(status_text) or NeedStatus(status_text)
        if include_all or status not in NOT_TO_BUILD:
            out.append(NeedInfo(nid, ref, title, PRIORITIES.get(priority) or Priority(priority), status))
    return out


def project_matrix(conn: Connection, include_all: bool = False, latest: Mapping[int, LatestAttempt] | None = None,
                   needs: Sequence[NeedInfo] | None = None) -> CoverageMatrix:
    """Needs × test cases as they are now (obsolete cases left out), each case at its latest
    attempt in any campaign. ``latest`` (``load_latest(by_case=True)``) and ``needs``
    (``need_infos(include_all=True)``): what the caller already read."""
    if latest is None:
        latest = load_latest(conn, by_case=True)
    cases = [MatrixCase(cid, ref, title, latest[cid].result if cid in latest else None)
             for cid, ref, title in fetch_tuples(conn, select(case_t.c.id, case_t.c.ref, case_t.c.title)
                                                 .where(case_t.c.status != "obsolete"))]
    links = fetch_tuples(conn, select(case_need_t.c.need_id, case_need_t.c.test_case_id))
    if needs is None:
        needs = need_infos(conn, include_all)
    elif not include_all:
        needs = [n for n in needs if n.status not in NOT_TO_BUILD]
    return build_matrix(needs, links, cases)


def lot_need_ids(conn: Connection, lot_id: int) -> set[int]:
    """The needs the stories of a lot build."""
    return {n for (n,) in conn.execute(
        select(story_need_t.c.need_id).select_from(story_need_t.join(story_t, story_need_t.c.story_id == story_t.c.id))
        .where(story_t.c.lot_id == lot_id))}


def scope_needs(conn: Connection, campaign: CampaignRead, case_refs: set[str]) -> list[NeedInfo]:
    """The needs a campaign must prove (see the module docstring)."""
    lot_needs = lot_need_ids(conn, campaign.lot_id) if campaign.lot_id is not None else None
    return campaign_scope(need_infos(conn, include_all=True), case_refs, lot_needs)


def frozen_matrix(copies: Sequence[tuple[int, str, str, Result | None, tuple[str, ...]]],
                  scope: Callable[[set[str]], list[NeedInfo]]) -> CoverageMatrix:
    """A campaign's matrix from its copies in running order, each (campaign case id, ref,
    title, latest result or None, frozen need refs); ``scope`` gives the needs from the refs
    the copies cover."""
    needs = scope({ref for _id, _ref, _title, _result, refs in copies for ref in refs})
    by_ref = {n.ref: n.id for n in needs}
    cases = [MatrixCase(cc_id, ref, title, result) for cc_id, ref, title, result, _refs in copies]
    links = [(by_ref[ref], cc_id) for cc_id, _ref, _title, _result, refs in copies for ref in refs if ref in by_ref]
    return build_matrix(needs, links, cases)


def campaign_matrix(conn: Connection, campaign_id: int) -> CoverageMatrix:
    """The campaign's scope needs × its frozen cases, each at its latest attempt there."""
    campaign = read_campaign(conn, campaign_id)
    copies = [(c.id, c.ref, c.title, c.result if c.attempts else None, c.need_refs)
              for c in read_campaign_cases(conn, campaign_id)]
    return frozen_matrix(copies, lambda refs: scope_needs(conn, campaign, refs))


def open_defect_severities(conn: Connection, campaign_id: int) -> list[Severity]:
    ids = campaign_defect_ids(conn, campaign_id)
    if not ids:
        return []
    return [Severity(s) for s, status in conn.execute(
        select(defect_t.c.severity, defect_t.c.status).where(defect_t.c.id.in_(ids)))
        if DefectStatus(status) in OPEN_DEFECT_STATUSES]


def decide(campaign: CampaignRead, matrix: CoverageMatrix, open_severities: Iterable[Severity]) -> GoNoGo:
    """The campaign's exit criteria over its matrix's mandatory needs and its open defects."""
    mandatory = [r for r in matrix.rows if r.need.priority is Priority.MANDATORY]
    thresholds = ExitThresholds(campaign.exit_mandatory_passed_pct, campaign.exit_max_blocking,
                                campaign.exit_max_major)
    return evaluate_go_no_go(thresholds, mandatory, open_severities)


def go_no_go(conn: Connection, campaign_id: int) -> GoNoGo:
    """The campaign's exit criteria evaluated now, each with its current value (the project
    workbook evaluates every campaign at once: ``acceptance_decisions``)."""
    return decide(read_campaign(conn, campaign_id), campaign_matrix(conn, campaign_id),
                  open_defect_severities(conn, campaign_id))


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
