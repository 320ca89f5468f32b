"""The Charts page: burndown and cumulative flow of the chosen sprint, velocity per sprint with
the average of the last three, burn-up of a chosen lot. Each chart is built only when shown
(matplotlib loads then), saves as PNG on right click, and all four save at once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.sprints import LotRead
from crmdesk.services.sprints import SprintService
from crmdesk.ui.widgets.chart_canvas import ChartCanvas

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def chart_language() -> str:
    """The charts speak the interface's language (as ``interface_language`` of the exports)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class ChartsPanel(QWidget):
    def __init__(self, service: SprintService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartsPanel")
        self._s = service
        self._sprint_id: int | None = None
        self._lots: list[LotRead] = []
        self.metric = QComboBox()
        self.metric.setObjectName("flowMetric")
        self.metric.addItem(self.tr("stories"), "count")
        self.metric.addItem(self.tr("points"), "points")
        self.metric.currentIndexChanged.connect(lambda _i: self.flow.refresh())
        self.lot = QComboBox()
        self.lot.setObjectName("burnupLot")
        self.lot.currentIndexChanged.connect(lambda _i: self.burnup.refresh())
        self.save_button = QPushButton(self.tr("Save the charts as PNG…"))
        self.save_button.setObjectName("saveCharts")
        self.save_button.setToolTip(self.tr("Saves the four charts in a folder; right-click a chart to save only it"))
        self.save_button.clicked.connect(self._ask_save_all)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Cumulative flow in")))
        bar.addWidget(self.metric)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Burn-up of")))
        bar.addWidget(self.lot, 1)
        bar.addStretch(1)
        bar.addWidget(self.save_button)

        self.burndown = ChartCanvas("burndownChart")
        self.velocity = ChartCanvas("velocityChart")
        self.flow = ChartCanvas("flowChart")
        self.burnup = ChartCanvas("burnupChart")
        body = QWidget()
        body.setObjectName("chartsBody")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for i, canvas in enumerate(self.canvases()):
            canvas.setMinimumSize(300, 220)
            canvas.setToolTip(self.tr("Right-click: save as PNG"))
            grid.addWidget(canvas, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        scroll = QScrollArea()  # a small window scrolls the charts rather than squashing them
        scroll.setObjectName("chartsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.burndown.set_builder(self._build_burndown)
        self.velocity.set_builder(self._build_velocity)
        self.flow.set_builder(self._build_flow)
        self.burnup.set_builder(self._build_burnup)

    def canvases(self) -> list[ChartCanvas]:
        return [self.burndown, self.velocity, self.flow, self.burnup]

    # ------------------------------------------------------------------ data
    def set_context(self, sprint_id: int | None, lots: Sequence[LotRead]) -> None:
        """Mark every chart out of date; each is rebuilt now if shown, else when it shows."""
        self._sprint_id = sprint_id
        self._lots = list(lots)
        value = self.lot.currentData()
        self.lot.blockSignals(True)
        self.lot.clear()
        for lot in lots:
            self.lot.addItem(lot.name, lot.id)
        index = self.lot.findData(value) if value is not None else -1
        if index < 0:  # by default the first lot not finished yet
            index = next((i for i, lot in enumerate(lots) if lot.progress < 1), 0)
        self.lot.setCurrentIndex(index if lots else -1)
        self.lot.blockSignals(False)
        for canvas in self.canvases():
            canvas.refresh()

    def show_lot(self, lot_id: int) -> None:
        index = self.lot.findData(lot_id)
        if index >= 0:
            self.lot.setCurrentIndex(index)

    @staticmethod
    def _translate():  # type: ignore[no-untyped-def]
        from crmdesk.i18n import translator

        return translator(chart_language())

    def _build_burndown(self) -> Figure | None:
        if self._sprint_id is None:
            return None
        from crmdesk.charts.sprints import burndown_chart

        return burndown_chart(self._s.burndown(self._sprint_id), self._translate())

    def _build_velocity(self) -> Figure | None:
        from crmdesk.charts.sprints import velocity_chart

        return velocity_chart(self._s.velocity(), self._translate())

    def _build_flow(self) -> Figure | None:
        if self._sprint_id is None:
            return None
        from crmdesk.charts.sprints import cumulative_flow_chart

        translate = self._translate()
        flow = self._s.cumulative_flow(self._sprint_id, str(self.metric.currentData()), translate=translate)
        return cumulative_flow_chart(flow, translate)

    def _build_burnup(self) -> Figure | None:
        lot = next((lot for lot in self._lots if lot.id == self.lot.currentData()), None)
        if lot is None:
            return None
        from crmdesk.charts.sprints import burnup_chart

        return burnup_chart(self._s.lot_burnup(lot.id), self._translate(), lot.name, lot.target_date)

    # ------------------------------------------------------------------ export
    def save_all(self, folder: Path) -> list[Path]:
        """Write the charts that have data as PNG files in ``folder``."""
        saved = []
        for canvas in self.canvases():
            try:
                saved.append(canvas.save_png(folder / f"{canvas.objectName()}.png"))
            except ValueError:  # no data for this one
                continue
        return saved

    def _ask_save_all(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the charts in"))
        if not folder:
            return
        try:
            saved = self.save_all(Path(folder))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the charts"), self.tr("The charts could not be saved: {reason}.")
                                .replace("{reason}", exc.strerror or str(exc)))
            return
        QMessageBox.information(self, self.tr("Save the charts"), self.tr("{n} chart(s) saved in {folder}.")
                                .replace("{n}", str(len(saved))).replace("{folder}", folder))
