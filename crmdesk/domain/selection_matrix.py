"""The scoring matrix as one snapshot: every cell's value, the eliminations and the ranking.

Built once from what the service reads (``SelectionMatrix.build``); the cell values are then
fixed, so a what-if on the weights (``ranking(group_weights=…)``) is only a product of the
candidates × criteria value matrix by the shares: well under a millisecond for 40 × 400.

Decisions, so that every view tells the same story:

* A cell's value is the consensus when there is one; otherwise the mean (or the median, per
  the settings) of the opinions. An accepted vendor answer's proposed mark (from the
  settings' coverage → mark table) is one more opinion beside the evaluators': it is the
  value when nobody scored the cell, and takes part in the disagreement flag (a vendor's
  "out of the box" that the evaluators mark 2 is worth a discussion). A criterion linked to
  a domain gets the mean of the proposals for the needs of that domain and its sub-domains.
* A candidate is out of the ranking, still shown with its reasons, when the pilot eliminated
  it; when a knock-out criterion's value is below its threshold (an empty cell knocks
  nobody out: it is reported missing); or when it answered "not covered" for a mandatory
  need the matrix evaluates (linked to a criterion, directly or through its domain),
  whether or not the answer was accepted: the declaration is the vendor's own.
* Cost criteria are never scored: their value is the TCO mark (see ``selection_scoring``),
  the lowest TCO taken among the candidates still in the race.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from crmdesk.domain.enums import Priority
from crmdesk.domain.selection import (
    AnswerFact,
    CandidateRead,
    CandidateStatus,
    ConsensusRead,
    Coverage,
    CriterionKind,
    CriterionRead,
    EvaluatorRead,
    GroupRead,
    ScoreRead,
    SelectionSettingsRead,
)
from crmdesk.domain.selection_results import (
    CellRead,
    CellScore,
    CellSource,
    CostWorking,
    Elimination,
    EliminationKind,
    Ranking,
    RankingRow,
)
from crmdesk.domain.selection_scoring import (
    aggregate_all,
    competition_ranks,
    cost_marks,
    disagreements,
    group_contributions,
    group_scores,
    shares,
    weighted_scores,
)


def _opt(value: float) -> float | None:
    return None if np.isnan(value) else float(value)


@dataclass(frozen=True, eq=False)
class SelectionMatrix:
    settings: SelectionSettingsRead
    candidates: tuple[CandidateRead, ...]
    groups: tuple[GroupRead, ...]
    criteria: tuple[CriterionRead, ...]
    evaluators: tuple[EvaluatorRead, ...]
    values: np.ndarray  # candidates × criteria: the value that counts (NaN: none)
    means: np.ndarray
    medians: np.ndarray
    spreads: np.ndarray
    flags: np.ndarray  # disagreement
    sources: np.ndarray  # CellSource codes
    proposals: np.ndarray
    marks: np.ndarray  # evaluators × candidates × criteria: each evaluator's score (NaN: none)
    comments: Mapping[tuple[int, int, int], str]  # (candidate id, criterion id, evaluator id) → comment
    consensus: Mapping[tuple[int, int], ConsensusRead]
    eliminations: Mapping[int, tuple[Elimination, ...]]
    lowest_tco: float | None
    lowest_names: tuple[str, ...]
    criterion_groups: np.ndarray  # each criterion's group index
    _cand_index: dict[int, int] = field(repr=False, default_factory=dict)
    _crit_index: dict[int, int] = field(repr=False, default_factory=dict)

    # ------------------------------------------------------------------------- building
    @classmethod
    def build(cls, *, settings: SelectionSettingsRead, candidates: Sequence[CandidateRead],
              groups: Sequence[GroupRead], criteria: Sequence[CriterionRead],
              evaluators: Sequence[EvaluatorRead], scores: Iterable[ScoreRead | tuple] | np.ndarray,
              consensus: Iterable[ConsensusRead] = (), answers: Iterable[AnswerFact] = (),
              domain_subtrees: Mapping[int, frozenset[int]] | None = None,
              comments: Mapping[tuple[int, int, int], str] | None = None) -> SelectionMatrix:
        """``scores``: ScoreRead objects, or (candidate id, criterion id, evaluator id, value)
        rows, or such rows as a structured array (``SCORE_ROWS``: the service's fast path, which
        then gives the non-empty ``comments`` apart)."""
        cands, crits, evals = tuple(candidates), tuple(criteria), tuple(evaluators)
        n, m, e = len(cands), len(crits), len(evals)
        ci = {c.id: i for i, c in enumerate(cands)}
        ki = {k.id: j for j, k in enumerate(crits)}
        gi = {g.id: i for i, g in enumerate(groups)}
        subtrees = domain_subtrees or {}
        is_cost = np.array([k.kind is CriterionKind.COST for k in crits], dtype=bool)

        # Opinions: one slot per evaluator, plus one for the accepted vendor proposal.
        opinions = np.full((n, m, e + 1), np.nan)
        rows_in, notes = _score_rows(scores)
        if comments:
            notes.update(comments)
        if len(rows_in) and n and m and e:
            rows, ok_c = _positions(rows_in["c"], [c.id for c in cands])
            cols, ok_k = _positions(rows_in["k"], [k.id for k in crits])
            slots, ok_e = _positions(rows_in["e"], [v.id for v in evals])
            ok = ok_c & ok_k & ok_e
            opinions[rows[ok], cols[ok], slots[ok]] = rows_in["v"][ok]
        marks = np.moveaxis(opinions[:, :, :e], 2, 0).copy()  # before cost criteria are blanked
        answer_list = list(answers)
        proposals = _proposals(settings, crits, answer_list, ci, subtrees, n, m)
        opinions[:, :, e] = proposals
        opinions[:, is_cost, :] = np.nan
        means, medians, spread, count = aggregate_all(opinions)
        values = (medians if settings.aggregate == "median" else means).copy()
        flags = disagreements(spread, settings.disagreement_gap)
        sources = np.where(count > 0, int(CellSource.OPINIONS), int(CellSource.NONE)).astype(np.int8)

        agreed: dict[tuple[int, int], ConsensusRead] = {}
        for c in consensus:
            i, j = ci.get(c.candidate_id), ki.get(c.criterion_id)
            if i is None or j is None or is_cost[j]:
                continue
            agreed[(c.candidate_id, c.criterion_id)] = c
            values[i, j] = c.value
            sources[i, j] = int(CellSource.CONSENSUS)

        eliminated = _eliminations(cands, crits, values, answer_list, subtrees)
        in_race = [c.id not in eliminated for c in cands]
        marks_cost, lowest = cost_marks([c.tco for c in cands], in_race)
        if is_cost.any():
            values[:, is_cost] = marks_cost[:, None]
            sources[:, is_cost] = np.where(np.isnan(marks_cost), int(CellSource.NONE),
                                           int(CellSource.COST))[:, None]
        lowest_names = tuple(c.name for c, race in zip(cands, in_race, strict=True)
                             if race and lowest is not None and c.tco == lowest)
        return cls(
            settings=settings, candidates=cands, groups=tuple(groups), criteria=crits, evaluators=evals,
            values=values, means=means, medians=medians, spreads=spread, flags=flags, sources=sources,
            proposals=proposals,
            marks=marks, comments=notes,
            consensus=agreed, eliminations=eliminated, lowest_tco=lowest, lowest_names=lowest_names,
            criterion_groups=np.array([gi[k.group_id] for k in crits], dtype=int),
            _cand_index=ci, _crit_index=ki,
        )

    # ---------------------------------------------------------------------------- reads
    def scores_of(self, candidate_id: int, criterion_id: int) -> tuple[CellScore, ...]:
        """The evaluators' scores of one cell, in the evaluators' order."""
        i, j = self._cand_index.get(candidate_id), self._crit_index.get(criterion_id)
        if i is None or j is None:
            return ()
        return tuple(CellScore(candidate_id, criterion_id, ev.id, float(self.marks[x, i, j]),
                               self.comments.get((candidate_id, criterion_id, ev.id), ""))
                     for x, ev in enumerate(self.evaluators) if not np.isnan(self.marks[x, i, j]))

    @property
    def group_weights(self) -> np.ndarray:
        return np.array([g.weight for g in self.groups], dtype=float)

    @property
    def criterion_weights(self) -> np.ndarray:
        return np.array([k.weight for k in self.criteria], dtype=float)

    @property
    def in_ranking(self) -> np.ndarray:
        return np.array([c.id not in self.eliminations for c in self.candidates], dtype=bool)

    def value(self, candidate_id: int, criterion_id: int) -> float | None:
        return _opt(self.values[self._cand_index[candidate_id], self._crit_index[criterion_id]])

    def cell(self, candidate_id: int, criterion_id: int) -> CellRead:
        i, j = self._cand_index[candidate_id], self._crit_index[criterion_id]
        criterion = self.criteria[j]
        cost = self.cost_working(candidate_id) if criterion.kind is CriterionKind.COST else None
        knocked = any(e.kind is EliminationKind.KNOCKOUT and e.criterion_id == criterion_id
                      for e in self.eliminations.get(candidate_id, ()))
        return CellRead(
            candidate_id=candidate_id, criterion_id=criterion_id, value=_opt(self.values[i, j]),
            source=CellSource(int(self.sources[i, j])), mean=_opt(self.means[i, j]),
            median=_opt(self.medians[i, j]), spread=_opt(self.spreads[i, j]),
            disagreement=bool(self.flags[i, j]), scores=self.scores_of(candidate_id, criterion_id),
            proposal=_opt(self.proposals[i, j]), consensus=self.consensus.get((candidate_id, criterion_id)),
            knocked_out=knocked, cost=cost,
        )

    def cost_working(self, candidate_id: int) -> CostWorking:
        cand = self.candidates[self._cand_index[candidate_id]]
        users, years = self.settings.user_count, self.settings.horizon_years
        mark = None
        if self.lowest_tco is not None and cand.tco > 0:
            mark = min(5.0, 5.0 * self.lowest_tco / cand.tco)
        return CostWorking(users=users, years=years, one_off=cand.costs.one_off,
                           recurring_per_year=cand.costs.recurring_per_year(users), tco=cand.tco,
                           lowest_tco=self.lowest_tco, lowest_names=self.lowest_names, mark=mark)

    def disagreement_count(self) -> int:
        return int(self.flags.sum())

    # -------------------------------------------------------------------------- ranking
    def weights(self, group_weights: Mapping[int, float] | None = None,
                criterion_weights: Mapping[int, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
        gw = self.group_weights
        cw = self.criterion_weights
        for gid, w in (group_weights or {}).items():
            gw[[g.id for g in self.groups].index(gid)] = w
        for kid, w in (criterion_weights or {}).items():
            cw[self._crit_index[kid]] = w
        return gw, cw

    def shares(self, group_weights: Mapping[int, float] | None = None,
               criterion_weights: Mapping[int, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
        gw, cw = self.weights(group_weights, criterion_weights)
        return shares(gw, self.criterion_groups, cw)

    def ranking(self, group_weights: Mapping[int, float] | None = None,
                criterion_weights: Mapping[int, float] | None = None) -> Ranking:
        """The ranking with the stored weights, or with some of them changed (what-if)."""
        gw, cw = self.weights(group_weights, criterion_weights)
        g_share, c_share = shares(gw, self.criterion_groups, cw)
        total = weighted_scores(self.values, c_share)
        is_cost = np.array([k.kind is CriterionKind.COST for k in self.criteria], dtype=bool)
        benefit = weighted_scores(self.values, shares(gw, self.criterion_groups,
                                                      np.where(is_cost, 0.0, cw))[1])
        contrib = group_contributions(self.values, c_share, self.criterion_groups, len(self.groups))
        within = group_scores(contrib, g_share)
        race = self.in_ranking
        ranks = competition_ranks(total, race)
        missing = np.isnan(self.values) & (c_share > 0)[None, :]
        crit_ids = np.array([k.id for k in self.criteria], dtype=int)
        rows = []
        for i, cand in enumerate(self.candidates):
            rows.append(RankingRow(
                candidate=cand, rank=ranks[i], score=float(total[i]),
                group_contributions=tuple(float(v) for v in contrib[i]),
                group_scores=tuple(_opt(v) for v in within[i]),
                eliminations=self.eliminations.get(cand.id, ()),
                missing=tuple(int(k) for k in crit_ids[missing[i]]) if missing.shape[1] else (),
                benefit=float(benefit[i]),
            ))
        # Equal scores (same rank) keep the candidates' order, not float noise.
        rows.sort(key=lambda r: (r.rank is None, r.rank or 0, 0.0 if r.rank else -round(r.score, 9),
                                 r.candidate.position, r.candidate.name.casefold()))
        groups = tuple(replace(g, weight=float(gw[i]), share=float(g_share[i])) for i, g in enumerate(self.groups))
        return Ranking(groups=groups, rows=tuple(rows))

    def sensitivity(self):  # type: ignore[no-untyped-def]
        """What would change the winner (see ``selection_sensitivity``)."""
        from crmdesk.domain.selection_sensitivity import analyse

        return analyse(self)


# ------------------------------------------------------------------------------ helpers
SCORE_ROWS = np.dtype([("c", "i8"), ("k", "i8"), ("e", "i8"), ("v", "f8")])  # candidate, criterion, evaluator, value


def _score_rows(scores: Iterable[ScoreRead | tuple] | np.ndarray
                ) -> tuple[np.ndarray, dict[tuple[int, int, int], str]]:
    """The scores as a ``SCORE_ROWS`` array, and the comments they carry."""
    if isinstance(scores, np.ndarray):
        return scores, {}
    rows, notes = [], {}
    for s in scores:
        if isinstance(s, ScoreRead):
            s = (s.candidate_id, s.criterion_id, s.evaluator_id, s.value, s.comment)
        rows.append(tuple(s[:4]))
        if len(s) > 4 and s[4]:
            notes[(s[0], s[1], s[2])] = s[4]
    return np.array(rows, dtype=SCORE_ROWS), notes


def _positions(ids: np.ndarray, known: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """The index of each id in ``known`` and whether it is there at all (vectorised lookup)."""
    if not known:
        return np.zeros(len(ids), dtype=int), np.zeros(len(ids), dtype=bool)
    keys = np.asarray(known, dtype=float)
    order = np.argsort(keys)
    where = np.clip(np.searchsorted(keys[order], ids), 0, len(keys) - 1)
    found = keys[order][where] == ids
    return order[where], found


def _proposals(settings: SelectionSettingsRead, crits: Sequence[CriterionRead], answers: list[AnswerFact],
               ci: dict[int, int], subtrees: Mapping[int, frozenset[int]], n: int, m: int) -> np.ndarray:
    """The mark each accepted answer proposes, per cell (NaN: no proposal)."""
    out = np.full((n, m), np.nan)
    usable = [a for a in answers if a.accepted and a.coverage is not None and a.candidate_id in ci]
    if not usable:
        return out
    by_need: dict[int, list[AnswerFact]] = defaultdict(list)
    for a in usable:
        by_need[a.need_id].append(a)
    for j, crit in enumerate(crits):
        if crit.kind is CriterionKind.COST:
            continue
        if crit.need_id is not None:
            for a in by_need.get(crit.need_id, ()):
                out[ci[a.candidate_id], j] = settings.coverage_score(a.coverage)  # type: ignore[arg-type]
        elif crit.domain_id is not None:
            inside = subtrees.get(crit.domain_id, frozenset({crit.domain_id}))
            found: dict[int, list[float]] = defaultdict(list)
            for a in usable:
                if a.need_domain_id in inside:
                    found[a.candidate_id].append(settings.coverage_score(a.coverage))  # type: ignore[arg-type]
            for cand_id, marks in found.items():
                out[ci[cand_id], j] = sum(marks) / len(marks)
    return out


def _eliminations(cands: Sequence[CandidateRead], crits: Sequence[CriterionRead], values: np.ndarray,
                  answers: list[AnswerFact], subtrees: Mapping[int, frozenset[int]]
                  ) -> dict[int, tuple[Elimination, ...]]:
    found: dict[int, list[Elimination]] = defaultdict(list)
    for cand in cands:
        if cand.status is CandidateStatus.ELIMINATED:
            found[cand.id].append(Elimination(EliminationKind.PILOT, reason=cand.elimination_reason))
    for j, crit in enumerate(crits):
        if not crit.knockout or crit.knockout_threshold is None or crit.kind is CriterionKind.COST:
            continue
        for i, cand in enumerate(cands):
            value = values[i, j]
            if not np.isnan(value) and value < crit.knockout_threshold - 1e-9:
                found[cand.id].append(Elimination(
                    EliminationKind.KNOCKOUT, criterion_id=crit.id, criterion_name=crit.label,
                    value=float(value), threshold=crit.knockout_threshold))
    evaluated = {k.need_id for k in crits if k.need_id is not None}
    domains: set[int] = set()
    for k in crits:
        if k.need_id is None and k.domain_id is not None:
            domains |= subtrees.get(k.domain_id, frozenset({k.domain_id}))
    known = {c.id for c in cands}
    for a in sorted(answers, key=lambda a: a.need_ref):
        if (a.coverage is Coverage.NOT_COVERED and a.need_priority is Priority.MANDATORY
                and a.candidate_id in known
                and (a.need_id in evaluated or (a.need_domain_id is not None and a.need_domain_id in domains))):
            found[a.candidate_id].append(Elimination(
                EliminationKind.NOT_COVERED, need_ref=a.need_ref, need_title=a.need_title))
    return {cid: tuple(v) for cid, v in found.items()}
