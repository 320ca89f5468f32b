"""Random boards for the property tests of the charts' arithmetic: a few stories created,
moved, planned and re-estimated in time order, through ``sprints_builders.Board``."""

from __future__ import annotations

from hypothesis import strategies as st
from sprints_builders import COLUMNS, Board, at  # type: ignore[import-not-found]

from crmdesk.domain.sprints import POINTS_SCALE

LENGTH = 8
column_ids = st.sampled_from([c for c, _ in COLUMNS])
points = st.one_of(st.none(), st.sampled_from(POINTS_SCALE))
moment = st.tuples(st.integers(-3, LENGTH + 2), st.integers(0, 23), st.integers(0, 59))
operation = st.one_of(
    st.tuples(st.just("move"), st.integers(1, 5), column_ids, moment),
    st.tuples(st.just("plan"), st.integers(1, 5), st.sampled_from([None, 1, 2]), moment),
    st.tuples(st.just("points"), st.integers(1, 5), points, moment),
)


@st.composite
def boards(draw) -> Board:  # type: ignore[no-untyped-def]
    board = Board()
    count = draw(st.integers(1, 5))
    for story in range(1, count + 1):
        board.create(story, draw(points), at(-5, 9, story), sprint=draw(st.sampled_from([None, 1, 2])),
                     column=draw(column_ids))
    ops = draw(st.lists(operation, max_size=30))
    # The history is written in time order, as the application does.
    for kind, story, value, (day, hour, minute) in sorted(ops, key=lambda o: o[3]):
        if story > count:
            continue
        when = at(day, hour, minute)
        getattr(board, kind)(story, value, when)
    return board
