"""The tree of functional domains."""

from __future__ import annotations

from sqlalchemy import func, select

from crmdesk.db.project_file import ProjectFile
from crmdesk.db.tables import DomainRow, NeedRow
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.needs import DomainRead, descendants
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

domain_t = DomainRow.__table__
need_t = NeedRow.__table__


def _clean_name(name: str) -> str:
    text = " ".join((name or "").split())
    if not text:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A domain must have a name."))
    if "/" in text:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A domain's name cannot contain '/'."))
    if len(text) > 200:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A domain's name is limited to {n} characters."), n=200)
    return text


class DomainService:
    def __init__(self, project: ProjectFile) -> None:
        self._pf = project

    def list(self) -> list[DomainRead]:
        with self._pf.reading() as conn:
            rows = conn.execute(select(domain_t.c.id, domain_t.c.name, domain_t.c.parent_id,
                                       domain_t.c.position).order_by(domain_t.c.position, domain_t.c.id))
            return [DomainRead(*r) for r in rows]

    def need_counts(self) -> dict[int, int]:
        with self._pf.reading() as conn:
            rows = conn.execute(select(need_t.c.domain_id, func.count()).group_by(need_t.c.domain_id))
            return {d: n for d, n in rows if d is not None}

    def create(self, name: str, parent_id: int | None = None) -> tuple[int, Changes]:
        clean = _clean_name(name)
        with self._pf.transaction() as tx:
            if parent_id is not None and tx.conn.execute(
                    select(domain_t.c.id).where(domain_t.c.id == parent_id)).first() is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "The parent domain no longer exists."))
            self._check_unique(tx.conn, clean, parent_id, None)
            position = tx.conn.execute(
                select(func.coalesce(func.max(domain_t.c.position), -1) + 1)
                .where(domain_t.c.parent_id.is_(parent_id) if parent_id is None
                       else domain_t.c.parent_id == parent_id)).scalar_one()
            new_id = tx.conn.execute(domain_t.insert().values(
                name=clean, parent_id=parent_id, position=position)).inserted_primary_key[0]
        return int(new_id), Changes.of(EntityKind.DOMAIN, ids={int(new_id)}, step=tx.step)

    def rename(self, domain_id: int, name: str) -> Changes:
        clean = _clean_name(name)
        with self._pf.transaction() as tx:
            row = tx.conn.execute(select(domain_t.c.parent_id).where(domain_t.c.id == domain_id)).first()
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This domain no longer exists."))
            self._check_unique(tx.conn, clean, row[0], domain_id)
            tx.conn.execute(domain_t.update().where(domain_t.c.id == domain_id).values(name=clean))
        # Needs show their domain's name: they change too.
        return Changes.of(EntityKind.DOMAIN, EntityKind.NEED, ids={domain_id}, step=tx.step)

    def move(self, domain_id: int, new_parent_id: int | None, position: int | None = None) -> Changes:
        domains = self.list()
        if domain_id not in {d.id for d in domains}:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This domain no longer exists."))
        if new_parent_id is not None and new_parent_id in descendants(domains, domain_id):
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A domain cannot be moved inside itself."))
        me = next(d for d in domains if d.id == domain_id)
        siblings = [d for d in domains if d.parent_id == new_parent_id and d.id != domain_id]
        index = len(siblings) if position is None else max(0, min(position, len(siblings)))
        siblings.insert(index, me)
        with self._pf.transaction() as tx:
            self._check_unique(tx.conn, me.name, new_parent_id, domain_id)
            tx.conn.execute(domain_t.update().where(domain_t.c.id == domain_id)
                            .values(parent_id=new_parent_id))
            for pos, d in enumerate(siblings):
                if d.position != pos or d.id == domain_id:
                    tx.conn.execute(domain_t.update().where(domain_t.c.id == d.id).values(position=pos))
        return Changes.of(EntityKind.DOMAIN, EntityKind.NEED, ids={domain_id}, step=tx.step)

    def delete(self, domain_id: int) -> Changes:
        with self._pf.transaction() as tx:
            if tx.conn.execute(select(domain_t.c.id).where(domain_t.c.id == domain_id)).first() is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This domain no longer exists."))
            if tx.conn.execute(select(domain_t.c.id).where(domain_t.c.parent_id == domain_id)).first():
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "This domain still holds other domains; move or delete them first."))
            if tx.conn.execute(select(need_t.c.id).where(need_t.c.domain_id == domain_id)).first():
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "This domain still holds needs; move or delete them first."))
            tx.conn.execute(domain_t.delete().where(domain_t.c.id == domain_id))
        return Changes.of(EntityKind.DOMAIN, ids={domain_id}, step=tx.step)

    @staticmethod
    def _check_unique(conn, name: str, parent_id: int | None, self_id: int | None) -> None:  # type: ignore[no-untyped-def]
        query = select(domain_t.c.id, domain_t.c.name).where(
            domain_t.c.parent_id.is_(None) if parent_id is None else domain_t.c.parent_id == parent_id)
        for other_id, other_name in conn.execute(query):
            if other_id != self_id and other_name.casefold() == name.casefold():
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A domain named {name} already exists here."), name=name)


def ensure_domain_path(conn, path: str, cache: dict[str, int]) -> int | None:  # type: ignore[no-untyped-def]
    """The id of the domain at 'A / B / C', creating the missing levels (imports, catalogue)."""
    parts = [" ".join(p.split()) for p in (path or "").split("/")]
    parts = [p for p in parts if p]
    if not parts:
        return None
    parent: int | None = None
    key = ""
    for part in parts:
        key = f"{key}/{part.casefold()}"
        if key in cache:
            parent = cache[key]
            continue
        query = select(domain_t.c.id, domain_t.c.name).where(
            domain_t.c.parent_id.is_(None) if parent is None else domain_t.c.parent_id == parent)
        found = next((i for i, n in conn.execute(query) if n.casefold() == part.casefold()), None)
        if found is None:
            position = conn.execute(select(func.count()).select_from(domain_t).where(
                domain_t.c.parent_id.is_(None) if parent is None else domain_t.c.parent_id == parent)
            ).scalar_one()
            found = conn.execute(domain_t.insert().values(
                name=_clean_name(part[:200]), parent_id=parent, position=position)).inserted_primary_key[0]
        cache[key] = int(found)
        parent = int(found)
    return parent
