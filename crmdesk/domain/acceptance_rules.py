"""The pure rules of the acceptance area: result roll-ups, the traceability matrix, the go/no-go
evaluation, re-test proposals and the justification of a failure (the figures over time are in
``crmdesk.domain.acceptance_timeline``).

Nothing here reads the file: the services load plain facts (attempts, links, defect history)
and these functions compute what the screens, the charts, the PV de recette and the command
line show, so each rule is tested on its own (with hypothesis for the invariants).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from enum import StrEnum
from operator import attrgetter

from crmdesk.domain.acceptance import (
    CoverageStatus,
    Decision,
    DefectStatus,
    Result,
    ResultCounts,
    Severity,
    StepResult,
    TestStep,
    Translate,
)
from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.errors import ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

# Worst first: one failed case makes a need failed, whatever the others say.
WORST_FIRST: tuple[Result, ...] = (Result.FAILED, Result.BLOCKED, Result.NOT_RUN, Result.PASSED)
_RANK = {r: i for i, r in enumerate(WORST_FIRST)}
SEVERITY_ORDER: tuple[Severity, ...] = (Severity.BLOCKING, Severity.MAJOR, Severity.MINOR)
_RESULT_OF: dict[str, Result] = {r: r for r in Result}  # by value or by itself; ten times Result(value)'s speed
_COVERAGE_OF: dict[Result, CoverageStatus] = {r: CoverageStatus(str(r)) for r in Result}


def as_result(value: str) -> Result:
    """``Result(value)`` (same member, same ValueError for an unknown value), faster."""
    return _RESULT_OF.get(value) or Result(value)


def worst(results: Iterable[Result]) -> Result | None:
    found, rank = None, len(_RANK)
    for r in results:
        r = as_result(r)
        if _RANK[r] < rank:
            found, rank = r, _RANK[r]
    return found


def rollup_steps(step_results: Iterable[Result]) -> Result | None:
    """The case result its steps suggest: any KO → KO; else any blocked → blocked; else any
    not run → not run; all OK → OK. None without any step result."""
    return worst(step_results)


def check_case_result(result: Result, steps: Sequence[StepResult]) -> None:
    """A case cannot be OK while one of its steps is KO or blocked."""
    if result is Result.PASSED and any(s.result in (Result.FAILED, Result.BLOCKED) for s in steps):
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "A case cannot be passed while one of its steps failed or is blocked."))


@dataclass(frozen=True, slots=True)
class Attempt:
    """One execution, as the rules need it. ``key`` is what it is an attempt of: a campaign
    case (one campaign) or a test case (across campaigns)."""

    key: int
    attempt: int
    result: Result
    executed_at: str  # ISO, UTC (the file's time text)
    order: int = 0  # the execution id: breaks ties between attempts of the same second


def _when(a: Attempt) -> tuple[str, int, int]:
    return (a.executed_at, a.attempt, a.order)


def latest_attempts(attempts: Iterable[Attempt]) -> dict[int, Attempt]:
    latest: dict[int, Attempt] = {}
    for a in attempts:
        current = latest.get(a.key)
        if current is None or _when(a) > _when(current):
            latest[a.key] = a
    return latest


def latest_results(attempts: Iterable[Attempt]) -> dict[int, Result]:
    """Each key's result at its latest attempt (by time, then attempt number)."""
    return {k: a.result for k, a in latest_attempts(attempts).items()}


def count_results(results: Iterable[Result | None]) -> ResultCounts:
    tally = dict.fromkeys(Result, 0)
    for r in results:
        tally[as_result(r) if r is not None else Result.NOT_RUN] += 1
    return ResultCounts(tally[Result.PASSED], tally[Result.FAILED], tally[Result.BLOCKED], tally[Result.NOT_RUN])


# ------------------------------------------------------------------------- traceability
def need_status(case_results: Iterable[Result | None]) -> CoverageStatus:
    """A need's status from the latest results of its cases: failed > blocked > not run >
    passed; a case never run counts as not run; no case at all: not covered."""
    found = worst(r if r is not None else Result.NOT_RUN for r in case_results)
    return CoverageStatus.NOT_COVERED if found is None else _COVERAGE_OF[found]


HIGHLIGHTED = frozenset({CoverageStatus.NOT_COVERED, CoverageStatus.FAILED, CoverageStatus.BLOCKED})


@dataclass(frozen=True, slots=True)
class NeedInfo:
    id: int
    ref: str
    title: str
    priority: Priority
    status: NeedStatus = NeedStatus.VALIDATED


@dataclass(frozen=True, slots=True)
class MatrixCase:
    id: int  # test case id (project view) or campaign case id (campaign view)
    ref: str
    title: str
    result: Result | None  # latest attempt; None: never run


@dataclass(frozen=True, slots=True)
class NeedCoverage:
    need: NeedInfo
    status: CoverageStatus
    case_ids: tuple[int, ...]

    @property
    def highlighted(self) -> bool:
        """Mandatory needs not covered or failing stand out."""
        return self.need.priority is Priority.MANDATORY and self.status in HIGHLIGHTED


@dataclass(frozen=True)
class CoverageMatrix:
    rows: tuple[NeedCoverage, ...]
    cases: tuple[MatrixCase, ...]  # the columns, in ref order

    def cell(self, need_id: int, case_id: int) -> Result | None:
        """The case's latest result where the case verifies the need, else None."""
        row = self._rows_by_id().get(need_id)
        if row is None or case_id not in row.case_ids:
            return None
        case = self._cases_by_id()[case_id]
        return case.result if case.result is not None else Result.NOT_RUN

    def summary(self) -> dict[CoverageStatus, int]:
        out = dict.fromkeys(CoverageStatus, 0)
        for row in self.rows:
            out[row.status] += 1
        return out

    def filtered(self, priority: Priority | None) -> CoverageMatrix:
        if priority is None:
            return self
        rows = tuple(r for r in self.rows if r.need.priority is priority)
        used = {c for r in rows for c in r.case_ids}
        return CoverageMatrix(rows, tuple(c for c in self.cases if c.id in used))

    def _rows_by_id(self) -> dict[int, NeedCoverage]:
        return {r.need.id: r for r in self.rows}

    def _cases_by_id(self) -> dict[int, MatrixCase]:
        return {c.id: c for c in self.cases}


def build_matrix(needs: Sequence[NeedInfo], links: Iterable[tuple[int, int]], cases: Sequence[MatrixCase]
                 ) -> CoverageMatrix:
    """Rows in the given need order; ``links`` are (need id, case id); links to cases not in
    ``cases`` are ignored (a case outside the considered campaign)."""
    by_id = {c.id: c for c in cases}
    of_need: dict[int, list[int]] = {}
    for need_id, case_id in links:
        if case_id in by_id:
            found = of_need.get(need_id)
            if found is None:
                of_need[need_id] = [case_id]
            elif case_id not in found:
                found.append(case_id)
    rows = []
    used: set[int] = set()
    for need in needs:
        found = of_need.get(need.id)
        if found is None:
            rows.append(NeedCoverage(need, CoverageStatus.NOT_COVERED, ()))
            continue
        ids = tuple(sorted(found, key=lambda i: by_id[i].ref)) if len(found) > 1 else tuple(found)
        used.update(ids)
        rows.append(NeedCoverage(need, need_status([by_id[i].result for i in ids]), ids))
    return CoverageMatrix(tuple(rows), tuple(sorted((c for c in cases if c.id in used), key=attrgetter("ref"))))


NOT_TO_BUILD = (NeedStatus.REJECTED, NeedStatus.POSTPONED)


def campaign_scope(needs: Iterable[NeedInfo], case_refs: Set[str], lot_needs: Set[int] | None) -> list[NeedInfo]:
    """The needs a campaign must prove, in the given order: those its cases cover
    (``case_refs``), plus those still to build among the needs of its lot (``lot_needs``: the
    ids the stories of its lot build), or, for a campaign without a lot (None), every
    mandatory need still to build."""
    if lot_needs is not None:
        return [n for n in needs if n.ref in case_refs or (n.id in lot_needs and n.status not in NOT_TO_BUILD)]
    return [n for n in needs if n.ref in case_refs
            or (n.priority is Priority.MANDATORY and n.status not in NOT_TO_BUILD)]


# ------------------------------------------------------------------------- go / no-go
class Criterion(StrEnum):
    MANDATORY_PASSED = "mandatory_passed"
    BLOCKING_OPEN = "blocking_open"
    MAJOR_OPEN = "major_open"


CRITERION_LABELS: dict[Criterion, str] = {
    Criterion.MANDATORY_PASSED: QT_TRANSLATE_NOOP("GoNoGo", "Mandatory needs passed"),
    Criterion.BLOCKING_OPEN: QT_TRANSLATE_NOOP("GoNoGo", "Blocking defects open"),
    Criterion.MAJOR_OPEN: QT_TRANSLATE_NOOP("GoNoGo", "Major defects open"),
}
CRITERION_RULES: dict[Criterion, str] = {
    Criterion.MANDATORY_PASSED: QT_TRANSLATE_NOOP("GoNoGo", "at least {threshold} %"),
    Criterion.BLOCKING_OPEN: QT_TRANSLATE_NOOP("GoNoGo", "at most {threshold}"),
    Criterion.MAJOR_OPEN: QT_TRANSLATE_NOOP("GoNoGo", "at most {threshold}"),
}
NO_MANDATORY_NEED = QT_TRANSLATE_NOOP("GoNoGo", "no mandatory need in scope")
PASSED_OF = QT_TRANSLATE_NOOP("GoNoGo", "{value} % ({passed} of {total})")


@dataclass(frozen=True, slots=True)
class ExitThresholds:
    mandatory_passed_pct: float = 100.0
    max_blocking: int = 0
    max_major: int = 3


@dataclass(frozen=True, slots=True)
class CriterionCheck:
    criterion: Criterion
    threshold: float
    value: float | None  # the current value; None: nothing to measure (met)
    met: bool
    passed: int = 0  # for the mandatory needs: how many passed…
    total: int = 0  # …of how many

    def label(self, translate: Translate | None = None) -> str:
        text = CRITERION_LABELS[self.criterion]
        return translate("GoNoGo", text) if translate else text

    def rule(self, translate: Translate | None = None) -> str:
        text = CRITERION_RULES[self.criterion]
        return (translate("GoNoGo", text) if translate else text).replace("{threshold}", _num(self.threshold))

    def value_text(self, translate: Translate | None = None) -> str:
        if self.value is None:
            return translate("GoNoGo", NO_MANDATORY_NEED) if translate else NO_MANDATORY_NEED
        if self.criterion is Criterion.MANDATORY_PASSED:
            text = translate("GoNoGo", PASSED_OF) if translate else PASSED_OF
            return text.replace("{value}", _num(self.value)).replace("{passed}", str(self.passed)).replace(
                "{total}", str(self.total))
        return _num(self.value)


def _num(value: float) -> str:
    value = round(float(value), 1)
    return str(int(value)) if value.is_integer() else f"{value:g}"


@dataclass(frozen=True)
class GoNoGo:
    checks: tuple[CriterionCheck, ...]
    mandatory: tuple[NeedCoverage, ...] = ()  # the mandatory needs in scope and their status
    open_by_severity: tuple[tuple[Severity, int], ...] = ()

    @property
    def go(self) -> bool:
        return all(c.met for c in self.checks)

    def check(self, criterion: Criterion) -> CriterionCheck:
        return next(c for c in self.checks if c.criterion is criterion)


def evaluate_go_no_go(thresholds: ExitThresholds, mandatory: Sequence[NeedCoverage],
                      open_severities: Iterable[Severity]) -> GoNoGo:
    """Each exit criterion with its current value: the share of the mandatory needs in scope
    whose status is passed (at least the threshold), and the open blocking and major defects
    (at most their thresholds). Go when every criterion is met."""
    total = len(mandatory)
    passed = sum(1 for m in mandatory if m.status is CoverageStatus.PASSED)
    if total:
        pct = 100.0 * passed / total
        met = passed * 100.0 >= thresholds.mandatory_passed_pct * total - 1e-9
        first = CriterionCheck(Criterion.MANDATORY_PASSED, thresholds.mandatory_passed_pct, round(pct, 1), met,
                               passed, total)
    else:
        first = CriterionCheck(Criterion.MANDATORY_PASSED, thresholds.mandatory_passed_pct, None, True)
    tally = dict.fromkeys(SEVERITY_ORDER, 0)
    for severity in open_severities:
        tally[Severity(severity)] += 1
    blocking, major = tally[Severity.BLOCKING], tally[Severity.MAJOR]
    checks = (
        first,
        CriterionCheck(Criterion.BLOCKING_OPEN, thresholds.max_blocking, blocking, blocking <= thresholds.max_blocking),
        CriterionCheck(Criterion.MAJOR_OPEN, thresholds.max_major, major, major <= thresholds.max_major),
    )
    return GoNoGo(checks, tuple(mandatory), tuple(tally.items()))


def defect_weighs_on(campaign_id: int, raised_in: int | None, case_id: int | None, held: Set[int],
                     order: Mapping[int, tuple[str, int]]) -> bool:
    """Whether a defect matters to a campaign: raised by one of its executions (``raised_in``),
    or linked to a case it holds (``held``: test case ids) and raised outside any campaign or in
    an earlier one (``order``: each campaign's (start day, id)). A defect still open from the
    VABF weighs on the pre-production acceptance; a later campaign's defects never rewrite an
    earlier campaign's figures."""
    if raised_in == campaign_id:
        return True
    if case_id is None or case_id not in held:
        return False
    mine = order[campaign_id]
    return raised_in is None or order.get(raised_in, mine) < mine


def proposed_decision(result: GoNoGo) -> Decision:
    """What the figures suggest for the PV: refused on a no-go, accepted with reservations
    while defects remain open, accepted otherwise. The signatories decide."""
    if not result.go:
        return Decision.REFUSED
    if any(count for _, count in result.open_by_severity):
        return Decision.ACCEPTED_WITH_RESERVATIONS
    return Decision.ACCEPTED


# ------------------------------------------------------------------------- re-tests
@dataclass(frozen=True, slots=True)
class RetestProposal:
    test_case_id: int
    ref: str
    title: str
    defect_refs: tuple[str, ...]
    campaign_case_id: int | None  # already in the target campaign: run it again there


def retest_proposals(defects: Iterable[tuple[str, DefectStatus, int | None]],
                     cases: Mapping[int, tuple[str, str]], in_target: Mapping[int, int] | None = None
                     ) -> list[RetestProposal]:
    """The cases to run again: those linked to a defect waiting for its re-test. ``defects``
    are (ref, status, test case id); ``cases`` maps a case id to (ref, title); ``in_target``
    maps a case id to its campaign case in the campaign the proposals are for."""
    refs: dict[int, list[str]] = defaultdict(list)
    for ref, status, case_id in defects:
        if DefectStatus(status) is DefectStatus.TO_RETEST and case_id is not None and case_id in cases:
            refs[case_id].append(ref)
    target = in_target or {}
    out = [RetestProposal(case_id, cases[case_id][0], cases[case_id][1], tuple(sorted(found)),
                          target.get(case_id)) for case_id, found in refs.items()]
    return sorted(out, key=lambda p: p.ref)


# ------------------------------------------------------------------------- justification
STEP_LINE = QT_TRANSLATE_NOOP("Acceptance", "Step {n} ({result}): {action}")
EXPECTED_LINE = QT_TRANSLATE_NOOP("Acceptance", "Expected: {expected}")
ACTUAL_LINE = QT_TRANSLATE_NOOP("Acceptance", "Actual: {actual}")
COMMENT_LINE = QT_TRANSLATE_NOOP("Acceptance", "Comment: {comment}")


def justification(steps: Sequence[TestStep], results: Sequence[StepResult], actual: str, comment: str,
                  translate: Translate | None = None) -> str:
    """Why an attempt failed or was blocked, in words: each KO or blocked step with what was
    expected and what happened, then the overall actual result and comment."""
    from crmdesk.domain.acceptance import label

    def tr(text: str) -> str:
        return translate("Acceptance", text) if translate else text

    lines: list[str] = []
    for step in results:
        if step.result not in (Result.FAILED, Result.BLOCKED):
            continue
        frozen = steps[step.position - 1] if step.position <= len(steps) else TestStep("", "")
        lines.append(tr(STEP_LINE).replace("{n}", str(step.position)).replace(
            "{result}", label(step.result, translate)).replace("{action}", frozen.action or "—"))
        if frozen.expected:
            lines.append("  " + tr(EXPECTED_LINE).replace("{expected}", frozen.expected))
        if step.actual_result:
            lines.append("  " + tr(ACTUAL_LINE).replace("{actual}", step.actual_result))
    if actual.strip():
        lines.append(tr(ACTUAL_LINE).replace("{actual}", actual.strip()))
    if comment.strip():
        lines.append(tr(COMMENT_LINE).replace("{comment}", comment.strip()))
    return "\n".join(lines)
