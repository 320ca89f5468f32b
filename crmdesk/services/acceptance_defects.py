"""Defects (anomalies): create, edit, change status, delete; every change of status or
severity is recorded with its time (``defect_change``) in the same transaction, so the chart
of open defects over time is rebuilt from that history alone, and an undo removes the change
and its history row together.

A mixin of ``AcceptanceService``; the connection-level helpers are shared with the runner
(a KO creates a defect) and the demo.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.acceptance import DEFECT_REF_PREFIX, DefectRead, DefectStatus
from crmdesk.domain.acceptance_timeline import SEVERITY, STATUS
from crmdesk.domain.acceptance_values import DefectDraft, clean_defect_values
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.errors import NotFound
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.services.acceptance_queries import change_t, defect_t, read_defect
from crmdesk.services.refs import take_refs
from crmdesk.services.sprint_history import stamp

_ENDED = (DefectStatus.CLOSED, DefectStatus.REJECTED)



def insert_defect(conn: Connection, draft: DefectDraft, when: str) -> int:
    """A new defect with a fresh reference; its first status and severity go to the history."""
    values = clean_defect_values(draft.values())
    ref = take_refs(conn, DEFECT_REF_PREFIX)[0]
    closed = when if values["status"] in _ENDED else None
    defect_id = int(conn.execute(defect_t.insert().values(
        **values, ref=ref, created_at=when, updated_at=when, closed_at=closed)).inserted_primary_key[0])
    conn.execute(change_t.insert(), [
        {"defect_id": defect_id, "field": STATUS, "old_value": "", "new_value": values["status"], "changed_at": when},
        {"defect_id": defect_id, "field": SEVERITY, "old_value": "", "new_value": values["severity"],
         "changed_at": when},
    ])
    return defect_id


def set_status_in(conn: Connection, defect_ids: Iterable[int], status: DefectStatus, when: str) -> list[int]:
    """Move defects to ``status`` (history recorded; closing or rejecting stamps the end,
    re-opening clears it). Returns the ids that changed."""
    ids = list(dict.fromkeys(defect_ids))
    rows = conn.execute(select(defect_t.c.id, defect_t.c.status).where(defect_t.c.id.in_(ids))).all()
    if len(rows) != len(ids):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these defects no longer exist."))
    changed = [(i, old) for i, old in rows if old != status]
    for defect_id, old in changed:
        conn.execute(defect_t.update().where(defect_t.c.id == defect_id).values(
            status=str(status), updated_at=when, closed_at=when if status in _ENDED else None))
    if changed:
        conn.execute(change_t.insert(), [{"defect_id": i, "field": STATUS, "old_value": old, "new_value": str(status),
                                          "changed_at": when} for i, old in changed])
    return [i for i, _ in changed]


class DefectWrites:
    _pf: ProjectFile

    def create_defect(self, draft: DefectDraft, at: datetime | None = None) -> tuple[DefectRead, Changes]:
        with self._pf.transaction() as tx:
            defect_id = insert_defect(tx.conn, draft, stamp(at))
        with self._pf.reading() as conn:
            created = read_defect(conn, defect_id)
        return created, Changes.of(EntityKind.DEFECT, ids={defect_id}, step=tx.step)

    def update_defect(self, defect_id: int, values: dict[str, object], at: datetime | None = None) -> Changes:
        """Edit a defect's fields; a change of severity (or of status, given here too) goes to
        the history."""
        if not values:
            return Changes()
        cleaned = clean_defect_values(values)
        status = cleaned.pop("status", None)
        when = stamp(at)
        with self._pf.transaction() as tx:
            conn = tx.conn
            current = conn.execute(select(defect_t).where(defect_t.c.id == defect_id)).mappings().first()
            if current is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This defect no longer exists."))
            changed = {k: v for k, v in cleaned.items() if current[k] != v}
            if changed:
                conn.execute(defect_t.update().where(defect_t.c.id == defect_id).values(**changed, updated_at=when))
                if "severity" in changed:
                    conn.execute(change_t.insert().values(defect_id=defect_id, field=SEVERITY,
                                                          old_value=current["severity"],
                                                          new_value=changed["severity"], changed_at=when))
            if status is not None:
                set_status_in(conn, [defect_id], DefectStatus(status), when)
        return Changes.of(EntityKind.DEFECT, ids={defect_id}, step=tx.step)

    def set_defect_status(self, defect_ids: Iterable[int], status: DefectStatus | str,
                          at: datetime | None = None) -> Changes:
        """Move one or many defects (one undo step). "to re-test" is what puts their cases in
        the re-test proposals; "closed" and "rejected" stamp the end date."""
        ids = list(dict.fromkeys(defect_ids))
        if not ids:
            return Changes()
        new = DefectStatus(clean_defect_values({"status": status})["status"])
        with self._pf.transaction() as tx:
            set_status_in(tx.conn, ids, new, stamp(at))
        return Changes.of(EntityKind.DEFECT, ids=set(ids), step=tx.step)

    def delete_defects(self, defect_ids: Iterable[int]) -> Changes:
        ids = list(dict.fromkeys(defect_ids))
        if not ids:
            return Changes()
        with self._pf.transaction() as tx:
            tx.conn.execute(defect_t.delete().where(defect_t.c.id.in_(ids)))
        return Changes.of(EntityKind.DEFECT, ids=set(ids), step=tx.step)
