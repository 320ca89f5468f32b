"""A tab whose content comes with a later version: one line saying what it will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderTab(QWidget):
    def __init__(self, object_name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        message = QLabel(text)
        message.setObjectName("placeholderText")
        message.setWordWrap(True)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setStyleSheet("color: palette(mid); font-size: 14pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(message)
