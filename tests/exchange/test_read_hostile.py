"""The malformed and hostile corpus: every file gives ImportRejected (one sentence naming the
file, never another exception) quickly; the lying dimension is read in full."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crmdesk.domain.errors import ImportRejected
from crmdesk.exchange.tabular import read_table

from exchange_files import make_xlsx, rewrite_zip

TIME_BUDGET = 5.0  # seconds per file, generous for slow CI machines

BOMB_XML = (
    b'<?xml version="1.0"?>\n<!DOCTYPE worksheet [\n <!ENTITY a "aaaaaaaaaa">\n'
    + b"".join(b' <!ENTITY %s "%s">\n' % (bytes([c]), (b"&%s;" % bytes([c - 1])) * 10)
               for c in range(ord("b"), ord("j")))
    + b']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&i;</t></is></c></row></sheetData>'
    b"</worksheet>"
)


@pytest.fixture
def valid(tmp_path: Path) -> Path:
    return make_xlsx(tmp_path / "valid_src.xlsx", [["Title", "Note"], ["a", "b"]])


def _stream_member(dst: Path, src: Path, member: str, chunks: Iterator[bytes]) -> Path:
    """Copy ``src`` to ``dst`` replacing ``member`` by streamed content (a huge member
    without holding it in memory)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != member:
                zout.writestr(info.filename, zin.read(info.filename))
        with zout.open(member, "w", force_zip64=True) as out:
            for chunk in chunks:
                out.write(chunk)
    return dst


def _padded_sheet(megabytes: int) -> Iterator[bytes]:
    yield (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           b"<sheetData>")
    block = b" " * (1 << 20)
    for _ in range(megabytes):
        yield block
    yield b"</sheetData></worksheet>"


CORPUS: dict[str, tuple[str, Callable[[Path, Path], Path], str]] = {}


def case(name: str, fragment: str) -> Callable[[Callable[[Path, Path], Path]], None]:
    def register(build: Callable[[Path, Path], Path]) -> None:
        CORPUS[name] = (name, build, fragment)
    return register


@case("empty", "is empty")
def _(tmp: Path, valid: Path) -> Path:
    (tmp / "empty.xlsx").write_bytes(b"")
    return tmp / "empty.xlsx"


@case("random bytes", "not an Excel file")
def _(tmp: Path, valid: Path) -> Path:
    (tmp / "random.xlsx").write_bytes(os.urandom(4096))
    return tmp / "random.xlsx"


@case("truncated zip", "not an Excel file (.xlsx) or it is damaged")
def _(tmp: Path, valid: Path) -> Path:
    data = valid.read_bytes()
    (tmp / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    return tmp / "truncated.xlsx"


@case("xls renamed xlsx", "Excel 97-2003")
def _(tmp: Path, valid: Path) -> Path:
    path = tmp / "renamed.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(2048))
    return path


@case("no content types", "not a valid Excel workbook")
def _(tmp: Path, valid: Path) -> Path:
    return rewrite_zip(valid, tmp / "nocontent.xlsx",
                       lambda n, d: None if n == "[Content_Types].xml" else d)


@case("no workbook part", "damaged")
def _(tmp: Path, valid: Path) -> Path:
    return rewrite_zip(valid, tmp / "noworkbook.xlsx",
                       lambda n, d: None if n == "xl/workbook.xml" else d)


@case("truncated sheet xml", "damaged")
def _(tmp: Path, valid: Path) -> Path:
    return rewrite_zip(valid, tmp / "badxml.xlsx",
                       lambda n, d: d[: len(d) // 2] if n == "xl/worksheets/sheet1.xml" else d)


@case("impossible cell reference", "damaged")
def _(tmp: Path, valid: Path) -> Path:
    return rewrite_zip(valid, tmp / "badref.xlsx",
                       lambda n, d: d.replace(b'r="A2"', b'r="ZZZZ2"')
                       if n == "xl/worksheets/sheet1.xml" else d)


@case("impossible number", "damaged")
def _(tmp: Path, valid: Path) -> Path:
    src = make_xlsx(tmp / "num_src.xlsx", [["Title", "N"], ["a", 1]])
    return rewrite_zip(src, tmp / "badnumber.xlsx",
                       lambda n, d: d.replace(b"<v>1</v>", b"<v>abc</v>"))


@case("xml entity bomb", "damaged")
def _(tmp: Path, valid: Path) -> Path:
    return rewrite_zip(valid, tmp / "bomb.xlsx",
                       lambda n, d: BOMB_XML if n == "xl/worksheets/sheet1.xml" else d)


@case("zip bomb, huge member", "too large or suspicious")
def _(tmp: Path, valid: Path) -> Path:
    return _stream_member(tmp / "zipbomb.xlsx", valid, "xl/worksheets/sheet1.xml",
                          _padded_sheet(210))


@case("zip bomb, high ratio", "too large or suspicious")
def _(tmp: Path, valid: Path) -> Path:
    return _stream_member(tmp / "ratio.xlsx", valid, "xl/worksheets/sheet1.xml",
                          _padded_sheet(20))


@case("cell of 40,000 characters", "more than 32,767 characters")
def _(tmp: Path, valid: Path) -> Path:
    src = make_xlsx(tmp / "long_src.xlsx", [["Title"], ["PLACEHOLDER"]])
    return rewrite_zip(src, tmp / "longcell.xlsx",
                       lambda n, d: d.replace(b"PLACEHOLDER", b"x" * 40_000))


@case("csv cell of 40,000 characters", "too long")
def _(tmp: Path, valid: Path) -> Path:
    (tmp / "long.csv").write_bytes(b'Title;Note\n"' + b"x" * 40_000 + b'";b\n')
    return tmp / "long.csv"


@case("csv cell just over the limit", "more than 32,767 characters")
def _(tmp: Path, valid: Path) -> Path:
    (tmp / "edge.csv").write_bytes(b"Title\n" + b"x" * 32_768 + b"\n")
    return tmp / "edge.csv"


@case("csv unterminated quote", "never closed")
def _(tmp: Path, valid: Path) -> Path:
    (tmp / "quote.csv").write_bytes(b'Title;Note\n"a;b\nc;d\n')
    return tmp / "quote.csv"


@case("csv NUL bytes", "NUL")
def _(tmp: Path, valid: Path) -> Path:
    (tmp / "nul.csv").write_bytes(b"Title;Note\na\x00;b\n")
    return tmp / "nul.csv"


@case("csv UTF-16", "UTF-16")
def _(tmp: Path, valid: Path) -> Path:
    (tmp / "unicode.csv").write_bytes("Title\tNote\r\na\tb\r\n".encode("utf-16"))
    return tmp / "unicode.csv"


@case("csv in no known encoding", "encoding")
def _(tmp: Path, valid: Path) -> Path:
    (tmp / "enc.csv").write_bytes(b"Title\n\x81\x8d\x8f\n")
    return tmp / "enc.csv"


@case("csv blank lines only", "no header row")
def _(tmp: Path, valid: Path) -> Path:
    (tmp / "blank.csv").write_bytes(b"\r\n;;\r\n  \r\n")
    return tmp / "blank.csv"


@case("xlsx without any value", "no header row")
def _(tmp: Path, valid: Path) -> Path:
    return make_xlsx(tmp / "blank.xlsx", [])


@pytest.mark.parametrize("name", list(CORPUS))
def test_hostile_file_is_rejected(tmp_path: Path, valid: Path, name: str) -> None:
    _, build, fragment = CORPUS[name]
    path = build(tmp_path, valid)
    started = time.perf_counter()
    with pytest.raises(ImportRejected) as info:
        read_table(path)
    elapsed = time.perf_counter() - started
    message = str(info.value)
    assert fragment in message
    assert path.name in message
    assert "\n" not in message and "Traceback" not in message
    assert elapsed < TIME_BUDGET


def test_lying_dimension_reads_every_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Title", "N"]] + [[f"need {i}", i] for i in range(1000)]
    src = make_xlsx(tmp_path / "src.xlsx", rows)
    lying = rewrite_zip(src, tmp_path / "lying.xlsx",
                        lambda n, d: d.replace(b'<dimension ref="A1:B1001" />',
                                               b'<dimension ref="A1:A1" />'))
    with zipfile.ZipFile(lying) as z:
        assert b'<dimension ref="A1:A1" />' in z.read("xl/worksheets/sheet1.xml")
    table = read_table(lying)
    assert len(table.rows) == 1000
    assert table.rows[-1] == (1001, ["need 999", "999"])


def test_defusedxml_switched_off_refuses_xlsx(valid: Path) -> None:
    code = (
        "import sys\n"
        "from crmdesk.exchange.tabular import read_table\n"
        "from crmdesk.domain.errors import ImportRejected\n"
        "try:\n"
        "    read_table(__import__('pathlib').Path(sys.argv[1]))\n"
        "except ImportRejected as e:\n"
        "    print('REJECTED', e)\n"
    )
    env = {**os.environ, "OPENPYXL_DEFUSEDXML": "False"}
    out = subprocess.run([sys.executable, "-c", code, str(valid)], env=env, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("REJECTED") and "defusedxml" in out.stdout
