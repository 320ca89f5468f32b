"""Small pieces shared by the sprints tab: labels in the interface's language, the drag and
drop payload of stories, colours of the board."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QMimeData
from PySide6.QtGui import QColor

from crmdesk.domain.sprints import (
    SPRINT_STATUS_LABELS,
    STORY_KIND_LABELS,
    ColumnRead,
    SprintRead,
    SprintStatus,
    StoryKind,
    sprint_title,
)

# Drag and drop of stories between the backlog, the sprint list and the board's columns.
STORY_MIME = "application/x-crmdesk-story-ids"

KIND_COLOURS: dict[StoryKind, str] = {
    StoryKind.CONFIGURATION: "#2F6DB5",
    StoryKind.CUSTOM_DEVELOPMENT: "#7B4FB0",
    StoryKind.DATA_MIGRATION: "#D9822B",
    StoryKind.INTERFACE: "#16847D",
    StoryKind.TRAINING: "#3C8D3A",
    StoryKind.OTHER: "#7A7A7A",
}
WIP_OVER_BG, WIP_OVER_FG = QColor("#FCE4E1"), QColor("#A32117")
WIP_FULL_BG, WIP_FULL_FG = QColor("#FFF1D6"), QColor("#8A5A00")
COLUMN_BG = QColor("#EEF1F5")
WARNING_STYLE = ("QFrame#{name} {{ background: #FFF4DB; border: 1px solid #E8C170; border-radius: 4px; }}"
                 " QFrame#{name} QLabel {{ color: #5C3D00; }}")
DANGER_STYLE = ("QFrame#{name} {{ background: #FCE4E1; border: 1px solid #E3A39B; border-radius: 4px; }}"
                " QFrame#{name} QLabel {{ color: #7D1A10; }}")


def qt_translate(context: str, text: str) -> str:
    """The ``translate(context, text)`` the domain's labels take, through Qt's translators."""
    return QCoreApplication.translate(context, text)


def kind_label(kind: StoryKind) -> str:
    return QCoreApplication.translate("StoryKind", STORY_KIND_LABELS[kind])


def sprint_status_label(status: SprintStatus) -> str:
    return QCoreApplication.translate("SprintStatus", SPRINT_STATUS_LABELS[status])


def column_text(column: ColumnRead) -> str:
    return column.label(qt_translate)


def format_points(points: float | None) -> str:
    """5.0 -> '5'; 22.67 -> '22.7' ('22,7' in French); None -> ''."""
    if points is None:
        return ""
    if float(points).is_integer():
        return str(int(points))
    return QLocale().toString(round(float(points), 1), "f", 1)


def points_text(points: float | None) -> str:
    """'5', '0' or '?' (not estimated)."""
    return "?" if points is None else format_points(points)


def short_date(day) -> str:  # type: ignore[no-untyped-def]
    return QLocale().toString(day, "dd/MM")


def long_date(day) -> str:  # type: ignore[no-untyped-def]
    return QLocale().toString(day, "dd/MM/yyyy") if day is not None else ""


def sprint_caption(sprint: SprintRead) -> str:
    """'Sprint 4 – ADV et Outlook (16/11 → 06/12) · active' for the chooser."""
    text = QCoreApplication.translate("SprintChooser", "{title} ({start} → {end}) · {status}")
    return (text.replace("{title}", sprint_title(sprint.number, sprint.name, qt_translate))
            .replace("{start}", short_date(sprint.start_date)).replace("{end}", short_date(sprint.end_date))
            .replace("{status}", sprint_status_label(sprint.status)))


def sprint_name(sprint: SprintRead) -> str:
    return sprint_title(sprint.number, sprint.name, qt_translate)


def encode_stories(ids: Sequence[int], source: str) -> QMimeData:
    """The payload of a drag: the story ids and where they come from ("backlog", "sprint",
    "board")."""
    mime = QMimeData()
    mime.setData(STORY_MIME, QByteArray(json.dumps({"ids": list(ids), "source": source}).encode("utf-8")))
    return mime


def decode_stories(mime: QMimeData | None) -> tuple[list[int], str]:
    if mime is None or not mime.hasFormat(STORY_MIME):
        return [], ""
    try:
        payload = json.loads(bytes(mime.data(STORY_MIME).data()).decode("utf-8"))
        return [int(i) for i in payload.get("ids", [])], str(payload.get("source", ""))
    except (ValueError, TypeError, AttributeError):
        return [], ""


def initials(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p]
    if not parts:
        return ""
    return (parts[0][0] + (parts[-1][0] if len(parts) > 1 else "")).upper()
