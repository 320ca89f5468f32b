"""The arithmetic of the scoring matrix, on plain arrays (numpy), free of any storage.

Conventions, shared by the matrix view, the results, the exports and the command line:

* Shares. A criterion's share of the whole is its group's share of the group weights times
  its own share of its group's criterion weights, in %. A group or criterion of weight 0
  counts 0, and a group with no criterion of positive weight takes no share (its weight
  would otherwise leave a hole in the 100 %). So shares always sum to 100 %, or are all 0
  when nothing has a weight yet.
* Marks are on 0-5. A candidate's weighted score is Σ share × mark / 5, in % of the best
  possible. A cell with no mark counts 0 (and is reported as missing).
* Ranks are "competition" ranks: equal scores (within ``TIE``) share a rank, the next rank
  skips (1, 1, 3).
* Cost as a criterion: the lowest TCO among the candidates still in the race gets 5 and the
  others 5 × lowest / TCO (capped at 5 for an eliminated candidate cheaper than all of
  them). A TCO of 0 means "no costs entered": that cell stays empty instead of dividing by
  zero (the Bonfire pitfall).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence

import numpy as np

from crmdesk.domain.selection import SCORE_MAX, Aggregate

TIE = 1e-9  # two weighted scores closer than this (in %) are equal


def shares(group_weights: Sequence[float], criterion_groups: Sequence[int],
           criterion_weights: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """(group shares, criterion shares) in %; ``criterion_groups`` gives each criterion's
    group as an index into ``group_weights``."""
    gw = np.maximum(np.asarray(group_weights, dtype=float), 0.0)
    cw = np.maximum(np.asarray(criterion_weights, dtype=float), 0.0)
    cg = np.asarray(criterion_groups, dtype=int)
    n_groups = len(gw)
    if n_groups == 0 or len(cw) == 0:
        return np.zeros(n_groups), np.zeros(len(cw))
    inside = np.bincount(cg, weights=cw, minlength=n_groups)  # Σ criterion weights per group
    effective = (gw > 0) & (inside > 0)
    total = gw[effective].sum()
    if total <= 0:
        return np.zeros(n_groups), np.zeros(len(cw))
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):  # the discarded branches only
        group_share = np.where(effective, gw / total, 0.0)
        safe_inside = np.where(inside > 0, inside, 1.0)
        within = np.where(inside[cg] > 0, cw / safe_inside[cg], 0.0)
    return group_share * 100.0, group_share[cg] * within * 100.0


def display_percentages(values: Sequence[float], decimals: int = 1) -> list[float]:
    """Round percentages so that the shown values still sum to the rounded total
    (largest remainder): 33.3 + 33.3 + 33.4, never 99.9."""
    if not len(values):
        return []
    scale = 10 ** decimals
    raw = [float(v) * scale for v in values]
    floors = [math.floor(v) for v in raw]
    target = round(sum(raw))
    missing = int(target - sum(floors))
    order = sorted(range(len(raw)), key=lambda i: raw[i] - floors[i], reverse=True)
    for i in order[:max(missing, 0)]:
        floors[i] += 1
    return [f / scale for f in floors]


def aggregate(opinions: np.ndarray, how: Aggregate | str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Combine the last axis of ``opinions`` (NaN = no opinion): (value, spread, count).
    Value and spread are NaN where nobody gave an opinion."""
    count = np.sum(~np.isnan(opinions), axis=-1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN cells: NaN is the answer
        if Aggregate(how) is Aggregate.MEDIAN:
            value = np.nanmedian(opinions, axis=-1) if opinions.shape[-1] else _nan_like(count)
        else:
            value = np.nanmean(opinions, axis=-1) if opinions.shape[-1] else _nan_like(count)
        if opinions.shape[-1]:
            spread = np.nanmax(opinions, axis=-1) - np.nanmin(opinions, axis=-1)
        else:
            spread = _nan_like(count)
    return value, spread, count


def aggregate_all(opinions: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(mean, median, spread, count) of the last axis in one sort: what ``aggregate`` gives for
    each way, without numpy's general nanmedian (the matrix has a handful of opinions per cell;
    40 × 400 cells: ~3 ms against ~25 ms for two ``aggregate`` calls)."""
    count = np.sum(~np.isnan(opinions), axis=-1)
    if not opinions.shape[-1]:
        return _nan_like(count), _nan_like(count), _nan_like(count), count
    ranked = np.sort(opinions, axis=-1)  # NaN sorts last
    seen = count > 0
    last = np.maximum(count - 1, 0)[..., None]
    low = np.take_along_axis(ranked, (last // 2), axis=-1)[..., 0]
    high = np.take_along_axis(ranked, (count[..., None] // 2) * seen[..., None], axis=-1)[..., 0]
    with np.errstate(invalid="ignore", divide="ignore"):
        median = np.where(seen, np.where(count % 2 == 1, high, (low + high) / 2), np.nan)
        mean = np.where(seen, np.nansum(opinions, axis=-1) / count, np.nan)
    spread = np.where(seen, np.take_along_axis(ranked, last, axis=-1)[..., 0] - ranked[..., 0], np.nan)
    return mean, median, spread, count


def _nan_like(count: np.ndarray) -> np.ndarray:
    return np.full(count.shape, np.nan)


def disagreements(spread: np.ndarray, gap: float) -> np.ndarray:
    """Cells where the opinions are ``gap`` points or more apart."""
    with np.errstate(invalid="ignore"):
        return np.nan_to_num(spread, nan=0.0) >= gap - 1e-12


def cost_marks(tcos: Sequence[float], in_race: Sequence[bool]) -> tuple[np.ndarray, float | None]:
    """Each candidate's cost mark (NaN when its TCO is 0: no costs entered) and the lowest
    positive TCO among the candidates in the race (None when there is none)."""
    tco = np.asarray(tcos, dtype=float)
    race = np.asarray(in_race, dtype=bool) & (tco > 0)
    if not race.any():
        return np.full(len(tco), np.nan), None
    lowest = float(tco[race].min())
    with np.errstate(divide="ignore", invalid="ignore"):
        marks = np.where(tco > 0, np.minimum(SCORE_MAX * lowest / tco, SCORE_MAX), np.nan)
    return marks, lowest


def weighted_scores(values: np.ndarray, criterion_shares: np.ndarray) -> np.ndarray:
    """Σ share × mark / 5 for each candidate (rows), in %; missing marks count 0."""
    if values.size == 0:
        return np.zeros(values.shape[0])
    return np.nan_to_num(values, nan=0.0) @ criterion_shares / SCORE_MAX


def group_contributions(values: np.ndarray, criterion_shares: np.ndarray,
                        criterion_groups: Sequence[int], n_groups: int) -> np.ndarray:
    """What each group adds to each candidate's weighted score (candidates × groups, in
    points of %): the rows sum to the weighted scores (the stacked bars)."""
    cg = np.asarray(criterion_groups, dtype=int)
    onehot = np.zeros((len(cg), n_groups))
    if len(cg):
        onehot[np.arange(len(cg)), cg] = 1.0
    weighted = np.nan_to_num(values, nan=0.0) * (criterion_shares / SCORE_MAX)
    return weighted @ onehot


def group_scores(contributions: np.ndarray, group_shares: np.ndarray) -> np.ndarray:
    """Each candidate's score within each group, in % of that group's best (NaN for a group
    with no share): the radar's axes."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(group_shares > 0, contributions / np.where(group_shares > 0, group_shares, 1.0) * 100.0,
                        np.nan)


def competition_ranks(scores: Sequence[float], in_ranking: Sequence[bool]) -> list[int | None]:
    """1 + the number of ranked candidates strictly ahead (beyond ``TIE``); None when out."""
    s = np.asarray(scores, dtype=float)
    mask = np.asarray(in_ranking, dtype=bool)
    ranked = s[mask]
    out: list[int | None] = []
    for value, inside in zip(s, mask, strict=True):
        out.append(int(np.sum(ranked > value + TIE)) + 1 if inside else None)
    return out


def leaders(scores: Sequence[float], in_ranking: Sequence[bool]) -> frozenset[int]:
    """Indexes of the candidates ranked first (several on a tie)."""
    return frozenset(i for i, r in enumerate(competition_ranks(scores, in_ranking)) if r == 1)
