"""Create or edit a sprint: name, goal, start date and length (the project's default length,
three weeks unless changed), capacity in points (the average velocity is suggested)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.sprints import MAX_SPRINT_DAYS, SprintRead, SprintStatus
from crmdesk.ui.features.sprints.common import format_points, long_date


class SprintDialog(QDialog):
    def __init__(self, number: int, start: date, length: int, *, sprint: SprintRead | None = None,
                 average_velocity: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sprintDialog")
        self.sprint = sprint
        title = self.tr("Edit sprint {number}") if sprint else self.tr("New sprint {number}")
        self.setWindowTitle(title.replace("{number}", str(number)))
        self.name = QLineEdit(sprint.name if sprint else "")
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("A short name, e.g. the theme of the sprint"))
        self.goal = QPlainTextEdit(sprint.goal if sprint else "")
        self.goal.setObjectName("goal")
        self.goal.setTabChangesFocus(True)
        self.goal.setFixedHeight(self.goal.fontMetrics().lineSpacing() * 3 + 14)
        self.goal.setPlaceholderText(self.tr("What the sprint delivers, in one or two sentences"))
        self.start = QDateEdit()
        self.start.setObjectName("start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.start.setDate(QDate(sprint.start_date if sprint else start))
        self.length = QSpinBox()
        self.length.setObjectName("length")
        self.length.setRange(1, MAX_SPRINT_DAYS)
        self.length.setSuffix(self.tr(" days"))
        self.length.setValue(sprint.length_days if sprint else length)
        self.end = QLabel()
        self.end.setObjectName("end")
        self.capacity = QSpinBox()
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(0, 999)
        self.capacity.setSpecialValueText(self.tr("not set"))
        self.capacity.setSuffix(self.tr(" pts"))
        capacity = sprint.capacity_points if sprint else (round(average_velocity) if average_velocity else None)
        self.capacity.setValue(int(capacity) if capacity else 0)
        hint = QLabel(self.tr("Average velocity of the last three sprints: {points} pts.").replace(
            "{points}", format_points(round(average_velocity, 1))) if average_velocity is not None else
            self.tr("No velocity yet: it is known after two closed sprints."))
        hint.setObjectName("velocityHint")
        hint.setStyleSheet("color: #5F6B7A;")
        hint.setWordWrap(True)
        self.start.dateChanged.connect(self._update_end)
        self.length.valueChanged.connect(self._update_end)
        if sprint is not None and sprint.status is SprintStatus.CLOSED:
            for widget in (self.start, self.length, self.capacity):
                widget.setEnabled(False)
            hint.setText(self.tr("The sprint is closed: only its name and goal can change."))

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Goal"), self.goal)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("&Length"), self.length)
        form.addRow(self.tr("Ends on"), self.end)
        form.addRow(self.tr("&Capacity"), self.capacity)
        form.addRow("", hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._update_end()
        self.resize(540, 320)
        self.name.setFocus()

    def _update_end(self) -> None:
        end = self.start.date().toPython() + timedelta(days=self.length.value() - 1)
        self.end.setText(long_date(end))

    def values(self) -> dict[str, object]:
        """The sprint's fields (for an edit, only those that changed)."""
        values: dict[str, object] = {"name": self.name.text(), "goal": self.goal.toPlainText()}
        if self.start.isEnabled():
            values["start_date"] = self.start.date().toPython()
            values["length_days"] = self.length.value()
            values["capacity_points"] = float(self.capacity.value()) if self.capacity.value() else None
        if self.sprint is None:
            return values
        current = {"name": self.sprint.name, "goal": self.sprint.goal, "start_date": self.sprint.start_date,
                   "length_days": self.sprint.length_days, "capacity_points": self.sprint.capacity_points}
        return {k: v for k, v in values.items() if current[k] != v}
