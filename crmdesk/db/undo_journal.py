"""Session undo/redo recorded by SQLite itself.

Temporary triggers (they live in this connection only, never in the user's file) write, for
every row an action inserts, updates or deletes, the SQL statement that puts it back. One user
action is one transaction, so it covers one range of the journal; undoing replays that range
backwards, and the triggers record the replay itself, which gives the redo range. This is the
technique of "Automatic Undo/Redo Using SQLite" (sqlite.org), and it covers every kind of edit,
bulk edits and imports included, with one mechanism.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable

from sqlalchemy import Table

from crmdesk.domain.changes import UndoStep


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def trigger_sql(table: Table) -> list[str]:
    name = table.name
    cols = [c.name for c in table.columns]
    tq = _q(name)
    log = f"INSERT INTO undo_log(tbl, sql) VALUES({_lit(name)}, "
    on_insert = f"{_lit(f'DELETE FROM {tq} WHERE rowid=')}||NEW.rowid"
    sets = "||','||".join(f"{_lit(_q(c) + '=')}||quote(OLD.{_q(c)})" for c in cols)
    on_update = f"{_lit(f'UPDATE {tq} SET ')}||{sets}||{_lit(' WHERE rowid=')}||OLD.rowid"
    col_list = ",".join(_q(c) for c in cols)
    values = "||','||".join(f"quote(OLD.{_q(c)})" for c in cols)
    on_delete = (f"{_lit(f'INSERT INTO {tq}(rowid,{col_list}) VALUES(')}||OLD.rowid||','||{values}||')'")
    base = f"undo_{name}"
    return [
        f"CREATE TEMP TRIGGER {_q(base + '_ins')} AFTER INSERT ON main.{tq} BEGIN {log}{on_insert}); END",
        f"CREATE TEMP TRIGGER {_q(base + '_upd')} AFTER UPDATE ON main.{tq} BEGIN {log}{on_update}); END",
        f"CREATE TEMP TRIGGER {_q(base + '_del')} AFTER DELETE ON main.{tq} BEGIN {log}{on_delete}); END",
    ]


class UndoJournal:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.session = uuid.uuid4().hex

    def install(self, tables: Iterable[Table]) -> None:
        self._conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS undo_log("
            "seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, sql TEXT NOT NULL)"
        )
        for table in tables:
            for sql in trigger_sql(table):
                self._conn.execute(sql)

    def mark(self) -> int:
        row = self._conn.execute("SELECT coalesce(max(seq), 0) FROM temp.undo_log").fetchone()
        return int(row[0])

    def step_since(self, mark: int) -> UndoStep:
        return UndoStep(first=mark + 1, last=self.mark(), session=self.session)

    def owns(self, step: UndoStep) -> bool:
        return step.session == self.session

    def tables_in(self, step: UndoStep) -> set[str]:
        rows = self._conn.execute(
            "SELECT DISTINCT tbl FROM temp.undo_log WHERE seq BETWEEN ? AND ?", (step.first, step.last)
        )
        return {r[0] for r in rows}

    def replay(self, step: UndoStep) -> None:
        """Run the step's statements newest first. Call inside a transaction; foreign keys are
        deferred to the commit so the order of cascaded rows does not matter."""
        self._conn.execute("PRAGMA defer_foreign_keys=ON")
        rows = self._conn.execute(
            "SELECT sql FROM temp.undo_log WHERE seq BETWEEN ? AND ? ORDER BY seq DESC",
            (step.first, step.last),
        ).fetchall()
        for (sql,) in rows:
            self._conn.execute(sql)
