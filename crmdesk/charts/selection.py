"""Charts of the tool selection, as matplotlib ``Figure`` objects (no pyplot, no Qt).

Each builder takes the plain result objects of ``crmdesk.domain.selection_results`` /
``selection_sensitivity`` and a ``translate(context, text)`` function, and returns a Figure
that the UI shows in a canvas and ``save_png`` writes for reports. Eliminated candidates stay
visible, greyed, with their reason, and out of the ranking.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import blended_transform_factory

from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.selection import Translate
from crmdesk.domain.selection_results import Ranking, RankingRow, fmt_number
from crmdesk.domain.selection_sensitivity import Sensitivity

CONTEXT = "Charts"
GROUP_COLOURS = ("#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3", "#8C8C8C",
                 "#CCB974", "#64B5CD")
RANKED = "#4C72B0"
WINNER = "#2E7D32"
GREY = "#B0B0B0"
GREY_TEXT = "#6E6E6E"
STAY = "#A5D6A7"
LOSE = "#F3D6D6"


def _tr(translate: Translate, text: str) -> str:
    return translate(CONTEXT, text)


def _figure(width: float = 8.0, height: float = 4.5) -> Figure:
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    fig.patch.set_facecolor("white")
    return fig


def _short(text: str, width: int = 70, lines: int = 2) -> str:
    wrapped = textwrap.wrap(" ".join(text.split()), width) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1].rstrip() + "…"
    return "\n".join(wrapped)


def _label(row: RankingRow) -> str:
    return f"{row.rank}. {row.candidate.name}" if row.rank is not None else row.candidate.name


def _bar_height(n: int) -> float:
    return max(3.0, 1.0 + 0.62 * n)


def ranking_chart(ranking: Ranking, translate: Translate) -> Figure:
    """Horizontal bars of the weighted score; the winner in green, the eliminated in grey,
    out of the ranking, with their reasons written under the chart."""
    rows = list(ranking.rows)
    notes = []
    for row in ranking.eliminated:
        notes += textwrap.wrap(f"{row.candidate.name} — {row.reason(translate)}", 135,
                               subsequent_indent="    ")
    height = _bar_height(len(rows))
    fig = _figure(9.0, height + (0.45 + 0.2 * len(notes) if notes else 0.0))
    if notes:
        ax, note_ax = fig.subplots(2, 1, height_ratios=[height, 0.3 + 0.2 * len(notes)])
    else:
        ax, note_ax = fig.add_subplot(), None
    ax.set_title(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Ranking by weighted score")), loc="left",
                 fontweight="bold")
    ax.set_xlabel(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Weighted score (% of the best possible)")))
    ax.set_xlim(0, 100)
    if not rows:
        _empty(ax, translate)
        return fig
    ys = list(range(len(rows)))[::-1]
    for y, row in zip(ys, rows, strict=True):
        colour = GREY if row.eliminated else (WINNER if row.rank == 1 else RANKED)
        ax.barh(y, row.score, color=colour, height=0.62, hatch="//" if row.eliminated else None,
                edgecolor="white" if not row.eliminated else "#909090", linewidth=0.6)
        value = fmt_number(row.score, 1, translate) + " %"
        if row.eliminated:
            value += "  · " + _tr(translate, QT_TRANSLATE_NOOP("Charts", "out of the ranking"))
        if row.score <= 70:  # after the bar
            ax.text(row.score + 1, y, value, va="center", fontsize=9,
                    fontweight="normal" if row.eliminated else "bold",
                    color=GREY_TEXT if row.eliminated else "black")
        elif row.eliminated:  # inside the bar's end, on a light box, so a long bar keeps its label in view
            ax.text(row.score - 1, y, value, va="center", ha="right", fontsize=9, color=GREY_TEXT,
                    bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.9, "pad": 2})
        else:
            ax.text(row.score - 1, y, value, va="center", ha="right", fontsize=9, fontweight="bold", color="white")
    ax.set_yticks(ys, [_label(r) for r in rows])
    for tick, row in zip(ax.get_yticklabels(), rows, strict=True):
        if row.eliminated:
            tick.set_color(GREY_TEXT)
    _clean_axes(ax)
    if note_ax is not None:
        note_ax.axis("off")
        title = _tr(translate, QT_TRANSLATE_NOOP("Charts", "Out of the ranking:"))
        where = blended_transform_factory(fig.transFigure, note_ax.transAxes)  # from the figure's left edge
        note_ax.text(0.012, 1.0, title + "\n" + "\n".join(notes), transform=where, va="top",
                     ha="left", fontsize=8.5, color=GREY_TEXT, linespacing=1.4)
    return fig


def group_bars_chart(ranking: Ranking, translate: Translate) -> Figure:
    """Stacked bars: what each group of criteria adds to each candidate's weighted score."""
    rows = list(ranking.rows)
    groups = list(ranking.groups)
    fig = _figure(9.0, _bar_height(len(rows)) + 0.8)
    ax = fig.add_subplot()
    ax.set_title(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Weighted score by group of criteria")),
                 loc="left", fontweight="bold")
    ax.set_xlabel(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Weighted score (% of the best possible)")))
    ax.set_xlim(0, 100)
    if not rows or not groups:
        _empty(ax, translate)
        return fig
    ys = list(range(len(rows)))[::-1]
    left = [0.0] * len(rows)
    for g, group in enumerate(groups):
        widths = [r.group_contributions[g] for r in rows]
        colour = GROUP_COLOURS[g % len(GROUP_COLOURS)]
        label = f"{group.name} ({fmt_number(group.share, 0, translate)} %)"
        bars = ax.barh(ys, widths, left=left, color=colour, height=0.62, label=label, edgecolor="white",
                       linewidth=0.6)
        for bar, row in zip(bars, rows, strict=True):
            if row.eliminated:
                bar.set_alpha(0.35)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    for y, total, row in zip(ys, left, rows, strict=True):
        ax.text(total + 1, y, fmt_number(total, 1, translate) + " %", va="center", fontsize=9,
                color=GREY_TEXT if row.eliminated else "black")
    ax.set_yticks(ys, [_label(r) for r in rows])
    for tick, row in zip(ax.get_yticklabels(), rows, strict=True):
        if row.eliminated:
            tick.set_color(GREY_TEXT)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=min(len(groups), 3), frameon=False,
              fontsize=8.5)
    _clean_axes(ax)
    return fig


def radar_chart(ranking: Ranking, translate: Translate, top: int = 3) -> Figure:
    """Each group's score (% of the group's best) for the top ``top`` ranked candidates."""
    fig = _figure(7.0, 6.0)
    groups = [(g, group) for g, group in enumerate(ranking.groups) if group.share > 0]
    rows = list(ranking.ranked)[:top]
    title = _tr(translate, QT_TRANSLATE_NOOP("Charts", "Profile of the top candidates by group"))
    if len(groups) < 3 or not rows:
        ax = fig.add_subplot()
        ax.set_title(title, loc="left", fontweight="bold")
        _empty(ax, translate, QT_TRANSLATE_NOOP("Charts", "A radar needs three groups of criteria with a weight."))
        return fig
    ax = fig.add_subplot(projection="polar")
    ax.set_title(title, fontweight="bold", pad=28)
    ax.set_theta_offset(math.pi / 2)  # the first group at the top, then clockwise
    ax.set_theta_direction(-1)
    angles = [2 * math.pi * i / len(groups) for i in range(len(groups))]
    for n, row in enumerate(rows):
        values = [row.group_scores[g] or 0.0 for g, _ in groups]
        colour = (WINNER, "#DD8452", "#8172B3", "#C44E52", "#937860")[n % 5]
        ax.plot(angles + angles[:1], values + values[:1], color=colour, linewidth=2,
                label=f"{row.rank}. {row.candidate.name}")
        ax.fill(angles + angles[:1], values + values[:1], color=colour, alpha=0.10)
    ax.set_xticks(angles, ["\n".join(textwrap.wrap(group.name, 16)) for _, group in groups], fontsize=9)
    ax.set_ylim(0, 100)
    ax.set_yticks([25, 50, 75, 100], ["25 %", "50 %", "75 %", "100 %"], fontsize=7, color=GREY_TEXT)
    ax.set_rlabel_position(180 / len(groups))
    ax.tick_params(axis="x", pad=12)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=min(len(rows), 3), frameon=False, fontsize=9)
    return fig


def value_chart(ranking: Ranking, translate: Translate, horizon_years: int | None = None) -> Figure:
    """Benefit (the weighted score of the scored criteria, the cost criterion left out so cost
    is not counted twice) against TCO, with the Pareto frontier of the ranked candidates:
    nobody on it can be beaten on both benefit and cost."""
    fig = _figure(8.5, 5.2)
    ax = fig.add_subplot()
    ax.set_title(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Value for money: score against total cost")),
                 loc="left", fontweight="bold")
    if horizon_years:
        xlabel = _tr(translate, QT_TRANSLATE_NOOP(
            "Charts", "Total cost of ownership over {years} years (k€)")).format(years=horizon_years)
    else:
        xlabel = _tr(translate, QT_TRANSLATE_NOOP("Charts", "Total cost of ownership (k€)"))
    ax.set_xlabel(xlabel)
    ax.set_ylabel(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Score without the cost criterion (%)")))
    rows = [r for r in ranking.rows if r.tco > 0]
    if not rows:
        _empty(ax, translate, QT_TRANSLATE_NOOP("Charts", "No candidate has costs entered yet."))
        return fig
    frontier = pareto_frontier([r for r in rows if not r.eliminated])
    if len(frontier) > 1:
        ax.plot([r.tco / 1000 for r in frontier], [r.benefit for r in frontier], color=WINNER, linewidth=1.5,
                linestyle="--", zorder=1)
    on_frontier = {r.candidate.id for r in frontier}
    for row in rows:
        x, y = row.tco / 1000, row.benefit
        if row.eliminated:
            ax.scatter([x], [y], s=70, facecolors="none", edgecolors=GREY, linewidths=1.5, zorder=2)
        else:
            colour = WINNER if row.candidate.id in on_frontier else RANKED
            ax.scatter([x], [y], s=90, color=colour, zorder=3)
        name = row.candidate.name if not row.eliminated else row.candidate.name + " (" + _tr(
            translate, QT_TRANSLATE_NOOP("Charts", "out")) + ")"
        ax.annotate(name, (x, y), xytext=(7, 6), textcoords="offset points", fontsize=9,
                    color=GREY_TEXT if row.eliminated else "black")
    xs = [r.tco / 1000 for r in rows]
    span = max(xs) - min(xs) or max(xs) or 1.0
    ax.set_xlim(max(0.0, min(xs) - 0.15 * span), max(xs) + 0.35 * span)
    ys = [r.benefit for r in rows]
    ax.set_ylim(max(0.0, min(ys) - 10) if min(ys) >= 5 else -5.0, min(105.0, max(ys) + 8))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6, min_n_ticks=3))
    ax.set_yticks([t for t in ax.get_yticks() if 0 <= t <= 100])
    handles = [
        Line2D([], [], marker="o", linestyle="--" if len(frontier) > 1 else "", color=WINNER, markersize=8,
               label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "Pareto frontier: best score for the cost"))),
        Line2D([], [], marker="o", linestyle="", color=RANKED, markersize=8,
               label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "beaten on both score and cost"))),
    ]
    if any(r.eliminated for r in rows):
        handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor="none", markeredgecolor=GREY,
                              markersize=8, label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "out of the ranking"))))
    ax.legend(handles=handles, loc="lower right", frameon=False, fontsize=9)
    ax.grid(True, color="#E6E6E6", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig


def pareto_frontier(rows: Sequence[RankingRow]) -> list[RankingRow]:
    """The rows no other row beats on both TCO (lower) and benefit (higher), by rising TCO."""
    ordered = sorted(rows, key=lambda r: (r.tco, -r.benefit))
    out: list[RankingRow] = []
    best = -math.inf
    for row in ordered:
        if row.benefit > best:
            out.append(row)
            best = row.benefit
    return out


def sensitivity_chart(sensitivity: Sensitivity, ranking: Ranking, translate: Translate) -> Figure:
    """For each group, the range of its share of the weights over which the winner stays
    first (green), who comes first outside it (red), and its share now (diamond)."""
    ranges = list(sensitivity.ranges)
    fig = _figure(9.0, max(3.4, 2.2 + 0.55 * len(ranges)))
    ax = fig.add_subplot()
    names = {r.candidate.id: r.candidate.name for r in ranking.rows}
    winner = ", ".join(names.get(i, "?") for i in sensitivity.winner_ids)
    title = _tr(translate, QT_TRANSLATE_NOOP("Charts", "Where {winner} stays first")).format(winner=winner or "—")
    ax.set_title(title, loc="left", fontweight="bold", pad=20)
    ax.set_xlabel(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Share of the group in the total weight (%)")))
    ax.set_xlim(0, 100)
    if not ranges or not sensitivity.winner_ids:
        _empty(ax, translate)
        return fig
    margin = _tr(translate, QT_TRANSLATE_NOOP("Charts", "lead over the second: {points} points")).format(
        points=fmt_number(sensitivity.margin, 1, translate))
    ax.text(0.0, 1.01, _short(f"{sensitivity.verdict(translate)} · {margin}", 120), transform=ax.transAxes,
            fontsize=9, color=GREY_TEXT, va="bottom", ha="left")
    ys = list(range(len(ranges)))[::-1]
    first = _tr(translate, QT_TRANSLATE_NOOP("Charts", "{name} first"))
    for y, r in zip(ys, ranges, strict=True):
        ax.barh(y, 100, color=LOSE, height=0.5)
        ax.barh(y, r.share_high - r.share_low, left=r.share_low, color=STAY, height=0.5)
        ax.plot([r.share], [y], marker="D", color="black", markersize=7)
        bounds = f"{fmt_number(r.share_low, 0, translate)}–{fmt_number(r.share_high, 0, translate)} %"
        ax.text(101, y, bounds, va="center",
                fontsize=8.5, color=GREY_TEXT, clip_on=False)
        for rival, start, end in ((r.rival_low, 0.0, r.share_low), (r.rival_high, r.share_high, 100.0)):
            if rival is not None and end - start >= 22:
                ax.text((start + end) / 2, y, _short(first.format(name=names.get(rival, "?")), 28, 2),
                        ha="center", va="center", fontsize=7.5, color="#7A2E2E")
    ax.set_yticks(ys, [r.group_name for r in ranges])
    handles = [
        Patch(color=STAY, label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "the winner stays first"))),
        Patch(color=LOSE, label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "another candidate comes first"))),
        Line2D([], [], marker="D", linestyle="", color="black",
               label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "share now"))),
    ]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=3, frameon=False, fontsize=8.5)
    _clean_axes(ax)
    return fig


def save_png(fig: Figure, path: Path | str, dpi: int = 120) -> Path:
    """Write the figure as PNG (the same picture the window shows)."""
    out = Path(path)
    fig.savefig(out, format="png", dpi=dpi, facecolor="white")
    return out


def _clean_axes(ax) -> None:  # type: ignore[no-untyped-def]
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(True, axis="x", color="#E6E6E6", linewidth=0.8)
    ax.set_axisbelow(True)


NOTHING = QT_TRANSLATE_NOOP("Charts", "Nothing to show yet.")


def _empty(ax, translate: Translate, text: str = NOTHING) -> None:  # type: ignore[no-untyped-def]
    ax.text(0.5, 0.5, _tr(translate, text), ha="center", va="center", transform=ax.transAxes, color=GREY_TEXT)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
