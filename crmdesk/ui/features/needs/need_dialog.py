"""Quick entry of needs during a workshop: everything from the keyboard, "Add and next"
(Ctrl+Enter) keeps domain, priority, owner and workshop for the next one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import Priority
from crmdesk.domain.needs import NeedDraft
from crmdesk.ui.i18n import label


class NeedDialog(QDialog):
    """``on_add(draft) -> bool`` saves one need and says whether it worked."""

    def __init__(self, domains: list[tuple[int | None, str]], people: list[tuple[int | None, str]],
                 on_add: Callable[[NeedDraft], bool], *, domain_id: int | None = None,
                 last: dict[str, object] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needDialog")
        self.setWindowTitle(self.tr("New need"))
        self._on_add = on_add
        self.added = 0
        last = last or {}
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("What the organisation needs, in one line"))
        self.domain = QComboBox()
        self.domain.setObjectName("domain")
        for value, text in domains:
            self.domain.addItem(text, value)
        self._select(self.domain, domain_id if domain_id is not None else last.get("domain_id"))
        self.priority = QComboBox()
        self.priority.setObjectName("priority")
        for p in Priority:
            self.priority.addItem(label(p), p)
        self._select(self.priority, last.get("priority", Priority.DESIRED))
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        for value, text in people:
            self.owner.addItem(text, value)
        self._select(self.owner, last.get("owner_id"))
        self.workshop = QLineEdit(str(last.get("source_workshop", "")))
        self.workshop.setObjectName("workshop")
        self.date = QDateEdit()
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        last_date = last.get("source_date")
        self.date.setDate(QDate(last_date) if isinstance(last_date, date) else QDate.currentDate())
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.criteria = QPlainTextEdit()
        self.criteria.setObjectName("criteria")
        self.criteria.setTabChangesFocus(True)
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Do&main"), self.domain)
        form.addRow(self.tr("&Priority"), self.priority)
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("&Workshop"), self.workshop)
        form.addRow(self.tr("Dat&e"), self.date)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("Acceptance &criteria"), self.criteria)

        buttons = QDialogButtonBox()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setDefault(True)
        self.next_button = QPushButton(self.tr("Add and next (Ctrl+Enter)"))
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.add_button.clicked.connect(self._add_and_close)
        self.next_button.clicked.connect(self._add_and_next)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._add_and_next)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        layout.addWidget(buttons)
        self.resize(560, 460)
        self.title.setFocus()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def draft(self) -> NeedDraft:
        return NeedDraft(
            title=self.title.text(), domain_id=self.domain.currentData(),
            priority=self.priority.currentData(), owner_id=self.owner.currentData(),
            source_workshop=self.workshop.text(), source_date=self.date.date().toPython(),
            description=self.description.toPlainText(), acceptance_criteria=self.criteria.toPlainText(),
        )

    def remembered(self) -> dict[str, object]:
        return {"domain_id": self.domain.currentData(), "priority": self.priority.currentData(),
                "owner_id": self.owner.currentData(), "source_workshop": self.workshop.text(),
                "source_date": self.date.date().toPython()}

    def _save(self) -> bool:
        if not self.title.text().strip():
            self.feedback.setText(self.tr("Type a title first."))
            self.title.setFocus()
            return False
        if not self._on_add(self.draft()):
            return False
        self.added += 1
        return True

    def _add_and_close(self) -> None:
        if self._save():
            self.accept()

    def _add_and_next(self) -> None:
        if self._save():
            self.feedback.setText(self.tr("{n} need(s) added. Next one:").replace("{n}", str(self.added)))
            self.title.clear()
            self.description.clear()
            self.criteria.clear()
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
