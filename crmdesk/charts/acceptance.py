"""Charts of the acceptance area, as matplotlib ``Figure`` objects (no pyplot, no Qt).

Each builder takes the plain results of ``crmdesk.domain.acceptance_rules`` (or ``*Read``
objects) and a ``translate(context, text)`` function, and returns a Figure the UI shows in a
canvas and ``save_png`` writes to a file. The colours of the results are the same everywhere:
green OK, red KO, orange blocked, grey not run (and a darker red for "not covered").
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from crmdesk.charts.sprints import (
    GREY,
    GRID,
    _clean_axes,
    _day_axis,
    _empty,
    _figure,
    save_png,
)
from crmdesk.domain.acceptance import (
    COVERAGE_STATUS_LABELS,
    RESULT_LABELS,
    SEVERITY_LABELS,
    CampaignRead,
    CoverageStatus,
    Result,
    Severity,
    Translate,
)
from crmdesk.domain.acceptance_rules import CoverageMatrix
from crmdesk.domain.acceptance_timeline import CampaignProgress, OpenDefectsDay
from crmdesk.domain.enums import Priority
from crmdesk.domain.labels import PRIORITY_LABELS
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

__all__ = ["campaigns_chart", "coverage_chart", "open_defects_chart", "progress_chart", "save_png"]

CONTEXT = "Charts"
RESULT_COLOURS = {Result.PASSED: "#4CAF50", Result.FAILED: "#D64541", Result.BLOCKED: "#F39C12",
                  Result.NOT_RUN: "#C8C8C8"}
STATUS_COLOURS = {CoverageStatus.PASSED: "#4CAF50", CoverageStatus.FAILED: "#D64541",
                  CoverageStatus.BLOCKED: "#F39C12", CoverageStatus.NOT_RUN: "#C8C8C8",
                  CoverageStatus.NOT_COVERED: "#7B1E1E"}
SEVERITY_COLOURS = {Severity.BLOCKING: "#B71C1C", Severity.MAJOR: "#EF6C00", Severity.MINOR: "#FBC02D"}
ORDER = (Result.PASSED, Result.FAILED, Result.BLOCKED, Result.NOT_RUN)


def _tr(translate: Translate, text: str) -> str:
    return translate(CONTEXT, text)


def _result(translate: Translate, result: Result) -> str:
    return translate("Result", RESULT_LABELS[result])


# ---------------------------------------------------------------------------- campaigns
def campaigns_chart(campaigns: Sequence[CampaignRead], translate: Translate) -> Figure:
    """One horizontal bar per campaign, split by the results of its cases, with the share of
    cases run at the end."""
    fig = _figure(9.0, max(2.6, 1.1 + 0.55 * len(campaigns)))
    ax = fig.add_subplot()
    ax.set_title(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Campaigns by result")), loc="left", fontweight="bold")
    shown = [c for c in campaigns if c.counts.total]
    if not shown:
        _empty(ax, translate)
        return fig
    _clean_axes(ax, "x")
    ys = list(range(len(shown)))[::-1]
    left = [0] * len(shown)
    for result in ORDER:
        values = [c.counts.of(result) for c in shown]
        ax.barh(ys, values, left=left, color=RESULT_COLOURS[result], height=0.6, label=_result(translate, result),
                edgecolor="white", linewidth=0.6)
        for y, lft, value in zip(ys, left, values, strict=True):
            if value:
                ax.text(lft + value / 2, y, str(value), ha="center", va="center", fontsize=8,
                        color="white" if result in (Result.PASSED, Result.FAILED) else "#333333")
        left = [a + b for a, b in zip(left, values, strict=True)]
    top = max(left)
    for y, c in zip(ys, shown, strict=True):
        ax.text(c.counts.total + top * 0.01, y, f"{round(100 * c.progress)} %", va="center", fontsize=8, color=GREY)
    ax.set_yticks(ys)
    ax.set_yticklabels([c.name if len(c.name) <= 38 else c.name[:37] + "…" for c in shown], fontsize=9)
    ax.set_xlim(0, top * 1.1)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Test cases")))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22 if len(shown) < 3 else -0.12), ncol=4, frameon=False,
              fontsize=8)
    return fig


# ---------------------------------------------------------------------------- one campaign
def progress_chart(progress: CampaignProgress, translate: Translate, title: str = "") -> Figure:
    """Per day, the cases by result as they stood that evening (stacked bars), the cases run
    at least once and the plan (cases spread evenly over the working days)."""
    fig = _figure()
    ax = fig.add_subplot()
    heading = _tr(translate, QT_TRANSLATE_NOOP("Charts", "Progress: {campaign}")).replace("{campaign}", title) \
        if title else _tr(translate, QT_TRANSLATE_NOOP("Charts", "Campaign progress"))
    ax.set_title(heading, loc="left", fontweight="bold")
    days = list(progress.days)
    if not days:
        _empty(ax, translate)
        return fig
    _clean_axes(ax)
    _day_axis(ax, [d.day for d in days])
    xs = list(range(len(days)))
    bottom = [0] * len(days)
    for result in ORDER:
        values = [d.counts.of(result) if d.counts else 0 for d in days]
        ax.bar(xs, values, bottom=bottom, color=RESULT_COLOURS[result], width=0.72,
               label=_result(translate, result), zorder=2)
        bottom = [a + b for a, b in zip(bottom, values, strict=True)]
    if any(d.planned is not None for d in days):
        ax.plot([x for x, d in zip(xs, days, strict=True) if d.planned is not None],
                [d.planned for d in days if d.planned is not None], color="#1F4E79", linestyle="--", linewidth=1.6,
                label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "Planned")), zorder=3)
    run = [(x, d.executed) for x, d in zip(xs, days, strict=True) if d.executed is not None]
    if run:
        ax.plot([x for x, _ in run], [v for _, v in run], color="#111111", linewidth=2, marker="o", markersize=3.5,
                label=_tr(translate, QT_TRANSLATE_NOOP("Charts", "Run")), zorder=4)
    ax.set_ylabel(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Test cases")))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, max(progress.counts.total, 1) * 1.05)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), fontsize=8, frameon=False, ncol=6)
    return fig


def open_defects_chart(days: Sequence[OpenDefectsDay], translate: Translate, title: str = "") -> Figure:
    """Open defects (new, in correction, to re-test) by severity at the end of each day."""
    fig = _figure()
    ax = fig.add_subplot()
    ax.set_title(title or _tr(translate, QT_TRANSLATE_NOOP("Charts", "Open defects by severity")), loc="left",
                 fontweight="bold")
    if not days:
        _empty(ax, translate)
        return fig
    _clean_axes(ax)
    _day_axis(ax, [d.day for d in days])
    xs = list(range(len(days)))
    order = (Severity.BLOCKING, Severity.MAJOR, Severity.MINOR)
    ax.stackplot(xs, *[[d.of(s) for d in days] for s in order], colors=[SEVERITY_COLOURS[s] for s in order],
                 labels=[translate("Severity", SEVERITY_LABELS[s]) for s in order], step=None, alpha=0.9, zorder=2)
    ax.plot(xs, [d.total for d in days], color="#333333", linewidth=1.2, zorder=3)
    ax.set_ylabel(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Open defects")))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, max([d.total for d in days] + [1]) * 1.15)
    ax.legend(loc="upper left", fontsize=8, frameon=False, ncol=3)
    return fig


# ---------------------------------------------------------------------------- coverage
def coverage_chart(matrix: CoverageMatrix, translate: Translate, title: str = "") -> Figure:
    """Left, the mandatory needs by status (donut, the share passed in the middle); right,
    every priority's needs by status (stacked bars)."""
    fig = _figure(10.0, 4.6)
    fig.suptitle(title or _tr(translate, QT_TRANSLATE_NOOP("Charts", "Coverage of the needs by the tests")),
                 x=0.01, ha="left", fontweight="bold")
    donut, bars = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.5]})
    statuses = list(STATUS_COLOURS)
    labels = {s: translate("CoverageStatus", COVERAGE_STATUS_LABELS[s]) for s in statuses}
    mandatory = [r for r in matrix.rows if r.need.priority is Priority.MANDATORY]
    donut.set_title(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Mandatory needs")), fontsize=10)
    if mandatory:
        counts = [sum(1 for r in mandatory if r.status is s) for s in statuses]
        kept = [(s, n) for s, n in zip(statuses, counts, strict=True) if n]
        _, texts = donut.pie([n for _, n in kept], colors=[STATUS_COLOURS[s] for s, _ in kept], startangle=90,
                             counterclock=False, wedgeprops={"width": 0.38, "edgecolor": "white"},
                             labels=[str(n) for _, n in kept], labeldistance=0.8, textprops={"fontsize": 8})
        for text, (status, _) in zip(texts, kept, strict=True):
            text.set_color("#333333" if status in (CoverageStatus.NOT_RUN, CoverageStatus.BLOCKED) else "white")
        passed = sum(1 for r in mandatory if r.status is CoverageStatus.PASSED)
        donut.text(0, 0.06, f"{round(100 * passed / len(mandatory))} %", ha="center", va="center", fontsize=16,
                   fontweight="bold")
        donut.text(0, -0.2, labels[CoverageStatus.PASSED], ha="center", va="center", fontsize=8, color=GREY)
        donut.set_aspect("equal")
    else:
        _empty(donut, translate)
    priorities = [p for p in Priority if any(r.need.priority is p for r in matrix.rows)]
    if not priorities:
        _empty(bars, translate)
        return fig
    _clean_axes(bars, "x")
    ys = list(range(len(priorities)))[::-1]
    left = [0] * len(priorities)
    for status in statuses:
        values = [sum(1 for r in matrix.rows if r.need.priority is p and r.status is status) for p in priorities]
        bars.barh(ys, values, left=left, color=STATUS_COLOURS[status], height=0.55, label=labels[status],
                  edgecolor="white", linewidth=0.6)
        for y, lft, value in zip(ys, left, values, strict=True):
            if value:
                bars.text(lft + value / 2, y, str(value), ha="center", va="center", fontsize=8,
                          color="#333333" if status in (CoverageStatus.NOT_RUN, CoverageStatus.BLOCKED) else "white")
        left = [a + b for a, b in zip(left, values, strict=True)]
    bars.set_xlim(0, max(max(left), 1) * 1.06)
    bars.set_yticks(ys)
    bars.set_yticklabels([translate("Priority", PRIORITY_LABELS[p]) for p in priorities])
    bars.xaxis.set_major_locator(MaxNLocator(integer=True))
    bars.set_xlabel(_tr(translate, QT_TRANSLATE_NOOP("Charts", "Needs")))
    bars.grid(True, axis="x", color=GRID)
    bars.legend(loc="upper center", bbox_to_anchor=(0.45, -0.18), ncol=3, frameon=False, fontsize=8)
    return fig
