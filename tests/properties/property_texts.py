"""Text strategies and workbook checks shared by the round-trip properties.

What "identical" means here: the text as the app stores it (after the service's own cleaning,
e.g. a title's whitespace collapsed) comes back equal to ``clean_text(stored)``.
``crmdesk.exchange.cells.clean_text`` is the one documented normalisation of every exported
cell: CR LF and lone CR become LF, characters XML 1.0 cannot hold (control characters other
than tab/LF/CR, U+FFFE/U+FFFF) are removed, and text is cut at Excel's 32,767 characters.
Single-line fields (titles, names, domains) are also whitespace-collapsed by the app, so their
expected value is ``one_line(clean_text(stored))``.

Strategies:
* ``typed_text`` / ``typed_line``: what a user may type or paste in the app — accents, emoji
  (astral plane), RTL text and marks, newlines (LF, CR LF, lone CR), tabs, a leading
  ``= + - @ '``, formulas (``=HYPERLINK(…)``, DDE), Excel error codes, numbers and dates as
  text, markup, spaces at both ends, long texts (a few thousand characters; single-line
  fields sometimes filled up to their limit), and in multi-line texts rarely a pasted control
  character.
* ``answer_text``: text a reader gives back (a vendor's or tester's answer, a need's
  description): free text, read as typed — outer spaces, tabs and line breaks included (the
  readers strip only refs, names, headers and choices). Text that is whitespace alone is no
  text, so it starts or ends with a visible character on at least one side.

Texts holding a literal ``_xHHHH_`` (``_x0041_``: how Excel escapes characters in XML) are
written escaped (``_x005F_x0041_``) and read back unescaped. Only the escape of an escape
(a user typing ``_x005F_x0041_`` itself) is left out: openpyxl removes every ``x005F_`` from
shared strings, so that text cannot come back from a workbook openpyxl reads.

Checks: ``assert_safe_workbook`` (no formula anywhere, quote-prefixed dangerous text, Excel's
limits), ``sheet_rows`` (a sheet's values), ``type_in_cell`` (typing in a cell as Excel stores
it).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.cell.cell import ERROR_CODES

from crmdesk.db.project_file import ProjectFile
from crmdesk.exchange.cells import clean_text, excel_unescape, is_dangerous

# The ``fresh_project`` fixture: ``with fresh_project(name) as (project_file, folder):``
ProjectMaker = Callable[..., AbstractContextManager[tuple[ProjectFile, Path]]]


def round_trip_settings(max_examples: int) -> settings:
    """Settings of the round-trip properties. Every example writes real project files and
    workbooks (a few tenths of a second): no deadline, no too_slow health check, and only one
    failure reported (shrinking one that writes workbooks already takes minutes). The fixtures
    are session-scoped, so the function_scoped_fixture check needs no suppression."""
    return settings(max_examples=max_examples, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    report_multiple_bugs=False)


# --------------------------------------------------------------------------- building blocks
_ESCAPED_ESCAPE = re.compile(r"_x005[Ff]_x[0-9A-Fa-f]{4}_")  # see the module docstring
HOSTILE_LEADS = (
    "=", "+", "-", "@", "'", "=HYPERLINK(\"http://evil.example\",\"clic\")", "+33 6 12 34 56 78",
    "-1", "@SUM(A1:A9)", "=1+1", "'=2+2", "#N/A", "#DIV/0!", "=cmd|' /C calc'!A0",
)
_SAMPLES = (
    "é", "àçèùœß", "Zoë", "Ærøskøbing", "naïve café", "😀", "👍🏽", "🇫🇷", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠜎",
    "שלום", "مرحبا بالعالم", "\u200f", "\u200e", "\u202eabc", "\u00a0", "\u202f", "\u2028", "\u0085",
    "\n", "\r\n", "\t", "  ", "\r", "_x41_", "x005F_", "_x00e9", "_x0041_", "code_x00E9_", "<b>&amp;</b>", "<r>x</r>", '"quoted"', "'",
    "0123", "1,5", "1e5", "31/12/2025", "2025-12-31", "TRUE", "BES-001", "CT-001", "{refs}", "%s",
    "A1:B2", "SUM(A1)", ";", ",", "/",
)
# Everything a user can paste except lone surrogates (Qt cannot hold them either).
_ANY_CHAR = st.characters(codec="utf-8", exclude_categories=("Cs",))
# What a person types in a spreadsheet cell: no C0/C1 controls besides tab, LF and CR.
_CELL_CHAR = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("\t\n\r")
_VISIBLE = st.sampled_from(("=", "+", "-", "@", "'", "é", "😀", "א", "x", "1", "#", "_", "\u00ab"))


def _no_escape(text: str) -> str:
    """``text`` without the escape of an escape, even once cleaned (see the module docstring)."""
    while _ESCAPED_ESCAPE.search(text) or _ESCAPED_ESCAPE.search(clean_text(text)):
        text = re.sub("x005([Ff])", r"y005\1", text)
    return text


def _pieces(chars: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(_SAMPLES), st.text(chars, min_size=1, max_size=10))


def _body(chars: st.SearchStrategy[str], long_ok: bool) -> st.SearchStrategy[str]:
    short = st.lists(_pieces(chars), max_size=6).map("".join)
    if not long_ok:
        return short
    long = st.builds(lambda piece, n: (piece + " ") * n, _pieces(chars), st.integers(100, 600))
    return st.one_of(short, short, short, long)


def _lead() -> st.SearchStrategy[str]:
    spaces = st.sampled_from((" ", "  ", "\t", "\n", "\r\n"))
    return st.one_of(st.just(""), st.sampled_from(HOSTILE_LEADS), spaces)


def typed_text(*, long_ok: bool = True, controls: bool = True) -> st.SearchStrategy[str]:
    """Multi-line free text as the pilot types or pastes it (may be empty)."""
    chars = _ANY_CHAR if controls else _CELL_CHAR
    trail = st.sampled_from(("", "", " ", "\n", "\t ", "\r\n"))
    return st.builds(lambda a, b, c: _no_escape(a + b + c), _lead(), _body(chars, long_ok), trail)


def one_line(text: str) -> str:
    """What the app keeps of a single-line field (titles, names): whitespace collapsed."""
    return " ".join(text.split())


def typed_line(limit: int) -> st.SearchStrategy[str]:
    """A title or name as typed (at most ``limit`` characters once collapsed, never blank: the
    app refuses blank titles and names); sometimes filled up to the limit."""
    full = st.builds(lambda lead, piece: (lead + (piece + " ") * limit)[:limit],
                     st.sampled_from(("", *HOSTILE_LEADS)), _pieces(_CELL_CHAR))
    short = typed_text(long_ok=False, controls=False)
    return st.one_of(short, short, full).map(lambda t: _no_escape(t[:limit])).filter(
        lambda t: bool(one_line(t)) and len(one_line(t)) <= limit)


def answer_text(*, long_ok: bool = True, controls: bool = False) -> st.SearchStrategy[str]:
    """Text for a field a reader gives back (a vendor's or tester's answer, a need's
    description…), outer whitespace included (see the module docstring); it holds a visible
    character. ``controls``: may hold pasted control characters (text typed in the app; a
    spreadsheet cell cannot hold them)."""
    spaces = st.sampled_from(("", "", " ", "  ", "\t", "\n", "\r\n", " \n  "))
    lead = st.one_of(st.sampled_from(HOSTILE_LEADS), _VISIBLE)
    body = _body(_ANY_CHAR if controls else _CELL_CHAR, long_ok)
    return st.builds(lambda before, a, b, c, after: _no_escape(before + a + b + c + after),
                     spaces, lead, body, _VISIBLE, spaces)


def expected_cell(stored: str) -> str | None:
    """The value openpyxl reads back from a cell the app wrote for ``stored`` (None: empty)."""
    return clean_text(stored) or None


# ------------------------------------------------------------------------- typing in Excel
def type_in_cell(cell: Any, text: str | None) -> None:
    """Type ``text`` in a cell as Excel stores it: text the user wants literally (leading
    ``=`` and friends) is typed with a leading apostrophe, which Excel saves as a plain string
    cell with the quotePrefix style, never as a formula."""
    cell.value = text
    if isinstance(text, str) and (is_dangerous(text) or text in ERROR_CODES):
        cell.data_type = "s"
        cell.quotePrefix = True


# ----------------------------------------------------------------------------- inspection
_FORMULA_TAG_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")


def utf16_len(text: str) -> int:
    """Excel counts characters in UTF-16 code units: an emoji counts two."""
    return len(text.encode("utf-16-le")) // 2


def assert_safe_workbook(path: Path) -> list[str]:
    """The checks every exported workbook passes; returns every string cell value (for the
    callers' identity checks).

    * No cell of any sheet (very hidden ones included) is a formula, and every text a
      spreadsheet could take for one (leading ``= + - @``, tab, CR, LF, or an error code such
      as ``#N/A``) is a string cell with Excel's leading-apostrophe style (quotePrefix), so
      that even editing the cell (F2, Enter) keeps it text.
    * Nothing Excel refuses to open ("We found a problem with some content") or cuts: a cell
      of more than 32,767 characters, an inline drop-down list of more than 255 characters,
      data-validation titles (32) and messages (255) over their limits — Excel counts UTF-16
      code units.
    """
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                assert not _FORMULA_TAG_RE.search(archive.read(name)), f"a formula element in {name}"
    texts: list[str] = []
    wb = load_workbook(path)
    try:
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    where = f"{ws.title}!{cell.coordinate}"
                    assert cell.data_type != "f", f"{where} is a formula: {cell.value!r}"
                    value = cell.value
                    if not isinstance(value, str):
                        continue
                    value = excel_unescape(value)  # what Excel shows (see the module docstring)
                    texts.append(value)
                    assert utf16_len(value) <= 32_767, f"{where} holds more than Excel allows"
                    if is_dangerous(value) or value in ERROR_CODES:
                        assert cell.data_type == "s", f"{where}: {value!r} is not a string cell"
                        assert cell.quotePrefix, f"{where}: {value!r} has no quotePrefix"
            for dv in ws.data_validations.dataValidation:
                formula = dv.formula1 or ""
                if dv.type == "list" and formula.startswith('"'):
                    assert utf16_len(formula) <= 255, f"{ws.title}: an inline list of {utf16_len(formula)} units"
                limits = ((dv.errorTitle, 32), (dv.promptTitle, 32), (dv.error, 255), (dv.prompt, 255))
                for text, limit in limits:
                    assert utf16_len(text or "") <= limit, f"{ws.title}: {text!r} is over {limit} characters"
    finally:
        wb.close()
    return texts


def sheet_rows(path: Path, title: str) -> list[list[object]]:
    """The values of one sheet, row by row (the header row included)."""
    wb = load_workbook(path, read_only=True)
    try:
        ws = wb[title]
        ws.reset_dimensions()
        return [[excel_unescape(v) if isinstance(v, str) else v for v in row]
                for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()
