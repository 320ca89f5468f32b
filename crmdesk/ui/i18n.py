"""Qt translators: ours (``crmdesk_<lang>.qm``) and Qt's own dialogs (``qtbase_<lang>.qm``)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.labels import LABEL_CONTEXT, NEED_STATUS_LABELS, PRIORITY_LABELS, ROLE_LABELS
from crmdesk.paths import resource_path

_LABELS: dict[type, dict] = {}  # type: ignore[type-arg]


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English))
    if lang == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"crmdesk_{lang}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def label(value: Enum) -> str:
    """The translated display label of an enum value (priority, status, role…)."""
    table = _tables().get(type(value))
    if table is None:
        return str(value)
    return QCoreApplication.translate(LABEL_CONTEXT[type(value)], table[value])


def _tables() -> dict[type, dict]:  # type: ignore[type-arg]
    if not _LABELS:
        for mapping in (PRIORITY_LABELS, NEED_STATUS_LABELS, ROLE_LABELS):
            _LABELS[type(next(iter(mapping)))] = mapping
    return _LABELS


def error_text(error: CrmdeskError) -> str:
    """One translated sentence for an error raised by the layers below."""
    template = QCoreApplication.translate("Errors", error.template)
    try:
        return template.format(**error.params) if error.params else template
    except (KeyError, IndexError, ValueError):
        return str(error)
