"""Each selection chart renders to a non-empty PNG with its axes labelled, from the demo's
results and from the edge cases (nothing scored, one candidate, everyone eliminated)."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.figure import Figure

from crmdesk.charts import selection as charts
from crmdesk.db.project_file import ProjectFile
from crmdesk.i18n import translator
from crmdesk.services.selection import SelectionService

from selection_builders import build_matrix  # type: ignore[import-not-found]


@pytest.fixture(scope="module")
def demo_results(demo_template: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    import shutil

    path = tmp_path_factory.mktemp("charts") / "demo.crmdesk"
    shutil.copyfile(demo_template, path)
    pf = ProjectFile.open(path)
    try:
        matrix = SelectionService(pf).matrix()
    finally:
        pf.close()
    return matrix, matrix.ranking(), matrix.sensitivity()


def _builders(matrix, ranking, sensitivity, translate):  # type: ignore[no-untyped-def]
    return {
        "ranking": lambda: charts.ranking_chart(ranking, translate),
        "groups": lambda: charts.group_bars_chart(ranking, translate),
        "radar": lambda: charts.radar_chart(ranking, translate, top=3),
        "value": lambda: charts.value_chart(ranking, translate, matrix.settings.horizon_years),
        "sensitivity": lambda: charts.sensitivity_chart(sensitivity, ranking, translate),
    }


def _check_png(fig: Figure, path: Path) -> None:
    assert isinstance(fig, Figure)
    charts.save_png(fig, path)
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 5_000


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_demo_charts_render_with_labelled_axes(demo_results, tmp_path, lang):
    matrix, ranking, sensitivity = demo_results
    for name, build in _builders(matrix, ranking, sensitivity, translator(lang)).items():
        fig = build()
        _check_png(fig, tmp_path / f"{name}.png")
        ax = fig.axes[0]
        assert ax.get_title(loc="left") or ax.get_title(), name
        if name != "radar":
            assert ax.get_xlabel(), name


def test_ranking_chart_shows_eliminated_candidates_with_their_reason(demo_results):
    _, ranking, _ = demo_results
    fig = charts.ranking_chart(ranking, lambda c, t: t)
    texts = " ".join(t.get_text() for ax in fig.axes for t in ax.texts)
    assert "Opaline CRM — knock-out on BES-050" in texts
    assert "Bricole Soft — pilot's decision" in texts
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels[0] == "1. Altacime CRM" and "Bricole Soft" in labels


def test_value_chart_frontier():
    m = build_matrix([[5, 5], [3, 3], [4, 4]], [1], [0, 0], [1, 1])
    rows = m.ranking().rows
    # candidate 2 is cheaper: with TCO 0 for all, nobody is plotted
    fig = charts.value_chart(m.ranking(), lambda c, t: t)
    assert "No candidate has costs entered yet." in " ".join(t.get_text() for t in fig.axes[0].texts)
    frontier = charts.pareto_frontier(rows)
    assert [r.candidate.id for r in frontier] == [1]  # same cost: the best score only


def test_charts_survive_empty_and_tiny_selections(tmp_path):
    t = lambda c, x: x  # noqa: E731
    empty = build_matrix([], [1], [0], [1])
    one = build_matrix([[4]], [1], [0], [1])
    out = build_matrix([[4]], [1], [0], [1], eliminated=[0])
    for n, m in enumerate((empty, one, out)):
        for name, build in _builders(m, m.ranking(), m.sensitivity(), t).items():
            fig = build()
            charts.save_png(fig, tmp_path / f"{n}-{name}.png")
            assert (tmp_path / f"{n}-{name}.png").stat().st_size > 1_000
