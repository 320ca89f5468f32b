"""The headers of the board: a column's name, its card count against its WIP limit (red over
it, amber at it; the count covers every card, the filtered-out ones too) and a swimlane's
title, which folds the lane."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.sprints_board import BoardColumn, Swimlane
from crmdesk.ui.features.sprints.common import (
    COLUMN_BG,
    WIP_FULL_BG,
    WIP_FULL_FG,
    WIP_OVER_BG,
    WIP_OVER_FG,
    column_text,
    format_points,
    qt_translate,
)


class ColumnHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnHeader")
        self.title = QLabel()
        self.title.setObjectName("columnTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel()
        self.count.setObjectName("columnCount")
        self.count.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName("columnDetail")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addWidget(self.detail)
        self.state = "normal"

    def show_column(self, column: BoardColumn, shown: int, filtering: bool) -> None:
        wip = column.wip
        name = column_text(column.column)
        self.title.setText(name + ("  ✓" if column.column.is_done else ""))
        self.count.setText(f"{wip.count}/{wip.limit}" if wip.limit is not None else str(wip.count))
        detail = self.tr("{points} pts").replace("{points}", format_points(column.points))
        if filtering and shown != wip.count:
            detail += " · " + self.tr("{n} hidden by the filter").replace("{n}", str(wip.count - shown))
        self.detail.setText(detail)
        if wip.exceeded:
            self.state, bg, fg = "exceeded", WIP_OVER_BG, WIP_OVER_FG
            tip = self.tr("Over the WIP limit: {count} cards for a limit of {limit}.")
        elif wip.reached:
            self.state, bg, fg = "reached", WIP_FULL_BG, WIP_FULL_FG
            tip = self.tr("At the WIP limit: {count} cards for a limit of {limit}. Finish one before starting another.")
        else:
            self.state, bg, fg = "normal", COLUMN_BG, QColor("#1F2933")
            tip = self.tr("WIP limit {limit}: {count} cards.") if wip.limit is not None else self.tr(
                "{count} cards, no WIP limit.")
        tip = tip.replace("{count}", str(wip.count)).replace("{limit}", str(wip.limit))
        if filtering:
            tip += "\n" + self.tr("The count includes the cards the filter hides.")
        self.setToolTip(tip)
        border = fg.name() if self.state != "normal" else "#D5DBE3"
        self.setStyleSheet(f"QFrame#columnHeader {{ background: {bg.name()}; border: 1px solid {border};"
                           f" border-top: 3px solid {border}; border-radius: 4px; }}"
                           f" QFrame#columnHeader QLabel {{ color: {fg.name()}; background: transparent; border: none; }}")


class LaneHeader(QWidget):
    toggled = Signal(object, bool)  # lane key, collapsed

    def __init__(self, lane: Swimlane, points: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("laneHeader")
        self.key = lane.key
        self.button = QToolButton()
        self.button.setObjectName("laneToggle")
        self.button.setCheckable(True)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setAutoRaise(True)
        self.button.toggled.connect(self._on_toggled)
        name = lane.label or qt_translate("Sprints", lane.none_label)
        self.label = QLabel()
        self.label.setObjectName("laneTitle")
        font = self.label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.label.setFont(font)
        self.label.setText(name)
        self.info = QLabel(self.tr("{n} card(s) · {points} pts").replace("{n}", str(len(lane.cards)))
                           .replace("{points}", format_points(points)))
        self.info.setStyleSheet("color: #5F6B7A;")
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #D5DBE3;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.label)
        layout.addWidget(self.info)
        layout.addWidget(line, 1)

    def _on_toggled(self, collapsed: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.DownArrow)
        self.toggled.emit(self.key, collapsed)
