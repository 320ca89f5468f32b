"""Vendor questionnaires and answers: the coverage vocabulary, read schemas and pure rules.

A candidate (vendor, integrator or pair) answers, for each need, how its offer covers it: out
of the box, by configuration, by custom development, or not at all. Each declared coverage
proposes a score (editable mapping in the selection settings); proposed scores stay apart from
the evaluators' scores until the pilot accepts them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from crmdesk.domain.enums import Priority
from crmdesk.domain.errors import ImportRejected, ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

# One Coverage for the whole app: the selection area scores it, questionnaires ask for it.
from crmdesk.domain.selection import COVERAGE_LABELS, Coverage  # noqa: E402,F401 - re-exported


COVERAGE_MEANINGS: dict[Coverage, str] = {
    Coverage.STANDARD: QT_TRANSLATE_NOOP(
        "Coverage", "The software does it as delivered, without any setting or development."),
    Coverage.CONFIGURATION: QT_TRANSLATE_NOOP(
        "Coverage", "The software does it once set up by configuration (fields, screens, rules, "
        "workflows), without writing code; it survives upgrades."),
    Coverage.CUSTOM: QT_TRANSLATE_NOOP(
        "Coverage", "It needs specific development (code, script or third-party add-on); say its "
        "cost in the extra cost column."),
    Coverage.NOT_COVERED: QT_TRANSLATE_NOOP(
        "Coverage", "The offer does not meet this need."),
}

# Words vendors write instead of our labels (compared without case, accents or punctuation).
# The codes, the English labels and their translations are recognised too.
COVERAGE_SYNONYMS: dict[Coverage, tuple[str, ...]] = {
    Coverage.STANDARD: (
        "standard", "en standard", "oui", "yes", "natif", "native", "out of the box", "ootb",
        "couvert", "covered", "fully covered", "fully compliant", "conforme", "inclus", "included",
        "disponible", "available",
    ),
    Coverage.CONFIGURATION: (
        "paramétrage", "parametrage", "paramétrable", "par paramétrage", "configuration",
        "configurable", "config", "param", "setting", "settings",
    ),
    Coverage.CUSTOM: (
        "développement spécifique", "developpement specifique", "développement", "spécifique",
        "dev", "dev spécifique", "sur mesure", "custom", "custom development", "customisation",
        "customization", "development", "specific development",
    ),
    Coverage.NOT_COVERED: (
        "non couvert", "non", "no", "not covered", "non disponible", "not available",
        "non conforme", "non compliant", "absent", "none", "aucun",
    ),
}

COMMENT_MAX = 32_000
PLANNED_LOT_MAX = 200
QUESTION_TITLE_MAX = 300
SCORE_MIN = 0.0
SCORE_MAX = 5.0  # the selection's scale (labels 0..5)
DEFAULT_COVERAGE_SCORES: dict[Coverage, float] = {
    Coverage.STANDARD: 5.0, Coverage.CONFIGURATION: 4.0, Coverage.CUSTOM: 2.0, Coverage.NOT_COVERED: 0.0,
}


class CandidateNeeded(ImportRejected):
    """The file does not say which candidate answered it (a blank questionnaire, a CSV, a file
    whose identifier was lost): the caller must choose the candidate and read it again."""


@dataclass(frozen=True, slots=True)
class QuestionnaireRead:
    id: int
    token: str
    candidate_id: int | None  # None: a blank questionnaire
    candidate_name: str
    version: int
    created_at: str


@dataclass(frozen=True, slots=True)
class AnswerRead:
    """A candidate's current answer for one need, with what the UI shows beside it."""

    id: int
    candidate_id: int
    need_id: int
    need_ref: str
    need_title: str
    priority: Priority
    coverage: Coverage | None
    comment: str
    extra_cost: float | None
    planned_lot: str
    question_title: str  # the need's title when the questionnaire was sent
    questionnaire_id: int | None
    questionnaire_version: int | None
    accepted: bool
    imported_at: str
    proposed_score: float | None  # from the coverage and the mapping; None without coverage

    @property
    def title_changed(self) -> bool:
        """The need was renamed since the vendor answered: the answer may be about another wording."""
        return bool(self.question_title) and self.question_title != self.need_title


@dataclass(frozen=True, slots=True)
class AnswerHistoryRead:
    """An answer replaced by a later import."""

    id: int
    candidate_id: int
    need_id: int
    coverage: Coverage | None
    comment: str
    extra_cost: float | None
    planned_lot: str
    questionnaire_id: int | None
    imported_at: str
    replaced_at: str


@dataclass(frozen=True, slots=True)
class AnswersImportResult:
    created: int  # needs answered for the first time
    replaced: int  # answers changed (the previous one went to the history)
    unchanged: int  # same answer as before: left alone (still accepted if it was)


def coverage_of(code: str | None) -> Coverage | None:
    """The stored code as a Coverage (None for no answer or an unknown code)."""
    if not code:
        return None
    try:
        return Coverage(code)
    except ValueError:
        return None


def proposed_score(coverage: Coverage | None, scores: dict[Coverage, float]) -> float | None:
    return None if coverage is None else scores.get(coverage)


def clean_coverage_scores(values: dict[Coverage, object]) -> dict[Coverage, float]:
    """Validate an edited coverage → score mapping (each between 0 and 5)."""
    out: dict[Coverage, float] = {}
    for key, value in values.items():
        coverage = Coverage(key)
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "The score of a coverage must be a number."),
                                   ) from None
        if math.isnan(number) or not SCORE_MIN <= number <= SCORE_MAX:
            raise ValidationFailed(QT_TRANSLATE_NOOP(
                "Errors", "The score of a coverage must be between {low} and {high}."),
                low=f"{SCORE_MIN:g}", high=f"{SCORE_MAX:g}")
        out[coverage] = number
    return out


def same_answer(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """(coverage, comment, extra_cost, planned_lot) tuples equal, costs compared to the cent."""
    if a[:2] != b[:2] or a[3] != b[3]:
        return False
    x, y = a[2], b[2]
    if x is None or y is None:
        return x is y
    return abs(float(x) - float(y)) < 0.005  # type: ignore[arg-type]
