"""The long texts of the selected need. A text is saved (one undo step) when the field loses
focus or another need is selected."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from crmdesk.domain.needs import NeedRead

TEXT_FIELDS = ("description", "rationale", "acceptance_criteria", "comments")


class NeedDetailPanel(QWidget):
    text_edited = Signal(int, str, str)  # need id, field, new text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needDetail")
        self._need: NeedRead | None = None
        self._saving = False
        self._title = QLabel()
        self._title.setWordWrap(True)
        self._title.setObjectName("needDetailTitle")
        font = self._title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._title.setFont(font)
        self._meta = QLabel()
        self._meta.setWordWrap(True)
        self._meta.setObjectName("needDetailMeta")
        labels = {
            "description": self.tr("Description"),
            "rationale": self.tr("Rationale"),
            "acceptance_criteria": self.tr("Acceptance criteria"),
            "comments": self.tr("Comments"),
        }
        self.editors: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key in TEXT_FIELDS:
            editor = QPlainTextEdit()
            editor.setObjectName(f"detail_{key}")
            editor.setTabChangesFocus(True)
            editor.installEventFilter(self)
            editor.setPlaceholderText(self.tr("(empty)"))
            self.editors[key] = editor
            form.addRow(labels[key], editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._meta)
        layout.addLayout(form)
        self.show_need(None)

    def show_need(self, need: NeedRead | None) -> None:
        """Show another need (saving the texts typed for the previous one), or refresh the
        same need after a change (keeping what is being typed in a field)."""
        same = need is not None and self._need is not None and need.id == self._need.id
        if not same:
            self.flush()
        previous = self._need
        self._need = need
        for key, editor in self.editors.items():
            text = getattr(need, key) if need else ""
            typing = same and previous is not None and editor.toPlainText() != getattr(previous, key)
            if not typing and editor.toPlainText() != text:
                editor.blockSignals(True)
                editor.setPlainText(text)
                editor.blockSignals(False)
            editor.setEnabled(need is not None)
        if need is None:
            self._title.setText(self.tr("No need selected"))
            self._meta.setText("")
            return
        self._title.setText(f"{need.ref} — {need.title}")
        source = need.source_workshop
        if need.source_date:
            source = f"{source} ({need.source_date.isoformat()})" if source else need.source_date.isoformat()
        self._meta.setText(self.tr("Source: {source}").replace("{source}", source or "—"))

    @property
    def need(self) -> NeedRead | None:
        return self._need

    def flush(self) -> None:
        """Save every field whose text differs from the need's."""
        need = self._need
        if need is None or self._saving:
            return
        # Collect first: saving refreshes this panel (re-entrantly) through the tab.
        pending = [(key, editor.toPlainText()) for key, editor in self.editors.items()
                   if editor.toPlainText() != getattr(need, key)]
        self._save(need, pending)

    def _save(self, need: NeedRead, pending: list[tuple[str, str]]) -> None:
        self._saving = True
        try:
            for key, text in pending:
                self.text_edited.emit(need.id, key, text)
        finally:
            self._saving = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        need = self._need
        if event.type() == QEvent.Type.FocusOut and need is not None and not self._saving:
            for key, editor in self.editors.items():
                if watched is editor and editor.toPlainText() != getattr(need, key):
                    self._save(need, [(key, editor.toPlainText())])
                    break
        return super().eventFilter(watched, event)
