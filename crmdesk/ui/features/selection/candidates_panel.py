"""The candidates: name, kind, status (with the reason of an elimination), contacts, the offer's
costs and the TCO they make over the settings' horizon, notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import Role
from crmdesk.domain.selection import (
    CandidateKind,
    CandidateRead,
    CandidateStatus,
    SelectionSettingsRead,
)
from crmdesk.services.container import ProjectServices
from crmdesk.ui.features.selection.common import (
    GREY,
    AlignedTableModel,
    LazyPanel,
    NumberDelegate,
    enum_label,
    euros,
    setup_table,
    tool_button,
)
from crmdesk.ui.features.selection.contacts_dialog import CandidateContactsDialog
from crmdesk.ui.models.record_table import Column, RecordTableModel
from crmdesk.ui.undo import Commander

translate = QCoreApplication.translate

COST_KEYS = ("setup_cost", "migration_cost", "training_cost", "licence_per_user_month", "hosting_per_year",
             "support_per_year")
_COST_ATTR = dict(zip(COST_KEYS, ("setup", "migration", "training", "licence_per_user_month", "hosting_per_year",
                                  "support_per_year"), strict=True))


def _cost(key: str):  # type: ignore[no-untyped-def]
    return lambda c: getattr(c.costs, _COST_ATTR[key])


def _first_line(text: str) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= 90 else line[:89] + "…"


def candidate_columns() -> list[Column[CandidateRead]]:

    def grey(c: CandidateRead) -> Any:
        return GREY if c.status is CandidateStatus.ELIMINATED else None

    cost_headers = {  # two lines: the cost, then how often it is paid
        "setup_cost": translate("CandidatesPanel", "Set-up\n(one-off)"), "migration_cost": translate("CandidatesPanel", "Data migration\n(one-off)"),
        "training_cost": translate("CandidatesPanel", "Training\n(one-off)"), "licence_per_user_month": translate("CandidatesPanel", "Licence\n(user × month)"),
        "hosting_per_year": translate("CandidatesPanel", "Hosting\n(per year)"), "support_per_year": translate("CandidatesPanel", "Support\n(per year)"),
    }
    columns: list[Column[CandidateRead]] = [
        Column("name", translate("CandidatesPanel", "Candidate"), lambda c: c.name, editor="text", width=190, foreground=grey,
               tooltip=lambda c: c.name),
        Column("kind", translate("CandidatesPanel", "Kind"), lambda c: enum_label(c.kind), editor="choice", raw=lambda c: c.kind,
               choices=lambda: [(k, enum_label(k)) for k in CandidateKind], width=130, foreground=grey),
        Column("status", translate("CandidatesPanel", "Status"), lambda c: enum_label(c.status), editor="choice", raw=lambda c: c.status,
               choices=lambda: [(s, enum_label(s)) for s in CandidateStatus], width=100, foreground=grey,
               tooltip=lambda c: c.elimination_reason),
        Column("contacts", translate("CandidatesPanel", "Contacts"), lambda c: ", ".join(c.contact_names), width=120,
               tooltip=lambda c: "\n".join(c.contact_names)),
    ]
    for key in COST_KEYS:
        columns.append(Column(key, cost_headers[key], (lambda c, k=key: euros(_cost(k)(c))),
                              sort_key=_cost(key), editor="number", raw=_cost(key), width=96))
    columns += [
        Column("tco", translate("CandidatesPanel", "TCO"), lambda c: euros(c.tco), sort_key=lambda c: c.tco, width=100,
               tooltip=lambda c: translate("CandidatesPanel", "Total cost of ownership over the horizon of the settings")),
        Column("notes", translate("CandidatesPanel", "Notes"), lambda c: _first_line(c.notes), width=170, tooltip=lambda c: c.notes),
    ]
    return columns


class CandidatesPanel(LazyPanel):
    def __init__(self, services: ProjectServices, commander: Commander, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionCandidates")
        self._s = services
        self._cmd = commander
        self._settings: SelectionSettingsRead | None = None
        self._notes_for: int | None = None
        self._flushing = False
        self.model: RecordTableModel[CandidateRead] = AlignedTableModel(
            candidate_columns(), right={*COST_KEYS, "tco"}, parent=self)
        self.model.edit_requested.connect(self._on_edited)
        self._build_ui()

    # ------------------------------------------------------------------ layout
    def _build_ui(self) -> None:
        self.act_add = QAction(self.tr("Add a candidate"), self)
        self.act_add.triggered.connect(self.add_candidate)
        self.act_delete = QAction(self.tr("Delete"), self)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.triggered.connect(self.delete_current)
        self.act_contacts = QAction(self.tr("Contacts…"), self)
        self.act_contacts.triggered.connect(self.edit_contacts)
        self.act_up = QAction(self.tr("Move up"), self)
        self.act_up.setShortcut(QKeySequence("Alt+Up"))
        self.act_up.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_up.triggered.connect(lambda: self.move_current(-1))
        self.act_down = QAction(self.tr("Move down"), self)
        self.act_down.setShortcut(QKeySequence("Alt+Down"))
        self.act_down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_down.triggered.connect(lambda: self.move_current(1))
        self.status_menu = QMenu(self.tr("Status"), self)
        for status in CandidateStatus:
            text = enum_label(status) if status is not CandidateStatus.ELIMINATED else self.tr("Eliminate…")
            act = self.status_menu.addAction(text)
            act.triggered.connect(lambda _c=False, s=status: self.set_status(s))
        status_button = QPushButton(self.tr("Status"))
        status_button.setObjectName("candidateStatusButton")
        status_button.setMenu(self.status_menu)

        for act, arrow in ((self.act_up, "↑"), (self.act_down, "↓")):  # short buttons, full text in menus
            act.setIconText(arrow)
            act.setToolTip(f"{act.text()} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        bar = QHBoxLayout()
        for act in (self.act_add, self.act_contacts):
            bar.addWidget(tool_button(act))
        bar.addWidget(status_button)
        for act in (self.act_up, self.act_down, self.act_delete):
            bar.addWidget(tool_button(act))
        bar.addStretch(1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(NumberDelegate(self.model, {k: (0.0, 1e9, 2, " €") for k in COST_KEYS},
                                                  self.table))
        setup_table(self.table, "candidatesTable", [c.width for c in self.model.columns])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(self._on_double_click)
        for act in (self.act_delete, self.act_up, self.act_down):
            self.table.addAction(act)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_notes())

        self.legend = QLabel()
        self.legend.setObjectName("tcoLegend")
        self.legend.setWordWrap(True)

        self.notes_box = QGroupBox(self.tr("Notes"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("candidateNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What the candidate offers, the references called, the "
                                              "impressions of the demonstration…"))
        self.notes.installEventFilter(self)
        self.reason = QLabel()
        self.reason.setObjectName("eliminationReason")
        self.reason.setWordWrap(True)
        box = QVBoxLayout(self.notes_box)
        box.addWidget(self.reason)
        box.addWidget(self.notes, 1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("candidatesSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.notes_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 320])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        self.flush_edits()
        current = self.current()
        self._settings = self._s.selection.settings()
        self.model.set_rows(self._s.selection.candidates())
        settings = self._settings
        self.legend.setText(self.tr(
            "One-off costs: set-up, data migration, training. Recurring costs: licence per user per month, "
            "hosting and support per year. TCO over {years} years for {users} users = one-off + {years} × "
            "(licence × {users} users × 12 + hosting + support).")
            .replace("{years}", str(settings.horizon_years)).replace("{users}", str(settings.user_count)))
        if current is not None:
            self.select(current.id)
        elif self.model.rowCount():
            self.select(self.model.record(0).id)
        self._show_notes()

    def counts_text(self) -> str:
        rows = self.model.all_records()
        out = sum(1 for c in rows if c.status is CandidateStatus.ELIMINATED)
        return self.tr("{n} candidates · {out} eliminated").replace("{n}", str(len(rows))).replace("{out}", str(out))

    def current(self) -> CandidateRead | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select(self, candidate_id: int, column: int = 0) -> None:
        row = self.model.row_of(candidate_id)
        if row < 0:
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _show_notes(self) -> None:
        self.flush_edits()
        cand = self.current()
        self._notes_for = cand.id if cand else None
        self.notes_box.setTitle(self.tr("Notes on {name}").replace("{name}", cand.name) if cand else self.tr("Notes"))
        self.notes.setEnabled(cand is not None)
        text = cand.notes if cand else ""
        if self.notes.toPlainText() != text:
            self.notes.setPlainText(text)
        if cand is not None and cand.status is CandidateStatus.ELIMINATED:
            self.reason.setText(self.tr("Eliminated: {reason}").replace("{reason}", cand.elimination_reason))
            self.reason.show()
        else:
            self.reason.hide()

    def flush_edits(self) -> None:
        if self._notes_for is None or self._flushing:
            return
        row = self.model.row_of(self._notes_for)
        if row < 0:
            return
        cand = self.model.record(row)
        text = self.notes.toPlainText()
        if text != cand.notes:
            cid = cand.id
            self._flushing = True
            try:
                self._cmd.run(self.tr("Edit the notes on {name}").replace("{name}", cand.name),
                              lambda: self._s.selection.update_candidate(cid, {"notes": text}))
            finally:
                self._flushing = False

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.flush_edits()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ actions
    def add_candidate(self) -> None:
        names = {c.name.casefold() for c in self.model.all_records()}
        base = self.tr("New candidate")
        name, n = base, 2
        while name.casefold() in names:
            name, n = f"{base} {n}", n + 1
        result = self._cmd.run(self.tr("Add a candidate"), lambda: self._s.selection.add_candidate(name))
        if result:
            self.refresh()
            self.select(result[0])
            self.table.setFocus()
            self.table.edit(self.table.currentIndex())

    def delete_current(self) -> None:
        cand = self.current()
        if cand is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete a candidate"),
            self.tr("Delete {name} with its scores and answers? You can undo it with Ctrl+Z.")
            .replace("{name}", cand.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._notes_for = None
            self._cmd.run(self.tr("Delete the candidate {name}").replace("{name}", cand.name),
                          lambda: self._s.selection.delete_candidate(cand.id))

    def move_current(self, step: int) -> None:
        cand = self.current()
        if cand is None:
            return
        ids = [c.id for c in self.model.all_records()]
        at = ids.index(cand.id)
        to = at + step
        if not 0 <= to < len(ids):
            return
        ids[at], ids[to] = ids[to], ids[at]
        self._cmd.run(self.tr("Move the candidate {name}").replace("{name}", cand.name),
                      lambda: self._s.selection.reorder_candidates(ids))
        self.select(cand.id, self.table.currentIndex().column())

    def set_status(self, status: CandidateStatus, candidate: CandidateRead | None = None) -> None:
        cand = candidate or self.current()
        if cand is None:
            return
        reason = ""
        if status is CandidateStatus.ELIMINATED:
            text, ok = QInputDialog.getText(
                self, self.tr("Eliminate {name}").replace("{name}", cand.name),
                self.tr("Why is {name} eliminated? (kept with the results)").replace("{name}", cand.name),
                QLineEdit.EchoMode.Normal, cand.elimination_reason)
            if not ok or not text.strip():
                return
            reason = text.strip()
        self._cmd.run(self.tr("Set the status of {name}").replace("{name}", cand.name),
                      lambda: self._s.selection.set_candidate_status(cand.id, status, reason))

    def edit_contacts(self) -> None:
        cand = self.current()
        if cand is None:
            return
        people = [p for p in self._s.people.list() if p.role == Role.VENDOR_CONTACT]
        if not people and not cand.contact_ids:
            QMessageBox.information(self, self.tr("Contacts"), self.tr(
                "Nobody has the role vendor contact yet: add the vendors' contacts in the Project tab first."))
            return
        dialog = CandidateContactsDialog(cand, people, self)
        if dialog.exec():
            chosen = dialog.chosen()
            self._cmd.run(self.tr("Change the contacts of {name}").replace("{name}", cand.name),
                          lambda: self._s.selection.set_candidate_contacts(cand.id, chosen))

    def _on_edited(self, candidate_id: int, key: str, value: object) -> None:
        cand = self.model.record(self.model.row_of(candidate_id))
        if key == "status":
            self.set_status(CandidateStatus(value), cand)  # type: ignore[arg-type]
            return
        self._cmd.run(self.tr("Edit the candidate {name}").replace("{name}", cand.name),
                      lambda: self._s.selection.update_candidate(candidate_id, {key: value}))

    def _on_double_click(self, index: Any) -> None:
        key = self.model.columns[index.column()].key
        if key == "contacts":
            self.edit_contacts()
        elif key in ("notes", "tco"):
            self.notes.setFocus()

    def _menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.act_add)
        menu.addAction(self.act_contacts)
        menu.addMenu(self.status_menu)
        menu.addSeparator()
        for act in (self.act_up, self.act_down, self.act_delete):
            menu.addAction(act)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()  # built for this click: not kept by its widget for ever

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(EntityKind.CANDIDATE, EntityKind.SELECTION_SETTINGS, EntityKind.PERSON):
            self.refresh()
