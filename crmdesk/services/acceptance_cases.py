"""Test cases: create (also from needs and stories), edit, replace the steps, link needs and
stories, delete.

A mixin of ``AcceptanceService`` (see ``crmdesk.services.acceptance``): each public write is one
transaction, so one undo step, returning ``Changes``. Campaigns hold frozen copies of the cases,
so editing a case here never changes a campaign's past results.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.acceptance import (
    PRIORITY_OF_NEED,
    TEST_CASE_REF_PREFIX,
    TestCaseRead,
    TestPriority,
    TestStep,
)
from crmdesk.domain.acceptance_values import (
    TestCaseDraft,
    clean_steps,
    clean_test_case_values,
    steps_from_criteria,
)
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import Priority
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.services.acceptance_queries import (
    case_need_t,
    case_story_t,
    case_t,
    cc_t,
    need_t,
    read_cases,
    step_t,
    story_need_t,
    story_t,
)
from crmdesk.services.refs import take_refs
from crmdesk.services.sprint_history import stamp

_PRIORITY_RANK = {Priority.MANDATORY: 0, Priority.DESIRED: 1, Priority.OPTIONAL: 2}


def insert_cases(conn: Connection, drafts: Sequence[TestCaseDraft], when: str) -> list[int]:
    """Insert validated cases with fresh references, their steps and links (Core, in bulk)."""
    if not drafts:
        return []
    cleaned = [clean_test_case_values(d.values()) for d in drafts]
    steps = [clean_steps(d.steps) for d in drafts]
    refs = take_refs(conn, TEST_CASE_REF_PREFIX, len(drafts))
    top = conn.execute(select(func.coalesce(func.max(case_t.c.position), 0))).scalar_one()
    rows = [{**values, "ref": ref, "position": top + i + 1, "created_at": when, "updated_at": when}
            for i, (ref, values) in enumerate(zip(refs, cleaned, strict=True))]
    conn.execute(case_t.insert(), rows)
    by_ref = dict(conn.execute(select(case_t.c.ref, case_t.c.id).where(case_t.c.ref.in_(refs))).all())
    ids = [int(by_ref[r]) for r in refs]
    step_rows, need_rows, story_rows = [], [], []
    for case_id, draft, own in zip(ids, drafts, steps, strict=True):
        step_rows += [{"test_case_id": case_id, "position": p, "action": s.action, "expected": s.expected}
                      for p, s in enumerate(own, start=1)]
        need_rows += [{"test_case_id": case_id, "need_id": n} for n in dict.fromkeys(draft.need_ids)]
        story_rows += [{"test_case_id": case_id, "story_id": s} for s in dict.fromkeys(draft.story_ids)]
    _check_known(conn, need_t, {r["need_id"] for r in need_rows}, story=False)
    _check_known(conn, story_t, {r["story_id"] for r in story_rows}, story=True)
    for table, values in ((step_t, step_rows), (case_need_t, need_rows), (case_story_t, story_rows)):
        if values:
            conn.execute(table.insert(), values)
    return ids


def _check_known(conn: Connection, table, ids: set[int], story: bool) -> None:  # type: ignore[no-untyped-def]
    if not ids:
        return
    known = {i for (i,) in conn.execute(select(table.c.id).where(table.c.id.in_(ids)))}
    if known != ids:
        if story:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these user stories no longer exist."))
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these needs no longer exist."))


def _single_lot(lots: Iterable[int | None]) -> int | None:
    found = {lot for lot in lots if lot is not None}
    return found.pop() if len(found) == 1 else None


def proposals_from_needs(conn: Connection, need_ids: Sequence[int], skip_covered: bool = True) -> list[TestCaseDraft]:
    """One case per need: its title, one step per acceptance criterion, the importance from
    the need's priority, linked to the need and to the stories that build it (their lot when
    they share one). Needs that already have a case are skipped unless ``skip_covered`` is
    False."""
    ids = list(dict.fromkeys(need_ids))
    if not ids:
        return []
    needs = {r[0]: r[1:] for r in conn.execute(select(need_t.c.id, need_t.c.title, need_t.c.priority,
                                                      need_t.c.acceptance_criteria).where(need_t.c.id.in_(ids)))}
    covered = {n for (n,) in conn.execute(select(case_need_t.c.need_id).where(case_need_t.c.need_id.in_(ids)))}
    stories: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
    for need_id, story_id, lot_id in conn.execute(
            select(story_need_t.c.need_id, story_t.c.id, story_t.c.lot_id)
            .select_from(story_need_t.join(story_t, story_need_t.c.story_id == story_t.c.id))
            .where(story_need_t.c.need_id.in_(ids)).order_by(story_t.c.ref)):
        stories[need_id].append((story_id, lot_id))
    drafts = []
    for need_id in ids:
        if need_id not in needs or (skip_covered and need_id in covered):
            continue
        title, priority, criteria = needs[need_id]
        linked = stories.get(need_id, [])
        drafts.append(TestCaseDraft(
            title=title, priority=PRIORITY_OF_NEED[Priority(priority)], steps=steps_from_criteria(criteria),
            lot_id=_single_lot(lot for _, lot in linked), need_ids=(need_id,),
            story_ids=tuple(s for s, _ in linked)))
    return drafts


def proposals_from_stories(conn: Connection, story_ids: Sequence[int], skip_covered: bool = True
                           ) -> list[TestCaseDraft]:
    """One case per story: its title, one step per acceptance criterion, its lot, linked to
    the story and its needs; importance from the most important of those needs (medium when
    it has none)."""
    ids = list(dict.fromkeys(story_ids))
    if not ids:
        return []
    stories = {r[0]: r[1:] for r in conn.execute(select(story_t.c.id, story_t.c.title, story_t.c.lot_id,
                                                        story_t.c.acceptance_criteria).where(story_t.c.id.in_(ids)))}
    covered = {s for (s,) in conn.execute(select(case_story_t.c.story_id).where(case_story_t.c.story_id.in_(ids)))}
    needs: dict[int, list[tuple[int, Priority]]] = defaultdict(list)
    for story_id, need_id, priority in conn.execute(
            select(story_need_t.c.story_id, need_t.c.id, need_t.c.priority)
            .select_from(story_need_t.join(need_t, story_need_t.c.need_id == need_t.c.id))
            .where(story_need_t.c.story_id.in_(ids)).order_by(need_t.c.ref)):
        needs[story_id].append((need_id, Priority(priority)))
    drafts = []
    for story_id in ids:
        if story_id not in stories or (skip_covered and story_id in covered):
            continue
        title, lot_id, criteria = stories[story_id]
        linked = needs.get(story_id, [])
        top = min((p for _, p in linked), key=_PRIORITY_RANK.__getitem__, default=None)
        drafts.append(TestCaseDraft(
            title=title, priority=PRIORITY_OF_NEED[top] if top else TestPriority.MEDIUM,
            steps=steps_from_criteria(criteria), lot_id=lot_id, need_ids=tuple(n for n, _ in linked),
            story_ids=(story_id,)))
    return drafts


class TestCaseWrites:
    __test__ = False

    _pf: ProjectFile

    def _case_reads(self, ids: Sequence[int]) -> list[TestCaseRead]:
        with self._pf.reading() as conn:
            return read_cases(conn, case_t.c.id.in_(list(ids)))

    # ------------------------------------------------------------------ create
    def create_case(self, draft: TestCaseDraft, at: datetime | None = None) -> tuple[TestCaseRead, Changes]:
        created, changes = self.create_cases([draft], at)
        return created[0], changes

    def create_cases(self, drafts: Sequence[TestCaseDraft], at: datetime | None = None
                     ) -> tuple[list[TestCaseRead], Changes]:
        if not drafts:
            return [], Changes()
        with self._pf.transaction() as tx:
            ids = insert_cases(tx.conn, drafts, stamp(at))
        return self._case_reads(ids), Changes.of(EntityKind.TEST_CASE, ids=set(ids), step=tx.step)

    def propose_from_needs(self, need_ids: Sequence[int], skip_covered: bool = True) -> list[TestCaseDraft]:
        """The cases "Create test cases from needs" would create, for the pilot to review."""
        with self._pf.reading() as conn:
            return proposals_from_needs(conn, need_ids, skip_covered)

    def propose_from_stories(self, story_ids: Sequence[int], skip_covered: bool = True) -> list[TestCaseDraft]:
        with self._pf.reading() as conn:
            return proposals_from_stories(conn, story_ids, skip_covered)

    def create_from_needs(self, need_ids: Sequence[int], skip_covered: bool = True, at: datetime | None = None
                          ) -> tuple[list[TestCaseRead], Changes]:
        with self._pf.transaction() as tx:
            ids = insert_cases(tx.conn, proposals_from_needs(tx.conn, need_ids, skip_covered), stamp(at))
        if not ids:
            return [], Changes()
        return self._case_reads(ids), Changes.of(EntityKind.TEST_CASE, ids=set(ids), step=tx.step)

    def create_from_stories(self, story_ids: Sequence[int], skip_covered: bool = True, at: datetime | None = None
                            ) -> tuple[list[TestCaseRead], Changes]:
        with self._pf.transaction() as tx:
            ids = insert_cases(tx.conn, proposals_from_stories(tx.conn, story_ids, skip_covered), stamp(at))
        if not ids:
            return [], Changes()
        return self._case_reads(ids), Changes.of(EntityKind.TEST_CASE, ids=set(ids), step=tx.step)

    # ------------------------------------------------------------------ edit
    def update_cases(self, case_ids: Iterable[int], values: dict[str, object], at: datetime | None = None) -> Changes:
        """Change the given fields on one or many cases (one undo step)."""
        ids = list(dict.fromkeys(case_ids))
        if not ids or not values:
            return Changes()
        cleaned = clean_test_case_values(values)
        with self._pf.transaction() as tx:
            columns = [case_t.c[k] for k in cleaned]
            current = tx.conn.execute(select(case_t.c.id, *columns).where(case_t.c.id.in_(ids))).all()
            if len(current) != len(ids):
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these test cases no longer exist."))
            changed = [row[0] for row in current if tuple(row[1:]) != tuple(cleaned.values())]
            if changed:
                tx.conn.execute(case_t.update().where(case_t.c.id.in_(changed)).values(**cleaned, updated_at=stamp(at)))
        return Changes.of(EntityKind.TEST_CASE, ids=set(ids), step=tx.step)

    def set_steps(self, case_id: int, steps: Sequence[TestStep | tuple[str, str]], at: datetime | None = None
                  ) -> Changes:
        """Replace the whole list of steps in one undo step (the editor's table)."""
        new = clean_steps(steps)
        with self._pf.transaction() as tx:
            conn = tx.conn
            if conn.execute(select(case_t.c.id).where(case_t.c.id == case_id)).first() is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This test case no longer exists."))
            old = tuple(TestStep(a, e) for a, e in conn.execute(
                select(step_t.c.action, step_t.c.expected).where(step_t.c.test_case_id == case_id)
                .order_by(step_t.c.position)))
            if old != new:
                conn.execute(step_t.delete().where(step_t.c.test_case_id == case_id))
                if new:
                    conn.execute(step_t.insert(), [{"test_case_id": case_id, "position": p, "action": s.action,
                                                    "expected": s.expected} for p, s in enumerate(new, start=1)])
                conn.execute(case_t.update().where(case_t.c.id == case_id).values(updated_at=stamp(at)))
        return Changes.of(EntityKind.TEST_CASE, ids={case_id}, step=tx.step)

    def set_case_needs(self, case_id: int, need_ids: Iterable[int]) -> Changes:
        """Link exactly these needs (the editor's list)."""
        return self._set_links(case_id, case_need_t, "need_id", need_t, need_ids)

    def set_case_stories(self, case_id: int, story_ids: Iterable[int]) -> Changes:
        return self._set_links(case_id, case_story_t, "story_id", story_t, story_ids)

    def _set_links(self, case_id: int, link, column: str, target, wanted_ids: Iterable[int]) -> Changes:  # type: ignore[no-untyped-def]
        wanted = set(wanted_ids)
        with self._pf.transaction() as tx:
            conn = tx.conn
            if conn.execute(select(case_t.c.id).where(case_t.c.id == case_id)).first() is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This test case no longer exists."))
            current = {i for (i,) in conn.execute(select(link.c[column]).where(link.c.test_case_id == case_id))}
            gone, new = current - wanted, sorted(wanted - current)
            if gone:
                conn.execute(link.delete().where(link.c.test_case_id == case_id, link.c[column].in_(gone)))
            if new:
                _check_known(conn, target, set(new), story=target is story_t)
                conn.execute(link.insert(), [{"test_case_id": case_id, column: i} for i in new])
        return Changes.of(EntityKind.TEST_CASE, ids={case_id}, step=tx.step)

    def delete_cases(self, case_ids: Iterable[int]) -> Changes:
        """Delete cases never put in a campaign. A case a campaign holds stays, so that the
        traceability of its results remains: mark it obsolete instead."""
        ids = list(dict.fromkeys(case_ids))
        if not ids:
            return Changes()
        with self._pf.transaction() as tx:
            used = tx.conn.execute(select(case_t.c.ref).select_from(case_t.join(cc_t, cc_t.c.test_case_id == case_t.c.id))
                                   .where(case_t.c.id.in_(ids)).order_by(case_t.c.ref).limit(1)).scalar()
            if used:
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "{ref} is part of a campaign: it stays for the traceability of its results; mark it "
                    "obsolete instead."), ref=used)
            tx.conn.execute(case_t.delete().where(case_t.c.id.in_(ids)))
        return Changes.of(EntityKind.TEST_CASE, ids=set(ids), step=tx.step)
