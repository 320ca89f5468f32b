"""Writes on the groups of criteria and the criteria (a mixin of ``SelectionService``).

Criteria created from needs stay linked to them (``need_id``, or ``domain_id`` for one
criterion per domain), so the matrix can take the vendors' answers into account and the
needs tab can show which criterion judges a need.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.engine import Connection

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.needs import domain_paths
from crmdesk.domain.selection import (
    PRIORITY_WEIGHTS,
    CriterionKind,
)
from crmdesk.domain.selection_rules import (
    clean_name,
    clean_text,
    clean_threshold,
    clean_weight,
)
from crmdesk.services.selection_reads import (
    criterion_t,
    domain_t,
    group_t,
    need_t,
    next_position,
    read_domains,
)

CRITERION_FIELDS = ("name", "description", "weight", "need_id", "domain_id")
# The UI passes its translation as ``name``; stored as given (the criterion is the user's data).
DEFAULT_COST_NAME = QT_TRANSLATE_NOOP("Selection", "Total cost of ownership (TCO)")


class CriteriaWrites:
    _pf: ProjectFile

    # ---------------------------------------------------------------------- groups
    def add_group(self, name: str, weight: float = 1.0) -> tuple[int, Changes]:
        clean, w = clean_name(name, what="group"), clean_weight(weight)
        with self._pf.transaction() as tx:
            _check_group_name(tx.conn, clean, None)
            new_id = int(tx.conn.execute(group_t.insert().values(
                name=clean, weight=w, position=next_position(tx.conn, group_t))).inserted_primary_key[0])
        return new_id, Changes.of(EntityKind.CRITERION, ids={new_id}, step=tx.step)

    def rename_group(self, group_id: int, name: str) -> Changes:
        clean = clean_name(name, what="group")
        return self._update_group(group_id, {"name": clean})

    def reweight_group(self, group_id: int, weight: float) -> Changes:
        return self._update_group(group_id, {"weight": clean_weight(weight)})

    def delete_group(self, group_id: int) -> Changes:
        """Only an empty group can go: its criteria's scores are not thrown away silently."""
        with self._pf.transaction() as tx:
            _require_group(tx.conn, group_id)
            if tx.conn.execute(select(criterion_t.c.id).where(criterion_t.c.group_id == group_id)).first():
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "This group still holds criteria: move or delete them first."))
            tx.conn.execute(group_t.delete().where(group_t.c.id == group_id))
        return Changes.of(EntityKind.CRITERION, ids={group_id}, step=tx.step)

    def reorder_groups(self, group_ids: Sequence[int]) -> Changes:
        with self._pf.transaction() as tx:
            _reorder(tx.conn, group_t, group_ids, None)
        return Changes.of(EntityKind.CRITERION, step=tx.step)

    def _update_group(self, group_id: int, values: dict[str, object]) -> Changes:
        with self._pf.transaction() as tx:
            current = tx.conn.execute(select(*(group_t.c[k] for k in values))
                                      .where(group_t.c.id == group_id)).first()
            if current is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This group of criteria no longer exists."))
            if "name" in values:
                _check_group_name(tx.conn, str(values["name"]), group_id)
            if tuple(current) != tuple(values.values()):
                tx.conn.execute(group_t.update().where(group_t.c.id == group_id).values(**values))
        return Changes.of(EntityKind.CRITERION, ids={group_id}, step=tx.step)

    # -------------------------------------------------------------------- criteria
    def add_criterion(self, group_id: int, name: str, weight: float = 1.0, description: str = "",
                      need_id: int | None = None, domain_id: int | None = None) -> tuple[int, Changes]:
        """A scored criterion at the end of its group (a custom one, or linked to a need or a
        domain)."""
        values = _clean_criterion({"name": name, "weight": weight, "description": description,
                                   "need_id": need_id, "domain_id": domain_id})
        with self._pf.transaction() as tx:
            _require_group(tx.conn, group_id)
            _check_links(tx.conn, values)
            new_id = int(tx.conn.execute(criterion_t.insert().values(
                **values, group_id=group_id, kind=str(CriterionKind.SCORED),
                position=next_position(tx.conn, criterion_t, criterion_t.c.group_id == group_id)
            )).inserted_primary_key[0])
        return new_id, Changes.of(EntityKind.CRITERION, ids={new_id}, step=tx.step)

    def update_criterion(self, criterion_id: int, values: dict[str, object]) -> Changes:
        """Name, description, weight, and the need or domain it is linked to."""
        cleaned = _clean_criterion(values)
        if not cleaned:
            return Changes()
        with self._pf.transaction() as tx:
            current = tx.conn.execute(select(*(criterion_t.c[k] for k in cleaned))
                                      .where(criterion_t.c.id == criterion_id)).first()
            if current is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This criterion no longer exists."))
            _check_links(tx.conn, cleaned)
            if tuple(current) != tuple(cleaned.values()):
                tx.conn.execute(criterion_t.update().where(criterion_t.c.id == criterion_id).values(**cleaned))
        return Changes.of(EntityKind.CRITERION, ids={criterion_id}, step=tx.step)

    def reweight_criterion(self, criterion_id: int, weight: float) -> Changes:
        return self.update_criterion(criterion_id, {"weight": weight})

    def delete_criteria(self, criterion_ids: Iterable[int]) -> Changes:
        """Delete criteria with their scores and consensus (undo gives them back)."""
        ids = list(criterion_ids)
        if not ids:
            return Changes()
        with self._pf.transaction() as tx:
            done = tx.conn.execute(criterion_t.delete().where(criterion_t.c.id.in_(ids)))
            if done.rowcount != len(set(ids)):
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these criteria no longer exist."))
        return Changes.of(EntityKind.CRITERION, EntityKind.SCORE, ids=set(ids), step=tx.step)

    def move_criterion(self, criterion_id: int, group_id: int, position: int | None = None) -> Changes:
        """Into ``group_id`` (possibly its own) at ``position`` (the end when None)."""
        with self._pf.transaction() as tx:
            _require_group(tx.conn, group_id)
            row = tx.conn.execute(select(criterion_t.c.group_id).where(criterion_t.c.id == criterion_id)).first()
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This criterion no longer exists."))
            siblings = [i for (i,) in tx.conn.execute(
                select(criterion_t.c.id).where(criterion_t.c.group_id == group_id)
                .order_by(criterion_t.c.position, criterion_t.c.id)) if i != criterion_id]
            at = len(siblings) if position is None else max(0, min(int(position), len(siblings)))
            siblings.insert(at, criterion_id)
            if row.group_id != group_id:
                tx.conn.execute(criterion_t.update().where(criterion_t.c.id == criterion_id)
                                .values(group_id=group_id))
            _reorder(tx.conn, criterion_t, siblings, criterion_t.c.group_id == group_id)
            if row.group_id != group_id:
                _reorder(tx.conn, criterion_t, [], criterion_t.c.group_id == row.group_id)
        return Changes.of(EntityKind.CRITERION, ids={criterion_id}, step=tx.step)

    def set_knockout(self, criterion_id: int, threshold: float | None) -> Changes:
        """Make a criterion a knock-out one below ``threshold`` (0-5), or a normal one (None)."""
        clean = None if threshold is None else clean_threshold(threshold)
        with self._pf.transaction() as tx:
            row = tx.conn.execute(select(criterion_t.c.kind, criterion_t.c.knockout, criterion_t.c.knockout_threshold)
                                  .where(criterion_t.c.id == criterion_id)).first()
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This criterion no longer exists."))
            if clean is not None and row.kind == CriterionKind.COST:
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "The cost criterion cannot be a knock-out: it only compares the offers."))
            target = (clean is not None, clean)
            if (bool(row.knockout), row.knockout_threshold) != target:
                tx.conn.execute(criterion_t.update().where(criterion_t.c.id == criterion_id)
                                .values(knockout=target[0], knockout_threshold=target[1]))
        return Changes.of(EntityKind.CRITERION, EntityKind.SCORE, ids={criterion_id}, step=tx.step)

    def create_criteria_from_needs(self, mode: str = "need",
                                   priorities: Iterable[Priority | str] = (Priority.MANDATORY, Priority.DESIRED),
                                   group_id: int | None = None, group_name: str = "") -> tuple[list[int], Changes]:
        """One criterion per need of these priorities (``mode="need"``, named after the need,
        weight 3/2/1 for mandatory/desired/optional) or one per domain holding such needs
        (``mode="domain"``, named after the domain path, weight the sum of its needs'
        weights). Rejected needs are left out, and so are needs or domains already linked to
        a criterion, so running it again only adds what is new. The criteria go into
        ``group_id``, or into a group ``group_name`` (created when missing)."""
        if mode not in ("need", "domain"):
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Create criteria per need or per domain."))
        wanted = {str(Priority(p)) for p in priorities}
        with self._pf.transaction() as tx:
            conn = tx.conn
            if group_id is not None:
                _require_group(conn, group_id)
            needs = conn.execute(select(need_t.c.id, need_t.c.title, need_t.c.priority, need_t.c.domain_id)
                                 .where(need_t.c.priority.in_(wanted))
                                 .where(need_t.c.status != str(NeedStatus.REJECTED))
                                 .order_by(need_t.c.id)).all()
            rows: list[dict[str, object]] = []
            if mode == "need":
                linked = {n for (n,) in conn.execute(select(criterion_t.c.need_id)
                                                     .where(criterion_t.c.need_id.is_not(None)))}
                for need in needs:
                    if need.id in linked:
                        continue
                    rows.append({"name": need.title[:300], "need_id": need.id, "domain_id": None,
                                 "weight": PRIORITY_WEIGHTS[Priority(need.priority)]})
            else:
                linked = {d for (d,) in conn.execute(select(criterion_t.c.domain_id)
                                                     .where(criterion_t.c.domain_id.is_not(None))
                                                     .where(criterion_t.c.need_id.is_(None)))}
                paths = domain_paths(read_domains(conn))
                weights: dict[int, float] = {}
                for need in needs:
                    if need.domain_id is not None and need.domain_id not in linked:
                        weights[need.domain_id] = weights.get(need.domain_id, 0.0) + PRIORITY_WEIGHTS[
                            Priority(need.priority)]
                for did in sorted(weights, key=lambda d: paths.get(d, "").casefold()):
                    rows.append({"name": paths.get(did, str(did))[:300], "need_id": None, "domain_id": did,
                                 "weight": weights[did]})
            ids: list[int] = []
            if rows:  # no empty group is made when there is nothing to add
                gid = _target_group(conn, group_id, group_name)
                position = next_position(conn, criterion_t, criterion_t.c.group_id == gid)
                for offset, row in enumerate(rows):
                    row.update(group_id=gid, kind=str(CriterionKind.SCORED), position=position + offset,
                               description="")
                conn.execute(criterion_t.insert(), rows)
                ids = [i for (i,) in conn.execute(select(criterion_t.c.id).where(criterion_t.c.group_id == gid)
                                                  .where(criterion_t.c.position >= position)
                                                  .order_by(criterion_t.c.position))]
        return ids, Changes.of(EntityKind.CRITERION, ids=set(ids), step=tx.step)

    def ensure_cost_criterion(self, group_id: int | None = None, group_name: str = "",
                              name: str = DEFAULT_COST_NAME, weight: float = 1.0) -> tuple[int, Changes]:
        """The one criterion computed from the TCO (created when missing, else returned)."""
        clean, w = clean_name(name, what="criterion"), clean_weight(weight)
        with self._pf.transaction() as tx:
            found = tx.conn.execute(select(criterion_t.c.id)
                                    .where(criterion_t.c.kind == str(CriterionKind.COST))).first()
            if found is not None:
                return int(found[0]), Changes()
            gid = _target_group(tx.conn, group_id, group_name)
            new_id = int(tx.conn.execute(criterion_t.insert().values(
                group_id=gid, name=clean, weight=w, kind=str(CriterionKind.COST), description="",
                position=next_position(tx.conn, criterion_t, criterion_t.c.group_id == gid)
            )).inserted_primary_key[0])
        return new_id, Changes.of(EntityKind.CRITERION, ids={new_id}, step=tx.step)


# ------------------------------------------------------------------------------ helpers
def _clean_criterion(values: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in values.items():
        if key not in CRITERION_FIELDS:
            raise ValueError(f"not editable: {key}")
        if key == "name":
            out[key] = clean_name(value, what="criterion")
        elif key == "description":
            out[key] = clean_text(value)
        elif key == "weight":
            out[key] = clean_weight(value)
        else:
            out[key] = int(value) if value not in (None, "") else None  # type: ignore[call-overload]
    return out


def _check_links(conn: Connection, values: dict[str, object]) -> None:
    if values.get("need_id") is not None and conn.execute(
            select(need_t.c.id).where(need_t.c.id == values["need_id"])).first() is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This need no longer exists."))
    if values.get("domain_id") is not None and conn.execute(
            select(domain_t.c.id).where(domain_t.c.id == values["domain_id"])).first() is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This domain no longer exists."))


def _require_group(conn: Connection, group_id: int) -> None:
    if conn.execute(select(group_t.c.id).where(group_t.c.id == group_id)).first() is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This group of criteria no longer exists."))


def _check_group_name(conn: Connection, name: str, own_id: int | None) -> None:
    for gid, other in conn.execute(select(group_t.c.id, group_t.c.name)):
        if gid != own_id and other.casefold() == name.casefold():
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A group named {name} already exists."), name=name)


def _target_group(conn: Connection, group_id: int | None, group_name: str) -> int:
    if group_id is not None:
        _require_group(conn, group_id)
        return group_id
    name = clean_name(group_name, what="group")
    for gid, other in conn.execute(select(group_t.c.id, group_t.c.name)):
        if other.casefold() == name.casefold():
            return int(gid)
    return int(conn.execute(group_t.insert().values(
        name=name, weight=1.0, position=next_position(conn, group_t))).inserted_primary_key[0])


def _reorder(conn: Connection, table, ids: Sequence[int], where) -> None:  # type: ignore[no-untyped-def]
    """Positions 0..n in the order given (unlisted rows follow in their current order)."""
    query = select(table.c.id, table.c.position).order_by(table.c.position, table.c.id)
    if where is not None:
        query = query.where(where)
    rows = conn.execute(query).all()
    positions = {r.id: r.position for r in rows}
    order = [i for i in dict.fromkeys(ids) if i in positions]
    order += [r.id for r in rows if r.id not in order]
    for position, item in enumerate(order):
        if positions[item] != position:
            conn.execute(table.update().where(table.c.id == item).values(position=position))
