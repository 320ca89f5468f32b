"""User stories: create (also from needs), edit, link to needs, delete, order the backlog.

A mixin of ``SprintService`` (see ``crmdesk.services.sprints``): each public write is one
transaction, so one undo step, and writes the history rows the charts need beside the change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, tzinfo

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from crmdesk.db.project_file import ProjectFile
from crmdesk.db.tables import NeedRow
from crmdesk.db.tables_sprints import SprintRow, StatusChangeRow, StoryNeedRow, StoryRow
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.sprints import (
    STORY_REF_PREFIX,
    SprintStatus,
    StoryDraft,
    StoryKind,
    StoryRead,
    clean_story_values,
)
from crmdesk.domain.sprints_charts_data import SPRINT, burndown
from crmdesk.domain.sprints_rank import (
    block_bottom,
    block_down,
    block_top,
    block_up,
    place,
    renumber,
    reordered,
)
from crmdesk.services.refs import take_refs
from crmdesk.services.sprint_history import (
    column_change,
    points_change,
    record,
    sprint_change,
    sprint_history,
    stamp,
)
from crmdesk.services.sprint_queries import first_column_id, read_stories

story_t = StoryRow.__table__
link_t = StoryNeedRow.__table__
need_t = NeedRow.__table__
sprint_t = SprintRow.__table__
change_t = StatusChangeRow.__table__

STORY_KINDS = (EntityKind.STORY, EntityKind.SPRINT, EntityKind.LOT)


def _db(values: dict[str, object]) -> dict[str, object]:
    out = dict(values)
    if "kind" in out:
        out["kind"] = str(out["kind"])
    return out


def check_sprint_open(conn: Connection, sprint_id: int | None) -> None:
    """Stories can go into a planned or active sprint, never into a closed one."""
    if sprint_id is None:
        return
    row = conn.execute(select(sprint_t.c.number, sprint_t.c.status).where(sprint_t.c.id == sprint_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This sprint no longer exists."))
    if row[1] == SprintStatus.CLOSED:
        raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Sprint {number} is closed: its stories can no longer change."),
                               number=row[0])


def closed_sprint_of(conn: Connection, story_ids: Iterable[int]) -> tuple[str, int] | None:
    """(ref, sprint number) of the first story that is in a closed sprint, if any."""
    row = conn.execute(select(story_t.c.ref, sprint_t.c.number)
                       .select_from(story_t.join(sprint_t, story_t.c.sprint_id == sprint_t.c.id))
                       .where(story_t.c.id.in_(list(story_ids)), sprint_t.c.status == SprintStatus.CLOSED)
                       .order_by(story_t.c.rank).limit(1)).first()
    return (row[0], row[1]) if row else None


def insert_stories(conn: Connection, drafts: Sequence[StoryDraft], when: str) -> list[int]:
    """Insert validated stories with fresh references at the end of the backlog, link their
    needs and record their first column, sprint and points in the history (Core, in bulk)."""
    if not drafts:
        return []
    cleaned = [clean_story_values(d.values()) for d in drafts]
    for draft in {d.sprint_id for d in drafts}:
        check_sprint_open(conn, draft)
    refs = take_refs(conn, STORY_REF_PREFIX, len(drafts))
    first_column = first_column_id(conn)
    top = conn.execute(select(func.coalesce(func.max(story_t.c.rank), 0.0))).scalar_one()
    rows = []
    for i, (ref, draft, values) in enumerate(zip(refs, drafts, cleaned, strict=True)):
        rows.append({**_db(values), "ref": ref, "sprint_id": draft.sprint_id,
                     "column_id": draft.column_id or first_column, "rank": top + i + 1.0,
                     "created_at": when, "updated_at": when})
    conn.execute(story_t.insert(), rows)
    ids_by_ref = dict(conn.execute(select(story_t.c.ref, story_t.c.id).where(story_t.c.ref.in_(refs))).all())
    ids = [int(ids_by_ref[r]) for r in refs]
    history, links = [], []
    for story_id, row, draft in zip(ids, rows, drafts, strict=True):
        history.append(column_change(story_id, None, row["column_id"], when))  # type: ignore[arg-type]
        if row["sprint_id"] is not None:
            history.append(sprint_change(story_id, None, row["sprint_id"], when))  # type: ignore[arg-type]
        if row.get("points") is not None:
            history.append(points_change(story_id, None, row["points"], when))  # type: ignore[arg-type]
        links += [{"story_id": story_id, "need_id": n} for n in dict.fromkeys(draft.need_ids)]
    record(conn, history)
    if links:
        conn.execute(link_t.insert(), links)
    return ids


def proposals_for_needs(conn: Connection, need_ids: Sequence[int], lot_id: int | None = None,
                        skip_linked: bool = True) -> list[StoryDraft]:
    """One story per need, pre-filled from it: the title, the need's rationale as "so that",
    its acceptance criteria, and the link. "As a … I want …" is left to the pilot."""
    ids = list(dict.fromkeys(need_ids))
    rows = {r[0]: r for r in conn.execute(
        select(need_t.c.id, need_t.c.title, need_t.c.rationale, need_t.c.acceptance_criteria)
        .where(need_t.c.id.in_(ids)))}
    linked = {n for (n,) in conn.execute(select(link_t.c.need_id).where(link_t.c.need_id.in_(ids)))}
    drafts = []
    for need_id in ids:
        if need_id not in rows or (skip_linked and need_id in linked):
            continue
        _, title, rationale, criteria = rows[need_id]
        drafts.append(StoryDraft(title=title, so_that=" ".join(rationale.split())[:2000],
                                 kind=StoryKind.CONFIGURATION, lot_id=lot_id,
                                 acceptance_criteria=criteria, need_ids=(need_id,)))
    return drafts


class StoryWrites:
    _pf: ProjectFile
    _tz: tzinfo | None

    # ------------------------------------------------------------------ create
    def create(self, draft: StoryDraft, at: datetime | None = None) -> tuple[StoryRead, Changes]:
        created, changes = self.create_many([draft], at)
        return created[0], changes

    def create_many(self, drafts: Sequence[StoryDraft], at: datetime | None = None
                    ) -> tuple[list[StoryRead], Changes]:
        if not drafts:
            return [], Changes()
        with self._pf.transaction() as tx:
            ids = insert_stories(tx.conn, drafts, stamp(at))
        with self._pf.reading() as conn:
            created = read_stories(conn, story_t.c.id.in_(ids))
        return created, Changes.of(*STORY_KINDS, ids=set(ids), step=tx.step)

    def propose_from_needs(self, need_ids: Sequence[int], lot_id: int | None = None,
                           skip_linked: bool = True) -> list[StoryDraft]:
        """The stories "Create stories from needs" would create, for the pilot to review."""
        with self._pf.reading() as conn:
            return proposals_for_needs(conn, need_ids, lot_id, skip_linked)

    def create_from_needs(self, need_ids: Sequence[int], lot_id: int | None = None,
                          skip_linked: bool = True, at: datetime | None = None
                          ) -> tuple[list[StoryRead], Changes]:
        """One story per need, linked to it. Needs that already have a story are skipped
        unless ``skip_linked`` is False (a need may take several stories, on purpose)."""
        with self._pf.transaction() as tx:
            drafts = proposals_for_needs(tx.conn, need_ids, lot_id, skip_linked)
            ids = insert_stories(tx.conn, drafts, stamp(at))
        if not ids:
            return [], Changes()
        with self._pf.reading() as conn:
            created = read_stories(conn, story_t.c.id.in_(ids))
        return created, Changes.of(*STORY_KINDS, ids=set(ids), step=tx.step)

    # ------------------------------------------------------------------ edit
    def update(self, story_ids: Iterable[int], values: dict[str, object], at: datetime | None = None) -> Changes:
        """Change the given fields on one or many stories (one undo step). A change of points
        is recorded in the history, and refused for a story of a closed sprint."""
        ids = list(dict.fromkeys(story_ids))
        if not ids or not values:
            return Changes()
        cleaned = _db(clean_story_values(values))
        with self._pf.transaction() as tx:
            _update_in(tx.conn, ids, cleaned, at)
        return Changes.of(*STORY_KINDS, ids=set(ids), step=tx.step)

    def edit(self, story_id: int, values: dict[str, object], need_ids: Iterable[int] | None = None,
             at: datetime | None = None) -> Changes:
        """What the story editor saves: the changed fields and, when given, exactly these linked
        needs, in one transaction (one undo step, all or nothing)."""
        cleaned = _db(clean_story_values(values)) if values else {}
        if not cleaned and need_ids is None:
            return Changes()
        with self._pf.transaction() as tx:
            if cleaned:
                _update_in(tx.conn, [story_id], cleaned, at)
            if need_ids is not None:
                _links_in(tx.conn, story_id, exact=need_ids)
        return Changes.of(*STORY_KINDS, ids={story_id}, step=tx.step)

    def delete(self, story_ids: Iterable[int]) -> Changes:
        """Delete stories. A story that was part of a closed sprint stays: its sprint's charts
        are computed from its history."""
        ids = list(dict.fromkeys(story_ids))
        if not ids:
            return Changes()
        with self._pf.transaction() as tx:
            conn = tx.conn
            kept = charted_story(conn, ids, self._tz)
            if kept:
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "{ref} was part of a closed sprint: it stays so that the sprint's charts remain exact."),
                    ref=kept)
            conn.execute(story_t.delete().where(story_t.c.id.in_(ids)))
        return Changes.of(*STORY_KINDS, ids=set(ids), step=tx.step)

    # ------------------------------------------------------------------ needs
    def link_needs(self, story_id: int, need_ids: Iterable[int]) -> Changes:
        return self._links(story_id, add=need_ids)

    def unlink_needs(self, story_id: int, need_ids: Iterable[int]) -> Changes:
        return self._links(story_id, remove=need_ids)

    def set_needs(self, story_id: int, need_ids: Iterable[int]) -> Changes:
        """Link exactly these needs (the story editor's list)."""
        return self._links(story_id, exact=need_ids)

    def _links(self, story_id: int, add: Iterable[int] = (), remove: Iterable[int] = (),
               exact: Iterable[int] | None = None) -> Changes:
        with self._pf.transaction() as tx:
            _links_in(tx.conn, story_id, add, remove, exact)
        return Changes.of(EntityKind.STORY, ids={story_id}, step=tx.step)

    # ------------------------------------------------------------------ rank
    def move_rank(self, story_ids: Sequence[int], before_id: int | None = None) -> Changes:
        """Put the stories (in the given order) just before ``before_id``, or last when None."""
        ids = list(dict.fromkeys(story_ids))
        if not ids or before_id in ids:
            return Changes()
        with self._pf.transaction() as tx:
            set_ranks(tx.conn, ids, before_id)
        return Changes.of(EntityKind.STORY, ids=set(ids), step=tx.step)

    def move_up(self, story_ids: Sequence[int]) -> Changes:
        return self._keyboard_move(story_ids, block_up)

    def move_down(self, story_ids: Sequence[int]) -> Changes:
        return self._keyboard_move(story_ids, block_down)

    def move_to_top(self, story_ids: Sequence[int]) -> Changes:
        return self._keyboard_move(story_ids, block_top)

    def move_to_bottom(self, story_ids: Sequence[int]) -> Changes:
        return self._keyboard_move(story_ids, block_bottom)

    def _keyboard_move(self, story_ids: Sequence[int], rule) -> Changes:  # type: ignore[no-untyped-def]
        """Moves inside the list the first story belongs to: the backlog (no sprint) or its
        sprint. Stories of the selection that are in another list are ignored."""
        ids = list(story_ids)
        if not ids:
            return Changes()
        with self._pf.transaction() as tx:
            conn = tx.conn
            sprint_id = conn.execute(select(story_t.c.sprint_id).where(story_t.c.id == ids[0])).first()
            if sprint_id is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user story no longer exists."))
            same = story_t.c.sprint_id.is_(None) if sprint_id[0] is None else story_t.c.sprint_id == sprint_id[0]
            scope = [i for (i,) in conn.execute(select(story_t.c.id).where(same)
                                                .order_by(story_t.c.rank, story_t.c.id))]
            move = rule(scope, [i for i in ids if i in scope])
            if move is not None:
                set_ranks(conn, move[0], move[1])
        if move is None:
            return Changes()
        return Changes.of(EntityKind.STORY, ids=set(move[0]), step=tx.step)


def set_ranks(conn: Connection, ids: list[int], before_id: int | None) -> None:
    """Write the ranks of a move; renumber every story when the gap is too small."""
    order = [(i, r) for i, r in conn.execute(select(story_t.c.id, story_t.c.rank)
                                             .order_by(story_t.c.rank, story_t.c.id))]
    known = {i for i, _ in order}
    if any(i not in known for i in ids) or (before_id is not None and before_id not in known):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these user stories no longer exist."))
    ranks = place(order, ids, before_id)
    if ranks is None:
        new = renumber(reordered([i for i, _ in order], ids, before_id))
        old = dict(order)
        ranks = {i: r for i, r in new.items() if old[i] != r}
    for story_id, rank in ranks.items():
        conn.execute(story_t.update().where(story_t.c.id == story_id).values(rank=rank))


def set_points(conn: Connection, story_id: int, points: float | None, when: str) -> None:
    """Re-estimate one story (Core, in the caller's transaction), recorded in the history."""
    clean = clean_story_values({"points": points})["points"]
    closed = closed_sprint_of(conn, [story_id])
    if closed:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "The points of {ref} can no longer change: it belongs to sprint {number}, which is closed."),
            ref=closed[0], number=closed[1])
    old = conn.execute(select(story_t.c.points).where(story_t.c.id == story_id)).first()
    if old is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user story no longer exists."))
    if old[0] != clean:
        conn.execute(story_t.update().where(story_t.c.id == story_id).values(points=clean, updated_at=when))
        record(conn, [points_change(story_id, old[0], clean, when)])  # type: ignore[arg-type]


def charted_story(conn: Connection, story_ids: Sequence[int], tz: tzinfo | None) -> str | None:
    """The ref of the first story whose deletion would change a closed sprint's charts (it is
    in a closed sprint, or its history shows in one), else None. A story planned into a sprint
    and taken out again before the sprint's first day ended never showed in its charts."""
    closed = {i for (i,) in conn.execute(select(sprint_t.c.id).where(sprint_t.c.status == SprintStatus.CLOSED))}
    if not closed:
        return None
    rows = conn.execute(select(story_t.c.id, story_t.c.ref, story_t.c.sprint_id).where(story_t.c.id.in_(list(story_ids)))
                        .order_by(story_t.c.rank)).all()
    for story_id, ref, sprint_id in rows:
        if sprint_id in closed:
            return ref
        mentioned = {int(v) for pair in conn.execute(select(change_t.c.old_value, change_t.c.new_value).where(
            change_t.c.story_id == story_id, change_t.c.field == SPRINT)) for v in pair if v}
        for sid in mentioned & closed:
            history = sprint_history(conn, sid)
            if history is None:
                continue
            without = replace(history, stories=tuple(f for f in history.stories if f.id != story_id),
                              changes=tuple(c for c in history.changes if c.story_id != story_id))
            if burndown(history, None, tz) != burndown(without, None, tz):
                return ref
    return None


def _update_in(conn: Connection, ids: list[int], cleaned: dict[str, object], at: datetime | None) -> None:
    """Set ``cleaned`` (database values) on the stories, in the caller's transaction."""
    columns = [story_t.c[k] for k in cleaned]
    current = conn.execute(select(story_t.c.id, story_t.c.points, *columns).where(story_t.c.id.in_(ids))).all()
    if len(current) != len(ids):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these user stories no longer exist."))
    target = tuple(cleaned.values())
    changed = [row for row in current if tuple(row[2:]) != target]
    if "points" in cleaned:
        moved = [row[0] for row in changed if row[1] != cleaned["points"]]
        closed = closed_sprint_of(conn, moved) if moved else None
        if closed:
            raise ValidationFailed(QT_TRANSLATE_NOOP(
                "Errors", "The points of {ref} can no longer change: it belongs to sprint {number}, which is closed."),
                ref=closed[0], number=closed[1])
    if changed:
        when = stamp(at)
        conn.execute(story_t.update().where(story_t.c.id.in_([r[0] for r in changed]))
                     .values(**cleaned, updated_at=when))
        if "points" in cleaned:
            record(conn, [points_change(r[0], r[1], cleaned["points"], when)  # type: ignore[arg-type]
                          for r in changed if r[1] != cleaned["points"]])


def _links_in(conn: Connection, story_id: int, add: Iterable[int] = (), remove: Iterable[int] = (),
              exact: Iterable[int] | None = None) -> None:
    """Link and unlink needs of a story (``exact``: exactly these), in the caller's transaction."""
    if conn.execute(select(story_t.c.id).where(story_t.c.id == story_id)).first() is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user story no longer exists."))
    current = {n for (n,) in conn.execute(select(link_t.c.need_id).where(link_t.c.story_id == story_id))}
    wanted = set(exact) if exact is not None else (current | set(add)) - set(remove)
    gone, new = current - wanted, sorted(wanted - current)
    if gone:
        conn.execute(link_t.delete().where(link_t.c.story_id == story_id, link_t.c.need_id.in_(gone)))
    if new:
        known = {n for (n,) in conn.execute(select(need_t.c.id).where(need_t.c.id.in_(new)))}
        if len(known) != len(new):
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these needs no longer exist."))
        conn.execute(link_t.insert(), [{"story_id": story_id, "need_id": n} for n in new])
