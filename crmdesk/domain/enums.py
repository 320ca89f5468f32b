"""The closed vocabularies of the project. Values are the stable codes stored in the file;
labels (French/English) live in ``crmdesk.domain.labels``."""

from __future__ import annotations

from enum import StrEnum


class Priority(StrEnum):
    MANDATORY = "mandatory"
    DESIRED = "desired"
    OPTIONAL = "optional"


class NeedStatus(StrEnum):
    DRAFT = "draft"
    TO_CLARIFY = "to_clarify"
    VALIDATED = "validated"
    POSTPONED = "postponed"
    REJECTED = "rejected"


class Role(StrEnum):
    PILOT = "pilot"
    KEY_USER = "key_user"
    EXPLORER = "explorer"
    MAKER = "maker"
    STEERING_COMMITTEE = "steering_committee"
    VENDOR_CONTACT = "vendor_contact"
    OTHER = "other"
