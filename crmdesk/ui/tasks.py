"""Long work (exports, imports) off the GUI thread, with a progress dialog and Cancel.

The worker function receives ``progress(done, total)`` and ``cancelled() -> bool``; it must
leave nothing half done when it stops on cancel (our writers write to a temporary file).
Read-only work (reading a file to preview an import) may simply be dropped: with
``read_only=True`` a Cancel pressed while it runs raises ``WorkCancelled`` when it ends,
whatever it produced, and the caller goes back to where the user was."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from crmdesk import heap

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class WorkCancelled(Exception):
    """The user cancelled read-only work: nothing to report, nothing changed."""


class _Worker(QObject):
    progressed = Signal(int, int)
    done = Signal(object, object)  # result, exception

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self.cancel_requested = False

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, lambda: self.cancel_requested)
        except BaseException as exc:  # handed back to the GUI thread, re-raised there
            self.done.emit(None, exc)
        else:
            self.done.emit(result, None)


def run_with_progress(parent: QWidget | None, text: str, work: Work, *, read_only: bool = False) -> Any:
    dialog = QProgressDialog(text, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = _Worker(work)
    thread = QThread()
    worker.moveToThread(thread)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def on_done(result: Any, error: Any) -> None:
        outcome["result"], outcome["error"] = result, error
        loop.quit()

    worker.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    worker.done.connect(on_done, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(lambda: setattr(worker, "cancel_requested", True))
    thread.started.connect(worker.run)
    # Qt objects must be destroyed on the GUI thread; Python's cyclic garbage collector runs in
    # whichever thread allocates when it triggers. Collect now, and not while the worker runs.
    gc.collect()
    with heap.collector_paused():
        thread.start()
        if "error" not in outcome:
            loop.exec()
        thread.quit()
        thread.wait()
    cancelled = worker.cancel_requested  # read before closing: closing a QProgressDialog emits canceled
    dialog.close()
    dialog.deleteLater()
    if read_only and cancelled:
        raise WorkCancelled
    if outcome.get("error") is not None:
        raise outcome["error"]
    return outcome.get("result")
