"""The one signal tabs listen to: what an action changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    data_changed = Signal(object)  # crmdesk.domain.changes.Changes
