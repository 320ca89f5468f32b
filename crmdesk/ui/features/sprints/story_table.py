"""Ordered tables of stories (the product backlog, the stories of a sprint): the model, its
columns, and a view that drags stories out and takes drops in, handing every move to the tab
(the service does the move, so it is undoable)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from crmdesk.domain.needs import parse_ref
from crmdesk.domain.sprints import StoryRead
from crmdesk.ui.features.sprints.common import (
    KIND_COLOURS,
    STORY_MIME,
    decode_stories,
    encode_stories,
    kind_label,
    points_text,
    qt_translate,
)
from crmdesk.ui.models.record_table import Column, RecordTableModel, Role

translate = QCoreApplication.translate


def story_columns(position: Callable[[int], int], compact: bool = False) -> list[Column[StoryRead]]:
    """The columns of a story list; ``position(id)`` gives the row's place in the ordered list."""
    columns: list[Column[StoryRead]] = [
        Column("rank", translate("StoryTable", "#"), lambda s: str(position(s.id)), sort_key=lambda s: s.rank, width=34,
               tooltip=lambda _s: translate("StoryTable", "Place in the list: drag the row, or Alt+Up / Alt+Down")),
        Column("ref", translate("StoryTable", "Ref"), lambda s: s.ref, sort_key=lambda s: parse_ref(s.ref) or 0, width=66),
        Column("title", translate("StoryTable", "Title"), lambda s: s.title, width=330 if not compact else 260,
               tooltip=_story_tooltip),
        Column("points", translate("StoryTable", "Pts"), lambda s: points_text(s.points), width=40,
               sort_key=lambda s: -1 if s.points is None else s.points,
               tooltip=lambda s: translate("StoryTable", "Not estimated") if s.points is None else ""),
    ]
    if not compact:
        columns += [
            Column("kind", translate("StoryTable", "Kind"), lambda s: kind_label(s.kind), width=132,
                   foreground=lambda s: QColor(KIND_COLOURS[s.kind])),
            Column("lot", translate("StoryTable", "Lot"), lambda s: s.lot_name, width=118, tooltip=lambda s: s.lot_name),
            Column("needs", translate("StoryTable", "Needs"), lambda s: ", ".join(s.need_refs), width=92,
                   tooltip=lambda s: ", ".join(s.need_refs)),
        ]
    columns.append(Column("assignee", translate("StoryTable", "Assignee"), lambda s: s.assignee_name, width=118))
    if compact:  # a backlog story waits in the first column; a sprint's moves on the board
        columns.append(Column("status", translate("StoryTable", "Status"), lambda s: s.status_label(qt_translate),
                              width=100))
    return columns


def _story_tooltip(story: StoryRead) -> str:
    parts = [f"{story.ref} — {story.title}"]
    if story.i_want:
        text = translate("StoryTable", "As {who}, I want {what}, so that {why}.")
        parts.append(text.replace("{who}", story.as_a or "…").replace("{what}", story.i_want)
                     .replace("{why}", story.so_that or "…"))
    return "\n".join(parts)


class StoryTableModel(RecordTableModel[StoryRead]):
    """A story list whose rows drag as story ids (``STORY_MIME``), tagged with ``source``."""

    def __init__(self, source: str, compact: bool = False, parent: Any = None) -> None:
        self._positions: dict[int, int] = {}
        super().__init__(story_columns(lambda i: self._positions.get(i, 0), compact), parent=parent)
        self.source = source

    def set_rows(self, rows: Sequence[StoryRead]) -> None:
        self._positions = {s.id: i + 1 for i, s in enumerate(rows)}
        super().set_rows(rows)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [STORY_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_stories([self.record(r).id for r in rows], self.source)

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction


class StoryTableView(QTableView):
    """Drops emit ``dropped(ids, source, before_id, after_id)``: the stories land in front of
    ``before_id``, or at the end of the list, after ``after_id`` (its last story; None when the
    list is empty). Nothing moves in the view itself."""

    dropped = Signal(list, str, object, object)

    def __init__(self, model: StoryTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self._drop_row: int | None = None
        self.empty_text = ""  # shown in the empty list
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)  # we paint our own insertion line
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        for i, col in enumerate(model.columns):
            self.setColumnWidth(i, col.width)
        title = next(i for i, c in enumerate(model.columns) if c.key == "title")
        header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)

    def story_model(self) -> StoryTableModel:
        return self.model()  # type: ignore[return-value]

    # ------------------------------------------------------------------ selection
    def selected_ids(self) -> list[int]:
        model = self.story_model()
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [model.record(r).id for r in rows if r < model.rowCount()]

    def current_story(self) -> StoryRead | None:
        index = self.currentIndex()
        model = self.story_model()
        return model.record(index.row()) if index.isValid() and index.row() < model.rowCount() else None

    def select_ids(self, ids: Sequence[int], current: int | None = None) -> None:
        from PySide6.QtCore import QItemSelectionModel

        model = self.story_model()
        sel = self.selectionModel()
        sel.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for story_id in ids:
            row = model.row_of(story_id)
            if row >= 0:
                sel.select(model.index(row, 0), flags)
        current = current if current is not None else (ids[0] if ids else None)
        if current is not None and (row := model.row_of(current)) >= 0:
            sel.setCurrentIndex(model.index(row, 2), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(model.index(row, 2))

    # ------------------------------------------------------------------ drops
    def drop_target(self, point: QPoint) -> tuple[int, int | None]:
        """(row where the insertion line goes, id of the story the drop lands before)."""
        model = self.story_model()
        index = self.indexAt(point)
        if not index.isValid():
            return model.rowCount(), None
        rect = self.visualRect(index)
        row = index.row() + (1 if point.y() > rect.center().y() else 0)
        before = model.record(row).id if row < model.rowCount() else None
        return row, before

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(STORY_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if not event.mimeData().hasFormat(STORY_MIME):
            event.ignore()
            return
        self._drop_row = self.drop_target(event.position().toPoint())[0]
        self.viewport().update()
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        self._drop_row = None
        self.viewport().update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        ids, source = decode_stories(event.mimeData())
        self._drop_row = None
        self.viewport().update()
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the view never moves rows itself
        event.accept()
        if not ids:
            return
        _row, before = self.drop_target(event.position().toPoint())
        model = self.story_model()
        while before is not None and before in ids:  # dropped on the dragged rows themselves
            row = model.row_of(before) + 1
            before = model.record(row).id if row < model.rowCount() else None
        after = None
        if before is None:
            rest = [r for r in model.visible_records() if r.id not in ids]
            after = rest[-1].id if rest else None
        self.dropped.emit(ids, source, before, after)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        model = self.story_model()
        if self._drop_row is None and model.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#6B7785"))
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            painter.end()
        if self._drop_row is None:
            return
        if model.rowCount() == 0:
            y = 1
        elif self._drop_row < model.rowCount():
            y = self.visualRect(model.index(self._drop_row, 0)).top()
        else:
            y = self.visualRect(model.index(model.rowCount() - 1, 0)).bottom()
        painter = QPainter(self.viewport())
        painter.setPen(QPen(QColor("#2F6DB5"), 3))
        painter.drawLine(0, y, self.viewport().width(), y)
        painter.end()


__all__ = ["Role", "StoryTableModel", "StoryTableView", "story_columns"]
