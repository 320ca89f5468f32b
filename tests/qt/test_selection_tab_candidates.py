"""Candidates page: add, costs and TCO, elimination with its reason, contacts, delete; undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QInputDialog, QMessageBox

from crmdesk.domain.selection import CandidateStatus
from crmdesk.ui.features.selection.common import GREY
from tests.qt.conftest import answer
from tests.qt.test_selection_tab_support import (
    candidate_id,
    cell,
    open_selection_tab,
    ranking_row,
    show,
)


@pytest.fixture
def sel(qtbot, workspace, demo_path, english):  # type: ignore[no-untyped-def]
    yield from open_selection_tab(qtbot, workspace, demo_path)


EUR = "\u00a0€"
THIN = "\u202f"


def test_add_a_candidate_and_edit_its_costs_updates_the_tco(qtbot, sel):  # type: ignore[no-untyped-def]
    tab, panel = sel.tab, sel.tab.candidates
    show(sel, panel)
    panel.act_add.trigger()
    new_id = candidate_id(sel, "New candidate")
    model = panel.model
    row = model.row_of(new_id)
    assert panel.table.state() == panel.table.State.EditingState  # ready to type the name
    panel.table.closePersistentEditor(panel.table.currentIndex())
    assert model.setData(model.index(row, model.column_of("name")), "Zéphyr CRM")
    assert cell(model, model.row_of(new_id), "name") == "Zéphyr CRM"

    # The set-up cost through the real numeric editor
    index = model.index(model.row_of(new_id), model.column_of("setup_cost"))
    panel.table.setCurrentIndex(index)
    panel.table.edit(index)
    spin = panel.table.findChild(QDoubleSpinBox)
    assert spin is not None
    spin.setValue(12000)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sel.services.selection.candidate(new_id).costs.setup == 12000)
    assert cell(model, model.row_of(new_id), "tco") == f"12{THIN}000{EUR}"

    # A recurring cost: 3 years × 25 users × 12 months × 40 € more
    model.setData(model.index(model.row_of(new_id), model.column_of("licence_per_user_month")), 40.0)
    assert cell(model, model.row_of(new_id), "tco") == f"48{THIN}000{EUR}"
    assert sel.tab.candidates.counts_text() == "6 candidates · 1 eliminated"

    sel.stack.undo()
    assert cell(model, model.row_of(new_id), "tco") == f"12{THIN}000{EUR}"
    sel.stack.undo()
    assert cell(model, model.row_of(new_id), "tco") == f"0{EUR}"
    sel.stack.undo()  # the name
    sel.stack.undo()  # the candidate
    assert model.row_of(new_id) == -1
    assert tab.candidates.counts_text() == "5 candidates · 1 eliminated"


def test_eliminating_asks_the_reason_and_takes_the_candidate_out_of_the_ranking(qtbot, sel, when_modal):  # type: ignore[no-untyped-def]
    panel = sel.tab.candidates
    show(sel, panel)
    cid = candidate_id(sel, "Kerlance Solutions")
    model = panel.model
    status = model.index(model.row_of(cid), model.column_of("status"))

    when_modal(lambda d: d.reject())  # cancelled: nothing changes
    model.setData(status, CandidateStatus.ELIMINATED)
    assert sel.services.selection.candidate(cid).status is CandidateStatus.SHORT_LIST

    def give_reason(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Pas de référence dans l'industrie")
        dialog.accept()

    when_modal(give_reason)
    model.setData(model.index(model.row_of(cid), model.column_of("status")), CandidateStatus.ELIMINATED)
    cand = sel.services.selection.candidate(cid)
    assert (cand.status, cand.elimination_reason) == (CandidateStatus.ELIMINATED, "Pas de référence dans l'industrie")
    row = model.row_of(cid)
    assert cell(model, row, "name", Qt.ItemDataRole.ForegroundRole) == GREY
    panel.select(cid)
    assert panel.reason.text() == "Eliminated: Pas de référence dans l'industrie"

    show(sel, sel.tab.results)
    r, ranking = ranking_row(sel, "Kerlance Solutions")
    assert ranking.rank is None
    results = sel.tab.results.model
    assert cell(results, r, "rank") == "—"
    assert cell(results, r, "candidate", Qt.ItemDataRole.ForegroundRole) == GREY
    assert "Pas de référence dans l'industrie" in cell(results, r, "status")

    sel.stack.undo()
    assert ranking_row(sel, "Kerlance Solutions")[1].rank == 3


def test_contacts_are_chosen_among_vendor_contacts(qtbot, sel, when_modal):  # type: ignore[no-untyped-def]
    panel = sel.tab.candidates
    show(sel, panel)
    cid = candidate_id(sel, "Opaline CRM")
    panel.select(cid)
    listed = []

    def tick(dialog):  # type: ignore[no-untyped-def]
        items = [dialog.list.item(i) for i in range(dialog.list.count())]
        listed.extend(i.text().split(" — ")[0] for i in items)
        next(i for i in items if i.text().startswith("Karim Haddad")).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    when_modal(tick)
    panel.act_contacts.trigger()
    assert sorted(listed) == ["Aurélie Jacquet", "Karim Haddad", "Mathieu Lenoir"]
    assert sel.services.selection.candidate(cid).contact_names == ("Karim Haddad",)
    assert cell(panel.model, panel.model.row_of(cid), "contacts") == "Karim Haddad"
    sel.stack.undo()
    assert cell(panel.model, panel.model.row_of(cid), "contacts") == ""


def test_notes_are_saved_when_leaving_them_and_delete_asks_first(qtbot, sel, when_modal):  # type: ignore[no-untyped-def]
    panel = sel.tab.candidates
    show(sel, panel)
    cid = candidate_id(sel, "Opaline CRM")
    panel.select(cid)
    panel.notes.setPlainText("Démonstration le 12 mars.")
    sel.tab.flush_edits()
    assert sel.services.selection.candidate(cid).notes == "Démonstration le 12 mars."
    assert cell(panel.model, panel.model.row_of(cid), "notes") == "Démonstration le 12 mars."

    when_modal(answer(QMessageBox.StandardButton.Yes))
    panel.act_delete.trigger()
    assert panel.model.row_of(cid) == -1
    sel.stack.undo()
    assert panel.model.row_of(cid) >= 0
    sel.stack.undo()
    assert sel.services.selection.candidate(cid).notes.startswith("CRM SaaS simple")
