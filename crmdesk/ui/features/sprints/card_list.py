"""One column of the board in one swimlane: a list of cards that drags cards out and takes
drops in, handing every move to the board (nothing moves in the view itself)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QSizePolicy, QWidget

from crmdesk.domain.sprints import StoryRead
from crmdesk.ui.features.sprints.board_model import CardListModel
from crmdesk.ui.features.sprints.card_delegate import CardDelegate, card_height
from crmdesk.ui.features.sprints.common import COLUMN_BG, STORY_MIME, decode_stories


class CardList(QListView):
    """One column of one lane. ``dropped(ids, column_id, before_id, after_id)``: the card
    lands before ``before_id``, or after ``after_id`` (the last card) at the end of the list."""

    dropped = Signal(list, int, object, object)
    neighbour_requested = Signal(object, int)  # self, -1 (left) or +1 (right)

    def __init__(self, model: CardListModel, delegate: CardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardList")
        self.setModel(model)
        self.setItemDelegate(delegate)
        self._drop_row: int | None = None
        self._fit = False
        self._rows: int | None = None
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(0)
        self.setMinimumWidth(200)
        self.setStyleSheet(f"QListView#cardList {{ background: {COLUMN_BG.name()}; border-radius: 4px; }}")

    def card_model(self) -> CardListModel:
        return self.model()  # type: ignore[return-value]

    def fit_to_content(self, fit: bool) -> None:
        """In swimlanes, a list is as tall as its cards (the board scrolls); alone, it fills
        the column and scrolls itself."""
        self._fit = fit
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fit
                                        else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding,
                           QSizePolicy.Policy.Fixed if fit else QSizePolicy.Policy.Expanding)
        self.update_height()

    def update_height(self, rows: int | None = None) -> None:
        """``rows``: the number of cards the lane's tallest list holds (lists of a lane line up)."""
        if not self._fit:
            self.setMinimumHeight(card_height(self.font()) + 8)
            self.setMaximumHeight(16_777_215)
            return
        self._rows = rows
        rows = max(rows if rows is not None else self.card_model().rowCount(), 1)
        self.setFixedHeight(rows * card_height(self.font()) + 8)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # View > Larger text: the cards grow
            self.update_height(self._rows)

    def current_card(self) -> StoryRead | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        return self.card_model().card(index.row())

    def select_card(self, story_id: int) -> bool:
        row = self.card_model().row_of(story_id)
        if row < 0:
            return False
        index = self.card_model().index(row, 0)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)
        return True

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        if event.modifiers() == Qt.KeyboardModifier.NoModifier and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.neighbour_requested.emit(self, -1 if event.key() == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ drops
    def drop_target(self, point: QPoint) -> tuple[int, int | None, int | None]:
        """(row of the insertion line, card the drop lands before, last card when at the end)."""
        model = self.card_model()
        index = self.indexAt(point)
        if index.isValid():
            rect = self.visualRect(index)
            row = index.row() + (1 if point.y() > rect.center().y() else 0)
        else:
            row = model.rowCount()
        if row < model.rowCount():
            return row, model.card(row).id, None
        return row, None, model.card(model.rowCount() - 1).id if model.rowCount() else None

    @staticmethod
    def _is_card(event) -> bool:  # type: ignore[no-untyped-def]
        """Only the board's own cards move between columns (a backlog story is planned first)."""
        return event.mimeData().hasFormat(STORY_MIME) and decode_stories(event.mimeData())[1] == "board"

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        if self._is_card(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        if not self._is_card(event):
            event.ignore()
            return
        self._drop_row = self.drop_target(event.position().toPoint())[0]
        self.viewport().update()
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        self._drop_row = None
        self.viewport().update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        ids, source = decode_stories(event.mimeData())
        self._drop_row = None
        self.viewport().update()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if not ids or source != "board":
            return
        _row, before, after = self.drop_target(event.position().toPoint())
        model = self.card_model()
        if before in ids:  # dropped on itself: lands before the next card
            row = model.row_of(before) + 1
            before = model.card(row).id if row < model.rowCount() else None
            after = model.card(model.rowCount() - 1).id if before is None and model.rowCount() else after
        if after in ids:
            after = None
        self.dropped.emit(ids, model.column_id, before, after)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        super().paintEvent(event)
        model = self.card_model()
        painter = QPainter(self.viewport())
        if model.rowCount() == 0 and self._drop_row is None and not self._fit:
            painter.setPen(QColor("#8A94A3"))
            painter.drawText(self.viewport().rect().adjusted(0, 12, 0, 0),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.tr("No card"))
        if self._drop_row is not None:
            if model.rowCount() == 0:
                y = 4
            elif self._drop_row < model.rowCount():
                y = self.visualRect(model.index(self._drop_row, 0)).top() + 1
            else:
                y = self.visualRect(model.index(model.rowCount() - 1, 0)).bottom() - 1
            painter.setPen(QPen(QColor("#2F6DB5"), 3))
            painter.drawLine(6, y, self.viewport().width() - 6, y)
        painter.end()
