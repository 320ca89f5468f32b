"""``crmdesk sprint`` through real subprocesses: a sprint's stories by column and its burndown,
as text or JSON; one sentence and exit code 1 for a bad file or an unknown sprint, the project
left byte-identical."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, home: Path, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRMDESK_HOME": str(home), "LANG": lang, "LC_ALL": lang, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LANGUAGE", None)
    return subprocess.run([sys.executable, "-m", "crmdesk", *args], capture_output=True, text=True, env=env, check=False,
                          timeout=120)


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


def test_the_current_sprint_as_text(demo_path, home):
    before = digest(demo_path)
    result = run("sprint", str(demo_path), home=home)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith("Sprint 4 – ADV et Outlook (active)")
    for heading in ("To do — stories:", "In progress — stories:", "In acceptance — stories:", "Done — stories:",
                    "Burndown (committed 26 points)"):
        assert heading in text
    assert "(WIP limit 3 exceeded)" in text
    assert "US-018" in text and "BES-004" in text
    burndown = text.split("Burndown")[1].splitlines()[2:23]
    assert len(burndown) == 21 and burndown[0].split()[1:] == ["26", "26"]
    assert burndown[-1].split()[-1] == "0"
    assert "re-estimated (+3)" in text
    assert digest(demo_path) == before  # printing changes nothing


def test_a_closed_sprint_as_json(demo_path, home):
    result = run("sprint", str(demo_path), "--sprint", "2", "--format", "json", home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    sprint = data["sprint"]
    assert (sprint["number"], sprint["status"], sprint["velocity"], sprint["committed_points"]) == (2, "closed", 24, 27)
    assert [c["key"] for c in data["columns"]] == ["todo", "in_progress", "in_acceptance", "done"]
    done = data["columns"][3]
    assert done["count"] == 6 and done["points"] == 24 and all(s["needs"] for s in done["stories"])
    days = data["burndown"]["days"]
    assert len(days) == 21 and days[0]["date"] == sprint["start_date"] and days[-1]["date"] == sprint["end_date"]
    assert days[0]["ideal"] == 27 and days[-1]["ideal"] == 0 and days[-1]["remaining"] == 3
    assert all(d["remaining"] is not None for d in days)
    assert {e["kind"] for e in data["burndown"]["events"]} == {"estimate", "reopened", "removed"}


def test_refusals_are_one_sentence(demo_path, home, tmp_path):
    before = digest(demo_path)
    line = one_sentence_failure(run("sprint", str(demo_path), "--sprint", "9", home=home))
    assert line == "crmdesk: There is no sprint 9 in this project."
    assert digest(demo_path) == before
    junk = tmp_path / "notes.crmdesk"
    junk.write_text("pas une base SQLite", encoding="utf-8")
    line = one_sentence_failure(run("sprint", str(junk), home=home))
    assert "not a crmdesk project" in line
    assert junk.read_text(encoding="utf-8") == "pas une base SQLite"
    line = one_sentence_failure(run("sprint", str(tmp_path / "absent.crmdesk"), home=home))
    assert "does not exist" in line
    result = run("new", str(tmp_path / "vide"), home=home)
    assert result.returncode == 0, result.stderr
    line = one_sentence_failure(run("sprint", str(tmp_path / "vide.crmdesk"), home=home))
    assert line == "crmdesk: This project has no sprint yet."
    result = run("sprint", str(demo_path), "--format", "xml", home=home)
    assert result.returncode == 2 and "Traceback" not in result.stderr
