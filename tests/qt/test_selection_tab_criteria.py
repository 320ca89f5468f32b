"""Criteria page: weights and shares (always 100 %), knock-outs, criteria from needs, the cost
criterion; each one undoable step, and the results follow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QMessageBox

from crmdesk.domain.selection import CriterionKind
from tests.qt.conftest import answer
from tests.qt.test_selection_tab_support import (
    open_selection_tab,
    ranking_row,
    show,
    tree_index,
)


@pytest.fixture
def sel(qtbot, workspace, demo_path, english):  # type: ignore[no-untyped-def]
    yield from open_selection_tab(qtbot, workspace, demo_path)


def _group(sel, name):  # type: ignore[no-untyped-def]
    return next(g for g in sel.services.selection.groups() if g.name == name)


def _criterion(sel, name):  # type: ignore[no-untyped-def]
    return next(k for k in sel.services.selection.criteria() if k.name == name)


def test_reweighting_a_group_keeps_shares_at_100_and_updates_the_ranking(qtbot, sel):  # type: ignore[no-untyped-def]
    panel = sel.tab.criteria
    tech = _group(sel, "Technique")
    show(sel, sel.tab.results)
    before = ranking_row(sel, "Kerlance Solutions")[1].score
    show(sel, panel)

    index = tree_index(panel.model, "group", tech.id, "weight")
    panel.tree.setCurrentIndex(index)
    panel.tree.edit(index)
    spin = panel.tree.findChild(QDoubleSpinBox)
    assert spin is not None
    spin.setValue(60)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _group(sel, "Technique").weight == 60)

    assert sum(panel.model.shown_group_shares()) == pytest.approx(100.0)
    assert sum(panel.model.shown_criterion_shares().values()) == pytest.approx(100.0)
    share = panel.model.data(tree_index(panel.model, "group", tech.id, "share"))
    assert share == "42.9\u00a0%"  # 60 / 140
    assert panel.total.text().startswith("Shares: 100.0\u00a0% in total")

    show(sel, sel.tab.results)
    header = sel.tab.results.model.headerData(4, Qt.Orientation.Horizontal)
    assert header == "Technique\n43\u00a0%"
    after = ranking_row(sel, "Kerlance Solutions")[1].score
    assert after != pytest.approx(before)

    sel.stack.undo()
    assert ranking_row(sel, "Kerlance Solutions")[1].score == pytest.approx(before)
    show(sel, panel)
    assert panel.model.data(tree_index(panel.model, "group", tech.id, "share")) == "20.0\u00a0%"


def test_knock_out_threshold_and_link_are_edited_in_the_tree(qtbot, sel):  # type: ignore[no-untyped-def]
    panel = sel.tab.criteria
    show(sel, panel)
    crit = _criterion(sel, "API ouverte et documentée")
    model = panel.model
    assert model.setData(tree_index(model, "criterion", crit.id, "knockout"), 4.5)
    assert _criterion(sel, "API ouverte et documentée").knockout_threshold == 4.5
    show(sel, sel.tab.results)
    assert sum(1 for r in sel.tab.results.ranking.rows if r.eliminated) > 2  # somebody scored below 4.5
    sel.stack.undo()
    assert not _criterion(sel, "API ouverte et documentée").knockout

    show(sel, panel)
    index = tree_index(model, "criterion", crit.id, "link")
    panel.tree.setCurrentIndex(index)
    panel.tree.edit(index)
    combo = panel.tree.findChild(QComboBox)
    assert combo is not None
    found = next(i for i in range(combo.count()) if combo.itemText(i).startswith("BES-063"))
    combo.setCurrentIndex(found)
    combo.activated.emit(found)
    assert _criterion(sel, "API ouverte et documentée").need_ref == "BES-063"
    assert model.data(tree_index(model, "criterion", crit.id, "link")) == "BES-063 (desired)"
    sel.stack.undo()
    assert _criterion(sel, "API ouverte et documentée").need_id is None


@pytest.mark.parametrize("mode", ["need", "domain"])
def test_create_criteria_from_needs_through_the_dialog(qtbot, sel, when_modal, mode):  # type: ignore[no-untyped-def]
    panel = sel.tab.criteria
    show(sel, panel)
    before = len(sel.services.selection.criteria())
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        assert not dialog.priorities[list(dialog.priorities)[2]].isChecked()  # optional: unchecked by default
        (dialog.per_domain if mode == "domain" else dialog.per_need).setChecked(True)
        dialog.priorities[list(dialog.priorities)[2]].setChecked(True)  # and the optional ones too
        dialog.group.setCurrentIndex(dialog.group.count() - 1)  # a new group
        dialog.group_name.setText("Besoins du cahier des charges")
        seen["count"] = len(dialog.proposed())
        seen["names"] = [n for n, _w in dialog.proposed()]
        assert dialog.create_button.isEnabled()
        dialog.create_button.click()

    when_modal(fill)
    panel.act_from_needs.trigger()
    criteria = sel.services.selection.criteria()
    made = [k for k in criteria if k.group_name == "Besoins du cahier des charges"]
    assert seen["count"] > 0
    assert len(made) == seen["count"] == len(criteria) - before
    if mode == "domain":
        assert all(k.domain_id is not None and k.need_id is None for k in made)
    else:
        assert all(k.need_id is not None for k in made)
        assert [k.label for k in made] == seen["names"]
    assert sum(panel.model.shown_criterion_shares().values()) == pytest.approx(100.0)

    sel.stack.undo()
    assert len(sel.services.selection.criteria()) == before
    assert not any(g.name == "Besoins du cahier des charges" for g in sel.services.selection.groups())


def test_add_rename_move_and_delete_criteria_and_the_cost_criterion(qtbot, sel, when_modal):  # type: ignore[no-untyped-def]
    panel = sel.tab.criteria
    show(sel, panel)
    assert not panel.act_cost.isEnabled()  # the demo has its cost criterion
    cost = next(k for k in sel.services.selection.criteria() if k.kind is CriterionKind.COST)
    panel.select("criterion", cost.id)
    when_modal(answer(QMessageBox.StandardButton.Yes))
    panel.act_delete.trigger()
    assert not any(k.kind is CriterionKind.COST for k in sel.services.selection.criteria())
    assert panel.act_cost.isEnabled()
    panel.act_cost.trigger()
    made = next(k for k in sel.services.selection.criteria() if k.kind is CriterionKind.COST)
    assert (made.name, made.group_name) == ("Total cost of ownership (TCO)", "Cost")

    group = _group(sel, "Support et formation")
    panel.select("group", group.id)
    panel.act_add.trigger()
    new = _criterion(sel, "New criterion")
    assert new.group_id == group.id
    panel.tree.closePersistentEditor(panel.tree.currentIndex())
    panel.model.setData(tree_index(panel.model, "criterion", new.id, "name"), "Hotline le samedi")
    panel.select("criterion", new.id)
    panel.act_up.trigger()
    names = [k.name for k in sel.services.selection.criteria() if k.group_id == group.id]
    assert names[-2] == "Hotline le samedi"

    sel.stack.undo()  # move
    sel.stack.undo()  # rename
    sel.stack.undo()  # add
    assert not any(k.name in ("New criterion", "Hotline le samedi") for k in sel.services.selection.criteria())
    sel.stack.undo()  # cost criterion added
    sel.stack.undo()  # cost criterion deleted
    restored = next(k for k in sel.services.selection.criteria() if k.kind is CriterionKind.COST)
    assert restored.id == cost.id
    assert panel.model.index_of("criterion", cost.id).isValid()
