"""Tool selection: the vocabularies (enums and their labels) and the read schemas.

The edit rules live in ``selection_rules``; the scoring arithmetic in ``selection_scoring``
(numbers), ``selection_matrix`` (the snapshot the matrix view and the results read),
``selection_results`` (cells, eliminations, ranking) and ``selection_sensitivity`` (what would
change the winner). Everything here is plain Python: the UI, the exports and the command line
all read these objects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from crmdesk.domain.enums import Priority
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

SCORE_MIN = 0.0
SCORE_MAX = 5.0
NAME_MAX = 200
CRITERION_NAME_MAX = 300
TEXT_MAX = 32_000
WEIGHT_MAX = 1_000_000.0
COST_MAX = 1e12

# A translate(context, text) function, as crmdesk.i18n builds them.
Translate = Callable[[str, str], str]


class CandidateKind(StrEnum):
    VENDOR = "vendor"
    INTEGRATOR = "integrator"
    PAIR = "pair"  # a vendor and its integrator proposed together


class CandidateStatus(StrEnum):
    LONG_LIST = "long_list"
    SHORT_LIST = "short_list"
    RETAINED = "retained"
    ELIMINATED = "eliminated"


class CriterionKind(StrEnum):
    SCORED = "scored"  # evaluators give 0-5 marks
    COST = "cost"  # computed from the candidates' TCO


class Aggregate(StrEnum):
    MEAN = "mean"
    MEDIAN = "median"


class Coverage(StrEnum):
    """How a vendor says it meets a need (questionnaire answer)."""

    STANDARD = "standard"
    CONFIGURATION = "configuration"
    CUSTOM = "custom"
    NOT_COVERED = "not_covered"


CANDIDATE_KIND_LABELS: dict[CandidateKind, str] = {
    CandidateKind.VENDOR: QT_TRANSLATE_NOOP("CandidateKind", "vendor"),
    CandidateKind.INTEGRATOR: QT_TRANSLATE_NOOP("CandidateKind", "integrator"),
    CandidateKind.PAIR: QT_TRANSLATE_NOOP("CandidateKind", "vendor + integrator"),
}

CANDIDATE_STATUS_LABELS: dict[CandidateStatus, str] = {
    CandidateStatus.LONG_LIST: QT_TRANSLATE_NOOP("CandidateStatus", "long list"),
    CandidateStatus.SHORT_LIST: QT_TRANSLATE_NOOP("CandidateStatus", "short list"),
    CandidateStatus.RETAINED: QT_TRANSLATE_NOOP("CandidateStatus", "retained"),
    CandidateStatus.ELIMINATED: QT_TRANSLATE_NOOP("CandidateStatus", "eliminated"),
}

CRITERION_KIND_LABELS: dict[CriterionKind, str] = {
    CriterionKind.SCORED: QT_TRANSLATE_NOOP("CriterionKind", "scored"),
    CriterionKind.COST: QT_TRANSLATE_NOOP("CriterionKind", "cost (from the TCO)"),
}

AGGREGATE_LABELS: dict[Aggregate, str] = {
    Aggregate.MEAN: QT_TRANSLATE_NOOP("Aggregate", "mean"),
    Aggregate.MEDIAN: QT_TRANSLATE_NOOP("Aggregate", "median"),
}

COVERAGE_LABELS: dict[Coverage, str] = {
    Coverage.STANDARD: QT_TRANSLATE_NOOP("Coverage", "out of the box"),
    Coverage.CONFIGURATION: QT_TRANSLATE_NOOP("Coverage", "configuration"),
    Coverage.CUSTOM: QT_TRANSLATE_NOOP("Coverage", "custom development"),
    Coverage.NOT_COVERED: QT_TRANSLATE_NOOP("Coverage", "not covered"),
}

# Labels of the marks 0..5 when the pilot has not written their own.
DEFAULT_SCORE_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ScoreLabel", "absent"),
    QT_TRANSLATE_NOOP("ScoreLabel", "very poor"),
    QT_TRANSLATE_NOOP("ScoreLabel", "poor"),
    QT_TRANSLATE_NOOP("ScoreLabel", "fair"),
    QT_TRANSLATE_NOOP("ScoreLabel", "good"),
    QT_TRANSLATE_NOOP("ScoreLabel", "excellent"),
)

SELECTION_LABEL_CONTEXT = {
    CandidateKind: "CandidateKind", CandidateStatus: "CandidateStatus",
    CriterionKind: "CriterionKind", Aggregate: "Aggregate", Coverage: "Coverage",
}

# Default weight of a criterion created from a need, by the need's priority.
PRIORITY_WEIGHTS: dict[Priority, float] = {
    Priority.MANDATORY: 3.0, Priority.DESIRED: 2.0, Priority.OPTIONAL: 1.0,
}


# ----------------------------------------------------------------------------- read schemas
@dataclass(frozen=True, slots=True)
class SelectionSettingsRead:
    user_count: int
    horizon_years: int
    aggregate: Aggregate
    disagreement_gap: float
    score_labels: tuple[str, ...]  # six texts; "" means the default label
    score_standard: float
    score_configuration: float
    score_custom: float
    score_not_covered: float

    def coverage_score(self, coverage: Coverage | str) -> float:
        """The mark an accepted answer with this coverage proposes."""
        return float(getattr(self, f"score_{Coverage(coverage).value}"))

    def score_label(self, value: int, translate: Translate) -> str:
        own = self.score_labels[value] if 0 <= value < len(self.score_labels) else ""
        return own or translate("ScoreLabel", DEFAULT_SCORE_LABELS[value])


@dataclass(frozen=True, slots=True)
class CandidateCosts:
    """An offer's costs in euros: one-off, and recurring."""

    setup: float = 0.0
    migration: float = 0.0
    training: float = 0.0
    licence_per_user_month: float = 0.0
    hosting_per_year: float = 0.0
    support_per_year: float = 0.0

    @property
    def one_off(self) -> float:
        return self.setup + self.migration + self.training

    def recurring_per_year(self, users: int) -> float:
        return self.licence_per_user_month * users * 12 + self.hosting_per_year + self.support_per_year

    def tco(self, users: int, years: int) -> float:
        """Total cost of ownership: one-off + years × (licences × users × 12 + hosting + support)."""
        return self.one_off + years * self.recurring_per_year(users)


@dataclass(frozen=True, slots=True)
class CandidateRead:
    id: int
    name: str
    kind: CandidateKind
    status: CandidateStatus
    elimination_reason: str
    notes: str
    position: int
    costs: CandidateCosts
    tco: float  # over the settings' horizon and number of users
    contact_ids: tuple[int, ...] = ()
    contact_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GroupRead:
    id: int
    name: str
    weight: float
    position: int
    share: float  # % of the total weight (0 when empty or of weight 0)
    criterion_count: int


@dataclass(frozen=True, slots=True)
class CriterionRead:
    id: int
    group_id: int
    group_name: str
    name: str
    description: str
    weight: float
    kind: CriterionKind
    knockout: bool
    knockout_threshold: float | None
    need_id: int | None
    need_ref: str
    need_priority: Priority | None
    domain_id: int | None
    domain_name: str
    position: int
    share: float  # % of the whole: group share × weight share within the group

    @property
    def label(self) -> str:
        """The criterion as users quote it: with its need's reference when it has one."""
        return f"{self.need_ref} {self.name}" if self.need_ref else self.name


@dataclass(frozen=True, slots=True)
class EvaluatorRead:
    id: int
    person_id: int
    name: str
    position: int


@dataclass(frozen=True, slots=True)
class ScoreRead:
    candidate_id: int
    criterion_id: int
    evaluator_id: int
    value: float
    comment: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class ConsensusRead:
    candidate_id: int
    criterion_id: int
    value: float
    reason: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class AnswerFact:
    """What the scoring needs of one vendor answer: the need, its coverage, whether the pilot
    accepted its proposed mark."""

    candidate_id: int
    need_id: int
    need_ref: str
    need_title: str
    need_priority: Priority
    need_domain_id: int | None
    coverage: Coverage | None
    accepted: bool


@dataclass(frozen=True, slots=True)
class ScoreInput:
    """One cell of one evaluator for a bulk write; ``value`` None clears it."""

    candidate_id: int
    criterion_id: int
    evaluator_id: int
    value: float | None
    comment: str = ""
