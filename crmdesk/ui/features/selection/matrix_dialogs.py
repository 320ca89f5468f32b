"""Small dialogs of the scoring matrix and the workshop: one evaluator's score with its
comment, and a consensus score with its (required) reason."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.selection import EvaluatorRead
from crmdesk.domain.selection_results import CellScore
from crmdesk.ui.features.selection.matrix_common import mark_text

NO_SCORE = -1.0


def _scaled(widget: QWidget, scale: float) -> None:
    if scale != 1.0:
        font = QFont(widget.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        widget.setFont(font)


class ScoreDialog(QDialog):
    """One evaluator's score (0-5, or none) and comment on one cell."""

    def __init__(self, candidate: str, criterion: str, evaluators: Sequence[EvaluatorRead],
                 scores: Sequence[CellScore], evaluator_id: int | None, labels: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreDialog")
        self.setWindowTitle(self.tr("Score"))
        self._scores = {s.evaluator_id: s for s in scores}
        self._labels = list(labels)
        title = QLabel(f"<b>{html.escape(candidate)}</b><br>{html.escape(criterion)}")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        self.evaluator = QComboBox()
        self.evaluator.setObjectName("scoreEvaluator")
        for ev in evaluators:
            self.evaluator.addItem(ev.name, ev.id)
        self.score = QComboBox()
        self.score.setObjectName("scoreValue")
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("scoreComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(self.tr("Why this score (optional): what was seen in the demo, the answer…"))
        self.comment.setFixedHeight(self.fontMetrics().height() * 5)
        form = QFormLayout()
        form.addRow(self.tr("Evaluator"), self.evaluator)
        form.addRow(self.tr("Score"), self.score)
        form.addRow(self.tr("Comment"), self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.evaluator.currentIndexChanged.connect(self._load)
        found = self.evaluator.findData(evaluator_id) if evaluator_id is not None else 0
        self.evaluator.setCurrentIndex(max(found, 0))
        self._load()
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())
        self.score.setFocus()

    def _load(self) -> None:
        current = self._scores.get(self.evaluator.currentData())
        self.score.clear()
        self.score.addItem(self.tr("(no score)"), NO_SCORE)
        for value, text in enumerate(self._labels):
            self.score.addItem(f"{value} — {text}", float(value))
        if current is not None:
            found = self.score.findData(float(current.value))
            if found < 0:  # a mark with decimals (an import): keep it as it is
                self.score.addItem(mark_text(current.value), float(current.value))
                found = self.score.count() - 1
            self.score.setCurrentIndex(found)
            self.comment.setPlainText(current.comment)
        else:
            self.score.setCurrentIndex(0)
            self.comment.setPlainText("")

    def chosen(self) -> tuple[int, float | None, str]:
        """(evaluator id, score or None to clear it, comment)."""
        value = float(self.score.currentData())
        return int(self.evaluator.currentData()), None if value == NO_SCORE else value, \
            self.comment.toPlainText().strip()


class ConsensusDialog(QDialog):
    """The score the group agreed on, which replaces the mean, and why (required)."""

    def __init__(self, candidate: str, criterion: str, summary: str, value: float, reason: str,
                 labels: Sequence[str], parent: QWidget | None = None, scale: float = 1.0) -> None:
        super().__init__(parent)
        self.setObjectName("consensusDialog")
        self.setWindowTitle(self.tr("Consensus score"))
        _scaled(self, scale)
        self._labels = list(labels)
        title = QLabel(f"<b>{html.escape(candidate)}</b><br>{html.escape(criterion)}")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        opinions = QLabel(summary)
        opinions.setWordWrap(True)
        opinions.setObjectName("consensusOpinions")
        self.value = QDoubleSpinBox()
        self.value.setObjectName("consensusValue")
        self.value.setRange(0.0, 5.0)
        self.value.setSingleStep(0.5)
        self.value.setDecimals(1)
        self.value.setValue(value)
        self.meaning = QLabel()
        self.meaning.setObjectName("consensusMeaning")
        self.reason = QPlainTextEdit(reason)
        self.reason.setObjectName("consensusReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the group agreed on this score (required)"))
        self.reason.setFixedHeight(self.fontMetrics().height() * 5)
        self.feedback = QLabel()
        self.feedback.setObjectName("consensusFeedback")
        palette = self.feedback.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#B3261E"))
        self.feedback.setPalette(palette)
        form = QFormLayout()
        form.addRow(self.tr("Agreed score"), self.value)
        form.addRow("", self.meaning)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(opinions)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)
        self.value.valueChanged.connect(self._describe)
        self.reason.textChanged.connect(lambda: self.feedback.setText(""))
        self._describe()
        self.resize(max(self.sizeHint().width(), int(520 * scale)), self.sizeHint().height())
        self.value.setFocus()
        self.value.selectAll()

    def _describe(self) -> None:
        value = self.value.value()
        low, high = math.floor(value), math.ceil(value)
        if not (0 <= low and high < len(self._labels)):
            self.meaning.setText("")
        elif low == high:
            self.meaning.setText(self._labels[low])
        else:
            self.meaning.setText(f"{self._labels[low]} – {self._labels[high]}")

    def accept(self) -> None:
        if not self.reason.toPlainText().strip():
            self.feedback.setText(self.tr("Say why the group agreed on this score."))
            self.reason.setFocus()
            return
        super().accept()

    def chosen(self) -> tuple[float, str]:
        return self.value.value(), " ".join(self.reason.toPlainText().split())
