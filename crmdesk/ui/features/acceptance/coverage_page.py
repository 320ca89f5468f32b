"""Coverage & decision: the traceability matrix needs × test cases (each need's status,
mandatory needs not covered or failing highlighted, filter by priority) beside the go/no-go
exit criteria evaluated on the current figures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.acceptance import CoverageStatus
from crmdesk.domain.acceptance_rules import CoverageMatrix, GoNoGo
from crmdesk.domain.enums import Priority
from crmdesk.ui.features.acceptance.cases_page import enum_text_priority
from crmdesk.ui.features.acceptance.common import (
    RESULT_BACKGROUNDS,
    enum_text,
    esc,
    qt_translate,
    result_colour,
    result_short,
)

FIXED = 4  # need ref, title, priority, status; then one column per case
HIGHLIGHT = QColor("#F8D7DA")

Index = QModelIndex | QPersistentModelIndex


class CoverageModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix = CoverageMatrix((), ())

    def set_matrix(self, matrix: CoverageMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else FIXED + len(self.matrix.cases)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < FIXED:
                return (self.tr("Need"), self.tr("Title"), self.tr("Priority"), self.tr("Status"))[section]
            if section - FIXED < len(self.matrix.cases):
                return self.matrix.cases[section - FIXED].ref
        if role == Qt.ItemDataRole.ToolTipRole and FIXED <= section < FIXED + len(self.matrix.cases):
            return self.matrix.cases[section - FIXED].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.matrix.rows):
            return None
        row = self.matrix.rows[index.row()]
        col = index.column()
        if col < FIXED:
            if role == Qt.ItemDataRole.DisplayRole:
                if col == 0:
                    return row.need.ref
                if col == 1:
                    return row.need.title
                if col == 2:
                    return enum_text_priority(row.need.priority)
                return enum_text(row.status)
            if role == Qt.ItemDataRole.BackgroundRole and row.highlighted:
                return QBrush(HIGHLIGHT)
            if role == Qt.ItemDataRole.ForegroundRole and col == 3:
                colour = result_colour(row.status)
                return QBrush(colour) if colour else None
            if role == Qt.ItemDataRole.FontRole and row.highlighted:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and row.highlighted:
                return self.tr("Mandatory need not covered or failing")
            if role == Qt.ItemDataRole.UserRole:
                return row.highlighted
            return None
        case = self.matrix.cases[col - FIXED] if col - FIXED < len(self.matrix.cases) else None
        if case is None:
            return None
        result = self.matrix.cell(row.need.id, case.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return result_short(result) if result is not None else ""
        if role == Qt.ItemDataRole.BackgroundRole and result is not None:
            return QBrush(QColor(RESULT_BACKGROUNDS[str(result)]))
        if role == Qt.ItemDataRole.ForegroundRole and result is not None:
            colour = result_colour(result)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and result is not None:
            return f"{row.need.ref} × {case.ref}: {result_short(result)}"
        return None


class CoveragePage(QWidget):
    priority_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acceptanceCoveragePage")
        self.model = CoverageModel(self)
        self.priority = QComboBox()
        self.priority.setObjectName("coveragePriority")
        self.priority.addItem(self.tr("All priorities"), None)
        for priority in Priority:
            self.priority.addItem(enum_text_priority(priority), priority)
        self.priority.currentIndexChanged.connect(lambda _i: self.priority_changed.emit())
        self.scope = QLabel()
        self.scope.setObjectName("coverageScope")
        self.summary = QLabel()
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("coverageTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setMinimumSectionSize(44)

        self.verdict = QLabel()
        self.verdict.setObjectName("goNoGoVerdict")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.verdict.setFont(font)
        self.criteria = QGridLayout()
        self.criteria.setColumnStretch(0, 1)
        self.criteria_labels: list[tuple[QLabel, QLabel, QLabel]] = []
        self.decision_note = QLabel()
        self.decision_note.setWordWrap(True)
        self.decision_note.setStyleSheet("color: #3A4756;")
        panel = QFrame()
        panel.setObjectName("goNoGoPanel")
        panel.setStyleSheet("QFrame#goNoGoPanel { background: #F4F6F9; border: 1px solid #DCE1E8;"
                            " border-radius: 4px; }")
        panel_layout = QVBoxLayout(panel)
        title = QLabel("<b>" + esc(self.tr("Go / no-go")) + "</b>")
        panel_layout.addWidget(title)
        panel_layout.addWidget(self.verdict)
        panel_layout.addLayout(self.criteria)
        panel_layout.addWidget(self.decision_note)
        panel_layout.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Priority")))
        top.addWidget(self.priority)
        top.addWidget(self.scope, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([950, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)

    def chosen_priority(self) -> Priority | None:
        value = self.priority.currentData()
        return Priority(value) if value is not None else None

    def set_matrix(self, matrix: CoverageMatrix, scope: str) -> None:
        self.model.set_matrix(matrix)
        self.scope.setText(scope)
        header = self.table.horizontalHeader()
        for col, width in enumerate((72, 260, 100, 90)):
            header.resizeSection(col, width)
        for col in range(FIXED, self.model.columnCount()):
            header.resizeSection(col, 56)
        counts = matrix.summary()
        parts = [f"{enum_text(status)}: {counts[status]}" for status in CoverageStatus]
        flagged = sum(1 for r in matrix.rows if r.highlighted)
        text = " · ".join(parts)
        if flagged:
            text += " · <span style='color:#A32117'><b>" + esc(
                self.tr("{n} mandatory needs not covered or failing").replace("{n}", str(flagged))) + "</b></span>"
        self.summary.setText(text)

    def set_go_no_go(self, result: GoNoGo | None) -> None:
        while self.criteria.count():
            item = self.criteria.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.criteria_labels = []
        if result is None:
            self.verdict.setText(self.tr("Choose a campaign"))
            self.verdict.setStyleSheet("color: #5B6675;")
            self.decision_note.setText("")
            return
        go = result.go
        self.verdict.setText(self.tr("GO") if go else self.tr("NO-GO"))
        self.verdict.setStyleSheet("color: white; background: %s; border-radius: 4px; padding: 6px;"
                                   % ("#2E7D32" if go else "#C62828"))
        for row, check in enumerate(result.checks):
            name = QLabel(check.label(qt_translate) + "<br><span style='color:#5B6675'>" +
                          esc(check.rule(qt_translate)) + "</span>")
            value = QLabel(check.value_text(qt_translate))
            value.setObjectName(f"goNoGoValue_{check.criterion}")
            mark = QLabel("✔" if check.met else "✘")
            mark.setStyleSheet("color: %s; font-weight: bold;" % ("#2E7D32" if check.met else "#C62828"))
            for col, widget in enumerate((name, value, mark)):
                self.criteria.addWidget(widget, row, col)
            self.criteria_labels.append((name, value, mark))
        self.decision_note.setText(self.tr("Evaluated live on the campaign's current results and open defects."))
