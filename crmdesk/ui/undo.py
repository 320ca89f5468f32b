"""Undo/redo: each user action becomes one ``QUndoCommand`` over its journal step, and every
action goes through ``Commander.run`` so errors are shown the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crmdesk.domain.changes import Changes, UndoStep
from crmdesk.domain.errors import CrmdeskError
from crmdesk.services.history import HistoryService
from crmdesk.ui.events import AppEvents
from crmdesk.ui.i18n import error_text

T = TypeVar("T")


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while an action and the reloads it causes run on the GUI thread (most
    take milliseconds; a bulk edit, a questionnaire of 5,000 needs or an undo of a large import
    takes a second on a large project, and the pointer should say so)."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class ActionCommand(QUndoCommand):
    """The action has already run when it is pushed; undo and redo replay its journal step."""

    def __init__(self, text: str, step: UndoStep, history: HistoryService,
                 on_changes: Callable[[Changes], None], on_error: Callable[[CrmdeskError], None]) -> None:
        super().__init__(text)
        self._step = step
        self._history = history
        self._on_changes = on_changes
        self._on_error = on_error
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._replay()

    def undo(self) -> None:
        self._replay()

    def _replay(self) -> None:
        try:
            with busy():
                self._step, changes = self._history.replay(self._step)
        except CrmdeskError as exc:
            self._on_error(exc)
            return
        with busy():
            self._on_changes(changes)


class Commander:
    def __init__(self, stack: QUndoStack, history: HistoryService, events: AppEvents,
                 parent: QWidget) -> None:
        self.stack = stack
        self._history = history
        self._events = events
        self._parent = parent

    def run(self, label: str, action: Callable[[], T]) -> T | None:
        """Run a service action; push it on the undo stack; tell the tabs what changed.
        A refused action shows its one-sentence reason and changes nothing."""
        try:
            with busy():
                result = action()
        except CrmdeskError as exc:
            self.show_error(exc)
            return None
        changes = result if isinstance(result, Changes) else (
            result[-1] if isinstance(result, tuple) and result and isinstance(result[-1], Changes)
            else None)
        if changes is not None:
            with busy():
                if changes.step is not None and not changes.step.empty:
                    self.stack.push(ActionCommand(label, changes.step, self._history,
                                                  self._events.data_changed.emit, self.show_error))
                self._events.data_changed.emit(changes)
        return result

    def show_error(self, exc: CrmdeskError) -> None:
        QMessageBox.warning(self._parent, QCoreApplication.translate("Commander", "crmdesk"),
                            error_text(exc))
