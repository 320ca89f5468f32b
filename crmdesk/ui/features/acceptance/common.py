"""Shared bits of the acceptance tab: the language of the charts and PDF, result colours,
labels of the acceptance vocabularies translated through Qt, small widget helpers and the
place of a page built on first use."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from crmdesk.domain.acceptance import LABEL_CONTEXT, Result, Severity, label

RESULT_COLOURS: dict[str, str] = {
    "passed": "#2E7D32", "failed": "#C62828", "blocked": "#EF6C00", "not_run": "#78909C",
    "not_covered": "#6A1B9A",
}
RESULT_BACKGROUNDS: dict[str, str] = {
    "passed": "#E3F2E5", "failed": "#FBE3E1", "blocked": "#FDEBD9", "not_run": "#ECEFF1",
    "not_covered": "#F1E4F6",
}
SEVERITY_COLOURS: dict[Severity, str] = {
    Severity.BLOCKING: "#B71C1C", Severity.MAJOR: "#E65100", Severity.MINOR: "#546E7A",
}
# The runner's keys: 1 = OK, 2 = KO, 3 = blocked, 0 = not run.
KEY_RESULTS: dict[int, Result] = {
    Qt.Key.Key_1: Result.PASSED, Qt.Key.Key_2: Result.FAILED, Qt.Key.Key_3: Result.BLOCKED,
    Qt.Key.Key_0: Result.NOT_RUN,
}


def lang() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def chart_translate():  # type: ignore[no-untyped-def]
    from crmdesk.i18n import translator

    return translator(lang())


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def enum_text(value: StrEnum) -> str:
    """The label of an acceptance enum value in the interface's language."""
    return label(value, qt_translate) if type(value) in LABEL_CONTEXT else str(value)


def result_short(result: Result | None) -> str:
    """OK / KO / blocked / not run: the testers' words."""
    if result is Result.PASSED:
        return QCoreApplication.translate("AcceptanceCommon", "OK")
    if result is Result.FAILED:
        return QCoreApplication.translate("AcceptanceCommon", "KO")
    if result is Result.BLOCKED:
        return QCoreApplication.translate("AcceptanceCommon", "blocked")
    if result is Result.NOT_RUN:
        return QCoreApplication.translate("AcceptanceCommon", "not run")
    return "—"


def result_colour(result: object) -> QColor | None:
    key = str(result) if result is not None else ""
    return QColor(RESULT_COLOURS[key]) if key in RESULT_COLOURS else None


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_action(owner: QWidget, text: str, slot: Callable[[], object], shortcut: str | None = None,
                name: str = "") -> QAction:
    act = QAction(text, owner)
    if name:
        act.setObjectName(name)
    if shortcut:
        act.setShortcut(QKeySequence(shortcut))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    act.triggered.connect(lambda _c=False: slot())
    owner.addAction(act)
    return act


def tool(act: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(act)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class DeferredPage(QWidget):
    """The place of a page in the tab, which builds it the first time it is asked for or shown
    (when shown: before the tab hands the focus over to it, as to a page built beforehand)."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build = build
        self._page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._build()
            self.layout().addWidget(self._page)  # type: ignore[union-attr]
            if self.isVisible():
                self._page.show()
        return self._page

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        self.page()
        super().showEvent(event)
