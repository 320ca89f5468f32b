"""The scoring arithmetic: shares, TCO, cost marks, aggregation, disagreement, consensus,
knock-outs and ranking, with property-based tests where a rule must hold for any input."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.domain.enums import Priority
from crmdesk.domain.errors import ValidationFailed
from crmdesk.domain.selection import (
    Aggregate,
    AnswerFact,
    CandidateCosts,
    ConsensusRead,
    Coverage,
    ScoreRead,
)
from crmdesk.domain.selection_rules import (
    clean_score,
    clean_settings_values,
    clean_status,
)
from crmdesk.domain.selection_results import CellSource, EliminationKind
from crmdesk.domain.selection_scoring import (
    competition_ranks,
    cost_marks,
    display_percentages,
    shares,
    weighted_scores,
)

from selection_builders import SETTINGS, build_matrix  # type: ignore[import-not-found]

english = lambda context, text: text  # noqa: E731


@st.composite
def problems(draw, min_candidates: int = 1, integer: bool = True):  # type: ignore[no-untyped-def]
    """Random scoring problems: groups, criteria in them, candidates' marks (None: missing)."""
    n_groups = draw(st.integers(1, 4))
    n_crit = draw(st.integers(1, 8))
    n_cand = draw(st.integers(min_candidates, 5))
    weight = st.integers(0, 10).map(float) if integer else st.floats(0, 1000, allow_nan=False)
    group_weights = draw(st.lists(weight, min_size=n_groups, max_size=n_groups))
    criterion_groups = draw(st.lists(st.integers(0, n_groups - 1), min_size=n_crit, max_size=n_crit))
    criterion_weights = draw(st.lists(weight, min_size=n_crit, max_size=n_crit))
    mark = st.one_of(st.none(), st.integers(0, 5).map(float))
    values = draw(st.lists(st.lists(mark, min_size=n_crit, max_size=n_crit), min_size=n_cand, max_size=n_cand))
    return values, group_weights, criterion_groups, criterion_weights


# ------------------------------------------------------------------------------ shares
@given(problems(integer=False))
def test_shares_always_sum_to_100_or_are_all_zero(problem):
    _, gw, cg, cw = problem
    g_share, c_share = shares(gw, cg, cw)
    assert all(s >= 0 for s in c_share)
    total = float(np.sum(c_share))
    assert math.isclose(total, 100.0, abs_tol=1e-6) or total == 0.0
    assert math.isclose(float(np.sum(g_share)), total, abs_tol=1e-6)
    # a criterion of weight 0, or in a group of weight 0, counts 0
    for j, (g, w) in enumerate(zip(cg, cw, strict=True)):
        if w == 0 or gw[g] == 0:
            assert c_share[j] == 0


@given(problems(integer=False))
def test_shown_percentages_sum_to_100(problem):
    _, gw, cg, cw = problem
    shown = display_percentages(list(shares(gw, cg, cw)[1]))
    assert round(sum(shown), 6) in (0.0, 100.0)
    assert all(abs(a - b) <= 0.1 + 1e-9 for a, b in zip(shown, shares(gw, cg, cw)[1], strict=True))


def test_group_share_times_criterion_share():
    # Fonctionnel 3 (criteria 2 and 1), Coût 1 (one criterion), an empty group of weight 5
    g_share, c_share = shares([3, 1, 5], [0, 0, 1], [2, 1, 1])
    assert list(np.round(g_share, 6)) == [75.0, 25.0, 0.0]  # the empty group takes no share
    assert list(np.round(c_share, 6)) == [50.0, 25.0, 25.0]


def test_nothing_weighted_gives_zero_shares_and_zero_scores():
    g_share, c_share = shares([0, 0], [0, 1], [1, 1])
    assert not g_share.any() and not c_share.any()
    assert shares([], [], [])[1].size == 0


# ------------------------------------------------------------------------------ ranking
@settings(max_examples=150)
@given(problems(min_candidates=2), st.floats(0.01, 100), st.floats(0.01, 100))
def test_scaling_every_weight_leaves_the_ranking_unchanged(problem, group_factor, criterion_factor):
    values, gw, cg, cw = problem
    before = build_matrix(values, gw, cg, cw).ranking()
    after = build_matrix(values, [w * group_factor for w in gw], cg, [w * criterion_factor for w in cw]).ranking()
    assert [(r.candidate.id, r.rank) for r in before.rows] == [(r.candidate.id, r.rank) for r in after.rows]
    for a, b in zip(before.rows, after.rows, strict=True):
        assert math.isclose(a.score, b.score, abs_tol=1e-9)


@settings(max_examples=150)
@given(problems(min_candidates=2), st.data())
def test_a_knock_out_always_removes_from_the_ranking(problem, data):
    values, gw, cg, cw = problem
    j = data.draw(st.integers(0, len(cw) - 1))
    threshold = data.draw(st.sampled_from([0.5, 1.0, 2.0, 2.5, 3.0, 5.0]))
    plain = build_matrix(values, gw, cg, cw).ranking()
    knocked = build_matrix(values, gw, cg, cw, thresholds={j: threshold}).ranking()
    out = {i + 1 for i, row in enumerate(values) if row[j] is not None and row[j] < threshold}
    for row in knocked.rows:
        if row.candidate.id in out:
            assert row.rank is None and row.eliminated
            assert any(e.kind is EliminationKind.KNOCKOUT for e in row.eliminations)
            assert "knock-out on" in row.reason(english)
        else:
            assert row.rank is not None
    # the others keep their order and scores
    kept = [r.candidate.id for r in plain.rows if r.candidate.id not in out]
    assert [r.candidate.id for r in knocked.ranked] == kept


@given(problems(min_candidates=1))
def test_ranks_follow_the_weighted_scores_and_ties_share_a_rank(problem):
    values, gw, cg, cw = problem
    ranking = build_matrix(values, gw, cg, cw).ranking()
    ranked = ranking.ranked
    for a, b in zip(ranked, ranked[1:], strict=False):
        assert a.score >= b.score - 1e-9
        assert (a.rank == b.rank) == math.isclose(a.score, b.score, abs_tol=1e-9)
    assert ranked[0].rank == 1
    # the stacked bars add up to the weighted score
    for row in ranking.rows:
        assert math.isclose(sum(row.group_contributions), row.score, abs_tol=1e-9)


def test_weighted_score_counts_missing_cells_as_zero_and_reports_them():
    m = build_matrix([[5, None], [4, 4]], [1], [0, 0], [1, 1])
    ranking = m.ranking()
    first, second = ranking.rows
    assert (first.candidate.id, first.rank, round(first.score, 6)) == (2, 1, 80.0)
    assert (second.candidate.id, round(second.score, 6), second.missing) == (1, 50.0, (101,))


def test_competition_ranks():
    assert competition_ranks([70, 90, 70, 50, 99], [True, True, True, True, False]) == [2, 1, 2, 4, None]


def test_what_if_weights_do_not_touch_the_stored_ones():
    m = build_matrix([[5, 0], [0, 5]], [1, 1], [0, 1], [1, 1])
    assert {r.rank for r in m.ranking().rows} == {1}  # tie
    what_if = m.ranking(group_weights={10: 3})
    assert [r.candidate.id for r in what_if.ranked] == [1, 2] and what_if.rows[1].rank == 2
    assert what_if.groups[0].share == 75.0
    assert {r.rank for r in m.ranking().rows} == {1}


# ------------------------------------------------------------------------------ TCO and cost
@given(st.lists(st.floats(0, 1e6), min_size=6, max_size=6), st.integers(1, 500), st.integers(1, 20))
def test_tco_formula(parts, users, years):
    costs = CandidateCosts(*parts)
    setup, migration, training, licence, hosting, support = parts
    expected = setup + migration + training + years * (licence * users * 12 + hosting + support)
    assert math.isclose(costs.tco(users, years), expected, rel_tol=1e-12, abs_tol=1e-6)


def test_cost_mark_lowest_gets_five_others_in_proportion_and_zero_is_guarded():
    marks, lowest = cost_marks([100_000, 50_000, 0, 40_000], [True, True, True, False])
    assert lowest == 50_000  # the eliminated 40 000 does not set the bar; 0 means "no costs"
    assert list(marks[:2]) == [2.5, 5.0]
    assert math.isnan(marks[2])
    assert marks[3] == 5.0  # capped
    marks, lowest = cost_marks([0, 0], [True, True])
    assert lowest is None and np.isnan(marks).all()


def test_cost_criterion_in_the_matrix_shows_its_working():
    costs = [CandidateCosts(setup=10_000, licence_per_user_month=50),
             CandidateCosts(setup=5_000, licence_per_user_month=25)]
    m = build_matrix([[4, None], [4, None]], [1], [0, 0], [1, 1], costs=costs, cost_criteria=[1],
                     extra_scores=[ScoreRead(1, 101, 1, 1.0, "", "")])
    # TCO = one-off + 3 years × 10 users × 12 months × licence
    assert [c.tco for c in m.candidates] == [28_000, 14_000]
    cell = m.cell(1, 101)
    assert cell.source is CellSource.COST and cell.value == 2.5  # a hand score on a cost criterion is ignored
    text = cell.cost.text(english)
    assert "mark = 5 × lowest TCO 14\u202f000\u00a0€ (Candidat 2)" in text and "= 2.50" in text
    assert m.value(2, 101) == 5.0


# ------------------------------------------------------------------------------ cells
def _three(values: list[float | None], **kwargs):  # type: ignore[no-untyped-def]
    scores = [ScoreRead(1, 100, e + 1, v, "", "") for e, v in enumerate(values) if v is not None]
    return build_matrix([[None]], [1], [0], [1], extra_scores=scores, evaluators=3, **kwargs)


def test_mean_median_and_disagreement():
    m = _three([1.0, 4.0, 4.0])
    cell = m.cell(1, 100)
    assert (round(cell.mean, 6), cell.median, cell.spread, cell.disagreement) == (3.0, 4.0, 3.0, True)
    assert cell.value == cell.mean and cell.source is CellSource.OPINIONS
    by_median = SETTINGS.__class__(**{**_fields(SETTINGS), "aggregate": Aggregate.MEDIAN})
    median = _three([1.0, 4.0, 4.0], settings=by_median)
    assert median.value(1, 100) == 4.0
    calm = _three([3.0, 4.0, None])
    assert not calm.cell(1, 100).disagreement and calm.value(1, 100) == 3.5
    assert not _three([None, None, None]).cell(1, 100).disagreement


def test_disagreement_gap_is_inclusive_and_follows_the_settings():
    assert _three([2.0, 4.0, 3.0]).cell(1, 100).disagreement  # 2 points apart: flagged
    wide = SETTINGS.__class__(**{**_fields(SETTINGS), "disagreement_gap": 3.0})
    assert not _three([2.0, 4.0, 3.0], settings=wide).cell(1, 100).disagreement


def test_consensus_overrides_the_mean_and_keeps_its_reason():
    agreed = ConsensusRead(1, 100, 2.0, "Atelier du 12 mars", "")
    m = _three([1.0, 5.0, 5.0], consensus=[agreed])
    cell = m.cell(1, 100)
    assert cell.value == 2.0 and cell.source is CellSource.CONSENSUS
    assert cell.consensus.reason == "Atelier du 12 mars" and round(cell.mean, 6) == round(11 / 3, 6)
    assert cell.disagreement  # the disagreement stays visible behind the consensus


def _fields(obj):  # type: ignore[no-untyped-def]
    return {name: getattr(obj, name) for name in obj.__slots__}


def _answer(coverage: Coverage | None, *, accepted: bool = True, priority: Priority = Priority.MANDATORY,
            need_id: int = 7, domain_id: int | None = None) -> AnswerFact:
    return AnswerFact(1, need_id, "BES-012", "Devis", priority, domain_id, coverage, accepted)


def test_accepted_proposal_is_one_more_opinion():
    from selection_builders import criterion  # type: ignore[import-not-found]
    from crmdesk.domain.selection_matrix import SelectionMatrix

    def matrix(answers, scores):  # type: ignore[no-untyped-def]
        return SelectionMatrix.build(
            settings=SETTINGS, candidates=build_matrix([[None]], [1], [0], [1]).candidates,
            groups=build_matrix([[None]], [1], [0], [1]).groups, criteria=[criterion(100, 10, 1, need_id=7)],
            evaluators=build_matrix([[None]], [1], [0], [1], evaluators=2).evaluators, scores=scores,
            answers=answers)

    alone = matrix([_answer(Coverage.CONFIGURATION)], [])
    assert alone.value(1, 100) == 4.0 and alone.cell(1, 100).proposal == 4.0
    mixed = matrix([_answer(Coverage.STANDARD)], [ScoreRead(1, 100, 1, 2.0, "", "")])
    assert mixed.value(1, 100) == 3.5 and mixed.cell(1, 100).disagreement  # 5 claimed, 2 seen
    assert matrix([_answer(Coverage.STANDARD, accepted=False)], []).value(1, 100) is None


def test_declaring_a_mandatory_need_not_covered_eliminates():
    from selection_builders import criterion  # type: ignore[import-not-found]
    from crmdesk.domain.selection_matrix import SelectionMatrix

    base = build_matrix([[4]], [1], [0], [1])

    def ranking(answer):  # type: ignore[no-untyped-def]
        return SelectionMatrix.build(settings=SETTINGS, candidates=base.candidates, groups=base.groups,
                                     criteria=[criterion(100, 10, 1, need_id=7)], evaluators=base.evaluators,
                                     scores=[ScoreRead(1, 100, 1, 4.0, "", "")], answers=[answer]).ranking()

    row = ranking(_answer(Coverage.NOT_COVERED, accepted=False)).rows[0]
    assert row.rank is None and row.reason(english) == "declares not covered: BES-012 Devis"
    assert ranking(_answer(Coverage.NOT_COVERED, priority=Priority.DESIRED)).rows[0].rank == 1
    assert ranking(_answer(Coverage.NOT_COVERED, need_id=8)).rows[0].rank == 1  # need not in the matrix
    assert ranking(_answer(Coverage.CUSTOM)).rows[0].rank == 1


def test_pilot_elimination_is_out_with_its_reason_and_empty_knock_out_cell_knocks_nobody():
    m = build_matrix([[1, 5], [None, 5], [3, 5]], [1], [0, 0], [1, 1], thresholds={0: 2}, eliminated=[2])
    rows = {r.candidate.id: r for r in m.ranking().rows}
    assert rows[1].rank is None and rows[1].eliminations[0].kind is EliminationKind.KNOCKOUT
    assert rows[1].reason(english) == "knock-out on Critère 100: 1.0 is below 2.0"
    assert m.cell(1, 100).knocked_out
    assert rows[2].rank == 1 and rows[2].missing == (100,)
    assert rows[3].rank is None and rows[3].reason(english) == "pilot's decision: écarté"


def test_weighted_scores_vector():
    values = np.array([[5.0, np.nan], [2.5, 5.0]])
    assert list(weighted_scores(values, np.array([60.0, 40.0]))) == [60.0, 70.0]


# ------------------------------------------------------------------------------ rules
def test_rules_refuse_what_makes_no_sense():
    with pytest.raises(ValidationFailed):
        clean_score(5.5)
    with pytest.raises(ValidationFailed):
        clean_score("abc")
    assert clean_score("3,5") == 3.5
    with pytest.raises(ValidationFailed, match="Say why"):
        clean_status("eliminated", "  ")
    assert clean_status("short_list", "ignored") == ("short_list", "")
    with pytest.raises(ValidationFailed):
        clean_settings_values({"horizon_years": 0})
    with pytest.raises(ValidationFailed):
        clean_settings_values({"score_labels": ["a", "b"]})
    assert clean_settings_values({"score_labels": ["", "faible", "", "", "", "top"]})["label_5"] == "top"
