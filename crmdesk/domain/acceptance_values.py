"""Edit payloads of the acceptance area and their validation (pure).

Every check raises ``ValidationFailed`` with one readable sentence; the services call these
before anything is written, so a refused edit leaves the project as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date

from crmdesk.domain.acceptance import (
    CampaignKind,
    Decision,
    DefectStatus,
    Result,
    Severity,
    Signatory,
    StepResult,
    TestCaseStatus,
    TestPriority,
    TestStep,
)
from crmdesk.domain.enums import Role
from crmdesk.domain.errors import ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.needs import TEXT_MAX, TITLE_MAX

NAME_MAX = 200
TICKET_MAX = 100
MAX_STEPS = 200


@dataclass(frozen=True)
class TestCaseDraft:
    __test__ = False

    title: str
    preconditions: str = ""
    priority: TestPriority = TestPriority.MEDIUM
    status: TestCaseStatus = TestCaseStatus.READY
    lot_id: int | None = None
    steps: tuple[TestStep, ...] = ()
    need_ids: tuple[int, ...] = ()
    story_ids: tuple[int, ...] = ()

    def values(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in ("steps", "need_ids", "story_ids")}


@dataclass(frozen=True)
class CampaignDraft:
    name: str
    kind: CampaignKind = CampaignKind.VABF
    start_date: date | None = None
    end_date: date | None = None
    lot_id: int | None = None
    entry_criteria: str = ""
    exit_criteria: str = ""
    exit_mandatory_passed_pct: float = 100.0
    exit_max_blocking: int = 0
    exit_max_major: int = 3
    tester_ids: tuple[int, ...] = ()

    def values(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "tester_ids"}


@dataclass(frozen=True)
class DefectDraft:
    title: str
    description: str = ""
    severity: Severity = Severity.MAJOR
    status: DefectStatus = DefectStatus.NEW
    execution_id: int | None = None
    test_case_id: int | None = None
    story_id: int | None = None
    need_id: int | None = None
    vendor_ticket: str = ""

    def values(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


TEST_CASE_FIELDS = ("title", "preconditions", "priority", "status", "lot_id")
CAMPAIGN_FIELDS = ("name", "kind", "start_date", "end_date", "lot_id", "entry_criteria", "exit_criteria",
                   "exit_mandatory_passed_pct", "exit_max_blocking", "exit_max_major")
DEFECT_FIELDS = ("title", "description", "severity", "vendor_ticket", "test_case_id", "story_id", "need_id",
                 "execution_id")


def _text(value: object, limit: int = TEXT_MAX) -> str:
    text = str(value or "")
    if len(text) > limit:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A text is limited to {n} characters."), n=limit)
    return text


def _line(value: object) -> str:
    return " ".join(str(value or "").split())


def _optional_id(value: object) -> int | None:
    return int(value) if value not in (None, "") else None  # type: ignore[arg-type]


def _enum(kind: type, value: object, message: str):  # type: ignore[no-untyped-def]
    try:
        return kind(value)
    except ValueError:
        raise ValidationFailed(message, value=value) from None


def clean_title(value: object, what: str) -> str:
    title = _line(value)
    if not title:
        if what == "defect":
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A defect must have a title."))
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A test case must have a title."))
    if len(title) > TITLE_MAX:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A title is limited to {n} characters."), n=TITLE_MAX)
    return title


def clean_steps(steps: Iterable[TestStep | tuple[str, str]]) -> tuple[TestStep, ...]:
    """The steps as stored: empty steps dropped, texts checked, at most ``MAX_STEPS``."""
    out = []
    for step in steps:
        action, expected = (step.action, step.expected) if isinstance(step, TestStep) else step
        action, expected = _text(action).strip(), _text(expected).strip()
        if action or expected:
            out.append(TestStep(action, expected))
    if len(out) > MAX_STEPS:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A test case has at most {n} steps."), n=MAX_STEPS)
    return tuple(out)


def clean_test_case_values(values: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in values.items():
        if key not in TEST_CASE_FIELDS:
            raise ValueError(f"not editable: {key}")
        if key == "title":
            out[key] = clean_title(value, "case")
        elif key == "priority":
            out[key] = str(_enum(TestPriority, value, QT_TRANSLATE_NOOP("Errors", "Unknown priority: {value}.")))
        elif key == "status":
            out[key] = str(_enum(TestCaseStatus, value, QT_TRANSLATE_NOOP(
                "Errors", "Unknown test case status: {value}.")))
        elif key == "lot_id":
            out[key] = _optional_id(value)
        else:
            out[key] = _text(value)
    return out


def clean_date(value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Not a date: {value}."), value=value) from None


def _number(value: object, low: float, high: float, message: str) -> float:
    try:
        number = float(str(value).replace(",", ".").replace("%", "").strip())
    except ValueError:
        number = float("nan")
    if not low <= number <= high:
        raise ValidationFailed(message)
    return number


def clean_campaign_values(values: dict[str, object]) -> dict[str, object]:
    """Validated campaign fields as stored (dates as ISO text). Start and end are checked
    together when both are given; the service checks them against the stored ones."""
    out: dict[str, object] = {}
    for key, value in values.items():
        if key not in CAMPAIGN_FIELDS:
            raise ValueError(f"not editable: {key}")
        if key == "name":
            name = _line(value)
            if not name:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A campaign must have a name."))
            if len(name) > NAME_MAX:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A name is limited to {n} characters."),
                                       n=NAME_MAX)
            out[key] = name
        elif key == "kind":
            out[key] = str(_enum(CampaignKind, value, QT_TRANSLATE_NOOP("Errors", "Unknown kind of campaign: {value}.")))
        elif key in ("start_date", "end_date"):
            d = clean_date(value)
            out[key] = d.isoformat() if d else None
        elif key == "lot_id":
            out[key] = _optional_id(value)
        elif key == "exit_mandatory_passed_pct":
            out[key] = _number(value, 0, 100, QT_TRANSLATE_NOOP(
                "Errors", "The share of mandatory needs passed is a percentage from 0 to 100."))
        elif key in ("exit_max_blocking", "exit_max_major"):
            number = _number(value, 0, 10_000, QT_TRANSLATE_NOOP(
                "Errors", "A number of open defects allowed is a whole number, 0 or more."))
            if not float(number).is_integer():
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "A number of open defects allowed is a whole number, 0 or more."))
            out[key] = int(number)
        else:
            out[key] = _text(value)
    check_dates(out.get("start_date"), out.get("end_date"))  # type: ignore[arg-type]
    return out


def check_dates(start: str | None, end: str | None) -> None:
    if start and end and end < start:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A campaign cannot end before it starts."))


def clean_defect_values(values: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in values.items():
        if key == "status":
            out[key] = str(_enum(DefectStatus, value, QT_TRANSLATE_NOOP("Errors", "Unknown defect status: {value}.")))
        elif key not in DEFECT_FIELDS:
            raise ValueError(f"not editable: {key}")
        elif key == "title":
            out[key] = clean_title(value, "defect")
        elif key == "severity":
            out[key] = str(_enum(Severity, value, QT_TRANSLATE_NOOP("Errors", "Unknown severity: {value}.")))
        elif key == "vendor_ticket":
            out[key] = _line(_text(value, TICKET_MAX))
        elif key.endswith("_id"):
            out[key] = _optional_id(value)
        else:
            out[key] = _text(value)
    return out


def clean_step_results(results: Iterable[StepResult | tuple[object, ...]], step_count: int) -> tuple[StepResult, ...]:
    """Step results by position (1-based, within the frozen steps, each at most once); a
    step without a result is not run. Tuples are (position, result[, actual])."""
    seen: dict[int, StepResult] = {}
    for item in results:
        if isinstance(item, StepResult):
            step = item
        else:
            position, result, *rest = item
            step = StepResult(int(position), clean_result(result), str(rest[0] if rest else "") or "")  # type: ignore[call-overload]
        if not 1 <= step.position <= step_count:
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "This case has no step {n}."), n=step.position)
        if step.position in seen:
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Step {n} has two results."), n=step.position)
        seen[step.position] = StepResult(step.position, Result(step.result), _text(step.actual_result))
    return tuple(seen[p] for p in sorted(seen))


def clean_result(value: object) -> Result:
    return _enum(Result, value, QT_TRANSLATE_NOOP("Errors", "Unknown result: {value}."))


def clean_signatories(signatories: Iterable[Signatory | tuple[str, object]]) -> tuple[Signatory, ...]:
    out = []
    for item in signatories:
        name, role = (item.name, item.role) if isinstance(item, Signatory) else item
        name = _line(name)
        if not name:
            continue
        if len(name) > NAME_MAX:
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A name is limited to {n} characters."), n=NAME_MAX)
        out.append(Signatory(name, _enum(Role, role, QT_TRANSLATE_NOOP("Errors", "Unknown role: {value}."))))
    return tuple(out)


def signatories_text(signatories: Sequence[Signatory]) -> str:
    """Stored one per line as ``role<TAB>name``."""
    return "\n".join(f"{s.role}\t{s.name}" for s in signatories)


def parse_signatories(text: str) -> tuple[Signatory, ...]:
    out = []
    for line in (text or "").splitlines():
        role, _, name = line.partition("\t")
        if not name:
            role, name = str(Role.OTHER), role
        try:
            out.append(Signatory(name.strip(), Role(role.strip())))
        except ValueError:
            out.append(Signatory(name.strip(), Role.OTHER))
    return tuple(s for s in out if s.name)


def clean_reservations(reservations: Iterable[str]) -> tuple[str, ...]:
    return tuple(_line(_text(r)) for r in reservations if _line(r))


def clean_decision(value: object) -> Decision:
    return _enum(Decision, value, QT_TRANSLATE_NOOP("Errors", "Unknown decision: {value}."))


# ---------------------------------------------------------------- steps from acceptance criteria
_GHERKIN = re.compile(
    r"^\s*(?P<given>(?:étant donnée?s?|etant donnee?s?|given)\b.*?),\s*(?P<when>(?:quand|lorsque|when)\b.*?),\s*"
    r"(?P<then>(?:alors|then)\b.*)$", re.IGNORECASE)
_THEN_WORD = re.compile(r"^(?:alors|then)\s+", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")


def _capitalised(text: str) -> str:
    text = text.strip().rstrip(",")
    return text[:1].upper() + text[1:]


def steps_from_criteria(text: str) -> tuple[TestStep, ...]:
    """One step per line of acceptance criteria. A line written "Étant donné …, quand …, alors
    …" (or Given/When/Then) becomes the action "Étant donné …, quand …" and the expected result
    "…" after "alors"; any other line is the expected result of a step whose action the pilot
    writes (the line is what must be observed)."""
    steps = []
    for raw in (text or "").splitlines():
        line = _BULLET.sub("", raw).strip()
        if not line:
            continue
        match = _GHERKIN.match(line)
        if match:
            action = f"{_capitalised(match['given'])}, {match['when'].strip()}"
            expected = _capitalised(_THEN_WORD.sub("", match["then"].strip()))
            steps.append(TestStep(action, expected))
        else:
            steps.append(TestStep("", line))
    return tuple(steps[:MAX_STEPS])
