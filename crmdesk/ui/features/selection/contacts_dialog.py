"""Choose a candidate's contacts among the people with the role vendor contact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.project import PersonRead
from crmdesk.domain.selection import CandidateRead


class CandidateContactsDialog(QDialog):
    """Tick the candidate's contacts among the people with the role vendor contact."""

    def __init__(self, candidate: CandidateRead, people: list[PersonRead], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsDialog")
        self.setWindowTitle(self.tr("Contacts of {name}").replace("{name}", candidate.name))
        self.list = QListWidget()
        self.list.setObjectName("contactsList")
        for person in people:
            text = f"{person.name} — {person.organisation}" if person.organisation else person.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in candidate.contact_ids else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        hint = QLabel(self.tr("Only people with the role vendor contact are listed (Project tab)."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(460, 360)

    def chosen(self) -> list[int]:
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out
