"""Reading a questionnaire back the way vendors return it: filled in, reordered, extended,
damaged, saved in another format, or hostile. Every row problem is named with its row number;
every unreadable file gives one sentence naming it."""

from __future__ import annotations

import csv
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from crmdesk.domain.enums import Priority
from crmdesk.domain.errors import ImportRejected
from crmdesk.domain.questionnaires import Coverage
from crmdesk.exchange import questionnaire_format as qf
from crmdesk.exchange.questionnaire_parse import parse_amount
from crmdesk.exchange.questionnaire_read import read_answers
from crmdesk.exchange.questionnaire_write import QuestionnaireSpec, QuestionRow, write_questionnaire

from exchange_files import rewrite_zip

COST = "Extra cost (€ excl. VAT)"


def english(_context: str, text: str) -> str:
    return text


@pytest.fixture
def sent(tmp_path: Path) -> Path:
    rows = [QuestionRow(f"BES-{i:03d}", "Ventes", f"Besoin {i}", f"Description {i}",
                        Priority.MANDATORY if i % 2 else Priority.DESIRED) for i in range(1, 7)]
    spec = QuestionnaireSpec("Projet CRM", "Vernadel", "", "Altacime CRM", "tok-read", 1, date(2026, 2, 9), rows)
    out = tmp_path / "sent.xlsx"
    write_questionnaire(out, spec, english)
    return out


def filled(src: Path, dst: Path, answers: dict[int, dict[str, object]]) -> Path:
    """Type answers by sheet row: {row: {header: value}}."""
    wb = openpyxl.load_workbook(src)
    ws = wb["Requirements"]
    cols = {c.value: c.column for c in ws[1]}
    for row, values in answers.items():
        for header, value in values.items():
            ws.cell(row, cols[header]).value = value
    wb.save(dst)
    return dst


def by_ref(path: Path) -> dict[str, tuple[object, ...]]:
    parsed = read_answers(path)
    assert not parsed.invalid, [i.text(english) for i in parsed.invalid]
    return {a.ref: (a.coverage, a.comment, a.extra_cost, a.planned_lot) for a in parsed.answers}


def test_answers_come_back_with_their_values(sent: Path, tmp_path: Path) -> None:
    path = filled(sent, tmp_path / "a.xlsx", {
        2: {"Coverage": "out of the box", "Comment": "Natif", COST: 0, "Planned lot": "Lot 1"},
        3: {"Coverage": "configuration", COST: 1250.5},
        4: {"Coverage": "not covered", "Comment": "- pas prévu"},
    })
    parsed = read_answers(path)
    assert parsed.identifier is not None
    assert (parsed.identifier.token, parsed.identifier.candidate, parsed.identifier.version) == ("tok-read",
                                                                                                 "Altacime CRM", 1)
    assert set(parsed.identifier.questions) == {f"BES-00{i}" for i in range(1, 7)}
    got = by_ref(path)
    assert got["BES-001"] == (Coverage.STANDARD, "Natif", 0.0, "Lot 1")
    assert got["BES-002"] == (Coverage.CONFIGURATION, "", 1250.5, "")
    assert got["BES-003"][0] is Coverage.NOT_COVERED
    assert got["BES-004"] == (None, "", None, "")  # sent, not answered
    assert parsed.rows_read == 6 and parsed.absent == frozenset()


def test_reordered_columns_sorted_rows_an_added_column_and_a_title_line(sent: Path, tmp_path: Path) -> None:
    path = filled(sent, tmp_path / "a.xlsx", {2: {"Coverage": "Standard", "Comment": "un"},
                                                 5: {"Coverage": "Paramétrage", COST: "2 000 €", "Comment": "quatre"}})
    wb = openpyxl.load_workbook(path)
    ws = wb["Requirements"]
    table = [[c.value for c in row] for row in ws.iter_rows()]
    header, body = table[0], table[1:]
    order = ["Comment", "Coverage", "Title", "Ref", COST, "Planned lot", "Priority"]
    body.sort(key=lambda r: r[0], reverse=True)
    ws.delete_rows(1, ws.max_row)
    ws["A1"] = "Réponses d'Altacime - confidentiel"
    new_header = ["Commentaire interne"] + order
    for c, text in enumerate(new_header, start=1):
        ws.cell(3, c).value = text
    for r, row in enumerate(body, start=4):
        ws.cell(r, 1).value = "à relire"
        for c, name in enumerate(order, start=2):
            ws.cell(r, c).value = row[header.index(name)]
    wb.save(path)
    parsed = read_answers(path)
    assert parsed.header_row == 3
    answers = {a.ref: a for a in parsed.answers}
    assert answers["BES-001"].coverage is Coverage.STANDARD and answers["BES-001"].comment == "un"
    assert answers["BES-004"].extra_cost == 2000.0 and answers["BES-004"].comment == "quatre"
    assert answers["BES-001"].row == 9  # rows sorted the other way: the report names where it is now
    notes = [n.text(english) for n in parsed.notes]
    assert "Columns not read: Commentaire interne." in notes


@pytest.mark.parametrize("typed, expected", [
    ("Standard", Coverage.STANDARD), ("OUI", Coverage.STANDARD), ("out of the box", Coverage.STANDARD),
    ("Paramétrage", Coverage.CONFIGURATION), ("parametrage", Coverage.CONFIGURATION),
    ("Développement spécifique", Coverage.CUSTOM), ("developpement specifique", Coverage.CUSTOM),
    ("custom development", Coverage.CUSTOM), ("Non couvert", Coverage.NOT_COVERED), ("non", Coverage.NOT_COVERED),
    ("not_covered", Coverage.NOT_COVERED), ("  NOT COVERED ", Coverage.NOT_COVERED),
])
def test_coverage_words_vendors_write(sent: Path, tmp_path: Path, typed: str, expected: Coverage) -> None:
    path = filled(sent, tmp_path / "a.xlsx", {2: {"Coverage": typed}})
    assert by_ref(path)["BES-001"][0] is expected


@pytest.mark.parametrize("typed, expected", [
    (1500, 1500.0), (12.5, 12.5), (1234.567, 1234.567), ("1 500", 1500.0), ("1 500,50 €", 1500.5),
    ("1.500", 1500.0), ("1,5", 1.5), ("12.50", 12.5), ("2,5 k€", 2500.0), ("3 000 € HT", 3000.0),
    ("1.234.567,89", 1234567.89), ("inclus", 0.0), ("-", None), ("", None), (None, None), ("n/a", None),
])
def test_amounts(typed: object, expected: float | None) -> None:
    assert parse_amount(typed) == expected


def test_invalid_values_are_named_with_their_row_and_column(sent: Path, tmp_path: Path) -> None:
    path = filled(sent, tmp_path / "a.xlsx", {
        2: {"Coverage": "peut-être"}, 3: {COST: "beaucoup"}, 4: {COST: -300}, 5: {"Planned lot": "x" * 201},
    })
    wb = openpyxl.load_workbook(path)
    wb["Requirements"]["A7"] = "BES-001"  # a reference given twice
    wb.save(path)
    parsed = read_answers(path)
    texts = sorted(i.text(english) for i in parsed.invalid)
    assert texts == sorted([
        'Row 2, column "Coverage": "peut-être" is not a coverage (expected: out of the box, configuration, '
        'custom development, not covered).',
        'Row 3, column "Extra cost (€ excl. VAT)": "beaucoup" is not an amount (write 1500 or 1 500,00).',
        'Row 4, column "Extra cost (€ excl. VAT)": the amount -300 is negative.',
        'Row 5, column "Planned lot": the text is longer than 200 characters.',
        "Row 7: the reference BES-001 is already on row 2.",
    ])
    assert {a.ref for a in parsed.answers} == {"BES-005"}


def test_answers_without_a_reference_are_ignored_and_said(sent: Path, tmp_path: Path) -> None:
    path = filled(sent, tmp_path / "a.xlsx", {3: {"Coverage": "standard"}})
    wb = openpyxl.load_workbook(path)
    ws = wb["Requirements"]
    ws["A3"] = None
    ws["F9"] = "standard"
    wb.save(path)
    parsed = read_answers(path)
    assert [i.text(english) for i in parsed.ignored] == [
        "Row 3: an answer without a reference was ignored.", "Row 9: an answer without a reference was ignored."]


def test_a_formula_never_computed_is_blocking_in_an_answer(sent: Path, tmp_path: Path) -> None:
    path = filled(sent, tmp_path / "a.xlsx", {3: {"Coverage": '=IF(1,"standard","")'}, 4: {"Coverage": "standard"}})
    wb = openpyxl.load_workbook(path)
    wb["Requirements"]["K2"] = "=1+1"  # outside the answers
    wb.save(path)
    parsed = read_answers(path)
    assert [i.text(english) for i in parsed.invalid] == [
        'Row 3, column "Coverage": a formula without a computed value (open and save the file in Excel first).']
    assert "BES-002" not in {a.ref for a in parsed.answers}
    assert any("K2" in n.text(english) for n in parsed.notes)


def test_a_missing_answer_column_is_reported_and_marked_absent(sent: Path, tmp_path: Path) -> None:
    path = filled(sent, tmp_path / "a.xlsx", {2: {"Coverage": "standard"}})
    wb = openpyxl.load_workbook(path)
    wb["Requirements"].delete_cols(7)  # Comment
    wb.save(path)
    parsed = read_answers(path)
    assert parsed.absent == frozenset({"comment"})
    assert 'The column "Comment" is missing: the current values of that column are kept.' in [
        n.text(english) for n in parsed.notes]


def test_other_formats_that_still_hold_the_answers(sent: Path, tmp_path: Path) -> None:
    path = filled(sent, tmp_path / "a.xlsx", {2: {"Coverage": "standard", COST: 10}})
    renamed = tmp_path / "answers.xls"
    renamed.write_bytes(path.read_bytes())
    parsed = read_answers(renamed)
    assert parsed.identifier is not None and parsed.answers[0].coverage is Coverage.STANDARD
    assert parsed.notes[0].text(english) == "The file is an Excel workbook despite its name; it was read as one."

    as_csv = tmp_path / "answers.csv"
    ws = openpyxl.load_workbook(path)["Requirements"]
    with as_csv.open("w", encoding="cp1252", newline="") as fh:  # Excel France's "CSV (;)"
        writer = csv.writer(fh, delimiter=";")
        for row in ws.iter_rows(values_only=True):
            writer.writerow(["" if v is None else str(v).replace(".", ",") if isinstance(v, float) else v
                             for v in row])
    parsed = read_answers(as_csv)
    assert parsed.kind == "csv" and parsed.identifier is None
    assert {a.ref: a.extra_cost for a in parsed.answers if a.answered} == {"BES-001": 10.0}
    assert any("CSV" in n.text(english) for n in parsed.notes)


BOMB = (b'<?xml version="1.0"?>\n<!DOCTYPE worksheet [\n <!ENTITY a "aaaaaaaaaa">\n'
        + b"".join(b' <!ENTITY %s "%s">\n' % (bytes([c]), (b"&%s;" % bytes([c - 1])) * 10)
                   for c in range(ord("b"), ord("j")))
        + b']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&i;</t></is></c></row></sheetData></worksheet>')


def _truncated(src: Path, dst: Path) -> Path:
    dst.write_bytes(src.read_bytes()[: src.stat().st_size // 2])
    return dst


def _bomb(src: Path, dst: Path) -> Path:
    return rewrite_zip(src, dst, lambda name, data: BOMB if name == "xl/worksheets/sheet2.xml" else data)


def _no_answers(src: Path, dst: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(["Nom", "Prix"])
    wb.active.append(["Licence", 55])
    wb.save(dst)
    return dst


def _newer(src: Path, dst: Path) -> Path:
    wb = openpyxl.load_workbook(src)
    wb[qf.ID_SHEET]["B2"] = qf.FORMAT_VERSION + 1
    wb.save(dst)
    return dst


@pytest.mark.parametrize("name, build, expected", [
    ("random.xlsx", lambda s, d: d.write_bytes(bytes(range(256)) * 8) and d, "not an Excel file"),
    ("cut.xlsx", _truncated, "damaged"),
    ("old.xls", lambda s, d: d.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600) and d, "97-2003"),
    ("empty.xlsx", lambda s, d: (d.write_bytes(b""), d)[1], "is empty"),
    ("bomb.xlsx", _bomb, "damaged or not a valid Excel workbook"),
    ("prices.xlsx", _no_answers, "no sheet has the columns Ref and Coverage"),
    ("newer.xlsx", _newer, "newer version of crmdesk"),
    ("notes.txt", lambda s, d: d.write_text("juste du texte\nsans colonnes\n") and d, "no sheet has the columns"),
    ("answers.pdf", lambda s, d: d.write_bytes(b"%PDF-1.4") and d, "unsupported type"),
])
def test_unreadable_files_give_one_sentence_naming_them(sent: Path, tmp_path: Path, name: str, build,  # type: ignore[no-untyped-def]
                                                        expected: str) -> None:
    path = build(sent, tmp_path / name)
    with pytest.raises(ImportRejected) as err:
        read_answers(path)
    message = str(err.value)
    assert name in message and expected in message, message
    assert "\n" not in message


def test_the_zip_prescan_runs_first(sent: Path, tmp_path: Path) -> None:
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(sent) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))
        for i in range(5_001):
            zout.writestr(f"xl/media/x{i}.bin", b"")
    with pytest.raises(ImportRejected, match="too large or suspicious"):
        read_answers(path)
