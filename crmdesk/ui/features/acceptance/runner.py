"""The execution runner: a campaign's cases one by one, driven from the keyboard.

Keys (on the steps table): 1 = OK, 2 = KO, 3 = blocked, 0 = not run for the current step, then
the next step; Ctrl+Enter records the attempt; PgDown / PgUp go to the next / previous case.
The panel only collects; the tab records through the commander (one undo step)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.acceptance import CampaignCaseRead, ExecutionRead, Result, Severity, StepResult
from crmdesk.domain.acceptance_rules import rollup_steps
from crmdesk.domain.project import PersonRead
from crmdesk.ui.features.acceptance.common import (
    KEY_RESULTS,
    RESULT_BACKGROUNDS,
    enum_text,
    esc,
    make_action,
    result_colour,
    result_short,
)
from crmdesk.ui.features.acceptance.runner_models import RunEntry, case_list_model, history_model

STEP_COL_RESULT, STEP_COL_ACTUAL = 3, 4


class RunnerPanel(QWidget):
    record_requested = Signal(object)  # RunEntry
    case_changed = Signal(int)  # campaign case id
    assign_tester_requested = Signal(list)  # campaign case ids
    remove_requested = Signal(list)  # campaign case ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acceptanceRunner")
        self._cases: list[CampaignCaseRead] = []
        self._index = -1
        self._step_results: list[Result | None] = []
        self._editable = True
        self._build()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.case_model = case_list_model()
        self.case_list = QTableView()
        self.case_list.setObjectName("runnerCaseList")
        self.case_list.setModel(self.case_model)
        self.case_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_list.verticalHeader().hide()
        self.case_list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.case_list.setWordWrap(False)
        for col, width in ((0, 64), (2, 64), (3, 64)):
            self.case_list.setColumnWidth(col, width)
        self.case_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.case_list.clicked.connect(lambda index: self.show_case(index.row()))
        self.case_list.activated.connect(lambda index: (self.show_case(index.row()), self.steps.setFocus()))
        self.case_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.case_list.customContextMenuRequested.connect(self._show_case_menu)

        self.heading = QLabel()
        self.heading.setObjectName("runnerHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.meta = QLabel()
        self.meta.setObjectName("runnerMeta")
        self.meta.setWordWrap(True)
        self.meta.setStyleSheet("color: #3A4756;")
        self.preconditions = QLabel()
        self.preconditions.setObjectName("runnerPreconditions")
        self.preconditions.setWordWrap(True)
        self.preconditions.setStyleSheet("background: #F4F6F9; border: 1px solid #DCE1E8; border-radius: 4px;"
                                         " padding: 4px;")

        self.steps = QTableWidget(0, 5)
        self.steps.setObjectName("runnerSteps")
        self.steps.setHorizontalHeaderLabels([self.tr("#"), self.tr("Action"), self.tr("Expected result"),
                                              self.tr("Result"),
                                              self.tr("Actual result")])
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.steps.verticalHeader().hide()
        self.steps.setWordWrap(True)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.steps.installEventFilter(self)

        self.result_combo = QComboBox()
        self.result_combo.setObjectName("runnerCaseResult")
        self.result_combo.addItem(self.tr("From the steps"), None)
        for result in Result:
            self.result_combo.addItem(result_short(result), result)
        self.result_combo.currentIndexChanged.connect(lambda _i: self._update_outcome())
        self.outcome = QLabel()
        self.outcome.setObjectName("runnerOutcome")
        self.tester_combo = QComboBox()
        self.tester_combo.setObjectName("runnerTester")
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setObjectName("runnerDate")
        self.day_edit.setCalendarPopup(True)
        self.actual_edit = QLineEdit()
        self.actual_edit.setObjectName("runnerActual")
        self.actual_edit.setPlaceholderText(self.tr("What happened, when it differs from the expected result"))
        self.comment_edit = QLineEdit()
        self.comment_edit.setObjectName("runnerComment")

        result_row = QHBoxLayout()
        result_row.addWidget(self.result_combo)
        result_row.addWidget(self.outcome, 1)
        who_row = QHBoxLayout()
        who_row.addWidget(self.tester_combo, 1)
        who_row.addWidget(self.day_edit)
        form = QFormLayout()
        form.addRow(self.tr("Case result"), result_row)
        form.addRow(self.tr("Tester, date"), who_row)
        form.addRow(self.tr("Actual result"), self.actual_edit)
        form.addRow(self.tr("Comment"), self.comment_edit)

        self.defect_panel = QFrame()
        self.defect_panel.setObjectName("runnerDefectPanel")
        self.defect_panel.setStyleSheet("QFrame#runnerDefectPanel { background: #FBE3E1; border: 1px solid #E6A19B;"
                                        " border-radius: 4px; }")
        self.severity_combo = QComboBox()
        self.severity_combo.setObjectName("runnerSeverity")
        for severity in Severity:
            self.severity_combo.addItem(enum_text(severity), severity)
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(Severity.MAJOR))
        self.defect_title = QLineEdit()
        self.defect_title.setObjectName("runnerDefectTitle")
        defect_layout = QHBoxLayout(self.defect_panel)
        defect_layout.setContentsMargins(8, 4, 8, 4)
        defect_layout.addWidget(QLabel(self.tr("KO: a defect will be created")))
        defect_layout.addWidget(self.severity_combo)
        defect_layout.addWidget(self.defect_title, 1)
        self.defect_panel.hide()

        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.record_button = QPushButton(self.tr("Record (Ctrl+Enter)"))
        self.record_button.setObjectName("runnerRecord")
        self.record_button.setDefault(False)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.prev_button.clicked.connect(self.previous_case)
        self.next_button.clicked.connect(self.next_case)
        self.record_button.clicked.connect(self.record)
        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Keys: 1 OK · 2 KO · 3 blocked · 0 not run · PgUp/PgDown"))
        hint.setStyleSheet("color: #5B6675;")
        hint.setWordWrap(True)
        buttons.addWidget(hint, 1)
        for button in (self.prev_button, self.record_button, self.next_button):
            buttons.addWidget(button)

        self.history_model = history_model()
        self.history = QTableView()
        self.history.setObjectName("runnerHistory")
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.history.setMaximumHeight(120)
        self.history.setWordWrap(False)
        self.history.setColumnWidth(1, 130)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.meta)
        right_layout.addWidget(self.preconditions)
        right_layout.addWidget(self.steps, 3)
        right_layout.addLayout(form)
        right_layout.addWidget(self.defect_panel)
        right_layout.addLayout(buttons)
        right_layout.addWidget(QLabel(self.tr("Attempts of this case")))
        right_layout.addWidget(self.history, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.case_list)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 980])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        make_action(self, self.tr("Record the attempt"), self.record, "Ctrl+Return", "actRecordAttempt") \
            .setShortcuts(["Ctrl+Return", "Ctrl+Enter"])
        make_action(self, self.tr("Next case"), self.next_case, "PgDown", "actNextCase")
        make_action(self, self.tr("Previous case"), self.previous_case, "PgUp", "actPreviousCase")

    # ------------------------------------------------------------------ data
    def _show_case_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        menu = self.case_menu()
        menu.exec(self.case_list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def case_menu(self) -> QMenu:
        """The case list's context menu: assign a tester, remove cases not run yet."""
        menu = QMenu(self)
        case = self.current_case()
        ids = [case.id] if case is not None else []
        assign = menu.addAction(self.tr("Assign tester…"))
        assign.setObjectName("actAssignTester")
        assign.setEnabled(self._editable and bool(ids))
        assign.triggered.connect(lambda _c=False: self.assign_tester_requested.emit(ids))
        remove = menu.addAction(self.tr("Remove from the campaign"))
        remove.setObjectName("actRemoveFromCampaign")
        remove.setEnabled(self._editable and case is not None and case.attempts == 0)
        if case is not None and case.attempts:
            remove.setToolTip(self.tr("This case has results: it stays in the campaign."))
        remove.triggered.connect(lambda _c=False: self.remove_requested.emit(ids))
        menu.setToolTipsVisible(True)
        return menu

    def set_people(self, people: list[PersonRead]) -> None:
        current = self.tester_combo.currentData()
        self.tester_combo.blockSignals(True)
        self.tester_combo.clear()
        self.tester_combo.addItem(self.tr("(no tester)"), None)
        for person in people:
            self.tester_combo.addItem(person.name, person.id)
        found = self.tester_combo.findData(current)
        self.tester_combo.setCurrentIndex(max(found, 0))
        self.tester_combo.blockSignals(False)

    def set_cases(self, cases: list[CampaignCaseRead], editable: bool = True) -> None:
        """Keeps the current case (by id) when it is still there."""
        current = self.current_case()
        self._editable = editable
        self._cases = list(cases)
        self.case_model.set_rows(self._cases)
        index = next((i for i, c in enumerate(self._cases) if current and c.id == current.id), 0)
        self.record_button.setEnabled(editable and bool(self._cases))
        kept = self._entry() if current is not None else None
        self.show_case(index if self._cases else -1)
        case = self.current_case()
        if kept is not None and case is not None and case.id == current.id and len(case.steps) == len(kept[0]):
            self._restore(kept)  # a refresh keeps what the tester was entering

    def _entry(self) -> tuple[list[Result | None], list[str], int, str, str, int]:
        actual = [(self.steps.item(r, STEP_COL_ACTUAL).text() if self.steps.item(r, STEP_COL_ACTUAL) else "")
                  for r in range(self.steps.rowCount())]
        return (list(self._step_results), actual, self.result_combo.currentIndex(), self.actual_edit.text(),
                self.comment_edit.text(), self.steps.currentRow())

    def _restore(self, kept: tuple[list[Result | None], list[str], int, str, str, int]) -> None:
        results, actual, combo, text, comment, row = kept
        self._step_results = list(results)
        for r, value in enumerate(actual):
            item = self.steps.item(r, STEP_COL_ACTUAL)
            if item is not None:
                item.setText(value)
            self._paint_step(r)
        self.result_combo.setCurrentIndex(combo)
        self.actual_edit.setText(text)
        self.comment_edit.setText(comment)
        if row >= 0:
            self.steps.setCurrentCell(row, STEP_COL_RESULT)
        self._update_outcome()

    def set_history(self, executions: list[ExecutionRead]) -> None:
        self.history_model.set_rows(list(reversed(executions)))

    def current_case(self) -> CampaignCaseRead | None:
        return self._cases[self._index] if 0 <= self._index < len(self._cases) else None

    def show_case(self, index: int) -> None:
        self._index = index
        case = self.current_case()
        self.steps.blockSignals(True)
        self.steps.setRowCount(0)
        self.actual_edit.clear()
        self.comment_edit.clear()
        self.result_combo.setCurrentIndex(0)
        if case is None:
            self.heading.setText(self.tr("No case in this campaign yet."))
            self.meta.setText(self.tr("Add cases to the campaign's scope from the campaign menu."))
            self.preconditions.hide()
            self._step_results = []
            self.steps.blockSignals(False)
            self._update_outcome()
            return
        self.case_list.selectRow(index)
        self.heading.setText(f"{case.ref} · {case.title}")
        parts = [self.tr("Case {n} of {total}").replace("{n}", str(index + 1))
                 .replace("{total}", str(len(self._cases))),
                 enum_text(case.priority)]
        if case.need_refs:
            parts.append(self.tr("needs {refs}").replace("{refs}", ", ".join(case.need_refs)))
        parts.append(self.tr("now: {result}").replace("{result}", result_short(case.result)))
        if case.attempts:
            parts.append(self.tr("attempts: {n}").replace("{n}", str(case.attempts)))
        self.meta.setText(" · ".join(parts))
        self.preconditions.setText("<b>" + esc(self.tr("Preconditions:")) + "</b> " + esc(case.preconditions))
        self.preconditions.setVisible(bool(case.preconditions))
        self._step_results = [None] * len(case.steps)
        for row, step in enumerate(case.steps):
            self.steps.insertRow(row)
            for col, text in enumerate((str(row + 1), step.action, step.expected, "", "")):
                item = QTableWidgetItem(text)
                if col != STEP_COL_ACTUAL:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.steps.setItem(row, col, item)
            self._paint_step(row)
        self.steps.resizeRowsToContents()
        if case.steps:
            self.steps.setCurrentCell(0, STEP_COL_RESULT)
        self.steps.blockSignals(False)
        found = self.tester_combo.findData(case.tester_id) if case.tester_id is not None else -1
        if found >= 0:
            self.tester_combo.setCurrentIndex(found)
        self.day_edit.setDate(QDate.currentDate())
        self.defect_title.setText(case.title)
        self._update_outcome()
        self.case_changed.emit(case.id)

    # ------------------------------------------------------------------ keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.steps and event.type() == QEvent.Type.KeyPress \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:  # type: ignore[attr-defined]
            result = KEY_RESULTS.get(event.key())  # type: ignore[attr-defined]
            if result is not None and self.steps.rowCount():
                self.set_step_result(max(self.steps.currentRow(), 0), result)
                return True
        return super().eventFilter(watched, event)

    def set_step_result(self, row: int, result: Result | None, advance: bool = True) -> None:
        if not 0 <= row < len(self._step_results):
            return
        self._step_results[row] = result
        self._paint_step(row)
        if advance and row + 1 < self.steps.rowCount():
            self.steps.setCurrentCell(row + 1, STEP_COL_RESULT)
        self._update_outcome()

    def _paint_step(self, row: int) -> None:
        result = self._step_results[row]
        item = self.steps.item(row, STEP_COL_RESULT)
        if item is None:
            return
        item.setText(result_short(result) if result is not None else "")
        colour = result_colour(result)
        item.setForeground(QBrush(colour) if colour else QBrush())
        background = QBrush(QColor(RESULT_BACKGROUNDS[str(result)])) if result is not None else QBrush()
        for col in range(self.steps.columnCount()):
            cell = self.steps.item(row, col)
            if cell is not None:
                cell.setBackground(background)

    def step_results(self) -> tuple[StepResult, ...]:
        out = []
        for row, result in enumerate(self._step_results):
            actual_item = self.steps.item(row, STEP_COL_ACTUAL)
            actual = actual_item.text().strip() if actual_item else ""
            if result is not None:
                out.append(StepResult(row + 1, result, actual))
        return tuple(out)

    def case_result(self) -> Result | None:
        """The result the attempt will have: the one chosen, else the roll-up of the steps."""
        chosen = self.result_combo.currentData()
        if chosen is not None:
            return Result(chosen)
        return rollup_steps(r for r in self._step_results if r is not None)

    def _update_outcome(self) -> None:
        result = self.case_result()
        if result is None:
            self.outcome.setText(self.tr("no result yet: press 1, 2, 3 or 0 on each step"))
            self.outcome.setStyleSheet("color: #5B6675;")
        else:
            self.outcome.setText(self.tr("the case will be recorded {result}")
                                 .replace("{result}", result_short(result)))
            colour = result_colour(result)
            self.outcome.setStyleSheet(f"color: {colour.name()}; font-weight: bold;" if colour else "")
        self.defect_panel.setVisible(result is Result.FAILED)

    # ------------------------------------------------------------------ moves
    def next_case(self) -> None:
        if self._index + 1 < len(self._cases):
            self.show_case(self._index + 1)
        self.steps.setFocus()

    def previous_case(self) -> None:
        if self._index > 0:
            self.show_case(self._index - 1)
        self.steps.setFocus()

    def record(self) -> None:
        case = self.current_case()
        if case is None or not self._editable:
            return
        chosen = self.result_combo.currentData()
        qdate = self.day_edit.date()
        self.record_requested.emit(RunEntry(
            case.id, Result(chosen) if chosen is not None else None, self.step_results(),
            self.actual_edit.text().strip(), self.comment_edit.text().strip(), self.tester_combo.currentData(),
            date(qdate.year(), qdate.month(), qdate.day()), Severity(self.severity_combo.currentData()),
            self.defect_title.text().strip()))
