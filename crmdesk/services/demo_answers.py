"""The vendors' questionnaire answers of the demo project, from ``data/demo_answers.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from crmdesk.services.demo import DemoContext


def fill(conn: Connection, ctx: DemoContext) -> None:
    """Add the demo answers inside the demo's transaction."""
