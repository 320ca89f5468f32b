"""``crmdesk ranking`` through real subprocesses: text, CSV and JSON outputs parsed, and one
sentence with exit code 1 on a bad project file."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

NAMES = {"Altacime CRM", "Nuagéo Conseil + Salesforce", "Kerlance Solutions", "Opaline CRM", "Bricole Soft"}


def run(*args: str, home: Path, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRMDESK_HOME": str(home), "LANG": lang, "LC_ALL": lang, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LANGUAGE", None)
    return subprocess.run([sys.executable, "-m", "crmdesk", *args], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def test_json_csv_and_text_agree(demo_path: Path, home: Path):
    result = run("ranking", str(demo_path), "--format", "json", home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    rows = data["ranking"]
    assert {r["candidate"] for r in rows} == NAMES
    ranked = [r for r in rows if r["rank"] is not None]
    assert ranked[0]["rank"] == 1 and ranked[0]["status"] != "eliminated"
    assert [r["weighted_score"] for r in ranked] == sorted((r["weighted_score"] for r in ranked), reverse=True)
    out = {r["candidate"]: r for r in rows if r["rank"] is None}
    assert out["Opaline CRM"]["status"] == "eliminated" and "knock-out on BES-050" in out["Opaline CRM"]["reason"]
    assert out["Bricole Soft"]["reason"].startswith("pilot's decision: ")
    assert data["horizon_years"] == 3 and data["sensitivity"]["winners"] == [ranked[0]["candidate"]]
    assert all(r["tco"] > 0 for r in rows)

    result = run("ranking", str(demo_path), "--format", "csv", home=home)
    assert result.returncode == 0, result.stderr
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(table[0]) == ["rank", "candidate", "weighted_score", "tco", "status", "reason"]
    assert [r["candidate"] for r in table] == [r["candidate"] for r in rows]
    assert [r["rank"] for r in table] == ["" if r["rank"] is None else str(r["rank"]) for r in rows]
    for line, row in zip(table, rows, strict=True):
        assert abs(float(line["weighted_score"]) - row["weighted_score"]) < 0.01
        assert abs(float(line["tco"]) - row["tco"]) < 0.01

    result = run("ranking", str(demo_path), home=home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["Rank", "Candidate", "Weighted"]
    first = lines[2]
    assert first.split()[0] == "1" and ranked[0]["candidate"] in first and "€" in first and "%" in first
    opaline = next(line for line in lines if "Opaline CRM" in line)
    assert opaline.lstrip().startswith("—") and "eliminated (knock-out on BES-050" in opaline
    assert lines[-1].startswith("Sensitivity: ")


def test_text_follows_the_system_language(demo_path: Path, home: Path):
    result = run("ranking", str(demo_path), home=home, lang="fr_FR.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "Altacime CRM" in result.stdout and "€" in result.stdout


def test_an_empty_project_has_no_candidate(tmp_path: Path, home: Path):
    assert run("new", str(tmp_path / "vide"), home=home).returncode == 0
    result = run("ranking", str(tmp_path / "vide.crmdesk"), "--format", "json", home=home)
    assert result.returncode == 0 and json.loads(result.stdout)["ranking"] == []
    result = run("ranking", str(tmp_path / "vide.crmdesk"), home=home)
    assert result.returncode == 0 and result.stdout.strip() == "No candidate yet."


@pytest.mark.parametrize("content", [b"not a project", None])
def test_a_bad_project_file_is_one_sentence_and_exit_1(tmp_path: Path, home: Path, content: bytes | None):
    path = tmp_path / "cassé.crmdesk"
    if content is not None:
        path.write_bytes(content)
    result = run("ranking", str(path), home=home)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("crmdesk: ") and lines[0].endswith(".")


def test_a_bad_format_is_a_usage_error(demo_path: Path, home: Path):
    result = run("ranking", str(demo_path), "--format", "xml", home=home)
    assert result.returncode == 2 and "Traceback" not in result.stderr
