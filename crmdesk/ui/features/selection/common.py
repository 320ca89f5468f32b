"""Small pieces shared by the panels of the selection tab: labels in the interface's language,
numbers, a numeric cell editor, lazy panels, status-bar messages."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHeaderView,
    QMainWindow,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

from crmdesk.domain.selection import (
    AGGREGATE_LABELS,
    CANDIDATE_KIND_LABELS,
    CANDIDATE_STATUS_LABELS,
    COVERAGE_LABELS,
    CRITERION_KIND_LABELS,
    SELECTION_LABEL_CONTEXT,
)
from crmdesk.domain.selection_results import fmt_euros, fmt_number
from crmdesk.ui.models.delegates import RecordDelegate
from crmdesk.ui.models.record_table import Column, RecordTableModel

GREY = QColor("#8A8A8A")
GOOD_STYLE = ("QFrame#{name} {{ background: #E7F4E8; border: 1px solid #9CCB9F; border-radius: 4px; }}"
              " QFrame#{name} QLabel {{ color: #1F5A23; }}")
WARN_STYLE = ("QFrame#{name} {{ background: #FFF4DB; border: 1px solid #E8C170; border-radius: 4px; }}"
              " QFrame#{name} QLabel {{ color: #5C3D00; }}")
NEUTRAL_STYLE = ("QFrame#{name} {{ background: #EEF1F5; border: 1px solid #C9D1DB; border-radius: 4px; }}"
                 " QFrame#{name} QLabel {{ color: #333333; }}")

_TABLES: dict[type, dict[Any, str]] = {
    type(next(iter(t))): t
    for t in (CANDIDATE_KIND_LABELS, CANDIDATE_STATUS_LABELS, CRITERION_KIND_LABELS, AGGREGATE_LABELS,
              COVERAGE_LABELS)
}


def qt_translate(context: str, text: str) -> str:
    """The ``translate(context, text)`` the domain's texts take, through Qt's translators."""
    return QCoreApplication.translate(context, text)


def chart_translate():  # type: ignore[no-untyped-def]
    """The translate function the chart builders take (the interface's language)."""
    from crmdesk.i18n import translator

    return translator("fr" if QLocale().language() == QLocale.Language.French else "en")


def interface_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def enum_label(value: Enum) -> str:
    """The translated label of a selection enum value (kind, status, coverage…)."""
    table = _TABLES.get(type(value))
    if table is None:
        return str(value)
    return QCoreApplication.translate(SELECTION_LABEL_CONTEXT[type(value)], table[value])


def number(value: float | None, decimals: int = 1) -> str:
    return "" if value is None else fmt_number(value, decimals, qt_translate)


def weight_text(value: float) -> str:
    """A weight as typed: 40, 2.5 (no useless decimals)."""
    decimals = 0 if abs(value - round(value)) < 1e-9 else (1 if abs(value * 10 - round(value * 10)) < 1e-9 else 2)
    return fmt_number(value, decimals, qt_translate)


def percent(value: float | None, decimals: int = 1) -> str:
    return "" if value is None else fmt_number(value, decimals, qt_translate) + "\u00a0%"


def euros(value: float | None) -> str:
    return "" if value is None else fmt_euros(value, qt_translate)


def show_status(widget: QWidget, text: str, timeout_ms: int = 10000) -> None:
    """A message in the main window's status bar (nothing when the widget stands alone)."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, timeout_ms)


def setup_table(view: QTableView, name: str, widths: list[int] | None = None) -> None:
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    fit_columns(view, widths or [])


def fit_columns(view: QTableView, widths: list[int]) -> None:
    """The given widths, widened where the header's text (in the user's language) needs more."""
    header = view.horizontalHeader()
    model = view.model()
    for i, width in enumerate(widths):
        text = str(model.headerData(i, Qt.Orientation.Horizontal) or "") if model is not None else ""
        lines = text.split("\n") or [""]
        needed = max(header.fontMetrics().horizontalAdvance(line) for line in lines) + 16
        view.setColumnWidth(i, max(width, needed))


def tool_button(action: Any) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class AlignedTableModel(RecordTableModel):  # type: ignore[type-arg]
    """``RecordTableModel`` with numbers aligned to the right and marks centred."""

    def __init__(self, columns: list[Column[Any]], right: set[str] = frozenset(),  # type: ignore[assignment]
                 center: set[str] = frozenset(), id_of: Callable[[Any], int] = lambda r: r.id,  # type: ignore[assignment]
                 parent: Any = None) -> None:
        super().__init__(columns, id_of=id_of, parent=parent)
        self._right = set(right)
        self._center = set(center)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            key = self.columns[index.column()].key
            if key in self._right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key in self._center:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        return super().data(index, role)


def make_spin(parent: QWidget, low: float, high: float, decimals: int, suffix: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setGroupSeparatorShown(True)
    spin.setSuffix(suffix)
    spin.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def spin_data(editor: QDoubleSpinBox, index: QModelIndex | QPersistentModelIndex) -> None:
    value = index.data(Qt.ItemDataRole.EditRole)
    try:
        editor.setValue(float(value or 0.0))
    except (TypeError, ValueError):
        editor.setValue(0.0)
    editor.selectAll()


def spin_value(editor: QDoubleSpinBox) -> float:
    editor.interpretText()
    return round(editor.value(), editor.decimals())


class NumberDelegate(RecordDelegate):
    """``RecordDelegate`` plus a spin box for columns whose editor is "number" (costs, weights,
    thresholds); ``ranges`` gives (minimum, maximum, decimals, suffix) per column key."""

    def __init__(self, model: Any, ranges: dict[str, tuple[float, float, int, str]],
                 parent: Any = None) -> None:
        super().__init__(model, parent)
        self._ranges = ranges

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        key = self._key(index)
        if key in self._ranges:
            return make_spin(parent, *self._ranges[key])
        return super().createEditor(parent, option, index)

    def _key(self, index: QModelIndex | QPersistentModelIndex) -> str:
        col = self._model.columns[index.column()]
        return col.key if col.editor == "number" else ""

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QDoubleSpinBox):
            spin_data(editor, index)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QDoubleSpinBox):
            model.setData(index, spin_value(editor), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class LazyPanel(QWidget):
    """A page of the tab that reads its data when shown: ``refresh()`` reloads now if the page
    is visible, else at its next show (a score typed in the matrix does not recompute hidden
    charts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = True

    def refresh(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._dirty = False
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.reload()

    def reload(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def counts_text(self) -> str:
        return ""

    def on_changes(self, changes: Any) -> None:
        """An action changed the project: refresh when it touches what the page shows."""
        self.refresh()

    def flush_edits(self) -> None:
        """Save a text being typed (called before the project is closed or exported)."""


def run_many(commander: Any, label: str, steps: list[tuple[str, Callable[[], Any]]]) -> int:
    """Run several service actions as ONE undo step (a macro when there are several); stops at
    the first refused one. Returns how many ran."""
    if len(steps) == 1:
        return 1 if commander.run(*steps[0]) is not None else 0
    done = 0
    commander.stack.beginMacro(label)
    try:
        for text, action in steps:
            if commander.run(text, action) is None:
                break
            done += 1
    finally:
        commander.stack.endMacro()
    return done
