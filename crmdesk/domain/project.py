"""The project frame and its people."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crmdesk.domain.enums import Role
from crmdesk.domain.errors import ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class ProjectRead:
    name: str
    organisation: str
    description: str
    sprint_length_days: int


@dataclass(frozen=True, slots=True)
class PersonRead:
    id: int
    name: str
    role: Role
    email: str
    organisation: str


PERSON_FIELDS = ("name", "role", "email", "organisation")
PROJECT_FIELDS = ("name", "organisation", "description", "sprint_length_days")


def clean_person_values(values: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in values.items():
        if key not in PERSON_FIELDS:
            raise ValueError(f"not editable: {key}")
        if key == "name":
            name = " ".join(str(value or "").split())
            if not name:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A person must have a name."))
            out[key] = name
        elif key == "role":
            try:
                out[key] = Role(value)
            except ValueError:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Unknown role: {value}."), value=value) from None
        elif key == "email":
            email = str(value or "").strip()
            if email and not _EMAIL_RE.match(email):
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Not an e-mail address: {value}."), value=email)
            out[key] = email
        else:
            out[key] = str(value or "").strip()
    return out


def clean_project_values(values: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in values.items():
        if key not in PROJECT_FIELDS:
            raise ValueError(f"not editable: {key}")
        if key == "sprint_length_days":
            try:
                days = int(value)  # type: ignore[call-overload]
            except (TypeError, ValueError):
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "The sprint length must be a number of days.")) from None
            if not 1 <= days <= 90:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "The sprint length must be between 1 and 90 days."))
            out[key] = days
        elif key == "name":
            name = " ".join(str(value or "").split())
            if not name:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "The project must have a name."))
            out[key] = name
        else:
            out[key] = str(value or "")
    return out
