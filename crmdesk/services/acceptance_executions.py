"""The executions (every attempt) as the runner's history, the command line and the audit
sheet show them. Read as plain tuples with their step results and defects, then assembled:
``ExecutionRead`` for the lists, ``AuditRow`` for the audit (straight from the tuples: the
audit of 30,000 attempts built and dropped as many ``ExecutionRead`` first)."""

from __future__ import annotations

from collections import defaultdict
from operator import itemgetter

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from crmdesk.domain.acceptance import AuditRow, ExecutionRead, Result, StepResult, Translate, steps_from_json
from crmdesk.domain.acceptance_rules import justification
from crmdesk.services.acceptance_attempts import RESULTS
from crmdesk.services.acceptance_queries import (
    campaign_t,
    cc_t,
    defect_t,
    exec_step_t,
    exec_t,
    person_t,
)
from crmdesk.services.tuple_reads import fetch_tuples

# Executions in time order: (time, id). Sorted in Python, which beats SQLite's walk of the
# time index (one table lookup per attempt): 0.11 s -> 0.06 s for 30,000 attempts.
_IN_TIME_ORDER = itemgetter(12, 0)
_NONE: tuple[object, ...] = ()


def _facts(conn: Connection, where: ColumnElement[bool] | None
           ) -> tuple[list[tuple], dict[int, list[StepResult]], dict[int, list[str]]]:  # type: ignore[type-arg]
    """The executions (id, campaign case, campaign, its name, case ref, case title, attempt,
    result, actual result, comment, tester id, tester name, time) in time order, their step
    results by execution and their defects' refs by execution."""
    joined = (exec_t.join(cc_t, exec_t.c.campaign_case_id == cc_t.c.id)
              .join(campaign_t, cc_t.c.campaign_id == campaign_t.c.id)
              .outerjoin(person_t, exec_t.c.tester_id == person_t.c.id))
    query = select(exec_t.c.id, exec_t.c.campaign_case_id, cc_t.c.campaign_id, campaign_t.c.name, cc_t.c.ref,
                   cc_t.c.title, exec_t.c.attempt, exec_t.c.result, exec_t.c.actual_result, exec_t.c.comment,
                   exec_t.c.tester_id, func.coalesce(person_t.c.name, ""), exec_t.c.executed_at).select_from(joined)
    rows = fetch_tuples(conn, query if where is None else query.where(where))
    if not rows:
        return [], {}, {}
    rows.sort(key=_IN_TIME_ORDER)
    # The steps and defects of the same executions, selected in SQL (no list of ids to bind);
    # all of them for all executions (those of no listed execution are never looked up).
    steps_q = select(exec_step_t.c.execution_id, exec_step_t.c.position, exec_step_t.c.result,
                     exec_step_t.c.actual_result)
    defects_q = select(defect_t.c.execution_id, defect_t.c.ref)
    if where is not None:
        wanted = select(exec_t.c.id).select_from(joined).where(where)
        steps_q = steps_q.where(exec_step_t.c.execution_id.in_(wanted))
        defects_q = defects_q.where(defect_t.c.execution_id.in_(wanted))
    else:
        defects_q = defects_q.where(defect_t.c.execution_id.is_not(None))
    steps: dict[int, list[StepResult]] = defaultdict(list)
    for eid, position, result, actual in fetch_tuples(
            conn, steps_q.order_by(exec_step_t.c.execution_id, exec_step_t.c.position)):
        steps[eid].append(StepResult(position, RESULTS[result], actual))
    defects: dict[int, list[str]] = defaultdict(list)
    for eid, ref in fetch_tuples(conn, defects_q.order_by(defect_t.c.ref)):
        defects[eid].append(ref)
    return rows, steps, defects


def read_executions(conn: Connection, where: ColumnElement[bool] | None = None) -> list[ExecutionRead]:
    rows, steps, defects = _facts(conn, where)
    return [ExecutionRead(
        eid, cc_id, campaign_id, campaign_name, ref, title, attempt, RESULTS[result], actual, comment, tester_id,
        tester_name, executed_at, tuple(steps.get(eid, _NONE)), tuple(defects.get(eid, _NONE)))  # type: ignore[arg-type]
        for (eid, cc_id, campaign_id, campaign_name, ref, title, attempt, result, actual, comment, tester_id,
             tester_name, executed_at) in rows]


def audit_rows(conn: Connection, campaign_id: int | None = None, translate: Translate | None = None) -> list[AuditRow]:
    """Every execution (all attempts) with who, when, the result and, for a KO or blocked
    attempt, the justification: failing steps, expected and actual results, comment."""
    where = cc_t.c.campaign_id == campaign_id if campaign_id is not None else None
    rows, steps, defects = _facts(conn, where)
    # the frozen steps of the cases with a failed or blocked attempt, as stored (parsed once each)
    failing = (Result.FAILED, Result.BLOCKED)
    failed = select(exec_t.c.campaign_case_id).where(exec_t.c.result.in_([str(r) for r in failing]))
    query = select(cc_t.c.id, cc_t.c.steps_json).where(cc_t.c.id.in_(failed))
    frozen = dict(fetch_tuples(conn, query if where is None else query.where(where)))  # type: ignore[arg-type]
    out = []
    for (eid, cc_id, _campaign_id, campaign_name, ref, title, attempt, result, actual, comment, _tester_id,
         tester_name, executed_at) in rows:
        result = RESULTS[result]
        why = ""
        if result in failing:
            why = justification(steps_from_json(frozen.get(cc_id) or ""), tuple(steps.get(eid, _NONE)), actual,  # type: ignore[arg-type]
                                comment, translate)
        out.append(AuditRow(campaign_name, ref, title, attempt, result, tester_name, executed_at, actual, comment, why,
                            tuple(defects.get(eid, _NONE))))  # type: ignore[arg-type]
    return out
