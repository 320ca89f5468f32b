"""Reads of the acceptance area over a connection (SQLAlchemy Core), shared by the service,
the writes' checks, the exports, the demo and the command line. Everything leaves as frozen
``*Read`` objects or the plain facts the pure rules take."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from operator import itemgetter

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from crmdesk.db.tables import NeedRow, PersonRow, ProjectRow
from crmdesk.db.tables_acceptance import (
    CampaignCaseRow,
    CampaignRow,
    CampaignTesterRow,
    DefectChangeRow,
    DefectRow,
    ExecutionRow,
    ExecutionStepRow,
    SignoffRow,
    TestCaseNeedRow,
    TestCaseRow,
    TestCaseStoryRow,
    TestStepRow,
)
from crmdesk.db.tables_sprints import LotRow, StoryNeedRow, StoryRow
from crmdesk.domain.acceptance import (
    CampaignCaseRead,
    CampaignKind,
    CampaignRead,
    CampaignStatus,
    Decision,
    DefectRead,
    DefectStatus,
    Result,
    ResultCounts,
    Severity,
    SignoffRead,
    TestCaseRead,
    TestCaseStatus,
    TestPriority,
    TestStep,
)
from crmdesk.domain.acceptance_rules import count_results, defect_weighs_on
from crmdesk.domain.acceptance_values import parse_signatories
from crmdesk.domain.errors import NotFound
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.services.acceptance_attempts import (
    RESULTS,
    LatestAttempt,
    campaign_counts,
    is_latest,
    load_latest,
)
from crmdesk.services.tuple_reads import fetch_tuples

case_t = TestCaseRow.__table__
step_t = TestStepRow.__table__
case_need_t = TestCaseNeedRow.__table__
case_story_t = TestCaseStoryRow.__table__
campaign_t = CampaignRow.__table__
tester_t = CampaignTesterRow.__table__
cc_t = CampaignCaseRow.__table__
exec_t = ExecutionRow.__table__
exec_step_t = ExecutionStepRow.__table__
defect_t = DefectRow.__table__
change_t = DefectChangeRow.__table__
signoff_t = SignoffRow.__table__
need_t = NeedRow.__table__
story_t = StoryRow.__table__
story_need_t = StoryNeedRow.__table__
lot_t = LotRow.__table__
person_t = PersonRow.__table__
project_t = ProjectRow.__table__


def split_refs(text: str) -> tuple[str, ...]:
    return tuple(filter(None, map(str.strip, (text or "").split(","))))


# ------------------------------------------------------------------------------ test cases
def read_cases(conn: Connection, where: ColumnElement[bool] | None = None,
               latest: Mapping[int, LatestAttempt] | None = None) -> list[TestCaseRead]:
    """Test cases by ref with their steps, links and latest result; ``latest``: every test
    case's latest attempt (``load_latest(by_case=True)``) when the caller already read it."""
    query = (select(case_t.c.id, case_t.c.ref, case_t.c.title, case_t.c.preconditions, case_t.c.priority,
                    case_t.c.status, case_t.c.lot_id, func.coalesce(lot_t.c.name, ""), case_t.c.position,
                    case_t.c.created_at, case_t.c.updated_at)
             .select_from(case_t.outerjoin(lot_t, case_t.c.lot_id == lot_t.c.id)))
    ids_query = select(case_t.c.id)
    if where is not None:
        query, ids_query = query.where(where), ids_query.where(where)
    rows = fetch_tuples(conn, query.order_by(case_t.c.ref))
    if not rows:
        return []
    wanted = ids_query.scalar_subquery() if where is not None else None

    def restrict(q, column):  # type: ignore[no-untyped-def]
        return q.where(column.in_(wanted)) if wanted is not None else q

    steps: dict[int, list[TestStep]] = defaultdict(list)
    for case_id, action, expected in fetch_tuples(conn, restrict(
            select(step_t.c.test_case_id, step_t.c.action, step_t.c.expected), step_t.c.test_case_id)
            .order_by(step_t.c.test_case_id, step_t.c.position)):
        steps[case_id].append(TestStep(action, expected))
    needs: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for case_id, need_id, ref in fetch_tuples(conn, restrict(
            select(case_need_t.c.test_case_id, need_t.c.id, need_t.c.ref)
            .select_from(case_need_t.join(need_t, case_need_t.c.need_id == need_t.c.id)),
            case_need_t.c.test_case_id)):
        needs[case_id].append((ref, need_id))
    stories: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for case_id, story_id, ref in fetch_tuples(conn, restrict(
            select(case_story_t.c.test_case_id, story_t.c.id, story_t.c.ref)
            .select_from(case_story_t.join(story_t, case_story_t.c.story_id == story_t.c.id)),
            case_story_t.c.test_case_id)):
        stories[case_id].append((ref, story_id))
    last = latest if latest is not None else load_latest(
        conn, by_case=True, where=cc_t.c.test_case_id.in_(wanted) if wanted is not None else None)
    priorities = {str(p): p for p in TestPriority}
    statuses = {str(s): s for s in TestCaseStatus}
    out = []
    for cid, ref, title, pre, priority, status, lot_id, lot_name, position, created, updated in rows:
        need_ids, need_refs = _ids_and_refs(needs.get(cid))
        story_ids, story_refs = _ids_and_refs(stories.get(cid))
        attempt = last.get(cid)
        out.append(TestCaseRead(
            cid, ref, title, pre, priorities.get(priority) or TestPriority(priority),
            statuses.get(status) or TestCaseStatus(status), lot_id, lot_name, position, tuple(steps.get(cid, ())),
            need_ids, need_refs, story_ids, story_refs, created, updated,
            attempt.result if attempt is not None else None))
    return out


def _ids_and_refs(links: list[tuple[str, int]] | None) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """(ids, refs) of links given as (ref, id), in ref order."""
    if not links:
        return (), ()
    if len(links) > 1:
        links.sort()
    return tuple(i for _, i in links), tuple(r for r, _ in links)


def read_case(conn: Connection, case_id: int) -> TestCaseRead:
    found = read_cases(conn, case_t.c.id == case_id)
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This test case no longer exists."))
    return found[0]


# ------------------------------------------------------------------------------ campaigns
def read_signoffs(conn: Connection, campaign_id: int | None = None) -> dict[int, SignoffRead]:
    query = select(signoff_t)
    if campaign_id is not None:
        query = query.where(signoff_t.c.campaign_id == campaign_id)
    out = {}
    for row in conn.execute(query.order_by(signoff_t.c.id)).mappings():
        out[row["campaign_id"]] = SignoffRead(
            row["id"], row["campaign_id"], Decision(row["decision"]),
            tuple(r for r in row["reservations"].splitlines() if r.strip()),
            parse_signatories(row["signatories"]), date.fromisoformat(row["signed_on"]), row["created_at"])
    return out


def _campaign_order() -> tuple[ColumnElement[str], ColumnElement[int]]:
    return func.coalesce(campaign_t.c.start_date, "9999"), campaign_t.c.id


@dataclass(frozen=True, slots=True)
class CampaignChoice:
    """What a chooser lists of a campaign."""

    id: int
    name: str
    status: CampaignStatus


def read_campaign_choices(conn: Connection) -> list[CampaignChoice]:
    """Every campaign in the order of ``read_campaigns``, without its figures."""
    return [CampaignChoice(cid, name, CampaignStatus(status)) for cid, name, status in conn.execute(
        select(campaign_t.c.id, campaign_t.c.name, campaign_t.c.status).order_by(*_campaign_order()))]


def read_campaigns(conn: Connection, where: ColumnElement[bool] | None = None,
                   figures: Mapping[int, tuple[ResultCounts, int]] | None = None) -> list[CampaignRead]:
    """Campaigns by start date with their counts, attempts and sign-off; ``figures``: each
    campaign's (counts, attempts) when the caller already made them from its cases."""
    query = (select(campaign_t, func.coalesce(lot_t.c.name, "").label("lot_name"))
             .select_from(campaign_t.outerjoin(lot_t, campaign_t.c.lot_id == lot_t.c.id)))
    if where is not None:
        query = query.where(where)
    rows = conn.execute(query.order_by(*_campaign_order())).mappings().all()
    testers: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for campaign_id, person_id, name in conn.execute(
            select(tester_t.c.campaign_id, person_t.c.id, person_t.c.name)
            .select_from(tester_t.join(person_t, tester_t.c.person_id == person_t.c.id))):
        testers[campaign_id].append((name, person_id))
    if figures is None:
        counts, tries = campaign_counts(conn, [r["id"] for r in rows] if where is not None else None)
    else:
        counts, tries = {k: c for k, (c, _) in figures.items()}, {k: n for k, (_, n) in figures.items()}
    signoffs = read_signoffs(conn)
    out = []
    for r in rows:
        cid = r["id"]
        people = sorted(testers.get(cid, ()))
        out.append(CampaignRead(
            cid, r["name"], CampaignKind(r["kind"]), CampaignStatus(r["status"]),
            date.fromisoformat(r["start_date"]) if r["start_date"] else None,
            date.fromisoformat(r["end_date"]) if r["end_date"] else None, r["lot_id"], r["lot_name"],
            r["entry_criteria"], r["exit_criteria"], float(r["exit_mandatory_passed_pct"]),
            int(r["exit_max_blocking"]), int(r["exit_max_major"]), r["created_at"],
            tuple(i for _, i in people), tuple(n for n, _ in people),
            counts.get(cid, ResultCounts()), tries.get(cid, 0), signoffs.get(cid)))
    return out


def read_campaign(conn: Connection, campaign_id: int) -> CampaignRead:
    found = read_campaigns(conn, campaign_t.c.id == campaign_id)
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This campaign no longer exists."))
    return found[0]


def read_campaign_with_cases(conn: Connection, campaign_id: int) -> tuple[CampaignRead, list[CampaignCaseRead]]:
    """A campaign and its frozen cases, its counts made from those cases by the rule
    (``count_results``, what ``campaign_counts`` counts in SQL): one pass over the attempts."""
    cases = read_campaign_cases(conn, campaign_id)
    figures = {campaign_id: (count_results(c.result for c in cases), sum(c.attempts for c in cases))}
    found = read_campaigns(conn, campaign_t.c.id == campaign_id, figures)
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This campaign no longer exists."))
    return found[0], cases


def campaign_by_name(conn: Connection, name: str) -> int:
    wanted = " ".join(name.split()).casefold()
    for cid, cname in conn.execute(select(campaign_t.c.id, campaign_t.c.name)):
        if cname.casefold() == wanted:
            return int(cid)
    raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no campaign named \"{name}\" in this project."), name=name)


# Copies in running order: campaign, position, ref. Sorted in Python: SQLite sorted the whole
# rows (frozen steps included) in a temporary tree, ~2 ms more for a campaign of 5,000 cases.
RUNNING_ORDER = itemgetter(1, 11, 3)


def read_campaign_cases(conn: Connection, campaign_id: int | None = None,
                        where: ColumnElement[bool] | None = None) -> list[CampaignCaseRead]:
    """The frozen cases in running order, each with its latest attempt and its number of
    attempts, in one query (plain tuples)."""
    latest, tried = exec_t.alias("latest"), exec_t.alias("tried")
    tries = select(func.count()).where(tried.c.campaign_case_id == cc_t.c.id).scalar_subquery()
    query = (select(cc_t.c.id, cc_t.c.campaign_id, cc_t.c.test_case_id, cc_t.c.ref, cc_t.c.title,
                    cc_t.c.preconditions, cc_t.c.priority, cc_t.c.steps_json, cc_t.c.need_refs, cc_t.c.tester_id,
                    func.coalesce(person_t.c.name, ""), cc_t.c.position, cc_t.c.added_at, latest.c.result,
                    latest.c.executed_at, tries)
             .select_from(cc_t.outerjoin(person_t, cc_t.c.tester_id == person_t.c.id)
                          .outerjoin(latest, and_(latest.c.campaign_case_id == cc_t.c.id, is_latest(latest)))))
    if campaign_id is not None:
        query = query.where(cc_t.c.campaign_id == campaign_id)
    if where is not None:
        query = query.where(where)
    rows = fetch_tuples(conn, query)
    rows.sort(key=RUNNING_ORDER)
    priorities = {str(p): p for p in TestPriority}
    not_run = Result.NOT_RUN
    return [CampaignCaseRead(
        cc_id, camp, case_id, ref, title, pre, priorities[priority], steps, split_refs(need_refs),
        tester_id, tester, position, added, RESULTS[result] if result is not None else not_run, attempts, last_at)
        for (cc_id, camp, case_id, ref, title, pre, priority, steps, need_refs, tester_id, tester, position, added,
             result, last_at, attempts) in rows]


def read_campaign_case(conn: Connection, campaign_case_id: int) -> CampaignCaseRead:
    found = read_campaign_cases(conn, where=cc_t.c.id == campaign_case_id)
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This case is no longer in the campaign."))
    return found[0]


# ------------------------------------------------------------------------------ defects
def read_defects(conn: Connection, where: ColumnElement[bool] | None = None) -> list[DefectRead]:
    case_alias = case_t.alias("linked_case")
    query = (select(defect_t, cc_t.c.campaign_id, func.coalesce(campaign_t.c.name, "").label("campaign_name"),
                    func.coalesce(case_alias.c.ref, "").label("case_ref"),
                    func.coalesce(story_t.c.ref, "").label("story_ref"),
                    func.coalesce(need_t.c.ref, "").label("need_ref"))
             .select_from(defect_t.outerjoin(exec_t, defect_t.c.execution_id == exec_t.c.id)
                          .outerjoin(cc_t, exec_t.c.campaign_case_id == cc_t.c.id)
                          .outerjoin(campaign_t, cc_t.c.campaign_id == campaign_t.c.id)
                          .outerjoin(case_alias, defect_t.c.test_case_id == case_alias.c.id)
                          .outerjoin(story_t, defect_t.c.story_id == story_t.c.id)
                          .outerjoin(need_t, defect_t.c.need_id == need_t.c.id)))
    if where is not None:
        query = query.where(where)
    return [DefectRead(
        r["id"], r["ref"], r["title"], r["description"], Severity(r["severity"]), DefectStatus(r["status"]),
        r["execution_id"], r["campaign_id"], r["campaign_name"], r["test_case_id"], r["case_ref"], r["story_id"],
        r["story_ref"], r["need_id"], r["need_ref"], r["vendor_ticket"], r["created_at"], r["updated_at"],
        r["closed_at"]) for r in conn.execute(query.order_by(defect_t.c.ref)).mappings()]


def read_defect(conn: Connection, defect_id: int) -> DefectRead:
    found = read_defects(conn, defect_t.c.id == defect_id)
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This defect no longer exists."))
    return found[0]


def campaign_order(conn: Connection) -> dict[int, tuple[str, int]]:
    """Each campaign's place in time: (start day, or creation day without one; id)."""
    return {cid: (start or created[:10], cid) for cid, start, created in conn.execute(
        select(campaign_t.c.id, campaign_t.c.start_date, campaign_t.c.created_at))}


def campaign_defect_ids(conn: Connection, campaign_id: int) -> set[int]:
    """The defects that matter to a campaign (``acceptance_rules.defect_weighs_on``): those
    raised by its executions, and those linked to a case it holds that were raised outside any
    campaign or in an earlier one."""
    order = campaign_order(conn)
    if campaign_id not in order:
        return set()
    mine = cc_t.alias("held")
    cases = select(mine.c.test_case_id).where(mine.c.campaign_id == campaign_id, mine.c.test_case_id.is_not(None))
    held = {case for (case,) in conn.execute(cases)}
    raised = (select(defect_t.c.id, cc_t.c.campaign_id, defect_t.c.test_case_id)
              .select_from(defect_t.outerjoin(exec_t, defect_t.c.execution_id == exec_t.c.id)
                           .outerjoin(cc_t, exec_t.c.campaign_case_id == cc_t.c.id)))
    return {defect_id for defect_id, raised_in, case_id in conn.execute(raised.where(
        (cc_t.c.campaign_id == campaign_id) | defect_t.c.test_case_id.in_(cases)))
        if defect_weighs_on(campaign_id, raised_in, case_id, held, order)}


def project_identity(conn: Connection) -> tuple[str, str]:
    row = conn.execute(select(project_t.c.name, project_t.c.organisation)).first()
    return (row[0], row[1]) if row else ("", "")


def open_defects_by_story(conn: Connection) -> dict[int, int]:
    """Story id -> its open defects (for ``StoryRead.open_defects`` on the board)."""
    from crmdesk.domain.acceptance import OPEN_DEFECT_STATUSES

    rows = conn.execute(select(defect_t.c.story_id, func.count()).where(
        defect_t.c.story_id.is_not(None), defect_t.c.status.in_([str(s) for s in OPEN_DEFECT_STATUSES]))
        .group_by(defect_t.c.story_id))
    return {int(story): int(n) for story, n in rows}
