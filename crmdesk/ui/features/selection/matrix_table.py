"""The views of the scoring matrix.

Frozen header and first column come from Qt itself: the criteria are the table's *vertical
header* (painted here: group rows with a fold arrow, criteria indented, their share of the
total on the right) and the candidates its horizontal header, so both stay put while the cells
scroll. The totals sit in a second, header-less table under it that follows the horizontal
scrolling and the column widths; one scroll bar under both drives them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QScrollBar,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from crmdesk.ui.features.selection.matrix_common import (
    CONSENSUS,
    DISAGREE,
    GROUP_BG,
    GROUP_FG,
    KNOCKOUT,
    MUTED,
    OUT_FG,
    TEXT,
    percent,
)
from crmdesk.ui.features.selection.matrix_model import GROUP_ROW, CellLook, MatrixModel, MatrixRole

Index = QModelIndex | QPersistentModelIndex
ROW_HEADER_WIDTH = 380
FOCUS = QColor("#15396E")
DISAGREE_FLAG = QColor("#D9730D")


class CellDelegate(QStyledItemDelegate):
    """Paints a cell: its colour, the mark in the middle, the signs in the corners (⚠
    disagreement, ✓ consensus, ✎ comment, ✖ knock-out), a thick frame on the current cell."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        look = index.model().look(index.row(), index.column())  # type: ignore[attr-defined]
        if look is None:
            return
        painter.save()
        rect = option.rect
        painter.fillRect(rect, look.background)
        base = QFont(option.font)
        base.setBold(look.bold)
        base.setItalic(look.italic)
        painter.setFont(base)
        painter.setPen(look.foreground)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), look.mark or ("" if look.group else "–"))
        if not look.group:
            self._signs(painter, option, look, base)
        if option.state & QStyle.StateFlag.State_Selected:
            width = 3 if option.state & QStyle.StateFlag.State_HasFocus else 2
            painter.setPen(QPen(FOCUS, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = width // 2 + 1
            painter.drawRect(rect.adjusted(inset, inset, -inset - 1, -inset - 1))
        painter.restore()

    def _signs(self, painter: QPainter, option: QStyleOptionViewItem, look: CellLook, base: QFont) -> None:
        if not (look.disagree or look.comment or look.consensus or look.knocked_out):
            return
        small = QFont(base)
        small.setBold(True)
        small.setItalic(False)
        painter.setFont(small)
        out = look.out
        inner = option.rect.adjusted(4, 1, -4, -1)
        right = ("⚠" if look.disagree else "") + ("✎" if look.comment else "")
        if look.disagree and not out:  # a corner flag, visible from afar
            corner = option.rect.topRight()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DISAGREE_FLAG)
            painter.drawPolygon([corner + QPoint(-9, 0), corner + QPoint(0, 0), corner + QPoint(0, 9)])
        if right:
            painter.setPen(OUT_FG if out else DISAGREE)
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right)
        if look.consensus:
            painter.setPen(OUT_FG if out else CONSENSUS)
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), "✓")
        if look.knocked_out:
            painter.setPen(QPen(KNOCKOUT, 2, Qt.PenStyle.DashLine))
            painter.drawRect(option.rect.adjusted(2, 2, -3, -3))
            painter.setPen(KNOCKOUT)
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), "✖")

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(90, option.fontMetrics.height() + 10)


class RowHeader(QHeaderView):
    """The frozen first column: group rows (fold arrow, name, share) and their criteria."""

    group_clicked = Signal(int)  # row
    row_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.setFixedWidth(ROW_HEADER_WIDTH)
        self.current_row = -1
        self.share_title = ""

    def _model(self) -> MatrixModel | None:
        model = self.model()
        return model if isinstance(model, MatrixModel) else None

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802
        model = self._model()
        info = model.row_info(logical) if model is not None else None
        if info is None:
            return
        painter.save()
        palette = self.palette()
        group = info.kind == GROUP_ROW
        painter.fillRect(rect, GROUP_BG if group else palette.color(QPalette.ColorRole.Base))
        if logical == self.current_row and not group:
            painter.fillRect(rect, QColor("#E4ECF8"))
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), FOCUS)
        painter.setPen(QPen(QColor("#C9CED6")))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        font = QFont(self.font())
        metrics = self.fontMetrics()
        share = percent(info.share)
        text_rect = rect.adjusted(8, 0, -8, 0)
        if group:
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(GROUP_FG)
            arrow = "▸" if info.collapsed else "▾"
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), arrow)
            text_rect = text_rect.adjusted(metrics.horizontalAdvance("▾ ") + 4, 0, 0, 0)
            title = f"{info.title} ({info.count})" if info.collapsed else info.title
        else:
            painter.setFont(font)
            text_rect = text_rect.adjusted(18, 0, 0, 0)
            title = info.title
        share_width = metrics.horizontalAdvance(share) + 8
        right = text_rect.adjusted(0, 0, 0, 0)
        painter.setPen(GROUP_FG if group else MUTED)
        painter.drawText(right, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), share)
        badges = []
        if info.knockout:
            badges.append(("KO", KNOCKOUT))
        if info.cost:
            badges.append(("€", CONSENSUS))
        badge_width = 0
        small = QFont(font)
        small.setBold(True)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        for text, colour in badges:
            width = metrics.horizontalAdvance(text) + 8
            box = QRect(text_rect.right() - share_width - badge_width - width,
                        rect.center().y() - metrics.height() // 2, width, metrics.height())
            painter.setPen(QPen(colour, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, 3, 3)
            painter.setFont(small)
            painter.setPen(colour)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
            painter.setFont(font)
            badge_width += width + 4
        painter.setPen(GROUP_FG if group else TEXT)
        room = text_rect.adjusted(0, 0, -(share_width + badge_width), 0)
        painter.drawText(room, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, room.width()))
        painter.restore()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        row = self.logicalIndexAt(event.position().toPoint())
        model = self._model()
        if row < 0 or model is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        if model.row_kind(row) == GROUP_ROW:
            self.group_clicked.emit(row)
        else:
            self.row_clicked.emit(row)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()  # no drag-selection of rows

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()


class CandidateHeader(QHeaderView):
    """Candidates' names on up to two lines; those out of the ranking greyed and struck."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)
        self.setHighlightSections(False)
        self.setMinimumSectionSize(104)
        self.setMaximumSectionSize(240)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().height() * 2 + 16)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802
        model = self.model()
        if model is None:
            return
        painter.save()
        painter.fillRect(rect, QColor("#F3F5F8"))
        painter.setPen(QPen(QColor("#C9CED6")))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        out = isinstance(model, MatrixModel) and model.is_out(logical)
        font = QFont(self.font())
        font.setBold(True)
        font.setStrikeOut(out)
        painter.setFont(font)
        painter.setPen(OUT_FG if out else TEXT)
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        area = rect.adjusted(4, 2, -4, -2)
        metrics = painter.fontMetrics()
        bounded = metrics.boundingRect(area, flags, text)
        if bounded.height() > area.height():  # three lines or more: elide the last one
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width() * 2 - 8)
        painter.drawText(area, flags, text)
        painter.restore()


class MatrixTable(QTableView):
    """The cells. Keys: 0-5 score, Delete/Backspace clear, Enter/F2 edit, C consensus, Space
    folds a group, Tab/Shift+Tab the next/previous evaluator; arrows move as usual."""

    score_key = Signal(int)
    clear_key = Signal()
    edit_key = Signal()
    consensus_key = Signal()
    fold_key = Signal()
    evaluator_step = Signal(int)
    refused_key = Signal(str)  # a key that does nothing here: why
    row_header_resized = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixTable")
        self.setVerticalHeader(RowHeader(self))
        self.setHorizontalHeader(CandidateHeader(self))
        self.setItemDelegate(CellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setGridStyle(Qt.PenStyle.SolidLine)
        self.update_row_height()
        self.corner_texts = (self.tr("Criterion"), self.tr("Weight"))
        self._corner = self.findChild(QAbstractButton)
        if self._corner is not None:
            self._corner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The top-left corner names the two columns of the frozen criteria column."""
        if watched is self._corner and event.type() == QEvent.Type.Paint:
            painter = QPainter(self._corner)
            rect = self._corner.rect()
            painter.fillRect(rect, QColor("#F3F5F8"))
            painter.setPen(QPen(QColor("#C9CED6")))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            painter.drawLine(rect.topRight(), rect.bottomRight())
            font = QFont(self.font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(MUTED)
            area = rect.adjusted(10, 0, -10, -6)
            flags = Qt.AlignmentFlag.AlignBottom
            painter.drawText(area, int(flags | Qt.AlignmentFlag.AlignLeft), self.corner_texts[0])
            painter.drawText(area, int(flags | Qt.AlignmentFlag.AlignRight), self.corner_texts[1])
            painter.end()
            return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        width = max(ROW_HEADER_WIDTH, min(560, int(self.width() * 0.36)))
        if width != self.verticalHeader().width():
            self.verticalHeader().setFixedWidth(width)
            self.row_header_resized.emit(width)

    def update_row_height(self) -> None:
        height = self.fontMetrics().height() + 12
        self.verticalHeader().setDefaultSectionSize(height)
        self.verticalHeader().setMinimumSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.update_row_height()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.evaluator_step.emit(-1 if backwards else 1)
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        if plain and Qt.Key.Key_0 <= key <= Qt.Key.Key_5:
            self.score_key.emit(int(key) - int(Qt.Key.Key_0))
        elif plain and Qt.Key.Key_6 <= key <= Qt.Key.Key_9:
            self.refused_key.emit(self.tr("Scores go from 0 to 5."))
        elif plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_key.emit()
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_key.emit()
        elif plain and key == Qt.Key.Key_C:
            self.consensus_key.emit()
        elif plain and key == Qt.Key.Key_Space:
            self.fold_key.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class TotalsView(QTableView):
    """The frozen totals under the matrix; follows the matrix's columns and scrolling."""

    def __init__(self, matrix: MatrixTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixTotals")
        self._matrix = matrix
        self._right = 0
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setFixedWidth(ROW_HEADER_WIDTH)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setCornerButtonEnabled(False)
        matrix.horizontalHeader().sectionResized.connect(self._column_resized)
        matrix.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        matrix.verticalScrollBar().installEventFilter(self)
        matrix.row_header_resized.connect(lambda width: (self.verticalHeader().setFixedWidth(width), self.fit()))
        self.fit()

    def fit(self) -> None:
        """Same column widths and right margin as the matrix, height of the two rows."""
        height = self._matrix.verticalHeader().defaultSectionSize() + 4
        self.verticalHeader().setDefaultSectionSize(height)
        self.setFixedHeight(2 * height + 2 * self.frameWidth())
        model = self.model()
        if model is not None:
            for col in range(model.columnCount()):
                self.setColumnWidth(col, self._matrix.columnWidth(col))
        bar = self._matrix.verticalScrollBar()
        self._right = bar.width() if bar.isVisible() else 0
        self.updateGeometries()
        self.horizontalScrollBar().setValue(self._matrix.horizontalScrollBar().value())

    def updateGeometries(self) -> None:  # noqa: N802
        super().updateGeometries()
        margins = self.viewportMargins()
        if margins.right() != self._right:
            self.setViewportMargins(margins.left(), margins.top(), self._right, margins.bottom())

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        self.setColumnWidth(column, new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize):
            self.fit()
        return False


class FollowingScrollBar(QScrollBar):
    """The horizontal scroll bar under the totals, driving the matrix's hidden one."""

    def __init__(self, matrix: MatrixTable, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        source = matrix.horizontalScrollBar()
        self._source = source
        source.rangeChanged.connect(self._sync)
        source.valueChanged.connect(self.setValue)
        self.valueChanged.connect(source.setValue)
        self._sync(source.minimum(), source.maximum())

    def _sync(self, low: int, high: int) -> None:
        self.setRange(low, high)
        self.setPageStep(self._source.pageStep())
        self.setSingleStep(self._source.singleStep())
        self.setVisible(high > low)
