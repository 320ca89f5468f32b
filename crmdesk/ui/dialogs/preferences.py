"""Edit > Preferences: the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget


class PreferencesDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Automatic (system language)"), "auto")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        index = self.language.findData(language)
        self.language.setCurrentIndex(max(index, 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface &language"), self.language)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())
