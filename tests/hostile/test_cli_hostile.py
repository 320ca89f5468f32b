"""Hostile files through the three import commands, in real subprocesses (``python -m crmdesk``,
what the ``crmdesk`` console script runs): exit code 1, ONE line on stderr (in the user's
language), no traceback, and the project file byte-identical -- without ``--dry-run``, so
nothing but the refusal stands between the file and the project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from crmdesk.domain.errors import ImportRejected

from hostile_support import CANDIDATE, Seeds, digest, preview, sentence_problems
from make_corpus import CASES_BY_FILE, CORPUS_DIR

COMMANDS = {"needs": ["import-needs"], "answers": ["import-answers", "--candidate", CANDIDATE],
            "results": ["import-results"]}
RUNS = [  # (importer, corpus file or large file, language)
    ("needs", "entity_bomb.xlsx", "en"),
    ("needs", "utf16le_nobom.csv", "fr"),
    ("needs", "million_rows.csv", "en"),
    ("answers", "zip_bomb_ratio.xlsx", "en"),
    ("answers", "truncated.xlsx", "fr"),
    ("results", "ods_renamed.xlsx", "en"),
    ("results", "cell_40000.xlsx", "en"),
    ("results", "date_overflow.xlsx", "fr"),  # openpyxl warns while reading it: not on stderr
]


def run(importer: str, project: Path, file: Path, lang: str, home: Path) -> subprocess.CompletedProcess[str]:
    locale = "fr_FR.UTF-8" if lang == "fr" else "en_US.UTF-8"
    env = {**os.environ, "CRMDESK_HOME": str(home), "LANG": locale, "LC_ALL": locale, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LANGUAGE", None)
    command, *options = COMMANDS[importer]
    return subprocess.run([sys.executable, "-m", "crmdesk", command, str(project), str(file), *options],
                          capture_output=True, text=True, env=env, timeout=120)


def expected_sentences(paths: dict[str, Path], seeds: Seeds, tmp_path: Path) -> dict[tuple[str, str, str], str]:
    """The refusal each run's user must read: what the preview raises in-process, translated
    into the run's language, with the file name."""
    from crmdesk.i18n import translator
    from crmdesk.paths import AppPaths
    from crmdesk.services.workspace import Workspace

    project = tmp_path / "expected.crmdesk"
    shutil.copyfile(seeds.project, project)
    workspace = Workspace(AppPaths.under(tmp_path / "home-expected").ensure())
    pf = workspace.open(project)
    out = {}
    try:
        for run_ in RUNS:
            importer, file, lang = run_
            with pytest.raises(ImportRejected) as info:
                preview(importer, pf, paths[file], seeds.candidate_id)
            out[run_] = translator(lang)("Errors", info.value.template).format(**info.value.params)
    finally:
        workspace.close(pf)
    return out


def test_import_commands_refuse_hostile_files(seeds: Seeds, large_files: dict[str, Path], tmp_path: Path) -> None:
    paths = {file: large_files.get(file) or CORPUS_DIR / file for _, file, _ in RUNS}
    assert {i for i, _, _ in RUNS} == set(COMMANDS)
    assert all(CASES_BY_FILE[f].expect(i).refused for i, f, _ in RUNS if f in CASES_BY_FILE)
    projects = [tmp_path / f"projet-{n}.crmdesk" for n in range(len(RUNS))]  # each run locks its own
    for project in projects:
        shutil.copyfile(seeds.project, project)
    before = digest(seeds.project)
    with ThreadPoolExecutor(max_workers=2) as pool:  # two cores: the runs overlap their start-up
        results = list(pool.map(lambda n: run(RUNS[n][0], projects[n], paths[RUNS[n][1]], RUNS[n][2],
                                              tmp_path / f"home-{n}"), range(len(RUNS))))
    expected = expected_sentences(paths, seeds, tmp_path)
    problems = []
    for (importer, file, lang), result, project in zip(RUNS, results, projects, strict=True):
        where = f"{COMMANDS[importer][0]} {file} ({lang})"
        if digest(project) != before:
            problems.append(f"{where}: the project file changed")
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        if result.returncode != 1 or "Traceback" in result.stderr or len(lines) != 1:
            problems.append(f"{where}: exit {result.returncode}, stderr {result.stderr[-1500:]!r}")
            continue
        line, sentence = lines[0], expected[(importer, file, lang)]
        if line != f"crmdesk: {sentence}":
            problems.append(f"{where}: {line!r} instead of {sentence!r}")
        if bad := sentence_problems(line.removeprefix("crmdesk: "), file):
            problems.append(f"{where}: {bad}")
    assert not problems, "\n".join(problems)
