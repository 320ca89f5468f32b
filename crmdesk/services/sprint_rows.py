"""Rows as plain tuples for the sprints area's large reads (the whole history, every story,
every need without a story): the statement goes to the DB-API cursor as SQL text, skipping the
per-row work of SQLAlchemy's result processing, which on 15,000 history rows cost more than
the query itself."""

from __future__ import annotations

from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

# (dialect, name) -> (SQL text, positional parameters) of the statements that never change
_STATIC: dict[tuple[str, str], tuple[str, tuple[object, ...]]] = {}


def plain_rows(conn: Connection, query: Select, static: str = "") -> list[tuple]:  # type: ignore[type-arg]
    """The query's rows. ``static``: a name for a statement whose text and parameters never
    change (no per-call values), compiled once per process instead of at every call."""
    key = (conn.dialect.name, static)
    found = _STATIC.get(key) if static else None
    if found is None:
        compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
        params = compiled.construct_params()
        found = (str(compiled), tuple(params[name] for name in compiled.positiontup or ()))
        if static:
            _STATIC[key] = found
    return conn.exec_driver_sql(*found).fetchall()  # type: ignore[return-value]
