"""Builders of selection matrices from plain numbers, for the scoring and sensitivity tests
(imported by the test modules beside it; not a test module itself)."""

from __future__ import annotations

from collections.abc import Sequence

from crmdesk.domain.selection import (
    Aggregate,
    AnswerFact,
    CandidateCosts,
    CandidateKind,
    CandidateRead,
    CandidateStatus,
    ConsensusRead,
    CriterionKind,
    CriterionRead,
    EvaluatorRead,
    GroupRead,
    ScoreRead,
    SelectionSettingsRead,
)
from crmdesk.domain.selection_matrix import SelectionMatrix

SETTINGS = SelectionSettingsRead(
    user_count=10, horizon_years=3, aggregate=Aggregate.MEAN, disagreement_gap=2.0, score_labels=("",) * 6,
    score_standard=5.0, score_configuration=4.0, score_custom=2.0, score_not_covered=0.0)


def candidate(cid: int, *, status: CandidateStatus = CandidateStatus.SHORT_LIST, reason: str = "",
              costs: CandidateCosts | None = None, settings: SelectionSettingsRead = SETTINGS) -> CandidateRead:
    costs = costs or CandidateCosts()
    return CandidateRead(id=cid, name=f"Candidat {cid}", kind=CandidateKind.VENDOR, status=status,
                         elimination_reason=reason, notes="", position=cid, costs=costs,
                         tco=costs.tco(settings.user_count, settings.horizon_years))


def criterion(kid: int, group_id: int, weight: float, *, kind: CriterionKind = CriterionKind.SCORED,
              threshold: float | None = None, need_id: int | None = None, domain_id: int | None = None
              ) -> CriterionRead:
    return CriterionRead(id=kid, group_id=group_id, group_name=f"G{group_id}", name=f"Critère {kid}",
                         description="", weight=weight, kind=kind, knockout=threshold is not None,
                         knockout_threshold=threshold, need_id=need_id, need_ref="", need_priority=None,
                         domain_id=domain_id, domain_name="", position=kid, share=0.0)


def build_matrix(values: Sequence[Sequence[float | None]], group_weights: Sequence[float],
                 criterion_groups: Sequence[int], criterion_weights: Sequence[float], *,
                 thresholds: dict[int, float] | None = None, eliminated: Sequence[int] = (),
                 settings: SelectionSettingsRead = SETTINGS, costs: Sequence[CandidateCosts] | None = None,
                 cost_criteria: Sequence[int] = (), consensus: Sequence[ConsensusRead] = (),
                 answers: Sequence[AnswerFact] = (), extra_scores: Sequence[ScoreRead] = (),
                 evaluators: int = 1) -> SelectionMatrix:
    """Candidates 1..n, criteria 100.. (index j → id 100 + j), groups 10.. (index g → 10 + g);
    ``values[i][j]`` is evaluator 1's mark (None: not scored)."""
    thresholds = thresholds or {}
    cands = [candidate(i + 1, status=CandidateStatus.ELIMINATED if i in eliminated else CandidateStatus.SHORT_LIST,
                       reason="écarté" if i in eliminated else "", costs=costs[i] if costs else None,
                       settings=settings)
             for i in range(len(values))]
    groups = [GroupRead(10 + g, f"G{g}", w, g, 0.0, 0) for g, w in enumerate(group_weights)]
    crits = [criterion(100 + j, 10 + criterion_groups[j], criterion_weights[j], threshold=thresholds.get(j),
                       kind=CriterionKind.COST if j in cost_criteria else CriterionKind.SCORED)
             for j in range(len(criterion_weights))]
    evals = [EvaluatorRead(e + 1, e + 1, f"Évaluateur {e + 1}", e) for e in range(evaluators)]
    scores = [ScoreRead(i + 1, 100 + j, 1, float(v), "", "") for i, row in enumerate(values)
              for j, v in enumerate(row) if v is not None]
    return SelectionMatrix.build(settings=settings, candidates=cands, groups=groups, criteria=crits,
                                 evaluators=evals, scores=[*scores, *extra_scores], consensus=consensus,
                                 answers=answers)
