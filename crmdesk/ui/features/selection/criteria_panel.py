"""Groups of criteria and criteria: weights, shares (always 100 % in total), knock-out
thresholds, the need or domain each criterion judges; criteria created from the needs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.needs import domain_paths
from crmdesk.domain.selection import CriterionKind, CriterionRead, GroupRead
from crmdesk.services.container import ProjectServices
from crmdesk.services.selection_criteria import DEFAULT_COST_NAME
from crmdesk.ui.features.selection.common import (
    LazyPanel,
    percent,
    run_many,
    tool_button,
)
from crmdesk.ui.features.selection.criteria_model import (
    ID_ROLE,
    KIND_ROLE,
    CriteriaDelegate,
    CriteriaModel,
)
from crmdesk.ui.undo import Commander

Index = QModelIndex | QPersistentModelIndex


class CriteriaPanel(LazyPanel):
    def __init__(self, services: ProjectServices, commander: Commander, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionCriteria")
        self._s = services
        self._cmd = commander
        self._links: list[tuple[Any, str]] = []
        self.model = CriteriaModel(self)
        self.model.edit_requested.connect(self._on_edited)
        self._build_ui()

    # ------------------------------------------------------------------ layout
    def _build_ui(self) -> None:
        def action(text: str, slot: Callable[[], object], key: str | None = None) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(lambda _c=False: slot())
            if key:
                act.setShortcut(QKeySequence(key))
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            return act

        self.act_add_group = action(self.tr("Add a group"), self.add_group)
        self.act_add = action(self.tr("Add a criterion"), self.add_criterion, "Ins")
        self.act_from_needs = action(self.tr("Create criteria from needs…"), self.create_from_needs)
        self.act_cost = action(self.tr("Add the cost criterion"), self.add_cost_criterion)
        self.act_rename = action(self.tr("Rename"), self.rename_current, "F2")
        self.act_knockout = action(self.tr("Knock-out threshold…"), self.edit_knockout)
        self.act_up = action(self.tr("Move up"), lambda: self.move_current(-1), "Alt+Up")
        self.act_down = action(self.tr("Move down"), lambda: self.move_current(1), "Alt+Down")
        self.act_delete = action(self.tr("Delete"), self.delete_selected)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        for act, arrow in ((self.act_up, "↑"), (self.act_down, "↓")):  # short buttons, full text in menus
            act.setIconText(arrow)
            act.setToolTip(f"{act.text()} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        bar = QHBoxLayout()
        for act in (self.act_add_group, self.act_add, self.act_from_needs, self.act_cost, None, self.act_up,
                    self.act_down, self.act_delete):
            if act is None:
                bar.addSpacing(12)
            else:
                bar.addWidget(tool_button(act))
        bar.addStretch(1)

        self.tree = QTreeView()
        self.tree.setObjectName("criteriaTree")
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(CriteriaDelegate(lambda: self._links, self.tree))
        self.tree.setAlternatingRowColors(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for i, width in enumerate((430, 90, 80, 170, 120, 190, 200)):
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal) or "")
            self.tree.setColumnWidth(i, max(width, header.fontMetrics().horizontalAdvance(title) + 16))
        self.tree.setStyleSheet("QTreeView::item { padding: 2px 0px; }")
        for act in (self.act_add, self.act_rename, self.act_up, self.act_down, self.act_delete):
            self.tree.addAction(act)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)

        self.total = QLabel()
        self.total.setObjectName("criteriaTotal")
        self.total.setWordWrap(True)
        hint = QLabel(self.tr("Double-click a weight, a threshold or a link to change it. A criterion's share "
                              "is its group's share × its weight within the group."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666666;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.total)
        layout.addWidget(hint)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        kind, item_id = self._current_key()
        collapsed = {self.model.groups[r].id for r in range(self.model.rowCount())
                     if not self.tree.isExpanded(self.model.index(r, 0))}
        self.model.set_rows(self._s.selection.groups(), self._s.selection.criteria())
        for r, group in enumerate(self.model.groups):
            self.tree.setExpanded(self.model.index(r, 0), group.id not in collapsed)
        self._links = self._link_choices()
        groups = self.model.groups
        criteria = self.model.criteria()
        total = sum(self.model.shown_group_shares())
        text = self.tr("Shares: {total} in total · {counts}").replace("{total}", percent(total)).replace(
            "{counts}", self.counts_text())
        empty = [g.name for g in groups if g.criterion_count == 0]
        if empty:
            text += " · " + self.tr("without criteria (their weight counts for nothing): {names}").replace(
                "{names}", ", ".join(empty))
        if not groups:
            text = self.tr("No criteria yet: add a group and its criteria, or create them from the needs.")
        self.total.setText(text)
        self.act_cost.setEnabled(not any(k.kind is CriterionKind.COST for k in criteria))
        if item_id is not None:
            self.select(kind, item_id)

    def counts_text(self) -> str:
        n, g = len(self.model.criteria()), len(self.model.groups)
        criteria = self.tr("1 criterion") if n == 1 else self.tr("{n} criteria").replace("{n}", str(n))
        groups = self.tr("1 group") if g == 1 else self.tr("{n} groups").replace("{n}", str(g))
        return self.tr("{criteria} in {groups}").replace("{criteria}", criteria).replace("{groups}", groups)

    def _link_choices(self) -> list[tuple[Any, str]]:
        domains = self._s.domains.list()
        paths = domain_paths(domains)
        out: list[tuple[Any, str]] = [(None, self.tr("(not linked)"))]
        out += [(("domain", d), self.tr("domain {name}").replace("{name}", p))
                for d, p in sorted(paths.items(), key=lambda item: item[1].casefold())]
        out += [(("need", n.id), f"{n.ref} — {n.title}") for n in sorted(self._s.needs.list(), key=lambda n: n.ref)]
        return out

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(EntityKind.CRITERION, EntityKind.NEED, EntityKind.DOMAIN):
            self.refresh()

    # ------------------------------------------------------------------ selection
    def current_item(self) -> GroupRead | CriterionRead | None:
        return self.model.item(self.tree.currentIndex())

    def _current_key(self) -> tuple[str, int | None]:
        index = self.tree.currentIndex()
        if not index.isValid():
            return "", None
        return str(index.data(KIND_ROLE)), int(index.data(ID_ROLE))

    def current_group_id(self, fallback: bool = True) -> int | None:
        """The selected group, or the selected criterion's; else the last group (``fallback``)."""
        item = self.current_item()
        if isinstance(item, GroupRead):
            return item.id
        if isinstance(item, CriterionRead):
            return item.group_id
        return self.model.groups[-1].id if self.model.groups and fallback else None

    def selected_criteria(self) -> list[CriterionRead]:
        rows = self.tree.selectionModel().selectedRows()
        items = [self.model.item(i) for i in rows]
        return [i for i in items if isinstance(i, CriterionRead)]

    def select(self, kind: str, item_id: int, column: int = 0) -> None:
        index = self.model.index_of(kind, item_id, column)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(index)

    # ------------------------------------------------------------------ actions
    def _unique(self, base: str, taken: set[str]) -> str:
        name, n = base, 2
        while name.casefold() in taken:
            name, n = f"{base} {n}", n + 1
        return name

    def add_group(self) -> None:
        name = self._unique(self.tr("New group"), {g.name.casefold() for g in self.model.groups})
        result = self._cmd.run(self.tr("Add a group of criteria"), lambda: self._s.selection.add_group(name))
        if result:
            self._edit_name("group", result[0])

    def add_criterion(self) -> None:
        gid = self.current_group_id()
        if gid is None:
            name = self._unique(self.tr("New group"), set())
            made = self._cmd.run(self.tr("Add a group of criteria"), lambda: self._s.selection.add_group(name))
            if not made:
                return
            gid = made[0]
        group_id = gid
        result = self._cmd.run(self.tr("Add a criterion"),
                               lambda: self._s.selection.add_criterion(group_id, self.tr("New criterion")))
        if result:
            self._edit_name("criterion", result[0])

    def _edit_name(self, kind: str, item_id: int) -> None:
        self.refresh()
        self.select(kind, item_id)
        self.tree.setFocus()
        self.tree.edit(self.tree.currentIndex())

    def rename_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(0))

    def add_cost_criterion(self) -> None:
        name = QCoreApplication.translate("Selection", DEFAULT_COST_NAME)
        group = self.tr("Cost")
        result = self._cmd.run(self.tr("Add the cost criterion"),
                               lambda: self._s.selection.ensure_cost_criterion(group_name=group, name=name))
        if result:
            self.refresh()
            self.select("criterion", result[0])

    def create_from_needs(self) -> None:
        from crmdesk.ui.features.selection.from_needs_dialog import (
            CriteriaFromNeedsDialog,
        )

        dialog = CriteriaFromNeedsDialog(self._s, self.model.groups, self.current_group_id(fallback=False), self)
        if not dialog.exec():
            return
        mode, priorities, group_id, group_name = dialog.choice()
        result = self._cmd.run(self.tr("Create criteria from needs"), lambda: self._s.selection.create_criteria_from_needs(
            mode, priorities, group_id=group_id, group_name=group_name))
        if result is None:
            return
        ids, _changes = result
        if not ids:
            QMessageBox.information(self, self.tr("Create criteria from needs"), self.tr(
                "No criterion was created: every need of these priorities already has its criterion."))
            return
        self.refresh()
        self.select("criterion", ids[0])

    def edit_knockout(self) -> None:
        item = self.current_item()
        if not isinstance(item, CriterionRead) or item.kind is CriterionKind.COST:
            return
        value, ok = QInputDialog.getDouble(
            self, self.tr("Knock-out threshold"),
            self.tr("A candidate scoring below this threshold on {name} is eliminated (0: not a knock-out "
                    "criterion).").replace("{name}", item.label),
            item.knockout_threshold or 0.0, 0.0, 5.0, 1)
        if ok:
            self._set_knockout(item, value)

    def _set_knockout(self, item: CriterionRead, value: float) -> None:
        threshold = None if value <= 0 else float(value)
        self._cmd.run(self.tr("Change the knock-out threshold of {name}").replace("{name}", item.name),
                      lambda: self._s.selection.set_knockout(item.id, threshold))

    def move_current(self, step: int) -> None:
        item = self.current_item()
        if isinstance(item, GroupRead):
            ids = [g.id for g in self.model.groups]
            at = ids.index(item.id)
            if 0 <= at + step < len(ids):
                ids[at], ids[at + step] = ids[at + step], ids[at]
                self._cmd.run(self.tr("Move the group {name}").replace("{name}", item.name),
                              lambda: self._s.selection.reorder_groups(ids))
                self.select("group", item.id)
        elif isinstance(item, CriterionRead):
            siblings = [k.id for k in self.model.criteria() if k.group_id == item.group_id]
            to = siblings.index(item.id) + step
            if 0 <= to < len(siblings):
                self._cmd.run(self.tr("Move the criterion {name}").replace("{name}", item.name),
                              lambda: self._s.selection.move_criterion(item.id, item.group_id, to))
                self.select("criterion", item.id)

    def move_to_group(self, group_id: int) -> None:
        chosen = self.selected_criteria()
        if not chosen:
            return
        moving = [c for c in chosen if c.group_id != group_id]
        if not moving:
            return
        run_many(self._cmd, self.tr("Move {n} criteria to another group").replace("{n}", str(len(moving))),
                 [(self.tr("Move the criterion {name}").replace("{name}", c.name),
                   lambda c=c: self._s.selection.move_criterion(c.id, group_id)) for c in moving])

    def delete_selected(self) -> None:
        item = self.current_item()
        chosen = self.selected_criteria()
        if chosen:
            text = (self.tr("Delete the criterion {name} with its scores? You can undo it with Ctrl+Z.")
                    .replace("{name}", chosen[0].label) if len(chosen) == 1 else
                    self.tr("Delete these {n} criteria with their scores? You can undo it with Ctrl+Z.")
                    .replace("{n}", str(len(chosen))))
            if QMessageBox.question(self, self.tr("Delete criteria"), text) == QMessageBox.StandardButton.Yes:
                ids = [k.id for k in chosen]
                self._cmd.run(self.tr("Delete {n} criteria").replace("{n}", str(len(ids))),
                              lambda: self._s.selection.delete_criteria(ids))
        elif isinstance(item, GroupRead):
            self._cmd.run(self.tr("Delete the group {name}").replace("{name}", item.name),
                          lambda: self._s.selection.delete_group(item.id))

    def _on_edited(self, kind: str, item_id: int, key: str, value: object) -> None:
        sel = self._s.selection
        if kind == "group":
            if key == "name":
                self._cmd.run(self.tr("Rename the group"), lambda: sel.rename_group(item_id, str(value)))
            elif key == "weight":
                self._cmd.run(self.tr("Change the weight of a group"),
                              lambda: sel.reweight_group(item_id, float(value)))  # type: ignore[arg-type]
            return
        crit = next(k for k in self.model.criteria() if k.id == item_id)
        if key == "knockout":
            self._set_knockout(crit, float(value or 0.0))  # type: ignore[arg-type]
        elif key == "weight":
            self._cmd.run(self.tr("Change the weight of {name}").replace("{name}", crit.name),
                          lambda: sel.reweight_criterion(item_id, float(value)))  # type: ignore[arg-type]
        elif key == "link":
            need, domain = (value[1], None) if value and value[0] == "need" else (
                (None, value[1]) if value else (None, None))  # type: ignore[index]
            self._cmd.run(self.tr("Change what {name} is linked to").replace("{name}", crit.name),
                          lambda: sel.update_criterion(item_id, {"need_id": need, "domain_id": domain}))
        else:
            self._cmd.run(self.tr("Edit the criterion {name}").replace("{name}", crit.name),
                          lambda: sel.update_criterion(item_id, {key: value}))

    def _menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for act in (self.act_add_group, self.act_add, self.act_rename, self.act_knockout):
            menu.addAction(act)
        move = menu.addMenu(self.tr("Move to group"))
        move.setEnabled(bool(self.selected_criteria()))
        for group in self.model.groups:
            act = move.addAction(group.name)
            act.triggered.connect(lambda _c=False, g=group.id: self.move_to_group(g))
        menu.addSeparator()
        for act in (self.act_up, self.act_down, self.act_delete):
            menu.addAction(act)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()  # built for this click: not kept by its widget for ever
