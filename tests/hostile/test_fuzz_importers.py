"""A brief fuzzing run in CI (``FUZZ_EXAMPLES`` mutated files, 13 to 20 s here): files made by
the app or by hand -- a needs workbook and CSV, the questionnaire the demo project sent to a
candidate and that candidate filled in, the testers' workbook of the running campaign --
mutated byte by byte or inside their zip members (``fuzz_target.py``), then previewed by every
importer on an open project. Each preview reads the file or refuses it with one sentence;
nothing else is raised, nothing hangs, and the project file keeps every byte.

For a longer run: ``python tests/hostile/fuzz_long.py --minutes 10``.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from fuzz_target import check_file, mutated_files
from hostile_support import Seeds, digest

FUZZ_EXAMPLES = int(os.environ.get("CRMDESK_FUZZ_EXAMPLES", "800"))


def test_mutated_files_are_read_or_refused(seeds: Seeds, project: Path, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    originals = {name: path.read_bytes() for name, path in seeds.files.items()}
    before = digest(project)
    pf = workspace.open(project)
    try:
        @settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=False, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], print_blob=True)
        @given(mutated_files(originals))
        def fuzz(example: tuple[str, str, bytes]) -> None:
            seed, suffix, data = example
            path = tmp_path / f"fichier{suffix}"
            path.write_bytes(data)
            problems = check_file(pf, path, seeds.candidate_id)
            assert not problems, f"{seed} mutated ({len(data)} bytes): " + "; ".join(problems)

        fuzz()
    finally:
        workspace.close(pf)
    assert digest(project) == before, "the project file changed"


def test_the_seeds_themselves_are_read(seeds: Seeds, project: Path, workspace) -> None:  # type: ignore[no-untyped-def]
    """The fuzzing starts from files every importer of their kind reads in full."""
    from hostile_support import preview

    pf = workspace.open(project)
    try:
        read = {name: preview(Seeds.IMPORTER_OF[name], pf, path, seeds.candidate_id)
                for name, path in seeds.files.items()}
    finally:
        workspace.close(pf)
    assert read == {"needs.xlsx": 3, "needs.csv": 3, "questionnaire.xlsx": 64, "testers.xlsx": read["testers.xlsx"]}
    assert read["testers.xlsx"] > 20
