"""The execution runner's writes: record an attempt (every attempt kept), with its step
results, and what a KO implies for defects, in ONE transaction.

Rules (see ``record_attempt``):
* The case result defaults to what the steps say (any KO → KO…); a case cannot be OK with a KO
  or blocked step.
* Recording in a planned campaign starts it; a closed campaign refuses.
* A KO on a case that has no open defect creates one, pre-filled (title of the case, the
  failing steps as description, major by default) and linked to the execution, the case, the
  most important need it covers and a story that builds it. A KO on a case whose defect waits
  for its re-test sends that defect back to correction instead of creating a duplicate; a case
  with a defect still open (new, in correction) gets no second one.
* A pass on a case whose defects wait for their re-test lists them, for the pilot to close.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.acceptance import (
    OPEN_DEFECT_STATUSES,
    CampaignStatus,
    DefectStatus,
    Result,
    RunOutcome,
    Severity,
    StepResult,
    Translate,
    steps_from_json,
)
from crmdesk.domain.acceptance_rules import (
    check_case_result,
    justification,
    rollup_steps,
)
from crmdesk.domain.acceptance_values import (
    DefectDraft,
    clean_result,
    clean_step_results,
)
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import Priority
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.needs import TEXT_MAX, TITLE_MAX
from crmdesk.services.acceptance_campaigns import check_not_closed
from crmdesk.services.acceptance_defects import insert_defect, set_status_in
from crmdesk.services.acceptance_executions import read_executions
from crmdesk.services.acceptance_queries import (
    campaign_t,
    case_story_t,
    cc_t,
    defect_t,
    exec_step_t,
    exec_t,
    need_t,
    person_t,
    read_defects,
    split_refs,
    story_need_t,
    story_t,
)
from crmdesk.services.sprint_history import stamp

FOUND_BY = QT_TRANSLATE_NOOP("Acceptance", "Found by {ref} (attempt {attempt}) in the campaign \"{campaign}\".")
_PRIORITY_RANK = {Priority.MANDATORY: 0, Priority.DESIRED: 1, Priority.OPTIONAL: 2}


@dataclass(frozen=True)
class RecordedAttempt:
    execution_id: int
    campaign_id: int
    defect_id: int | None
    reopened: tuple[int, ...]
    to_close: tuple[int, ...]


def record_attempt(conn: Connection, campaign_case_id: int, result: Result | str | None,
                   step_results: Sequence[StepResult | tuple[object, ...]], actual: str, comment: str,
                   tester_id: int | None, when: str, create_defect: bool = True,
                   severity: Severity = Severity.MAJOR, translate: Translate | None = None) -> RecordedAttempt:
    """Record one attempt (Core, in the caller's transaction); see the module docstring."""
    cc = conn.execute(select(cc_t).where(cc_t.c.id == campaign_case_id)).mappings().first()
    if cc is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This case is no longer in the campaign."))
    campaign_id = cc["campaign_id"]
    if check_not_closed(conn, campaign_id) is CampaignStatus.PLANNED:
        start = conn.execute(select(campaign_t.c.start_date).where(campaign_t.c.id == campaign_id)).scalar()
        conn.execute(campaign_t.update().where(campaign_t.c.id == campaign_id).values(
            status=str(CampaignStatus.RUNNING), start_date=start or when[:10]))
    steps = steps_from_json(cc["steps_json"])
    results = clean_step_results(step_results, len(steps))
    outcome = clean_result(result) if result not in (None, "") else rollup_steps(s.result for s in results)
    if outcome is None:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Give a result for the case or for its steps."))
    check_case_result(outcome, results)
    for text in (actual, comment):
        if len(text or "") > TEXT_MAX:
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A text is limited to {n} characters."), n=TEXT_MAX)
    if tester_id is not None and conn.execute(select(person_t.c.id).where(person_t.c.id == tester_id)).first() is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This person no longer exists."))
    attempt = conn.execute(select(func.coalesce(func.max(exec_t.c.attempt), 0))
                           .where(exec_t.c.campaign_case_id == campaign_case_id)).scalar_one() + 1
    execution_id = int(conn.execute(exec_t.insert().values(
        campaign_case_id=campaign_case_id, attempt=attempt, result=str(outcome), actual_result=actual or "",
        comment=comment or "", tester_id=tester_id, executed_at=when)).inserted_primary_key[0])
    if results:
        conn.execute(exec_step_t.insert(), [{"execution_id": execution_id, "position": s.position,
                                             "result": str(s.result), "actual_result": s.actual_result}
                                            for s in results])
    case_id = cc["test_case_id"]
    open_ones = [] if case_id is None else conn.execute(
        select(defect_t.c.id, defect_t.c.status).where(defect_t.c.test_case_id == case_id,
                                                       defect_t.c.status.in_([str(s) for s in OPEN_DEFECT_STATUSES]))
        .order_by(defect_t.c.ref)).all()
    waiting = [i for i, status in open_ones if status == DefectStatus.TO_RETEST]
    defect_id, reopened, to_close = None, (), ()
    if outcome is Result.FAILED:
        if waiting:
            reopened = tuple(set_status_in(conn, waiting, DefectStatus.IN_CORRECTION, when))
        elif create_defect and not open_ones:
            draft = _prefilled(conn, cc, attempt, steps, results, actual, comment, execution_id, severity, translate)
            defect_id = insert_defect(conn, draft, when)
    elif outcome is Result.PASSED:
        to_close = tuple(waiting)
    return RecordedAttempt(execution_id, campaign_id, defect_id, reopened, to_close)


def _prefilled(conn: Connection, cc, attempt, steps, results, actual, comment, execution_id,  # type: ignore[no-untyped-def]
               severity: Severity, translate: Translate | None) -> DefectDraft:
    campaign = conn.execute(select(campaign_t.c.name).where(campaign_t.c.id == cc["campaign_id"])).scalar() or ""
    header = (translate("Acceptance", FOUND_BY) if translate else FOUND_BY).replace("{ref}", cc["ref"]).replace(
        "{attempt}", str(attempt)).replace("{campaign}", campaign)
    body = justification(steps, results, actual or "", comment or "", translate)
    need_id = _main_need(conn, split_refs(cc["need_refs"]))
    return DefectDraft(title=cc["title"][:TITLE_MAX], description=(header + "\n" + body).strip()[:TEXT_MAX],
                       severity=severity, execution_id=execution_id, test_case_id=cc["test_case_id"],
                       need_id=need_id, story_id=_main_story(conn, cc["test_case_id"], need_id))


def _main_need(conn: Connection, refs: Sequence[str]) -> int | None:
    if not refs:
        return None
    rows = conn.execute(select(need_t.c.id, need_t.c.ref, need_t.c.priority).where(need_t.c.ref.in_(list(refs)))).all()
    best = min(rows, key=lambda r: (_PRIORITY_RANK.get(Priority(r[2]), 9), r[1]), default=None)
    return int(best[0]) if best else None


def _main_story(conn: Connection, case_id: int | None, need_id: int | None) -> int | None:
    if case_id is not None:
        found = conn.execute(select(story_t.c.id).select_from(case_story_t.join(story_t, case_story_t.c.story_id == story_t.c.id))
                             .where(case_story_t.c.test_case_id == case_id).order_by(story_t.c.ref).limit(1)).scalar()
        if found is not None:
            return int(found)
    if need_id is not None:
        found = conn.execute(select(story_t.c.id).select_from(story_need_t.join(story_t, story_need_t.c.story_id == story_t.c.id))
                             .where(story_need_t.c.need_id == need_id).order_by(story_t.c.ref).limit(1)).scalar()
        if found is not None:
            return int(found)
    return None


class ExecutionWrites:
    _pf: ProjectFile
    _translate: Translate | None

    def record_execution(self, campaign_case_id: int, result: Result | str | None,
                         step_results: Sequence[StepResult | tuple[object, ...]] = (), actual: str = "",
                         comment: str = "", tester_id: int | None = None, at: datetime | None = None,
                         create_defect: bool = True, defect_severity: Severity = Severity.MAJOR
                         ) -> tuple[RunOutcome, Changes]:
        """One attempt at a campaign case (the runner's "save"), one undo step. ``result`` None
        takes the steps' roll-up. See the module docstring for what a KO does."""
        with self._pf.transaction() as tx:
            done = record_attempt(tx.conn, campaign_case_id, result, step_results, actual, comment, tester_id,
                                  stamp(at), create_defect, defect_severity, self._translate)
        with self._pf.reading() as conn:
            execution = read_executions(conn, exec_t.c.id == done.execution_id)[0]
            wanted = [i for i in (done.defect_id, *done.reopened, *done.to_close) if i is not None]
            defects = {d.id: d for d in read_defects(conn, defect_t.c.id.in_(wanted))} if wanted else {}
        outcome = RunOutcome(execution, defects.get(done.defect_id) if done.defect_id else None,
                             tuple(defects[i] for i in done.reopened), tuple(defects[i] for i in done.to_close))
        kinds = [EntityKind.EXECUTION, EntityKind.CAMPAIGN]
        if done.defect_id or done.reopened:
            kinds.append(EntityKind.DEFECT)
        return outcome, Changes.of(*kinds, ids={done.execution_id}, step=tx.step)

    def update_execution(self, execution_id: int, actual: str | None = None, comment: str | None = None,
                         tester_id: int | None = None) -> Changes:
        """Correct the texts or the tester of an attempt; its result stays (run again to
        change it: every attempt is kept). A closed campaign refuses."""
        values: dict[str, object] = {}
        if actual is not None:
            values["actual_result"] = actual
        if comment is not None:
            values["comment"] = comment
        if tester_id is not None:
            values["tester_id"] = tester_id
        if not values:
            return Changes()
        if any(len(str(v)) > TEXT_MAX for v in values.values()):
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A text is limited to {n} characters."), n=TEXT_MAX)
        with self._pf.transaction() as tx:
            conn = tx.conn
            row = conn.execute(select(cc_t.c.campaign_id).select_from(exec_t.join(cc_t, exec_t.c.campaign_case_id == cc_t.c.id))
                               .where(exec_t.c.id == execution_id)).first()
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This execution no longer exists."))
            check_not_closed(conn, row[0])
            conn.execute(exec_t.update().where(exec_t.c.id == execution_id).values(**values))
        return Changes.of(EntityKind.EXECUTION, ids={execution_id}, step=tx.step)
