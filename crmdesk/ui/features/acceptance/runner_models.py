"""The runner's entry and its two lists: the campaign's cases and a case's attempts.

Strings in the context "RunnerPanel" (explicit ``translate`` calls, read by lupdate)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from crmdesk.domain.acceptance import CampaignCaseRead, ExecutionRead, Result, Severity, StepResult
from crmdesk.ui.features.acceptance.common import result_colour, result_short
from crmdesk.ui.models.record_table import Column, RecordTableModel

translate = QCoreApplication.translate


@dataclass(frozen=True)
class RunEntry:
    """What the tester entered for one attempt."""

    campaign_case_id: int
    result: Result | None  # None: the roll-up of the steps
    steps: tuple[StepResult, ...]
    actual: str
    comment: str
    tester_id: int | None
    day: date
    severity: Severity
    defect_title: str


def case_list_model() -> RecordTableModel[CampaignCaseRead]:
    return RecordTableModel([
        Column("ref", translate("RunnerPanel", "Ref"), lambda c: c.ref, width=70),
        Column("title", translate("RunnerPanel", "Title"), lambda c: c.title, width=200),
        Column("result", translate("RunnerPanel", "Result"), lambda c: result_short(c.result),
               sort_key=lambda c: str(c.result), foreground=lambda c: result_colour(c.result), width=70),
        Column("attempts", translate("RunnerPanel", "Runs"), lambda c: str(c.attempts), sort_key=lambda c: c.attempts,
               width=60),
    ])


def history_model() -> RecordTableModel[ExecutionRead]:
    return RecordTableModel([
        Column("attempt", translate("RunnerPanel", "Attempt"), lambda e: str(e.attempt), sort_key=lambda e: e.attempt,
               width=60),
        Column("when", translate("RunnerPanel", "Date"), lambda e: e.executed_at[:16].replace("T", " "), width=120),
        Column("result", translate("RunnerPanel", "Result"), lambda e: result_short(e.result),
               foreground=lambda e: result_colour(e.result), width=70),
        Column("tester", translate("RunnerPanel", "Tester"), lambda e: e.tester_name, width=120),
        Column("comment", translate("RunnerPanel", "Comment"), lambda e: e.comment or e.actual_result, width=200),
        Column("defects", translate("RunnerPanel", "Defects"), lambda e: ", ".join(e.defect_refs), width=80),
    ])
