"""The acceptance sheets of the project workbook."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crmdesk.exchange.workbook import SheetSpec
from crmdesk.i18n import Translate

if TYPE_CHECKING:
    from crmdesk.services.container import ProjectServices


def sheets(services: ProjectServices, translate: Translate) -> list[SheetSpec]:
    """Read the acceptance data (on the caller's thread) and describe its sheets."""
    return []
