"""Preparing the tabs nobody opened yet while the user reads the first one.

The window opens on one tab's work (the others are placeholders, see ``MainWindow.page``);
after a pause, each remaining page is prepared in turn, a step per turn of the event loop (its
modules imported, then the page built), so a later click on its tab only shows it. A click or
a key pressed during a step waits for its end: the steps are kept short (on the large benchmark
project the longest, building the Selection page, takes ~0.1 s; ``steps`` records each one's
time). A step is put off while a dialog, a menu or a drag is in progress, and the pages are
prepared in the order the tabs stand.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication


MOUSE_PATIENCE = 75  # steps (1.5 s at the default pause)


class WarmUp(QObject):
    """Calls ``build(key)`` while ``is_built(key)`` denies it, for each key in turn, one call per
    timer tick (``build`` may do a part of the work each time)."""

    finished = Signal()

    def __init__(self, keys: Sequence[str], is_built: Callable[[str], bool], build: Callable[[str], object],
                 parent: QObject | None = None, *, pause_ms: int = 20) -> None:
        super().__init__(parent)
        self._keys = tuple(keys)
        self._is_built = is_built
        self._build = build
        self._pause_ms = pause_ms
        self._held = 0
        self.steps: list[tuple[str, float]] = []  # (key, seconds) of each step taken
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    def start(self, after_ms: int) -> None:
        """Begin (again) after ``after_ms``: the first paint and the user's first look."""
        self._timer.start(max(0, after_ms))

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def _busy(self) -> bool:
        """A dialog or a menu is open (wait for it), or a button is held (a drag, a scroll: wait
        for its end, though not for ever: a button seen held for ``MOUSE_PATIENCE`` steps is
        taken as a state the platform forgot to reset)."""
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return True
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton and self._held < MOUSE_PATIENCE:
            self._held += 1
            return True
        return False

    def _step(self) -> None:
        waiting = [k for k in self._keys if not self._is_built(k)]
        if not waiting:
            self.finished.emit()
            return
        if not self._busy():
            self._held = 0
            started = time.perf_counter()
            self._build(waiting[0])
            self.steps.append((waiting[0], time.perf_counter() - started))
            if len(waiting) == 1 and self._is_built(waiting[0]):
                self.finished.emit()
                return
        self._timer.start(self._pause_ms)
