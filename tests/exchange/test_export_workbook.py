from __future__ import annotations

import errno
import glob
import os
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from crmdesk.domain.errors import ExportFailed
from crmdesk.exchange.workbook import ColumnSpec, SheetSpec, write_workbook

PAYLOADS = [
    '=HYPERLINK("http://x","y")',
    "+33 6 12 34 56 78",
    "-x",
    "@SUM(A1)",
    "\t=1",
    "=1+1",
    "#N/A",
    "+cmd|' /C calc'!A0",
    '"a","=b"',
    "\n=2",
]


def _columns() -> list[ColumnSpec]:
    return [
        ColumnSpec("Text", 30, wrap=True),
        ColumnSpec("Choice", 12, choices=["low", "mid", "high"]),
        ColumnSpec("When", 12, kind="date"),
        ColumnSpec("Count", 8, kind="int"),
    ]


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_dangerous_payloads_stay_text(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    rows = [[p, p, None, None] for p in PAYLOADS]
    write_workbook(target, [SheetSpec("Data", _columns(), rows)])
    ws = load_workbook(target).active
    for index, payload in enumerate(PAYLOADS, start=2):
        for col in (1, 2):
            cell = ws.cell(index, col)
            assert cell.value == payload
            assert cell.data_type != "f"
    for row in ws.iter_rows():
        assert all(c.data_type != "f" for c in row)
    # read-only + data_only (the importer's mode) sees the same text
    wb = load_workbook(target, read_only=True, data_only=True)
    values = [r[0] for r in wb.active.iter_rows(min_row=2, values_only=True)]
    wb.close()
    assert values == PAYLOADS


def test_layout_header_filter_validation_dates(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    rows = [["a", "low", date(2025, 3, 31), 3], ["b\nc", "high", None, 4]]
    write_workbook(target, [SheetSpec("Data", _columns(), rows)])
    ws = load_workbook(target).active
    assert ws.title == "Data"
    assert [c.value for c in ws[1]] == ["Text", "Choice", "When", "Count"]
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:D3"
    assert 30 <= ws.column_dimensions["A"].width < 31  # stored with the padding Excel itself adds
    assert ws["A2"].alignment.wrap_text and not ws["B2"].alignment.wrap_text
    assert ws["C2"].value == datetime(2025, 3, 31)
    assert ws["C2"].is_date
    assert ws["D2"].value == 3 and ws["D2"].data_type == "n"
    assert ws["A3"].value == "b\nc"
    validations = ws.data_validations.dataValidation
    assert len(validations) == 1
    dv = validations[0]
    assert dv.type == "list" and dv.formula1 == '"low,mid,high"'
    assert "B2:B1048576" in str(dv.sqref)


def test_long_or_comma_choices_go_to_a_hidden_sheet(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    choices = ["with, comma", 'with "quote"'] + [f"choice number {i}" for i in range(30)]
    columns = [ColumnSpec("A", 10, choices=choices), ColumnSpec("B", 10, choices=["x", "y"])]
    write_workbook(target, [SheetSpec("Data", columns, [["with, comma", "x"]])])
    wb = load_workbook(target)
    assert wb.sheetnames == ["Data", "Lists"]
    lists = wb["Lists"]
    assert lists.sheet_state == "hidden"
    assert [r[0] for r in lists.iter_rows(values_only=True)] == choices
    formulas = sorted(dv.formula1 for dv in wb["Data"].data_validations.dataValidation)
    assert formulas == ['"x,y"', f"'Lists'!$A$1:$A${len(choices)}"]


def test_sheet_titles_are_sanitised_and_unique(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    cols = [ColumnSpec("A", 10)]
    write_workbook(target, [SheetSpec("a/b:c", cols, []), SheetSpec("A B C", cols, []),
                            SheetSpec("x" * 40, cols, [])])
    names = load_workbook(target).sheetnames
    assert names[0] == "a b c" and names[1] == "A B C (2)" and len(names[2]) == 31


def test_progress_reports_rows(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    rows = [[f"r{i}"] for i in range(600)]
    write_workbook(tmp_path / "p.xlsx", [SheetSpec("S", [ColumnSpec("A", 10)], rows)],
                   progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (600, 600)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def _openpyxl_temp_files() -> set[str]:
    return set(glob.glob(os.path.join(tempfile.gettempdir(), "openpyxl.*")))


def _failing_rows(exc: BaseException, after: int = 300) -> Iterator[list[object]]:
    for i in range(after):
        yield [f"row {i}"]
    raise exc


@pytest.mark.parametrize("exc, message", [
    (OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
    (ValueError("boom"), "could not be written"),
])
def test_failure_keeps_the_previous_file(tmp_path: Path, exc: BaseException,
                                         message: str) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"previous export")
    before_tmp = _openpyxl_temp_files()
    with pytest.raises(ExportFailed) as info:
        write_workbook(target, [SheetSpec("S", [ColumnSpec("A", 10)], _failing_rows(exc))])
    assert message in str(info.value)
    assert target.read_bytes() == b"previous export"
    assert _files(tmp_path) == ["out.xlsx"]
    assert _openpyxl_temp_files() <= before_tmp


def test_cancel_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "system-temp"  # where the rows are streamed before the zip is made
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"previous export")
    rows = [[f"r{i}"] for i in range(1000)]
    calls = iter(range(10_000))
    with pytest.raises(ExportFailed, match="^The export was cancelled.$"):
        write_workbook(target, [SheetSpec("S", [ColumnSpec("A", 10)], rows), SheetSpec("T", [ColumnSpec("A", 10)], rows)],
                       cancelled=lambda: next(calls) >= 5)  # half way, both sheets streaming
    assert target.read_bytes() == b"previous export"
    assert _files(tmp_path) == ["out.xlsx", "system-temp"]
    assert list(scratch.iterdir()) == []


def test_cancel_before_save_on_a_small_export(tmp_path: Path) -> None:
    target = tmp_path / "new.xlsx"
    with pytest.raises(ExportFailed, match="cancelled"):
        write_workbook(target, [SheetSpec("S", [ColumnSpec("A", 10)], [["x"]])],
                       cancelled=lambda: True)
    assert _files(tmp_path) == []


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="does not exist"):
        write_workbook(tmp_path / "nope" / "out.xlsx", [SheetSpec("S", [ColumnSpec("A", 1)], [])])


def test_parent_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportFailed, match="is not a folder"):
        write_workbook(tmp_path / "file" / "out.xlsx", [SheetSpec("S", [ColumnSpec("A", 1)], [])])


def test_target_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "out.xlsx").mkdir()
    with pytest.raises(ExportFailed, match="is a folder"):
        write_workbook(tmp_path / "out.xlsx", [SheetSpec("S", [ColumnSpec("A", 1)], [])])


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions and a non-root user")
def test_unwritable_folder_and_read_only_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "out.xlsx").write_bytes(b"previous")
    sheets = [SheetSpec("S", [ColumnSpec("A", 1)], [["x"]])]
    os.chmod(locked / "out.xlsx", 0o444)
    try:
        with pytest.raises(ExportFailed, match="open in another program or read-only"):
            write_workbook(locked / "out.xlsx", sheets)
        os.chmod(locked, 0o555)
        with pytest.raises(ExportFailed, match="read-only or you are not allowed"):
            write_workbook(locked / "other.xlsx", sheets)
    finally:
        os.chmod(locked, 0o755)
    assert (locked / "out.xlsx").read_bytes() == b"previous"
    assert _files(locked) == ["out.xlsx"]


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    write_workbook(target, [SheetSpec("S", [ColumnSpec("A", 1)], [["new"]])])
    assert load_workbook(target).active["A2"].value == "new"
    assert _files(tmp_path) == ["out.xlsx"]


@pytest.mark.parametrize("exc, phase, fragment", [
    (PermissionError(errno.EACCES, "Permission denied"), "create",
     "read-only or you are not allowed to write in it"),
    (PermissionError(errno.EACCES, "Permission denied"), "replace",
     "open in another program or read-only"),
    (OSError(errno.ENOSPC, "No space left on device"), "write", "The disk is full"),
    (OSError(errno.EROFS, "Read-only file system"), "create", "read-only disk"),
    (OSError(errno.EIO, "Input/output error"), "write", "Input/output error"),
])
def test_os_errors_become_one_sentence(tmp_path: Path, exc: OSError, phase: str,
                                       fragment: str) -> None:
    # The permission cases cannot be produced for real when the tests run as root.
    from crmdesk.exchange.workbook import _os_failure

    failure = _os_failure(exc, tmp_path / "out.xlsx", phase=phase)
    assert fragment in str(failure) and str(failure).endswith(".")


@pytest.mark.skipif(not os.path.isdir("/sys/kernel"), reason="needs Linux sysfs")
def test_unwritable_folder_even_for_root() -> None:
    # sysfs refuses new files to every user, root included: a real unwritable folder.
    with pytest.raises(ExportFailed, match="read-only"):
        write_workbook("/sys/crmdesk-export-test.xlsx", [SheetSpec("S", [ColumnSpec("A", 1)], [])])
    assert not os.path.exists("/sys/crmdesk-export-test.xlsx")
