"""The sprint list's commitments (``commitments``: every sprint at once, from the sprint and
points changes only) are the rule's (``committed_points`` on each sprint's whole history), for
any history: column moves left out, changes in any order, stories since deleted, sprints closed
at any instant (a change at the very second of the close included), sprints of any length, in
time zones east and west of UTC and across a daylight-saving change."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hypothesis import given, settings
from hypothesis import strategies as st
from sprints_builders import START, at  # type: ignore[import-not-found]
from sprints_strategies import boards  # type: ignore[import-not-found]

from crmdesk.domain.sprints_charts_data import SCOPE_FIELDS, committed_points
from crmdesk.domain.sprints_commitments import SprintSpan, commitments


def _zones() -> list[tzinfo | None]:
    zones: list[tzinfo | None] = [None, UTC, timezone(timedelta(hours=-11)), timezone(timedelta(hours=14)),
                                  timezone(timedelta(hours=5, minutes=30))]
    # Santiago moves its clocks forward at midnight on 6 September 2026, in the boards' weeks.
    for name in ("America/Santiago", "Europe/Paris", "Pacific/Auckland"):
        try:
            zones.append(ZoneInfo(name))
        except ZoneInfoNotFoundError:  # no time zone database on this machine
            pass
    return zones


ZONES = _zones()
moments = st.tuples(st.integers(-3, 11), st.integers(0, 23), st.sampled_from([0, 30, 59]))


@st.composite
def spans(draw, board, tz: tzinfo | None) -> SprintSpan:  # type: ignore[no-untyped-def]
    """A sprint whose first day and close often fall right on a change (where the cut-offs are
    decided), else anywhere around the board's weeks."""
    instants = sorted({c.at for c in board.changes})
    if draw(st.booleans()):
        start = draw(st.sampled_from(instants)).astimezone(tz).date() - timedelta(days=draw(st.integers(0, 1)))
    else:
        start = START + timedelta(days=draw(st.integers(-4, 4)))
    close = draw(st.sampled_from(["none", "on a change", "anywhere"]))
    closed_at = None
    if close == "on a change":
        closed_at = draw(st.sampled_from(instants)) + timedelta(minutes=draw(st.sampled_from([-1, 0, 0, 1])))
    elif close == "anywhere":
        closed_at = at(*draw(moments))
    return SprintSpan(draw(st.sampled_from([1, 2])), start, draw(st.integers(0, 10)), closed_at)


def _row(c):  # type: ignore[no-untyped-def]
    return (c.id, c.story_id, c.field, c.old, c.new, c.at)


@settings(max_examples=400, deadline=None)
@given(boards(), st.sampled_from(ZONES), st.data(), st.randoms(use_true_random=False),
       st.sets(st.integers(1, 5), max_size=2))
def test_the_list_s_commitments_are_the_rule_s(board, tz, data, random, deleted):  # type: ignore[no-untyped-def]
    sprint_spans = data.draw(st.lists(spans(board, tz), min_size=1, max_size=3))
    facts = [f for f in board.facts() if f.id not in deleted]  # a deleted story's history may linger
    expected = {}
    for span in sprint_spans:
        history = replace(board.history(span.sprint_id, span.length_days, span.closed_at, span.start),
                          stories=tuple(facts))
        expected[span.sprint_id] = committed_points(history, tz)
    shuffled = [_row(c) for c in board.changes]
    random.shuffle(shuffled)
    stories = [(f.id, f.sprint_id, f.points) for f in facts]
    assert commitments(sprint_spans, stories, shuffled, tz) == expected
    # the column moves play no part
    scope_only = [r for r in shuffled if r[2] in SCOPE_FIELDS]
    assert commitments(sprint_spans, stories, scope_only, tz) == expected


def test_a_sprint_without_stories_commits_nothing() -> None:
    span = SprintSpan(7, START, 10, None)
    assert commitments([span], [(1, None, 5.0)], [], UTC) == {7: 0.0}
