"""The latest attempt read from plain tuples (``load_latest``, what the lists use on large
projects) and the campaigns' counts made by SQLite (``campaign_counts``) agree with the pure
rule ``latest_attempts`` on any history: same-second attempts, attempts recorded out of order,
several campaigns."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acceptance_project import at, build  # type: ignore[import-not-found]
from crmdesk.domain.acceptance import Result
from crmdesk.domain.acceptance_rules import count_results, latest_attempts
from crmdesk.services.acceptance_attempts import campaign_counts, cc_t, exec_t, load_attempts, load_latest

_attempts = st.lists(st.tuples(st.integers(0, 2),  # which campaign case
                               st.integers(1, 2),  # attempt number
                               st.sampled_from([str(r) for r in Result if r is not Result.NOT_RUN]),
                               st.integers(0, 1)),  # minute: many ties on purpose
                     max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=_attempts)
def test_sql_latest_matches_the_rule(services, history):  # type: ignore[no-untyped-def]
    pf = services.file
    with pf.reading() as conn:
        have_campaign = conn.execute(cc_t.select().limit(1)).first() is not None
    if not have_campaign:
        project = build(services)
        first, second = project.campaign("VABF"), project.campaign("Pré-production")
        project.acceptance.add_cases(first, list(project.cases.values()))
        project.acceptance.add_cases(second, list(project.cases.values()))
    with pf.transaction() as tx:
        tx.conn.execute(exec_t.delete())
        ccs = [i for (i,) in tx.conn.execute(cc_t.select().with_only_columns(cc_t.c.id).order_by(cc_t.c.id))]
        for key, attempt, result, minute in history:
            tx.conn.execute(exec_t.insert().values(
                campaign_case_id=ccs[key % len(ccs)], attempt=attempt, result=result,
                executed_at=at(1, 10, minute).isoformat(), actual_result="", comment=""))
    with pf.reading() as conn:
        for by_case in (False, True):
            expected = latest_attempts(load_attempts(conn, by_case=by_case))
            tries: dict[int, int] = {}
            for a in load_attempts(conn, by_case=by_case):
                tries[a.key] = tries.get(a.key, 0) + 1
            got = load_latest(conn, by_case=by_case)
            assert {k: (v.result, v.tries, v.last_at) for k, v in got.items()} == {
                k: (a.result, tries[k], a.executed_at) for k, a in expected.items()}
        # the campaigns' figures: cases by latest result (never run: not run), attempts
        latest = latest_attempts(load_attempts(conn))
        owner = dict(conn.execute(cc_t.select().with_only_columns(cc_t.c.id, cc_t.c.campaign_id)).all())
        counts, tries_by_campaign = campaign_counts(conn)
        for campaign_id in set(owner.values()):
            mine = [cc for cc, c in owner.items() if c == campaign_id]
            assert counts[campaign_id] == count_results(latest[cc].result if cc in latest else None for cc in mine)
            assert tries_by_campaign.get(campaign_id, 0) == sum(
                1 for a in load_attempts(conn) if owner[a.key] == campaign_id)
