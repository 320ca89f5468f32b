"""A searchable checklist of needs (ref, title, priority, stories already built on them),
used by the story editor and by "Create stories from needs". Keyboard: type to filter,
Down to reach the list, Space to tick."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import Priority
from crmdesk.domain.needs import NeedRead, parse_ref
from crmdesk.ui.i18n import label
from crmdesk.ui.models.record_table import fold

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PRIORITY_COLOURS = {Priority.MANDATORY: "#b3261e", Priority.DESIRED: "#8a5a00", Priority.OPTIONAL: "#4f5b62"}


class NeedChecklist(QWidget):
    changed = Signal()

    def __init__(self, show_stories: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needChecklist")
        self.search = QLineEdit()
        self.search.setObjectName("needSearch")
        self.search.setPlaceholderText(self.tr("Filter needs: ref, title… (Down to reach the list, Space to tick)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.search.installEventFilter(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("needList")
        headers = [self.tr("Ref"), self.tr("Title"), self.tr("Priority")]
        if show_stories:
            headers.append(self.tr("Stories"))
        self.tree.setHeaderLabels(headers)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 82)
        self.tree.setColumnWidth(2, 84)
        if show_stories:
            self.tree.setColumnWidth(3, 96)
        self.tree.itemChanged.connect(lambda *_a: self._on_changed())
        self.count = QLabel()
        self.count.setObjectName("needCount")
        self.only_checked = QPushButton(self.tr("Show ticked only"))
        self.only_checked.setCheckable(True)
        self.only_checked.toggled.connect(self._apply_filter)
        self.clear_button = QPushButton(self.tr("Untick all"))
        self.clear_button.clicked.connect(lambda: self.set_checked(()))
        self.count.setWordWrap(True)
        for button in (self.only_checked, self.clear_button):
            button.setAutoDefault(False)  # Enter in the filter must not tick or untick
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.only_checked)
        bottom.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)
        layout.addLayout(bottom)
        self._items: dict[int, QTreeWidgetItem] = {}
        self._needs: dict[int, NeedRead] = {}

    def set_needs(self, needs: Sequence[NeedRead], checked: Iterable[int] = (),
                  stories: dict[int, list[str]] | None = None) -> None:
        wanted = set(checked)
        self.tree.blockSignals(True)
        self.tree.clear()
        self._items.clear()
        self._needs = {n.id: n for n in needs}
        for need in sorted(needs, key=lambda n: (parse_ref(n.ref) or 0, n.ref)):
            values = [need.ref, need.title, label(need.priority)]
            if self.tree.columnCount() > 3:
                values.append(", ".join((stories or {}).get(need.id, [])))
            item = QTreeWidgetItem(values)
            item.setData(0, ID_ROLE, need.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if need.id in wanted else Qt.CheckState.Unchecked)
            item.setForeground(2, QBrush(QColor(PRIORITY_COLOURS[need.priority])))
            item.setToolTip(1, need.title)
            self.tree.addTopLevelItem(item)
            self._items[need.id] = item
        self.tree.blockSignals(False)
        self._apply_filter()
        self._on_changed()

    def checked_ids(self) -> list[int]:
        return [i for i, item in self._items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def set_checked(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        self.tree.blockSignals(True)
        for need_id, item in self._items.items():
            item.setCheckState(0, Qt.CheckState.Checked if need_id in wanted else Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)
        self._apply_filter()
        self._on_changed()

    def item(self, need_id: int) -> QTreeWidgetItem:
        return self._items[need_id]

    def _on_changed(self) -> None:
        checked = self.checked_ids()
        refs = [self._needs[i].ref for i in checked if i in self._needs]
        if refs:
            text = self.tr("{n} need(s) ticked: {refs}").replace("{refs}", ", ".join(refs[:8]) + (", …" if len(refs) > 8 else ""))
        else:
            text = self.tr("{n} need(s) ticked")
        self.count.setText(text.replace("{n}", str(len(checked))))
        self.count.setToolTip(", ".join(refs))
        if self.only_checked.isChecked():
            self._apply_filter()
        self.changed.emit()

    def _apply_filter(self, *_args: object) -> None:
        words = fold(self.search.text()).split()
        only = self.only_checked.isChecked()
        for need_id, item in self._items.items():
            need = self._needs[need_id]
            hay = fold(f"{need.ref} {need.title} {need.domain_name}")
            hidden = (only and item.checkState(0) != Qt.CheckState.Checked) or not all(w in hay for w in words)
            item.setHidden(hidden)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:  # type: ignore[attr-defined]
            self.tree.setFocus(Qt.FocusReason.TabFocusReason)
            first = next((item for item in self._items.values() if not item.isHidden()), None)
            if first is not None and (self.tree.currentItem() is None or self.tree.currentItem().isHidden()):
                self.tree.setCurrentItem(first)
            return True
        return super().eventFilter(watched, event)
