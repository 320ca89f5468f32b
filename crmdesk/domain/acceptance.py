"""Acceptance testing (recette): vocabularies, their labels and the frozen read schemas.

The pure rules (need status roll-up, progress, go/no-go, open defects over time, re-test
proposals) live in ``crmdesk.domain.acceptance_rules``; edit payloads and their validation in
``crmdesk.domain.acceptance_values``. Labels are English source text marked for
``pyside6-lupdate``; the French words are those of the users (OK / KO / bloqué / non passé,
anomalie bloquante / majeure / mineure, pré-recette, VABF, VSR…).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from crmdesk.domain.enums import Priority, Role
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]

TEST_CASE_REF_PREFIX = "CT"
DEFECT_REF_PREFIX = "ANO"


class TestPriority(StrEnum):
    __test__ = False  # not a pytest class despite its name

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class TestCaseStatus(StrEnum):
    """A draft case is being written; only ready cases go into a campaign by scope; an obsolete
    case is kept for the history of past campaigns but is never added again."""

    __test__ = False

    DRAFT = "draft"
    READY = "ready"
    OBSOLETE = "obsolete"


class CampaignKind(StrEnum):
    PRE_ACCEPTANCE = "pre_acceptance"
    VABF = "vabf"
    PREPRODUCTION = "preproduction"
    VSR = "vsr"
    NON_REGRESSION = "non_regression"


class CampaignStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"


class Result(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    BLOCKED = "blocked"
    NOT_RUN = "not_run"


class CoverageStatus(StrEnum):
    """A need's status in the traceability matrix: a result, or no test case at all."""

    PASSED = "passed"
    FAILED = "failed"
    BLOCKED = "blocked"
    NOT_RUN = "not_run"
    NOT_COVERED = "not_covered"


class Severity(StrEnum):
    BLOCKING = "blocking"
    MAJOR = "major"
    MINOR = "minor"


class DefectStatus(StrEnum):
    NEW = "new"
    IN_CORRECTION = "in_correction"
    TO_RETEST = "to_retest"
    CLOSED = "closed"
    REJECTED = "rejected"


class Decision(StrEnum):
    ACCEPTED = "accepted"
    ACCEPTED_WITH_RESERVATIONS = "accepted_with_reservations"
    REFUSED = "refused"


OPEN_DEFECT_STATUSES = frozenset({DefectStatus.NEW, DefectStatus.IN_CORRECTION, DefectStatus.TO_RETEST})

TEST_PRIORITY_LABELS: dict[TestPriority, str] = {
    TestPriority.HIGH: QT_TRANSLATE_NOOP("TestPriority", "high"),
    TestPriority.MEDIUM: QT_TRANSLATE_NOOP("TestPriority", "medium"),
    TestPriority.LOW: QT_TRANSLATE_NOOP("TestPriority", "low"),
}

TEST_CASE_STATUS_LABELS: dict[TestCaseStatus, str] = {
    TestCaseStatus.DRAFT: QT_TRANSLATE_NOOP("TestCaseStatus", "draft"),
    TestCaseStatus.READY: QT_TRANSLATE_NOOP("TestCaseStatus", "ready"),
    TestCaseStatus.OBSOLETE: QT_TRANSLATE_NOOP("TestCaseStatus", "obsolete"),
}

CAMPAIGN_KIND_LABELS: dict[CampaignKind, str] = {
    CampaignKind.PRE_ACCEPTANCE: QT_TRANSLATE_NOOP("CampaignKind", "pre-acceptance"),
    CampaignKind.VABF: QT_TRANSLATE_NOOP("CampaignKind", "VABF"),
    CampaignKind.PREPRODUCTION: QT_TRANSLATE_NOOP("CampaignKind", "pre-production acceptance"),
    CampaignKind.VSR: QT_TRANSLATE_NOOP("CampaignKind", "VSR"),
    CampaignKind.NON_REGRESSION: QT_TRANSLATE_NOOP("CampaignKind", "non-regression"),
}

CAMPAIGN_STATUS_LABELS: dict[CampaignStatus, str] = {
    CampaignStatus.PLANNED: QT_TRANSLATE_NOOP("CampaignStatus", "planned"),
    CampaignStatus.RUNNING: QT_TRANSLATE_NOOP("CampaignStatus", "running"),
    CampaignStatus.CLOSED: QT_TRANSLATE_NOOP("CampaignStatus", "closed"),
}

RESULT_LABELS: dict[Result, str] = {
    Result.PASSED: QT_TRANSLATE_NOOP("Result", "passed"),
    Result.FAILED: QT_TRANSLATE_NOOP("Result", "failed"),
    Result.BLOCKED: QT_TRANSLATE_NOOP("Result", "blocked"),
    Result.NOT_RUN: QT_TRANSLATE_NOOP("Result", "not run"),
}

COVERAGE_STATUS_LABELS: dict[CoverageStatus, str] = {
    CoverageStatus.PASSED: QT_TRANSLATE_NOOP("CoverageStatus", "passed"),
    CoverageStatus.FAILED: QT_TRANSLATE_NOOP("CoverageStatus", "failed"),
    CoverageStatus.BLOCKED: QT_TRANSLATE_NOOP("CoverageStatus", "blocked"),
    CoverageStatus.NOT_RUN: QT_TRANSLATE_NOOP("CoverageStatus", "not run"),
    CoverageStatus.NOT_COVERED: QT_TRANSLATE_NOOP("CoverageStatus", "not covered"),
}

SEVERITY_LABELS: dict[Severity, str] = {
    Severity.BLOCKING: QT_TRANSLATE_NOOP("Severity", "blocking"),
    Severity.MAJOR: QT_TRANSLATE_NOOP("Severity", "major"),
    Severity.MINOR: QT_TRANSLATE_NOOP("Severity", "minor"),
}

DEFECT_STATUS_LABELS: dict[DefectStatus, str] = {
    DefectStatus.NEW: QT_TRANSLATE_NOOP("DefectStatus", "new"),
    DefectStatus.IN_CORRECTION: QT_TRANSLATE_NOOP("DefectStatus", "in correction"),
    DefectStatus.TO_RETEST: QT_TRANSLATE_NOOP("DefectStatus", "to re-test"),
    DefectStatus.CLOSED: QT_TRANSLATE_NOOP("DefectStatus", "closed"),
    DefectStatus.REJECTED: QT_TRANSLATE_NOOP("DefectStatus", "rejected"),
}

DECISION_LABELS: dict[Decision, str] = {
    Decision.ACCEPTED: QT_TRANSLATE_NOOP("Decision", "accepted"),
    Decision.ACCEPTED_WITH_RESERVATIONS: QT_TRANSLATE_NOOP("Decision", "accepted with reservations"),
    Decision.REFUSED: QT_TRANSLATE_NOOP("Decision", "refused"),
}

# Context of each enum's labels in the translation file.
LABEL_CONTEXT: dict[type, str] = {
    TestPriority: "TestPriority", TestCaseStatus: "TestCaseStatus", CampaignKind: "CampaignKind",
    CampaignStatus: "CampaignStatus", Result: "Result", CoverageStatus: "CoverageStatus",
    Severity: "Severity", DefectStatus: "DefectStatus", Decision: "Decision",
}
_LABELS: dict[type, dict] = {  # type: ignore[type-arg]
    TestPriority: TEST_PRIORITY_LABELS, TestCaseStatus: TEST_CASE_STATUS_LABELS,
    CampaignKind: CAMPAIGN_KIND_LABELS, CampaignStatus: CAMPAIGN_STATUS_LABELS, Result: RESULT_LABELS,
    CoverageStatus: COVERAGE_STATUS_LABELS, Severity: SEVERITY_LABELS, DefectStatus: DEFECT_STATUS_LABELS,
    Decision: DECISION_LABELS,
}

# A need's priority gives the importance of the cases created from it (Squash's "auto").
PRIORITY_OF_NEED: dict[Priority, TestPriority] = {
    Priority.MANDATORY: TestPriority.HIGH, Priority.DESIRED: TestPriority.MEDIUM,
    Priority.OPTIONAL: TestPriority.LOW,
}


def label(value: StrEnum, translate: Translate | None = None) -> str:
    """The label of any acceptance enum value, translated when ``translate`` is given."""
    text = _LABELS[type(value)][value]
    return translate(LABEL_CONTEXT[type(value)], text) if translate is not None else text


# ---------------------------------------------------------------------------- read schemas
@dataclass(frozen=True, slots=True)
class TestStep:
    """One step of a case: what the tester does and what must happen."""

    __test__ = False

    action: str
    expected: str


def steps_to_json(steps: tuple[TestStep, ...] | list[TestStep]) -> str:
    """The steps as a campaign keeps its frozen copy of them."""
    return json.dumps([[s.action, s.expected] for s in steps], ensure_ascii=False)


@lru_cache(maxsize=16_384)
def steps_from_json(text: str) -> tuple[TestStep, ...]:
    """Steps are immutable, and every campaign holds a frozen copy of the same cases: the
    parse is cached by text (the full export parsed 60,000 step lists, 1.2 s, for 5,000
    distinct ones)."""
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(TestStep(str(a), str(e)) for a, e in data) if isinstance(data, list) else ()


@dataclass(frozen=True, slots=True)
class TestCaseRead:
    __test__ = False

    id: int
    ref: str
    title: str
    preconditions: str
    priority: TestPriority
    status: TestCaseStatus
    lot_id: int | None
    lot_name: str
    position: int
    steps: tuple[TestStep, ...]
    need_ids: tuple[int, ...]
    need_refs: tuple[str, ...]
    story_ids: tuple[int, ...]
    story_refs: tuple[str, ...]
    created_at: str
    updated_at: str
    last_result: Result | None = None  # latest attempt in any campaign; None: never in one


@dataclass(frozen=True, slots=True)
class ResultCounts:
    """How many cases stand at each result (their latest attempt; no attempt = not run)."""

    passed: int = 0
    failed: int = 0
    blocked: int = 0
    not_run: int = 0

    @property
    def total(self) -> int:
        return self.passed + self.failed + self.blocked + self.not_run

    @property
    def executed(self) -> int:
        return self.total - self.not_run

    def of(self, result: Result) -> int:
        return int(getattr(self, str(result)))

    def share(self, result: Result) -> float:
        """Share of the cases at ``result``, 0 to 1 (0 when there is no case)."""
        return self.of(result) / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class SignoffRead:
    id: int
    campaign_id: int
    decision: Decision
    reservations: tuple[str, ...]
    signatories: tuple[Signatory, ...]
    signed_on: date
    created_at: str


@dataclass(frozen=True, slots=True)
class Signatory:
    """Who signs the PV de recette, and for whom (pilot, key user, vendor…)."""

    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class CampaignRead:
    id: int
    name: str
    kind: CampaignKind
    status: CampaignStatus
    start_date: date | None
    end_date: date | None
    lot_id: int | None
    lot_name: str
    entry_criteria: str
    exit_criteria: str
    exit_mandatory_passed_pct: float
    exit_max_blocking: int
    exit_max_major: int
    created_at: str
    tester_ids: tuple[int, ...]
    tester_names: tuple[str, ...]
    counts: ResultCounts
    attempts: int  # every attempt recorded, re-runs included
    signoff: SignoffRead | None

    @property
    def progress(self) -> float:
        """Share of the cases run at least once to a result, 0 to 1."""
        return self.counts.executed / self.counts.total if self.counts.total else 0.0

    def kind_label(self, translate: Translate | None = None) -> str:
        return label(self.kind, translate)


@dataclass(frozen=True, slots=True)
class CampaignCaseRead:
    """A case as frozen in a campaign, with where it stands there."""

    id: int
    campaign_id: int
    test_case_id: int | None  # None once the case itself was deleted
    ref: str
    title: str
    preconditions: str
    priority: TestPriority
    steps_json: str  # the frozen copy of its steps, as stored: read when they are shown
    need_refs: tuple[str, ...]
    tester_id: int | None
    tester_name: str
    position: int
    added_at: str
    result: Result  # of the latest attempt; not run without any
    attempts: int
    last_executed_at: str | None

    @property
    def steps(self) -> tuple[TestStep, ...]:
        """Parsed when asked (the runner lists 5,000 cases and shows one's steps), once per
        distinct text."""
        return steps_from_json(self.steps_json)


@dataclass(frozen=True, slots=True)
class StepResult:
    position: int  # 1-based, the frozen step's number
    result: Result
    actual_result: str = ""


@dataclass(frozen=True, slots=True)
class ExecutionRead:
    id: int
    campaign_case_id: int
    campaign_id: int
    campaign_name: str
    case_ref: str
    case_title: str
    attempt: int
    result: Result
    actual_result: str
    comment: str
    tester_id: int | None
    tester_name: str
    executed_at: str
    steps: tuple[StepResult, ...]
    defect_refs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DefectRead:
    id: int
    ref: str
    title: str
    description: str
    severity: Severity
    status: DefectStatus
    execution_id: int | None
    campaign_id: int | None
    campaign_name: str
    test_case_id: int | None
    test_case_ref: str
    story_id: int | None
    story_ref: str
    need_id: int | None
    need_ref: str
    vendor_ticket: str
    created_at: str
    updated_at: str
    closed_at: str | None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_DEFECT_STATUSES


@dataclass(frozen=True, slots=True)
class DefectChangeRead:
    defect_id: int
    field: str  # "status" or "severity"
    old_value: str
    new_value: str
    changed_at: str


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One execution for the audit sheet: who, when, what, and why it failed."""

    campaign_name: str
    case_ref: str
    case_title: str
    attempt: int
    result: Result
    tester_name: str
    executed_at: str
    actual_result: str
    comment: str
    justification: str  # the failing or blocked steps with what happened
    defect_refs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RunOutcome:
    """What recording an attempt did beside the attempt itself: the defect a KO created, the
    defects waiting for this re-test that a KO sent back to correction, and those a pass now
    lets the pilot close."""

    execution: ExecutionRead
    defect: DefectRead | None = None
    reopened: tuple[DefectRead, ...] = ()
    to_close: tuple[DefectRead, ...] = ()
