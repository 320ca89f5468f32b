"""Progress charts of the chosen campaign: results (stacked bars), planned vs executed per day,
open defects by severity over time, coverage; each saves to PNG on right click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QWidget

from crmdesk.services.acceptance import AcceptanceService
from crmdesk.ui.features.acceptance.common import chart_translate
from crmdesk.ui.widgets.chart_canvas import ChartCanvas


class ChartsPage(QWidget):
    def __init__(self, service: AcceptanceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acceptanceChartsPage")
        self._s = service
        self._campaign_id: int | None = None
        self.campaigns_chart = ChartCanvas("acceptance_campaigns")
        self.progress_chart = ChartCanvas("acceptance_progress")
        self.defects_chart = ChartCanvas("acceptance_open_defects")
        self.coverage_chart = ChartCanvas("acceptance_coverage")
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.addWidget(self.campaigns_chart, 0, 0)
        grid.addWidget(self.progress_chart, 0, 1)
        grid.addWidget(self.defects_chart, 1, 0)
        grid.addWidget(self.coverage_chart, 1, 1)
        for canvas in self.canvases():
            canvas.setMinimumSize(160, 120)
            canvas.setToolTip(self.tr("Right click to save the chart as PNG"))
        self.campaigns_chart.set_builder(self._build(self._campaigns))
        self.progress_chart.set_builder(self._build(self._progress))
        self.defects_chart.set_builder(self._build(self._defects))
        self.coverage_chart.set_builder(self._build(self._coverage))

    def canvases(self) -> list[ChartCanvas]:
        return [self.campaigns_chart, self.progress_chart, self.defects_chart, self.coverage_chart]

    def set_campaign(self, campaign_id: int | None) -> None:
        self._campaign_id = campaign_id
        self.refresh()

    def refresh(self) -> None:
        for canvas in self.canvases():
            canvas.refresh()

    @staticmethod
    def _build(make: Callable[[], object]) -> Callable[[], object]:
        return make

    def _campaigns(self):  # type: ignore[no-untyped-def]
        from crmdesk.charts.acceptance import campaigns_chart

        campaigns = self._s.campaigns()
        return campaigns_chart(campaigns, chart_translate()) if campaigns else None

    def _progress(self):  # type: ignore[no-untyped-def]
        from crmdesk.charts.acceptance import progress_chart

        if self._campaign_id is None:
            return None
        return progress_chart(self._s.progress(self._campaign_id), chart_translate())

    def _defects(self):  # type: ignore[no-untyped-def]
        from crmdesk.charts.acceptance import open_defects_chart

        if self._campaign_id is None:
            return None
        return open_defects_chart(self._s.open_defects_over_time(self._campaign_id), chart_translate())

    def _coverage(self):  # type: ignore[no-untyped-def]
        from crmdesk.charts.acceptance import coverage_chart

        return coverage_chart(self._s.coverage(self._campaign_id), chart_translate())
