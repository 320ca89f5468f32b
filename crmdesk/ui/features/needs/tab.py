"""The needs inventory tab: domain tree, filterable needs table, detail panel."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.needs import NeedDraft, NeedRead, descendants, domain_paths
from crmdesk.domain.project import PersonRead
from crmdesk.services.container import ProjectServices
from crmdesk.ui.events import AppEvents
from crmdesk.ui.features.needs.catalogue_dialog import CatalogueDialog
from crmdesk.ui.features.needs.columns import need_columns
from crmdesk.ui.features.needs.detail_panel import NeedDetailPanel
from crmdesk.ui.features.needs.domain_tree import ALL, NO_DOMAIN, DomainTree
from crmdesk.ui.features.needs.need_dialog import NeedDialog
from crmdesk.ui.i18n import label
from crmdesk.ui.models.delegates import RecordDelegate
from crmdesk.ui.models.record_table import RecordTableModel, Role, fold
from crmdesk.ui.undo import Commander

ANY = "__any__"


class NeedsTab(QWidget):
    counts_changed = Signal(str)

    def __init__(self, services: ProjectServices, commander: Commander, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needsTab")
        self._s = services
        self._cmd = commander
        self._domains = []  # type: ignore[var-annotated]
        self._paths: dict[int, str] = {}
        self._haystacks: dict[int, str] = {}
        self._warming: Iterator[NeedRead] = iter(())
        self._people: list[PersonRead] = []
        self._last_entry: dict[str, object] = {}
        self._restoring = False
        self.model: RecordTableModel[NeedRead] = RecordTableModel(
            need_columns(self._domain_path, self._domain_choices, self._owner_choices), parent=self)
        self.model.edit_requested.connect(self._on_cell_edited)
        self._build_ui()
        events.data_changed.connect(self._on_data_changed)
        self.reload()

    # ------------------------------------------------------------------ layout
    def _build_ui(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("needsSearch")
        self.search.setPlaceholderText(self.tr("Search needs (Ctrl+F): ref, title, text, owner…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.priority_filter = self._filter_combo("priorityFilter", self.tr("All priorities"),
                                                  [(p, label(p)) for p in Priority])
        self.status_filter = self._filter_combo("statusFilter", self.tr("All statuses"),
                                                [(s, label(s)) for s in NeedStatus])
        self.owner_filter = self._filter_combo("ownerFilter", self.tr("All owners"), [])

        self.act_new = QAction(self.tr("New need…"), self)
        self.act_new.setToolTip(self.tr("New need (Ctrl+N)"))
        self.act_new.triggered.connect(self.new_need)
        self.act_catalogue = QAction(self.tr("Add from catalogue…"), self)
        self.act_catalogue.triggered.connect(self.add_from_catalogue)
        self.act_delete = QAction(self.tr("Delete need(s)"), self)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.triggered.connect(self.delete_selected)
        self.change_menu = QMenu(self.tr("Change selected"), self)
        self._fill_change_menu()

        buttons = []
        for act in (self.act_new, self.act_catalogue):
            button = QToolButton()
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.append(button)
        change_button = QToolButton()
        change_button.setText(self.tr("Change selected"))
        change_button.setMenu(self.change_menu)
        change_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        buttons.append(change_button)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.priority_filter, 1)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.owner_filter, 1)
        for button in buttons:
            bar.addWidget(button)

        self.tree = DomainTree()
        self.tree.filter_changed.connect(lambda _v: self._apply_filter())
        self.tree.add_requested.connect(self._add_domain)
        self.tree.rename_requested.connect(self._rename_domain)
        self.tree.delete_requested.connect(self._delete_domain)
        self.tree.move_requested.connect(self._move_domain)

        self.table = QTableView()
        self.table.setObjectName("needsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(RecordDelegate(self.model, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, col in enumerate(self.model.columns):
            self.table.setColumnWidth(i, col.width)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.act_delete)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_changed)

        self.detail = NeedDetailPanel()
        self.detail.text_edited.connect(self._on_text_edited)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("needsSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([240, 830, 330])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _filter_combo(self, name: str, any_text: str, items: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(any_text, ANY)
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        return combo

    def _fill_change_menu(self) -> None:
        """The "Change selected" menu: one submenu per field, built once, its choices filled
        again on each reload (the domains and people change); clear() deletes the old ones."""
        groups = [
            (self.tr("Priority"), "priority", [(p, label(p)) for p in Priority]),
            (self.tr("Status"), "status", [(s, label(s)) for s in NeedStatus]),
            (self.tr("Domain"), "domain_id", self._domain_choices()),
            (self.tr("Owner"), "owner_id", self._owner_choices()),
        ]
        if not self.change_menu.actions():
            self._change_submenus = [self.change_menu.addMenu(title) for title, _key, _choices in groups]
            self.change_menu.addSeparator()
            self.change_menu.addAction(self.act_delete)
        for sub, (_title, key, choices) in zip(self._change_submenus, groups, strict=True):
            sub.clear()
            for value, text in choices:
                act = sub.addAction(text)
                act.triggered.connect(lambda _c=False, k=key, v=value: self.change_selected(k, v))

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        selected = self.selected_ids()
        current = self.current_need()
        self._domains = self._s.domains.list()
        self._paths = domain_paths(self._domains)
        self._people = self._s.people.list()
        self._haystacks: dict[int, str] = {}
        needs = self._s.needs.list()
        self._warming = iter(needs)
        QTimer.singleShot(0, self._warm_search)
        counts = self._s.domains.need_counts()
        without = sum(1 for n in needs if n.domain_id is None)
        self.tree.blockSignals(True)
        self.tree.set_domains(self._domains, counts, len(needs), without)
        self.tree.blockSignals(False)
        self._refill_owner_filter()
        self._fill_change_menu()
        self._restoring = True
        self.model.set_rows(needs)
        self._restoring = False
        if current is None and not selected and self.model.rowCount():  # first load: show one
            current = self.model.record(0)
            selected = [current.id]
        self._apply_filter(keep=(selected, current.id if current else None))

    def _refill_owner_filter(self) -> None:
        value = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        while self.owner_filter.count() > 1:
            self.owner_filter.removeItem(1)
        self.owner_filter.addItem(self.tr("(no owner)"), None)
        for person in self._people:
            self.owner_filter.addItem(person.name, person.id)
        index = self.owner_filter.findData(value)
        self.owner_filter.setCurrentIndex(index if index >= 0 else 0)
        self.owner_filter.blockSignals(False)

    def _domain_path(self, domain_id: int | None) -> str:
        return self._paths.get(domain_id, "") if domain_id is not None else ""

    def _domain_choices(self) -> list[tuple[Any, str]]:
        items = sorted(self._paths.items(), key=lambda kv: fold(kv[1]))
        return [(None, self.tr("(no domain)"))] + [(i, p) for i, p in items]

    def _owner_choices(self) -> list[tuple[Any, str]]:
        return [(None, self.tr("(no owner)"))] + [(p.id, p.name) for p in self._people]

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches(EntityKind.NEED, EntityKind.DOMAIN, EntityKind.PERSON):
            self.reload()

    # ------------------------------------------------------------------ filter
    def _haystack(self, n: NeedRead) -> str:
        """The need's searchable text, folded once per reload (folding 5,000 needs' texts at
        every keystroke took 0.15 s)."""
        hay = self._haystacks.get(n.id)
        if hay is None:
            hay = self._haystacks[n.id] = fold(" ".join((
                n.ref, n.title, n.description, n.rationale, n.acceptance_criteria, n.comments, n.owner_name,
                n.source_workshop, self._domain_path(n.domain_id))))
        return hay

    def _warm_search(self) -> None:
        """Fold the needs' texts for the search in idle time, a few hundred per turn of the
        event loop, so the first search of a large project does not fold 5,000 texts at once
        (0.1 s). Only Python objects are touched: harmless if the tab is gone meanwhile."""
        warming = self._warming
        chunk = list(islice(warming, 400))
        for n in chunk:
            self._haystack(n)
        if len(chunk) == 400 and warming is self._warming:
            QTimer.singleShot(0, self._warm_search)

    def _apply_filter(self, *_args: object, keep: tuple[list[int], int | None] | None = None) -> None:
        if keep is None:
            keep = (self.selected_ids(), (self.current_need().id if self.current_need() else None))
        domain_value = self.tree.current_filter()
        domain_ids = descendants(self._domains, domain_value) if domain_value > 0 else None
        priority = self.priority_filter.currentData()
        status = self.status_filter.currentData()
        owner = self.owner_filter.currentData()
        needle = fold(self.search.text().strip())

        def accept(n: NeedRead) -> bool:
            if domain_value == NO_DOMAIN and n.domain_id is not None:
                return False
            if domain_ids is not None and n.domain_id not in domain_ids:
                return False
            if priority != ANY and n.priority != priority:
                return False
            if status != ANY and n.status != status:
                return False
            if owner != ANY and n.owner_id != owner:
                return False
            if needle:
                return needle in self._haystack(n)
            return True

        filtering = domain_value != ALL or any(v != ANY for v in (priority, status, owner)) or needle
        self._restoring = True
        self.model.set_filter(accept if filtering else None)
        self._restoring = False
        self._restore_selection(*keep)
        self._emit_counts()

    def _emit_counts(self) -> None:
        all_needs = self.model.all_records()
        shown = self.model.rowCount()
        mandatory = sum(1 for n in all_needs if n.priority == Priority.MANDATORY)
        validated = sum(1 for n in all_needs if n.status == NeedStatus.VALIDATED)
        text = self.tr("{total} needs · {shown} shown · {mandatory} mandatory · {validated} validated")
        self.counts_changed.emit(text.replace("{total}", str(len(all_needs))).replace("{shown}", str(shown))
                                 .replace("{mandatory}", str(mandatory)).replace("{validated}", str(validated)))

    # ------------------------------------------------------------------ selection
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record(r).id for r in rows if r < self.model.rowCount()]

    def current_need(self) -> NeedRead | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def select_need(self, need_id: int) -> None:
        self._restore_selection([need_id], need_id)

    def _restore_selection(self, ids: list[int], current: int | None) -> None:
        self._restoring = True  # transient empty selections must not reach the detail panel
        try:
            self._select(ids, current)
        finally:
            self._restoring = False
        self._on_selection_changed()

    def _select(self, ids: list[int], current: int | None) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for need_id in ids:
            row = self.model.row_of(need_id)
            if row >= 0:
                sel.select(self.model.index(row, 0), flags)
        if current is not None and (row := self.model.row_of(current)) >= 0:
            column = max(self.table.currentIndex().column(), 0)
            sel.setCurrentIndex(self.model.index(row, column), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(self.model.index(row, column))

    def _on_selection_changed(self, *_args: object) -> None:
        if self._restoring:
            return
        need = self.current_need()
        shown = self.detail.need
        if need is None or shown is None or need.id != shown.id or need != shown:
            self.detail.show_need(need)

    # ------------------------------------------------------------------ actions
    def new_need(self) -> None:
        self.detail.flush()
        dialog = NeedDialog(self._domain_choices(), self._owner_choices(), self._create,
                            domain_id=self.tree.current_domain_id(), last=self._last_entry, parent=self)
        dialog.exec()
        self._last_entry = dialog.remembered()
        self.table.setFocus()

    def _create(self, draft: NeedDraft) -> bool:
        result = self._cmd.run(self.tr("Add need"), lambda: self._s.needs.create(draft))
        if result is None:
            return False
        need, _changes = result
        if self.model.row_of(need.id) < 0:  # hidden by the filters: show it anyway
            self.search.clear()
            self.priority_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            self.owner_filter.setCurrentIndex(0)
        self.select_need(need.id)
        return True

    def add_from_catalogue(self) -> None:
        dialog = CatalogueDialog(self._s.catalogue.entries(), self._s.catalogue.titles_in_project(), self)
        if dialog.exec() and dialog.chosen():
            chosen = dialog.chosen()
            self._cmd.run(self.tr("Add {n} need(s) from the catalogue").replace("{n}", str(len(chosen))),
                          lambda: self._s.catalogue.add(chosen))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        refs = ", ".join(self.model.record(self.model.row_of(i)).ref for i in ids[:5])
        if len(ids) > 5:
            refs += ", …"
        answer = QMessageBox.question(
            self, self.tr("Delete needs"),
            self.tr("Delete {n} need(s) ({refs})? You can undo it with Ctrl+Z.")
            .replace("{n}", str(len(ids))).replace("{refs}", refs))
        if answer == QMessageBox.StandardButton.Yes:
            self._cmd.run(self.tr("Delete {n} need(s)").replace("{n}", str(len(ids))),
                          lambda: self._s.needs.delete(ids))

    def change_selected(self, key: str, value: object) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        names = {"priority": self.tr("priority"), "status": self.tr("status"),
                 "domain_id": self.tr("domain"), "owner_id": self.tr("owner")}
        text = self.tr("Change {field} of {n} need(s)").replace("{field}", names.get(key, key))
        self._cmd.run(text.replace("{n}", str(len(ids))), lambda: self._s.needs.update(ids, {key: value}))

    def _on_cell_edited(self, need_id: int, key: str, value: object) -> None:
        column = self.model.columns[self.model.column_of(key)].header
        ref = self.model.record(self.model.row_of(need_id)).ref if self.model.row_of(need_id) >= 0 else ""
        self._cmd.run(self.tr("Edit {field} of {ref}").replace("{field}", column).replace("{ref}", ref),
                      lambda: self._s.needs.update([need_id], {key: value}))

    def _on_text_edited(self, need_id: int, key: str, text: str) -> None:
        names = {"description": self.tr("description"), "rationale": self.tr("rationale"),
                 "acceptance_criteria": self.tr("acceptance criteria"), "comments": self.tr("comments")}
        need = self.detail.need
        ref = need.ref if need and need.id == need_id else ""
        self._cmd.run(self.tr("Edit {field} of {ref}").replace("{field}", names[key]).replace("{ref}", ref),
                      lambda: self._s.needs.update([need_id], {key: text}))

    def _table_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.act_new)
        menu.addSeparator()
        for act in self.change_menu.actions():
            menu.addAction(act)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()  # built for this click: not kept by its widget for ever

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ------------------------------------------------------------------ domains
    def _add_domain(self, parent_id: int | None, name: str) -> None:
        result = self._cmd.run(self.tr("Add domain"), lambda: self._s.domains.create(name, parent_id))
        if result:
            self.tree.select_filter(result[0])

    def _rename_domain(self, domain_id: int, name: str) -> None:
        self._cmd.run(self.tr("Rename domain"), lambda: self._s.domains.rename(domain_id, name))

    def _delete_domain(self, domain_id: int) -> None:
        self._cmd.run(self.tr("Delete domain"), lambda: self._s.domains.delete(domain_id))

    def _move_domain(self, domain_id: int, parent_id: int | None, position: int | None) -> None:
        if self._cmd.run(self.tr("Move domain"),
                         lambda: self._s.domains.move(domain_id, parent_id, position)) is not None:
            self.tree.select_filter(domain_id)

    def flush_edits(self) -> None:
        self.detail.flush()


def index_of_need(model: RecordTableModel[NeedRead], need_id: int, column: int = 1) -> QModelIndex:
    row = model.row_of(need_id)
    return model.index(row, column) if row >= 0 else QModelIndex()


__all__ = ["NeedsTab", "Role", "index_of_need"]
