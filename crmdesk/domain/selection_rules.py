"""The rules of the tool selection's edits: each ``clean_*`` normalises what the user typed
and raises ``ValidationFailed`` with one readable sentence when it makes no sense."""

from __future__ import annotations

import math

from crmdesk.domain.errors import ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.selection import (
    COST_MAX,
    CRITERION_NAME_MAX,
    NAME_MAX,
    SCORE_MAX,
    SCORE_MIN,
    TEXT_MAX,
    WEIGHT_MAX,
    Aggregate,
    CandidateKind,
    CandidateStatus,
)


def clean_name(value: object, *, what: str = "candidate") -> str:
    text = " ".join(str(value or "").split())
    limit = CRITERION_NAME_MAX if what == "criterion" else NAME_MAX
    if not text:
        if what == "criterion":
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A criterion must have a name."))
        if what == "group":
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A group of criteria must have a name."))
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A candidate must have a name."))
    if len(text) > limit:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A name is limited to {n} characters."), n=limit)
    return text


def clean_text(value: object) -> str:
    text = str(value or "")
    if len(text) > TEXT_MAX:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A text is limited to {n} characters."), n=TEXT_MAX)
    return text


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(str(value).replace(",", ".").replace("\u202f", "").replace(" ", "")
                       if isinstance(value, str) else value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def clean_weight(value: object) -> float:
    number = _number(value)
    if number is None or number < 0 or number > WEIGHT_MAX:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "A weight must be a number between 0 and {max}: {value} is not."),
            max=int(WEIGHT_MAX), value=value)
    return number


def clean_score(value: object) -> float:
    number = _number(value)
    if number is None or not SCORE_MIN <= number <= SCORE_MAX:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A score must be between 0 and 5: {value} is not."),
                               value=value)
    return number


def clean_cost(value: object) -> float:
    if value in (None, ""):
        return 0.0
    number = _number(value)
    if number is None or number < 0 or number > COST_MAX:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "A cost must be a positive amount in euros: {value} is not."),
                               value=value)
    return number


CANDIDATE_FIELDS = ("name", "kind", "notes", "setup_cost", "migration_cost", "training_cost",
                    "licence_per_user_month", "hosting_per_year", "support_per_year")
COST_FIELDS = CANDIDATE_FIELDS[3:]


def clean_candidate_values(values: dict[str, object]) -> dict[str, object]:
    """Validate a candidate's edited fields (status goes through its own rule)."""
    out: dict[str, object] = {}
    for key, value in values.items():
        if key not in CANDIDATE_FIELDS:
            raise ValueError(f"not editable: {key}")
        if key == "name":
            out[key] = clean_name(value)
        elif key == "kind":
            try:
                out[key] = str(CandidateKind(value))
            except ValueError:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Unknown kind of candidate: {value}."),
                                       value=value) from None
        elif key == "notes":
            out[key] = clean_text(value)
        else:
            out[key] = clean_cost(value)
    return out


def clean_status(status: object, reason: object) -> tuple[str, str]:
    """An eliminated candidate needs its reason; other statuses keep none."""
    try:
        clean = CandidateStatus(status)
    except ValueError:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Unknown status: {value}."), value=status) from None
    text = " ".join(str(reason or "").split())
    if clean is CandidateStatus.ELIMINATED:
        if not text:
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Say why the candidate is eliminated."))
        return str(clean), clean_text(text)
    return str(clean), ""


def clean_threshold(value: object) -> float:
    number = _number(value)
    if number is None or not SCORE_MIN < number <= SCORE_MAX:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "A knock-out threshold must be above 0 and at most 5: {value} is not."), value=value)
    return number


SETTINGS_FIELDS = ("user_count", "horizon_years", "aggregate", "disagreement_gap", "score_labels",
                   "score_standard", "score_configuration", "score_custom", "score_not_covered")


def clean_settings_values(values: dict[str, object]) -> dict[str, object]:
    """Validate the selection frame; ``score_labels`` (six texts) becomes label_0..label_5."""
    out: dict[str, object] = {}
    for key, value in values.items():
        if key not in SETTINGS_FIELDS:
            raise ValueError(f"not editable: {key}")
        if key == "user_count":
            number = _number(value)
            if number is None or number != int(number) or not 1 <= number <= 100_000:
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "The number of users must be a whole number between 1 and 100000."))
            out[key] = int(number)
        elif key == "horizon_years":
            number = _number(value)
            if number is None or number != int(number) or not 1 <= number <= 20:
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "The horizon must be a whole number of years between 1 and 20."))
            out[key] = int(number)
        elif key == "aggregate":
            try:
                out[key] = str(Aggregate(value))
            except ValueError:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Unknown way to combine scores: {value}."),
                                       value=value) from None
        elif key == "disagreement_gap":
            number = _number(value)
            if number is None or not 0 < number <= SCORE_MAX:
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "The disagreement gap must be above 0 and at most 5."))
            out[key] = number
        elif key == "score_labels":
            labels = list(value) if isinstance(value, (list, tuple)) else []
            if len(labels) != 6:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Give one label for each mark from 0 to 5."))
            for index, label in enumerate(labels):
                text = " ".join(str(label or "").split())
                if len(text) > 60:
                    raise ValidationFailed(QT_TRANSLATE_NOOP(
                        "Errors", "A score label is limited to {n} characters."), n=60)
                out[f"label_{index}"] = text
        else:
            out[key] = clean_score(value)
    return out
