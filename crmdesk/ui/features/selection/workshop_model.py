"""The table of workshop mode: the candidates in the race (rows) × each evaluator's score on
the current criterion, then the cell's value. In blind entry, the other evaluators' scores and
the value stay hidden until they are revealed."""

from __future__ import annotations

import html
import math
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from crmdesk.domain.selection import CandidateRead, CandidateStatus, CriterionRead, EvaluatorRead
from crmdesk.domain.selection_matrix import SelectionMatrix
from crmdesk.domain.selection_results import CellSource
from crmdesk.ui.features.selection.matrix_common import (
    EMPTY_BG,
    MUTED,
    OUT_BG,
    OUT_FG,
    SCALE,
    TEXT,
    mark_text,
    qt_translate,
    tenth,
)

Index = QModelIndex | QPersistentModelIndex
HIDDEN = "●"
DISAGREE_BG = QColor("#FFC98B")
CURRENT_ROW_BG = QColor("#EAF1FB")


class WorkshopRole:
    CURRENT = Qt.ItemDataRole.UserRole + 1  # the cell whose score the next key sets
    DISAGREE = Qt.ItemDataRole.UserRole + 2


class WorkshopModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: SelectionMatrix | None = None
        self.criterion: CriterionRead | None = None
        self.candidates: list[CandidateRead] = []
        self.evaluators: tuple[EvaluatorRead, ...] = ()
        self.current_row = 0
        self.current_evaluator = 0
        self.blind = False
        self.revealed = False
        self._j = -1
        self._rows: list[int] = []  # candidate index in the matrix
        self._marks = np.zeros((0, 0))  # rows × evaluators
        self._comments: dict[tuple[int, int], str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------------ content
    def show(self, matrix: SelectionMatrix, criterion_id: int) -> None:
        """This snapshot, on this criterion (keeps the rows when the candidates are unchanged)."""
        cands = [c for c in matrix.candidates if c.status is not CandidateStatus.ELIMINATED]
        reset = ([c.id for c in cands] != [c.id for c in self.candidates]
                 or self.matrix is None or [v.id for v in matrix.evaluators] != [v.id for v in self.evaluators])
        if reset:
            self.beginResetModel()
        self.matrix = matrix
        self.evaluators = matrix.evaluators
        self.candidates = cands
        index = {c.id: i for i, c in enumerate(matrix.candidates)}
        self._rows = [index[c.id] for c in cands]
        self._j = next((j for j, k in enumerate(matrix.criteria) if k.id == criterion_id), -1)
        self.criterion = matrix.criteria[self._j] if self._j >= 0 else None
        ev_index = {v.id: x for x, v in enumerate(matrix.evaluators)}
        marks = np.full((len(cands), len(matrix.evaluators)), np.nan)
        comments: dict[tuple[int, int], str] = {}
        row_of = {c.id: r for r, c in enumerate(cands)}
        if self.criterion is not None:
            for cand in cands:
                for score in matrix.scores_of(cand.id, self.criterion.id):
                    x = ev_index.get(score.evaluator_id)
                    if x is not None:
                        marks[row_of[cand.id], x] = score.value
                        if score.comment:
                            comments[(row_of[cand.id], x)] = score.comment
        self._marks, self._comments = marks, comments
        self.current_row = min(self.current_row, max(len(cands) - 1, 0))
        self.current_evaluator = min(self.current_evaluator, max(len(matrix.evaluators) - 1, 0))
        if reset:
            self.endResetModel()
        else:
            self._changed()

    def _changed(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0))

    def set_cursor(self, row: int, evaluator: int) -> None:
        self.current_row, self.current_evaluator = row, evaluator
        self._changed()

    def set_blind(self, blind: bool, revealed: bool) -> None:
        self.blind, self.revealed = blind, revealed
        self._changed()

    @property
    def hidden(self) -> bool:
        """Are the other evaluators' scores hidden now?"""
        return self.blind and not self.revealed

    def mark(self, row: int, evaluator: int) -> float | None:
        value = self._marks[row, evaluator] if 0 <= row < len(self._rows) and self._marks.size else math.nan
        return None if math.isnan(value) else float(value)

    def comment(self, row: int, evaluator: int) -> str:
        return self._comments.get((row, evaluator), "")

    def entered(self) -> int:
        return int(np.sum(~np.isnan(self._marks))) if self._marks.size else 0

    def expected(self) -> int:
        return len(self._rows) * len(self.evaluators)

    def disagreement(self, row: int) -> bool:
        if self.matrix is None or self._j < 0 or not 0 <= row < len(self._rows):
            return False
        return bool(self.matrix.flags[self._rows[row], self._j])

    def value(self, row: int) -> float | None:
        if self.matrix is None or self._j < 0 or not 0 <= row < len(self._rows):
            return None
        value = self.matrix.values[self._rows[row], self._j]
        return None if math.isnan(value) else float(value)

    def is_consensus(self, row: int) -> bool:
        if self.matrix is None or self._j < 0 or not 0 <= row < len(self._rows):
            return False
        return bool(self.matrix.sources[self._rows[row], self._j] == CellSource.CONSENSUS)

    def is_out(self, row: int) -> bool:
        return self.matrix is not None and 0 <= row < len(self.candidates) and \
            self.candidates[row].id in self.matrix.eliminations

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.matrix is None else len(self.evaluators) + 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= self.columnCount():
            return None
        row, col = index.row(), index.column()
        last = len(self.evaluators) + 1
        if col == 0:
            return self._name_data(row, role)
        if col == last:
            return self._value_data(row, role)
        return self._score_data(row, col - 1, role)

    def _name_data(self, row: int, role: int) -> Any:
        cand = self.candidates[row]
        out = self.is_out(row)
        flagged = self.disagreement(row) and not self.hidden
        if role == Qt.ItemDataRole.DisplayRole:
            return ("✖ " if out else "⚠ " if flagged else "") + cand.name
        if role == Qt.ItemDataRole.ForegroundRole:
            return OUT_FG if out else TEXT
        if role == Qt.ItemDataRole.BackgroundRole:
            if flagged:
                return DISAGREE_BG
            return CURRENT_ROW_BG if row == self.current_row else EMPTY_BG
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if row == self.current_row else None
        if role == Qt.ItemDataRole.ToolTipRole and out and self.matrix is not None:
            from crmdesk.domain.selection_results import eliminations_text

            return html.escape(eliminations_text(self.matrix.eliminations[cand.id], qt_translate))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _score_data(self, row: int, x: int, role: int) -> Any:
        value = self.mark(row, x)
        hide = self.hidden and x != self.current_evaluator
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            return HIDDEN if hide else mark_text(value) + (" ✎" if self.comment(row, x) else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            if value is None or hide:
                return EMPTY_BG
            return SCALE[tenth(value)]
        if role == Qt.ItemDataRole.ForegroundRole:
            return MUTED if hide else TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and not hide and self.comment(row, x):
            return html.escape(self.comment(row, x))
        if role == WorkshopRole.CURRENT:
            return row == self.current_row and x == self.current_evaluator
        return None

    def _value_data(self, row: int, role: int) -> Any:
        value = self.value(row)
        flagged = self.disagreement(row) and not self.hidden
        if role == Qt.ItemDataRole.DisplayRole:
            if self.hidden:
                return "?"
            if value is None:
                return "–"
            return mark_text(round(value, 1)) + (" ✓" if self.is_consensus(row) else "") + (" ⚠" if flagged else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.hidden or value is None:
                return OUT_BG
            return DISAGREE_BG if flagged else SCALE[tenth(value)]
        if role == Qt.ItemDataRole.ForegroundRole:
            return MUTED if self.hidden else TEXT
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == WorkshopRole.DISAGREE:
            return flagged
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        last = len(self.evaluators) + 1
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Candidate")
            if section == last:
                median = self.matrix is not None and self.matrix.settings.aggregate.value == "median"
                return self.tr("Median") if median else self.tr("Mean")
            return self.evaluators[section - 1].name.replace(" ", "\n", 1)  # first name above the last
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if section - 1 == self.current_evaluator else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#0B3D91") if section - 1 == self.current_evaluator else TEXT
        return None
