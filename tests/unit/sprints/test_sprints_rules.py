"""Pure rules of the sprints area: points scale, field validation, labels, rank arithmetic,
WIP status (every card counts, whatever the filter), swimlanes and card filters."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.errors import ValidationFailed
from crmdesk.domain.sprints import (
    POINTS_SCALE,
    ColumnRead,
    StoryKind,
    StoryRead,
    check_length,
    check_points,
    check_wip_limit,
    clean_lot_values,
    clean_sprint_values,
    clean_story_values,
    column_label,
    format_points,
    sprint_title,
)
from crmdesk.domain.sprints_board import (
    ANY,
    CardFilter,
    SwimlaneBy,
    swimlanes,
    wip_status,
    work_in_progress_by_person,
)
from crmdesk.domain.sprints_rank import (
    block_bottom,
    block_down,
    block_top,
    block_up,
    place,
    renumber,
    reordered,
)


def test_points_follow_the_fibonacci_scale():
    assert POINTS_SCALE == (0, 1, 2, 3, 5, 8, 13, 21)
    assert check_points(5) == 5.0 and check_points("13") == 13.0 and check_points("2,0") == 2.0
    assert check_points(None) is None and check_points("") is None
    for bad in (4, 34, -1, "abc", 2.5):
        with pytest.raises(ValidationFailed) as caught:
            check_points(bad)
        assert "0, 1, 2, 3, 5, 8, 13, 21" in str(caught.value)
    assert format_points(5.0) == "5" and format_points(None) == "" and format_points(0.5) == "0.5"


def test_story_values_are_cleaned_and_checked():
    cleaned = clean_story_values({"title": "  Fiche   compte ", "kind": "data_migration", "points": "8",
                                  "lot_id": "", "assignee_id": "3", "as_a": " commercial "})
    assert cleaned == {"title": "Fiche compte", "kind": StoryKind.DATA_MIGRATION, "points": 8.0,
                       "lot_id": None, "assignee_id": 3, "as_a": "commercial"}
    with pytest.raises(ValidationFailed, match="must have a title"):
        clean_story_values({"title": "   "})
    with pytest.raises(ValidationFailed, match="Unknown kind"):
        clean_story_values({"kind": "magic"})
    with pytest.raises(ValueError):
        clean_story_values({"sprint_id": 1})  # planning goes through plan(), which records it


def test_lot_and_sprint_values():
    assert clean_lot_values({"name": " Lot 1 ", "target_date": "2027-01-15"}) == {
        "name": "Lot 1", "target_date": "2027-01-15"}
    with pytest.raises(ValidationFailed, match="Not a date"):
        clean_lot_values({"target_date": "15/01"})
    with pytest.raises(ValidationFailed, match="must have a name"):
        clean_lot_values({"name": ""})
    assert clean_sprint_values({"length_days": "21", "capacity_points": "24,5"}) == {
        "length_days": 21, "capacity_points": 24.5}
    for bad in (0, 91, "x"):
        with pytest.raises(ValidationFailed, match="from 1 to 90 days"):
            check_length(bad)
    with pytest.raises(ValidationFailed, match="capacity"):
        clean_sprint_values({"capacity_points": -3})
    assert check_wip_limit(None) is None and check_wip_limit(0) is None and check_wip_limit("4") == 4
    with pytest.raises(ValidationFailed, match="WIP limit"):
        check_wip_limit(-2)


def test_labels_follow_the_translation():
    upper = lambda context, text: text.upper()
    assert column_label("todo", "", upper) == "TO DO"
    assert column_label("todo", "À faire chez nous", upper) == "À faire chez nous"
    assert column_label("column_5", "", upper) == "column_5"
    french = {("Sprints", "Sprint {number}"): "Sprint n° {number}"}
    fr = lambda context, text: french.get((context, text), text)
    assert sprint_title(3, "", fr) == "Sprint n° 3" and sprint_title(3, "Devis") == "Sprint 3 – Devis"


# ----------------------------------------------------------------------------- ranks
def test_place_between_neighbours_and_at_the_end():
    order = [(1, 1.0), (2, 2.0), (3, 3.0), (4, 4.0)]
    assert place(order, [4], 2) == {4: 1.5}
    assert place(order, [3, 4], 1) == {3: pytest.approx(1 / 3), 4: pytest.approx(2 / 3)}
    assert place(order, [1], None) == {1: 5.0}
    assert place([(1, 1.0), (2, 1.0 + 1e-7)], [3], 2) is None  # too close: renumber
    assert renumber(reordered([1, 2, 3], [3], 1)) == {3: 1.0, 1: 2.0, 2: 3.0}


@given(st.lists(st.integers(0, 30), min_size=2, max_size=12, unique=True), st.data())
def test_a_move_puts_the_block_exactly_before_its_target(ids, data):  # type: ignore[no-untyped-def]
    order = [(sid, float(i)) for i, sid in enumerate(ids)]
    moving = data.draw(st.lists(st.sampled_from(ids), min_size=1, unique=True))
    rest = [sid for sid in ids if sid not in moving]
    before = data.draw(st.sampled_from([*rest, None])) if rest else None
    ranks = place(order, moving, before)
    assert ranks is not None
    new = dict(order) | ranks
    result = sorted(ids, key=lambda sid: new[sid])
    assert result == reordered(ids, moving, before)


def test_keyboard_moves_inside_one_list():
    scope = [10, 11, 12, 13]
    assert block_up(scope, [12]) == ([12], 11)
    assert block_up(scope, [10]) is None
    assert block_up(scope, [11, 12]) == ([11, 12], 10)
    assert block_down(scope, [11]) == ([11], 13)
    assert block_down(scope, [12]) == ([12], None)  # becomes the last: at the very end
    assert block_down(scope, [13]) is None
    assert block_top(scope, [12, 13]) == ([12, 13], 10)
    assert block_top(scope, [10]) is None
    assert block_bottom(scope, [10]) == ([10], None)
    assert block_bottom(scope, [12, 13]) is None


# ----------------------------------------------------------------------------- board rules
def card(sid: int, column: int, **kw: object) -> StoryRead:
    base = StoryRead(
        id=sid, ref=f"US-{sid:03d}", title=f"Histoire {sid}", as_a="commercial", i_want="", so_that="",
        kind=StoryKind.CONFIGURATION, points=3.0, lot_id=None, lot_name="", sprint_id=1, sprint_number=1,
        column_id=column, column_key="", column_name="", column_is_done=False, assignee_id=None,
        assignee_name="", acceptance_criteria="", rank=float(sid), need_ids=(), need_refs=(),
        created_at="", updated_at="")
    return replace(base, **kw)  # type: ignore[arg-type]


COLS = [ColumnRead(1, "todo", "", 0, None, False, 0), ColumnRead(2, "in_progress", "", 1, 2, False, 0),
        ColumnRead(3, "done", "", 2, None, True, 0)]


def test_wip_counts_every_card_whatever_the_filter():
    cards = [card(1, 2, assignee_id=7, assignee_name="Léa"), card(2, 2), card(3, 2), card(4, 1)]
    shown = [c for c in cards if CardFilter(assignee_id=7).matches(c)]
    assert len(shown) == 1
    wip = wip_status(COLS, cards)  # the board always passes every card of the sprint
    assert wip[2].count == 3 and wip[2].limit == 2 and wip[2].exceeded and wip[2].reached
    assert not wip[1].exceeded and wip[1].count == 1 and wip[3].count == 0
    at_limit = wip_status(COLS, cards[1:3])
    assert at_limit[2].reached and not at_limit[2].exceeded
    done = card(5, 3, assignee_id=7)
    assert work_in_progress_by_person(COLS, [*cards, done]) == {7: 1, None: 2}


def test_swimlanes_by_lot_and_assignee():
    cards = [card(1, 1, lot_id=5, lot_name="Lot 2"), card(2, 1), card(3, 2, lot_id=4, lot_name="Lot 1"),
             card(4, 2, assignee_id=9, assignee_name="Romain"), card(5, 1, assignee_id=8, assignee_name="Léa")]
    lanes = swimlanes(cards, SwimlaneBy.LOT, lot_order=[4, 5])
    assert [(lane.key, lane.label, [c.id for c in lane.cards]) for lane in lanes] == [
        (4, "Lot 1", [3]), (5, "Lot 2", [1]), (None, "", [2, 4, 5])]
    assert lanes[-1].none_label == "No lot"
    people = swimlanes(cards, "assignee")
    assert [(lane.label, [c.id for c in lane.cards]) for lane in people] == [
        ("Léa", [5]), ("Romain", [4]), ("", [1, 2, 3])]
    assert people[-1].none_label == "Unassigned"
    assert [len(lane.cards) for lane in swimlanes(cards, "none")] == [5]


def test_card_filters():
    c = card(1, 1, title="Reprise des données", need_refs=("BES-058",), lot_id=4, kind=StoryKind.DATA_MIGRATION)
    assert CardFilter().matches(c) and not CardFilter().active
    assert CardFilter(text="donnees bes-058").matches(c)  # accents and case do not matter
    assert not CardFilter(text="devis").matches(c)
    assert CardFilter(lot_id=4).matches(c) and not CardFilter(lot_id=None).matches(c)
    assert CardFilter(lot_id=ANY, assignee_id=None).matches(c)
    assert not CardFilter(kind=StoryKind.TRAINING).matches(c) and CardFilter(kind=StoryKind.TRAINING).active
