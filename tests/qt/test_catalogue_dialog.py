"""Picking typical needs from the catalogue into the project."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crmdesk.domain.enums import NeedStatus
from crmdesk.ui.features.needs.catalogue_dialog import CatalogueDialog
from tests.qt.conftest import type_text


def test_filter_tick_and_add_from_the_catalogue(qtbot, open_window, demo_path, when_modal):
    window = open_window(demo_path)
    before = window.services.needs.count()
    chosen_titles = []

    def pick(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, CatalogueDialog)
        assert len(dialog._items) >= 120
        type_text(dialog.search, "rgpd")
        shown = [item for item, _e in dialog._items if not item.isHidden()]
        assert 0 < len(shown) < 40
        dialog._select_shown()
        chosen_titles.extend(e.title for e in dialog.chosen())
        assert "need(s) chosen" in dialog.count_label.text()
        dialog.accept()

    when_modal(pick)
    window.add_from_catalogue()
    assert when_modal.handled == 1 and chosen_titles
    added = [n for n in window.services.needs.list() if n.title in chosen_titles]
    assert len(added) == len(chosen_titles) == window.services.needs.count() - before
    assert all(n.status == NeedStatus.DRAFT and n.source_workshop == "Catalogue" for n in added)
    assert window.act_undo.text() == f"&Undo Add {len(chosen_titles)} need(s) from the catalogue"

    # those needs are now marked as already in the project and cannot be picked twice
    def look(dialog):  # type: ignore[no-untyped-def]
        present = [item for item, e in dialog._items if e.title in chosen_titles]
        assert present and all(not (item.flags() & Qt.ItemFlag.ItemIsEnabled) for item in present)
        dialog.reject()

    when_modal(look)
    window.add_from_catalogue()
    assert when_modal.handled == 2
    window.act_undo.trigger()
    assert window.services.needs.count() == before
