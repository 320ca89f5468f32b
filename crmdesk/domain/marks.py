"""``QT_TRANSLATE_NOOP`` for Qt-free code: it returns the text unchanged and only marks it for
``pyside6-lupdate``. The UI (through Qt) and the command line (through ``crmdesk.i18n``)
translate the marked text later, in the user's language."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text
