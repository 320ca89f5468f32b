"""The Lots page: the release lots with their target go-live date, stories, points and progress;
create, edit, reorder and delete them, and open a lot's burn-up."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.sprints import LotRead
from crmdesk.ui.features.sprints.common import format_points, long_date
from crmdesk.ui.models.record_table import Column, RecordTableModel, Role

translate = QCoreApplication.translate
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 20


def lot_columns(today: date) -> list[Column[LotRead]]:
    def late(lot: LotRead) -> QColor | None:
        return QColor("#A32117") if lot.target_date and lot.target_date < today and lot.progress < 1 else None

    return [
        Column("name", translate("LotsTable", "Lot"), lambda lot: lot.name, width=260, tooltip=lambda lot: lot.name),
        Column("description", translate("LotsTable", "Description"), lambda lot: " ".join(lot.description.split()),
               width=300, tooltip=lambda lot: lot.description),
        Column("target_date", translate("LotsTable", "Target go-live"), lambda lot: long_date(lot.target_date),
               sort_key=lambda lot: lot.target_date or date.max, width=120, foreground=late),
        Column("stories", translate("LotsTable", "Stories"), lambda lot: str(lot.story_count), sort_key=lambda lot: lot.story_count,
               width=70),
        Column("done", translate("LotsTable", "Done"), lambda lot: str(lot.done_count), sort_key=lambda lot: lot.done_count, width=70),
        Column("points", translate("LotsTable", "Points"), lambda lot: format_points(lot.total_points),
               sort_key=lambda lot: lot.total_points, width=70),
        Column("done_points", translate("LotsTable", "Done points"), lambda lot: format_points(lot.done_points),
               sort_key=lambda lot: lot.done_points, width=100),
        Column("progress", translate("LotsTable", "Progress"), lambda lot: f"{round(lot.progress * 100)} %",
               sort_key=lambda lot: lot.progress, width=200),
    ]


class ProgressDelegate(QStyledItemDelegate):
    """The progress column as a bar with its percentage."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.column() != index.model().columnCount() - 1:
            super().paint(painter, option, index)
            return
        text = str(index.data())
        share = float(text.rstrip(" %") or 0) / 100
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = QRectF(option.rect).adjusted(6, 5, -6, -5)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#E3E8EF"))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(QColor("#3C8D3A" if share >= 1 else "#5B8FD1"))
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), rect.width() * min(share, 1.0), rect.height()), 3, 3)
        painter.setPen(QColor("white") if share > 0.55 else QColor("#1F2933"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class LotDialog(QDialog):
    def __init__(self, lot: LotRead | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lotDialog")
        self.setWindowTitle(self.tr("Edit lot") if lot else self.tr("New lot"))
        self.lot = lot
        self.name = QLineEdit(lot.name if lot else "")
        self.name.setObjectName("name")
        self.has_date = QCheckBox(self.tr("Target go-live date"))
        self.has_date.setObjectName("hasDate")
        self.target = QDateEdit()
        self.target.setObjectName("target")
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("dd/MM/yyyy")
        self.target.setDate(QDate(lot.target_date) if lot and lot.target_date else QDate.currentDate().addMonths(3))
        self.has_date.setChecked(bool(lot and lot.target_date) or lot is None)
        self.target.setEnabled(self.has_date.isChecked())
        self.has_date.toggled.connect(self.target.setEnabled)
        self.description = QPlainTextEdit(lot.description if lot else "")
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.has_date, self.target)
        form.addRow(self.tr("&Description"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 300)
        self.name.setFocus()

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {
            "name": self.name.text(), "description": self.description.toPlainText(),
            "target_date": self.target.date().toPython() if self.has_date.isChecked() else None}
        if self.lot is None:
            return values
        current = {"name": self.lot.name, "description": self.lot.description, "target_date": self.lot.target_date}
        return {k: v for k, v in values.items() if current[k] != v}


class LotsPanel(QWidget):
    new_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    move_requested = Signal(int, int)  # lot id, new position
    burnup_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lotsPanel")
        self.model: RecordTableModel[LotRead] = RecordTableModel(lot_columns(date.today()), parent=self)
        self.table = QTableView()
        self.table.setObjectName("lotsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.setAlternatingRowColors(True)
        for i, col in enumerate(self.model.columns):
            self.table.setColumnWidth(i, col.width)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for i in range(2, len(self.model.columns) - 1):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda index: self.edit_requested.emit(self.model.record(index.row()).id))
        for keys, slot in (("Return", self._edit), ("Enter", self._edit), ("F2", self._edit),
                           ("Delete", self._delete), ("Alt+Up", lambda: self._move(-1)),
                           ("Alt+Down", lambda: self._move(1))):
            act = QAction(self.table)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(lambda _c=False, s=slot: s())
            self.table.addAction(act)
        buttons = QHBoxLayout()
        for text, tip, slot in (
                (self.tr("New lot…"), "", self.new_requested.emit),
                (self.tr("Edit…"), self.tr("Edit the lot (Enter)"), self._edit),
                (self.tr("Move up"), self.tr("Alt+Up"), lambda: self._move(-1)),
                (self.tr("Move down"), self.tr("Alt+Down"), lambda: self._move(1)),
                (self.tr("Delete"), self.tr("Delete the lot; its stories stay, with no lot (Delete)"), self._delete),
                (self.tr("Show its burn-up"), self.tr("Open the lot's burn-up in the Charts page"), self._burnup)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("lotsSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def set_lots(self, lots: Sequence[LotRead]) -> None:
        current = self.current_id()
        self.model.set_rows(lots)
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        total = sum(lot.total_points for lot in lots)
        done = sum(lot.done_points for lot in lots)
        self.summary.setText(self.tr("{n} lot(s) · {done} of {total} pts done").replace("{n}", str(len(lots)))
                             .replace("{done}", format_points(done)).replace("{total}", format_points(total)))

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()).id if index.isValid() and index.row() < self.model.rowCount() else None

    def _edit(self) -> None:
        lot_id = self.current_id()
        if lot_id is not None:
            self.edit_requested.emit(lot_id)

    def _delete(self) -> None:
        lot_id = self.current_id()
        if lot_id is not None:
            self.delete_requested.emit(lot_id)

    def _burnup(self) -> None:
        lot_id = self.current_id()
        if lot_id is not None:
            self.burnup_requested.emit(lot_id)

    def _move(self, step: int) -> None:
        lot_id = self.current_id()
        if lot_id is None:
            return
        row = self.model.row_of(lot_id) + step
        if 0 <= row < self.model.rowCount():
            self.move_requested.emit(lot_id, row)


__all__ = ["LotDialog", "LotsPanel", "ProgressDelegate", "Role", "lot_columns"]
