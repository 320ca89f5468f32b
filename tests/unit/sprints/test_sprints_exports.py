"""The sprints sheets of the project workbook read back with openpyxl, and the charts rendered
to real PNG files."""

from __future__ import annotations

import struct
from datetime import date, datetime

import openpyxl
import pytest

from crmdesk.i18n import translator
from crmdesk.services.container import ProjectServices
from crmdesk.services.exchange import export_project
from crmdesk.services.sprints import SprintService


@pytest.fixture
def demo(demo_file):  # type: ignore[no-untyped-def]
    return ProjectServices.over(demo_file)


def test_backlog_sprints_and_lots_sheets(demo, tmp_path):
    out = export_project(demo, tmp_path / "projet.xlsx", "en")
    wb = openpyxl.load_workbook(out)
    assert {"Backlog", "Sprints", "Lots"} <= set(wb.sheetnames)
    sprints = SprintService(demo.file)
    stories = sprints.stories()

    backlog = wb["Backlog"]
    header = [c.value for c in backlog[1]]
    assert header == ["Rank", "Ref", "Title", "As a", "I want", "So that", "Kind", "Points", "Lot", "Sprint",
                      "Status", "Assignee", "Linked needs", "Acceptance criteria"]
    rows = [[c.value for c in row] for row in backlog.iter_rows(min_row=2)]
    assert len(rows) == len(stories)
    assert [r[0] for r in rows] == list(range(1, len(stories) + 1))
    by_ref = {r[1]: r for r in rows}
    first = stories[0]
    row = by_ref[first.ref]
    assert row[2] == first.title and row[3] == first.as_a and row[7] == int(first.points)
    assert row[8] == first.lot_name and row[9] == first.sprint_number and row[10] == "Done"
    assert row[12] == ", ".join(first.need_refs) and row[12].startswith("BES-")
    assert {r[6] for r in rows} >= {"configuration", "custom development", "data migration", "interface", "training"}
    unestimated = [r for r in rows if r[7] is None]
    assert unestimated and all(r[9] is None for r in unestimated)
    assert backlog.freeze_panes == "A2" and backlog.auto_filter.ref

    sheet = wb["Sprints"]
    assert [c.value for c in sheet[1]] == ["Number", "Name", "Goal", "Start", "End", "Status", "Capacity (points)",
                                          "Committed points", "Done points", "Velocity"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [(r[0], r[5], r[7], r[8], r[9]) for r in rows[:3]] == [
        (1, "closed", 21, 18, 18), (2, "closed", 27, 24, 24), (3, "closed", 26, 26, 26)]
    assert rows[3][5] == "active" and rows[3][9] is None
    assert isinstance(rows[0][3], datetime) and (rows[0][4] - rows[0][3]).days == 20

    lots = [[c.value for c in row] for row in wb["Lots"].iter_rows(min_row=2)]
    assert [r[0].split(" – ")[0] for r in lots] == ["Lot 1", "Lot 2", "Lot 3"]
    assert lots[0][5] == 100 and lots[2][5] == 0 and isinstance(lots[0][1], datetime)


def test_the_sheets_speak_french_and_an_empty_project_has_headers_only(workspace, tmp_path):
    from crmdesk.services.workbook_sprints import sprint_sheets

    fr = translator("fr")
    specs = sprint_sheets([], [], [], fr)
    assert [len(list(s.rows)) for s in specs] == [0, 0, 0]
    pf = workspace.create(tmp_path / "vide", "Vide")
    try:
        out = export_project(ProjectServices.over(pf), tmp_path / "vide.xlsx", "en")
    finally:
        workspace.close(pf)
    wb = openpyxl.load_workbook(out)
    assert wb["Backlog"].max_row == 1 and wb["Sprints"].max_row == 1


def _png_size(path) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_the_charts_render_to_png(demo, tmp_path):
    from crmdesk.charts.sprints import (
        burndown_chart,
        burnup_chart,
        cumulative_flow_chart,
        save_png,
        velocity_chart,
    )

    tr = translator("en")
    sprints = SprintService(demo.file)
    closed, current = sprints.sprints()[1], sprints.current_sprint()
    lot = sprints.lots()[1]
    figures = {
        "burndown_closed": burndown_chart(sprints.burndown(closed.id), tr),
        "burndown_current": burndown_chart(sprints.burndown(current.id), tr),
        "velocity": velocity_chart(sprints.velocity(), tr),
        "burnup": burnup_chart(sprints.lot_burnup(lot.id), tr, lot.name, lot.target_date),
        "flow": cumulative_flow_chart(sprints.cumulative_flow(closed.id, translate=tr), tr),
        "flow_points": cumulative_flow_chart(sprints.cumulative_flow(current.id, "points", translate=tr), tr),
    }
    for name, fig in figures.items():
        path = save_png(fig, tmp_path / f"{name}.png")
        width, height = _png_size(path)
        assert width >= 900 and height >= 450, name
    title = figures["burndown_closed"].axes[0].get_title(loc="left")
    assert title == f"Sprint {closed.number} burndown"
    labels = [t.get_text() for t in figures["burndown_closed"].axes[0].get_xticklabels()]
    assert labels[0] == closed.start_date.strftime("%d/%m")
    assert not list(tmp_path.glob(".~*"))  # no temporary file left


def test_charts_of_nothing_say_so(tmp_path):
    from crmdesk.charts.sprints import (
        burnup_chart,
        cumulative_flow_chart,
        save_png,
        velocity_chart,
    )
    from crmdesk.domain.sprints_charts_data import CumulativeFlow

    tr = translator("en")
    for name, fig in {"v": velocity_chart([], tr), "b": burnup_chart([], tr, "Lot", date(2027, 1, 1)),
                      "f": cumulative_flow_chart(CumulativeFlow((), (), (), "count"), tr)}.items():
        texts = [t.get_text() for t in fig.axes[0].texts]
        assert "Nothing to show yet." in texts
        save_png(fig, tmp_path / f"{name}.png")
    from crmdesk.domain.errors import ExportFailed

    with pytest.raises(ExportFailed):
        save_png(velocity_chart([], tr), tmp_path / "missing" / "v.png")
