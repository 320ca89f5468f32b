"""What would change the winner: the range of each group weight over which the winner stays
first, and a ±20 % test of every single weight.

The ranges are exact, not scanned. With every other weight fixed, a candidate's weighted
score as a function of one group's weight x is (A + x·G) / (B + x), where G is its score
within that group, A the weighted sum of its other groups' scores and B the sum of the other
group weights. The winner w stays ahead of a rival j exactly when
(A_w − A_j) + x·(G_w − G_j) ≥ 0 (B + x > 0 drops out): one linear inequality per rival,
so the range is the intersection of half-lines. The same tie tolerance as the ranking is
folded in, so the ranges agree with recomputing the ranking at any weight (a property test
checks it against brute force).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.selection import Translate
from crmdesk.domain.selection_results import fmt_number
from crmdesk.domain.selection_scoring import TIE, shares, weighted_scores

if TYPE_CHECKING:
    from crmdesk.domain.selection_matrix import SelectionMatrix

CONTEXT = "Selection"
CHANGE = 0.20  # the single-weight change tested both ways


@dataclass(frozen=True, slots=True)
class WeightRange:
    """Over which weight of one group (others fixed) the winner stays first."""

    group_id: int
    group_name: str
    weight: float  # now
    low: float  # lowest weight keeping the winner first (≥ 0)
    high: float  # highest one (math.inf: no limit)
    share: float  # the group's share now, %
    share_low: float  # the same bounds as shares of the total, %
    share_high: float
    rival_low: int | None  # who takes first place below ``low`` (candidate id)
    rival_high: int | None  # … above ``high``

    @property
    def unbounded(self) -> bool:
        return self.low <= 0 and math.isinf(self.high)


@dataclass(frozen=True, slots=True)
class WeightFlip:
    """A ±20 % change of one weight that changes the first place."""

    kind: str  # "group" or "criterion"
    item_id: int
    name: str
    factor: float  # 0.8 or 1.2
    leaders: tuple[int, ...]  # candidate ids first after the change


@dataclass(frozen=True, slots=True)
class Sensitivity:
    winner_ids: tuple[int, ...]  # first now (several on a tie); empty when nobody is ranked
    margin: float  # points of % between the first and the second (0 on a tie)
    runner_up_id: int | None
    ranges: tuple[WeightRange, ...]
    flips: tuple[WeightFlip, ...]

    @property
    def stable(self) -> bool:
        return not self.flips and len(self.winner_ids) <= 1

    def fragile_names(self) -> list[str]:
        names: list[str] = []
        for f in self.flips:
            if f.name not in names:
                names.append(f.name)
        return names

    def closest_flip(self) -> tuple[WeightRange, float] | None:
        """The group whose weight needs the smallest relative change to change the winner,
        with that change (e.g. -0.35: 35 % less weight); None when no group weight can."""
        best: tuple[WeightRange, float] | None = None
        for r in self.ranges:
            if r.weight <= 0:
                continue
            for bound, rival in ((r.low, r.rival_low), (r.high, r.rival_high)):
                if rival is None or not math.isfinite(bound):
                    continue
                change = (bound - r.weight) / r.weight
                if best is None or abs(change) < abs(best[1]):
                    best = (r, change)
        return best

    def verdict(self, translate: Translate) -> str:
        if not self.winner_ids:
            return translate(CONTEXT, QT_TRANSLATE_NOOP("Selection", "no candidate is ranked"))
        if len(self.winner_ids) > 1:
            return translate(CONTEXT, QT_TRANSLATE_NOOP("Selection", "fragile: first place is a tie"))
        if self.stable:
            return translate(CONTEXT, QT_TRANSLATE_NOOP("Selection", "stable"))
        return translate(CONTEXT, QT_TRANSLATE_NOOP("Selection", "fragile, depends on {names}")).format(
            names=", ".join(self.fragile_names()))

    def range_text(self, r: WeightRange, translate: Translate) -> str:
        return translate(CONTEXT, QT_TRANSLATE_NOOP(
            "Selection", "{group}: the winner stays first from {low} to {high} of the weight (now {now})")).format(
            group=r.group_name, low=fmt_number(r.share_low, 1, translate) + " %",
            high=fmt_number(r.share_high, 1, translate) + " %",
            now=fmt_number(r.share, 1, translate) + " %")


# ------------------------------------------------------------------------------ the maths
def within_group_scores(values: np.ndarray, criterion_groups: Sequence[int], criterion_weights: Sequence[float],
                        n_groups: int) -> tuple[np.ndarray, np.ndarray]:
    """(candidates × groups score in % of the group's best, whether each group has criterion
    weight at all)."""
    cg = np.asarray(criterion_groups, dtype=int)
    cw = np.maximum(np.asarray(criterion_weights, dtype=float), 0.0)
    inside = np.bincount(cg, weights=cw, minlength=n_groups) if len(cg) else np.zeros(n_groups)
    onehot = np.zeros((len(cg), n_groups))
    if len(cg):
        onehot[np.arange(len(cg)), cg] = 1.0
    per = (np.nan_to_num(values, nan=0.0) * cw / 5.0) @ onehot  # Σ cw × v / 5
    safe = np.where(inside > 0, inside, 1.0)
    return np.where(inside > 0, per / safe * 100.0, 0.0), inside > 0


def winner_range(values: np.ndarray, group_weights: Sequence[float], criterion_groups: Sequence[int],
                 criterion_weights: Sequence[float], in_ranking: Sequence[bool], group: int, winner: int
                 ) -> tuple[float, float, int | None, int | None]:
    """(low, high, rival below, rival above) of group ``group``'s weight keeping ``winner``
    (a candidate index) first."""
    gw = np.maximum(np.asarray(group_weights, dtype=float), 0.0)
    G, has = within_group_scores(values, criterion_groups, criterion_weights, len(gw))
    if not has[group]:
        return 0.0, math.inf, None, None  # no criterion weighs in it: its weight changes nothing
    others = has.copy()
    others[group] = False
    A = G[:, others] @ gw[others]
    B = float(gw[others].sum())
    low, high = 0.0, math.inf
    rival_low = rival_high = None
    for j in np.flatnonzero(np.asarray(in_ranking, dtype=bool)):
        if j == winner:
            continue
        # stays ahead of j  ⇔  S_j − S_w ≤ TIE  ⇔  a + b·x ≥ 0
        a = (A[winner] - A[j]) + TIE * B
        b = (G[winner, group] - G[j, group]) + TIE
        if b > 0:
            bound = -a / b
            if bound > low:
                low, rival_low = bound, int(j)
        elif b < 0:
            bound = a / -b
            if bound < high:
                high, rival_high = bound, int(j)
        elif a < 0:  # never ahead whatever the weight (cannot happen for the current winner)
            return math.nan, math.nan, int(j), int(j)
    return max(low, 0.0), high, rival_low, rival_high


def leaders_of(scores: np.ndarray, in_ranking: np.ndarray) -> frozenset[int]:
    """Indexes of the first (within the tie tolerance) among the ranked, per column if 2-D."""
    ranked = scores[in_ranking]
    if ranked.size == 0:
        return frozenset()
    top = ranked.max()
    return frozenset(int(i) for i in np.flatnonzero(in_ranking & (scores >= top - TIE)))


def single_weight_flips(values: np.ndarray, group_weights: Sequence[float], criterion_groups: Sequence[int],
                        criterion_weights: Sequence[float], in_ranking: Sequence[bool], change: float = CHANGE
                        ) -> list[tuple[str, int, float, frozenset[int]]]:
    """Every single weight (groups, then criteria) × (1 − change, 1 + change) that changes the
    set of first candidates: (kind, index, factor, new leaders)."""
    gw = np.asarray(group_weights, dtype=float)
    cw = np.asarray(criterion_weights, dtype=float)
    race = np.asarray(in_ranking, dtype=bool)
    now = leaders_of(weighted_scores(values, shares(gw, criterion_groups, cw)[1]), race)
    trials: list[tuple[str, int, float]] = []
    columns = []
    for kind, base in (("group", gw), ("criterion", cw)):
        for index in range(len(base)):
            if base[index] <= 0:
                continue  # ±20 % of nothing is nothing
            for factor in (1 - change, 1 + change):
                changed = base.copy()
                changed[index] *= factor
                g, c = (changed, cw) if kind == "group" else (gw, changed)
                columns.append(shares(g, criterion_groups, c)[1])
                trials.append((kind, index, factor))
    if not trials:
        return []
    all_scores = np.nan_to_num(values, nan=0.0) @ np.array(columns).T / 5.0  # candidates × trials
    flips = []
    for t, (kind, index, factor) in enumerate(trials):
        after = leaders_of(all_scores[:, t], race)
        if after != now:
            flips.append((kind, index, factor, after))
    return flips


def analyse(matrix: SelectionMatrix) -> Sensitivity:
    values, cg = matrix.values, matrix.criterion_groups
    gw, cw = matrix.group_weights, matrix.criterion_weights
    race = matrix.in_ranking
    g_share, c_share = shares(gw, cg, cw)
    total = weighted_scores(values, c_share)
    lead = sorted(leaders_of(total, race))
    cands = matrix.candidates
    if not lead:
        return Sensitivity((), 0.0, None, (), ())
    winner = max(lead, key=lambda i: (total[i], -cands[i].position))
    others = [i for i in np.flatnonzero(race) if i not in lead]
    runner = max(others, key=lambda i: total[i]) if others else None
    margin = 0.0 if len(lead) > 1 else (float(total[winner] - total[runner]) if runner is not None
                                        else float(total[winner]))
    ranges = []
    for g, group in enumerate(matrix.groups):
        low, high, r_low, r_high = winner_range(values, gw, cg, cw, race, g, winner)
        rest = float(sum(w for h, w in enumerate(gw) if h != g and w > 0 and _weighs(matrix, h)))
        ranges.append(WeightRange(
            group_id=group.id, group_name=group.name, weight=float(gw[g]), low=low, high=high,
            share=float(g_share[g]), share_low=_share_at(low, rest), share_high=_share_at(high, rest),
            rival_low=cands[r_low].id if r_low is not None else None,
            rival_high=cands[r_high].id if r_high is not None else None))
    flips = []
    for kind, index, factor, after in single_weight_flips(values, gw, cg, cw, race):
        item = matrix.groups[index] if kind == "group" else matrix.criteria[index]
        name = item.name if kind == "group" else matrix.criteria[index].label
        flips.append(WeightFlip(kind, item.id, name, factor, tuple(cands[i].id for i in sorted(after))))
    return Sensitivity(tuple(cands[i].id for i in lead), margin,
                       cands[runner].id if runner is not None else None, tuple(ranges), tuple(flips))


def _weighs(matrix: SelectionMatrix, group: int) -> bool:
    """Whether a group has criterion weight (so its weight takes part in the total)."""
    return any(k.weight > 0 for k, g in zip(matrix.criteria, matrix.criterion_groups, strict=True) if g == group)


def _share_at(weight: float, rest: float) -> float:
    if math.isinf(weight):
        return 100.0
    total = weight + rest
    return weight / total * 100.0 if total > 0 else 0.0
