"""References (BES-001, US-001, …): given once, never reused, even after undo or delete."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection

from crmdesk.db.tables import RefCounterRow
from crmdesk.domain.needs import format_ref

_counter = RefCounterRow.__table__


def take_refs(conn: Connection, prefix: str, count: int = 1) -> list[str]:
    last = conn.execute(select(_counter.c.last).where(_counter.c.kind == prefix)).scalar()
    if last is None:
        last = 0
        conn.execute(_counter.insert().values(kind=prefix, last=0))
    conn.execute(_counter.update().where(_counter.c.kind == prefix).values(last=last + count))
    return [format_ref(prefix, n) for n in range(last + 1, last + count + 1)]


def bump_past(conn: Connection, prefix: str, number: int) -> None:
    """Make sure later references come after ``number`` (used when rows keep given refs)."""
    last = conn.execute(select(_counter.c.last).where(_counter.c.kind == prefix)).scalar()
    if last is None:
        conn.execute(_counter.insert().values(kind=prefix, last=number))
    elif last < number:
        conn.execute(_counter.update().where(_counter.c.kind == prefix).values(last=number))
