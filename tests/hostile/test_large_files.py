"""The files meant to exhaust memory or time -- a million rows as CSV and as a workbook, zip
bombs, entity bombs, a million filled cells, huge shared-string and style tables, rows far
past Excel's last one -- previewed by every importer in a separate process
(``import_worker.py``), so that its peak resident memory can be measured: each is refused
with its sentence, within the time budget, the process never going over the memory budget,
and the project file unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hostile_support import HERE, IMPORTERS, MEMORY_BUDGET_MB, TIME_BUDGET, Seeds, digest, sentence_problems
from make_corpus import CASES_BY_FILE, CORPUS_DIR, Expect, refused
from make_large import EXPECTED

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the resource module measures the memory")

COMMITTED_BOMBS = ["zip_bomb_ratio.xlsx", "zip_bomb_declared.xlsx", "zip_bomb_lying_size.xlsx",
                   "zip_parts_total.xlsx", "entity_bomb.xlsx", "entity_bomb_strings.xlsx", "external_entity.xlsx",
                   "far_empty_cell.xlsx", "row_beyond_excel.xlsx", "row_number_huge.xlsx", "huge_line_columns.csv",
                   "huge_line_value.csv", "cell_40000.csv", "cell_40000.xlsx"]
LARGE_GROUPS = {
    # The CSV alone: its peak (the whole text in memory, then 200,000 rows) is the highest.
    "million rows as CSV": ["million_rows.csv"],
    "large workbooks": ["million_rows.xlsx", "many_cells.xlsx", "many_parts.xlsx", "shared_strings_bomb.xlsx",
                        "styles_bomb.xlsx"],
}


def run_worker(project: Path, candidate_id: int, files: list[Path], home: Path) -> dict:  # type: ignore[type-arg]
    env = {**os.environ, "CRMDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(HERE / "import_worker.py"), str(project), str(candidate_id),
                             *map(str, files)], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def check_cases(report: dict, expected: dict[str, dict[str, Expect]]) -> None:  # type: ignore[type-arg]
    problems = []
    for case in report["cases"]:
        where = f"{case['file']} / {case['importer']}"
        expect = expected[case["file"]][case["importer"]]
        if not expect.refused:
            if case["outcome"] != "read" or case["message"] != f"{expect.rows} rows":
                problems.append(f"{where}: {case['outcome']}: {case['message']} (expected {expect.describe()})")
        elif case["outcome"] != "refused" or expect.fragment not in case["message"]:
            problems.append(f"{where}: {case['outcome']}: {case['message']} (expected {expect.describe()})")
        elif bad := sentence_problems(case["message"], case["file"]):
            problems.append(f"{where}: {bad}: {case['message']}")
        if case["seconds"] > TIME_BUDGET:
            problems.append(f"{where}: {case['seconds']} s")
        if case["peak_mb"] > MEMORY_BUDGET_MB:
            problems.append(f"{where}: peak {case['peak_mb']} MB")
    assert not problems, "\n".join(problems)
    assert len(report["cases"]) == len(expected) * len(IMPORTERS)


@pytest.mark.parametrize("group", list(LARGE_GROUPS))
def test_large_files_are_refused_in_bounded_time_and_memory(group: str, large_files: dict[str, Path],
                                                            project: Path, seeds: Seeds, tmp_path: Path) -> None:
    names = LARGE_GROUPS[group]
    before = digest(project)
    report = run_worker(project, seeds.candidate_id, [large_files[n] for n in names], tmp_path / "home")
    check_cases(report, {n: {i: refused(fragment) for i, fragment in EXPECTED[n].items()} for n in names})
    assert digest(project) == before


def test_committed_bombs_stay_within_budget(project: Path, seeds: Seeds, tmp_path: Path) -> None:
    before = digest(project)
    report = run_worker(project, seeds.candidate_id, [CORPUS_DIR / f for f in COMMITTED_BOMBS], tmp_path / "home")
    check_cases(report, {f: {i: CASES_BY_FILE[f].expect(i) for i in IMPORTERS} for f in COMMITTED_BOMBS})
    assert digest(project) == before


def test_every_large_file_has_its_expectations() -> None:
    from make_large import BUILDERS

    assert set(EXPECTED) == set(BUILDERS) == {f for names in LARGE_GROUPS.values() for f in names}
    assert set(COMMITTED_BOMBS) <= set(CASES_BY_FILE)
