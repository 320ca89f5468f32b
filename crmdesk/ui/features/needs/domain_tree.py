"""The tree of domains beside the needs table: choose which needs to show, and edit the tree
(add, rename, move by drag and drop or keyboard, delete when empty)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QMenu, QTreeView, QWidget

from crmdesk.domain.needs import DomainRead

ALL = 0  # filter values: ALL, NO_DOMAIN, or a domain id (> 0)
NO_DOMAIN = -1
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DomainTree(QTreeView):
    filter_changed = Signal(int)
    add_requested = Signal(object, str)  # parent id or None, name
    rename_requested = Signal(int, str)
    delete_requested = Signal(int)
    move_requested = Signal(int, object, object)  # id, new parent id or None, position or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("domainTree")
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self._domains: list[DomainRead] = []
        self._build_actions()

    def _build_actions(self) -> None:
        self.act_add = QAction(self.tr("Add domain…"), self)
        self.act_add.triggered.connect(lambda: self._ask_add(sub=False))
        self.act_add_sub = QAction(self.tr("Add sub-domain…"), self)
        self.act_add_sub.triggered.connect(lambda: self._ask_add(sub=True))
        self.act_rename = QAction(self.tr("Rename…"), self)
        self.act_rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.act_rename.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_rename.triggered.connect(self._ask_rename)
        self.act_delete = QAction(self.tr("Delete domain"), self)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.triggered.connect(self._delete_current)
        self.act_up = QAction(self.tr("Move up"), self)
        self.act_up.setShortcut(QKeySequence("Alt+Up"))
        self.act_up.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_up.triggered.connect(lambda: self._shift(-1))
        self.act_down = QAction(self.tr("Move down"), self)
        self.act_down.setShortcut(QKeySequence("Alt+Down"))
        self.act_down.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_down.triggered.connect(lambda: self._shift(1))
        self.act_outdent = QAction(self.tr("Move out one level"), self)
        self.act_outdent.setShortcut(QKeySequence("Alt+Left"))
        self.act_outdent.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_outdent.triggered.connect(self._outdent)
        self.act_indent = QAction(self.tr("Move into the domain above"), self)
        self.act_indent.setShortcut(QKeySequence("Alt+Right"))
        self.act_indent.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_indent.triggered.connect(self._indent)
        for act in (self.act_add, self.act_add_sub, self.act_rename, self.act_delete, self.act_up,
                    self.act_down, self.act_outdent, self.act_indent):
            self.addAction(act)

    # ------------------------------------------------------------ content
    def set_domains(self, domains: list[DomainRead], counts: dict[int, int], total: int,
                    without_domain: int) -> None:
        current = self.current_filter()
        expanded = {d.id for d in self._domains if self._is_expanded(d.id)}
        first_time = not self._domains
        self._domains = domains
        self._model.clear()
        self._model.setColumnCount(1)
        selectable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        all_index = self._append(QModelIndex(), self.tr("All needs ({n})").replace("{n}", str(total)), ALL,
                                 selectable | Qt.ItemFlag.ItemIsDropEnabled)
        indexes: dict[int, QModelIndex] = {}
        children: dict[int | None, list[DomainRead]] = {}
        for d in domains:
            children.setdefault(d.parent_id, []).append(d)

        def subtotal(domain_id: int) -> int:
            return counts.get(domain_id, 0) + sum(subtotal(c.id) for c in children.get(domain_id, []))

        def add(parent: QModelIndex, parent_id: int | None) -> None:
            for d in sorted(children.get(parent_id, []), key=lambda x: (x.position, x.id)):
                index = self._append(parent, f"{d.name} ({subtotal(d.id)})", d.id,
                                     selectable | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled,
                                     tooltip=d.name)
                indexes[d.id] = index
                add(index, d.id)

        add(all_index, None)
        self._append(QModelIndex(), self.tr("No domain ({n})").replace("{n}", str(without_domain)), NO_DOMAIN,
                     selectable)
        self.expand(all_index)
        for d_id, index in indexes.items():
            if first_time or d_id in expanded:
                self.expand(index)
        self.select_filter(current if current in indexes or current in (ALL, NO_DOMAIN) else ALL)

    def _append(self, parent: QModelIndex, text: str, value: int, flags: Qt.ItemFlag,
                tooltip: str = "") -> QModelIndex:
        """Add a row under ``parent`` through the model's own items: a QStandardItem made in
        Python and handed to the model keeps its Python wrapper alive after clear() deletes
        it (PySide cannot know), one more for every domain at every reload."""
        model = self._model
        if model.columnCount(parent) == 0:
            model.insertColumns(0, 1, parent)
        row = model.rowCount(parent)
        model.insertRows(row, 1, parent)
        index = model.index(row, 0, parent)
        model.setData(index, text)
        model.setData(index, value, ID_ROLE)
        if tooltip:
            model.setData(index, tooltip, Qt.ItemDataRole.ToolTipRole)
        model.itemFromIndex(index).setFlags(flags)
        return index

    def _is_expanded(self, domain_id: int) -> bool:
        index = self._index_of(domain_id)
        return index.isValid() and self.isExpanded(index)

    def _index_of(self, value: int) -> QModelIndex:
        matches = self._model.match(self._model.index(0, 0), ID_ROLE, value, 1,
                                    Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return matches[0] if matches else QModelIndex()

    def current_filter(self) -> int:
        index = self.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else ALL

    def current_domain_id(self) -> int | None:
        value = self.current_filter()
        return value if value > 0 else None

    def select_filter(self, value: int) -> None:
        index = self._index_of(value)
        if index.isValid():
            self.setCurrentIndex(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.filter_changed.emit(self.current_filter())

    # ------------------------------------------------------------ edits
    def _ask_add(self, sub: bool) -> None:
        parent_id = self.current_domain_id() if sub else self._parent_of(self.current_domain_id())
        if sub and parent_id is None:
            parent_id = None
        name, ok = QInputDialog.getText(self, self.tr("New domain"), self.tr("Name of the domain:"))
        if ok and name.strip():
            self.add_requested.emit(parent_id, name)

    def _parent_of(self, domain_id: int | None) -> int | None:
        for d in self._domains:
            if d.id == domain_id:
                return d.parent_id
        return None

    def _ask_rename(self) -> None:
        domain_id = self.current_domain_id()
        if domain_id is None:
            return
        old = next(d.name for d in self._domains if d.id == domain_id)
        name, ok = QInputDialog.getText(self, self.tr("Rename domain"), self.tr("Name of the domain:"),
                                        text=old)
        if ok and name.strip() and name != old:
            self.rename_requested.emit(domain_id, name)

    def _delete_current(self) -> None:
        domain_id = self.current_domain_id()
        if domain_id is not None:
            self.delete_requested.emit(domain_id)

    def _siblings(self, domain_id: int) -> list[DomainRead]:
        parent = self._parent_of(domain_id)
        return sorted((d for d in self._domains if d.parent_id == parent), key=lambda x: (x.position, x.id))

    def _shift(self, delta: int) -> None:
        domain_id = self.current_domain_id()
        if domain_id is None:
            return
        siblings = self._siblings(domain_id)
        pos = next(i for i, d in enumerate(siblings) if d.id == domain_id)
        new_pos = pos + delta
        if 0 <= new_pos < len(siblings):
            self.move_requested.emit(domain_id, self._parent_of(domain_id), new_pos)

    def _outdent(self) -> None:
        domain_id = self.current_domain_id()
        parent = self._parent_of(domain_id)
        if domain_id is None or parent is None:
            return
        self.move_requested.emit(domain_id, self._parent_of(parent), None)

    def _indent(self) -> None:
        domain_id = self.current_domain_id()
        if domain_id is None:
            return
        siblings = self._siblings(domain_id)
        pos = next(i for i, d in enumerate(siblings) if d.id == domain_id)
        if pos > 0:
            self.move_requested.emit(domain_id, siblings[pos - 1].id, None)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Moves go through the service (undoable); the tree is rebuilt from the result."""
        dragged = self.current_domain_id()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if dragged is None:
            return
        point = event.position().toPoint()
        target = self.indexAt(point)
        target_value = target.data(ID_ROLE) if target.isValid() else ALL
        where = self._drop_position(target, point)
        if target_value in (None, NO_DOMAIN):
            return
        target_value = int(target_value)
        if target_value == ALL:
            self.move_requested.emit(dragged, None, None)
        elif where == QAbstractItemView.DropIndicatorPosition.OnItem:
            self.move_requested.emit(dragged, target_value, None)
        else:
            parent = self._parent_of(target_value)
            siblings = [d for d in self._siblings(target_value) if d.id != dragged]
            pos = next((i for i, d in enumerate(siblings) if d.id == target_value), len(siblings))
            if where == QAbstractItemView.DropIndicatorPosition.BelowItem:
                pos += 1
            self.move_requested.emit(dragged, parent, pos)

    def _drop_position(self, target: QModelIndex, point) -> QAbstractItemView.DropIndicatorPosition:  # type: ignore[no-untyped-def]
        """Above, on or below the target row, from where the drop lands in it (a quarter of the
        row's height at the top or bottom means between rows)."""
        Position = QAbstractItemView.DropIndicatorPosition
        if not target.isValid():
            return Position.OnViewport
        rect = self.visualRect(target)
        margin = max(2, rect.height() // 4)
        if point.y() - rect.top() < margin:
            return Position.AboveItem
        if rect.bottom() - point.y() < margin:
            return Position.BelowItem
        return Position.OnItem

    def _show_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        menu = QMenu(self)
        has_domain = self.current_domain_id() is not None
        for act in (self.act_add, self.act_add_sub, self.act_rename, self.act_delete):
            menu.addAction(act)
        menu.addSeparator()
        for act in (self.act_up, self.act_down, self.act_outdent, self.act_indent):
            menu.addAction(act)
        for act in (self.act_add_sub, self.act_rename, self.act_delete, self.act_up, self.act_down,
                    self.act_outdent, self.act_indent):
            act.setEnabled(has_domain)
        menu.exec(self.viewport().mapToGlobal(pos))
        menu.deleteLater()  # built for this click: not kept by its widget for ever
        for act in self.actions():
            act.setEnabled(True)
