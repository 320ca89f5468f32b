"""Columns & WIP: rename, add, reorder and delete the board's columns and set their WIP limits.
Each change applies at once, as one undoable step (Ctrl+Z in the main window)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.sprints import ColumnRead
from crmdesk.services.sprints import SprintService
from crmdesk.ui.features.sprints.common import column_text
from crmdesk.ui.models.delegates import RecordDelegate
from crmdesk.ui.models.record_table import Column, RecordTableModel

translate = QCoreApplication.translate
Run = Callable[[str, Callable[[], Any]], Any]


def column_columns() -> list[Column[ColumnRead]]:
    return [
        Column("name", translate("ColumnsDialog", "Column"), column_text, editor="text", raw=column_text, width=220),
        Column("wip_limit", translate("ColumnsDialog", "WIP limit"), lambda c: str(c.wip_limit) if c.wip_limit else translate("ColumnsDialog", "none"),
               editor="text", raw=lambda c: str(c.wip_limit or ""), width=90),
        Column("is_done", translate("ColumnsDialog", "Counts as done"), lambda c: translate("ColumnsDialog", "yes") if c.is_done else "", width=110),
        Column("count", translate("ColumnsDialog", "Stories"), lambda c: str(c.count), width=70),
    ]


class NewColumnDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New column"))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.wip = QSpinBox()
        self.wip.setObjectName("wip")
        self.wip.setRange(0, 999)
        self.wip.setSpecialValueText(self.tr("no limit"))
        self.done = QCheckBox(self.tr("Cards in this column count as done (burndown, velocity)"))
        self.done.setObjectName("done")
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&WIP limit"), self.wip)
        form.addRow("", self.done)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class ColumnsDialog(QDialog):
    def __init__(self, service: SprintService, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnsDialog")
        self.setWindowTitle(self.tr("Columns and WIP limits"))
        self._s = service
        self._run = run
        self.model: RecordTableModel[ColumnRead] = RecordTableModel(column_columns(), parent=self)
        self.model.edit_requested.connect(self._on_edit)
        self.table = QTableView()
        self.table.setObjectName("columnsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(RecordDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().setVisible(False)
        for i, col in enumerate(self.model.columns):
            self.table.setColumnWidth(i, col.width)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i in range(1, len(self.model.columns)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        help_text = QLabel(self.tr("Double-click (or F2) a name or a WIP limit to change it. A WIP limit is soft: "
                                   "the board shows a column over its limit in red, counting every card, "
                                   "including those a filter hides. Leave it empty for no limit."))
        help_text.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add column…"))
        self.add_button.clicked.connect(self.add_column)
        self.left_button = QPushButton(self.tr("Move &left"))
        self.left_button.setToolTip(self.tr("Move the column left (Alt+Up)"))
        self.left_button.clicked.connect(lambda: self.move(-1))
        self.right_button = QPushButton(self.tr("Move &right"))
        self.right_button.setToolTip(self.tr("Move the column right (Alt+Down)"))
        self.right_button.clicked.connect(lambda: self.move(1))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the column (only when it holds no story)"))
        self.delete_button.clicked.connect(self.delete_column)
        for keys, slot in (("Alt+Up", lambda: self.move(-1)), ("Alt+Down", lambda: self.move(1)),
                           ("Delete", self.delete_column)):
            act = QAction(self.table)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(lambda _c=False, s=slot: s())
            self.table.addAction(act)
        side = QVBoxLayout()
        for button in (self.add_button, self.left_button, self.right_button, self.delete_button):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(760, 400)
        self.refresh()
        self.table.setFocus()

    def refresh(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_id()
        self.model.set_rows(self._s.columns())
        row = self.model.row_of(current) if current is not None else 0
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(max(row, 0), 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()).id if index.isValid() else None

    def _current(self) -> ColumnRead | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _on_edit(self, column_id: int, key: str, value: object) -> None:
        column = self.model.record(self.model.row_of(column_id))
        if key == "name":
            self._run(self.tr("Rename column {name}").replace("{name}", column_text(column)),
                      lambda: self._s.rename_column(column_id, str(value)))
        else:
            text = str(value).strip()
            limit: object = int(text) if text.isdigit() else (None if not text else text)
            self._run(self.tr("Set the WIP limit of {name}").replace("{name}", column_text(column)),
                      lambda: self._s.set_wip_limit(column_id, limit))  # type: ignore[arg-type]
        self.refresh(column_id)

    def set_wip_limit(self, column_id: int, limit: int | None) -> None:
        column = self.model.record(self.model.row_of(column_id))
        self._run(self.tr("Set the WIP limit of {name}").replace("{name}", column_text(column)),
                  lambda: self._s.set_wip_limit(column_id, limit))
        self.refresh(column_id)

    def add_column(self) -> None:
        dialog = NewColumnDialog(self)
        if not dialog.exec() or not dialog.name.text().strip():
            return
        position = self.table.currentIndex().row() + 1 if self.table.currentIndex().isValid() else None
        result = self._run(self.tr("Add column {name}").replace("{name}", dialog.name.text().strip()),
                           lambda: self._s.add_column(dialog.name.text(), dialog.done.isChecked(),
                                                      dialog.wip.value() or None, position))
        self.refresh(result[0] if result else None)

    def move(self, step: int) -> None:
        column = self._current()
        if column is None:
            return
        row = self.model.row_of(column.id) + step
        if 0 <= row < self.model.rowCount():
            self._run(self.tr("Move column {name}").replace("{name}", column_text(column)),
                      lambda: self._s.move_column(column.id, row))
            self.refresh(column.id)

    def delete_column(self) -> None:
        column = self._current()
        if column is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete a column"), self.tr(
            "Delete the column {name}? You can undo it with Ctrl+Z.").replace("{name}", column_text(column)))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self.tr("Delete column {name}").replace("{name}", column_text(column)),
                      lambda: self._s.delete_column(column.id))
            self.refresh()
