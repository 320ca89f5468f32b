"""The selection part of the demo project, from ``data/demo_selection.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from crmdesk.services.demo import DemoContext


def fill(conn: Connection, ctx: DemoContext) -> None:
    """Add the selection demo content inside the demo's transaction."""
