"""Sensitivity: the exact ranges of each group weight keeping the winner first agree with
recomputing the ranking at many weights (brute force), and so does the ±20 % test."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from selection_builders import build_matrix  # type: ignore[import-not-found]

english = lambda context, text: text  # noqa: E731


@st.composite
def contests(draw):  # type: ignore[no-untyped-def]
    """Problems with at least two candidates still in the race."""
    n_groups = draw(st.integers(1, 4))
    n_crit = draw(st.integers(1, 7))
    n_cand = draw(st.integers(2, 5))
    weight = st.one_of(st.integers(0, 10).map(float), st.floats(0.1, 10))
    gw = draw(st.lists(weight, min_size=n_groups, max_size=n_groups))
    cg = draw(st.lists(st.integers(0, n_groups - 1), min_size=n_crit, max_size=n_crit))
    cw = draw(st.lists(weight, min_size=n_crit, max_size=n_crit))
    mark = st.one_of(st.none(), st.integers(0, 5).map(float), st.floats(0, 5))
    values = draw(st.lists(st.lists(mark, min_size=n_crit, max_size=n_crit), min_size=n_cand, max_size=n_cand))
    return values, gw, cg, cw


def _first(matrix, **weights) -> set[int]:  # type: ignore[no-untyped-def]
    return {r.candidate.id for r in matrix.ranking(**weights).rows if r.rank == 1}


@settings(max_examples=120, deadline=None)
@given(contests())
def test_winner_ranges_agree_with_brute_force(problem):
    values, gw, cg, cw = problem
    m = build_matrix(values, gw, cg, cw)
    result = m.sensitivity()
    assert result.winner_ids
    winner = result.winner_ids[0] if len(result.winner_ids) == 1 else None
    if winner is None:
        return  # a tie: the ranges are those of the first tied candidate; checked below for clear winners
    for r in result.ranges:
        assert r.low <= r.weight + 1e-9 and r.weight <= r.high + 1e-9  # today's weight is inside
        top = (r.high if math.isfinite(r.high) else 0.0)
        scan = [k * max(top, r.weight, 1.0) * 3 / 60 for k in range(61)]
        scan += [r.low * 0.999, r.low * 1.001, r.high * 0.999, r.high * 1.001] if math.isfinite(r.high) else \
            [r.low * 0.999, r.low * 1.001, 1e6]
        for x in scan:
            if min(abs(x - r.low), abs(x - r.high) if math.isfinite(r.high) else math.inf) < 1e-7 * max(1.0, x):
                continue  # exactly on a bound: a tie, either answer is right
            stays = winner in _first(m, group_weights={r.group_id: x})
            assert stays == (r.low <= x <= r.high), (r, x)


@settings(max_examples=120, deadline=None)
@given(contests())
def test_plus_minus_20_percent_agrees_with_brute_force(problem):
    values, gw, cg, cw = problem
    m = build_matrix(values, gw, cg, cw)
    result = m.sensitivity()
    now = _first(m)
    expected = set()
    for group in m.groups:
        for factor in (0.8, 1.2):
            if group.weight > 0 and _first(m, group_weights={group.id: group.weight * factor}) != now:
                expected.add(("group", group.id, factor))
    for k in m.criteria:
        for factor in (0.8, 1.2):
            if k.weight > 0 and _first(m, criterion_weights={k.id: k.weight * factor}) != now:
                expected.add(("criterion", k.id, factor))
    found = {(f.kind, f.item_id, round(f.factor, 6)) for f in result.flips}
    assert found == {(kind, item, round(factor, 6)) for kind, item, factor in expected}
    assert result.stable == (not expected and len(now) == 1)


def test_verdicts_and_the_range_of_a_close_contest():
    # Candidate 1 strong on group A, candidate 2 on group B; A weighs a little more.
    m = build_matrix([[5, 3], [3, 5]], [1.1, 1.0], [0, 1], [1, 1])
    result = m.sensitivity()
    assert result.winner_ids == (1,) and result.runner_up_id == 2
    assert not result.stable
    # one criterion per group: criterion weights cannot move anything, group weights can
    assert result.verdict(english) == "fragile, depends on G0, G1"
    a, b = result.ranges
    # 1 stays first while A's weight ≥ B's (1.0); B's weight must stay ≤ 1.1
    assert math.isclose(a.low, 1.0, rel_tol=1e-6) and math.isinf(a.high) and a.rival_low == 2
    assert math.isclose(b.high, 1.1, rel_tol=1e-6) and b.low == 0 and b.rival_high == 2
    assert math.isclose(a.share_low, 50.0, rel_tol=1e-6) and a.share_high == 100.0
    assert "G0: the winner stays first from 50.0 % to 100.0 %" in result.range_text(a, english)
    assert math.isclose(result.margin, 0.2 / 2.1 * 20, rel_tol=1e-9)  # (8.5 − 8.3) / 2.1 × 100 / 5

    group, change = result.closest_flip()
    assert group.group_id == 10 and math.isclose(change, 1.0 / 1.1 - 1, rel_tol=1e-6)  # A −9 % flips it

    clear = build_matrix([[5, 5], [1, 1]], [1, 1], [0, 1], [1, 1]).sensitivity()
    assert clear.stable and clear.verdict(english) == "stable"
    assert all(r.unbounded for r in clear.ranges) and clear.closest_flip() is None

    tie = build_matrix([[4, 4], [4, 4]], [1, 1], [0, 1], [1, 1]).sensitivity()
    assert tie.winner_ids == (1, 2) and tie.verdict(english) == "fragile: first place is a tie"

    nobody = build_matrix([[4]], [1], [0], [1], eliminated=[0]).sensitivity()
    assert nobody.winner_ids == () and nobody.verdict(english) == "no candidate is ranked"


def test_an_eliminated_candidate_never_takes_first_place():
    # Candidate 2 would win on group B but is eliminated: no weight makes it first.
    m = build_matrix([[5, 1], [1, 5]], [1, 1], [0, 1], [1, 1], eliminated=[1])
    result = m.sensitivity()
    assert result.stable and all(r.unbounded for r in result.ranges)
