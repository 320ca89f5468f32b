"""Needs and domains: read schemas, edit payloads and pure rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date

from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.errors import ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

NEED_REF_PREFIX = "BES"
_REF_RE = re.compile(r"^\s*([A-Za-z]{2,5})-?(\d{1,6})\s*$")

TITLE_MAX = 300
TEXT_MAX = 32_000  # Excel keeps 32,767 characters per cell


def format_ref(prefix: str, number: int) -> str:
    return f"{prefix}-{number:03d}"


def parse_ref(text: str, prefix: str = NEED_REF_PREFIX) -> int | None:
    """The number of a reference like 'BES-012' (or 'bes12'); None if it is not one."""
    match = _REF_RE.match(text or "")
    if not match or match.group(1).upper() != prefix:
        return None
    return int(match.group(2))


@dataclass(frozen=True, slots=True)
class DomainRead:
    id: int
    name: str
    parent_id: int | None
    position: int


@dataclass(frozen=True, slots=True)
class NeedRead:
    id: int
    ref: str
    title: str
    domain_id: int | None
    domain_name: str
    priority: Priority
    status: NeedStatus
    owner_id: int | None
    owner_name: str
    source_workshop: str
    source_date: date | None
    description: str
    rationale: str
    acceptance_criteria: str
    comments: str
    created_at: str
    updated_at: str


# Fields of a need the user edits; NeedChanges carries any subset of them.
EDITABLE_NEED_FIELDS = (
    "title", "domain_id", "priority", "status", "owner_id", "source_workshop", "source_date",
    "description", "rationale", "acceptance_criteria", "comments",
)


@dataclass(frozen=True)
class NeedDraft:
    """A need to create."""

    title: str
    domain_id: int | None = None
    priority: Priority = Priority.DESIRED
    status: NeedStatus = NeedStatus.DRAFT
    owner_id: int | None = None
    source_workshop: str = ""
    source_date: date | None = None
    description: str = ""
    rationale: str = ""
    acceptance_criteria: str = ""
    comments: str = ""

    def values(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class NeedChanges:
    """Fields to change on one or many needs; only those given in ``values`` change."""

    values: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.values) - set(EDITABLE_NEED_FIELDS)
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")


def clean_need_values(values: dict[str, object]) -> dict[str, object]:
    """Normalise and validate edited values; raise ValidationFailed with one sentence."""
    out: dict[str, object] = {}
    for key, value in values.items():
        if key == "title":
            title = " ".join(str(value or "").split())
            if not title:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A need must have a title."))
            if len(title) > TITLE_MAX:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A need's title is limited to {n} characters."), n=TITLE_MAX)
            out[key] = title
        elif key == "priority":
            try:
                out[key] = Priority(value)
            except ValueError:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Unknown priority: {value}."), value=value) from None
        elif key == "status":
            try:
                out[key] = NeedStatus(value)
            except ValueError:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Unknown status: {value}."), value=value) from None
        elif key == "source_date":
            if value in (None, ""):
                out[key] = None
            elif isinstance(value, date):
                out[key] = value
            else:
                try:
                    out[key] = date.fromisoformat(str(value))
                except ValueError:
                    raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Not a date: {value}."), value=value) from None
        elif key in ("domain_id", "owner_id"):
            out[key] = int(value) if value not in (None, "") else None  # type: ignore[arg-type]
        else:
            text = str(value or "")
            if len(text) > TEXT_MAX:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A text is limited to {n} characters."), n=TEXT_MAX)
            out[key] = text.strip() if key == "source_workshop" else text
    return out


def domain_paths(domains: list[DomainRead]) -> dict[int, str]:
    """'Parent / Child' display path of each domain."""
    by_id = {d.id: d for d in domains}
    paths: dict[int, str] = {}

    def path(d: DomainRead, depth: int = 0) -> str:
        if d.id in paths:
            return paths[d.id]
        parent = by_id.get(d.parent_id) if d.parent_id is not None else None
        text = d.name if parent is None or depth > 50 else f"{path(parent, depth + 1)} / {d.name}"
        paths[d.id] = text
        return text

    for d in domains:
        path(d)
    return paths


def descendants(domains: list[DomainRead], root_id: int) -> set[int]:
    """The ids of a domain and of every domain below it."""
    children: dict[int | None, list[int]] = {}
    for d in domains:
        children.setdefault(d.parent_id, []).append(d.id)
    found = {root_id}
    stack = [root_id]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found
