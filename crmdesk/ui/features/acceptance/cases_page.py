"""The test cases page: the list with search, and the case dialogs (new, from needs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.acceptance import TestCaseRead, TestPriority, TestStep
from crmdesk.domain.acceptance_values import TestCaseDraft
from crmdesk.domain.enums import Priority
from crmdesk.domain.labels import PRIORITY_LABELS
from crmdesk.domain.needs import NeedRead
from crmdesk.ui.features.acceptance.common import enum_text, result_colour, result_short
from crmdesk.ui.models.record_table import Column, RecordTableModel, fold


class CasesPage(QWidget):
    new_requested = Signal()
    from_needs_requested = Signal()
    delete_requested = Signal(list)
    add_to_campaign_requested = Signal(list)
    edit_requested = Signal(int)  # test case id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acceptanceCasesPage")
        self.model: RecordTableModel[TestCaseRead] = RecordTableModel([
            Column("ref", self.tr("Ref"), lambda c: c.ref, width=70),
            Column("title", self.tr("Title"), lambda c: c.title, width=260),
            Column("priority", self.tr("Priority"), lambda c: enum_text(c.priority), width=70,
                   sort_key=lambda c: list(TestPriority).index(c.priority)),
            Column("steps", self.tr("Steps"), lambda c: str(len(c.steps)), sort_key=lambda c: len(c.steps), width=50),
            Column("needs", self.tr("Needs"), lambda c: ", ".join(c.need_refs), width=110),
            Column("stories", self.tr("Stories"), lambda c: ", ".join(c.story_refs), width=90),
            Column("lot", self.tr("Lot"), lambda c: c.lot_name, width=140),
            Column("result", self.tr("Last result"), lambda c: result_short(c.last_result),
                   foreground=lambda c: result_colour(c.last_result), sort_key=lambda c: str(c.last_result), width=80),
        ])
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Search cases (ref, title, need)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
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
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setToolTip(self.tr("Double-click, Enter or F2 to edit a case"))
        self.table.doubleClicked.connect(lambda index: self._edit_row(index.row()))
        self.table.installEventFilter(self)
        self.detail = QLabel()
        self.detail.setObjectName("caseDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setStyleSheet("background: #F4F6F9; border: 1px solid #DCE1E8; border-radius: 4px; padding: 6px;")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail, 1)

    def set_cases(self, cases: list[TestCaseRead]) -> None:
        self.model.set_rows(cases)
        self._filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record(r).id for r in rows]

    def current(self) -> TestCaseRead | None:
        row = self.table.currentIndex().row()
        return self.model.record(row) if 0 <= row < self.model.rowCount() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):  # type: ignore[attr-defined]
            self._edit_row(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def _edit_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.edit_requested.emit(self.model.record(row).id)

    def _filter(self) -> None:
        words = fold(self.search.text()).split()
        if words:
            self.model.set_filter(lambda c: all(w in fold(" ".join((c.ref, c.title, *c.need_refs, *c.story_refs)))
                                                for w in words))
        else:
            self.model.set_filter(None)
        self.count.setText(self.tr("{shown} of {total} cases").replace("{shown}", str(self.model.rowCount()))
                           .replace("{total}", str(len(self.model.all_records()))))
        self._show_detail()

    def _show_detail(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            self.detail.setText(self.tr("Select a case to see its steps."))
            return
        case = self.model.record(row)
        lines = [f"<b>{_esc(case.ref)} · {_esc(case.title)}</b>"]
        if case.preconditions:
            lines.append("<i>" + _esc(self.tr("Preconditions:")) + "</i> " + _esc(case.preconditions))
        for n, step in enumerate(case.steps, 1):
            lines.append(f"{n}. {_esc(step.action)} → <span style='color:#2E5C8A'>{_esc(step.expected)}</span>")
        self.detail.setText("<br>".join(lines))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CaseDialog(QDialog):
    """A new test case: title, preconditions, priority and steps (one a line, "action | expected")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDialog")
        self.setWindowTitle(self.tr("New test case"))
        self.title = QLineEdit()
        self.preconditions = QPlainTextEdit()
        self.preconditions.setMaximumHeight(70)
        self.priority = QComboBox()
        for priority in TestPriority:
            self.priority.addItem(enum_text(priority), priority)
        self.priority.setCurrentIndex(1)
        self.steps = QPlainTextEdit()
        self.steps.setPlaceholderText(self.tr("One step a line: action | expected result"))
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Preconditions"), self.preconditions)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Steps"), self.steps)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 380)

    def draft(self) -> TestCaseDraft:
        steps = []
        for line in self.steps.toPlainText().splitlines():
            action, _, expected = line.partition("|")
            steps.append(TestStep(action.strip(), expected.strip()))
        return TestCaseDraft(title=self.title.text(), preconditions=self.preconditions.toPlainText().strip(),
                             priority=TestPriority(self.priority.currentData()), steps=tuple(steps))


class FromNeedsDialog(QDialog):
    """Choose the needs to write cases for; mandatory needs without a case come checked."""

    def __init__(self, needs: list[NeedRead], covered: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesFromNeedsDialog")
        self.setWindowTitle(self.tr("Create test cases from needs"))
        self.list = QListWidget()
        self.list.setObjectName("fromNeedsList")
        for need in needs:
            mark = "" if need.id not in covered else " " + self.tr("(already has a case)")
            item = QListWidgetItem(f"{need.ref} · {need.title} — {enum_text_priority(need.priority)}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, need.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            wanted = need.priority is Priority.MANDATORY and need.id not in covered
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        note = QLabel(self.tr("One case per need, its steps written from the acceptance criteria. Needs that "
                              "already have a case are skipped."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 460)

    def chosen_ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


def enum_text_priority(priority: Priority) -> str:
    return QCoreApplication.translate("Priority", PRIORITY_LABELS[priority])
