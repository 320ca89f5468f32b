"""Property: any text written by write_workbook reads back as clean_text(text)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from crmdesk.exchange.cells import clean_text
from crmdesk.exchange.workbook import ColumnSpec, SheetSpec, write_workbook

_leads = st.sampled_from(["", "=", "+", "-", "@", "\t", "\r", "\n", "\0", "'", " ", "#"])
_chars = st.characters(codec="utf-8")  # everything, including controls, accents and emoji
_texts = st.builds(lambda lead, rest: lead + rest, _leads, st.text(_chars, max_size=40))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_texts, min_size=1, max_size=12))
def test_text_round_trip(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "p.xlsx"
        columns = [ColumnSpec("Text", 20, wrap=True), ColumnSpec("Plain", 20)]
        write_workbook(target, [SheetSpec("S", columns, [[t, t] for t in texts])])
        ws = load_workbook(target).active
        for row, text in enumerate(texts, start=2):
            expected = clean_text(text) or None
            for col in (1, 2):
                cell = ws.cell(row, col)
                assert cell.data_type != "f"
                assert cell.value == expected
