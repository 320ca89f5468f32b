"""The results: the ranking with the weighted score and each group's score, TCO and status;
how stable the first place is; the charts (ranking, groups, radar, value for money,
sensitivity), each exportable to PNG."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.selection_results import Ranking, RankingRow, status_text
from crmdesk.domain.selection_scoring import display_percentages
from crmdesk.domain.selection_sensitivity import Sensitivity
from crmdesk.services.container import ProjectServices
from crmdesk.ui.features.selection.common import (
    GOOD_STYLE,
    GREY,
    NEUTRAL_STYLE,
    WARN_STYLE,
    LazyPanel,
    chart_translate,
    euros,
    fit_columns,
    number,
    percent,
    qt_translate,
    setup_table,
    show_status,
)
from crmdesk.ui.models.record_table import Column, RecordTableModel
from crmdesk.ui.widgets.chart_canvas import ChartCanvas

translate = QCoreApplication.translate



def ranking_columns(ranking: Ranking) -> list[Column[RankingRow]]:
    def grey(r: RankingRow) -> Any:
        return GREY if r.eliminated else None

    def missing_tip(r: RankingRow) -> str:
        if not r.missing:
            return ""
        return translate("ResultsPanel", "{n} criteria without any score count 0 for this candidate").replace("{n}", str(len(r.missing)))

    shares = display_percentages([g.share for g in ranking.groups], 0)
    columns: list[Column[RankingRow]] = [
        Column("rank", translate("ResultsPanel", "Rank"), lambda r: str(r.rank) if r.rank is not None else "—",
               sort_key=lambda r: r.rank if r.rank is not None else 10_000, width=50, foreground=grey),
        Column("candidate", translate("ResultsPanel", "Candidate"), lambda r: r.candidate.name, width=210, foreground=grey,
               tooltip=lambda r: r.candidate.name),
        Column("score", translate("ResultsPanel", "Weighted\nscore"), lambda r: percent(r.score), sort_key=lambda r: r.score, width=100,
               foreground=grey, tooltip=missing_tip),
    ]
    for g, group in enumerate(ranking.groups):
        header = f"{group.name}\n{number(shares[g], 0)}\u00a0%"
        columns.append(Column(
            f"group_{group.id}", header,
            (lambda r, g=g: percent(r.group_scores[g], 0) if r.group_scores[g] is not None else "—"),
            sort_key=(lambda r, g=g: r.group_scores[g] if r.group_scores[g] is not None else -1.0),
            width=max(80, min(170, 8 * len(group.name) + 16)), foreground=grey,
            tooltip=(lambda r, g=g, name=group.name: translate("ResultsPanel", "{group}: {score} of the best possible score of the group; "
                                                        "adds {points} points to the weighted score")
                     .replace("{group}", name).replace("{score}", percent(r.group_scores[g] or 0.0))
                     .replace("{points}", number(r.group_contributions[g])))))
    columns += [
        Column("tco", translate("ResultsPanel", "TCO"), lambda r: euros(r.tco), sort_key=lambda r: r.tco, width=105, foreground=grey),
        Column("status", translate("ResultsPanel", "Status"), lambda r: status_text(r, qt_translate), width=240, foreground=grey,
               tooltip=lambda r: status_text(r, qt_translate)),
    ]
    return columns


class RankingModel(RecordTableModel[RankingRow]):
    """The ranking table; its group columns follow the groups of criteria."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(ranking_columns(Ranking((), ())), id_of=lambda r: r.candidate.id, parent=parent)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            key = self.columns[index.column()].key
            if key in ("score", "tco") or key.startswith("group_"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter) if key == "rank" else None
        return super().data(index, role)

    def set_ranking(self, ranking: Ranking) -> None:
        self.beginResetModel()
        self._columns = ranking_columns(ranking)
        self._all = list(ranking.rows)
        self._sort = None
        self._rows = self._visible()
        self.endResetModel()


class ResultsPanel(LazyPanel):
    def __init__(self, services: ProjectServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionResults")
        self._s = services
        self.ranking: Ranking | None = None
        self.sensitivity: Sensitivity | None = None
        self._horizon = 0
        self.model = RankingModel(self)
        self._build_ui()

    def _build_ui(self) -> None:
        self.verdict_frame = QFrame()
        self.verdict_frame.setObjectName("verdictFrame")
        self.verdict = QLabel()
        self.verdict.setObjectName("sensitivityVerdict")
        font = self.verdict.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.verdict.setFont(font)
        self.verdict.setWordWrap(True)
        self.ranges = QLabel()
        self.ranges.setObjectName("sensitivityRanges")
        self.ranges.setWordWrap(True)
        frame_layout = QVBoxLayout(self.verdict_frame)
        frame_layout.addWidget(self.verdict)
        frame_layout.addWidget(self.ranges)
        self.export_button = QPushButton(self.tr("Export charts…"))
        self.export_button.setObjectName("exportCharts")
        self.export_button.clicked.connect(lambda: self.export_charts())
        top = QHBoxLayout()
        top.addWidget(self.verdict_frame, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, "rankingTable")
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.charts = QTabWidget()
        self.charts.setObjectName("resultsCharts")
        self.canvases: dict[str, ChartCanvas] = {}
        for key, title, builder in self._chart_specs():
            canvas = ChartCanvas(key)
            canvas.set_builder(builder)
            self.canvases[key] = canvas
            self.charts.addTab(canvas, title)
        hint = QLabel(self.tr("Right-click a chart to save it as PNG."))
        hint.setStyleSheet("color: #666666;")
        self.charts.setCornerWidget(hint, Qt.Corner.TopRightCorner)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("resultsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.charts)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([190, 540])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _chart_specs(self) -> list[tuple[str, str, Callable[[], Any]]]:
        return [
            ("rankingChart", self.tr("Ranking"), self._ranking_figure),
            ("groupsChart", self.tr("By group"), self._groups_figure),
            ("radarChart", self.tr("Radar of the top 3"), self._radar_figure),
            ("valueChart", self.tr("Value for money"), self._value_figure),
            ("sensitivityChart", self.tr("Sensitivity"), self._sensitivity_figure),
        ]

    # ------------------------------------------------------------------ charts (built when shown)
    def _ranking_figure(self) -> Any:
        from crmdesk.charts.selection import ranking_chart

        return ranking_chart(self.ranking, chart_translate()) if self.ranking else None

    def _groups_figure(self) -> Any:
        from crmdesk.charts.selection import group_bars_chart

        return group_bars_chart(self.ranking, chart_translate()) if self.ranking else None

    def _radar_figure(self) -> Any:
        from crmdesk.charts.selection import radar_chart

        return radar_chart(self.ranking, chart_translate(), top=3) if self.ranking else None

    def _value_figure(self) -> Any:
        from crmdesk.charts.selection import value_chart

        return value_chart(self.ranking, chart_translate(), self._horizon) if self.ranking else None

    def _sensitivity_figure(self) -> Any:
        from crmdesk.charts.selection import sensitivity_chart

        if self.ranking is None or self.sensitivity is None:
            return None
        return sensitivity_chart(self.sensitivity, self.ranking, chart_translate())

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        matrix = self._s.selection.matrix()
        self._horizon = matrix.settings.horizon_years
        self.ranking = matrix.ranking()
        self.sensitivity = matrix.sensitivity()
        self.model.set_ranking(self.ranking)
        fit_columns(self.table, [c.width for c in self.model.columns])
        self._show_verdict()
        for canvas in self.canvases.values():
            canvas.refresh()

    def _show_verdict(self) -> None:
        sens, ranking = self.sensitivity, self.ranking
        assert sens is not None and ranking is not None
        names = {r.candidate.id: r.candidate.name for r in ranking.rows}
        verdict = sens.verdict(qt_translate)
        verdict = verdict[:1].upper() + verdict[1:]
        if not sens.winner_ids:
            style, detail = NEUTRAL_STYLE, self.tr("Score the candidates in the matrix to see who comes first.")
        else:
            style = GOOD_STYLE if sens.stable else WARN_STYLE
            winner = ", ".join(names.get(i, "?") for i in sens.winner_ids)
            if sens.runner_up_id is not None and len(sens.winner_ids) == 1:
                detail = self.tr("{winner} is first, {points} points ahead of {runner}.").replace(
                    "{winner}", winner).replace("{points}", number(sens.margin)).replace(
                    "{runner}", names.get(sens.runner_up_id, "?"))
            else:
                detail = self.tr("{winner} is first.").replace("{winner}", winner)
            bounds = [self._range_part(r) for r in sens.ranges]
            bounds = [b for b in bounds if b]
            if bounds:
                detail += " " + self.tr("It stays first while the share of {ranges}.").replace(
                    "{ranges}", "; ".join(bounds))
            else:
                detail += " " + self.tr("No single group weight can change the first place.")
        self.verdict.setText(verdict)
        self.ranges.setText(detail)
        self.verdict_frame.setToolTip("\n".join(sens.range_text(r, qt_translate) for r in sens.ranges))
        self.verdict_frame.setStyleSheet(style.format(name="verdictFrame"))

    def _range_part(self, r: Any) -> str:
        low = r.share_low > 0.05 and r.rival_low is not None
        high = math.isfinite(r.high) and r.rival_high is not None and r.share_high < 99.95
        if low and high:
            text = self.tr("{group} is between {low} and {high}")
        elif low:
            text = self.tr("{group} is at least {low}")
        elif high:
            text = self.tr("{group} is at most {high}")
        else:
            return ""
        return text.replace("{group}", r.group_name).replace("{low}", percent(r.share_low)).replace(
            "{high}", percent(r.share_high)) + " " + self.tr("(now {now})").replace("{now}", percent(r.share))

    def counts_text(self) -> str:
        if self.ranking is None:
            return ""
        return self.tr("{ranked} candidates ranked · {out} out of the ranking").replace(
            "{ranked}", str(len(self.ranking.ranked))).replace("{out}", str(len(self.ranking.eliminated)))

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(EntityKind.CANDIDATE, EntityKind.CRITERION, EntityKind.EVALUATOR, EntityKind.SCORE,
                           EntityKind.ANSWER, EntityKind.SELECTION_SETTINGS, EntityKind.NEED):
            self.refresh()

    # ------------------------------------------------------------------ export
    def export_charts(self, folder: Path | None = None) -> list[Path]:
        """Save every chart as PNG into ``folder`` (asked when None)."""
        from crmdesk.charts.selection import save_png

        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export the charts to a folder"),
                                                      str(self._s.file.path.parent))
            if not chosen:
                return []
            folder = Path(chosen)
        if self._dirty or self.ranking is None:
            self._dirty = False
            self.reload()
        names = {"rankingChart": self.tr("ranking"), "groupsChart": self.tr("score-by-group"),
                 "radarChart": self.tr("radar"), "valueChart": self.tr("value-for-money"),
                 "sensitivityChart": self.tr("sensitivity")}
        written: list[Path] = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for n, (key, _title, builder) in enumerate(self._chart_specs(), start=1):
                figure = builder()
                if figure is not None:
                    written.append(save_png(figure, folder / f"{n}-{names[key]}.png"))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export charts"), self.tr("The charts could not be saved: {reason}.")
                                .replace("{reason}", exc.strerror or str(exc)))
            return written
        show_status(self, self.tr("{n} charts saved in {folder}").replace("{n}", str(len(written)))
                    .replace("{folder}", str(folder)))
        return written
