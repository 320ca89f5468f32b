"""One table model for every list of ``*Read`` records.

Columns are data (``Column``). Sorting and filtering happen on the Python list (a
``QSortFilterProxyModel`` over a Python model calls ``data()`` per cell and takes seconds on
100k rows; a list sort takes milliseconds). Editing does not write anywhere: ``setData`` emits
``edit_requested`` and the tab runs the undoable service action, then refreshes the rows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

R = TypeVar("R")

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    RECORD_ID = Qt.ItemDataRole.UserRole + 1
    SORT = Qt.ItemDataRole.UserRole + 2
    CHOICE = Qt.ItemDataRole.UserRole + 3  # the raw value a choice editor selects


@dataclass(frozen=True)
class Column(Generic[R]):
    key: str
    header: str
    display: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    editor: str | None = None  # None (read-only), "text" or "choice"
    raw: Callable[[R], Any] | None = None  # the value an editor starts from
    choices: Callable[[], list[tuple[Any, str]]] | None = None  # (value, label) for "choice"
    width: int = 120
    tooltip: Callable[[R], str] | None = None
    decoration: Callable[[R], Any] | None = None
    foreground: Callable[[R], Any] | None = None


class _StripMarks(dict[int, int | None]):
    """A ``str.translate`` table deleting combining marks, filled as characters are met (a
    character-by-character generator made the needs search of a large project ~10× slower)."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_STRIP_MARKS = _StripMarks()


def fold(text: str) -> str:
    """Lower-case without accents, for searching ('Éditeur' matches 'editeur')."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return decomposed if decomposed.isascii() else decomposed.translate(_STRIP_MARKS)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    edit_requested = Signal(object, str, object)  # record id, column key, new value

    def __init__(self, columns: Sequence[Column[R]], id_of: Callable[[R], int] = lambda r: r.id,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._id_of = id_of
        self._all: list[R] = []
        self._rows: list[R] = []
        self._filter: Callable[[R], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # ------------------------------------------------------------- content
    @property
    def columns(self) -> list[Column[R]]:
        return self._columns

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._visible()
        self.endResetModel()

    def set_filter(self, predicate: Callable[[R], bool] | None) -> None:
        self.beginResetModel()
        self._filter = predicate
        self._rows = self._visible()
        self.endResetModel()

    def all_records(self) -> list[R]:
        return list(self._all)

    def visible_records(self) -> list[R]:
        return list(self._rows)

    def record(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, record_id: int) -> int:
        for row, record in enumerate(self._rows):
            if self._id_of(record) == record_id:
                return row
        return -1

    def column_of(self, key: str) -> int:
        for i, col in enumerate(self._columns):
            if col.key == key:
                return i
        raise KeyError(key)

    def _visible(self) -> list[R]:
        rows = [r for r in self._all if self._filter(r)] if self._filter else list(self._all)
        if self._sort is not None:
            self._sort_list(rows, *self._sort)
        return rows

    def _sort_list(self, rows: list[R], column: int, order: Qt.SortOrder) -> None:
        col = self._columns[column]
        key = col.sort_key or (lambda r: fold(col.display(r)))
        rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # ------------------------------------------------------------- Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(record)
        if role == Qt.ItemDataRole.EditRole:
            return col.raw(record) if col.raw else col.display(record)
        if role == Role.CHOICE:
            return col.raw(record) if col.raw else None
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(record)
        if role == Qt.ItemDataRole.DecorationRole and col.decoration:
            return col.decoration(record)
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground:
            return col.foreground(record)
        if role == Role.RECORD_ID:
            return self._id_of(record)
        if role == Role.SORT:
            return col.sort_key(record) if col.sort_key else col.display(record)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if self._columns[index.column()].editor:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        col = self._columns[index.column()]
        if not col.editor:
            return False
        record = self._rows[index.row()]
        current = col.raw(record) if col.raw else col.display(record)
        if value == current:
            return False
        self.edit_requested.emit(self._id_of(record), col.key, value)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            self._sort = None
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self._id_of(self._rows[i.row()]), i.column()) if i.row() < len(self._rows)
                   else (None, i.column()) for i in old]
        self._sort = (column, order)
        self._sort_list(self._rows, column, order)
        positions = {self._id_of(r): row for row, r in enumerate(self._rows)}
        new = [self.index(positions[rid], c) if rid in positions else QModelIndex()
               for rid, c in old_ids]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
