"""Large reads as plain tuples: a Core statement sent to the DB-API cursor as SQL text, so the
rows come back as the driver makes them, without SQLAlchemy's per-row ``Row`` work, which on
tens of thousands of rows (history, attempts, executions) cost more than the query itself.
The statement still runs through the SQLAlchemy connection: same transaction, same events."""

from __future__ import annotations

from sqlalchemy.engine import Connection

# (dialect, name) -> (SQL text, positional parameters) of the statements that never change
_STATIC: dict[tuple[str, str], tuple[str, tuple[object, ...]]] = {}


def plain_sql(conn: Connection, query) -> tuple[str, tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """The statement as SQL text and positional parameters."""
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    return str(compiled), tuple(params[name] for name in compiled.positiontup or ())


def fetch_tuples(conn: Connection, query, static: str = "") -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    """The query's rows as plain tuples (text stays text: no type processing). ``static``: a
    name for a statement whose text and parameters never change, compiled once per process
    instead of at every call."""
    key = (conn.dialect.name, static)
    found = _STATIC.get(key) if static else None
    if found is None:
        found = plain_sql(conn, query)
        if static:
            _STATIC[key] = found
    result = conn.exec_driver_sql(*found)
    try:
        return result.cursor.fetchall()  # type: ignore[no-any-return,union-attr]
    finally:
        result.close()
