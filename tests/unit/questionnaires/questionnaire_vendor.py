"""What a vendor does to the questionnaire in Excel, done with openpyxl on real files."""

from __future__ import annotations

from pathlib import Path

import openpyxl

ANSWERS = "Requirements"


def columns(ws) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Header text -> column number of the answers sheet (header on row 1)."""
    return {str(c.value): c.column for c in ws[1] if c.value is not None}


def rows_by_ref(ws) -> dict[str, int]:  # type: ignore[no-untyped-def]
    ref_col = columns(ws)["Ref"]
    return {str(ws.cell(r, ref_col).value): r for r in range(2, ws.max_row + 1)
            if ws.cell(r, ref_col).value}


def fill(src: Path, dst: Path, answers: dict[str, dict[str, object]], *, sheet: str = ANSWERS) -> Path:
    """Type ``answers`` (ref -> {header: value}) into the answers sheet, as a vendor would."""
    wb = openpyxl.load_workbook(src)
    ws = wb[sheet]
    cols = columns(ws)
    rows = rows_by_ref(ws)
    for ref, values in answers.items():
        for header, value in values.items():
            ws.cell(rows[ref], cols[header]).value = value
    wb.save(dst)
    return dst


def answer(coverage: object = None, comment: object = None, cost: object = None, lot: object = None
           ) -> dict[str, object]:
    values = {"Coverage": coverage, "Comment": comment, "Extra cost (€ excl. VAT)": cost, "Planned lot": lot}
    return {k: v for k, v in values.items() if v is not None}


def rewrite(src: Path, dst: Path, *, order: list[str] | None = None, reverse_rows: bool = False,
            drop_refs: tuple[str, ...] = (), extra_column: tuple[str, list[object]] | None = None,
            title_line: str | None = None, drop_columns: tuple[str, ...] = ()) -> Path:
    """A vendor who unprotected the sheet and rearranged it: columns in another ``order``,
    rows sorted the other way, rows deleted, a column of their own, a title line on top."""
    wb = openpyxl.load_workbook(src)
    ws = wb[ANSWERS]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    header, body = values[0], values[1:]
    body = [r for r in body if r[0] not in drop_refs]
    if reverse_rows:
        body.reverse()
    names = order or [h for h in header]
    names = [n for n in names if n not in drop_columns]
    index = [header.index(n) for n in names]
    table = [names] + [[r[i] for i in index] for r in body]
    if extra_column is not None:
        table[0].insert(1, extra_column[0])
        for r, value in zip(table[1:], extra_column[1], strict=False):
            r.insert(1, value)
    ws.delete_rows(1, ws.max_row)
    ws.data_validations.dataValidation = []
    start = 1
    if title_line is not None:
        ws.cell(1, 1).value = title_line
        start = 3
    for r, row in enumerate(table, start=start):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c).value = value
    wb.save(dst)
    return dst
