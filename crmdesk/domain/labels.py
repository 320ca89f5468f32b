"""Display labels of the enums, in English source text.

``QT_TRANSLATE_NOOP`` only marks the strings for ``pyside6-lupdate``; the UI translates them
through Qt and the Qt-free exporters through ``crmdesk.i18n`` (both read the same .ts file).
"""

from __future__ import annotations

from crmdesk.domain.enums import NeedStatus, Priority, Role
from crmdesk.domain.marks import QT_TRANSLATE_NOOP


PRIORITY_LABELS: dict[Priority, str] = {
    Priority.MANDATORY: QT_TRANSLATE_NOOP("Priority", "mandatory"),
    Priority.DESIRED: QT_TRANSLATE_NOOP("Priority", "desired"),
    Priority.OPTIONAL: QT_TRANSLATE_NOOP("Priority", "optional"),
}

NEED_STATUS_LABELS: dict[NeedStatus, str] = {
    NeedStatus.DRAFT: QT_TRANSLATE_NOOP("NeedStatus", "draft"),
    NeedStatus.TO_CLARIFY: QT_TRANSLATE_NOOP("NeedStatus", "to clarify"),
    NeedStatus.VALIDATED: QT_TRANSLATE_NOOP("NeedStatus", "validated"),
    NeedStatus.POSTPONED: QT_TRANSLATE_NOOP("NeedStatus", "postponed"),
    NeedStatus.REJECTED: QT_TRANSLATE_NOOP("NeedStatus", "rejected"),
}

ROLE_LABELS: dict[Role, str] = {
    Role.PILOT: QT_TRANSLATE_NOOP("Role", "pilot"),
    Role.KEY_USER: QT_TRANSLATE_NOOP("Role", "key user"),
    Role.EXPLORER: QT_TRANSLATE_NOOP("Role", "explorer"),
    Role.MAKER: QT_TRANSLATE_NOOP("Role", "maker"),
    Role.STEERING_COMMITTEE: QT_TRANSLATE_NOOP("Role", "steering committee"),
    Role.VENDOR_CONTACT: QT_TRANSLATE_NOOP("Role", "vendor contact"),
    Role.OTHER: QT_TRANSLATE_NOOP("Role", "other"),
}

# Context of each enum's labels in the translation file.
LABEL_CONTEXT = {Priority: "Priority", NeedStatus: "NeedStatus", Role: "Role"}
