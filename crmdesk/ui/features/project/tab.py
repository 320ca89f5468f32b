"""The project tab: the project's frame (name, organisation, context, settings) and its people."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import Role
from crmdesk.domain.project import PersonRead, ProjectRead
from crmdesk.services.container import ProjectServices
from crmdesk.ui.events import AppEvents
from crmdesk.ui.i18n import label
from crmdesk.ui.models.delegates import RecordDelegate
from crmdesk.ui.models.record_table import Column, RecordTableModel
from crmdesk.ui.undo import Commander


def person_columns() -> list[Column[PersonRead]]:
    return [
        Column("name", QCoreApplication.translate("PeopleTable", "Name"), lambda p: p.name, editor="text",
               width=220),
        Column("role", QCoreApplication.translate("PeopleTable", "Role"), lambda p: label(p.role),
               editor="choice", raw=lambda p: p.role, choices=lambda: [(r, label(r)) for r in Role], width=170),
        Column("email", QCoreApplication.translate("PeopleTable", "E-mail"), lambda p: p.email, editor="text",
               width=240),
        Column("organisation", QCoreApplication.translate("PeopleTable", "Organisation"),
               lambda p: p.organisation, editor="text", width=200),
    ]


class ProjectTab(QWidget):
    counts_changed = Signal(str)

    def __init__(self, services: ProjectServices, commander: Commander, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectTab")
        self._s = services
        self._cmd = commander
        self._project: ProjectRead | None = None
        self.people_model: RecordTableModel[PersonRead] = RecordTableModel(person_columns(), parent=self)
        self.people_model.edit_requested.connect(self._on_person_edited)
        self._build_ui()
        events.data_changed.connect(self._on_data_changed)
        self.reload()

    def _build_ui(self) -> None:
        self.name = QLineEdit()
        self.name.setObjectName("projectName")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("projectOrganisation")
        self.description = QPlainTextEdit()
        self.description.setObjectName("projectDescription")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(140)
        self.description.setPlaceholderText(self.tr("Context of the project: the organisation, its "
                                                    "current tools, the goals of the CRM…"))
        self.sprint_length = QSpinBox()
        self.sprint_length.setObjectName("sprintLength")
        self.sprint_length.setRange(1, 90)
        self.sprint_length.setSuffix(self.tr(" days"))
        self.name.editingFinished.connect(lambda: self._save_field("name", self.name.text()))
        self.organisation.editingFinished.connect(
            lambda: self._save_field("organisation", self.organisation.text()))
        self.sprint_length.editingFinished.connect(
            lambda: self._save_field("sprint_length_days", self.sprint_length.value()))
        self.description.installEventFilter(self)

        frame = QGroupBox(self.tr("Project"))
        form = QFormLayout(frame)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Context"), self.description)
        form.addRow(self.tr("&Sprint length"), self.sprint_length)

        self.people = QTableView()
        self.people.setObjectName("peopleTable")
        self.people.setModel(self.people_model)
        self.people.setItemDelegate(RecordDelegate(self.people_model, self.people))
        self.people.setSortingEnabled(True)
        self.people.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.verticalHeader().setVisible(False)
        self.people.verticalHeader().setDefaultSectionSize(24)
        self.people.setWordWrap(False)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.setAlternatingRowColors(True)
        for i, col in enumerate(self.people_model.columns):
            self.people.setColumnWidth(i, col.width)
        self.add_person_button = QPushButton(self.tr("Add a person"))
        self.add_person_button.setObjectName("addPerson")
        self.add_person_button.clicked.connect(self.add_person)
        self.remove_person_button = QPushButton(self.tr("Remove"))
        self.remove_person_button.setObjectName("removePerson")
        self.remove_person_button.clicked.connect(self.remove_person)
        self.act_remove = QAction(self.tr("Remove person"), self)
        self.act_remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_remove.triggered.connect(self.remove_person)
        self.people.addAction(self.act_remove)

        people_box = QGroupBox(self.tr("People of the project"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.remove_person_button)
        buttons.addStretch(1)
        box_layout = QVBoxLayout(people_box)
        box_layout.addWidget(self.people, 1)
        box_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(frame)
        layout.addWidget(people_box, 1)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        self._project = self._s.project.get()
        for widget, value in ((self.name, self._project.name),
                              (self.organisation, self._project.organisation)):
            if widget.text() != value:
                widget.setText(value)
        if self.description.toPlainText() != self._project.description:
            self.description.setPlainText(self._project.description)
        self.sprint_length.setValue(self._project.sprint_length_days)
        self.people_model.set_rows(self._s.people.list())
        self.counts_changed.emit(self.tr("{n} people").replace("{n}", str(self.people_model.rowCount())))

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches(EntityKind.PROJECT, EntityKind.PERSON):
            self.reload()

    def _save_field(self, key: str, value: object) -> None:
        if self._project is None or getattr(self._project, key) == value:
            return
        names = {"name": self.tr("name"), "organisation": self.tr("organisation"),
                 "description": self.tr("context"), "sprint_length_days": self.tr("sprint length")}
        if self._cmd.run(self.tr("Edit project {field}").replace("{field}", names[key]),
                         lambda: self._s.project.update({key: value})) is None:
            self.reload()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if watched is self.description and event.type() == QEvent.Type.FocusOut:
            self._save_field("description", self.description.toPlainText())
        return super().eventFilter(watched, event)

    def flush_edits(self) -> None:
        self._save_field("description", self.description.toPlainText())

    # ------------------------------------------------------------------ people
    def add_person(self) -> None:
        result = self._cmd.run(self.tr("Add a person"),
                               lambda: self._s.people.add(self.tr("New person"), Role.KEY_USER))
        if result:
            row = self.people_model.row_of(result[0])
            index = self.people_model.index(row, 0)
            self.people.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.people.setFocus()
            self.people.edit(index)

    def remove_person(self) -> None:
        index = self.people.currentIndex()
        if not index.isValid():
            return
        person = self.people_model.record(index.row())
        answer = QMessageBox.question(
            self, self.tr("Remove a person"),
            self.tr("Remove {name}? The needs they own will have no owner. You can undo it with Ctrl+Z.")
            .replace("{name}", person.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._cmd.run(self.tr("Remove {name}").replace("{name}", person.name),
                          lambda: self._s.people.delete(person.id))

    def _on_person_edited(self, person_id: int, key: str, value: object) -> None:
        self._cmd.run(self.tr("Edit person"), lambda: self._s.people.update(person_id, {key: value}))
