"""The pure rules of the recette: roll-ups (steps → case, cases → need), latest attempts, the
traceability matrix, go/no-go, re-test proposals, steps from acceptance criteria, and the
figures over time — with hypothesis for the invariants that must hold for any history."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.domain.acceptance import (
    CoverageStatus,
    Decision,
    DefectStatus,
    Result,
    Severity,
    StepResult,
    TestStep,
)
from crmdesk.domain.acceptance_rules import (
    WORST_FIRST,
    Attempt,
    Criterion,
    ExitThresholds,
    MatrixCase,
    NeedCoverage,
    NeedInfo,
    build_matrix,
    check_case_result,
    count_results,
    evaluate_go_no_go,
    latest_results,
    need_status,
    proposed_decision,
    retest_proposals,
    rollup_steps,
)
from crmdesk.domain.acceptance_timeline import (
    DefectEvent,
    campaign_progress,
    open_defects_by_day,
)
from crmdesk.domain.acceptance_values import (
    clean_campaign_values,
    clean_step_results,
    steps_from_criteria,
)
from crmdesk.domain.enums import Priority
from crmdesk.domain.errors import ValidationFailed

results = st.sampled_from(list(Result))
MONDAY = date(2026, 9, 7)


def stamp(day: int, hour: int = 10, minute: int = 0) -> str:
    moment = datetime(2026, 9, 7, hour, minute, tzinfo=UTC) + timedelta(days=day - 1)
    return moment.isoformat()


# ------------------------------------------------------------------------- roll-ups
def test_need_status_is_the_worst_latest_result():
    assert need_status([]) is CoverageStatus.NOT_COVERED
    assert need_status([Result.PASSED, Result.PASSED]) is CoverageStatus.PASSED
    assert need_status([Result.PASSED, None]) is CoverageStatus.NOT_RUN  # a case never run
    assert need_status([Result.NOT_RUN, Result.BLOCKED, Result.PASSED]) is CoverageStatus.BLOCKED
    assert need_status([Result.BLOCKED, Result.FAILED, Result.PASSED]) is CoverageStatus.FAILED
    assert rollup_steps([]) is None
    assert rollup_steps([Result.PASSED, Result.NOT_RUN]) is Result.NOT_RUN


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), results), max_size=8))
def test_need_status_properties(case_results):
    status = need_status(case_results)
    if not case_results:
        assert status is CoverageStatus.NOT_COVERED
        return
    values = [r or Result.NOT_RUN for r in case_results]
    # The status is one of the cases' results, and no case is worse.
    assert status.value in {str(v) for v in values}
    rank = {r: i for i, r in enumerate(WORST_FIRST)}
    assert all(rank[Result(str(status))] <= rank[v] for v in values)
    # Order does not matter; adding a passed case never changes it.
    assert need_status(list(reversed(case_results))) is status
    assert need_status([*case_results, Result.PASSED]) is status


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 4), st.integers(1, 6), results, st.integers(0, 5)), max_size=25))
def test_latest_results_take_the_last_attempt(raw):
    attempts = [Attempt(key, n, result, stamp(day), order) for order, (key, n, result, day)
                in enumerate(raw)]
    latest = latest_results(attempts)
    assert set(latest) == {a.key for a in attempts}
    for key, result in latest.items():
        mine = [a for a in attempts if a.key == key]
        last = max(mine, key=lambda a: (a.executed_at, a.attempt, a.order))
        assert result is last.result
    counts = count_results([*latest.values(), None])
    assert counts.total == len(latest) + 1 and counts.not_run >= 1


def test_a_case_cannot_pass_with_a_failed_step():
    check_case_result(Result.FAILED, [StepResult(1, Result.PASSED)])
    check_case_result(Result.PASSED, [StepResult(1, Result.PASSED), StepResult(2, Result.NOT_RUN)])
    with pytest.raises(ValidationFailed, match="cannot be passed"):
        check_case_result(Result.PASSED, [StepResult(1, Result.BLOCKED)])
    assert clean_step_results([(2, "failed", "vu"), (1, "passed")], 2) == (
        StepResult(1, Result.PASSED), StepResult(2, Result.FAILED, "vu"))
    with pytest.raises(ValidationFailed, match="no step 3"):
        clean_step_results([(3, "passed")], 2)
    with pytest.raises(ValidationFailed, match="two results"):
        clean_step_results([(1, "passed"), (1, "failed")], 2)


# ------------------------------------------------------------------------- matrix and go/no-go
def test_matrix_rows_cells_and_highlights():
    needs = [NeedInfo(1, "BES-001", "Fiche", Priority.MANDATORY), NeedInfo(2, "BES-002", "Doublon", Priority.MANDATORY),
             NeedInfo(3, "BES-003", "Carte", Priority.DESIRED), NeedInfo(4, "BES-004", "Sans test", Priority.MANDATORY)]
    cases = [MatrixCase(10, "CT-002", "b", Result.FAILED), MatrixCase(11, "CT-001", "a", Result.PASSED),
             MatrixCase(12, "CT-003", "c", None)]
    matrix = build_matrix(needs, [(1, 11), (2, 10), (2, 11), (3, 12), (3, 99)], cases)
    assert [r.status for r in matrix.rows] == [CoverageStatus.PASSED, CoverageStatus.FAILED, CoverageStatus.NOT_RUN,
                                               CoverageStatus.NOT_COVERED]
    assert [r.need.ref for r in matrix.rows if r.highlighted] == ["BES-002", "BES-004"]
    assert [c.ref for c in matrix.cases] == ["CT-001", "CT-002", "CT-003"]
    assert matrix.cell(2, 10) is Result.FAILED and matrix.cell(1, 10) is None and matrix.cell(3, 12) is Result.NOT_RUN
    assert matrix.summary()[CoverageStatus.NOT_COVERED] == 1
    desired = matrix.filtered(Priority.DESIRED)
    assert [r.need.ref for r in desired.rows] == ["BES-003"] and [c.ref for c in desired.cases] == ["CT-003"]


def coverage(*statuses: CoverageStatus) -> list[NeedCoverage]:
    return [NeedCoverage(NeedInfo(i, f"BES-{i:03d}", "t", Priority.MANDATORY), s, ()) for i, s in enumerate(statuses)]


def test_go_no_go_each_criterion_with_its_value():
    thresholds = ExitThresholds(100, 0, 2)
    ok = evaluate_go_no_go(thresholds, coverage(CoverageStatus.PASSED, CoverageStatus.PASSED), [Severity.MINOR])
    assert ok.go and [c.value for c in ok.checks] == [100.0, 0, 0]
    assert proposed_decision(ok) is Decision.ACCEPTED_WITH_RESERVATIONS
    failing = evaluate_go_no_go(thresholds, coverage(CoverageStatus.PASSED, CoverageStatus.FAILED, CoverageStatus.PASSED),
                                [Severity.BLOCKING, Severity.MAJOR, Severity.MAJOR, Severity.MAJOR])
    assert not failing.go
    first = failing.check(Criterion.MANDATORY_PASSED)
    assert (first.value, first.passed, first.total, first.met) == (66.7, 2, 3, False)
    assert first.value_text() == "66.7 % (2 of 3)" and first.rule() == "at least 100 %"
    assert failing.check(Criterion.BLOCKING_OPEN).value == 1 and not failing.check(Criterion.BLOCKING_OPEN).met
    assert failing.check(Criterion.MAJOR_OPEN).value == 3 and not failing.check(Criterion.MAJOR_OPEN).met
    assert proposed_decision(failing) is Decision.REFUSED
    relaxed = evaluate_go_no_go(ExitThresholds(60, 1, 3), coverage(CoverageStatus.PASSED, CoverageStatus.FAILED,
                                                                  CoverageStatus.PASSED), [Severity.BLOCKING])
    assert relaxed.go
    empty = evaluate_go_no_go(thresholds, [], [])
    assert empty.go and empty.checks[0].value is None and empty.checks[0].value_text() == "no mandatory need in scope"
    assert proposed_decision(empty) is Decision.ACCEPTED


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list(CoverageStatus)), max_size=10), st.lists(st.sampled_from(list(Severity)), max_size=8),
       st.integers(0, 100), st.integers(0, 3), st.integers(0, 5))
def test_go_no_go_properties(statuses, severities, pct, max_blocking, max_major):
    result = evaluate_go_no_go(ExitThresholds(pct, max_blocking, max_major), coverage(*statuses), severities)
    assert result.go == all(c.met for c in result.checks)
    assert dict(result.open_by_severity) == {s: severities.count(s) for s in Severity}
    passed = statuses.count(CoverageStatus.PASSED)
    assert result.checks[0].met == (not statuses or passed * 100 >= pct * len(statuses))
    # Closing a blocking defect never turns a go into a no-go.
    if Severity.BLOCKING in severities:
        fewer = list(severities)
        fewer.remove(Severity.BLOCKING)
        assert evaluate_go_no_go(ExitThresholds(pct, max_blocking, max_major), coverage(*statuses), fewer).go or not result.go


def test_retest_proposals_come_from_defects_waiting_for_their_retest():
    cases = {1: ("CT-001", "Fiche"), 2: ("CT-002", "Doublon"), 3: ("CT-003", "Carte")}
    defects = [("ANO-003", DefectStatus.TO_RETEST, 2), ("ANO-001", DefectStatus.TO_RETEST, 2),
               ("ANO-002", DefectStatus.IN_CORRECTION, 1), ("ANO-004", DefectStatus.TO_RETEST, None),
               ("ANO-005", DefectStatus.TO_RETEST, 3)]
    proposals = retest_proposals(defects, cases, {3: 30})
    assert [(p.ref, p.defect_refs, p.campaign_case_id) for p in proposals] == [
        ("CT-002", ("ANO-001", "ANO-003"), None), ("CT-003", ("ANO-005",), 30)]


def test_steps_from_acceptance_criteria():
    steps = steps_from_criteria("Étant donné un compte ERP, quand j'ouvre sa fiche, alors son code s'affiche.\n\n"
                                "- Le commercial est affiché.\nGiven a quote, when it is sent, then a task is created")
    assert steps == (TestStep("Étant donné un compte ERP, quand j'ouvre sa fiche", "Son code s'affiche."),
                     TestStep("", "Le commercial est affiché."),
                     TestStep("Given a quote, when it is sent", "A task is created"))
    assert steps_from_criteria("") == ()


def test_campaign_values_are_checked():
    assert clean_campaign_values({"exit_max_major": "2", "exit_mandatory_passed_pct": "95,5"}) == {
        "exit_max_major": 2, "exit_mandatory_passed_pct": 95.5}
    for values, message in (({"name": " "}, "must have a name"), ({"exit_mandatory_passed_pct": 120}, "0 to 100"),
                            ({"exit_max_blocking": 1.5}, "whole number"), ({"kind": "uat"}, "Unknown kind"),
                            ({"start_date": "2026-09-10", "end_date": "2026-09-01"}, "end before")):
        with pytest.raises(ValidationFailed, match=message):
            clean_campaign_values(values)


# ------------------------------------------------------------------------- over time
def test_progress_per_day_planned_against_run():
    attempts = [Attempt(1, 1, Result.FAILED, stamp(1)), Attempt(2, 1, Result.PASSED, stamp(1, 11)),
                Attempt(1, 2, Result.PASSED, stamp(3)), Attempt(3, 1, Result.NOT_RUN, stamp(2))]
    progress = campaign_progress([1, 2, 3, 4], attempts, MONDAY, MONDAY + timedelta(days=6), MONDAY + timedelta(days=3),
                                 UTC)
    assert progress.counts == count_results([Result.PASSED, Result.PASSED, Result.NOT_RUN, None])
    days = progress.days
    assert [d.day for d in days] == [MONDAY + timedelta(days=i) for i in range(7)]
    assert [d.planned for d in days] == [0.8, 1.6, 2.4, 3.2, 4.0, 4.0, 4.0]  # Mon-Fri, weekend flat
    assert [d.executed for d in days] == [2, 2, 2, 2, None, None, None]
    assert days[0].counts.failed == 1 and days[2].counts.failed == 0 and days[2].counts.passed == 2
    assert campaign_progress([1], [], None, None, MONDAY, UTC).days == ()


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 5), results, st.integers(0, 9), st.integers(8, 18)), max_size=30),
       st.integers(0, 12))
def test_progress_invariants(raw, today_offset):
    attempts = [Attempt(key, n + 1, result, stamp(day + 1, hour), n) for n, (key, result, day, hour) in enumerate(raw)]
    today = MONDAY + timedelta(days=today_offset)
    progress = campaign_progress([1, 2, 3, 4, 5], attempts, MONDAY, MONDAY + timedelta(days=9), today, UTC)
    known = [d for d in progress.days if d.counts is not None]
    assert all(d.counts.total == 5 for d in known)
    assert all(a.executed <= b.executed for a, b in itertools.pairwise(known))  # never goes back
    assert all(d.executed >= d.counts.executed for d in known)
    assert all(d.planned is not None and 0 <= d.planned <= 5 for d in progress.days)
    assert progress.days[-1].day >= MONDAY + timedelta(days=9) and progress.days[-1].planned == 5
    if known and known[-1].day >= max((MONDAY + timedelta(days=d) for _, _, d, _ in raw), default=MONDAY):
        assert known[-1].counts == progress.counts


def event(defect: int, field: str, old: str, new: str, day: int, hour: int = 10) -> DefectEvent:
    return DefectEvent(defect, field, old, new, stamp(day, hour))


def test_open_defects_by_severity_over_time():
    events = [event(1, "status", "", "new", 1), event(1, "severity", "", "major", 1),
              event(2, "status", "", "new", 2), event(2, "severity", "", "minor", 2),
              event(2, "severity", "minor", "blocking", 3), event(1, "status", "new", "to_retest", 3),
              event(1, "status", "to_retest", "closed", 4), event(2, "status", "new", "rejected", 5)]
    days = open_defects_by_day(events, tz=UTC)
    assert [(d.blocking, d.major, d.minor) for d in days] == [(0, 1, 0), (0, 1, 1), (1, 1, 0), (1, 0, 0), (0, 0, 0)]
    later = open_defects_by_day(events, MONDAY + timedelta(days=2), MONDAY + timedelta(days=6), UTC)
    assert next(d.day for d in later) == MONDAY + timedelta(days=2) and len(later) == 5 and later[-1].total == 0
    assert open_defects_by_day([], tz=UTC) == []


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 4), st.sampled_from(list(DefectStatus)), st.sampled_from(list(Severity)),
                          st.integers(0, 6)), max_size=20))
def test_open_defects_match_a_replay(raw):
    events, state = [], {}
    for n, (defect, status, severity, day) in enumerate(sorted(raw, key=lambda r: r[3])):
        old = state.get(defect, ("", ""))
        events.append(DefectEvent(defect, "status", old[0], str(status), stamp(day + 1, 9, n % 60)))
        events.append(DefectEvent(defect, "severity", old[1], str(severity), stamp(day + 1, 9, n % 60)))
        state[defect] = (str(status), str(severity))
    days = open_defects_by_day(events, tz=UTC)
    if not events:
        assert days == []
        return
    last = days[-1]
    open_now = [s for s in state.values() if DefectStatus(s[0]) in (DefectStatus.NEW, DefectStatus.IN_CORRECTION,
                                                                      DefectStatus.TO_RETEST)]
    assert last.total == len(open_now)
    assert last.blocking == sum(1 for s in open_now if s[1] == "blocking")
    assert all(d.total >= 0 for d in days)


def test_unknown_results_are_one_sentence():
    with pytest.raises(ValidationFailed, match="Unknown result: maybe"):
        clean_step_results([(1, "maybe")], 2)
