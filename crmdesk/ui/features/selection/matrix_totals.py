"""The totals under the scoring matrix: each candidate's weighted score and rank."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from crmdesk.domain.selection import CandidateRead
from crmdesk.domain.selection_results import Ranking, RankingRow
from crmdesk.ui.features.selection.matrix_common import (
    EMPTY_BG,
    OUT_BG,
    OUT_FG,
    TEXT,
    WINNER_BG,
    mark_text,
    percent,
    qt_translate,
)
from crmdesk.ui.features.selection.matrix_model import MatrixRole, _bold

Index = QModelIndex | QPersistentModelIndex


class TotalsModel(QAbstractTableModel):
    """Two rows under the matrix: each candidate's weighted score and rank ("—" when out)."""

    ROWS = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ranking: Ranking | None = None
        self._cands: tuple[CandidateRead, ...] = ()
        self._rows: list[RankingRow | None] = []
        self._bold = _bold()

    def set_ranking(self, candidates: tuple[CandidateRead, ...], ranking: Ranking) -> None:
        by_id = {r.candidate.id: r for r in ranking.rows}
        if [c.id for c in candidates] != [c.id for c in self._cands]:
            self.beginResetModel()
            self._ranking, self._cands = ranking, candidates
            self._rows = [by_id.get(c.id) for c in candidates]
            self.endResetModel()
            return
        self._ranking, self._cands = ranking, candidates
        self._rows = [by_id.get(c.id) for c in candidates]
        if self._cands:
            self.dataChanged.emit(self.index(0, 0), self.index(self.ROWS - 1, len(self._cands) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._cands) - 1)

    def row(self, column: int) -> RankingRow | None:
        return self._rows[column] if 0 <= column < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or not self._cands else self.ROWS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cands)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.ROWS or index.column() >= len(self._rows):
            return None
        row = self._rows[index.column()]
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.row() == 0:
                return percent(row.score)
            return "—" if row.rank is None else str(row.rank)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.rank is None:
                return OUT_BG
            return WINNER_BG if row.rank == 1 else EMPTY_BG
        if role == Qt.ItemDataRole.ForegroundRole:
            return OUT_FG if row.rank is None else TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row)
        if role == MatrixRole.CANDIDATE_ID:
            return row.candidate.id
        return None

    def _tip(self, row: RankingRow) -> str:
        lines = [f"<b>{html.escape(row.candidate.name)}</b>: {percent(row.score)}"]
        if row.rank is None:
            lines.append(html.escape(self.tr("Out of the ranking: {reason}").replace(
                "{reason}", row.reason(qt_translate))))
        else:
            lines.append(html.escape(self.tr("Rank {rank}").replace("{rank}", str(row.rank))))
        if self._ranking is not None:
            for group, points in zip(self._ranking.groups, row.group_contributions, strict=False):
                lines.append("• " + html.escape(self.tr("{group}: {points} points")
                                                .replace("{group}", group.name)
                                                .replace("{points}", mark_text(round(points, 1)))))
        if row.missing:
            lines.append(html.escape(self.tr("{count} criteria without a value count 0.")
                                     .replace("{count}", str(len(row.missing)))))
        return "<br>".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < self.ROWS:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Weighted total") if section == 0 else self.tr("Rank")
            if role == Qt.ItemDataRole.ToolTipRole:
                return (self.tr("Σ share × mark / 5, in % of the best possible; a cell without a value counts 0.")
                        if section == 0 else self.tr("Candidates out of the ranking show —; hover for the reason."))
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return None
        if 0 <= section < len(self._cands) and role == Qt.ItemDataRole.DisplayRole:
            return self._cands[section].name
        return None
