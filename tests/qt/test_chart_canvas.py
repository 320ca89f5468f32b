"""The chart canvas builds its figure only when shown and saves it as PNG."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crmdesk.ui.widgets.chart_canvas import ChartCanvas


def _line_chart():  # type: ignore[no-untyped-def]
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4, 3))
    ax = fig.add_subplot()
    ax.plot([1, 2, 3], [3, 1, 2])
    ax.set_title("Reste à faire")
    return fig


def test_chart_is_built_when_shown_and_saved_as_png(qtbot, tmp_path):
    host = QWidget()
    qtbot.addWidget(host)
    calls = []

    def build():  # type: ignore[no-untyped-def]
        calls.append(1)
        return _line_chart()

    canvas = ChartCanvas("burndown", host)
    canvas.set_builder(build)
    assert calls == []  # hidden: nothing built yet
    host.show()
    qtbot.waitExposed(host)
    assert calls == [1] and canvas.figure is not None
    canvas.refresh()
    assert calls == [1, 1]
    target = canvas.save_png(tmp_path / "burndown.png")
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_no_data_shows_a_message(qtbot):
    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    canvas.set_builder(lambda: None)
    canvas.show()
    qtbot.waitExposed(canvas)
    assert canvas.figure is None
    assert canvas.findChild(QWidget, "chartEmpty").isVisible()
