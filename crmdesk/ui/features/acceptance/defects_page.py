"""The defects page: the list (ANO-001…), filters, status and severity changes, the vendor
ticket, and the cases to re-test."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.acceptance import DefectRead, DefectStatus, Severity
from crmdesk.domain.acceptance_rules import RetestProposal
from crmdesk.ui.features.acceptance.common import SEVERITY_COLOURS, enum_text
from crmdesk.ui.models.record_table import Column, RecordTableModel, fold

SEVERITY_ORDER = {Severity.BLOCKING: 0, Severity.MAJOR: 1, Severity.MINOR: 2}


class DefectsPage(QWidget):
    status_requested = Signal(list, object)  # defect ids, DefectStatus
    severity_requested = Signal(int, object)  # defect id, Severity
    ticket_requested = Signal(int, str)
    add_retests_requested = Signal(list)  # test case ids
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acceptanceDefectsPage")
        self.model: RecordTableModel[DefectRead] = RecordTableModel([
            Column("ref", self.tr("Ref"), lambda d: d.ref, width=70),
            Column("title", self.tr("Title"), lambda d: d.title, width=260),
            Column("severity", self.tr("Severity"), lambda d: enum_text(d.severity), width=80,
                   sort_key=lambda d: SEVERITY_ORDER[d.severity],
                   foreground=lambda d: QColor(SEVERITY_COLOURS[d.severity])),
            Column("status", self.tr("Status"), lambda d: enum_text(d.status), width=90,
                   sort_key=lambda d: list(DefectStatus).index(d.status)),
            Column("case", self.tr("Case"), lambda d: d.test_case_ref, width=70),
            Column("need", self.tr("Need"), lambda d: d.need_ref, width=70),
            Column("story", self.tr("Story"), lambda d: d.story_ref, width=70),
            Column("ticket", self.tr("Vendor ticket"), lambda d: d.vendor_ticket, width=110),
            Column("campaign", self.tr("Campaign"), lambda d: d.campaign_name, width=150),
        ])
        self.search = QLineEdit()
        self.search.setObjectName("defectSearch")
        self.search.setPlaceholderText(self.tr("Search defects…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.setObjectName("defectOpenOnly")
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self._filter)
        self.table = QTableView()
        self.table.setObjectName("defectTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for i, col in enumerate(self.model.columns):
            if i != 1:
                self.table.setColumnWidth(i, col.width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("defectStatusCombo")
        for status in DefectStatus:
            self.status_combo.addItem(enum_text(status), status)
        self.status_button = QPushButton(self.tr("Set status"))
        self.status_button.setObjectName("defectSetStatus")
        self.status_button.clicked.connect(self._set_status)
        self.severity_combo = QComboBox()
        self.severity_combo.setObjectName("defectSeverityCombo")
        for severity in Severity:
            self.severity_combo.addItem(enum_text(severity), severity)
        self.severity_combo.activated.connect(self._set_severity)
        self.ticket = QLineEdit()
        self.ticket.setObjectName("defectTicket")
        self.ticket.setPlaceholderText(self.tr("Vendor ticket"))
        self.ticket.editingFinished.connect(self._set_ticket)
        self.detail = QLabel()
        self.detail.setObjectName("defectDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setStyleSheet("background: #F4F6F9; border: 1px solid #DCE1E8; border-radius: 4px; padding: 6px;")

        self.retest_label = QLabel()
        self.retest_label.setObjectName("retestLabel")
        self.retest_label.setWordWrap(True)
        self.retest_button = QPushButton(self.tr("Add to the campaign"))
        self.retest_button.setObjectName("retestAdd")
        self.retest_button.clicked.connect(lambda: self.add_retests_requested.emit(
            [p.test_case_id for p in self._retests if p.campaign_case_id is None]))
        self._retests: list[RetestProposal] = []

        self.new_button = QPushButton(self.tr("New defect…"))
        self.new_button.setObjectName("defectNew")
        self.new_button.setToolTip(self.tr("Write a defect by hand (a KO in the runner creates one by itself)"))
        self.new_button.clicked.connect(self.new_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.open_only)
        top.addWidget(self.new_button)
        edit_row = QHBoxLayout()
        edit_row.addWidget(QLabel(self.tr("Status")))
        edit_row.addWidget(self.status_combo)
        edit_row.addWidget(self.status_button)
        edit_row.addWidget(QLabel(self.tr("Severity")))
        edit_row.addWidget(self.severity_combo)
        edit_row.addWidget(self.ticket, 1)
        retest_row = QHBoxLayout()
        retest_row.addWidget(self.retest_label, 1)
        retest_row.addWidget(self.retest_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(edit_row)
        lower_layout.addWidget(self.detail, 1)
        lower_layout.addLayout(retest_row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def set_defects(self, defects: list[DefectRead], retests: list[RetestProposal]) -> None:
        current = self.current()
        self.model.set_rows(defects)
        self._filter()
        if current is not None:
            row = self.model.row_of(current.id)
            if row >= 0:
                self.table.selectRow(row)
        self._retests = retests
        if retests:
            text = self.tr("To re-test: {cases}").replace("{cases}", ", ".join(
                f"{p.ref} ({', '.join(p.defect_refs)})" for p in retests))
        else:
            text = self.tr("No case waits for a re-test.")
        self.retest_label.setText(text)
        self.retest_button.setEnabled(any(p.campaign_case_id is None for p in retests))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current(self) -> DefectRead | None:
        row = self.table.currentIndex().row()
        return self.model.record(row) if 0 <= row < self.model.rowCount() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.record(r).id for r in rows]
        current = self.current()
        return ids or ([current.id] if current else [])

    def _filter(self) -> None:
        words = fold(self.search.text()).split()
        open_only = self.open_only.isChecked()

        def keep(d: DefectRead) -> bool:
            if open_only and not d.is_open:
                return False
            text = fold(" ".join((d.ref, d.title, d.test_case_ref, d.need_ref, d.story_ref, d.vendor_ticket)))
            return all(w in text for w in words)

        self.model.set_filter(keep)
        self._show_detail()

    def _show_detail(self) -> None:
        defect = self.current()
        enabled = defect is not None
        for widget in (self.status_combo, self.status_button, self.severity_combo, self.ticket):
            widget.setEnabled(enabled)
        if defect is None:
            self.detail.setText(self.tr("Select a defect to change its status or severity."))
            return
        self.status_combo.setCurrentIndex(self.status_combo.findData(defect.status))
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(defect.severity))
        self.ticket.setText(defect.vendor_ticket)
        body = defect.description.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
        self.detail.setText(f"<b>{defect.ref} · {defect.title.replace('<', '&lt;')}</b><br>{body}")

    def _set_status(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.status_requested.emit(ids, DefectStatus(self.status_combo.currentData()))

    def _set_severity(self, _index: int) -> None:
        defect = self.current()
        severity = Severity(self.severity_combo.currentData())
        if defect is not None and severity is not defect.severity:
            self.severity_requested.emit(defect.id, severity)

    def _set_ticket(self) -> None:
        defect = self.current()
        if defect is not None and self.ticket.text().strip() != defect.vendor_ticket:
            self.ticket_requested.emit(defect.id, self.ticket.text().strip())
