"""The matrix models: Qt's model tester, what the cells say (disagreement, knock-out, cost),
totals equal to the service's ranking, filters and folding, and speed at 400 × 40."""

from __future__ import annotations

import time
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from crmdesk.domain.selection import (
    Aggregate,
    CandidateCosts,
    CandidateKind,
    CandidateRead,
    CandidateStatus,
    CriterionKind,
    CriterionRead,
    EvaluatorRead,
    GroupRead,
    SelectionSettingsRead,
)
from crmdesk.domain.selection_matrix import SelectionMatrix
from crmdesk.services.container import ProjectServices
from crmdesk.ui.events import AppEvents
from crmdesk.ui.undo import Commander


@pytest.fixture
def matrix_panel(qtbot, workspace, demo_path, english):  # type: ignore[no-untyped-def]
    from crmdesk.ui.features.selection.matrix_view import MatrixPanel

    pf = workspace.open(demo_path)
    services = ProjectServices.over(pf)
    host = QWidget()
    qtbot.addWidget(host)
    events, stack = AppEvents(), QUndoStack()
    panel = MatrixPanel(services, Commander(stack, services.history, events, host), events)
    qtbot.addWidget(panel)
    panel.resize(1400, 860)
    panel.show()
    qtbot.waitExposed(panel)
    yield SimpleNamespace(panel=panel, services=services, stack=stack, events=events)
    panel.close()
    workspace.close(pf)


def test_the_totals_model_passes_the_model_tester(qtmodeltester, matrix_panel):
    qtmodeltester.check(matrix_panel.panel.totals_model, force_py=True)
    matrix_panel.panel.reload()


def test_the_matrix_model_passes_the_model_tester(qtmodeltester, matrix_panel):
    panel = matrix_panel.panel
    qtmodeltester.check(panel.model, force_py=True)
    # and goes on passing while the view changes it
    panel.set_evaluator(matrix_panel.services.selection.evaluators()[1].id)
    panel.collapse_all()
    panel.expand_all()
    panel.search.setText("erp")
    panel.search.clear()
    panel.reload()


def test_disagreement_flag_follows_the_gap(matrix_panel):
    panel = matrix_panel.panel
    from crmdesk.ui.features.selection.matrix_model import MatrixRole

    matrix = panel.matrix
    gap = matrix.settings.disagreement_gap
    seen = {True: 0, False: 0}
    for row in range(panel.model.rowCount()):
        crit = panel.model.criterion(row)
        if crit is None or crit.kind is CriterionKind.COST:
            continue
        for col in range(panel.model.columnCount()):
            cand = panel.model.candidate(col)
            cell = matrix.cell(cand.id, crit.id)
            index = panel.model.index(row, col)
            flagged = cell.spread is not None and cell.spread >= gap
            assert panel.model.data(index, MatrixRole.DISAGREE) is flagged
            assert ("⚠" in panel.model.data(index)) is flagged
            seen[flagged] += 1
    assert seen[True] == matrix.disagreement_count() > 0 and seen[False] > 0
    assert "8 disagreements" in panel.counts_text()


def test_knocked_out_candidate_is_greyed_shown_and_out_of_the_totals_rank(matrix_panel):
    from crmdesk.ui.features.selection.matrix_common import OUT_BG, OUT_FG
    from crmdesk.ui.features.selection.matrix_model import MatrixRole

    panel, services = matrix_panel.panel, matrix_panel.services
    model = panel.model
    col = model.column_of_candidate(next(c.id for c in services.selection.candidates() if c.name == "Opaline CRM"))
    erp = next(k for k in services.selection.criteria() if k.need_ref == "BES-050")
    row = model.row_of_criterion(erp.id)
    index = model.index(row, col)
    assert model.is_out(col)
    assert model.data(index, MatrixRole.KNOCKED_OUT) is True
    assert "✖" in model.data(index)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) == OUT_BG
    assert model.data(model.index(1, col), Qt.ItemDataRole.ForegroundRole) == OUT_FG
    assert "Knock-out" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole) == OUT_FG
    totals = panel.totals_model
    assert totals.data(totals.index(1, col)) == "—"
    assert "knock-out on BES-050" in totals.data(totals.index(1, col), Qt.ItemDataRole.ToolTipRole)
    # A candidate still in the race is not greyed.
    assert not model.is_out(0)
    assert model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) != OUT_BG


def test_totals_row_equals_the_service_ranking(matrix_panel):
    from crmdesk.ui.features.selection.matrix_common import percent

    panel, services = matrix_panel.panel, matrix_panel.services
    ranking = services.selection.ranking()
    totals = panel.totals_model
    assert totals.columnCount() == len(ranking.rows)
    for col in range(totals.columnCount()):
        cand = panel.model.candidate(col)
        row = ranking.row(cand.id)
        assert totals.data(totals.index(0, col)) == percent(row.score)
        assert totals.data(totals.index(1, col)) == ("—" if row.rank is None else str(row.rank))
    assert [r.candidate.name for r in ranking.ranked] == ["Altacime CRM", "Nuagéo Conseil + Salesforce",
                                                          "Kerlance Solutions"]


def test_group_filter_text_filter_and_folding(matrix_panel):
    panel, services = matrix_panel.panel, matrix_panel.services
    model = panel.model
    groups = services.selection.groups()
    technique = next(g for g in groups if g.name == "Technique")
    panel.set_group_filter(technique.id)
    assert model.group(0).id == technique.id
    assert model.rowCount() == 1 + technique.criterion_count
    assert {k.group_id for k in model.visible_criteria()} == {technique.id}
    panel.set_group_filter(None)
    assert model.rowCount() == len(groups) + len(services.selection.criteria())
    panel.collapse_all()
    assert model.rowCount() == len(groups)
    assert all(model.group(r) is not None for r in range(model.rowCount()))
    panel.expand_all()
    panel.search.setText("synchronisation")
    assert {k.need_ref for k in model.visible_criteria()} == {"BES-050", "BES-054"}
    assert model.rowCount() == 3  # their group's row, then them


def test_cells_show_the_chosen_evaluators_scores_and_the_tooltip_lists_everyone(matrix_panel):
    panel, services = matrix_panel.panel, matrix_panel.services
    model = panel.model
    nuageo = next(c for c in services.selection.candidates() if c.name.startswith("Nuagéo"))
    bes041 = next(k for k in services.selection.criteria() if k.need_ref == "BES-041")
    index = model.index(model.row_of_criterion(bes041.id), model.column_of_candidate(nuageo.id))
    assert model.data(index) == "3 ⚠✓"  # the consensus, flagged
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    for text in ("Claire Dumoulin: 2", "Julien Perrin: 5", "Sandrine Lefort: 3", "Démo sur iPad", "Consensus: 3",
                 "Atelier de notation du 12 mars"):
        assert text in tip
    julien = next(e for e in services.selection.evaluators() if e.name == "Julien Perrin")
    panel.set_evaluator(julien.id)
    assert model.data(index).startswith("5")
    assert "<b>Julien Perrin: 5" in model.data(index, Qt.ItemDataRole.ToolTipRole)


# ----------------------------------------------------------------------------------- speed
def _big_matrix(n_cands: int = 40, n_crits: int = 400, n_evals: int = 3) -> SelectionMatrix:
    rng = np.random.default_rng(7)
    settings = SelectionSettingsRead(25, 3, Aggregate.MEAN, 2.0, ("",) * 6, 5.0, 4.0, 2.0, 0.0)
    cands = [CandidateRead(i + 1, f"Candidat {i + 1}", CandidateKind.VENDOR, CandidateStatus.SHORT_LIST, "", "", i,
                           CandidateCosts(setup=1000.0 * (i + 1)), 1000.0 * (i + 1)) for i in range(n_cands)]
    groups = [GroupRead(g + 1, f"Groupe {g + 1}", 1.0, g, 10.0, n_crits // 10) for g in range(10)]
    crits = [CriterionRead(j + 1, j % 10 + 1, f"Groupe {j % 10 + 1}", f"Critère numéro {j + 1}", "", 1.0,
                           CriterionKind.COST if j == 0 else CriterionKind.SCORED, j == 5, 2.0 if j == 5 else None,
                           None, "", None, None, "", j, 100.0 / n_crits) for j in range(n_crits)]
    crits.sort(key=lambda k: (k.group_id, k.position))
    evals = [EvaluatorRead(e + 1, e + 1, f"Évaluateur {e + 1}", e) for e in range(n_evals)]
    marks = rng.integers(0, 6, size=(n_cands, n_crits, n_evals))
    scores = [(i + 1, j + 1, e + 1, float(marks[i, j, e]), "vu" if (i + j + e) % 50 == 0 else "", "")
              for i in range(n_cands) for j in range(n_crits) for e in range(n_evals)]
    return SelectionMatrix.build(settings=settings, candidates=cands, groups=groups, criteria=crits,
                                 evaluators=evals, scores=scores)


def test_400_criteria_by_40_candidates_load_and_scroll_quickly(qtbot, english):
    from crmdesk.ui.features.selection.matrix_model import MatrixModel
    from crmdesk.ui.features.selection.matrix_table import MatrixTable

    matrix = _big_matrix()
    ranking = matrix.ranking()
    model = MatrixModel()
    table = MatrixTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(1400, 800)
    table.show()
    qtbot.waitExposed(table)
    started = time.perf_counter()
    model.set_matrix(matrix, ranking)
    loaded = time.perf_counter() - started
    assert model.rowCount() == 410 and model.columnCount() == 40
    table.grab()
    started = time.perf_counter()
    bar = table.verticalScrollBar()
    for step in range(20):  # scroll through the whole matrix, painting every screen
        bar.setValue(bar.maximum() * step // 19)
        table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum() * (step % 5) // 4)
        table.grab()
    painted = (time.perf_counter() - started) / 20
    started = time.perf_counter()
    model.set_matrix(matrix, ranking)  # a reload after a score: same shape, no reset
    reloaded = time.perf_counter() - started
    model.set_evaluator(1)
    table.grab()
    assert loaded < 1.0, loaded
    assert reloaded < 1.0, reloaded
    assert painted < 0.25, painted


def test_what_the_painter_draws_is_what_the_roles_say_in_every_cell(matrix_panel):
    """The painter reads one ``look`` per cell; each fact must be the one ``data`` gives."""
    from crmdesk.ui.features.selection.matrix_model import GROUP_ROW, MatrixRole

    panel, services = matrix_panel.panel, matrix_panel.services
    model = panel.model
    commented = 0
    for evaluator in [None] + [e.id for e in services.selection.evaluators()]:
        panel.set_evaluator(evaluator)
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                index = model.index(row, col)
                look = model.look(row, col)
                font = model.data(index, Qt.ItemDataRole.FontRole)
                group = model.data(index, MatrixRole.ROW_KIND) == GROUP_ROW
                assert (look.group, look.background, look.foreground, look.mark) == (
                    group, model.data(index, Qt.ItemDataRole.BackgroundRole),
                    model.data(index, Qt.ItemDataRole.ForegroundRole), model.data(index, MatrixRole.MARK) or "")
                assert (look.bold, look.italic) == ((font.bold(), font.italic()) if font is not None else (False, False))
                assert look.out == model.data(index, MatrixRole.OUT)
                if not group:
                    assert (look.disagree, look.consensus, look.comment, look.knocked_out) == tuple(
                        bool(model.data(index, r)) for r in (MatrixRole.DISAGREE, MatrixRole.CONSENSUS,
                                                             MatrixRole.COMMENT, MatrixRole.KNOCKED_OUT))
                    commented += look.comment
    assert commented  # the demo's evaluators commented some cells: the check saw them
    assert model.look(model.rowCount(), 0) is None
