"""Dialogs that edit what already exists: a test case (fields, steps, linked needs and stories),
a defect written by hand, and the tester of campaign cases."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
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
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.acceptance import Severity, TestCaseRead, TestPriority, TestStep
from crmdesk.domain.acceptance_values import DefectDraft
from crmdesk.domain.needs import NeedRead
from crmdesk.domain.project import PersonRead
from crmdesk.domain.sprints import StoryRead
from crmdesk.ui.features.acceptance.common import enum_text
from crmdesk.ui.models.record_table import fold


class CheckList(QWidget):
    """A searchable list of checkable items ("BES-012 title")."""

    def __init__(self, items: Sequence[tuple[int, str]], checked: Sequence[int], placeholder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        wanted = set(checked)
        for item_id, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if item_id in wanted else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)

    def _filter(self) -> None:
        words = fold(self.search.text()).split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(not all(w in fold(item.text()) for w in words))

    def checked_ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, item_id: int, checked: bool = True) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == item_id:
                self.list.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class StepsEditor(QWidget):
    """The steps as a table (action, expected result) with add, remove, move up and down."""

    def __init__(self, steps: Sequence[TestStep], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("caseStepsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Expected result")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        for step in steps:
            self._append(step.action, step.expected)
        self.add_button = QPushButton(self.tr("&Add step"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _append(self, action: str, expected: str, row: int | None = None) -> int:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(action))
        self.table.setItem(row, 1, QTableWidgetItem(expected))
        return row

    def add_step(self) -> None:
        current = self.table.currentRow()
        row = self._append("", "", current + 1 if current >= 0 else None)
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self._update_buttons()

    def remove_step(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self._update_buttons()

    def move_step(self, delta: int) -> None:
        row = self.table.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        texts = [self._text(row, c) for c in (0, 1)]
        self.table.removeRow(row)
        self._append(texts[0], texts[1], target)
        self.table.setCurrentCell(target, 0)
        self._update_buttons()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _update_buttons(self) -> None:
        row, n = self.table.currentRow(), self.table.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < n - 1)

    def steps(self) -> list[TestStep]:
        out = []
        for row in range(self.table.rowCount()):
            action, expected = self._text(row, 0).strip(), self._text(row, 1).strip()
            if action or expected:
                out.append(TestStep(action, expected))
        return out


class CaseEditDialog(QDialog):
    """Edit a test case: title, preconditions, priority, steps, linked needs and stories."""

    def __init__(self, case: TestCaseRead, needs: Sequence[NeedRead], stories: Sequence[StoryRead],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseEditDialog")
        self.case = case
        self.setWindowTitle(self.tr("Edit test case {ref}").replace("{ref}", case.ref))
        self.title = QLineEdit(case.title)
        self.title.setObjectName("caseEditTitle")
        self.preconditions = QPlainTextEdit(case.preconditions)
        self.preconditions.setMaximumHeight(60)
        self.priority = QComboBox()
        for priority in TestPriority:
            self.priority.addItem(enum_text(priority), priority)
        self.priority.setCurrentIndex(max(self.priority.findData(case.priority), 0))
        self.steps = StepsEditor(case.steps)
        self.needs = CheckList([(n.id, f"{n.ref} {n.title}") for n in needs], case.need_ids,
                               self.tr("Search needs…"))
        self.stories = CheckList([(s.id, f"{s.ref} {s.title}") for s in stories], case.story_ids,
                                 self.tr("Search stories…"))
        self.pages = QTabWidget()
        self.pages.addTab(self.steps, self.tr("&Steps"))
        self.pages.addTab(self.needs, self.tr("Linked &needs"))
        self.pages.addTab(self.stories, self.tr("Linked s&tories"))
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Preconditions"), self.preconditions)
        form.addRow(self.tr("P&riority"), self.priority)
        for i in range(form.rowCount()):
            label = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(i, QFormLayout.ItemRole.FieldRole)
            if label is not None and isinstance(label.widget(), QLabel) and field is not None:
                label.widget().setBuddy(field.widget())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.resize(680, 500)

    def values(self) -> dict[str, object]:
        """The fields that changed (title, preconditions, priority)."""
        now = {"title": self.title.text().strip(), "preconditions": self.preconditions.toPlainText().strip(),
               "priority": TestPriority(self.priority.currentData())}
        before = {"title": self.case.title, "preconditions": self.case.preconditions, "priority": self.case.priority}
        return {k: v for k, v in now.items() if v != before[k]}

    def step_list(self) -> list[TestStep]:
        return self.steps.steps()

    def need_ids(self) -> list[int]:
        return self.needs.checked_ids()

    def story_ids(self) -> list[int]:
        return self.stories.checked_ids()


class DefectDialog(QDialog):
    """A defect written by hand (not raised by a KO)."""

    def __init__(self, needs: Sequence[NeedRead], stories: Sequence[StoryRead], cases: Sequence[TestCaseRead],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("defectDialog")
        self.setWindowTitle(self.tr("New defect"))
        self.title = QLineEdit()
        self.title.setObjectName("defectTitle")
        self.description = QPlainTextEdit()
        self.severity = QComboBox()
        for severity in Severity:
            self.severity.addItem(enum_text(severity), severity)
        self.severity.setCurrentIndex(self.severity.findData(Severity.MAJOR))
        self.need = self._chooser([(n.id, f"{n.ref} {n.title}") for n in needs])
        self.story = self._chooser([(s.id, f"{s.ref} {s.title}") for s in stories])
        self.case = self._chooser([(c.id, f"{c.ref} {c.title}") for c in cases])
        self.ticket = QLineEdit()
        self.ticket.setPlaceholderText(self.tr("e.g. the vendor's ticket number"))
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Severity"), self.severity)
        form.addRow(self.tr("&Need"), self.need)
        form.addRow(self.tr("St&ory"), self.story)
        form.addRow(self.tr("Test &case"), self.case)
        form.addRow(self.tr("&Vendor ticket"), self.ticket)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.resize(560, 420)

    def _chooser(self, items: Sequence[tuple[int, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(none)"), None)
        for item_id, text in items:
            combo.addItem(text, item_id)
        combo.setMinimumContentsLength(24)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title.text().strip()))

    def draft(self) -> DefectDraft:
        return DefectDraft(title=self.title.text().strip(), description=self.description.toPlainText().strip(),
                           severity=Severity(self.severity.currentData()), need_id=self.need.currentData(),
                           story_id=self.story.currentData(), test_case_id=self.case.currentData(),
                           vendor_ticket=self.ticket.text().strip())


class TesterDialog(QDialog):
    """Choose who runs the chosen campaign cases (or nobody)."""

    __test__ = False  # not a pytest class despite its name

    def __init__(self, people: Sequence[PersonRead], current: int | None, count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignTesterDialog")
        self.setWindowTitle(self.tr("Assign tester"))
        self.people = QComboBox()
        self.people.setObjectName("testerChoice")
        self.people.addItem(self.tr("(nobody)"), None)
        for person in people:
            self.people.addItem(person.name, person.id)
        self.people.setCurrentIndex(max(self.people.findData(current), 0) if current is not None else 0)
        note = QLabel(self.tr("Tester of {n} cases:").replace("{n}", str(count)))
        note.setBuddy(self.people)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.people)
        layout.addWidget(buttons)

    def chosen_id(self) -> int | None:
        return self.people.currentData()
