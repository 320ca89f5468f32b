"""The selection's settings: users and horizon (for the TCO), how opinions are combined, the
disagreement gap, the labels of the scores 0-5 and the score each declared coverage proposes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.questionnaires import COVERAGE_MEANINGS
from crmdesk.domain.selection import (
    DEFAULT_SCORE_LABELS,
    Aggregate,
    Coverage,
    SelectionSettingsRead,
)
from crmdesk.ui.features.selection.common import enum_label

COVERAGE_KEYS = {Coverage.STANDARD: "score_standard", Coverage.CONFIGURATION: "score_configuration",
                 Coverage.CUSTOM: "score_custom", Coverage.NOT_COVERED: "score_not_covered"}


def _spin(low: float, high: float, step: float, decimals: int = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(decimals)
    return spin


class SelectionSettingsDialog(QDialog):
    def __init__(self, settings: SelectionSettingsRead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionSettingsDialog")
        self.setWindowTitle(self.tr("Selection settings"))
        self._settings = settings

        self.users = QSpinBox()
        self.users.setObjectName("userCount")
        self.users.setRange(1, 100_000)
        self.users.setValue(settings.user_count)
        self.horizon = QSpinBox()
        self.horizon.setObjectName("horizonYears")
        self.horizon.setRange(1, 20)
        self.horizon.setSuffix(self.tr(" years"))
        self.horizon.setValue(settings.horizon_years)
        cost_box = QGroupBox(self.tr("Total cost of ownership (TCO)"))
        cost_form = QFormLayout(cost_box)
        cost_form.addRow(self.tr("Number of users"), self.users)
        cost_form.addRow(self.tr("Horizon"), self.horizon)
        cost_note = QLabel(self.tr("TCO = one-off costs + years × (licence × users × 12 + hosting + support)."))
        cost_note.setWordWrap(True)
        cost_note.setStyleSheet("color: #666666;")
        cost_form.addRow(cost_note)

        self.aggregate = QComboBox()
        self.aggregate.setObjectName("aggregate")
        for value in Aggregate:
            self.aggregate.addItem(enum_label(value), value)
        self.aggregate.setCurrentIndex(self.aggregate.findData(settings.aggregate))
        self.gap = _spin(0.5, 5.0, 0.5)
        self.gap.setObjectName("disagreementGap")
        self.gap.setValue(settings.disagreement_gap)
        score_box = QGroupBox(self.tr("Evaluators' scores"))
        score_form = QFormLayout(score_box)
        score_form.addRow(self.tr("Combine the scores with the"), self.aggregate)
        score_form.addRow(self.tr("Flag a disagreement from a gap of"), self.gap)
        score_note = QLabel(self.tr("The median resists one evaluator far from the others; the mean uses every "
                                    "opinion. A consensus agreed in workshop replaces both."))
        score_note.setWordWrap(True)
        score_note.setStyleSheet("color: #666666;")
        score_form.addRow(score_note)

        self.labels: list[QLineEdit] = []
        label_box = QGroupBox(self.tr("Labels of the scores"))
        label_form = QFormLayout(label_box)
        for value in range(6):
            edit = QLineEdit(settings.score_labels[value] if value < len(settings.score_labels) else "")
            edit.setObjectName(f"scoreLabel{value}")
            edit.setMaxLength(60)
            edit.setPlaceholderText(QCoreApplication.translate("ScoreLabel", DEFAULT_SCORE_LABELS[value]))
            self.labels.append(edit)
            label_form.addRow(str(value), edit)
        label_note = QLabel(self.tr("Empty: the default label (in grey)."))
        label_note.setStyleSheet("color: #666666;")
        label_form.addRow(label_note)

        self.coverage: dict[Coverage, QDoubleSpinBox] = {}
        mapping_box = QGroupBox(self.tr("Score proposed by a vendor's declared coverage"))
        mapping_form = QFormLayout(mapping_box)
        for coverage, key in COVERAGE_KEYS.items():
            spin = _spin(0.0, 5.0, 0.5)
            spin.setObjectName(key)
            spin.setValue(getattr(settings, key))
            spin.setToolTip(QCoreApplication.translate("Coverage", COVERAGE_MEANINGS[coverage]))
            self.coverage[coverage] = spin
            mapping_form.addRow(enum_label(coverage), spin)
        mapping_note = QLabel(self.tr("Proposed scores count in the matrix only once accepted (Answers page)."))
        mapping_note.setWordWrap(True)
        mapping_note.setStyleSheet("color: #666666;")
        mapping_form.addRow(mapping_note)

        grid = QGridLayout()
        grid.addWidget(cost_box, 0, 0)
        grid.addWidget(score_box, 1, 0)
        grid.addWidget(label_box, 0, 1)
        grid.addWidget(mapping_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.resize(860, 520)

    def changed_values(self) -> dict[str, object]:
        """Only what differs from the current settings (one undo step for all of it)."""
        s = self._settings
        out: dict[str, object] = {}
        if self.users.value() != s.user_count:
            out["user_count"] = self.users.value()
        if self.horizon.value() != s.horizon_years:
            out["horizon_years"] = self.horizon.value()
        aggregate = Aggregate(self.aggregate.currentData())
        if aggregate is not s.aggregate:
            out["aggregate"] = aggregate
        if abs(self.gap.value() - s.disagreement_gap) > 1e-9:
            out["disagreement_gap"] = self.gap.value()
        labels = [" ".join(e.text().split()) for e in self.labels]
        if tuple(labels) != tuple(s.score_labels):
            out["score_labels"] = labels
        for coverage, key in COVERAGE_KEYS.items():
            if abs(self.coverage[coverage].value() - getattr(s, key)) > 1e-9:
                out[key] = self.coverage[coverage].value()
        return out
