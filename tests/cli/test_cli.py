"""The command line through real subprocesses: exit codes, one-sentence errors, no traceback,
and the project file byte-identical after every refusal."""

from __future__ import annotations

import csv
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from crmdesk.db.migrate import HEAD


def run(*args: str, home: Path, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRMDESK_HOME": str(home), "LANG": lang, "LC_ALL": lang,
           "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LANGUAGE", None)
    return subprocess.run([sys.executable, "-m", "crmdesk", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_clean_failure(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines, "an error must say something"
    return lines[-1]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def test_version(home):
    result = run("--version", home=home)
    assert result.returncode == 0
    assert result.stdout.startswith("crmdesk ")


def test_new_demo_check_export(home, tmp_path):
    result = run("new", str(tmp_path / "vide"), home=home)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "vide.crmdesk").exists()

    result = run("demo", str(tmp_path / "demo.crmdesk"), home=home)
    assert result.returncode == 0, result.stderr
    result = run("check", str(tmp_path / "demo.crmdesk"), home=home)
    assert result.returncode == 0, result.stderr
    assert f"Schema version: {HEAD}" in result.stdout and "Integrity: ok" in result.stdout

    out = tmp_path / "export.xlsx"
    result = run("export", str(tmp_path / "demo.crmdesk"), str(out), "--lang", "en", home=home)
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == ["Needs", "Domains"]
    ws = wb["Needs"]
    assert [c.value for c in ws[1]][:5] == ["Ref", "Title", "Domain", "Priority", "Status"]
    assert ws["A2"].value == "BES-001"
    assert ws.max_row == 67


def test_export_follows_the_language(home, tmp_path):
    run("demo", str(tmp_path / "demo.crmdesk"), home=home)
    out = tmp_path / "fr.xlsx"
    result = run("export", str(tmp_path / "demo.crmdesk"), str(out), home=home, lang="fr_FR.UTF-8")
    assert result.returncode == 0, result.stderr
    ws = openpyxl.load_workbook(out).worksheets[0]
    assert ws.title == "Besoins"
    assert ws["B1"].value == "Titre"
    assert {ws.cell(r, 4).value for r in range(2, ws.max_row + 1)} <= {"impératif", "souhaité", "optionnel"}


def test_import_needs_dry_run_then_apply(home, tmp_path):
    project = tmp_path / "demo.crmdesk"
    run("demo", str(project), home=home)
    source = tmp_path / "besoins.csv"
    with source.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Réf", "Titre", "Priorité"])
        writer.writerow(["", "Importer les contacts depuis Outlook", "impératif"])
        writer.writerow(["BES-001", "Fiche compte unique et partagée", ""])
        writer.writerow(["BES-999", "Inconnu", ""])
    before = digest(project)
    result = run("import-needs", str(project), str(source), "--dry-run", home=home)
    assert result.returncode == 0, result.stderr
    assert "Needs to create: 1" in result.stdout
    assert "Needs to update (matched on their ref): 1" in result.stdout
    assert "row 4" in result.stdout and "BES-999" in result.stdout
    assert digest(project) == before

    result = run("import-needs", str(project), str(source), home=home)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(project) as conn:
        titles = dict(conn.execute("select ref, title from need"))
    assert titles["BES-001"] == "Fiche compte unique et partagée"
    assert titles["BES-067"] == "Importer les contacts depuis Outlook"


@pytest.mark.parametrize("content, expected", [
    (b"", "not a crmdesk project"),
    (b"hello, this is text", "not a crmdesk project"),
])
def test_refused_project_files(home, tmp_path, content, expected):
    path = tmp_path / "x.crmdesk"
    path.write_bytes(content)
    before = digest(path)
    for args in (("check", str(path)), ("export", str(path), str(tmp_path / "o.xlsx"))):
        line = assert_clean_failure(run(*args, home=home))
        assert expected in line
        assert digest(path) == before
    assert not (tmp_path / "o.xlsx").exists()


def test_foreign_sqlite_database_is_refused(home, tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table t(x)")
    before = digest(path)
    line = assert_clean_failure(run("check", str(path), home=home))
    assert "SQLite database but not a crmdesk project" in line
    assert digest(path) == before


def test_missing_file_and_usage_errors(home, tmp_path):
    line = assert_clean_failure(run("check", str(tmp_path / "nope.crmdesk"), home=home))
    assert "does not exist" in line
    assert_clean_failure(run("export", home=home), code=2)
    assert_clean_failure(run("check", "--bogus", "x", home=home), code=2)


def test_bad_import_file_leaves_the_project_byte_identical(home, tmp_path):
    project = tmp_path / "demo.crmdesk"
    run("demo", str(project), home=home)
    before = digest(project)
    bad = tmp_path / "needs.xlsx"
    bad.write_bytes(b"PK\x03\x04 truncated zip")
    line = assert_clean_failure(run("import-needs", str(project), str(bad), home=home))
    assert "needs.xlsx" in line
    assert digest(project) == before


def test_second_instance_is_refused_while_a_project_is_open(home, tmp_path):
    from crmdesk.db.project_file import ProjectFile

    project = tmp_path / "demo.crmdesk"
    run("demo", str(project), home=home)
    pf = ProjectFile.open(project)
    try:
        line = assert_clean_failure(run("export", str(project), str(tmp_path / "o.xlsx"), home=home))
        assert "open in another window" in line
    finally:
        pf.close()


def test_errors_are_in_french_on_a_french_system(home, tmp_path):
    line = assert_clean_failure(run("check", str(tmp_path / "nope.crmdesk"), home=home, lang="fr_FR.UTF-8"))
    assert "n'existe pas" in line


def test_screenshots_render_every_tab(home, tmp_path):
    project = tmp_path / "demo.crmdesk"
    run("demo", str(project), home=home)
    result = run("screenshots", str(project), str(tmp_path / "shots"), "--lang", "fr", home=home)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert names == ["acceptance.png", "needs.png", "project.png", "selection.png", "sprints.png"]
    assert all((tmp_path / "shots" / n).stat().st_size > 10_000 for n in names)
