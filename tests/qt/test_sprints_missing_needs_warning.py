"""The backlog page's warning about mandatory needs without a story: read when the backlog page
shows (the tab opens on the board), and then as complete as ever: the count, the first refs,
every need in the tooltip, following the needs changed meanwhile."""

from __future__ import annotations

from crmdesk.domain.enums import Priority
from tests.qt.test_sprints_support import sprints  # noqa: F401

BACKLOG, BOARD = 0, 1


def test_the_warning_is_read_when_the_backlog_page_shows(qtbot, sprints, monkeypatch):  # noqa: F811
    window, tab = sprints
    sp = window.services.sprints
    read = sp.unlinked_mandatory_needs
    calls: list[int] = []
    monkeypatch.setattr(sp, "unlinked_mandatory_needs", lambda: calls.append(1) or read())
    assert tab.pages.currentIndex() == BOARD
    tab.reload()
    assert calls == []  # behind the board: nothing read
    tab.show_page(BACKLOG)
    assert calls == [1]
    panel = tab.backlog_panel
    assert panel.banner.isVisible()
    assert panel.banner_text.text() == "2 mandatory need(s) have no user story yet: BES-064, BES-065."
    assert panel.banner_text.toolTip().splitlines() == [f"{n.ref} — {n.title}" for n in read()]
    tab.show_page(BOARD)
    tab.show_page(BACKLOG)
    assert calls == [1]  # nothing changed: not read again

    # A need made optional while the board shows: the backlog's warning follows it.
    tab.show_page(BOARD)
    need = next(n for n in window.services.needs.list() if n.ref == "BES-064")
    window.commander.run("Edit need", lambda: window.services.needs.update([need.id], {"priority": Priority.DESIRED}))
    assert calls == [1]
    tab.show_page(BACKLOG)
    assert calls == [1, 1]
    assert panel.banner_text.text() == "1 mandatory need(s) have no user story yet: BES-065."
    window.act_undo.trigger()  # shown: read at once
    assert calls == [1, 1, 1]
    assert panel.banner_text.text() == "2 mandatory need(s) have no user story yet: BES-064, BES-065."
