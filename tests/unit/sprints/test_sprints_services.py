"""The sprints service over a real project file: stories and their needs, ranks, lots, sprints
(plan, start, close with carry-over), the board (moves, WIP, columns) and undo, with the
history written beside every change."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest
from sqlalchemy import func, select

from crmdesk.db.tables_sprints import StatusChangeRow
from crmdesk.domain.changes import EntityKind
from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.needs import NeedDraft
from crmdesk.domain.sprints import SprintStatus, StoryDraft, StoryKind
from crmdesk.services.sprints import SprintService

change_t = StatusChangeRow.__table__
MONDAY = date(2026, 9, 7)


def at(day: int, hour: int = 12) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=day - 1), datetime.min.time(), UTC).replace(hour=hour)


@pytest.fixture
def sprints(services) -> SprintService:  # type: ignore[no-untyped-def]
    return SprintService(services.file, tz=UTC)


def history_rows(service: SprintService, story_id: int | None = None) -> list[tuple[str, str, str, str]]:
    with service._pf.reading() as conn:
        query = select(change_t.c.field, change_t.c.old_value, change_t.c.new_value, change_t.c.changed_at)
        if story_id is not None:
            query = query.where(change_t.c.story_id == story_id)
        return [tuple(r) for r in conn.execute(query.order_by(change_t.c.id))]


def history_count(service: SprintService) -> int:
    with service._pf.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(change_t)).scalar_one())


def make(sprints: SprintService, *points: float | None, when: datetime | None = None) -> list[int]:
    created, _ = sprints.create_many([StoryDraft(title=f"Histoire {i}", points=p) for i, p in enumerate(points, 1)],
                                     at=when or at(-7))
    return [s.id for s in created]


def column(sprints: SprintService, key: str) -> int:
    return next(c.id for c in sprints.columns() if c.key == key)


# ----------------------------------------------------------------------------- stories
def test_create_edit_and_record_the_history(sprints):
    story, changes = sprints.create(StoryDraft(title="Fiche compte", as_a="commercial", points=5,
                                               kind=StoryKind.CONFIGURATION), at=at(-7))
    assert story.ref == "US-001" and story.column_key == "todo" and story.points == 5
    assert changes.touches(EntityKind.STORY) and changes.step is not None
    assert [r[:3] for r in history_rows(sprints, story.id)] == [("column", "", str(story.column_id)),
                                                                ("points", "", "5")]
    sprints.update([story.id], {"points": 8, "title": "Fiche compte unique"}, at=at(-6))
    assert history_rows(sprints, story.id)[-1] == ("points", "5", "8", at(-6).isoformat())
    sprints.update([story.id], {"title": "Fiche compte unique"})  # nothing changes: no history
    assert len(history_rows(sprints, story.id)) == 3
    assert sprints.story(story.id).title == "Fiche compte unique"
    with pytest.raises(ValidationFailed, match="0, 1, 2, 3, 5, 8, 13, 21"):
        sprints.update([story.id], {"points": 4})
    second, _ = sprints.create(StoryDraft(title="Doublons"))
    assert second.ref == "US-002" and second.rank > story.rank
    sprints.delete([second.id])
    third, _ = sprints.create(StoryDraft(title="Autre"))
    assert third.ref == "US-003"  # references are never reused


def test_links_to_needs_and_stories_from_needs(services, sprints):
    needs, _ = services.needs.create_many([
        NeedDraft(title="Fiche compte unique", priority=Priority.MANDATORY, status=NeedStatus.VALIDATED,
                  rationale="Socle du projet.", acceptance_criteria="Le code ERP est affiché."),
        NeedDraft(title="Alerte doublon", priority=Priority.MANDATORY, status=NeedStatus.VALIDATED),
        NeedDraft(title="Signature électronique", priority=Priority.MANDATORY, status=NeedStatus.REJECTED),
        NeedDraft(title="Carte des clients", priority=Priority.DESIRED),
    ])
    assert [(n.id, n.ref, n.title) for n in sprints.unlinked_mandatory_needs()] == [
        (needs[0].id, "BES-001", "Fiche compte unique"), (needs[1].id, "BES-002", "Alerte doublon")]
    lot, _ = sprints.create_lot("Lot 1 – Socle commercial")
    proposals = sprints.propose_from_needs([needs[0].id, needs[3].id], lot_id=lot)
    assert [(p.title, p.so_that, p.acceptance_criteria, p.need_ids, p.lot_id) for p in proposals] == [
        ("Fiche compte unique", "Socle du projet.", "Le code ERP est affiché.", (needs[0].id,), lot),
        ("Carte des clients", "", "", (needs[3].id,), lot)]
    assert sprints.stories() == []  # a proposal writes nothing
    created, changes = sprints.create_from_needs([needs[0].id], lot_id=lot)
    assert [(s.title, s.need_refs, s.lot_name, s.as_a, s.i_want) for s in created] == [
        ("Fiche compte unique", ("BES-001",), "Lot 1 – Socle commercial", "", "")]
    assert [n.ref for n in sprints.unlinked_mandatory_needs()] == ["BES-002"]
    # A need that already has a story is skipped, unless asked.
    again, _ = sprints.create_from_needs([needs[0].id, needs[1].id])
    assert [s.title for s in again] == ["Alerte doublon"]
    assert len(sprints.create_from_needs([needs[0].id], skip_linked=False)[0]) == 1
    assert sprints.create_from_needs([needs[0].id]) == ([], type(changes)())
    story = created[0]
    sprints.link_needs(story.id, [needs[1].id, needs[3].id])
    assert sprints.story(story.id).need_refs == ("BES-001", "BES-002", "BES-004")
    sprints.unlink_needs(story.id, [needs[0].id])
    assert sprints.story(story.id).need_refs == ("BES-002", "BES-004")
    sprints.set_needs(story.id, [needs[0].id])
    assert sprints.story(story.id).need_refs == ("BES-001",)
    assert sprints.stories_by_need()[needs[0].id] == ["US-001", "US-003"]
    with pytest.raises(NotFound):
        sprints.link_needs(story.id, [9999])
    # Undo of the creation takes the links away too.
    services.history.replay(changes.step)
    assert "US-001" not in [s.ref for s in sprints.stories()]


def test_backlog_order_by_drag_and_drop_and_keyboard(sprints):
    a, b, c, d, e = make(sprints, 1, 2, 3, 5, 8)
    assert [s.id for s in sprints.backlog()] == [a, b, c, d, e]
    sprints.move_rank([d, e], before_id=b)
    assert [s.id for s in sprints.backlog()] == [a, d, e, b, c]
    sprints.move_rank([a])  # to the end
    assert [s.id for s in sprints.backlog()] == [d, e, b, c, a]
    sprints.move_up([b])
    assert [s.id for s in sprints.backlog()] == [d, b, e, c, a]
    sprints.move_down([d])
    assert [s.id for s in sprints.backlog()] == [b, d, e, c, a]
    sprints.move_to_top([c, a])
    assert [s.id for s in sprints.backlog()] == [c, a, b, d, e]
    sprints.move_to_bottom([c])
    assert [s.id for s in sprints.backlog()] == [a, b, d, e, c]
    assert sprints.move_up([a]).step is None  # already first: no undo step
    # Keyboard moves stay inside the list: a story in a sprint moves among its sprint's stories.
    sprint, _ = sprints.create_sprint(start_date=MONDAY)
    sprints.plan([b, e], sprint)
    sprints.move_up([e])
    assert [s.id for s in sprints.sprint_stories(sprint)] == [e, b]
    assert [s.id for s in sprints.backlog()] == [a, d, c]
    assert [s.id for s in sprints.backlog(include_planned=True)] == [a, e, b, d, c]


def test_ranks_are_renumbered_when_they_get_too_close(sprints):
    a, b, c = make(sprints, 1, 2, 3)
    order = [a, b, c]
    for _ in range(60):  # halving the same gap again and again
        sprints.move_rank([order[-1]], before_id=order[1])
        order = [order[0], order[-1], order[1]]
        assert [s.id for s in sprints.backlog()] == order
    ranks = [s.rank for s in sprints.backlog()]
    assert min(y - x for x, y in pairwise(ranks)) > 1e-6


# ----------------------------------------------------------------------------- lots
def test_lots_progress_and_delete(services, sprints):
    lot, _ = sprints.create_lot("Lot 1", "2027-01-15", "Socle")
    with pytest.raises(ValidationFailed, match="already exists"):
        sprints.create_lot("lot 1")
    a, b, c = make(sprints, 5, 3, None)
    sprints.update([a, b, c], {"lot_id": lot})
    sprints.move_card(a, column(sprints, "done"))
    found = sprints.lot(lot)
    assert (found.story_count, found.done_count, found.total_points, found.done_points) == (3, 1, 8, 5)
    assert found.progress == pytest.approx(5 / 8) and found.target_date == date(2027, 1, 15)
    other, _ = sprints.create_lot("Lot 2")
    sprints.move_lot(other, 0)
    assert [x.name for x in sprints.lots()] == ["Lot 2", "Lot 1"]
    sprints.update_lot(lot, {"name": "Lot 1 – Socle", "target_date": None})
    assert sprints.lot(lot).target_date is None
    changes = sprints.delete_lot(lot)
    assert all(s.lot_id is None for s in sprints.stories())
    services.history.replay(changes.step)
    assert {s.lot_name for s in sprints.stories()} == {"Lot 1 – Socle"}


# ----------------------------------------------------------------------------- sprints
def test_new_sprints_follow_each_other_with_the_project_length(services, sprints):
    services.project.update({"sprint_length_days": 14})
    number, start, length = sprints.next_sprint_defaults()
    assert number == 1 and start.weekday() == 0 and start >= date.today() and length == 14
    first, _ = sprints.create_sprint("Socle", start_date=MONDAY, capacity_points=24)
    second, _ = sprints.create_sprint()
    one, two = sprints.sprints()
    assert (one.number, one.name, one.length_days, one.capacity_points, one.status) == (
        1, "Socle", 14, 24, SprintStatus.PLANNED)
    assert two.number == 2 and two.start_date == MONDAY + timedelta(days=14) and one.end_date == MONDAY + timedelta(days=13)
    sprints.update_sprint(second, {"goal": "Devis", "length_days": 21})
    assert sprints.sprint(second).goal == "Devis"
    a, b = make(sprints, 5, 3)
    sprints.plan([a, b], second)
    assert sprints.sprint(second).scope_points == 8 and sprints.sprint(second).committed_points == 8
    sprints.delete_sprint(second, at=at(-1))
    assert sprints.story(a).sprint_id is None
    assert history_rows(sprints, a)[-1][:3] == ("sprint", str(second), "")
    sprints.start(first)
    with pytest.raises(ValidationFailed, match="has started"):
        sprints.delete_sprint(first)


def test_plan_start_and_close_with_carry_over(sprints):
    a, b, c, d = make(sprints, 5, 3, 2, 8)
    s1, _ = sprints.create_sprint(start_date=MONDAY, length_days=10, capacity_points=12)
    s2, _ = sprints.create_sprint()
    sprints.plan([a, b, c], s1, at=at(-1))
    assert sprints.sprint(s1).over_capacity is False
    sprints.plan([d], s1, at=at(-1))
    assert sprints.sprint(s1).over_capacity is True
    sprints.plan([d], None, at=at(-1))
    sprints.start(s1)
    with pytest.raises(ValidationFailed, match="still active"):
        sprints.start(s2)
    with pytest.raises(ValidationFailed, match="has not started"):
        sprints.close(s2)
    done, doing = column(sprints, "done"), column(sprints, "in_progress")
    sprints.move_card(a, doing, at=at(1, 10))
    sprints.move_card(a, done, at=at(3, 10))
    sprints.move_card(b, doing, at=at(4, 10))
    summary = sprints.close_summary(s1)
    assert (summary.velocity, summary.done_count, [s.id for s in summary.unfinished]) == (5, 1, [b, c])
    assert summary.unfinished_points == 5 and summary.next_sprint.id == s2
    changes = sprints.close(s1, "next", at=at(10, 17))
    assert changes.touches(EntityKind.SPRINT, EntityKind.STORY)
    closed = sprints.sprint(s1)
    assert (closed.status, closed.velocity, closed.done_points, closed.committed_points) == (
        SprintStatus.CLOSED, 5, 5, 10)
    assert closed.closed_at == at(10, 17).isoformat()
    assert [s.id for s in sprints.sprint_stories(s1)] == [a]
    assert [s.id for s in sprints.sprint_stories(s2)] == [b, c]
    assert sprints.story(b).column_id == doing  # the work continues where it was
    assert history_rows(sprints, b)[-1] == ("sprint", str(s1), str(s2), at(10, 17).isoformat())
    # The closed sprint's burndown stops at the close: the carried stories are not removals.
    chart = sprints.burndown(s1, today=date(2026, 12, 1))
    assert [x.remaining for x in chart.days] == [10, 10, 5, 5, 5, 5, 5, 5, 5, 5] and chart.events == ()
    # A closed sprint is history.
    with pytest.raises(ValidationFailed, match="closed"):
        sprints.close(s1)
    with pytest.raises(ValidationFailed, match="closed"):
        sprints.plan([d], s1)
    with pytest.raises(ValidationFailed, match="closed"):
        sprints.plan([a], None)
    with pytest.raises(ValidationFailed, match="closed"):
        sprints.move_card(a, doing)
    with pytest.raises(ValidationFailed, match="closed"):
        sprints.update([a], {"points": 8})
    with pytest.raises(ValidationFailed, match="closed sprint"):
        sprints.delete([a])
    with pytest.raises(ValidationFailed, match="only its name and goal"):
        sprints.update_sprint(s1, {"length_days": 12})
    sprints.update_sprint(s1, {"name": "Socle"})
    sprints.update([a], {"title": "Still editable"})  # text fields stay editable
    # Closing the second with no planned sprint after it creates the next one.
    sprints.start(s2)
    assert sprints.close_summary(s2).next_sprint is None  # "next" will create sprint 3
    sprints.close(s2, "next", at=at(30, 17))
    third = sprints.sprint_by_number(3)
    assert third.status is SprintStatus.PLANNED and third.start_date == sprints.sprint(s2).end_date + timedelta(days=1)
    assert {s.id for s in sprints.sprint_stories(third.id)} == {b, c}
    sprints.start(third.id)
    sprints.close(third.id, "backlog", at=at(50, 17))
    assert {s.id for s in sprints.backlog()} == {b, c, d}
    assert [(p.number, p.done) for p in sprints.velocity()] == [(1, 5), (2, 0), (3, 0)]
    assert sprints.average_velocity() == pytest.approx(5 / 3)
    # b was in closed sprints: it stays; d never was: it can go.
    with pytest.raises(ValidationFailed):
        sprints.delete([b])
    sprints.delete([d])


def test_undo_of_a_card_move_restores_the_column_and_the_history(services, sprints):
    (a,) = make(sprints, 5)
    sprint, _ = sprints.create_sprint(start_date=MONDAY)
    sprints.plan([a], sprint)
    sprints.start(sprint)
    before, count = sprints.story(a), history_count(sprints)
    changes = sprints.move_card(a, column(sprints, "in_progress"), at=at(2, 9))
    assert changes.touches(EntityKind.STORY) and history_count(sprints) == count + 1
    inverse, undone = services.history.replay(changes.step)
    assert sprints.story(a) == before and history_count(sprints) == count
    assert undone.touches(EntityKind.STORY)
    services.history.replay(inverse)  # redo
    assert sprints.story(a).column_key == "in_progress" and history_count(sprints) == count + 1
    assert history_rows(sprints, a)[-1] == ("column", str(before.column_id), str(column(sprints, "in_progress")),
                                            at(2, 9).isoformat())
    assert sprints.move_card(a, column(sprints, "in_progress")).step is None  # no move, no step


def test_board_and_wip_warnings_count_every_card(sprints):
    ids = make(sprints, 1, 2, 3, 5, 8)
    sprint, _ = sprints.create_sprint(start_date=MONDAY)
    sprints.plan(ids[:4], sprint)
    sprints.start(sprint)
    doing = column(sprints, "in_progress")
    sprints.set_wip_limit(doing, 2)
    for sid in ids[:3]:
        sprints.move_card(sid, doing)
    sprints.move_card(ids[4], doing)  # in the backlog: not on this sprint's board
    board = sprints.board()
    assert board.sprint.id == sprint and not board.read_only
    by_key = {c.column.key: c for c in board.columns}
    assert [c.id for c in by_key["in_progress"].cards] == ids[:3]
    assert by_key["in_progress"].wip.count == 3 and by_key["in_progress"].wip.exceeded
    assert by_key["in_progress"].points == 6 and by_key["todo"].wip.count == 1
    assert [c.column.key for c in board.exceeded] == ["in_progress"]
    sprints.set_wip_limit(doing, None)
    assert not sprints.board(sprint).exceeded
    with pytest.raises(ValidationFailed, match="WIP"):
        sprints.set_wip_limit(doing, -1)
    # Ordering inside a column: before another card.
    sprints.move_card(ids[2], doing, before_id=ids[0])
    assert [c.id for c in sprints.board().columns[1].cards] == [ids[2], ids[0], ids[1]]
    # The board's cards in rank order are the sprint's stories as the backlog page lists them.
    sprints.move_rank([ids[3]], before_id=ids[0])
    board = sprints.board()
    assert [c.id for c in board.cards] != [s.id for s in sprints.sprint_stories(sprint)]
    assert list(board.ranked_cards) == sprints.sprint_stories(sprint)
    assert sprints.board_of(board.sprint) == board


def test_columns_add_rename_reorder_delete(services, sprints):
    new, _ = sprints.add_column("Recette utilisateurs", position=3)
    assert [c.key for c in sprints.columns()] == ["todo", "in_progress", "in_acceptance", "column_5", "done"]
    with pytest.raises(ValidationFailed, match="already exists"):
        sprints.add_column("recette utilisateurs")
    todo = column(sprints, "todo")
    sprints.rename_column(todo, "À faire")
    assert sprints.columns()[0].label() == "À faire"
    sprints.rename_column(todo, "")
    assert sprints.columns()[0].name == "" and sprints.columns()[0].label() == "To do"
    with pytest.raises(ValidationFailed, match="must have a name"):
        sprints.rename_column(new, " ")
    sprints.move_column(new, 0)
    assert sprints.columns()[0].id == new
    (a,) = make(sprints, 3)
    sprints.move_card(a, new)
    with pytest.raises(ValidationFailed, match="still holds"):
        sprints.delete_column(new)
    sprints.move_card(a, todo)
    changes = sprints.delete_column(new)
    assert [c.position for c in sprints.columns()] == [0, 1, 2, 3]
    services.history.replay(changes.step)
    assert sprints.columns()[0].id == new
    with pytest.raises(ValidationFailed, match="last done"):
        sprints.delete_column(column(sprints, "done"))


def test_scope_changes_and_reopened_story_through_the_service(sprints):
    a, b, c = make(sprints, 5, 3, 2)
    sprint, _ = sprints.create_sprint(start_date=MONDAY, length_days=6)
    sprints.plan([a, b], sprint, at=at(1, 9))
    sprints.start(sprint)
    done = column(sprints, "done")
    sprints.move_card(a, done, at=at(2, 15))
    sprints.plan([c], sprint, at=at(3, 10))  # added
    sprints.update([b], {"points": 5}, at=at(4, 10))  # re-estimated
    sprints.move_card(a, column(sprints, "in_progress"), at=at(5, 10))  # re-opened
    chart = sprints.burndown(sprint, today=at(5).date())
    assert chart.committed == 8
    assert [d.remaining for d in chart.days] == [8, 3, 5, 7, 12, None]
    assert [(e.ref, e.kind, e.delta) for e in chart.events] == [
        ("US-003", "added", 2), ("US-002", "estimate", 2), ("US-001", "reopened", 5)]
    assert sprints.sprint(sprint).committed_points == 8 and sprints.sprint(sprint).scope_points == 12
    flow = sprints.cumulative_flow(sprint, "count", today=at(5).date())
    assert [sum(col[i] for col in flow.values) for i in range(len(flow.days))] == [2, 2, 3, 3, 3]


def test_undo_of_a_close_reopens_the_sprint_with_its_stories_and_history(services, sprints):
    a, b = make(sprints, 5, 3)
    sprint, _ = sprints.create_sprint(start_date=MONDAY, length_days=5)
    sprints.plan([a, b], sprint, at=at(1, 9))
    sprints.start(sprint)
    sprints.move_card(a, column(sprints, "done"), at=at(2, 9))
    before, count = (sprints.sprints(), sprints.stories()), history_count(sprints)
    changes = sprints.close(sprint, "next", at=at(5, 17))
    assert len(sprints.sprints()) == 2 and history_count(sprints) == count + 1
    services.history.replay(changes.step)
    assert (sprints.sprints(), sprints.stories()) == before and history_count(sprints) == count


def test_a_story_shows_its_open_defects_from_acceptance(workspace, demo_path):
    """The board's defect badge: defects raised in acceptance on a story, while they are open."""
    from crmdesk.domain.acceptance import DefectStatus
    from crmdesk.services.container import ProjectServices

    pf = workspace.open(demo_path)
    try:
        s = ProjectServices.over(pf)
        by_story = s.acceptance.open_defects_by_story()
        assert by_story, "the demo has open defects linked to stories"
        story_id, count = next(iter(by_story.items()))
        assert s.sprints.story(story_id).open_defects == count
        open_ids = [d.id for d in s.acceptance.defects(open_only=True) if d.story_id == story_id]
        s.acceptance.set_defect_status(open_ids, DefectStatus.CLOSED)
        assert s.sprints.story(story_id).open_defects == 0
    finally:
        workspace.close(pf)


def test_the_story_editor_saves_fields_and_needs_as_one_step(services, sprints):
    """What the editor saves (title, points, linked needs) is one transaction: one undo step
    takes it all back, and a need gone meanwhile leaves the story as it was."""
    needs, _ = services.needs.create_many([NeedDraft(title="Fiche compte"), NeedDraft(title="Alerte doublon")])
    (a,) = make(sprints, 3)
    sprints.set_needs(a, [needs[0].id])
    before, count = sprints.story(a), history_count(sprints)
    changes = sprints.edit(a, {"title": "Fiche compte unique", "points": 5}, [needs[1].id], at=at(1))
    edited = sprints.story(a)
    assert (edited.title, edited.points, edited.need_refs) == ("Fiche compte unique", 5, ("BES-002",))
    assert changes.touches(EntityKind.STORY) and history_count(sprints) == count + 1  # the points change
    services.history.replay(changes.step)
    assert sprints.story(a) == before and history_count(sprints) == count
    with pytest.raises(NotFound):
        sprints.edit(a, {"title": "Perdu"}, [needs[0].id, 9999])
    assert sprints.story(a) == before  # all or nothing
    assert sprints.edit(a, {}, None) == type(changes)()
    only_needs = sprints.edit(a, {}, [])
    assert sprints.story(a).need_refs == () and only_needs.step is not None
