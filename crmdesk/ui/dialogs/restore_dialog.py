"""File > Restore from backup: the project's backups with their dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.backups import BackupEntry


def reason_label(reason: str) -> str:
    labels = {
        "open": QCoreApplication.translate("Backups", "on opening"),
        "close": QCoreApplication.translate("Backups", "on closing"),
        "manual": QCoreApplication.translate("Backups", "manual"),
        "pre-migration": QCoreApplication.translate("Backups", "before upgrading the file"),
        "pre-import": QCoreApplication.translate("Backups", "before an import"),
        "pre-restore": QCoreApplication.translate("Backups", "before a restore"),
    }
    return labels.get(reason, reason)


class RestoreDialog(QDialog):
    def __init__(self, entries: list[BackupEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self._entries = entries
        intro = QLabel(self.tr("Choose the state to go back to. The current state is backed up "
                               "first, so a restore can itself be undone by restoring again."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(entries), 3)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Taken"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, entry in enumerate(entries):
            self.table.setItem(row, 0, QTableWidgetItem(entry.taken_at.strftime("%Y-%m-%d %H:%M:%S")))
            self.table.setItem(row, 1, QTableWidgetItem(reason_label(entry.reason)))
            size = QTableWidgetItem(f"{entry.size / 1024:.0f} KB")
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, size)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if entries:
            self.table.selectRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(entries))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not entries:
            layout.addWidget(QLabel(self.tr("There is no backup of this project yet.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def chosen(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None
