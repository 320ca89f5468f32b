"""Results page (ranking, verdict, charts built when shown, PNG export), the settings dialog,
the evaluators page, and the tab's public API."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from crmdesk.domain.selection import Aggregate, Coverage
from tests.qt.conftest import answer
from tests.qt.test_selection_tab_support import (
    candidate_id,
    cell,
    open_selection_tab,
    show,
)


@pytest.fixture
def sel(qtbot, workspace, demo_path, english):  # type: ignore[no-untyped-def]
    yield from open_selection_tab(qtbot, workspace, demo_path)


PNG = b"\x89PNG"


def test_results_show_the_ranking_the_verdict_and_build_charts_when_visible(qtbot, sel, tmp_path):  # type: ignore[no-untyped-def]
    results = sel.tab.results
    assert results.ranking is None  # nothing read while hidden
    assert all(c.figure is None for c in results.canvases.values())
    show(sel, results)
    assert [r.candidate.name for r in results.ranking.ranked] == [
        "Altacime CRM", "Nuagéo Conseil + Salesforce", "Kerlance Solutions"]
    assert results.verdict.text() == "Stable"
    assert "Altacime CRM is first, 3.7 points ahead of Nuagéo Conseil + Salesforce." in results.ranges.text()
    assert cell(results.model, 0, "score") == "84.1\u00a0%"
    assert sel.counts[-1] == "3 candidates ranked · 2 out of the ranking"
    assert results.canvases["rankingChart"].figure is not None  # the visible chart only
    assert results.canvases["radarChart"].figure is None
    for i, canvas in enumerate(results.canvases.values()):
        results.charts.setCurrentIndex(i)
        qtbot.waitUntil(lambda c=canvas: c.figure is not None)
    saved = results.canvases["valueChart"].save_png(tmp_path / "value.png")
    assert saved.read_bytes()[:4] == PNG

    written = results.export_charts(tmp_path / "charts")
    assert [p.name for p in written] == ["1-ranking.png", "2-score-by-group.png", "3-radar.png",
                                         "4-value-for-money.png", "5-sensitivity.png"]
    assert all(p.read_bytes()[:4] == PNG for p in written)
    assert "5 charts saved" in sel.host.statusBar().currentMessage()


def test_the_settings_dialog_changes_labels_mapping_and_tco_in_one_step(qtbot, sel, when_modal):  # type: ignore[no-untyped-def]
    show(sel, sel.tab.candidates)
    altacime = candidate_id(sel, "Altacime CRM")

    def edit(dialog):  # type: ignore[no-untyped-def]
        assert dialog.labels[5].placeholderText() == "excellent"
        dialog.labels[5].setText("parfait")
        dialog.coverage[Coverage.CONFIGURATION].setValue(3.5)
        dialog.users.setValue(50)
        dialog.aggregate.setCurrentIndex(dialog.aggregate.findData(Aggregate.MEDIAN))
        dialog.accept()

    steps = sel.stack.count()
    when_modal(edit)
    sel.tab.settings_button.click()
    settings = sel.services.selection.settings()
    assert settings.score_labels[5] == "parfait" and settings.score_labels[0] == ""
    assert settings.score_configuration == 3.5
    assert (settings.user_count, settings.aggregate) == (50, Aggregate.MEDIAN)
    assert sel.stack.count() == steps + 1
    assert sel.tab.settings_summary.text() == "50 users · 3 years · median"
    model = sel.tab.candidates.model
    assert cell(model, model.row_of(altacime), "tco") == "143\u202f300\u00a0€"  # 33 500 + 3 × (55 × 50 × 12 + 3 600)
    show(sel, sel.tab.answers)
    sel.tab.answers.set_candidate(altacime)
    proposed = {a.coverage: a.proposed_score for a in sel.tab.answers.model.all_records()}
    assert proposed[Coverage.CONFIGURATION] == 3.5

    sel.stack.undo()
    assert sel.services.selection.settings().score_labels[5] == ""
    assert sel.tab.settings_summary.text() == "25 users · 3 years · mean"
    show(sel, sel.tab.candidates)
    assert cell(model, model.row_of(altacime), "tco") == "93\u202f800\u00a0€"


def test_evaluators_are_added_and_removed_with_their_scores(qtbot, sel, when_modal):  # type: ignore[no-untyped-def]
    page = sel.tab.evaluators
    show(sel, page)
    listed = [page.people.item(i).text() for i in range(page.people.count())]
    assert not any("Lenoir" in t or "Jacquet" in t for t in listed)  # no vendor contacts
    assert not any(t.startswith("Claire Dumoulin") for t in listed)  # already evaluating
    for i in range(page.people.count()):
        if page.people.item(i).text().startswith(("Marc Aubert", "Nadia Belkacem")):
            page.people.item(i).setSelected(True)
    page.add_button.click()
    assert [e.name for e in sel.services.selection.evaluators()][-2:] == ["Marc Aubert", "Nadia Belkacem"]
    assert sel.counts[-1] == "5 evaluators"
    sel.stack.undo()  # both in one step
    assert len(sel.services.selection.evaluators()) == 3

    page.table.selectRow(0)
    when_modal(answer(QMessageBox.StandardButton.Yes))
    page.remove_button.click()
    assert [e.name for e in sel.services.selection.evaluators()] == ["Julien Perrin", "Sandrine Lefort"]
    assert cell(page.model, 0, "scores") == "112 / 112 (100\u00a0%)"
    sel.stack.undo()
    assert len(sel.services.selection.scores()) == 3 * 112


def test_public_api_search_workshop_and_reload(qtbot, sel, monkeypatch):  # type: ignore[no-untyped-def]
    tab = sel.tab
    calls = []
    monkeypatch.setattr(tab.matrix, "focus_search", lambda: calls.append("search"))
    monkeypatch.setattr(tab.matrix, "open_workshop", lambda: calls.append("workshop"))
    show(sel, tab.results)
    tab.focus_search()
    assert tab.pages.currentIndex() == 0
    if tab.workshop_button is not None:
        tab.workshop_button.click()
    else:  # the matrix shows its own button
        tab.matrix.open_workshop()
    assert tab.act_workshop.shortcut().toString() == "F9"
    tab.act_workshop.trigger()
    assert calls == ["search", "workshop", "workshop"]
    tab.matrix.counts_changed.emit("29 criteria · 5 candidates")
    assert sel.counts[-1] == "29 criteria · 5 candidates"
    show(sel, tab.candidates)
    sel.services.selection.update_candidate(candidate_id(sel, "Opaline CRM"), {"name": "Opaline"})  # behind its back
    tab.reload()
    assert any(c.name == "Opaline" for c in tab.candidates.model.all_records())
    tab.flush_edits()
