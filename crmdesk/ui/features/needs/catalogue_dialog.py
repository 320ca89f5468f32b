"""Pick typical CRM needs from the shipped catalogue into the project."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.catalogue import CatalogueEntry
from crmdesk.ui.i18n import label
from crmdesk.ui.models.record_table import fold


class CatalogueDialog(QDialog):
    def __init__(self, entries: list[CatalogueEntry], titles_in_project: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueDialog")
        self.setWindowTitle(self.tr("Add needs from the catalogue"))
        self._entries = entries
        self.search = QLineEdit()
        self.search.setObjectName("catalogueSearch")
        self.search.setPlaceholderText(self.tr("Filter the catalogue…"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("catalogueTree")
        self.tree.setHeaderLabels([self.tr("Need"), self.tr("Priority"), self.tr("Description")])
        self.tree.setColumnWidth(0, 380)
        self.tree.setColumnWidth(1, 100)
        self.tree.setAlternatingRowColors(True)
        self._items: list[tuple[QTreeWidgetItem, CatalogueEntry]] = []
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in entries:
            group = groups.get(entry.domain_path)
            if group is None:
                group = QTreeWidgetItem([entry.domain_path])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                               | Qt.ItemFlag.ItemIsAutoTristate)
                group.setCheckState(0, Qt.CheckState.Unchecked)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.tree.addTopLevelItem(group)
                groups[entry.domain_path] = group
            item = QTreeWidgetItem([entry.title, label(entry.priority), entry.description])
            item.setToolTip(0, entry.description + ("\n\n" + entry.acceptance_criteria
                                                    if entry.acceptance_criteria else ""))
            item.setToolTip(2, entry.description)
            present = entry.title.casefold() in titles_in_project
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags if not present else Qt.ItemFlag.NoItemFlags)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if present:
                item.setText(1, self.tr("already in the project"))
            group.addChild(item)
            self._items.append((item, entry))
        self.tree.expandAll()
        self.count_label = QLabel()
        self.tree.itemChanged.connect(self._update_count)
        self.search.textChanged.connect(self._apply_filter)

        select_shown = QPushButton(self.tr("Select all shown"))
        select_shown.clicked.connect(self._select_shown)
        clear = QPushButton(self.tr("Clear selection"))
        clear.clicked.connect(self._clear)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(select_shown)
        tools.addWidget(clear)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to the project"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self._update_count()

    def chosen(self) -> list[CatalogueEntry]:
        return [entry for item, entry in self._items if item.checkState(0) == Qt.CheckState.Checked
                and item.flags() & Qt.ItemFlag.ItemIsEnabled]

    def _update_count(self, *_args: object) -> None:
        n = len(self.chosen())
        self.count_label.setText(self.tr("{n} need(s) chosen").replace("{n}", str(n)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)

    def _apply_filter(self, text: str) -> None:
        needle = fold(text.strip())
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            visible = 0
            for j in range(group.childCount()):
                item = group.child(j)
                hay = fold(" ".join((group.text(0), item.text(0), item.text(2))))
                hidden = bool(needle) and needle not in hay
                item.setHidden(hidden)
                visible += not hidden
            group.setHidden(visible == 0)

    def _select_shown(self) -> None:
        for item, _entry in self._items:
            if not item.isHidden() and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(0, Qt.CheckState.Checked)

    def _clear(self) -> None:
        for item, _entry in self._items:
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(0, Qt.CheckState.Unchecked)
