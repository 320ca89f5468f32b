"""Sprints and the backlog: vocabularies, read schemas and pure validation rules.

The charts' arithmetic over the status-change history lives in
``crmdesk.domain.sprints_charts_data``; the board helpers (WIP, swimlanes, filters) in
``crmdesk.domain.sprints_board``; rank arithmetic in ``crmdesk.domain.sprints_rank``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, timedelta
from enum import StrEnum

from crmdesk.domain.errors import ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.needs import TEXT_MAX, TITLE_MAX

Translate = Callable[[str, str], str]

STORY_REF_PREFIX = "US"
NAME_MAX = 200
AS_A_MAX = 300
MAX_SPRINT_DAYS = 90  # the project tab allows 1 to 90 days


class StoryKind(StrEnum):
    CONFIGURATION = "configuration"
    CUSTOM_DEVELOPMENT = "custom_development"
    DATA_MIGRATION = "data_migration"
    INTERFACE = "interface"
    TRAINING = "training"
    OTHER = "other"


class SprintStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    CLOSED = "closed"


class Unfinished(StrEnum):
    """Where the unfinished stories of a sprint go when it closes."""

    BACKLOG = "backlog"
    NEXT = "next"


STORY_KIND_LABELS: dict[StoryKind, str] = {
    StoryKind.CONFIGURATION: QT_TRANSLATE_NOOP("StoryKind", "configuration"),
    StoryKind.CUSTOM_DEVELOPMENT: QT_TRANSLATE_NOOP("StoryKind", "custom development"),
    StoryKind.DATA_MIGRATION: QT_TRANSLATE_NOOP("StoryKind", "data migration"),
    StoryKind.INTERFACE: QT_TRANSLATE_NOOP("StoryKind", "interface"),
    StoryKind.TRAINING: QT_TRANSLATE_NOOP("StoryKind", "training"),
    StoryKind.OTHER: QT_TRANSLATE_NOOP("StoryKind", "other"),
}

SPRINT_STATUS_LABELS: dict[SprintStatus, str] = {
    SprintStatus.PLANNED: QT_TRANSLATE_NOOP("SprintStatus", "planned"),
    SprintStatus.ACTIVE: QT_TRANSLATE_NOOP("SprintStatus", "active"),
    SprintStatus.CLOSED: QT_TRANSLATE_NOOP("SprintStatus", "closed"),
}

# The four columns every project starts with. Their stored name is "" so that they show in the
# interface's language; a name the pilot types replaces the default label.
DEFAULT_COLUMN_KEYS = ("todo", "in_progress", "in_acceptance", "done")
DEFAULT_COLUMN_LABELS: dict[str, str] = {
    "todo": QT_TRANSLATE_NOOP("BoardColumn", "To do"),
    "in_progress": QT_TRANSLATE_NOOP("BoardColumn", "In progress"),
    "in_acceptance": QT_TRANSLATE_NOOP("BoardColumn", "In acceptance"),
    "done": QT_TRANSLATE_NOOP("BoardColumn", "Done"),
}

SPRINT_TITLE = QT_TRANSLATE_NOOP("Sprints", "Sprint {number}")
NO_LOT_LABEL = QT_TRANSLATE_NOOP("Sprints", "No lot")
UNASSIGNED_LABEL = QT_TRANSLATE_NOOP("Sprints", "Unassigned")
BACKLOG_LABEL = QT_TRANSLATE_NOOP("Sprints", "Backlog")

# Story points: the Fibonacci scale up to 21. A story bigger than 21 points does not fit a
# three-week sprint of a small team and must be split; None means "not estimated yet".
POINTS_SCALE: tuple[int, ...] = (0, 1, 2, 3, 5, 8, 13, 21)


def check_points(value: object) -> float | None:
    """The points of a story: None (not estimated) or a value of ``POINTS_SCALE``."""
    if value is None or value == "":
        return None
    try:
        number = float(str(value).replace(",", ".")) if not isinstance(value, int | float) else float(value)
    except ValueError:
        number = float("nan")
    if number not in POINTS_SCALE:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "Story points must be one of {scale}."), scale=", ".join(str(p) for p in POINTS_SCALE))
    return number


def format_points(points: float | None) -> str:
    """5.0 -> '5'; None -> ''. Also the text stored in the history for points."""
    if points is None:
        return ""
    return str(int(points)) if float(points).is_integer() else f"{points:g}"


def points_value(points: float | None) -> int | float | None:
    """A number for a spreadsheet cell: 5 rather than 5.0."""
    if points is None:
        return None
    return int(points) if float(points).is_integer() else points


def column_label(key: str, name: str, translate: Translate | None = None) -> str:
    """What the user sees for a column: its own name, else the translated default label."""
    if name:
        return name
    default = DEFAULT_COLUMN_LABELS.get(key)
    if default is None:
        return key
    return translate("BoardColumn", default) if translate is not None else default


def sprint_title(number: int, name: str, translate: Translate | None = None) -> str:
    """'Sprint 3' followed by the sprint's name when it has one."""
    base = translate("Sprints", SPRINT_TITLE) if translate is not None else SPRINT_TITLE
    base = base.replace("{number}", str(number))
    return f"{base} – {name}" if name else base


# ---------------------------------------------------------------------------- read schemas
@dataclass(frozen=True, slots=True)
class StoryRead:
    id: int
    ref: str
    title: str
    as_a: str
    i_want: str
    so_that: str
    kind: StoryKind
    points: float | None
    lot_id: int | None
    lot_name: str
    sprint_id: int | None
    sprint_number: int | None
    column_id: int
    column_key: str
    column_name: str  # the stored name; "" for a default column (see column_label)
    column_is_done: bool
    assignee_id: int | None
    assignee_name: str
    acceptance_criteria: str
    rank: float
    need_ids: tuple[int, ...]
    need_refs: tuple[str, ...]
    created_at: str
    updated_at: str
    open_defects: int = 0  # open defects raised on this story in acceptance

    def status_label(self, translate: Translate | None = None) -> str:
        return column_label(self.column_key, self.column_name, translate)


@dataclass(frozen=True, slots=True)
class NeedBrief:
    """A need as the backlog's warning names it (mandatory needs no story builds yet)."""

    id: int
    ref: str
    title: str


@dataclass(frozen=True, slots=True)
class ColumnRead:
    id: int
    key: str
    name: str  # "" for a default column: show column_label(key, name)
    position: int
    wip_limit: int | None
    is_done: bool
    count: int  # stories in this column, wherever they are (a column is deleted only empty)

    def label(self, translate: Translate | None = None) -> str:
        return column_label(self.key, self.name, translate)


@dataclass(frozen=True, slots=True)
class LotRead:
    id: int
    name: str
    description: str
    target_date: date | None
    position: int
    story_count: int
    done_count: int
    total_points: float
    done_points: float

    @property
    def progress(self) -> float:
        """Share done, 0 to 1: by points, or by stories while nothing is estimated."""
        if self.total_points > 0:
            return self.done_points / self.total_points
        return self.done_count / self.story_count if self.story_count else 0.0


@dataclass(frozen=True, slots=True)
class SprintRead:
    id: int
    number: int
    name: str
    goal: str
    start_date: date
    length_days: int
    capacity_points: float | None
    status: SprintStatus
    closed_at: str | None
    velocity: float | None
    committed_points: float  # planned: what is in it now; started: what was in it after day 1
    scope_points: float  # points of the stories in it now
    done_points: float  # in a done column now (closed: the velocity recorded at close)
    story_count: int
    unestimated_count: int

    @property
    def end_date(self) -> date:
        return self.start_date + timedelta(days=self.length_days - 1)

    @property
    def remaining_points(self) -> float:
        return max(self.scope_points - self.done_points, 0.0) if self.status is not SprintStatus.CLOSED else 0.0

    @property
    def over_capacity(self) -> bool:
        return self.capacity_points is not None and self.scope_points > self.capacity_points

    def title(self, translate: Translate | None = None) -> str:
        return sprint_title(self.number, self.name, translate)


@dataclass(frozen=True, slots=True)
class CloseSummary:
    """What closing a sprint would do, for the dialog that asks where unfinished stories go."""

    sprint: SprintRead
    velocity: float  # points in a done column now: recorded as the velocity
    done_count: int
    unfinished: tuple[StoryRead, ...]
    next_sprint: SprintRead | None  # the next planned sprint; None: "next" creates one

    @property
    def unfinished_points(self) -> float:
        return sum((s.points or 0.0 for s in self.unfinished), 0.0)


# ----------------------------------------------------------------------------- edit payloads
EDITABLE_STORY_FIELDS = (
    "title", "as_a", "i_want", "so_that", "kind", "points", "lot_id", "assignee_id",
    "acceptance_criteria",
)


@dataclass(frozen=True)
class StoryDraft:
    """A story to create. ``column_id`` None means the first column of the board."""

    title: str
    as_a: str = ""
    i_want: str = ""
    so_that: str = ""
    kind: StoryKind = StoryKind.CONFIGURATION
    points: float | None = None
    lot_id: int | None = None
    sprint_id: int | None = None
    column_id: int | None = None
    assignee_id: int | None = None
    acceptance_criteria: str = ""
    need_ids: tuple[int, ...] = ()

    def values(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in ("sprint_id", "column_id", "need_ids")}


def _text(value: object, limit: int) -> str:
    text = str(value or "")
    if len(text) > limit:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A text is limited to {n} characters."), n=limit)
    return text


def _optional_id(value: object) -> int | None:
    return int(value) if value not in (None, "") else None  # type: ignore[arg-type]


def clean_story_values(values: dict[str, object]) -> dict[str, object]:
    """Normalise and validate edited story fields; raise ValidationFailed with one sentence."""
    out: dict[str, object] = {}
    for key, value in values.items():
        if key not in EDITABLE_STORY_FIELDS:
            raise ValueError(f"not editable: {key}")
        if key == "title":
            title = " ".join(str(value or "").split())
            if not title:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A user story must have a title."))
            if len(title) > TITLE_MAX:
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "A user story's title is limited to {n} characters."), n=TITLE_MAX)
            out[key] = title
        elif key == "kind":
            try:
                out[key] = StoryKind(value)
            except ValueError:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Unknown kind of story: {value}."),
                                       value=value) from None
        elif key == "points":
            out[key] = check_points(value)
        elif key in ("lot_id", "assignee_id"):
            out[key] = _optional_id(value)
        elif key == "as_a":
            out[key] = " ".join(_text(value, AS_A_MAX).split())
        else:
            out[key] = _text(value, TEXT_MAX)
    return out


def clean_name(value: object, what: str) -> str:
    """A lot's or a column's name: one line, not empty, at most NAME_MAX characters."""
    name = " ".join(str(value or "").split())
    if not name:
        if what == "lot":
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A lot must have a name."))
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A column must have a name."))
    if len(name) > NAME_MAX:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A name is limited to {n} characters."), n=NAME_MAX)
    return name


def clean_date(value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Not a date: {value}."), value=value) from None


LOT_FIELDS = ("name", "description", "target_date")
SPRINT_FIELDS = ("name", "goal", "start_date", "length_days", "capacity_points")


def clean_lot_values(values: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in values.items():
        if key not in LOT_FIELDS:
            raise ValueError(f"not editable: {key}")
        if key == "name":
            out[key] = clean_name(value, "lot")
        elif key == "target_date":
            d = clean_date(value)
            out[key] = d.isoformat() if d else None
        else:
            out[key] = _text(value, TEXT_MAX)
    return out


def clean_sprint_values(values: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in values.items():
        if key not in SPRINT_FIELDS:
            raise ValueError(f"not editable: {key}")
        if key == "name":
            name = " ".join(str(value or "").split())
            if len(name) > NAME_MAX:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A name is limited to {n} characters."),
                                       n=NAME_MAX)
            out[key] = name
        elif key == "goal":
            out[key] = _text(value, TEXT_MAX)
        elif key == "start_date":
            d = clean_date(value)
            if d is None:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A sprint must have a start date."))
            out[key] = d.isoformat()
        elif key == "length_days":
            out[key] = check_length(value)
        else:
            out[key] = check_capacity(value)
    return out


def check_length(value: object) -> int:
    try:
        days = int(str(value))
    except ValueError:
        days = 0
    if not 1 <= days <= MAX_SPRINT_DAYS:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "A sprint lasts from 1 to {n} days."), n=MAX_SPRINT_DAYS)
    return days


def check_capacity(value: object) -> float | None:
    if value in (None, ""):
        return None
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        number = -1.0
    if not number >= 0 or number > 10_000:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "A sprint's capacity is a number of points, 0 or more."))
    return number


def check_wip_limit(value: object) -> int | None:
    if value in (None, "", 0):
        return None
    try:
        limit = int(str(value))
    except ValueError:
        limit = 0
    if not 1 <= limit <= 999:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "A WIP limit is a whole number of cards, at least 1."))
    return limit
