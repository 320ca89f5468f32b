"""``crmdesk campaign``, ``signoff``, ``export-campaign`` and ``import-results`` through real
subprocesses on the demo: listing, one campaign's results and go/no-go (text and JSON), the PV
as PDF, the testers' workbook round trip; refusals are one sentence with exit code 1 (2 for a
usage error) and leave the project byte-identical."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

CAMPAIGN = "Recette en pré-production – Lot 1"


def run(*args: str, home: Path, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRMDESK_HOME": str(home), "LANG": lang, "LC_ALL": lang, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LANGUAGE", None)
    return subprocess.run([sys.executable, "-m", "crmdesk", *args], capture_output=True, text=True, env=env,
                          check=False, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_sentence_failure(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    return lines[0]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def test_list_and_one_campaign(demo_path, home):
    before = digest(demo_path)
    result = run("campaign", str(demo_path), home=home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("VABF – Lot 1 Socle commercial  [VABF, closed]") and "24/24 cases run (100 %)" in lines[0]
    assert lines[2].startswith(f"{CAMPAIGN}  [pre-production acceptance, running]") and "20/24 cases run (83 %)" in lines[2]
    result = run("campaign", str(demo_path), "--campaign", CAMPAIGN.upper(), "--format", "json", home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["campaign"]["kind"] == "preproduction" and data["results"] == {
        "passed": 12, "failed": 6, "blocked": 2, "not_run": 4}
    criteria = {c["key"]: (c["value"], c["met"]) for c in data["go_no_go"]["criteria"]}
    assert criteria == {"mandatory_passed": (46.2, False), "blocking_open": (1, False), "major_open": (3, True)}
    assert data["go_no_go"]["go"] is False and len(data["cases"]) == 24
    assert sorted(d["severity"] for d in data["open_defects"]) == ["blocking", "major", "major", "major", "minor", "minor"]
    result = run("campaign", str(demo_path), "--campaign", CAMPAIGN, home=home)
    assert "Blocking defects open: 1 (at most 0) – NOT met" in result.stdout
    assert "Decision suggested: NO-GO" in result.stdout and "ANO-013  blocking" in result.stdout
    assert digest(demo_path) == before


def test_signoff_writes_the_pv(demo_path, home, tmp_path):
    before = digest(demo_path)
    out = tmp_path / "PV de recette.pdf"
    result = run("signoff", str(demo_path), "--campaign", CAMPAIGN, str(out), "--lang", "en", home=home)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(out))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert len(reader.pages) >= 2 and f"Page {len(reader.pages)} of {len(reader.pages)}" in text
    assert "Projet CRM « Cap Client 2026 »" in text and CAMPAIGN in text and "Vernadel Équipements" in text
    assert "ANO-013 (blocking): Synchronisation nocturne ERP → CRM en erreur en pré-production" in text
    assert digest(demo_path) == before
    line = one_sentence_failure(run("signoff", str(demo_path), "--campaign", CAMPAIGN,
                                    str(tmp_path / "absent" / "pv.pdf"), home=home))
    assert "does not exist" in line and digest(demo_path) == before


def test_testers_workbook_round_trip(demo_path, home, tmp_path):
    sheet = tmp_path / "campagne.xlsx"
    result = run("export-campaign", str(demo_path), "--campaign", CAMPAIGN, str(sheet), "--lang", "en", home=home)
    assert result.returncode == 0, result.stderr
    wb = load_workbook(sheet)
    ws = wb.worksheets[1]
    rows = {ws.cell(r, 1).value: r for r in range(ws.max_row, 1, -1) if ws.cell(r, 4).value is None}
    ws.cell(rows["CT-019"], 7).value = "OK"
    ws.cell(rows["CT-019"], 10).value = "Marc Aubert"
    ws.cell(rows["CT-022"], 7).value = "peut-être"
    wb.save(tmp_path / "invalide.xlsx")
    ws.cell(rows["CT-022"], 7).value = "KO"
    wb.save(tmp_path / "rempli.xlsx")
    before = digest(demo_path)
    result = run("import-results", str(demo_path), str(tmp_path / "invalide.xlsx"), home=home)
    assert "peut-être" in result.stdout
    assert "invalid values" in one_sentence_failure(result) and digest(demo_path) == before
    result = run("import-results", str(demo_path), str(tmp_path / "rempli.xlsx"), "--dry-run", home=home)
    assert result.returncode == 0 and "Attempts to record: 2" in result.stdout and digest(demo_path) == before
    result = run("import-results", str(demo_path), str(tmp_path / "rempli.xlsx"), home=home)
    assert result.returncode == 0, result.stderr
    assert "Results recorded: 2 attempts, 1 defects created, 0 re-opened." in result.stdout
    after = digest(demo_path)
    assert after != before
    result = run("import-results", str(demo_path), str(tmp_path / "rempli.xlsx"), home=home)
    assert "run in crmdesk since the export" in one_sentence_failure(result) and digest(demo_path) == after
    data = json.loads(run("campaign", str(demo_path), "--campaign", CAMPAIGN, "--format", "json", home=home).stdout)
    assert data["results"]["not_run"] == 2 and data["results"]["passed"] == 13


def test_refusals_are_one_sentence(demo_path, home, tmp_path):
    before = digest(demo_path)
    line = one_sentence_failure(run("campaign", str(demo_path), "--campaign", "VSR", home=home))
    assert line == 'crmdesk: There is no campaign named "VSR" in this project.'
    broken = tmp_path / "abîmé.xlsx"
    broken.write_bytes(b"PK\x03\x04 pas vraiment un classeur")
    line = one_sentence_failure(run("import-results", str(demo_path), str(broken), home=home))
    assert "abîmé.xlsx" in line
    closed = one_sentence_failure(run("export-campaign", str(demo_path), "--campaign", "VABF – Lot 1 Socle commercial",
                                      str(tmp_path / "vabf.xlsx"), home=home))
    assert "is closed" in closed and not (tmp_path / "vabf.xlsx").exists()
    assert digest(demo_path) == before
    result = run("signoff", str(demo_path), str(tmp_path / "pv.pdf"), home=home)  # --campaign is required
    assert result.returncode == 2 and "Traceback" not in result.stderr
