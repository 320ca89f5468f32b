"""Charts of the sprints, as matplotlib ``Figure`` objects (no pyplot, no Qt).

Each builder takes the plain results of ``crmdesk.domain.sprints_charts_data`` and a
``translate(context, text)`` function, and returns a Figure the UI shows in a canvas and
``save_png`` writes to a file. Days are labelled dd/mm; week-ends are shaded so a flat line on
a Saturday does not look like a stuck team.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from crmdesk.domain.errors import ExportFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.sprints import SPRINT_TITLE, format_points
from crmdesk.domain.sprints_charts_data import (
    Burndown,
    BurnupDay,
    CumulativeFlow,
    VelocityPoint,
)

Translate = Callable[[str, str], str]
CONTEXT = "Charts"

BLUE = "#2F6DB5"
LIGHT_BLUE = "#A9C4E6"
GREEN = "#2E8B57"
ORANGE = "#E08A1E"
RED = "#C0392B"
GREY = "#8C8C8C"
GRID = "#E6E6E6"
WEEKEND = "#F3F3F3"
FLOW_COLOURS = ("#9DB4CF", "#E9A94B", "#A88BC7", "#5DA271", "#D17A7A", "#7FB8C4", "#C9B458", "#8C8C8C")
DONE_COLOUR = "#5DA271"


def _tr(translate: Translate, text: str) -> str:
    return translate(CONTEXT, text)


def _figure(width: float = 9.0, height: float = 4.8) -> Figure:
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    fig.patch.set_facecolor("white")
    return fig


def _clean_axes(ax, grid_axis: str = "y") -> None:  # type: ignore[no-untyped-def]
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(True, axis=grid_axis, color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)


def _empty(ax, translate: Translate) -> None:  # type: ignore[no-untyped-def]
    ax.text(0.5, 0.5, _tr(translate, QT_TRANSLATE_NOOP("Charts", "Nothing to show yet.")), ha="center",
            va="center", transform=ax.transAxes, color=GREY)
    ax.set_xticks([])
    ax.set_yticks([])


def _day_axis(ax, days: Sequence[date]) -> None:  # type: ignore[no-untyped-def]
    """Index positions labelled dd/mm, thinned out to about 12 labels; week-ends shaded."""
    n = len(days)
    step = max(1, math.ceil(n / 12))
    ticks = list(range(0, n, step))
    ax.set_xticks(ticks)
    ax.set_xticklabels([days[i].strftime("%d/%m") for i in ticks], rotation=0, fontsize=8)
    ax.set_xlim(-0.5, n - 0.5)
    if n > 62:  # over months, week-end stripes are only noise
        return
    for i, day in enumerate(days):
        if day.weekday() >= 5:
            ax.axvspan(i - 0.5, i + 0.5, color=WEEKEND, zorder=0, linewidth=0)


def _points_axis(ax, label: str) -> None:  # type: ignore[no-untyped-def]
    ax.set_ylabel(label)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(bottom=0)


def _sprint_name(number: int, translate: Translate) -> str:
    return translate("Sprints", SPRINT_TITLE).replace("{number}", str(number))


# ---------------------------------------------------------------------------- burndown
def burndown_chart(data: Burndown, translate: Translate, title: str | None = None) -> Figure:
    """Remaining points at the end of each day against the ideal line; scope changes marked
    (▲ added, ▼ removed or lowered) with their points, re-opened stories marked ✕."""
    fig = _figure()
    ax = fig.add_subplot()
    heading = title or _tr(translate, QT_TRANSLATE_NOOP("Charts", "{sprint} burndown")).replace(
        "{sprint}", _sprint_name(data.number, translate))
    ax.set_title(heading, loc="left", fontweight="bold")
    days = [d.day for d in data.days]
    if not days:
        _empty(ax, translate)
        return fig
    _clean_axes(ax)
    _day_axis(ax, days)
    xs = list(range(len(days)))
    ax.plot(xs, [d.ideal for d in data.days], linestyle="--", color=GREY, linewidth=1.4,
            label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "Ideal")))
    known = [(i, d.remaining) for i, d in enumerate(data.days) if d.remaining is not None]
    if known:
        ax.plot([i for i, _ in known], [v for _, v in known], color=BLUE, linewidth=2.2, marker="o",
                markersize=3.5, label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "Remaining")), zorder=3)
    index = {d: i for i, d in enumerate(days)}
    remaining = {i: v for i, v in known}
    top = max([data.committed] + [v for _, v in known] + [0.0])
    per_day: dict[int, float] = {}
    for event in data.scope_changes:
        if event.day in index:
            per_day[index[event.day]] = per_day.get(index[event.day], 0.0) + event.delta
    labelled = False
    for i, delta in sorted(per_day.items()):
        y = remaining.get(i)
        if y is None or not delta:
            continue
        up = delta > 0
        ax.plot([i], [y], marker="^" if up else "v", color=ORANGE, markersize=9, linestyle="none", zorder=4,
                label=None if labelled else _tr(translate, QT_TRANSLATE_NOOP("Charts", "Scope change")))
        labelled = True
        ax.annotate(("+" if up else "−") + format_points(abs(delta)), (i, y), textcoords="offset points",
                    xytext=(0, 9 if up else -14), ha="center", fontsize=8, color=ORANGE, fontweight="bold")
    reopened = sorted({index[e.day] for e in data.reopened if e.day in index})
    points = [(i, remaining[i]) for i in reopened if i in remaining]
    if points:
        ax.plot([i for i, _ in points], [y for _, y in points], marker="X", color=RED, markersize=8,
                linestyle="none", zorder=5, label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "Story re-opened")))
    future = [i for i, d in enumerate(data.days) if d.remaining is None]
    if future and known:
        ax.axvline(known[-1][0], color=GREY, linestyle=":", linewidth=1)
        ax.text(known[-1][0], top * 1.04 if top else 1, " " + _tr(translate, QT_TRANSLATE_NOOP("Charts", "today")),
                fontsize=8, color=GREY, va="bottom")
    _points_axis(ax, _tr(translate, QT_TRANSLATE_NOOP("Charts", "Remaining points")))
    ax.set_ylim(0, max(top * 1.15, 1))
    ax.legend(loc="upper right", frameon=False, fontsize=9)
    return fig


# ---------------------------------------------------------------------------- lot burn-up
def burnup_chart(days: Sequence[BurnupDay], translate: Translate, lot_name: str,
                 target_date: date | None = None) -> Figure:
    """Done points climbing towards the lot's total scope; the target go-live marked."""
    fig = _figure()
    ax = fig.add_subplot()
    ax.set_title(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Burn-up of {lot}")).replace("{lot}", lot_name),
                 loc="left", fontweight="bold")
    if not days:
        _empty(ax, translate)
        return fig
    dates = [d.day for d in days]
    if target_date is not None and target_date > dates[-1]:
        dates += [dates[-1] + timedelta(days=i) for i in range(1, (target_date - dates[-1]).days + 1)]
    _clean_axes(ax)
    _day_axis(ax, dates)
    xs = list(range(len(days)))
    ax.step(xs, [d.total for d in days], where="post", color=BLUE, linewidth=2,
            label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "Total scope")))
    ax.fill_between(xs, [d.done for d in days], step="post", color=DONE_COLOUR, alpha=0.35, linewidth=0)
    ax.step(xs, [d.done for d in days], where="post", color=GREEN, linewidth=2,
            label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "Done")))
    top = max(max(d.total for d in days), 1.0)
    if len(dates) > len(days):
        ax.axvline(len(days) - 1, color=GREY, linestyle=":", linewidth=1)
        ax.text(len(days) - 1, top * 1.08, " " + _tr(translate, QT_TRANSLATE_NOOP("Charts", "today")),
                fontsize=8, color=GREY, va="bottom")
    if target_date is not None and target_date in dates:
        x = dates.index(target_date)
        ax.axvline(x, color=RED, linestyle="--", linewidth=1.2)
        ax.text(x, top * 1.08, _tr(translate, QT_TRANSLATE_NOOP("Charts", "target go-live {date}")).replace(
            "{date}", target_date.strftime("%d/%m/%Y")) + " ", fontsize=8, color=RED, ha="right", va="bottom")
    _points_axis(ax, _tr(translate, QT_TRANSLATE_NOOP("Charts", "Story points")))
    ax.set_ylim(0, top * 1.2)
    ax.legend(loc="upper left", frameon=False, fontsize=9)
    return fig


# ---------------------------------------------------------------------------- velocity
def velocity_chart(points: Sequence[VelocityPoint], translate: Translate) -> Figure:
    """Committed and done points per closed sprint, and the average of the last three."""
    fig = _figure(9.0, 4.5)
    ax = fig.add_subplot()
    ax.set_title(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Velocity per sprint")), loc="left", fontweight="bold")
    if not points:
        _empty(ax, translate)
        return fig
    _clean_axes(ax)
    xs = list(range(len(points)))
    width = 0.38
    ax.bar([x - width / 2 for x in xs], [p.committed for p in points], width, color=LIGHT_BLUE,
           label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "Committed")))
    bars = ax.bar([x + width / 2 for x in xs], [p.done for p in points], width, color=BLUE,
                  label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "Done")))
    for bar, p in zip(bars, points, strict=True):
        ax.annotate(format_points(round(p.done, 1)), (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                    textcoords="offset points", xytext=(0, 3), ha="center", fontsize=8)
    averaged = [(x, p.average) for x, p in zip(xs, points, strict=True) if p.average is not None]
    if averaged:
        ax.plot([x for x, _ in averaged], [a for _, a in averaged], color=ORANGE, linewidth=2, marker="o",
                markersize=4, label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "Average of the last three sprints")))
        x, last = averaged[-1]
        ax.annotate(format_points(round(last, 1)), (x, last), textcoords="offset points", xytext=(8, -3),
                    fontsize=8, color=ORANGE, fontweight="bold")
    ax.set_xticks(xs)
    ax.set_xticklabels([_sprint_name(p.number, translate) for p in points])
    top = max([p.committed for p in points] + [p.done for p in points] + [1.0])
    _points_axis(ax, _tr(translate, QT_TRANSLATE_NOOP("Charts", "Story points")))
    ax.set_ylim(0, top * 1.25)
    ax.legend(loc="upper left", frameon=False, fontsize=9, ncols=3)
    return fig


# ---------------------------------------------------------------------------- cumulative flow
def cumulative_flow_chart(flow: CumulativeFlow, translate: Translate, title: str | None = None) -> Figure:
    """Stacked areas per column, done at the bottom: widening bands show where work waits."""
    fig = _figure()
    ax = fig.add_subplot()
    heading = _tr(translate, QT_TRANSLATE_NOOP("Charts", "Cumulative flow of {sprint}")).replace(
        "{sprint}", _sprint_name(flow.number, translate))
    ax.set_title(title or heading, loc="left", fontweight="bold")
    if not flow.days or not flow.columns:
        _empty(ax, translate)
        return fig
    _clean_axes(ax)
    _day_axis(ax, list(flow.days))
    xs = list(range(len(flow.days)))
    order = list(range(len(flow.columns)))[::-1]  # last column (done) at the bottom
    colours = [FLOW_COLOURS[i % len(FLOW_COLOURS)] for i in range(len(flow.columns))]
    if len(flow.columns) >= 2:
        colours[-1] = DONE_COLOUR
        colours[len(flow.columns) - 2] = FLOW_COLOURS[2] if len(flow.columns) > 2 else colours[len(flow.columns) - 2]
    ax.stackplot(xs, [flow.values[i] for i in order], labels=[flow.columns[i][1] for i in order],
                 colors=[colours[i] for i in order], alpha=0.9, linewidth=0.5, edgecolor="white")
    label = (QT_TRANSLATE_NOOP("Charts", "Stories") if flow.metric == "count"
             else QT_TRANSLATE_NOOP("Charts", "Story points"))
    _points_axis(ax, _tr(translate, label))
    handles, labels = ax.get_legend_handles_labels()
    ax.legend(handles[::-1], labels[::-1], loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=9)
    top = max((sum(col[i] for col in flow.values) for i in xs), default=1.0)
    ax.set_ylim(0, max(top * 1.1, 1))
    return fig


def save_png(fig: Figure, path: Path | str, dpi: int = 120) -> Path:
    """Write the figure as PNG, atomically: a failure leaves no half-written file."""
    out = Path(path)
    tmp = out.with_name(f".~{out.stem}-{os.getpid()}.png")
    try:
        fig.savefig(tmp, format="png", dpi=dpi, facecolor="white")
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportFailed(QT_TRANSLATE_NOOP("Errors", "The file {path} could not be written: {reason}."),
                           path=str(out), reason=exc.strerror or exc) from None
    return out
