"""The go/no-go of many campaigns at once, for the project workbook that lists them all.

Campaign by campaign (``acceptance_coverage.go_no_go``), every campaign re-reads the needs,
its frozen cases with their attempts and the defects: ~0.65 s for 6 campaigns of 5,000 cases
(1.3 s before the reads and rules got faster). Here the needs, every copy with its latest
result and the defects are read once, as plain tuples, and each campaign then goes through the
same rules (``campaign_scope``, ``build_matrix``, ``defect_weighs_on``, ``evaluate_go_no_go``)
over its share: ~0.2 s. The property tests of ``tests/unit/acceptance/test_acceptance_decisions.py``
hold both ways to the same verdicts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from operator import itemgetter

from sqlalchemy import and_, select
from sqlalchemy.engine import Connection

from crmdesk.domain.acceptance import OPEN_DEFECT_STATUSES, CampaignRead, Result, Severity
from crmdesk.domain.acceptance_rules import GoNoGo, NeedInfo, campaign_scope, defect_weighs_on
from crmdesk.services.acceptance_attempts import RESULTS, is_latest
from crmdesk.services.acceptance_coverage import decide, frozen_matrix, lot_need_ids, need_infos
from crmdesk.services.acceptance_queries import (
    campaign_order,
    cc_t,
    defect_t,
    exec_t,
    split_refs,
)
from crmdesk.services.tuple_reads import fetch_tuples

Copy = tuple[int, str, str, Result | None, tuple[str, ...]]  # see acceptance_coverage.frozen_matrix
_RUNNING_ORDER = itemgetter(1, 7, 3)  # campaign, position, ref (as acceptance_queries.RUNNING_ORDER)


def go_no_go_many(conn: Connection, campaigns: Sequence[CampaignRead], needs: Sequence[NeedInfo] | None = None
                  ) -> dict[int, GoNoGo]:
    """Campaign id -> its go/no-go now, the same as ``acceptance_coverage.go_no_go``;
    ``needs``: ``need_infos(include_all=True)`` when the caller already read them."""
    if not campaigns:
        return {}
    ids = [c.id for c in campaigns]
    copies, held = _copies(conn, ids)
    infos = needs if needs is not None else need_infos(conn, include_all=True)
    lots = {c.lot_id: lot_need_ids(conn, c.lot_id) for c in campaigns if c.lot_id is not None}
    severities = _open_severities(conn, ids, held)
    out = {}
    for campaign in campaigns:
        lot_needs = lots[campaign.lot_id] if campaign.lot_id is not None else None
        matrix = frozen_matrix(copies.get(campaign.id, []),
                               lambda refs, lot_needs=lot_needs: campaign_scope(infos, refs, lot_needs))
        out[campaign.id] = decide(campaign, matrix, severities[campaign.id])
    return out


def _copies(conn: Connection, campaign_ids: list[int]) -> tuple[dict[int, list[Copy]], dict[int, set[int]]]:
    """The campaigns' copies in running order, each at its latest attempt there (None: never
    run), and the test cases each campaign holds."""
    latest = exec_t.alias("latest")
    query = (select(cc_t.c.id, cc_t.c.campaign_id, cc_t.c.test_case_id, cc_t.c.ref, cc_t.c.title, cc_t.c.need_refs,
                    latest.c.result, cc_t.c.position)
             .select_from(cc_t.outerjoin(latest, and_(latest.c.campaign_case_id == cc_t.c.id, is_latest(latest))))
             .where(cc_t.c.campaign_id.in_(campaign_ids)))
    rows = fetch_tuples(conn, query)
    rows.sort(key=_RUNNING_ORDER)
    copies: dict[int, list[Copy]] = defaultdict(list)
    held: dict[int, set[int]] = defaultdict(set)
    for cc_id, campaign_id, case_id, ref, title, need_refs, result, _position in rows:
        copies[campaign_id].append((cc_id, ref, title, RESULTS[result] if result is not None else None,
                                    split_refs(need_refs)))
        if case_id is not None:
            held[campaign_id].add(case_id)
    return copies, held


def _open_severities(conn: Connection, campaign_ids: list[int], held: dict[int, set[int]]
                     ) -> dict[int, list[Severity]]:
    """Per campaign, the severities of the open defects that weigh on it."""
    order = campaign_order(conn)
    open_statuses = [str(s) for s in OPEN_DEFECT_STATUSES]
    defects = fetch_tuples(conn, select(defect_t.c.severity, cc_t.c.campaign_id, defect_t.c.test_case_id)
                           .select_from(defect_t.outerjoin(exec_t, defect_t.c.execution_id == exec_t.c.id)
                                        .outerjoin(cc_t, exec_t.c.campaign_case_id == cc_t.c.id))
                           .where(defect_t.c.status.in_(open_statuses)))
    severities = {str(s): s for s in Severity}
    out: dict[int, list[Severity]] = {}
    for campaign_id in campaign_ids:
        mine = held.get(campaign_id, set())
        out[campaign_id] = [severities.get(severity) or Severity(severity) for severity, raised_in, case_id in defects
                            if campaign_id in order and defect_weighs_on(campaign_id, raised_in, case_id, mine, order)]
    return out
