"""The hidden identifiers of the app's own files, tampered with: what the questionnaire and the
testers' workbook say of themselves (format version, campaign id, questionnaire version) set to
absurd numbers. The file is read (the identifier falls back to what it can still say) or
refused with one sentence -- never an OverflowError from SQLite (a campaign id of 1e30 used
to reach it)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from crmdesk.domain.errors import ImportRejected
from crmdesk.exchange import questionnaire_format as qf
from crmdesk.exchange import testers_workbook_format as tf

from hostile_support import Seeds, digest, preview, sentence_problems

ODD_NUMBERS: list[object] = ["1e30", "9223372036854775808", 10**30, "-5", "1e400", "-1e400", "nan", "abc", ""]
NEWER = "was made by a newer version of crmdesk"


def tampered(src: Path, out: Path, sheet: str, key: str, values: list[object]) -> list[Path]:
    """One copy of ``src`` per value, the identifier's ``key`` set to it."""
    wb = openpyxl.load_workbook(src)
    cell = next(row[1] for row in wb[sheet].iter_rows() if row[0].value == key)
    paths = []
    for n, value in enumerate(values):
        cell.value = value
        paths.append(out / f"{key}-{n}.xlsx")
        wb.save(paths[-1])
    return paths


def outcome(importer: str, pf, path: Path, candidate_id: int) -> str:  # type: ignore[no-untyped-def]
    try:
        preview(importer, pf, path, candidate_id)
    except ImportRejected as exc:
        assert not sentence_problems(str(exc), path.name), str(exc)
        return str(exc)
    return "read"


@pytest.mark.parametrize("key, importer, seed, sheet", [
    ("campaign_id", "results", "testers.xlsx", tf.ID_SHEET),
    ("format_version", "results", "testers.xlsx", tf.ID_SHEET),
    ("format_version", "answers", "questionnaire.xlsx", qf.ID_SHEET),
    ("version", "answers", "questionnaire.xlsx", qf.ID_SHEET),
])
def test_absurd_numbers_in_the_identifiers(key: str, importer: str, seed: str, sheet: str, seeds: Seeds,
                                           project: Path, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = tampered(seeds.files[seed], tmp_path, sheet, key, ODD_NUMBERS)
    before = digest(project)
    pf = workspace.open(project)
    try:
        got = {value: outcome(importer, pf, path, seeds.candidate_id)
               for value, path in zip(ODD_NUMBERS, files, strict=True)}
    finally:
        workspace.close(pf)
    assert digest(project) == before
    if key == "format_version":  # anything larger than ours is newer; what is no number is ours
        assert all(NEWER in got[v] for v in ("1e30", "9223372036854775808", 10**30, "1e400")), got
        assert all(got[v] == "read" for v in ("-5", "-1e400", "nan", "abc", "")), got
    else:  # a campaign id or questionnaire version that cannot be one is not used
        assert set(got.values()) == {"read"}, got
