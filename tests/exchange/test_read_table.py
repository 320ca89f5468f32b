from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from crmdesk.domain.errors import ImportRejected
from crmdesk.exchange.cells import csv_text
from crmdesk.exchange.tabular import read_table


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_delimiters(tmp_path: Path, delimiter: str) -> None:
    text = f"Réf{delimiter}Titre{delimiter}Note\nBES-001{delimiter}\"Un{delimiter} deux\"{delimiter}x\n"
    table = read_table(write(tmp_path / "a.csv", text.encode("utf-8")))
    assert table.kind == "csv" and table.delimiter == delimiter
    assert table.headers == ["Réf", "Titre", "Note"]
    assert table.rows == [(2, ["BES-001", f"Un{delimiter} deux", "x"])]


def test_csv_utf8_bom(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "a.csv", "\ufeffRéf;Titre\n1;Équipe\n".encode()))
    assert table.encoding == "utf-8-sig"
    assert table.headers == ["Réf", "Titre"] and table.rows == [(2, ["1", "Équipe"])]
    assert table.warnings == []


def test_csv_utf8_without_bom(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "a.csv", "Titre\nÉté 😀\n".encode()))
    assert table.encoding == "utf-8" and table.rows == [(2, ["Été 😀"])]


def test_csv_cp1252(tmp_path: Path) -> None:
    data = "Référence;Intitulé\nBES-001;Prévoir l'été – œuvre €\n".encode("cp1252")
    table = read_table(write(tmp_path / "excel.csv", data))
    assert table.encoding == "cp1252"
    assert table.headers == ["Référence", "Intitulé"]
    assert table.rows == [(2, ["BES-001", "Prévoir l'été – œuvre €"])]
    assert len(table.warnings) == 1 and "cp1252" in table.warnings[0]


def test_csv_rows_numbers_empty_rows_and_multiline(tmp_path: Path) -> None:
    text = 'Titre;Description\r\n\r\nA;"line 1\r\nline 2"\r\n;\r\n  B  ;x\r\n'
    table = read_table(write(tmp_path / "a.csv", text.encode()))
    # cells as typed (the parsers strip refs, names and choices, never free text)
    assert table.rows == [(3, ["A", "line 1\nline 2"]), (5, ["  B  ", "x"])]


def test_csv_sep_hint_line(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "a.csv", b"sep=,\nA,B\n1,2\n"))
    assert table.delimiter == "," and table.headers == ["A", "B"] and table.rows == [(2, ["1", "2"])]


def test_csv_our_apostrophe_is_removed(tmp_path: Path) -> None:
    values = ["=1+1", "+33 6", "'=x", "'normal", "-"]
    text = "Titre\n" + "\n".join(csv_text(v) for v in values) + "\n"
    table = read_table(write(tmp_path / "a.csv", text.encode()))
    assert [r[1][0] for r in table.rows] == values


def test_csv_header_only_and_short_rows(tmp_path: Path) -> None:
    assert read_table(write(tmp_path / "h.csv", b"A;B;C\n")).rows == []
    assert read_table(write(tmp_path / "s.csv", b"A;B;C\nx\n")).rows == [(2, ["x", "", ""])]


def test_xlsx_values(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Ref", "Title", "Date", "Stamp", "N", "F", "Big", "Bool"])
    ws.append(["BES-001", "  spaced  ", date(2025, 3, 1), datetime(2025, 3, 1, 14, 5), 3.0, 2.5,
               12345678901, True])
    ws.append([])
    ws.append([None, "row 4"])
    ws.cell(row=9, column=2, value="row 9")
    wb.save(tmp_path / "v.xlsx")
    table = read_table(tmp_path / "v.xlsx")
    assert table.kind == "xlsx" and table.sheet == "Sheet"
    assert table.headers == ["Ref", "Title", "Date", "Stamp", "N", "F", "Big", "Bool"]
    assert table.rows[0] == (2, ["BES-001", "  spaced  ", "2025-03-01", "2025-03-01 14:05", "3",
                                 "2.5", "12345678901", "true"])
    assert [(n, r[1]) for n, r in table.rows[1:]] == [(4, "row 4"), (9, "row 9")]


def test_xlsx_prefers_a_needs_sheet(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Lisez-moi"
    wb.active.append(["Read me"])
    besoins = wb.create_sheet("Besoins")
    besoins.append(["Titre"])
    besoins.append(["A"])
    wb.save(tmp_path / "b.xlsx")
    table = read_table(tmp_path / "b.xlsx")
    assert table.sheet == "Besoins" and table.rows == [(2, ["A"])]


def test_xlsx_formula_without_cached_value_warns(xlsx_factory: Callable[..., Path]) -> None:
    path = xlsx_factory([["Title", "Computed"], ["a", "=1+1"], ["b", "x"]])
    table = read_table(path)
    assert table.rows == [(2, ["a", ""]), (3, ["b", "x"])]
    assert len(table.warnings) == 1 and "B2" in table.warnings[0]


def test_xlsx_named_csv_is_read(xlsx_factory: Callable[..., Path], tmp_path: Path) -> None:
    path = xlsx_factory([["Title"], ["a"]])
    renamed = path.rename(tmp_path / "export.csv")
    table = read_table(renamed)
    assert table.kind == "xlsx" and table.rows == [(2, ["a"])]
    assert "Excel workbook" in table.warnings[0]


def test_max_rows(xlsx_factory: Callable[..., Path], tmp_path: Path) -> None:
    path = xlsx_factory([["Title"]] + [[f"r{i}"] for i in range(20)])
    assert len(read_table(path, max_rows=20).rows) == 20
    with pytest.raises(ImportRejected, match="more than 10 rows"):
        read_table(path, max_rows=10)
    csv_path = write(tmp_path / "m.csv", b"T\n" + b"x\n" * 20)
    with pytest.raises(ImportRejected, match="more than 10 rows"):
        read_table(csv_path, max_rows=10)


def test_max_bytes(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="too large to import"):
        read_table(write(tmp_path / "big.csv", b"T\n" + b"x" * 2000), max_bytes=1000)


@pytest.mark.parametrize("name, fragment", [
    ("old.xls", "Excel 97-2003"),
    ("bin.xlsb", "binary workbook"),
    ("calc.ods", "OpenDocument"),
    ("doc.pdf", "unsupported type"),
])
def test_refused_types(tmp_path: Path, name: str, fragment: str) -> None:
    with pytest.raises(ImportRejected, match=fragment) as info:
        read_table(write(tmp_path / name, b"whatever content"))
    assert name in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="does not exist"):
        read_table(tmp_path / "nope.xlsx")


def test_wide_rows(tmp_path: Path) -> None:
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.append(["Title"])
    for row in range(2, 202):
        ws.cell(row=row, column=1, value=f"r{row}")
        ws.cell(row=row, column=16_000).font = Font(bold=True)  # styled, empty
    wb.save(tmp_path / "wide.xlsx")
    table = read_table(tmp_path / "wide.xlsx")
    assert len(table.rows) == 200 and table.rows[0] == (2, ["r2"])

    ws.cell(row=5, column=1500, value="far away")  # past the 1,000 columns read
    wb.save(tmp_path / "far.xlsx")
    assert read_table(tmp_path / "far.xlsx").rows[3] == (5, ["r5"])
    (tmp_path / "wide.csv").write_text("Title\nx" + ";" * 1200 + "\ny" + ";" * 1200 + "z\n")
    with pytest.raises(ImportRejected, match="Row 3 of wide.csv has more than 1000 columns"):
        read_table(tmp_path / "wide.csv")
