"""A matplotlib ``Figure`` shown in the window, with "Save as PNG…" on right click.

matplotlib is imported when the first chart is shown, not at start-up (it costs ~0.7 s).
The figures themselves are built by ``crmdesk.charts`` (no pyplot, no Qt), so the same figure
saves to PNG from the command line or an export.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from matplotlib.figure import Figure


class ChartCanvas(QWidget):
    """Holds one figure at a time; ``set_builder`` gives the function that builds it, so the
    chart is only computed when it is visible (and rebuilt on ``refresh``)."""

    def __init__(self, name: str = "chart", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._builder: Callable[[], Figure | None] | None = None
        self._canvas = None  # FigureCanvasQTAgg, created on first draw
        self._stale = True
        self.figure: Figure | None = None
        self._empty = QLabel(self.tr("No data to chart yet."))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setObjectName("chartEmpty")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._empty)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

    def set_builder(self, builder: Callable[[], Figure | None]) -> None:
        self._builder = builder
        self.refresh()

    def refresh(self) -> None:
        """Mark the chart out of date; it is rebuilt now if visible, else when shown."""
        self._stale = True
        if self.isVisible():
            self._draw()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._draw()

    def _draw(self) -> None:
        self._stale = False
        figure = self._builder() if self._builder is not None else None
        self.figure = figure
        if figure is None:
            if self._canvas is not None:
                self._canvas.hide()
            self._empty.show()
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self._canvas is not None:
            self._layout.removeWidget(self._canvas)
            self._canvas.deleteLater()
        self._canvas = FigureCanvasQTAgg(figure)
        self._canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._layout.addWidget(self._canvas)
        self._empty.hide()
        self._canvas.draw_idle()

    def save_png(self, path: Path) -> Path:
        if self._stale or self.figure is None:
            self._draw()
        if self.figure is None:
            raise ValueError("no chart")
        self.figure.savefig(path, dpi=150, bbox_inches="tight")
        return path

    def _menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        menu = QMenu(self)
        act = menu.addAction(self.tr("Save as PNG…"))
        act.setEnabled(self.figure is not None)
        act.triggered.connect(self._ask_save)
        menu.exec(self.mapToGlobal(pos))
        menu.deleteLater()  # built for this click: not kept by its widget for ever

    def _ask_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the chart"), f"{self.objectName()}.png",
                                              self.tr("PNG images (*.png)"))
        if not name:
            return
        try:
            self.save_png(Path(name) if name.lower().endswith(".png") else Path(name + ".png"))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the chart"),
                                self.tr("The chart could not be saved: {reason}.")
                                .replace("{reason}", exc.strerror or str(exc)))
