"""The model of the scoring matrix: criteria (under their group's row) × candidates (the totals
underneath are ``matrix_totals``).

Everything ``data()`` returns comes from arrays filled once per reload from the
``SelectionMatrix`` snapshot (no service call, no per-cell object), so 400 criteria × 40
candidates scroll and repaint smoothly; tooltips are built on first hover and kept.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from crmdesk.domain.selection import CandidateRead, CriterionKind, CriterionRead, GroupRead
from crmdesk.domain.selection_matrix import SelectionMatrix
from crmdesk.domain.selection_results import CellSource, EliminationKind, Ranking, RankingRow
from crmdesk.ui.features.selection.matrix_common import (
    EMPTY_BG,
    GROUP_BG,
    GROUP_FG,
    MUTED,
    OUT_BG,
    OUT_FG,
    SCALE,
    TEXT,
    kind_label,
    mark_text,
    mark_texts,
    percent,
    qt_translate,
    status_label,
    tenth,
)
from crmdesk.ui.models.record_table import fold

Index = QModelIndex | QPersistentModelIndex

GROUP_ROW, CRITERION_ROW = 0, 1


class MatrixRole(IntEnum):
    ROW_KIND = Qt.ItemDataRole.UserRole + 1  # GROUP_ROW or CRITERION_ROW
    VALUE = Qt.ItemDataRole.UserRole + 2  # the mark shown (float) or None
    MARK = Qt.ItemDataRole.UserRole + 3  # the mark's text alone, without the signs
    DISAGREE = Qt.ItemDataRole.UserRole + 4
    CONSENSUS = Qt.ItemDataRole.UserRole + 5
    KNOCKED_OUT = Qt.ItemDataRole.UserRole + 6  # this cell eliminates its candidate
    OUT = Qt.ItemDataRole.UserRole + 7  # the candidate is out of the ranking
    COST = Qt.ItemDataRole.UserRole + 8
    COMMENT = Qt.ItemDataRole.UserRole + 9  # the chosen evaluator commented this cell
    CANDIDATE_ID = Qt.ItemDataRole.UserRole + 10
    CRITERION_ID = Qt.ItemDataRole.UserRole + 11


@dataclass(frozen=True, slots=True)
class CellLook:
    """Everything the cell painter needs, in one call (eleven ``data()`` calls per cell, each
    crossing from Qt into Python, made repainting the visible matrix ~2× slower)."""

    background: QColor
    foreground: QColor
    bold: bool
    italic: bool
    mark: str  # "" when there is none
    group: bool
    out: bool
    disagree: bool = False
    comment: bool = False
    consensus: bool = False
    knocked_out: bool = False


@dataclass(frozen=True, slots=True)
class RowInfo:
    """What the row header paints for one row."""

    kind: int
    title: str
    share: float
    collapsed: bool = False
    knockout: bool = False
    cost: bool = False
    count: int = 0  # criteria of a group


def _bold(font: QFont | None = None) -> QFont:
    f = QFont(font) if font is not None else QFont()
    f.setBold(True)
    return f


class MatrixModel(QAbstractTableModel):
    """Rows: each group's row, then its criteria (unless the group is collapsed); columns: the
    candidates. With an evaluator chosen, the cells show that evaluator's marks."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: SelectionMatrix | None = None
        self.ranking: Ranking | None = None
        self._cands: tuple[CandidateRead, ...] = ()
        self._crits: tuple[CriterionRead, ...] = ()
        self._groups: tuple[GroupRead, ...] = ()
        self._rows: list[tuple[int, int]] = []
        self._evaluator: int | None = None  # index into the matrix's evaluators
        self._group_filter: int | None = None
        self._text = ""
        self._collapsed: set[int] = set()
        self._values = np.zeros((0, 0))
        self._flags = np.zeros((0, 0), dtype=bool)
        self._sources = np.zeros((0, 0), dtype=np.int8)
        self._marks = np.zeros((0, 0, 0))  # evaluators × candidates × criteria
        self._comments: dict[tuple[int, int, int], str] = {}
        self._knocked: set[tuple[int, int]] = set()
        self._out: list[bool] = []
        self._is_cost: list[bool] = []
        self._group_pct = np.zeros((0, 0))
        self._haystack: list[str] = []
        self._texts = mark_texts()
        self._tips: dict[tuple[int, int, int], str] = {}
        self._bold = _bold()
        self._italic = QFont()
        self._italic.setItalic(True)

    # ------------------------------------------------------------------ content
    def set_matrix(self, matrix: SelectionMatrix, ranking: Ranking | None = None) -> None:
        """Show this snapshot; keeps the rows, columns and selection when their shape is unchanged."""
        same = (self.matrix is not None
                and [c.id for c in matrix.candidates] == [c.id for c in self._cands]
                and [k.id for k in matrix.criteria] == [k.id for k in self._crits]
                and [(g.id, g.name) for g in matrix.groups] == [(g.id, g.name) for g in self._groups]
                and [v.id for v in matrix.evaluators] == [v.id for v in self.matrix.evaluators])
        if not same:
            self.beginResetModel()
        self.matrix = matrix
        self.ranking = ranking if ranking is not None else matrix.ranking()
        self._cands, self._crits, self._groups = matrix.candidates, matrix.criteria, matrix.groups
        if self._evaluator is not None and self._evaluator >= len(matrix.evaluators):
            self._evaluator = None
        self._fill_caches(matrix)
        if same:
            rows = self._visible_rows()
            if rows != self._rows:  # a criterion's text changed under the filter
                self.beginResetModel()
                self._rows = rows
                self.endResetModel()
            elif self._rows and self._cands:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._cands) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self._cands) - 1, 0))
            if self._rows:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)
            return
        self._rows = self._visible_rows()
        self.endResetModel()

    def _fill_caches(self, matrix: SelectionMatrix) -> None:
        n, m, e = len(matrix.candidates), len(matrix.criteria), len(matrix.evaluators)
        self._values, self._flags, self._sources = matrix.values, matrix.flags, matrix.sources
        ci = {c.id: i for i, c in enumerate(matrix.candidates)}
        ki = {k.id: j for j, k in enumerate(matrix.criteria)}
        ei = {v.id: x for x, v in enumerate(matrix.evaluators)}
        comments: dict[tuple[int, int, int], str] = {}
        for (cand, crit, ev), comment in matrix.comments.items():
            i, j, x = ci.get(cand), ki.get(crit), ei.get(ev)
            if i is not None and j is not None and x is not None:
                comments[(x, i, j)] = comment
        self._marks, self._comments = matrix.marks, comments
        self._knocked = {(ci[cid], ki[el.criterion_id]) for cid, found in matrix.eliminations.items()
                         for el in found if el.kind is EliminationKind.KNOCKOUT and el.criterion_id in ki
                         and cid in ci}
        self._out = [c.id in matrix.eliminations for c in matrix.candidates]
        self._is_cost = [k.kind is CriterionKind.COST for k in matrix.criteria]
        pct = np.full((n, len(matrix.groups)), np.nan)
        if self.ranking is not None:
            for row in self.ranking.rows:
                i = ci.get(row.candidate.id)
                if i is not None:
                    pct[i, :] = [np.nan if v is None else v for v in row.group_scores]
        self._group_pct = pct
        self._haystack = [fold(" ".join((k.label, k.description, k.domain_name))) for k in matrix.criteria]
        self._texts = mark_texts()
        self._tips = {}

    def _visible_rows(self) -> list[tuple[int, int]]:
        rows: list[tuple[int, int]] = []
        words = fold(self._text).split()
        by_group: dict[int, list[int]] = {}
        for j, crit in enumerate(self._crits):
            if words and not all(w in self._haystack[j] for w in words):
                continue
            by_group.setdefault(crit.group_id, []).append(j)
        for g, group in enumerate(self._groups):
            if self._group_filter is not None and group.id != self._group_filter:
                continue
            inside = by_group.get(group.id, [])
            if words and not inside:
                continue
            rows.append((GROUP_ROW, g))
            if group.id not in self._collapsed:
                rows.extend((CRITERION_ROW, j) for j in inside)
        return rows

    def _relayout(self) -> None:
        rows = self._visible_rows()
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    # ------------------------------------------------------------------ settings of the view
    @property
    def evaluator(self) -> int | None:
        return self._evaluator

    def set_evaluator(self, index: int | None) -> None:
        if index == self._evaluator:
            return
        self._evaluator = index
        self._tips = {}
        if self._rows and self._cands:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._cands) - 1))

    def set_group_filter(self, group_id: int | None) -> None:
        self._group_filter = group_id
        self._relayout()

    def set_text_filter(self, text: str) -> None:
        self._text = text
        self._relayout()

    @property
    def collapsed(self) -> frozenset[int]:
        return frozenset(self._collapsed)

    def set_collapsed(self, group_ids: set[int] | frozenset[int]) -> None:
        self._collapsed = set(group_ids)
        self._relayout()

    def toggle_group(self, group_id: int) -> None:
        self._collapsed ^= {group_id}
        self._relayout()

    # ------------------------------------------------------------------ lookups
    def candidate(self, column: int) -> CandidateRead | None:
        return self._cands[column] if 0 <= column < len(self._cands) else None

    def row_kind(self, row: int) -> int | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def criterion(self, row: int) -> CriterionRead | None:
        if 0 <= row < len(self._rows) and self._rows[row][0] == CRITERION_ROW:
            return self._crits[self._rows[row][1]]
        return None

    def group(self, row: int) -> GroupRead | None:
        if 0 <= row < len(self._rows):
            kind, k = self._rows[row]
            return self._groups[k] if kind == GROUP_ROW else None
        return None

    def group_of_row(self, row: int) -> GroupRead | None:
        """The group a row belongs to (its own group for a group's row)."""
        group = self.group(row)
        if group is not None:
            return group
        crit = self.criterion(row)
        return next((g for g in self._groups if crit is not None and g.id == crit.group_id), None)

    def row_of_criterion(self, criterion_id: int) -> int:
        for row, (kind, k) in enumerate(self._rows):
            if kind == CRITERION_ROW and self._crits[k].id == criterion_id:
                return row
        return -1

    def row_of_group(self, group_id: int) -> int:
        for row, (kind, k) in enumerate(self._rows):
            if kind == GROUP_ROW and self._groups[k].id == group_id:
                return row
        return -1

    def column_of_candidate(self, candidate_id: int) -> int:
        return next((i for i, c in enumerate(self._cands) if c.id == candidate_id), -1)

    def visible_criteria(self) -> list[CriterionRead]:
        return [self._crits[k] for kind, k in self._rows if kind == CRITERION_ROW]

    def own_score(self, evaluator_id: int, candidate_id: int, criterion_id: int) -> tuple[float, str] | None:
        """One evaluator's (score, comment) on one cell, from the caches."""
        if self.matrix is None:
            return None
        x = next((k for k, v in enumerate(self.matrix.evaluators) if v.id == evaluator_id), None)
        i = self.column_of_candidate(candidate_id)
        j = next((k for k, c in enumerate(self._crits) if c.id == criterion_id), None)
        if x is None or i < 0 or j is None:
            return None
        value = self._marks[x, i, j]
        return None if math.isnan(value) else (float(value), self._comments.get((x, i, j), ""))

    def is_out(self, column: int) -> bool:
        return 0 <= column < len(self._out) and self._out[column]

    def shown_value(self, row: int, column: int) -> float | None:
        value = self.data(self.index(row, column), MatrixRole.VALUE)
        return None if value is None else float(value)

    def row_info(self, row: int) -> RowInfo | None:
        if not 0 <= row < len(self._rows):
            return None
        kind, k = self._rows[row]
        if kind == GROUP_ROW:
            g = self._groups[k]
            return RowInfo(GROUP_ROW, g.name, g.share, collapsed=g.id in self._collapsed,
                           count=sum(1 for c in self._crits if c.group_id == g.id))
        c = self._crits[k]
        return RowInfo(CRITERION_ROW, c.label, c.share, knockout=c.knockout and c.knockout_threshold is not None,
                       cost=self._is_cost[k])

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cands)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row >= len(self._rows) or col >= len(self._cands):
            return None
        kind, k = self._rows[row]
        if role == MatrixRole.ROW_KIND:
            return kind
        if role == MatrixRole.CANDIDATE_ID:
            return self._cands[col].id
        if role == MatrixRole.OUT:
            return self._out[col]
        if kind == GROUP_ROW:
            return self._group_data(k, col, role)
        return self._cell_data(k, col, role)

    def look(self, row: int, col: int) -> CellLook | None:
        """The cell at (row, col) as the painter draws it; the same facts as ``data``'s roles."""
        if not (0 <= row < len(self._rows) and 0 <= col < len(self._cands)):
            return None
        kind, k = self._rows[row]
        out = self._out[col]
        if kind == GROUP_ROW:
            return CellLook(self._group_data(k, col, Qt.ItemDataRole.BackgroundRole),
                            self._group_data(k, col, Qt.ItemDataRole.ForegroundRole), True, False,
                            self._group_data(k, col, MatrixRole.MARK), True, out)
        value = self._value(k, col)
        empty = math.isnan(value)
        consensus = self._evaluator is None and bool(self._sources[col, k] == CellSource.CONSENSUS)
        if out:
            background, foreground = OUT_BG, OUT_FG
        else:
            background, foreground = (EMPTY_BG, MUTED) if empty else (SCALE[tenth(value)], TEXT)
        return CellLook(
            background, foreground, bold=consensus and not self._is_cost[k], italic=self._is_cost[k],
            mark="" if empty else self._texts[tenth(value)], group=False, out=out,
            disagree=bool(self._flags[col, k]), consensus=consensus,
            comment=self._evaluator is not None and (self._evaluator, col, k) in self._comments,
            knocked_out=(col, k) in self._knocked)

    def _group_data(self, g: int, i: int, role: int) -> Any:
        value = self._group_pct[i, g] if self._group_pct.size else math.nan
        if role in (Qt.ItemDataRole.DisplayRole, MatrixRole.MARK):
            return percent(value, 0)
        if role == MatrixRole.VALUE:
            return None if math.isnan(value) else float(value) / 20.0  # on the 0-5 scale
        if role == Qt.ItemDataRole.BackgroundRole:
            return OUT_BG if self._out[i] else GROUP_BG
        if role == Qt.ItemDataRole.ForegroundRole:
            return OUT_FG if self._out[i] else GROUP_FG
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._group_tip(g, i)
        if role == MatrixRole.CRITERION_ID:
            return None
        return None

    def _value(self, j: int, i: int) -> float:
        if self._evaluator is None or self._is_cost[j]:
            return float(self._values[i, j])
        return float(self._marks[self._evaluator, i, j])

    def _cell_data(self, j: int, i: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._value(j, i)
            text = "–" if math.isnan(value) else self._texts[tenth(value)]
            signs = self._signs(j, i)
            return f"{text} {signs}" if signs else text
        if role == MatrixRole.MARK:
            value = self._value(j, i)
            return "" if math.isnan(value) else self._texts[tenth(value)]
        if role == MatrixRole.VALUE:
            value = self._value(j, i)
            return None if math.isnan(value) else value
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._out[i]:
                return OUT_BG
            value = self._value(j, i)
            return EMPTY_BG if math.isnan(value) else SCALE[tenth(value)]
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._out[i]:
                return OUT_FG
            return MUTED if math.isnan(self._value(j, i)) else TEXT
        if role == Qt.ItemDataRole.FontRole:
            if self._is_cost[j]:
                return self._italic
            if self._evaluator is None and self._sources[i, j] == CellSource.CONSENSUS:
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            key = (self._evaluator if self._evaluator is not None else -1, i, j)
            tip = self._tips.get(key)
            if tip is None:
                tip = self._tips[key] = self._cell_tip(j, i)
            return tip
        if role == MatrixRole.DISAGREE:
            return bool(self._flags[i, j])
        if role == MatrixRole.CONSENSUS:  # the cells show the consensus only with all the evaluators
            return self._evaluator is None and bool(self._sources[i, j] == CellSource.CONSENSUS)
        if role == MatrixRole.KNOCKED_OUT:
            return (i, j) in self._knocked
        if role == MatrixRole.COST:
            return self._is_cost[j]
        if role == MatrixRole.COMMENT:
            return self._evaluator is not None and (self._evaluator, i, j) in self._comments
        if role == MatrixRole.CRITERION_ID:
            return self._crits[j].id
        return None

    def _signs(self, j: int, i: int) -> str:
        signs = ""
        if self._flags[i, j]:
            signs += "⚠"
        if self._evaluator is None and self._sources[i, j] == CellSource.CONSENSUS:
            signs += "✓"
        if self._evaluator is not None and (self._evaluator, i, j) in self._comments:
            signs += "✎"
        if (i, j) in self._knocked:
            signs += "✖"
        return signs

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._cands):
                return None
            cand = self._cands[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return cand.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._candidate_tip(section)
            if role == Qt.ItemDataRole.ForegroundRole:
                return OUT_FG if self._out[section] else TEXT
            return None
        if not 0 <= section < len(self._rows):
            return None
        kind, k = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._groups[k].name if kind == GROUP_ROW else self._crits[k].label
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._group_header_tip(k) if kind == GROUP_ROW else self._criterion_tip(k)
        return None

    # ------------------------------------------------------------------ tooltips
    def _cell_tip(self, j: int, i: int) -> str:
        assert self.matrix is not None
        cand, crit = self._cands[i], self._crits[j]
        cell = self.matrix.cell(cand.id, crit.id)
        lines = [f"<b>{html.escape(cand.name)}</b> — {html.escape(crit.label)}"]
        if cell.cost is not None:
            lines.append(html.escape(self.tr("Computed from the TCO, not scored by hand:")))
            lines += [html.escape(part) for part in cell.cost.text(qt_translate).split("; ")]
        else:
            count = len(cell.scores) + (cell.proposal is not None)
            how = self.tr("median") if self.matrix.settings.aggregate == "median" else self.tr("mean")
            middle = cell.median if self.matrix.settings.aggregate == "median" else cell.mean
            if cell.consensus is not None:
                lines.append(html.escape(self.tr("Consensus: {value} (instead of the {how} {middle})")
                                         .replace("{value}", mark_text(cell.consensus.value))
                                         .replace("{how}", how).replace("{middle}", mark_text(middle))))
                lines.append("<i>" + html.escape(self.tr("Reason: {reason}").replace(
                    "{reason}", cell.consensus.reason)) + "</i>")
            elif middle is not None:
                lines.append(html.escape(self.tr("Value: {value} ({how} of {count} opinions)")
                                         .replace("{value}", mark_text(middle)).replace("{how}", how)
                                         .replace("{count}", str(count))))
            else:
                lines.append(html.escape(self.tr("No score yet: the cell counts 0.")))
            given = {s.evaluator_id: s for s in cell.scores}
            chosen = self.matrix.evaluators[self._evaluator].id if self._evaluator is not None else None
            for ev in self.matrix.evaluators:
                score = given.get(ev.id)
                text = f"{html.escape(ev.name)}: " + (
                    mark_text(score.value) if score is not None else html.escape(self.tr("no score")))
                if score is not None and score.comment:
                    text += " — <i>" + html.escape(score.comment) + "</i>"
                lines.append(f"• <b>{text}</b>" if ev.id == chosen else f"• {text}")
            if cell.proposal is not None:
                lines.append("• " + html.escape(self.tr("The vendor's accepted answer proposes {value}")
                                                .replace("{value}", mark_text(cell.proposal))))
            if cell.disagreement:
                lines.append("⚠ " + html.escape(
                    self.tr("The opinions are {spread} points apart (gap {gap}): discuss, or set a consensus.")
                    .replace("{spread}", mark_text(cell.spread))
                    .replace("{gap}", mark_text(self.matrix.settings.disagreement_gap))))
        if cell.knocked_out:
            lines.append("✖ " + html.escape(
                self.tr("Knock-out: below the threshold {threshold}, so the candidate is out of the ranking.")
                .replace("{threshold}", mark_text(crit.knockout_threshold))))
        if self._out[i] and not cell.knocked_out:
            lines.append(html.escape(self.tr("Out of the ranking: {reason}").replace(
                "{reason}", self._reason(cand))))
        return "<br>".join(lines)

    def _reason(self, cand: CandidateRead) -> str:
        row = self._ranking_row(cand.id)
        return row.reason(qt_translate) if row is not None else ""

    def _ranking_row(self, candidate_id: int) -> RankingRow | None:
        if self.ranking is None:
            return None
        return next((r for r in self.ranking.rows if r.candidate.id == candidate_id), None)

    def _group_tip(self, g: int, i: int) -> str:
        group, cand = self._groups[g], self._cands[i]
        value = self._group_pct[i, g] if self._group_pct.size else math.nan
        if math.isnan(value):
            return html.escape(self.tr("{group} has no weight yet.").replace("{group}", group.name))
        text = self.tr("{candidate} gets {value} of the best possible on {group} (weight {share} of the total).")
        return html.escape(text
                           .replace("{candidate}", cand.name).replace("{value}", percent(value))
                           .replace("{group}", group.name).replace("{share}", percent(group.share)))

    def _group_header_tip(self, g: int) -> str:
        group = self._groups[g]
        return html.escape(self.tr("{group}: weight {weight}, {share} of the total. Click to fold or unfold.")
                           .replace("{group}", group.name).replace("{weight}", mark_text(group.weight))
                           .replace("{share}", percent(group.share)))

    def _criterion_tip(self, j: int) -> str:
        crit = self._crits[j]
        lines = [f"<b>{html.escape(crit.label)}</b>",
                 html.escape(self.tr("{group} · weight {weight}, {share} of the total")
                             .replace("{group}", crit.group_name).replace("{weight}", mark_text(crit.weight))
                             .replace("{share}", percent(crit.share)))]
        if crit.kind is CriterionKind.COST:
            lines.append(html.escape(self.tr("Computed from each candidate's TCO: the lowest TCO gets 5.")))
        if crit.knockout and crit.knockout_threshold is not None:
            text = self.tr("Knock-out criterion: a value below {threshold} eliminates the candidate.")
            lines.append("✖ " + html.escape(text
                                            .replace("{threshold}", mark_text(crit.knockout_threshold))))
        if crit.description:
            lines.append("<i>" + html.escape(crit.description) + "</i>")
        return "<br>".join(lines)

    def _candidate_tip(self, i: int) -> str:
        cand = self._cands[i]
        lines = [f"<b>{html.escape(cand.name)}</b> — {html.escape(kind_label(cand.kind))}, "
                 f"{html.escape(status_label(cand.status))}"]
        if cand.tco:
            lines.append(html.escape(self.tr("TCO: {tco}").replace(
                "{tco}", _euros(cand.tco))))
        if self._out[i]:
            lines.append(html.escape(self.tr("Out of the ranking: {reason}").replace("{reason}", self._reason(cand))))
        return "<br>".join(lines)


def _euros(value: float) -> str:
    from crmdesk.domain.selection_results import fmt_euros

    return fmt_euros(value, qt_translate)
