"""The columns of the needs table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.needs import NeedRead, parse_ref
from crmdesk.ui.i18n import label
from crmdesk.ui.models.record_table import Column, fold

_PRIORITY_ORDER = {Priority.MANDATORY: 0, Priority.DESIRED: 1, Priority.OPTIONAL: 2}
_STATUS_ORDER = {s: i for i, s in enumerate(NeedStatus)}
PRIORITY_COLOURS = {Priority.MANDATORY: QColor("#b3261e"), Priority.DESIRED: QColor("#8a5a00"),
                    Priority.OPTIONAL: QColor("#4f5b62")}


def need_columns(domain_path: Callable[[int | None], str],
                 domain_choices: Callable[[], list[tuple[Any, str]]],
                 owner_choices: Callable[[], list[tuple[Any, str]]]) -> list[Column[NeedRead]]:
    return [
        Column("ref", QCoreApplication.translate("NeedsTable", "Ref"), lambda n: n.ref, sort_key=lambda n: parse_ref(n.ref) or 0, width=72),
        Column("title", QCoreApplication.translate("NeedsTable", "Title"), lambda n: n.title, editor="text", width=300,
               tooltip=lambda n: n.description or n.title),
        Column("domain_id", QCoreApplication.translate("NeedsTable", "Domain"), lambda n: domain_path(n.domain_id),
               sort_key=lambda n: fold(domain_path(n.domain_id)), editor="choice",
               raw=lambda n: n.domain_id, choices=domain_choices, width=175),
        Column("priority", QCoreApplication.translate("NeedsTable", "Priority"), lambda n: label(n.priority),
               sort_key=lambda n: _PRIORITY_ORDER[n.priority], editor="choice", raw=lambda n: n.priority,
               choices=lambda: [(p, label(p)) for p in Priority], width=88,
               foreground=lambda n: PRIORITY_COLOURS[n.priority]),
        Column("status", QCoreApplication.translate("NeedsTable", "Status"), lambda n: label(n.status),
               sort_key=lambda n: _STATUS_ORDER[n.status], editor="choice", raw=lambda n: n.status,
               choices=lambda: [(s, label(s)) for s in NeedStatus], width=88),
        Column("owner_id", QCoreApplication.translate("NeedsTable", "Owner"), lambda n: n.owner_name, editor="choice",
               raw=lambda n: n.owner_id, choices=owner_choices, width=140),
        Column("source_workshop", QCoreApplication.translate("NeedsTable", "Workshop"), lambda n: n.source_workshop, editor="text", width=160),
        Column("source_date", QCoreApplication.translate("NeedsTable", "Date"), lambda n: n.source_date.isoformat() if n.source_date else "",
               editor="text", width=92),
        Column("updated_at", QCoreApplication.translate("NeedsTable", "Updated"), lambda n: n.updated_at[:16].replace("T", " "), width=125),
    ]
