"""The acceptance part of the demo project, from ``data/demo_acceptance.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from crmdesk.services.demo import DemoContext


def fill(conn: Connection, ctx: DemoContext) -> None:
    """Add the acceptance demo content inside the demo's transaction."""
