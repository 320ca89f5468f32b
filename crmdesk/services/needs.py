"""The needs inventory: list, create, edit (one or many), delete."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Row
from sqlalchemy.sql import ColumnElement

from crmdesk.db.project_file import ProjectFile, now_iso
from crmdesk.db.tables import DomainRow, NeedRow, PersonRow
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.errors import NotFound
from crmdesk.domain.needs import (
    NEED_REF_PREFIX,
    NeedDraft,
    NeedRead,
    clean_need_values,
)
from crmdesk.services.refs import take_refs
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

need_t = NeedRow.__table__
domain_t = DomainRow.__table__
person_t = PersonRow.__table__

_READ_COLUMNS = (
    need_t.c.id, need_t.c.ref, need_t.c.title, need_t.c.domain_id,
    func.coalesce(domain_t.c.name, "").label("domain_name"), need_t.c.priority, need_t.c.status,
    need_t.c.owner_id, func.coalesce(person_t.c.name, "").label("owner_name"),
    need_t.c.source_workshop, need_t.c.source_date, need_t.c.description, need_t.c.rationale,
    need_t.c.acceptance_criteria, need_t.c.comments, need_t.c.created_at, need_t.c.updated_at,
)


def _read_query():  # type: ignore[no-untyped-def]
    return (
        select(*_READ_COLUMNS)
        .select_from(need_t.outerjoin(domain_t, need_t.c.domain_id == domain_t.c.id)
                     .outerjoin(person_t, need_t.c.owner_id == person_t.c.id))
    )


_PRIORITIES = {str(p): p for p in Priority}  # dict lookups: Enum(value) costs ten times more
_STATUSES = {str(s): s for s in NeedStatus}


def _to_read(row: Row) -> NeedRead:
    (nid, ref, title, domain_id, domain_name, priority, status, owner_id, owner_name, workshop,
     source_date, description, rationale, criteria, comments, created, updated) = row
    return NeedRead(
        id=nid, ref=ref, title=title, domain_id=domain_id, domain_name=domain_name,
        priority=_PRIORITIES.get(priority) or Priority(priority), status=_STATUSES.get(status) or NeedStatus(status),
        owner_id=owner_id,
        owner_name=owner_name, source_workshop=workshop,
        source_date=date.fromisoformat(source_date) if source_date else None,
        description=description, rationale=rationale, acceptance_criteria=criteria,
        comments=comments, created_at=created, updated_at=updated,
    )


def _db_values(values: dict[str, object]) -> dict[str, object]:
    out = dict(values)
    for key in ("priority", "status"):
        if key in out:
            out[key] = str(out[key])
    if "source_date" in out:
        d = out["source_date"]
        out["source_date"] = d.isoformat() if isinstance(d, date) else None
    return out


class NeedService:
    def __init__(self, project: ProjectFile) -> None:
        self._pf = project

    # ------------------------------------------------------------------ reads
    def list(self, where: ColumnElement[bool] | None = None) -> list[NeedRead]:
        query = _read_query() if where is None else _read_query().where(where)
        with self._pf.reading() as conn:
            return [_to_read(r) for r in conn.execute(query.order_by(need_t.c.id)).all()]

    def get(self, need_id: int) -> NeedRead:
        with self._pf.reading() as conn:
            row = conn.execute(_read_query().where(need_t.c.id == need_id)).first()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This need no longer exists."))
        return _to_read(row)

    def refs(self) -> dict[str, int]:
        with self._pf.reading() as conn:
            return {ref: nid for nid, ref in conn.execute(select(need_t.c.id, need_t.c.ref))}

    def count(self) -> int:
        with self._pf.reading() as conn:
            return int(conn.execute(select(func.count()).select_from(need_t)).scalar_one())

    # ------------------------------------------------------------------ writes
    def create(self, draft: NeedDraft) -> tuple[NeedRead, Changes]:
        created, changes = self.create_many([draft])
        return created[0], changes

    def create_many(self, drafts: Sequence[NeedDraft]) -> tuple[list[NeedRead], Changes]:
        cleaned = [clean_need_values(d.values()) for d in drafts]
        with self._pf.transaction() as tx:
            ids = insert_needs(tx.conn, cleaned)
        return self._reads(ids), Changes.of(EntityKind.NEED, ids=set(ids), step=tx.step)

    def update(self, need_ids: Iterable[int], values: dict[str, object]) -> Changes:
        """Change the given fields on one or many needs (bulk edit is one undo step)."""
        ids = list(need_ids)
        if not ids or not values:
            return Changes()
        cleaned = _db_values(clean_need_values(values))
        columns = [need_t.c[k] for k in cleaned]
        with self._pf.transaction() as tx:
            current = tx.conn.execute(select(need_t.c.id, *columns).where(need_t.c.id.in_(ids))).all()
            if len(current) != len(set(ids)):
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these needs no longer exist."))
            target = tuple(cleaned.values())
            changed = [row[0] for row in current if tuple(row[1:]) != target]
            if changed:  # nothing to do (and no undo step) when the values are already there
                tx.conn.execute(need_t.update().where(need_t.c.id.in_(changed))
                                .values(**cleaned, updated_at=now_iso()))
        return Changes.of(EntityKind.NEED, ids=set(ids), step=tx.step)

    def delete(self, need_ids: Iterable[int]) -> Changes:
        ids = list(need_ids)
        if not ids:
            return Changes()
        with self._pf.transaction() as tx:
            tx.conn.execute(need_t.delete().where(need_t.c.id.in_(ids)))
        return Changes.of(EntityKind.NEED, ids=set(ids), step=tx.step)

    def _reads(self, ids: list[int]) -> list[NeedRead]:
        with self._pf.reading() as conn:
            rows = conn.execute(_read_query().where(need_t.c.id.in_(ids)).order_by(need_t.c.id))
            return [_to_read(r) for r in rows]


def insert_needs(conn: Connection, cleaned: list[dict[str, object]]) -> list[int]:
    """Insert already-validated needs with fresh references, in bulk (SQLAlchemy Core)."""
    if not cleaned:
        return []
    refs = take_refs(conn, NEED_REF_PREFIX, len(cleaned))
    stamp = now_iso()
    rows = []
    for ref, values in zip(refs, cleaned, strict=True):
        defaults = NeedDraft(title="").values()
        merged = {**defaults, **values}
        rows.append({**_db_values(merged), "ref": ref, "created_at": stamp, "updated_at": stamp})
    conn.execute(need_t.insert(), rows)
    found = conn.execute(select(need_t.c.id, need_t.c.ref).where(need_t.c.ref.in_(refs))).all()
    by_ref = {ref: nid for nid, ref in found}
    return [by_ref[r] for r in refs]
