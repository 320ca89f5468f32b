from __future__ import annotations

import pytest
from openpyxl import Workbook

from crmdesk.exchange.cells import (
    MAX_CELL_CHARS,
    clean_text,
    csv_text,
    csv_untext,
    is_dangerous,
    text_cell,
)


@pytest.mark.parametrize("text", ["=1+1", "+33 6", "-x", "@SUM(A1)", "\t=1", "\r=1", "\n=1",
                                  "\0x"])
def test_dangerous_leads(text: str) -> None:
    assert is_dangerous(text)


@pytest.mark.parametrize("text", ["", "a=1", " =1", "'=1", "Ventes", "33", "#N/A"])
def test_harmless_leads(text: str) -> None:
    assert not is_dangerous(text)


def test_clean_text_normalisations() -> None:
    assert clean_text("a\r\nb\rc\nd") == "a\nb\nc\nd"
    assert clean_text("a\x00b\x01c\x0bd\x0ce\x1ff\tg") == "abcdef\tg"
    assert clean_text("x\ufffey\uffffz\ud800!") == "xyz!"
    assert clean_text("é😀\u2028\x85") == "é😀\u2028\x85"
    assert len(clean_text("a" * 40_000)) == MAX_CELL_CHARS


@pytest.mark.parametrize("text", ["=1", "'=1", "''+2", "'", "''", "plain", "'plain", "-", ""])
def test_csv_quote_round_trip(text: str) -> None:
    quoted = csv_text(text)
    assert not is_dangerous(quoted)
    assert csv_untext(quoted) == text


def test_text_cell_types() -> None:
    ws = Workbook(write_only=True).create_sheet("x")
    formula = text_cell(ws, "=HYPERLINK(\"http://x\",\"y\")")
    assert formula.data_type == "s" and formula.quotePrefix
    error_code = text_cell(ws, "#N/A")
    assert error_code.data_type == "s" and error_code.quotePrefix
    plain = text_cell(ws, "hello")
    assert plain.data_type == "s" and not plain.quotePrefix
    assert text_cell(ws, 12).data_type == "n"
    assert text_cell(ws, None).value is None
