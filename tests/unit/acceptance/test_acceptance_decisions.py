"""The fast reads of the acceptance area agree with the plain rules they replace.

* ``go_no_go_many`` (every campaign's go/no-go in one pass, for the project workbook) gives,
  campaign by campaign, what ``go_no_go`` gives: on the demo project, and on any history of
  attempts, defects, need statuses, campaign dates and exit thresholds (hypothesis).
* The campaign cases' latest attempt, now joined by SQLite (``is_latest``), is the one of the
  pure rule ``latest_attempts``; the executions, now sorted in Python, keep SQLite's order.
* The workbook's sheets, read in one transaction sharing what several sheets need, hold the
  cells the service's separate reads give.
* The tab's chooser lists the campaigns of ``campaigns()``, in the same order, and a campaign
  whose counts are made from its cases (the runner's) is the campaign ``campaigns()`` reads."""

from __future__ import annotations

from datetime import timedelta

import pytest
from acceptance_project import MONDAY, at, build  # type: ignore[import-not-found]
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from crmdesk.db.tables import NeedRow
from crmdesk.domain.acceptance import DefectStatus, Result, Severity
from crmdesk.domain.acceptance_rules import defect_weighs_on, latest_attempts
from crmdesk.domain.acceptance_values import CampaignDraft
from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.i18n import translator
from crmdesk.services import workbook_acceptance
from crmdesk.services.acceptance import AcceptanceService
from crmdesk.services.acceptance_attempts import load_attempts
from crmdesk.services.acceptance_coverage import go_no_go
from crmdesk.services.acceptance_decisions import go_no_go_many
from crmdesk.services.acceptance_executions import read_executions
from crmdesk.services.acceptance_queries import (
    campaign_t,
    cc_t,
    defect_t,
    exec_t,
    read_campaign_cases,
    read_campaign_with_cases,
    read_campaigns,
)
from crmdesk.services.container import ProjectServices

need_t = NeedRow.__table__


def _cells(specs):  # type: ignore[no-untyped-def]
    return [(s.title, [(c.header, c.kind) for c in s.columns], [list(r) for r in s.rows]) for s in specs]


@pytest.fixture
def demo(demo_file):  # type: ignore[no-untyped-def]
    return ProjectServices.over(demo_file)


def test_the_demo_workbook_and_verdicts_match_the_plain_reads(demo):
    tr = translator("fr")
    acc = AcceptanceService(demo.file, tr)
    campaigns = acc.campaigns()
    plain = {c.id: acc.go_no_go(c.id) for c in campaigns}
    assert sorted(g.go for g in plain.values()) == [False, True]  # a closed VABF (go), a running one
    assert acc.go_no_go_many(campaigns) == plain
    slow = workbook_acceptance.acceptance_sheets(acc.cases(), campaigns, plain, acc.audit(), acc.defects(),
                                                 acc.coverage(), tr)
    assert _cells(workbook_acceptance.sheets(demo, tr)) == _cells(slow)
    assert [(c.id, c.name, c.status) for c in acc.campaign_choices()] == [(c.id, c.name, c.status) for c in campaigns]
    for c in campaigns:
        assert acc.campaign_with_cases(c.id) == (c, acc.campaign_cases(c.id))


def test_which_defects_weigh_on_a_campaign():
    order = {1: ("2026-09-01", 1), 2: ("2026-09-14", 2), 3: ("2026-09-14", 3)}
    held = {10, 11}
    assert defect_weighs_on(2, 2, None, held, order)  # raised there, whatever its case
    assert defect_weighs_on(2, None, 10, held, order)  # outside any campaign, on a case it holds
    assert defect_weighs_on(2, 1, 11, held, order)  # still open from an earlier campaign
    assert not defect_weighs_on(2, 3, 10, held, order)  # same day, created after: later
    assert not defect_weighs_on(2, 1, 12, held, order)  # a case it does not hold
    assert not defect_weighs_on(2, None, None, held, order)


# --------------------------------------------------------------------------- properties
RESULTS = [str(r) for r in Result]  # "not run" too: an attempt may be recorded so
_history = st.lists(st.tuples(st.integers(0, 7),  # which campaign case
                              st.integers(1, 2),  # attempt number
                              st.sampled_from(RESULTS),
                              st.integers(0, 1)),  # minute: many ties on purpose
                    max_size=25)
_defects = st.lists(st.tuples(st.sampled_from([str(s) for s in Severity]),
                              st.sampled_from([str(s) for s in DefectStatus]),
                              st.one_of(st.none(), st.integers(0, 30)),  # raised by which attempt
                              st.one_of(st.none(), st.integers(0, 3))),  # linked to which case
                    max_size=8)
_campaigns = st.lists(st.tuples(st.one_of(st.none(), st.integers(-3, 3)),  # start day (None: creation day)
                                st.sampled_from([0.0, 50.0, 100.0]), st.integers(0, 1), st.integers(0, 2)),
                      min_size=3, max_size=3)
_needs = st.lists(st.tuples(st.sampled_from(list(NeedStatus)), st.sampled_from(list(Priority))),
                  min_size=3, max_size=3)


def _setup(services):  # type: ignore[no-untyped-def]
    """Three campaigns over the small project: two of its lot, one without a lot."""
    project = build(services)
    acc = project.acceptance
    cases = list(project.cases.values())
    first, second = project.campaign("VABF"), project.campaign("Pré-production")
    third, _ = acc.create_campaign(CampaignDraft(name="Non-régression", start_date=MONDAY), at=at(0))
    acc.add_cases(first, cases)
    acc.add_cases(second, cases)
    acc.add_cases(third.id, cases[:2])
    return project


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=_history, defects=_defects, campaigns=_campaigns, needs=_needs, orphan=st.booleans())
def test_fast_reads_match_the_rules(services, history, defects, campaigns, needs, orphan):  # type: ignore[no-untyped-def]
    pf = services.file
    with pf.reading() as conn:
        ready = conn.execute(cc_t.select().limit(1)).first() is not None
    if not ready:
        _setup(services)
    with pf.transaction() as tx:
        conn = tx.conn
        conn.execute(defect_t.delete())
        conn.execute(exec_t.delete())
        copies = conn.execute(select(cc_t.c.id, cc_t.c.test_case_id, cc_t.c.ref).order_by(cc_t.c.id)).all()
        case_of_ref = {}
        for cc_id, case_id, ref in copies:  # a case deleted since: its copies keep their history
            case_of_ref.setdefault(ref, case_id)
            conn.execute(cc_t.update().where(cc_t.c.id == cc_id).values(
                test_case_id=None if orphan and ref == "CT-002" else case_of_ref[ref]))
        ccs = [cc_id for cc_id, _, _ in copies]
        cases = sorted({case_id for case_id in case_of_ref.values() if case_id is not None})
        for key, attempt, result, minute in history:
            conn.execute(exec_t.insert().values(
                campaign_case_id=ccs[key % len(ccs)], attempt=attempt, result=result,
                executed_at=at(1, 10, minute).isoformat(), actual_result="", comment=""))
        executions = [i for (i,) in conn.execute(select(exec_t.c.id).order_by(exec_t.c.id))]
        for n, (severity, status, raised_by, case) in enumerate(defects, start=1):
            conn.execute(defect_t.insert().values(
                ref=f"ANO-{n:03d}", title="Anomalie", severity=severity, status=status,
                execution_id=executions[raised_by % len(executions)] if raised_by is not None and executions else None,
                test_case_id=cases[case % len(cases)] if case is not None else None,
                created_at=at(1).isoformat(), updated_at=at(1).isoformat()))
        ids = [i for (i,) in conn.execute(select(campaign_t.c.id).order_by(campaign_t.c.id))]
        for cid, (start, pct, blocking, major) in zip(ids, campaigns):
            conn.execute(campaign_t.update().where(campaign_t.c.id == cid).values(
                start_date=(MONDAY + timedelta(days=start)).isoformat() if start is not None else None,
                exit_mandatory_passed_pct=pct, exit_max_blocking=blocking, exit_max_major=major))
        need_ids = [i for (i,) in conn.execute(select(need_t.c.id).order_by(need_t.c.id))]
        for nid, (status, priority) in zip(need_ids, needs):
            conn.execute(need_t.update().where(need_t.c.id == nid).values(status=str(status), priority=str(priority)))
    with pf.reading() as conn:
        # every campaign's go/no-go in one pass = campaign by campaign
        read = read_campaigns(conn)
        assert go_no_go_many(conn, read) == {c.id: go_no_go(conn, c.id) for c in read}
        # a campaign's counts made from its cases (the tab's runner) = counted by SQLite
        for campaign in read:
            assert read_campaign_with_cases(conn, campaign.id) == (campaign, read_campaign_cases(conn, campaign.id))
        # each copy's latest attempt (SQLite) = the pure rule over every attempt
        attempts = load_attempts(conn)
        latest = latest_attempts(attempts)
        for copy in read_campaign_cases(conn):
            mine = [a for a in attempts if a.key == copy.id]
            rule = latest.get(copy.id)
            assert (copy.result, copy.attempts, copy.last_executed_at) == (
                (rule.result, len(mine), rule.executed_at) if rule else (Result.NOT_RUN, 0, None))
        # the executions keep SQLite's time order
        assert [e.id for e in read_executions(conn)] == [i for (i,) in conn.execute(
            select(exec_t.c.id).order_by(exec_t.c.executed_at, exec_t.c.id))]
