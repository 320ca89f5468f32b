"""``crmdesk questionnaire`` and ``crmdesk import-answers`` through real subprocesses: the file a
vendor gets, the report, the backup before applying, and refusals that leave the project
byte-identical."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest


def run(*args: str, home: Path, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRMDESK_HOME": str(home), "LANG": lang, "LC_ALL": lang, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LANGUAGE", None)
    return subprocess.run([sys.executable, "-m", "crmdesk", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def failure(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 or code == 2, lines
    return lines[-1]


def fill(src: Path, dst: Path, answers: dict[str, tuple[object, ...]]) -> Path:
    wb = openpyxl.load_workbook(src)
    ws = wb["Requirements"]
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    for ref, values in answers.items():
        for col, value in zip((6, 7, 8, 9), values, strict=False):
            ws.cell(rows[ref], col).value = value
    wb.save(dst)
    return dst


def answers_in(project: Path, candidate: str) -> dict[str, tuple[object, ...]]:
    with sqlite3.connect(project) as conn:
        return {ref: (cov, comment, cost) for ref, cov, comment, cost in conn.execute(
            "select n.ref, a.coverage, a.comment, a.extra_cost from vendor_answer a join need n on n.id = a.need_id "
            "join candidate c on c.id = a.candidate_id where c.name = ?", (candidate,))}


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def test_send_dry_run_import_then_refuse_invalid_values(home: Path, demo_path: Path, tmp_path: Path) -> None:
    sent = tmp_path / "opaline.xlsx"
    result = run("questionnaire", str(demo_path), "--candidate", "opaline crm", str(sent), "--lang", "en", home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Questionnaire version 1 for Opaline CRM written to {sent}"
    wb = openpyxl.load_workbook(sent)
    assert wb.sheetnames == ["Instructions", "Requirements", "_crmdesk"]
    assert wb["Requirements"]["A2"].value == "BES-001" and wb["Requirements"].max_row == 65  # 64 needs asked

    back = fill(sent, tmp_path / "back.xlsx", {"BES-001": ("out of the box", "Natif"),
                                                "BES-041": ("not covered", "Pas de mode hors ligne"),
                                                "BES-050": ("custom development", "Export CSV", "2 500 €", "Lot 2")})
    before = digest(demo_path)
    result = run("import-answers", str(demo_path), str(back), "--dry-run", home=home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == "Candidate: Opaline CRM (named by the questionnaire, version 1)"
    assert lines[2].startswith("Answers: 3 new, 0 replacing")
    assert "Needs without an answer: 61 (28 mandatory)" in lines
    assert lines[-1] == "Dry run: the project was not changed."
    assert digest(demo_path) == before

    result = run("import-answers", str(demo_path), str(back), home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "Answers imported: 3 new, 0 replaced, 0 unchanged."
    assert answers_in(demo_path, "Opaline CRM") == {"BES-001": ("standard", "Natif", None),
                                                    "BES-041": ("not_covered", "Pas de mode hors ligne", None),
                                                    "BES-050": ("custom", "Export CSV", 2500.0)}
    assert any("pre-import" in p.name for p in (home).rglob("*") if p.is_file())

    bad = fill(back, tmp_path / "bad.xlsx", {"BES-041": ("peut-être",), "BES-002": ("standard", "", -5)})
    before = digest(demo_path)
    result = run("import-answers", str(demo_path), str(bad), home=home)
    line = failure(result)
    assert line == ("crmdesk: bad.xlsx has 2 invalid values: correct them and import the file again; "
                    "nothing was imported.")
    assert 'column "Coverage": "peut-être" is not a coverage' in result.stdout
    assert digest(demo_path) == before


def test_blank_questionnaire_needs_the_candidate(home: Path, demo_path: Path, tmp_path: Path) -> None:
    blank = tmp_path / "blank.xlsx"
    result = run("questionnaire", str(demo_path), "--blank", str(blank), "--lang", "en", home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Blank questionnaire (version 1) written to")
    back = fill(blank, tmp_path / "answered.xlsx", {"BES-003": ("Paramétrage", "Règle de doublon")})
    before = digest(demo_path)
    line = failure(run("import-answers", str(demo_path), str(back), home=home))
    assert "answered.xlsx is a blank questionnaire" in line and "--candidate NAME" in line
    assert digest(demo_path) == before
    result = run("import-answers", str(demo_path), str(back), "--candidate", "Bricole Soft", home=home)
    assert result.returncode == 0, result.stderr
    assert answers_in(demo_path, "Bricole Soft") == {"BES-003": ("configuration", "Règle de doublon", None)}


def test_refusals_leave_the_project_byte_identical(home: Path, demo_path: Path, tmp_path: Path) -> None:
    before = digest(demo_path)
    damaged = tmp_path / "reponses.xlsx"
    damaged.write_bytes(b"PK\x03\x04 truncated zip")
    assert "reponses.xlsx" in failure(run("import-answers", str(demo_path), str(damaged), home=home))
    assert 'No candidate is named "Personne"' in failure(
        run("questionnaire", str(demo_path), "--candidate", "Personne", str(tmp_path / "x.xlsx"), home=home))
    assert not (tmp_path / "x.xlsx").exists()
    failure(run("questionnaire", str(demo_path), str(tmp_path / "x.xlsx"), home=home), code=2)
    assert digest(demo_path) == before
